"""The benchmark command's own logic: goals, its table, the docs block, its inputs.

Nothing here measures anything (speed is the benchmarks' business, in
``bench/``, which the default run does not collect); these check that the
table says OK and OVER where it should, that ``--write-docs`` keeps the rest
of the page, that the generated large agenda still loads, and that the
phones' load generator can only reach 127.0.0.1.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def bench() -> Iterator[dict[str, ModuleType]]:
    """The benchmark modules, imported as their scripts import each other (by bare name)."""
    sys.path.insert(0, str(BENCH))
    try:
        import agenda_file
        import cpu
        import goals
        import phones
        import run

        yield {
            "agenda_file": agenda_file,
            "cpu": cpu,
            "goals": goals,
            "phones": phones,
            "run": run,
        }
    finally:
        sys.path.remove(str(BENCH))


def test_lateness_goal_is_one_frame(bench: dict[str, ModuleType]) -> None:
    ok = bench["goals"].lateness_ok
    assert ok({"median": 5.0, "max": 16.0})
    assert not ok({"median": 5.1, "max": 9.0})
    assert not ok({"median": 3.0, "max": 16.5})


def test_lateness_goal_counts_early_as_late(bench: dict[str, ModuleType]) -> None:
    ok = bench["goals"].lateness_ok
    on_time = {"min": -1.5, "median": 0.2, "max": 4.0, "abs_median": 0.8, "abs_max": 4.0}
    assert ok(on_time)
    assert not ok({**on_time, "min": -20.0, "abs_max": 20.0})  # a frame early is no better


def test_schedule_change_goal_counts_rows_and_time(bench: dict[str, ModuleType]) -> None:
    ok = bench["goals"].change_ok
    assert ok({"ms": 12.0, "repainted": 2, "changed_visible": 2})
    assert not ok({"ms": 12.0, "repainted": 11, "changed_visible": 2})
    assert not ok({"ms": 17.0, "repainted": 0, "changed_visible": 0})


def test_phones_connect_to_loopback_only(bench: dict[str, ModuleType]) -> None:
    load = bench["phones"].PhoneLoad
    assert load("http://127.0.0.1:8123/join?room=ABC123").phones == bench["phones"].PHONES
    for address in ("http://example.org/join", "http://127.0.0.1.example/join", "http://[::]/"):
        with pytest.raises(ValueError, match=r"127\.0\.0\.1 only"):
            load(address)


def test_generated_agenda_loads(bench: dict[str, ModuleType], tmp_path: Path) -> None:
    from facilitator.agenda.load import load_agenda

    path = tmp_path / "many.yaml"
    bench["agenda_file"].write_agenda(path, 40)
    agenda = load_agenda(path)
    assert len(agenda.steps) == 40
    assert agenda.steps[-1].id == "step-40"


def _figures() -> dict[str, Any]:
    programs = {
        "bare PySide6": {"painted_median": 100.0, "mapped_median": 90.0},
        "Facilitator": {"painted_median": 140.0, "mapped_median": 300.0},
    }
    cpu_programs = {
        "bare PySide6": {"rss_mib": 60.0, "cpu_percent": 0.1},
        "Facilitator": {"rss_mib": 90.0, "cpu_percent": 0.3},
    }
    return {
        "startup": {"mapped": False, "programs": programs, "pympress": "not installed"},
        "cpu": {"seconds": 10, "programs": cpu_programs, "pympress": "not installed"},
        "phones": {"phones": 40, "unavailable": "not available yet (no participants' server)"},
        "projector_switch": {"median": 2.0, "max": 3.0, "pages": 6, "cold": 80.0},
        "hostile_agenda": {
            "too_many_values": {"median": 2500.0, "max": 2600.0},
            "alias_bomb": {"median": 1.0, "max": 2.0},
        },
    }


def test_table_says_ok_and_over_against_the_goals(bench: dict[str, ModuleType]) -> None:
    run = bench["run"]
    results = run.Results("offscreen", figures=_figures(), failures={"lateness": "it broke"})
    rows = {
        row.figure.split(",")[0].split(" (")[0]: row
        for row in run.rows_of(results=[results], s=run.QUICK)
    }
    start = rows["start to both windows mapped"]
    assert (start.facilitator, start.verdict) == ("140 ms (1.4x)", "OK")  # painted, offscreen
    assert rows["resident memory 5 s after start"].verdict == "**OVER**"  # 1.5x
    assert rows["CPU while counting down"].verdict == "**OVER**"
    assert rows["projector switch: PageDown onto the longest item"].verdict == "OK"
    assert rows["an agenda of 50"].verdict == "**OVER**"  # 2.5 s
    assert rows["an alias bomb refused at its first anchor"].verdict == "OK"
    phones = next(row for name, row in rows.items() if "phones" in name)
    assert (phones.facilitator, phones.verdict) == (
        "not available yet (no participants' server)",
        "-",
    )
    assert rows["lateness"].verdict == "ERROR"
    assert "it broke" in rows["lateness"].facilitator
    assert start.pympress == "not installed"


def test_write_docs_replaces_only_the_block(bench: dict[str, ModuleType], tmp_path: Path) -> None:
    run = bench["run"]
    page = tmp_path / "performance.md"
    page.write_text(f"# Performance\n\nbefore\n\n{run.BEGIN}\nold table\n{run.END}\n\nafter\n")
    run.write_docs("new table", page)
    assert (
        page.read_text()
        == f"# Performance\n\nbefore\n\n{run.BEGIN}\nnew table\n{run.END}\n\nafter\n"
    )
    bare = tmp_path / "bare.md"
    bare.write_text("# Performance\n")
    run.write_docs("a table", bare)
    assert bare.read_text() == f"# Performance\n\n{run.BEGIN}\na table\n{run.END}\n"


def test_memory_and_cpu_are_medians_of_the_launches_with_their_spread(
    bench: dict[str, ModuleType],
) -> None:
    launches = [
        {"rss_mib": rss, "pss_mib": rss - 10, "cpu_percent": cpu, "seconds": 60.0}
        for rss, cpu in ((101.0, 0.70), (99.0, 0.90), (104.0, 0.60))
    ]
    median = bench["cpu"]._median_of(launches)
    assert median["rss_mib"] == 101.0 and median["cpu_percent"] == 0.70
    assert median["runs"] == launches
    assert bench["run"]._spread(median, "rss_mib") == " (3 runs: 99.0-104.0)"
    assert bench["run"]._spread(median, "cpu_percent") == " (3 runs: 0.60-0.90)"
    assert bench["run"]._spread({"rss_mib": 1.0}, "rss_mib") == ""  # one launch, older results


def test_the_large_agendas_rows_against_their_goals(bench: dict[str, ModuleType]) -> None:
    run = bench["run"]
    change = {"ms": 9.0, "repainted": 3, "changed_visible": 3, "changed": 40, "visible": 20}
    big = {"steps": 5000.0, "open_ms": 2500.0, "run_ms": 900.0, "exit_ms": 150.0}
    figures = {
        "large_agenda": {
            "steps": 500,
            "show": {"total": 420.0, "load": 300.0, "build": 80.0, "paint": 40.0},
            "changes": {"second": change, "lock": change, "minute": {**change, "ms": 20.0}},
            "big": {**big, "total_ms": 3550.0},
        }
    }
    results = run.Results("offscreen", figures=figures)
    rows = {row.figure: row for row in run.large_agenda_rows(results)}
    assert rows["a 500-step agenda loaded and shown"].verdict == "**OVER**"
    assert rows["at 500 steps, a second passes: rows repainted, time"].verdict == "OK"
    assert rows[
        "at 500 steps, a minute added to the current step: rows repainted, time"
    ].verdict == ("**OVER**")
    opened = rows["a 5,000-step agenda opened, run and exited"]
    assert opened.verdict == "OK" and opened.facilitator.startswith("3.5 s (open 2500 ms")
    assert not bench["goals"].big_ok({"total_ms": 10_001.0})


def test_a_change_timed_several_times_is_shown_as_its_median_and_range(
    bench: dict[str, ModuleType],
) -> None:
    run = bench["run"]
    change = {"ms": 9.0, "repainted": 9, "changed_visible": 9, "changed": 500, "visible": 9}
    timed = {**change, "samples": 7.0, "best_ms": 7.6, "worst_ms": 19.2}
    figures = {
        "large_agenda": {
            "steps": 500,
            "show": {"total": 420.0, "load": 300.0, "build": 80.0, "paint": 40.0},
            "changes": {"second": change, "lock": change, "minute": timed},
        }
    }
    rows = {row.figure: row for row in run.large_agenda_rows(run.Results("xvfb", figures=figures))}
    minute = rows["at 500 steps, a minute added to the current step: rows repainted, time"]
    assert minute.facilitator == "9 of 9 visible rows (9 changed), 9 ms (median of 7: 8 to 19)"
    assert minute.verdict == "OK"  # the median within the frame; the range is shown beside it
