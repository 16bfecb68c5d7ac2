"""Real files: the watched agenda, remembered settings and layout, the reference panel."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.console.reload import describe_changes
from facilitator.engine.clock import MINUTE
from facilitator.paths import default_agenda
from facilitator.ui.presenter.reference_panel import fold, matches
from facilitator.ui.settings import ConsoleSettings, open_settings, settings_file
from facilitator.ui.watcher import AgendaWatcher
from tests.ui.console_fixtures import Console, console, console_factory, tmp_settings

__all__ = ["console", "console_factory", "tmp_settings"]


def copy_bundle(tmp_path: Path) -> Path:
    """The bundled session 1 and its library, in a folder of our own."""
    source = default_agenda()
    folder = tmp_path / "agendas"
    folder.mkdir()
    for path in source.parent.glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    return folder / source.name


def save(path: Path, text: str) -> None:
    """Save as an editor does: a new file renamed over the old one."""
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def test_saved_agenda_reloads_after_the_file_event_keeping_step_and_timer(
    console_factory: Callable[..., Console], tmp_path: Path, qtbot: QtBot
) -> None:
    """Behaviour, not time: the save's file event starts the settling wait, whose end
    reloads once (ended here by the test, as its timer would after SETTLE_MS)."""
    path = copy_bundle(tmp_path)
    console = console_factory(load_agenda(path))
    controller = console.controller
    controller.start()
    console.advance(12 * MINUTE)
    controller.next_step()
    console.advance(5 * MINUTE)
    text = path.read_text(encoding="utf-8")
    changed = text.replace("minutes: 15\n", "minutes: 20\n", 1).replace(
        "duration: 90", "duration: 95"
    )
    assert changed != text
    watcher = console.window.watcher
    watcher.set_settle_ms(3_600_000)  # the settling ends when the test says (settle_now)
    reloads: list[object] = []
    watcher.reloaded.connect(lambda agenda, _changes: reloads.append(agenda))
    save(path, changed)
    qtbot.waitUntil(lambda: watcher.settling, timeout=60_000)  # the save's file event
    assert reloads == []  # not before the save settled
    watcher.settle_now()
    assert len(reloads) == 1
    watcher.settle_now()  # nothing more to settle: no second reload
    assert len(reloads) == 1
    assert controller.run.index == 1
    assert console.window.countdown.digits.text() == "15:00"  # 5 of now 20 minutes spent
    notice = console.window.notice
    assert notice.isVisibleTo(console.window) and notice.kind == "info"
    assert "15 → 20 min" in notice.label.text()


def test_a_broken_save_keeps_the_old_agenda_and_says_why(
    console_factory: Callable[..., Console], tmp_path: Path, qtbot: QtBot
) -> None:
    path = copy_bundle(tmp_path)
    console = console_factory(load_agenda(path))
    console.controller.start()
    before = console.controller.agenda
    with qtbot.waitSignal(console.window.watcher.failed, timeout=60_000):
        save(path, path.read_text(encoding="utf-8").replace("minutes: 10\n", "minutes: tien\n", 1))
    assert console.controller.agenda is before
    notice = console.window.notice
    assert notice.kind == "error"
    assert "goes on with the version loaded before" in notice.label.text()
    assert "minutes" in notice.label.toolTip()


def test_describe_changes_in_a_trainers_words() -> None:
    old = load_agenda(default_agenda())
    steps = list(old.session.steps)
    steps[0] = steps[0].model_copy(update={"minutes": 12, "title": "Welkom"})
    steps.pop(3)
    session = old.session.model_copy(update={"steps": steps})
    new = type(old)(old.path, session, old.libraries, "other")
    lines = describe_changes(old, new)
    assert "“Welkom”: 10 → 12 min" in lines
    assert "step renamed: “Inleiding & ijsbreker” → “Welkom”" in lines
    assert "step removed: “Delen en bespreken in groepen”" in lines


def test_watcher_watches_the_session_and_its_library(tmp_path: Path, qapp: object) -> None:
    path = copy_bundle(tmp_path)
    watcher = AgendaWatcher()
    watcher.watch(load_agenda(path))
    watched = watcher.watched()
    assert str(path) in watched
    assert str(path.parent / "steam-coach-materiaal.yaml") in watched


def test_settings_live_in_the_test_file_never_the_users(tmp_settings: Path) -> None:
    assert settings_file() == tmp_settings
    settings = ConsoleSettings()
    settings.fractions = (0.25, 0.5)  # danger above warning is clamped
    settings.volume = 130
    settings.sync()
    again = ConsoleSettings(open_settings())
    assert again.fractions == (0.25, 0.25)
    assert again.volume == 100
    assert tmp_settings.exists()


def test_geometry_splitters_and_ticks_are_remembered(
    console_factory: Callable[..., Console], qtbot: QtBot
) -> None:
    first = console_factory()
    window = first.window
    window.show()
    qtbot.waitExposed(window)
    # Within the offscreen screen (800x600): restoreGeometry keeps a window on its screen.
    window.resize(780, 560)
    qtbot.wait(20)
    window.splitter.setSizes([300, 200, 280])
    qtbot.wait(20)
    sizes = window.splitter.sizes()
    window.tabs.setCurrentIndex(1)
    tree = window.reference.tree
    checklist_items = [
        item for item in window.reference._entries() if item.data(0, 257) is not None
    ]
    assert len(checklist_items) >= 3
    checklist_items[1].setCheckState(0, Qt.CheckState.Checked)
    window.close()
    second = console_factory()
    second.window.show()
    qtbot.waitExposed(second.window)
    qtbot.wait(20)
    assert (second.window.width(), second.window.height()) == (780, 560)
    assert second.window.splitter.sizes() == sizes
    assert second.window.tabs.currentIndex() == 1
    assert second.window.reference.ticks() == {str(checklist_items[1].data(0, 257))}
    assert tree is not second.window.reference.tree


def test_reference_search_ignores_accents_and_case(console: Console) -> None:
    panel = console.window.reference
    assert fold("Creëren") == "creeren"
    assert matches("komm MINT", "Casestudy “Komm, mach MINT”")
    titles = panel.visible_titles()
    assert "Didactisch advies" in titles and "Before training" in titles
    panel.search.setText("komm mach mint")
    found = panel.visible_titles()
    assert any("Komm, mach MINT" in title for title in found)
    assert "Didactisch advies" not in found
    assert "Komm" in panel.text.toPlainText()
    panel.search.setText("")
    assert panel.visible_titles() == titles


def test_find_reference_opens_the_tab_and_the_search(console: Console, qtbot: QtBot) -> None:
    window = console.window
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["find_reference"].trigger()
    assert window.tabs.currentWidget() is window.reference


def test_typing_in_the_search_box_does_not_fire_single_key_commands(
    console: Console, qtbot: QtBot
) -> None:
    window = console.window
    window.show()
    qtbot.waitExposed(window)
    console.controller.start()
    window.actions_by_name["find_reference"].trigger()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.reference.search.hasFocus(), timeout=1000)
    qtbot.keyClicks(window.reference.search, "komm mach mint")
    assert window.reference.search.text() == "komm mach mint"
    assert not console.chimes.muted  # "m" typed, not the M command
    assert console.controller.run.index == 0  # "n" is not next step
    assert console.controller.run.state.name == "RUNNING"  # space is not pause
