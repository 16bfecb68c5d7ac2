"""The two languages, seen on the screens: the interface's and the room's (issue 12).

- Both windows built in Dutch show no English message of the catalogue.
- A Dutch session under the English interface puts no English word on the
  projector, and an English session under the Dutch interface no Dutch one:
  the room reads the session's language, whatever the trainer's is.
- Session 1 in English runs from start to end with the English interface.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.editing.workspace import open_workspace
from facilitator.engine.clock import MINUTE, SECOND, FakeClock, minutes_to_ns
from facilitator.engine.session import RunState
from facilitator.i18n import catalogue, set_translator
from facilitator.paths import agendas_dir, default_agenda
from facilitator.room.words import WORDS
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.editor.window import EditorWindow
from facilitator.ui.i18n import install_language
from facilitator.ui.qt_words import qt_own_words
from tests.ui.qt_helpers import session_1


def english_session_1() -> Agenda:
    """The English STEAM Coach session 1."""
    return load_agenda(agendas_dir() / "steam-coach-en" / "session-1-outreach-and-curricula.yaml")


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """``speak("nl")`` installs a language for the test; English again afterwards."""
    saved = QLocale()

    def choose(language: str) -> None:
        assert install_language(qapp, language)

    yield choose
    install_language(qapp, "en")
    set_translator(None)
    QLocale.setDefault(saved)


def make_app(
    qtbot: QtBot, agenda: Agenda, clock: FakeClock | None = None, **options: object
) -> FacilitatorApp:
    clock = clock if clock is not None else FakeClock(1_000 * SECOND)
    app = FacilitatorApp(AppOptions(**options), agenda, clock=clock)  # type: ignore[arg-type]
    qtbot.addWidget(app.presenter, before_close_func=lambda _w: app.controller.shutdown())
    qtbot.addWidget(app.projector)
    app.presenter.confirm_quit = False
    return app


def translated_sources(language: str) -> dict[str, str]:
    """English source → translation, for the messages whose translation differs."""
    found = {}
    for message in ET.parse(catalogue(language, ".ts")).iter("message"):
        source = message.findtext("source") or ""
        text = message.findtext("translation") or ""
        if text and text != source:
            found[source] = text
    return found


def shown_texts(window: QWidget) -> list[str]:
    """Every text a person can read on ``window``: titles, menus, labels, buttons, tabs,
    headers, a spin box's word for none, a combo box's choices, tooltips."""
    texts = [window.windowTitle()]
    for action in window.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip(), action.iconText()]
    for menu in window.findChildren(QMenu):
        texts.append(menu.title())
    for label in window.findChildren(QLabel):
        texts += [label.text(), label.toolTip()]
    for button in window.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for tree in window.findChildren(QTreeWidget):
        header = tree.headerItem()
        texts += [header.text(c) for c in range(tree.columnCount())]
    for table in window.findChildren(QTableWidget):
        for column in range(table.columnCount()):
            item = table.horizontalHeaderItem(column)
            texts.append(item.text() if item is not None else "")
    for spin in window.findChildren(QAbstractSpinBox):
        texts.append(spin.specialValueText())
    for combo in window.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for widget in window.findChildren(QWidget):
        texts.append(widget.toolTip())
    return [t for t in texts if t]


def english_left(texts: list[str], translations: dict[str, str]) -> list[str]:
    """The texts that are an English message with a translation: the message itself, a
    message with its placeholders filled in, or one with its keys after it ("Tip (F1)")."""
    patterns = [
        re.compile("".join(".+" if part.startswith("{") else re.escape(part) for part in
                           re.split(r"(\{[^}]*\})", source)) + r"$", re.S)
        for source in translations
        # Enough words of its own to tell it from the agenda's text ("{items} and {last}" is not).
        if "{" in source and len(re.findall(r"[A-Za-z]", re.sub(r"\{[^}]*\}", "", source))) >= 6
    ]  # fmt: skip
    return sorted(
        {
            text
            for text in texts
            if text in translations
            or text.split(" (")[0] in translations
            or any(pattern.match(text) for pattern in patterns)
        }
    )


def test_the_dutch_windows_show_no_english_message(qtbot: QtBot, speak: object) -> None:
    speak("nl")  # type: ignore[operator]
    app = make_app(qtbot, session_1())
    app.show()
    app.controller.start()
    translations = translated_sources("nl")
    left = english_left(shown_texts(app.presenter) + shown_texts(app.projector), translations)
    assert not left, f"English on the Dutch windows: {left}"
    assert app.presenter.menuBar().actions()[0].text() == "&Bestand"
    assert app.presenter.countdown.position.text() == "Stap 1 van 6"


def test_the_dutch_interface_opens_the_dutch_guides(qtbot: QtBot, speak: object) -> None:
    speak("nl")  # type: ignore[operator]
    app = make_app(qtbot, session_1())
    app.presenter.actions_by_name["getting_started"].trigger()
    guide = app.presenter.help.dialogs["getting-started"]
    assert "Je eigen scherm" in guide.browser.toPlainText()  # type: ignore[attr-defined]
    guide.close()


def test_the_english_windows_show_english(qtbot: QtBot, speak: object) -> None:
    speak("en")  # type: ignore[operator]
    app = make_app(qtbot, english_session_1())
    assert app.presenter.menuBar().actions()[0].text() == "&File"
    assert app.presenter.countdown.position.text() == "Step 1 of 6"


class Drawn:
    """Every text the projector's canvas draws with QPainter.drawText."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        original = QPainter.drawText

        def spy(painter: QPainter, *args: object) -> None:
            self.texts.append(str(args[-1]))
            original(painter, *args)  # type: ignore[call-overload]

        monkeypatch.setattr(QPainter, "drawText", spy)


