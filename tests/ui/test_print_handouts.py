"""Hand-outs as PDF: pages and text read back with pypdf; the File menu command."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.model import Fragment, Handout, Session, Step
from facilitator.printouts.handouts import handout_plan, write_handouts
from tests.ui.console_fixtures import Console, console, console_factory, tmp_settings

__all__ = ["console", "console_factory", "tmp_settings"]


def pdf_text(path: Path) -> tuple[int, str]:
    """The page count and the whole text, whitespace made single spaces (lines wrap)."""
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_session_1_pdf_has_hand_out_1_with_accents(agenda_1: Agenda, tmp_path: Path) -> None:
    path = tmp_path / "sessie-1.pdf"
    pages = write_handouts(agenda_1, path)
    count, text = pdf_text(path)
    # One sheet per planned page: nothing overflowed onto an extra sheet.
    assert count == pages == len(handout_plan(agenda_1).pages) == 2
    for sentence in (
        "Hand-out 1: Onderwijskundige documenten voor analyse",
        "Document C – Aankondiging van een opleidingsprogramma",
        "Meisjes zijn ook welkom als ze geïnteresseerd zijn.",
        "Kunt u exclusieve elementen vinden (vooroordelen, stereotypen, weglatingen)?",
        "Aantekeningen",
    ):
        assert sentence in text, sentence
    assert not list(tmp_path.glob(".*.part"))


def test_session_2_pdf_has_cards_and_the_call_to_action(agenda_2: Agenda, tmp_path: Path) -> None:
    path = tmp_path / "sessie-2.pdf"
    pages = write_handouts(agenda_2, path)
    count, text = pdf_text(path)
    assert count == pages == len(handout_plan(agenda_2).pages) == 6
    for sentence in (
        "Kaart A – Beslissing over promotie",
        "Kaart D – Leeftijdsdiscriminatie bij aanwerving",
        "Wie wordt hierdoor beïnvloed en hoe?",
        "Opmerking voor deelnemers",
        "knip langs de stippellijn",
        "Oproep tot actie",
        "Documentatie",
        "Naam:",
        "Korte termijn: rolmodellen toevoegen aan mijn STEM-lessen.",
    ):
        assert sentence in text, sentence
    cards = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages[1:3]]
    assert "Kaart A" in cards[0] and "Kaart B" in cards[0] and "Kaart C" not in cards[0]
    assert "Kaart C" in cards[1] and "Kaart D" in cards[1]


def test_a_failed_write_keeps_the_old_file_and_raises(
    agenda_1: Agenda, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.pdf"
    path.write_bytes(b"old")

    def full_disk(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_handouts(agenda_1, path)
    monkeypatch.undo()
    assert path.read_bytes() == b"old"
    assert not list(tmp_path.glob(".*.part"))


def test_print_command_is_in_the_file_menu(console: Console) -> None:
    # Ctrl+P opens File > Print… (tests/ui/test_print_dialog.py); this one stays beside it,
    # without a key of its own (Ctrl+Shift+P shows the projector).
    window = console.window
    action = window.actions_by_name["print_handouts"]
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    assert action in file_menu.actions()  # type: ignore[union-attr]
    assert action.shortcut() == QKeySequence()
    assert action.text() == "Print &hand-outs…"


def test_print_command_writes_the_pdf_where_the_trainer_chose(
    console_factory: Any, agenda_2: Agenda, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    console = console_factory(agenda_2)
    asked: list[str] = []
    target = tmp_path / "gekozen"

    def save_as(_parent: Any, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(target), "PDF files (*.pdf)"  # no extension typed: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    console.window.actions_by_name["print_handouts"].trigger()
    assert Path(asked[0]).name == "sessie-2-hand-outs.pdf"
    written = tmp_path / "gekozen.pdf"
    count, text = pdf_text(written)
    assert count == 6 and "Kaart D" in text
    message = console.window.last_message
    assert str(written) in message and "6 pages" in message
    # The next time the same folder is offered.
    console.window.actions_by_name["print_handouts"].trigger()
    assert Path(asked[1]).parent == tmp_path


def test_print_command_cancelled_writes_nothing(
    console: Console, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    console.window.actions_by_name["print_handouts"].trigger()
    assert console.window.last_message == ""


def test_a_write_error_is_explained_never_a_traceback(
    console: Console, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "no-such-folder" / "hand-outs.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(target), "PDF files (*.pdf)")
    )
    warnings: list[str] = []

    def warning(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    console.window.actions_by_name["print_handouts"].trigger()
    assert len(warnings) == 1
    assert str(target) in warnings[0] and "No such file or directory" in warnings[0]
    assert "Choose another folder" in warnings[0]
    assert console.window.last_message.startswith("Hand-outs not written")
    assert not target.exists()


def test_long_texts_shrink_on_cards_and_flow_onto_more_sheets(tmp_path: Path) -> None:
    long = " ".join(["Een heel lange zin over gelijkheid op de werkplek."] * 40)
    session = Session(
        format=1,
        title="Lang",
        duration=10,
        handouts=[
            Handout(
                id="h",
                title="Hand-out",
                instructions="\n\n".join([long] * 6),
                cards=[Fragment(id="k", title="Kaart – lang", text=long)],
            )
        ],
        steps=[Step(id="een", title="Een", minutes=10)],
    )
    agenda = Agenda(tmp_path / "lang.yaml", session)
    path = tmp_path / "lang.pdf"
    pages = write_handouts(agenda, path)
    count, _text = pdf_text(path)
    # The cover's text needs more than one sheet; the card still fits on its own.
    assert count == pages > len(handout_plan(agenda).pages) == 2
    card_sheet = " ".join(PdfReader(path).pages[-1].extract_text().split())
    assert card_sheet.count("Een heel lange zin") == 40
