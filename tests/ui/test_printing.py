"""The printing package's page frame: every page titled and numbered, nothing cut at a page end.

The PDFs are read back with pypdf, with the position of every piece of text:
a line drawn past the foot of a page would still be in the file, so the
tests look at where each line stands, not only whether it is there.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PageObject, PdfReader

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.model import Handout, Session, Step
from facilitator.printouts.handouts import write_handouts
from facilitator.reports.build import build_report
from facilitator.reports.export import write_report
from facilitator.ui.printing.frame import FOOTER_MM
from facilitator.ui.printing.plan import MARGINS_MM
from tests.engine.factory import make_agenda
from tests.reports.helpers import record, steps_taking

POINTS_PER_MM = 72 / 25.4
SENTENCE = "Een heel lange zin over gelijkheid op de werkplek."


def words(page: PageObject) -> str:
    """The page's text as a reader sees it: single spaces, ligatures (ﬁ) undone."""
    return " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())


def baselines(page: PageObject) -> list[tuple[float, str]]:
    """Each piece of text on the page, and how high it stands (points from the foot)."""
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_args: object) -> None:
        if text.strip():
            found.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text))

    page.extract_text(visitor_text=visit)
    return found


def content_band(margins_mm: tuple[float, float, float, float]) -> tuple[float, float]:
    """The lowest and highest baseline a line of content may have on an A4 page, in points."""
    _left, top, _right, bottom = margins_mm
    return (bottom + FOOTER_MM) * POINTS_PER_MM, 842 - top * POINTS_PER_MM


def test_every_hand_out_page_has_the_session_title_and_its_number(
    agenda_2: Agenda, tmp_path: Path
) -> None:
    path = tmp_path / "h.pdf"
    pages = write_handouts(agenda_2, path)
    reader = PdfReader(path)
    assert len(reader.pages) == pages == 6
    for number, page in enumerate(reader.pages, start=1):
        text = words(page)
        assert agenda_2.title in text
        assert f"{number} / 6" in text


def test_every_report_page_has_the_title_and_its_number(tmp_path: Path) -> None:
    agenda = make_agenda(tuple([5.0] * 40))
    path = tmp_path / "long.pdf"
    write_report(build_report("long", record(steps_taking([5.5] * 40), agenda=agenda)), "pdf", path)
    reader = PdfReader(path)
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"{agenda.title} {number} / {total}" in words(page)


def _long_agenda(folder: Path) -> Agenda:
    paragraph = " ".join([SENTENCE] * 40)
    items = "\n".join(f"- Punt {i}: " + "met een lange uitleg " * 12 for i in range(12))
    table = "| Stap | Actie |\n| --- | --- |\n" + "\n".join(
        f"| Rij {i} | " + "iets doen " * 30 + "einde rij |" for i in range(8)
    )
    instructions = "\n\n".join([paragraph, paragraph, items, table, paragraph])
    session = Session(
        format=1,
        title="Lang",
        duration=10,
        handouts=[Handout(id="h", title="Hand-out", instructions=instructions)],
        steps=[Step(id="een", title="Een", minutes=10)],
    )
    return Agenda(folder / "lang.yaml", session)


def test_long_text_runs_on_across_pages_and_no_line_is_cut(tmp_path: Path) -> None:
    path = tmp_path / "lang.pdf"
    pages = write_handouts(_long_agenda(tmp_path), path)
    reader = PdfReader(path)
    assert pages == len(reader.pages) >= 3
    lowest, highest = content_band(MARGINS_MM)
    texts = []
    for page in reader.pages:
        pieces = baselines(page)
        for y, text in pieces:
            if any(marker in text for marker in ("zin", "Punt", "iets doen")):
                assert lowest <= y <= highest, (text, y)
        texts.append(" ".join(" ".join(text for _y, text in pieces).split()))
    # Every line once: none lost past a page's foot, none drawn twice. (Words,
    # not sentences: the footer stands between a page's last line and the next.)
    every_word = " ".join(texts).split()
    assert every_word.count("zin") == 3 * 40
    assert every_word.count("uitleg") == 12 * 12
    assert every_word.count("doen") == 8 * 30
    # A table row goes to a page whole: its first cell and its last words together.
    for text in texts:
        assert text.count("Rij ") == text.count("einde rij")
