"""Run every benchmark and print one table: each figure against its goal, OK or OVER.

    python bench/run.py                     # full: offscreen, then Xvfb with two monitors
    python bench/run.py --quick             # fewer launches, 10 s instead of 60 s
    python bench/run.py --platform xvfb     # one platform only (offscreen, xvfb or both)
    python bench/run.py --only startup,cpu  # some benchmarks only
    python bench/run.py --write-docs        # and put the table into docs/performance.md
    python bench/run.py --long              # and the ten-minute real-time run (realtime.py)

Each benchmark is one of the scripts beside this one, run as a child with
``--json`` on the platform's environment: Qt's offscreen platform, or an Xvfb
this command starts for the run (a free display number, two monitors made
with ``xrandr --setmonitor``) and stops afterwards. The bare PySide6 program
that the ratios are taken against is measured in the same run, and pympress
beside it where it is installed. Progress goes to standard error, the table
(Markdown) to standard output. The exit status is 1 when a benchmark failed
to run; a figure over its goal is reported, not an error.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import goals
import phones
import pympress_ref
import startup
import xserver
from harness import exit_on_sigterm

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs" / "performance.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
BENCHMARKS = (
    "startup",
    "cpu",
    "lateness",
    "phones",
    "large_agenda",
    "projector_switch",
    "hostile_agenda",
)
LONG = ("realtime",)  # in the table only with --long: ten real minutes each
PURE = {"hostile_agenda"}  # no Qt: measured once, on the first platform
PLATFORMS = {"offscreen": "offscreen", "xvfb": "Xvfb, two monitors"}


@dataclass(frozen=True)
class Settings:
    """How long and how often each benchmark measures."""

    runs: int
    seconds: float
    switches: int
    repeats: int  # launches of each program for memory and CPU
    steps: int
    limit: float | None  # a schedule change taking longer is stopped (s)

    @property
    def label(self) -> str:
        """The run's size, in words."""
        limit = "" if self.limit is None else f", a change stopped after {self.limit:g} s"
        return (
            f"{self.runs} launches per program, memory and CPU over {self.repeats} launches "
            f"of {self.seconds:g} s each, {self.seconds:g} s of lateness, "
            f"{self.steps}-step agenda{limit}, {self.switches} projector switches"
        )


FULL = Settings(runs=5, seconds=60, switches=200, repeats=3, steps=goals.STEPS, limit=None)
QUICK = Settings(runs=3, seconds=10, switches=50, repeats=2, steps=goals.STEPS, limit=10)


@dataclass
class Row:
    """One line of the table."""

    figure: str
    platform: str
    goal: str
    bare: str = "-"
    pympress: str = "-"
    facilitator: str = "-"
    verdict: str = "-"


@dataclass
class Results:
    """What one platform's benchmarks returned (a benchmark's JSON, or why it failed)."""

    platform: str
    figures: dict[str, Any] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)


