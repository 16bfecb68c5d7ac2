"""Writing a print plan to a file: the writer is chosen here, Qt loaded only for it."""

from __future__ import annotations

from pathlib import Path

from facilitator.files import write_atomically
from facilitator.printouts.blocks import PrintPlan


def render_plan(plan: PrintPlan) -> tuple[bytes, int]:
    """The plan as PDF bytes, and how many pages it took."""
    from facilitator.ui.printing.plan import plan_pdf  # Qt only when a PDF is made

    return plan_pdf(plan)


def write_plan(plan: PrintPlan, path: Path) -> int:
    """Write ``plan`` to ``path`` as a PDF; return its number of pages.

    Raises ``OSError`` when the file cannot be written; an existing file is
    then left as it was.
    """
    data, pages = render_plan(plan)
    write_atomically(path, data)
    return pages