def started(controller: object) -> int:
    """When the current step's timer started (its first running segment)."""
    return controller.run.timer.segments[0][0]  # type: ignore[attr-defined, no-any-return]


def room_words_drawn(
    app: FacilitatorApp, drawn: Drawn, qtbot: QtBot, clock: FakeClock
) -> list[str]:
    """Run the whole session in rehearsal with every look, and collect what the room reads:
    the canvas's drawn texts, the panels' titles of every page, the REHEARSAL mark."""
    controller = app.controller
    projector = controller.projector
    canvas = app.projector.canvas
    app.projector.resize(1280, 720)
    app.marks.set_active(True)
    if not projector.flash_at_end:
        projector.toggle_flash()
    texts = [app.marks.overlay.text()]
    projector.toggle_title_screen()
    app.projector.grab()
    projector.toggle_title_screen()
    controller.start()
    # Something put on at once: the break screen's heading is the room's words too.
    end = controller.wall_now() + timedelta(minutes=20)
    projector.show_break(end.time().replace(second=0, microsecond=0))
    app.projector.grab()
    texts.append(projector.projected().slide.title)
    projector.end_shown()
    for index in range(controller.run.step_count):
        slides = projector.slides()
        for slide in slides:  # every page of every item: the panels' titles ("(vervolg)")
            for layout in canvas.pages_of(slide):
                page = layout.page or slide
                texts += [page.title, page.subtitle, *(panel.title for panel in page.panels)]
        for _page in range(sum(canvas.page_count(slide) for slide in slides)):
            app.projector.grab()
            projector.next_item()
        planned = minutes_to_ns(controller.run.step.minutes)
        # Warning (20 % left), danger (10 %), overtime: each timer style says it in words.
        for left in (planned // 6, planned // 12, -MINUTE):
            clock.advance(planned - left - (clock.now() - started(controller)))
            controller.refresh()
            if canvas.flashing:  # the end of the step: the flash, drawn, then over
                app.projector.grab()
                canvas.flash_timer.stop()
                canvas.flash_timer.timeout.emit()
            for style in ("digits", "corner", "disc"):
                projector.set_timer_style(style)
                app.projector.grab()
        if index + 1 < controller.run.step_count:
            controller.next_step()
    return texts + drawn.texts


def words_of(language: str) -> set[str]:
    """The room's words of ``language`` that the other language writes differently (the
    room's screens and the projector's own, such as "(vervolg)" and the break)."""
    other_language = "en" if language == "nl" else "nl"
    found: set[str] = set()
    for table in (WORDS,):
        mine, other = table[language], table[other_language]
        for field in mine.__dataclass_fields__:
            value, theirs = getattr(mine, field), getattr(other, field)
            values = value if isinstance(value, tuple) else (value,)
            others = theirs if isinstance(theirs, tuple) else (theirs,)
            for text in values:
                if text not in others:
                    found.update(w for w in re.split(r"\{[^}]*\}", text) if len(w.strip()) > 2)
    return {w.strip() for w in found}


@pytest.mark.parametrize(
    ("interface", "session", "foreign"),
    [("en", session_1, "en"), ("nl", english_session_1, "nl")],
    ids=["dutch-session-english-interface", "english-session-dutch-interface"],
)
def test_the_projector_speaks_the_sessions_language_whatever_the_interface(
    qtbot: QtBot,
    speak: object,
    monkeypatch: pytest.MonkeyPatch,
    interface: str,
    session: object,
    foreign: str,
) -> None:
    speak(interface)  # type: ignore[operator]
    clock = FakeClock(1_000 * SECOND)
    app = make_app(qtbot, session(), clock)  # type: ignore[operator]
    app.show()
    drawn = Drawn(monkeypatch)
    texts = room_words_drawn(app, drawn, qtbot, clock)
    banned = words_of(foreign)
    if interface == "nl":  # and no word of the Dutch interface either
        banned |= set(translated_sources("nl").values()) & {"Zwart scherm", "OEFENRONDE"}
    found = sorted({w for w in banned for t in texts if w and w in t})
    assert not found, f"the room read {found}"
    # The room's own words are there, in the session's language.
    own = WORDS["nl" if foreign == "en" else "en"]
    joined = "\n".join(texts)
    for word in (own.rehearsal, own.step.split(" {")[0], own.warning, own.overtime):
        assert word in joined, word


def test_session_1_in_english_with_the_english_interface(qtbot: QtBot, speak: object) -> None:
    speak("en")  # type: ignore[operator]
    clock = FakeClock(1_000 * SECOND)
    app = make_app(qtbot, english_session_1(), clock)
    app.show()
    controller = app.controller
    controller.start()
    seen = []
    for index in range(controller.run.step_count):
        seen.append(controller.projector.projected().header)
        assert app.presenter.countdown.position.text() == f"Step {index + 1} of 6"
        clock.advance(minutes_to_ns(controller.run.step.minutes))
        app.presenter.commands.next_step()
    assert controller.run.state is RunState.FINISHED
    assert seen[0] == "Step 1 of 6 · Introduction & icebreaker"
    assert app.presenter.last_message.startswith("Session finished")
    assert app.presenter.countdown.badge.text() == "FINISHED"


def test_the_language_follows_the_flag_then_the_setting_then_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from facilitator.ui.i18n import interface_language

    monkeypatch.setenv("FACILITATOR_SYSTEM_LANGUAGE", "nl-BE")
    assert interface_language(None, "") == "nl"
    assert interface_language(None, "en") == "en"
    assert interface_language("nl", "en") == "nl"
    monkeypatch.setenv("FACILITATOR_SYSTEM_LANGUAGE", "pt-BR")
    assert interface_language(None, "") == "en"
    assert interface_language(None, "klingon") == "en"  # an odd setting: the system's


def test_the_catalogues_are_found_where_the_app_looks(tmp_path: Path) -> None:
    assert catalogue("nl").is_file() and catalogue("en").is_file()


def _mnemonic_clashes(actions: list[QAction]) -> list[list[str]]:
    keys: dict[str, list[str]] = {}
    for action in actions:
        found = re.search(r"(?<!&)&(\w)", action.text())
        if not action.isSeparator() and found:
            keys.setdefault(found.group(1).casefold(), []).append(action.text())
    return [texts for texts in keys.values() if len(texts) > 1]


def _menus(window: QMainWindow) -> list[tuple[str, list[QAction]]]:
    """The window's menu bar and every menu and submenu under it, with its items."""
    found = [("(menu bar)", window.menuBar().actions())]
    found += [(m.title() or m.objectName(), m.actions()) for m in window.findChildren(QMenu)]
    return found


def _clashes(windows: list[QMainWindow]) -> dict[str, list[list[str]]]:
    return {
        f"{type(window).__name__}: {title}": clash
        for window in windows
        for title, actions in _menus(window)
        if (clash := _mnemonic_clashes(actions))
    }


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_menu_gives_each_item_a_key_of_its_own(
    qtbot: QtBot, speak: object, language: str, tmp_path: Path, data_dir: Path
) -> None:
    """Alt and a letter reach one item, in every menu and submenu of the console and the
    editor, in Dutch and in English."""
    speak(language)  # type: ignore[operator]
    app = make_app(qtbot, session_1())
    editor = EditorWindow(open_workspace(default_agenda()))
    editor.confirm_close = False
    qtbot.addWidget(editor)
    windows: list[QMainWindow] = [app.presenter, editor]
    assert len(_menus(app.presenter)) > 10 and len(_menus(editor)) > 3
    clashes = _clashes(windows)
    assert not clashes, f"menu items sharing a key in {language}: {clashes}"


def test_qts_own_file_dialog_speaks_dutch(qtbot: QtBot, speak: object, tmp_path: Path) -> None:
    """Qt's Dutch catalogue lacks the file dialog's "&Look in:" and "Files of &type:" (Qt 6
    added their Alt letters) and its "Folder"; ours has them (ui/qt_words.py), so no
    English shows. (The dialog itself in a child process: it opens Qt's own settings
    file, and the first settings file a process opens fixes where Qt looks for them.)"""
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    speak("nl")  # type: ignore[operator]
    assert QFileIconProvider().type(QFileInfo(str(Path(__file__).parent))) == "Map"
    assert qt_own_words()[:3] == ["&Zoeken in:", "Bestanden van &type:", "Map"]
    speak("en")  # type: ignore[operator]
    assert qt_own_words()[:3] == ["&Look in:", "Files of &type:", "Folder"]
    script = (
        "from PySide6.QtWidgets import QApplication, QFileDialog\n"
        "from facilitator.ui.i18n import install_language\n"
        "app = QApplication([])\n"
        "install_language(app, 'nl')\n"
        "dialog = QFileDialog()\n"
        "dialog.setOption(QFileDialog.Option.DontUseNativeDialog)\n"
        "print('|'.join(dialog.labelText(label) for label in QFileDialog.DialogLabel))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip().split("|") == [
        "&Zoeken in:",
        "Bestands&naam:",
        "Bestanden van &type:",
        "&Openen",
        "Annuleren",
    ], done.stderr