def run_script(name: str, args: list[str], env: dict[str, str]) -> Any:
    """Run ``bench/NAME.py ARGS --json`` and return what it printed as JSON."""
    done = subprocess.run(
        [sys.executable, str(HERE / f"{name}.py"), *args, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or [f"exit status {done.returncode}"]
        raise RuntimeError(tail[0])
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(platform_name: str, env: dict[str, str], s: Settings, only: set[str]) -> Results:
    """Run the chosen benchmarks on one platform."""
    jobs: dict[str, tuple[str, list[str]]] = {
        "startup": ("startup", ["--runs", str(s.runs)]),
        "cpu": ("cpu", ["--seconds", str(s.seconds), "--repeat", str(s.repeats)]),
        "lateness": ("lateness", ["--seconds", str(s.seconds)]),
        "phones": ("lateness", ["--seconds", str(s.seconds), "--phones", str(phones.PHONES)]),
        "large_agenda": (
            "large_agenda",
            ["--steps", str(s.steps)] + ([] if s.limit is None else ["--limit", str(s.limit)]),
        ),
        "projector_switch": ("projector_switch", ["--runs", str(s.switches)]),
        "hostile_agenda": ("hostile_agenda", ["--runs", str(s.runs)]),
        "realtime": ("realtime", []),
    }
    results = Results(platform_name)
    for name, (script, args) in jobs.items():
        if name not in only or (name in PURE and platform_name != "offscreen"):
            continue
        print(f"{PLATFORMS[platform_name]}: {name} ...", file=sys.stderr, flush=True)
        started = time.monotonic()
        try:
            results.figures[name] = run_script(script, args, env)
        except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError) as error:
            results.failures[name] = str(error)
        print(f"  {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    return results


def platform_env(name: str, display: str | None) -> dict[str, str]:
    """The environment of the benchmarks on ``name``: offscreen, or xcb on ``display``."""
    env = dict(os.environ)
    if name == "offscreen":
        env["QT_QPA_PLATFORM"] = "offscreen"
        env.pop("DISPLAY", None)
    else:
        assert display is not None
        env["QT_QPA_PLATFORM"] = "xcb"
        env["DISPLAY"] = display
    return env


# --- the table -------------------------------------------------------------------


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} ms"


def _verdict(ok: bool) -> str:
    return "OK" if ok else "**OVER**"


def startup_row(r: Results, runs: int) -> Row:
    """Start to both windows mapped (painted, offscreen), median, and the ratio to bare."""
    f = r.figures["startup"]
    mapped = bool(f["mapped"])
    row = Row(
        f"start to both windows mapped (offscreen: painted), median of {runs}",
        r.platform,
        f"<= {goals.STARTUP_RATIO}x bare",
    )
    programs = f["programs"]
    bare = startup.shown(programs["bare PySide6"], mapped)
    app = startup.shown(programs["Facilitator"], mapped)
    assert bare is not None and app is not None
    row.bare = _ms(bare)
    ratio = app / bare
    row.facilitator = f"{app:.0f} ms ({ratio:.1f}x)"
    if mapped:
        painted = programs["Facilitator"]["painted_median"]
        row.facilitator += f"; painted {painted:.0f} ms"
    row.pympress = _pympress(f, lambda p: _ms(startup.shown(p, mapped)))
    row.verdict = _verdict(ratio <= goals.STARTUP_RATIO)
    return row


def _pympress(f: dict[str, Any], show: Callable[[dict[str, Any]], str]) -> str:
    if "pympress" in f["programs"]:
        return show(f["programs"]["pympress"])
    return str(f["pympress"])


def memory_row(r: Results) -> Row:
    """Resident memory 5 s after start, and the ratio to bare."""
    programs = r.figures["cpu"]["programs"]
    row = Row(
        f"resident memory 5 s after start, median of {_launches(r.figures['cpu'])}",
        r.platform,
        f"<= {goals.MEMORY_RATIO}x bare",
    )
    bare, app = programs["bare PySide6"]["rss_mib"], programs["Facilitator"]["rss_mib"]
    row.bare = f"{bare:.1f} MiB"
    spread = _spread(programs["Facilitator"], "rss_mib")
    row.facilitator = f"{app:.1f} MiB ({app / bare:.2f}x){spread}"
    row.bare += _spread(programs["bare PySide6"], "rss_mib")
    row.pympress = _pympress(r.figures["cpu"], lambda p: f"{p['rss_mib']:.1f} MiB")
    row.verdict = _verdict(app / bare <= goals.MEMORY_RATIO)
    return row


def _launches(f: dict[str, Any]) -> str:
    """ "3 launches" (one, from an older result)."""
    n = int(f.get("repeat", 1))
    return f"{n} launch" if n == 1 else f"{n} launches"


def _spread(f: dict[str, Any], name: str) -> str:
    """ " (3 runs: 150.1-152.3)": the lowest and highest launch's figure (nothing for one)."""
    runs = f.get("runs") or []
    if len(runs) < 2:
        return ""
    values = [launch[name] for launch in runs]
    digits = 1 if name == "rss_mib" else 2
    return f" ({len(runs)} runs: {min(values):.{digits}f}-{max(values):.{digits}f})"


def cpu_row(r: Results) -> Row:
    """CPU while counting down with both windows."""
    f = r.figures["cpu"]
    programs = f["programs"]
    row = Row(
        f"CPU while counting down, both windows ({f['seconds']:g} s), median of {_launches(f)}",
        r.platform,
        f"<= {goals.CPU_PERCENT}% of a core",
    )
    row.bare = f"{programs['bare PySide6']['cpu_percent']:.2f}%"
    row.bare += _spread(programs["bare PySide6"], "cpu_percent")
    app = programs["Facilitator"]["cpu_percent"]
    row.facilitator = f"{app:.2f}%{_spread(programs['Facilitator'], 'cpu_percent')}"
    row.pympress = _pympress(f, lambda p: f"{p['cpu_percent']:.2f}%")
    row.verdict = _verdict(app <= goals.CPU_PERCENT)
    return row


def lateness_row(r: Results) -> Row:
    """The shown second on the projector's paint against its boundary."""
    f = r.figures["lateness"]
    row = Row(
        "shown second on the projector's paint vs its boundary, median / max distance "
        "(earliest to latest)",
        r.platform,
        f"<= {goals.LATENESS_MEDIAN_MS:.0f} / {goals.LATENESS_MAX_MS:.0f} ms",
    )
    paint, emitted = f["paint"], f["emitted"]
    row.facilitator = f"{_distance(paint)} ms ({_span(paint)}; emitted {_span(emitted)})"
    if r.platform == "xvfb" and pympress_ref.installed():
        row.pympress = "redraws every 250 ms"  # its timer's GLib.timeout_add(250, ...)
    row.verdict = _verdict(goals.lateness_ok(paint))
    return row


def realtime_row(r: Results) -> Row:
    """Ten real minutes: the projector's paint of every second, none skipped, no drift."""
    f = r.figures["realtime"]
    row = Row(
        "ten real minutes: every second painted in order, median / max, drift at the end",
        r.platform,
        f"<= {goals.LATENESS_MEDIAN_MS:.0f} / {goals.LATENESS_MAX_MS:.0f} ms, none skipped, "
        f"<= {goals.DRIFT_MS:.0f} ms",
    )
    paint, end = f["projector"]["all"], f["end"]
    skipped = len(f["projector"]["skipped"]) + len(f["console"]["skipped"])
    row.facilitator = (
        f"{paint.get('abs_median', paint['median']):.1f} / "
        f"{paint.get('abs_max', paint['max']):.1f} ms over {paint['count']} s, "
        f"{skipped} skipped, drift {end['drift_ms']:+.1f} ms"
    )
    row.verdict = _verdict(goals.realtime_ok(f))
    return row


def phones_row(r: Results) -> Row:
    """The same lateness with the participants' phones connected and posting."""
    f = r.figures["phones"]
    row = Row(
        f"shown second on the projector's paint with {phones.PHONES} participants' phones "
        "connected and posting, median / max distance (earliest to latest)",
        r.platform,
        f"<= {goals.LATENESS_MEDIAN_MS:.0f} / {goals.LATENESS_MAX_MS:.0f} ms",
    )
    if "unavailable" in f:
        row.facilitator = f["unavailable"]
        return row
    paint = f["paint"]
    row.facilitator = f"{_distance(paint)} ms ({_span(paint)})"
    row.verdict = _verdict(goals.lateness_ok(paint))
    return row


def _distance(f: dict[str, float]) -> str:
    """Median / maximum distance to the boundary (older results: median / max)."""
    return f"{f.get('abs_median', f['median']):.1f} / {f.get('abs_max', f['max']):.1f}"


def _span(f: dict[str, float]) -> str:
    """The earliest and latest, signed: "-1.2 to +3.4"."""
    return f"{f.get('min', f['median']):+.1f} to {f['max']:+.1f}"


def large_agenda_rows(r: Results) -> list[Row]:
    """The 500-step agenda shown, and its schedule changes repainted."""
    f = r.figures["large_agenda"]
    show = f["show"]
    first = Row(
        f"a {f['steps']}-step agenda loaded and shown",
        r.platform,
        f"<= {goals.SHOW_MS:.0f} ms",
    )
    first.facilitator = (
        f"{show['total']:.0f} ms (load {show['load']:.0f}, build {show['build']:.0f}, "
        f"show {show['paint']:.0f})"
    )
    first.verdict = _verdict(show["total"] <= goals.SHOW_MS)
    rows = [first]
    names = {
        "second": "a second passes",
        "lock": "one step's minutes locked",
        "minute": "a minute added to the current step",
    }
    for key, words in names.items():
        row = Row(
            f"at {f['steps']} steps, {words}: rows repainted, time",
            r.platform,
            f"changed rows only, <= {goals.FRAME_MS:.0f} ms",
        )
        rows.append(row)
        c = f["changes"].get(key)
        if c is None:
            row.facilitator = "not measured"
            continue
        if "stopped" in c:
            row.facilitator = f"stopped after {c['stopped']:g} s (`--quick`)"
            row.verdict = _verdict(False)
            continue
        spread = (
            f" (median of {c['samples']:.0f}: {c['best_ms']:.0f} to {c['worst_ms']:.0f})"
            if "worst_ms" in c
            else ""
        )
        row.facilitator = (
            f"{c['repainted']} of {c['visible']} visible rows ({c['changed_visible']} changed), "
            f"{c['ms']:.0f} ms{spread}"
        )
        row.verdict = _verdict(goals.change_ok(c))
    big = f.get("big")
    if big is not None:
        row = Row(
            f"a {big['steps']:,.0f}-step agenda opened, run and exited",
            r.platform,
            f"<= {goals.BIG_S:.0f} s in all",
        )
        row.facilitator = (
            f"{big['total_ms'] / 1000:.1f} s (open {big['open_ms']:.0f} ms, run "
            f"{big['run_ms']:.0f} ms, exit {big['exit_ms']:.0f} ms)"
        )
        row.verdict = _verdict(goals.big_ok(big))
        rows.append(row)
    return rows


def switch_row(r: Results) -> Row:
    """PageDown onto the longest item, repainted."""
    f = r.figures["projector_switch"]
    row = Row(
        "projector switch: PageDown onto the longest item, repainted, median / max",
        r.platform,
        f"<= {goals.FRAME_MS:.0f} ms",
    )
    row.facilitator = (
        f"{f['median']:.1f} / {f['max']:.1f} ms ({f['pages']} pages; cold {f['cold']:.0f} ms"
    )
    if "up_median" in f:  # the page before is drawn anew: only two pictures are kept
        row.facilitator += f"; PageUp {f['up_median']:.1f} / {f['up_max']:.1f} ms"
    row.facilitator += ")"
    row.verdict = _verdict(f["max"] <= goals.FRAME_MS)
    return row


def hostile_rows(r: Results, runs: int) -> list[Row]:
    """Each hostile agenda file, refused by the loader."""
    words = {
        "too_many_values": "an agenda of 50,010 values refused at the limit",
        "alias_bomb": "an alias bomb refused at its first anchor",
    }
    rows = []
    for key, figures in r.figures["hostile_agenda"].items():
        row = Row(
            f"{words.get(key, key)}, median / max of {runs}",
            r.platform,
            f"<= {goals.REFUSE_MS:.0f} ms",
        )
        row.facilitator = f"{figures['median']:.0f} / {figures['max']:.0f} ms"
        row.verdict = _verdict(goals.refusal_ok(figures))
        rows.append(row)
    return rows


ROWS: dict[str, Callable[[Results, Settings], list[Row]]] = {
    "startup": lambda r, s: [startup_row(r, s.runs)],
    "cpu": lambda r, s: [memory_row(r), cpu_row(r)],
    "lateness": lambda r, s: [lateness_row(r)],
    "phones": lambda r, s: [phones_row(r)],
    "large_agenda": lambda r, s: large_agenda_rows(r),
    "projector_switch": lambda r, s: [switch_row(r)],
    "hostile_agenda": lambda r, s: hostile_rows(r, s.runs),
    "realtime": lambda r, s: [realtime_row(r)],
}


def rows_of(results: list[Results], s: Settings) -> list[Row]:
    """The table's rows: per benchmark, each platform's rows one after the other."""
    rows = []
    for name in (*BENCHMARKS, *LONG):
        for r in results:
            if name in r.failures:
                failed = Row(name, r.platform, "-", verdict="ERROR")
                failed.facilitator = f"failed: {r.failures[name]}"
                rows.append(failed)
            elif name in r.figures:
                rows.extend(ROWS[name](r, s))
    return rows


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    head = ["figure", "platform", "bare PySide6", "pympress", "Facilitator", "goal", "verdict"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for row in rows:
        cells = [row.figure, PLATFORMS.get(row.platform, row.platform), row.bare]
        cells += [row.pympress, row.facilitator, row.goal, row.verdict]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines)


# --- the machine -----------------------------------------------------------------


def _output(*command: str) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.strip()


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, as ``uptime`` shows them."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def machine() -> dict[str, str]:
    """What the figures were measured on: cores, CPU, kernel, Python, Qt, Xvfb, pympress."""
    model = "?"
    try:
        match = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        model = match.group(1) if match else "?"
    except OSError:
        pass
    qt = _output(
        sys.executable,
        "-c",
        "import PySide6, PySide6.QtCore as c; print(PySide6.__version__, c.qVersion())",
    ).split()
    return {
        "cores": str(os.cpu_count() or "?"),
        "cpu": model,
        "kernel": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyside": qt[0] if qt else "?",
        "qt": qt[1] if len(qt) > 1 else "?",
        "xvfb": _output("dpkg-query", "-W", "-f", "${Version}", "xvfb") or "?",
        "pympress": pympress_ref.version() if pympress_ref.installed() else "not installed",
    }


def heading(
    m: dict[str, str], s: Settings, kind: str, loads: tuple[str, str], started: datetime
) -> str:
    """The lines above the table: when, what size of run, on which machine, under what load."""
    minutes = (datetime.now() - started).total_seconds() / 60
    return "\n".join(
        [
            f"Measured {started:%Y-%m-%d}, from {started:%H:%M} for {minutes:.0f} min, with "
            f"`python bench/run.py{kind}` ({s.label}).",
            "",
            f'Machine: {m["cores"]} cores (`nproc`), CPU "{m["cpu"]}", {m["kernel"]}, '
            f"Python {m['python']}, PySide6 {m['pyside']} / Qt {m['qt']}, Xvfb {m['xvfb']}, "
            f"pympress {m['pympress']}. Load average (1, 5, 15 min) before the run: "
            f"{loads[0]}; after: {loads[1]}.",
        ]
    )


def write_docs(text: str, path: Path = DOCS) -> None:
    """Put ``text`` between the benchmark markers of ``path`` (appended if it has none)."""
    doc = path.read_text(encoding="utf-8")
    block = f"{BEGIN}\n{text}\n{END}"
    if BEGIN in doc and END in doc:
        doc = doc[: doc.index(BEGIN)] + block + doc[doc.index(END) + len(END) :]
    else:
        doc = doc.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(doc, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks on the chosen platforms and print the table."""
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="fewer launches, 10 s measurements")
    parser.add_argument("--platform", choices=("offscreen", "xvfb", "both"), default="both")
    parser.add_argument("--only", help=f"comma-separated benchmarks among: {', '.join(BENCHMARKS)}")
    parser.add_argument("--write-docs", action="store_true", help="update docs/performance.md")
    parser.add_argument(
        "--long", action="store_true", help="also the ten-minute real-time run (realtime.py)"
    )
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    only = set(args.only.split(",")) if args.only else set(BENCHMARKS)
    if args.long:
        only |= set(LONG)
    unknown = only - set(BENCHMARKS) - set(LONG)
    if unknown:
        parser.error(f"unknown benchmark: {', '.join(sorted(unknown))}")
    names = ["offscreen", "xvfb"] if args.platform == "both" else [args.platform]
    exit_on_sigterm()
    started, before = datetime.now(), load_average()
    results = []
    for name in names:
        if name == "offscreen":
            results.append(measure(name, platform_env(name, None), settings, only))
            continue
        missing = xserver.missing_tools()
        if missing:
            skipped = Results(name)
            for benchmark in only:
                skipped.failures[benchmark] = f"not measured: {', '.join(missing)} not installed"
            results.append(skipped)
            continue
        with xserver.two_monitors() as display:
            results.append(measure(name, platform_env(name, display), settings, only))
    after = load_average()
    kind = " --quick" if args.quick else ""
    kind += " --long" if args.long else ""
    if args.platform != "both":
        kind += f" --platform {args.platform}"
    text = heading(machine(), settings, kind, (before, after), started) + "\n\n"
    text += table(rows_of(results, settings))
    print(text)
    if args.write_docs:
        write_docs(text)
    return 1 if any(r.failures for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
