"""A generated session file of many steps, for the large-agenda benchmark and its test.

Kept apart from ``large_agenda.py`` (which starts Qt when imported) so that a
test can check that the file still loads as the agenda format changes.
"""

from __future__ import annotations

from pathlib import Path

import goals


def write_agenda(path: Path, steps: int = goals.STEPS, *, lean: bool = False) -> None:
    """A valid session file of ``steps`` steps (minutes 1 to 4, adding up to its duration).

    ``lean``: titles and a quarter of a minute each only (5,000 full steps would be
    over the 1 MB and the 24 hours an agenda may have).
    """
    minutes = [0.25] * steps if lean else [1 + i % 4 for i in range(steps)]
    lines = [
        "format: 1",
        f"title: Benchmark with {steps} steps",
        "language: en",
        f"duration: {sum(minutes):g}",
        "steps:",
    ]
    for i, length in enumerate(minutes, start=1):
        words = " ".join(["exercise"] * (1 + i % 7))
        lines += [
            f"  - id: step-{i}",
            f'    title: "Step {i}: a {words} in groups"',
            f"    minutes: {length:g}",
        ]
        if lean:
            continue
        lines += [
            "    instructions: |",
            f"      Explain the **task** of step {i}. Groups of three; one writes, one asks,",
            "      one keeps the time. Collect the answers on the flip chart.",
            "    project:",
            f'      - question: "What did your group learn in step {i}?"',
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
