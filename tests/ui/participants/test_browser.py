"""A real browser on the phone pages: Debian's headless Chromium over loopback, with and
without JavaScript; the note reaches the console's panel and, released, the wall."""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.participants.network import Listen
from facilitator.participants.qr import qr_matrix
from facilitator.projection.screens import RoomScreen
from facilitator.room.wall import Status
from facilitator.ui.participants.in_app import PhonesInApp
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.projector.window import ProjectorWindow
from tests.ui.participants.browser import Phone, browser_missing
from tests.ui.participants.phones import run_in_threads
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter

pytestmark = pytest.mark.skipif(bool(browser_missing()), reason=browser_missing() or "ok")


@pytest.fixture
def phones(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, data_dir: object
) -> Iterator[tuple[PhonesInApp, PresenterWindow, ProjectorWindow]]:
    controller = make_controller(agenda_2, session_clock)
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    projector = ProjectorWindow(controller)  # closed below, after the server stopped
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitExposed(projector)
    app = PhonesInApp(controller, window, Listen("127.0.0.1", 0), out=io.StringIO())
    assert app.start()
    yield app, window, projector
    app.stop()
    qtbot.wait(20)  # the projector's layouts warmed for its last screen (a 0 ms timer)
    projector.close()
    projector.deleteLater()
    controller.shutdown()


def canvas_texts(projector: ProjectorWindow) -> list[str]:
    """What the projector's canvas draws of its slide, block by block, as plain text."""
    canvas = projector.canvas
    assert canvas.slide is not None
    return [
        block.doc.toPlainText()
        for layout in canvas.pages_of(canvas.slide)
        for block in layout.blocks
        if not block.doc.isEmpty()
    ]


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_note_from_a_real_browser_reaches_the_console_and_the_wall(
    qtbot: QtBot, phones: tuple[PhonesInApp, PresenterWindow, ProjectorWindow], javascript: bool
) -> None:
    from selenium.common.exceptions import (
        NoSuchElementException,
        StaleElementReferenceException,
    )
    from selenium.webdriver.common.by import By

    app, window, projector = phones
    panel = app.panel
    url = panel.qr.text
    assert url.startswith("http://127.0.0.1:") and panel.qr.matrix == qr_matrix(url)
    text = "<script>alert(1)</script> =cmd gezien"

    def browse() -> tuple[str, str]:
        phone = Phone(javascript=javascript)
        try:
            driver = phone.driver
            driver.get(url)
            heading = driver.find_element(By.CSS_SELECTOR, "#screen h2").text
            driver.find_element(By.ID, "text").send_keys(text)
            driver.find_element(By.CSS_SELECTOR, "#note-form button[type=submit]").click()
            for _ in range(100):
                try:  # without JavaScript the page is replaced by the answer's
                    status = driver.find_element(By.ID, "status")
                    if status.is_displayed() and status.text:
                        return heading, status.text
                except (StaleElementReferenceException, NoSuchElementException):
                    pass
                time.sleep(0.1)
            return heading, ""
        finally:
            phone.quit()

    result = run_in_threads(qtbot, [browse], timeout=60_000)[0]
    assert not isinstance(result, Exception), result
    heading, status = result
    assert heading.startswith("Strategieën")
    assert "trainer" in status
    qtbot.waitUntil(lambda: panel.pending.count() == 1, timeout=5000)
    assert panel.pending.item(0).text() == text  # plain text, as typed
    # Waiting for release, it is on no wall: W has nothing to show and says so.
    window.actions_by_name["show_wall"].trigger()
    assert app.service.controller.projector.room_screen is None
    assert text not in "\n".join(canvas_texts(projector))
    panel.release_all.click()
    wall = app.service.controller.room.state.wall
    assert [(n.text, n.status) for n in wall.notes] == [(text, Status.RELEASED)]
    assert panel.pending.count() == 0
    # Released, W puts it on the projector, drawn as plain text exactly as typed.
    window.actions_by_name["show_wall"].trigger()
    assert app.service.controller.projector.room_screen is RoomScreen.WALL
    assert projector.canvas.slide is not None and projector.canvas.slide.kind == "wall"
    assert text in canvas_texts(projector)


def test_the_remote_in_a_real_browser_follows_the_console_live(
    qtbot: QtBot, phones: tuple[PhonesInApp, PresenterWindow, ProjectorWindow]
) -> None:
    """The trainer's phone: the countdown and the step's instructions change on the page,
    without a reload, after commands given on the console."""
    from selenium.webdriver.common.by import By

    app, window, _ = phones
    joined = app.service.joined
    assert joined is not None
    controller = app.service.controller
    phone = Phone(javascript=True)
    driver = phone.driver

    def read() -> tuple[str, str, str]:
        return (
            driver.find_element(By.ID, "clock").text,
            driver.find_element(By.ID, "title").text,
            driver.find_element(By.ID, "instructions").text,
        )

    def until(check: Callable[[tuple[str, str, str]], bool]) -> tuple[str, str, str]:
        # The page is read on a worker thread while the app's event loop runs here.
        def wait() -> tuple[str, str, str]:
            seen = read()
            for _ in range(100):
                seen = read()
                if check(seen):
                    return seen
                time.sleep(0.1)
            return seen

        result = run_in_threads(qtbot, [wait], timeout=30_000)[0]
        assert not isinstance(result, Exception), result
        return result

    try:
        run_in_threads(qtbot, [lambda: driver.get(joined.remote_url)], timeout=30_000)
        first = until(lambda seen: bool(seen[0]))
        step = controller.run.step
        assert first[1] == step.title
        window.actions_by_name["add_minute"].trigger()
        later = until(lambda seen: seen[0] != first[0])
        assert later[0] != first[0]  # the minute added, on the phone without a reload
        window.actions_by_name["next_step"].trigger()
        following = controller.run.step
        moved = until(lambda seen: seen[1] == following.title)
        assert moved[1] == following.title and moved[2] != first[2]
        assert driver.execute_script("return performance.navigation.type") == 0  # no reload
    finally:
        phone.quit()


def test_a_note_written_while_the_connection_is_lost_is_sent_once_it_is_back(
    qtbot: QtBot, phones: tuple[PhonesInApp, PresenterWindow, ProjectorWindow]
) -> None:
    """The page keeps a note it could not send and sends it again by itself, once: the
    server goes away (as a phone leaving the Wi-Fi does) and comes back on its port."""
    from selenium.webdriver.common.by import By

    app, _, _ = phones
    service = app.service
    joined = service.joined
    assert joined is not None
    phone = Phone(javascript=True)
    driver = phone.driver

    def in_browser(job: Callable[[], object]) -> object:
        result = run_in_threads(qtbot, [job], timeout=45_000)[0]
        assert not isinstance(result, Exception), result
        return result

    def shown(element_id: str) -> str:
        element = driver.find_element(By.ID, element_id)
        return str(element.text) if element.is_displayed() else ""

    def waiting_for(element_id: str, seconds: float) -> Callable[[], str]:
        def wait() -> str:
            for _ in range(round(seconds * 10)):
                if shown(element_id):
                    return shown(element_id)
                time.sleep(0.1)
            return ""

        return wait

    text = "Geschreven in de gang, zonder wifi"
    try:
        in_browser(lambda: driver.get(joined.url))
        service.stop()  # the connection is gone
        qtbot.wait(200)

        def write() -> None:
            driver.find_element(By.ID, "text").send_keys(text)
            driver.find_element(By.CSS_SELECTOR, "#note-form button[type=submit]").click()

        in_browser(write)
        unsent = in_browser(waiting_for("outbox", 10))
        assert "1" in str(unsent)  # kept on the phone, and it says so
        assert service.controller.room.state.wall.notes == ()
        assert service.start(Listen("127.0.0.1", joined.port)) is not None
        status = in_browser(waiting_for("status", 30))
        assert "trainer" in str(status)  # confirmed: it waits for release
        assert shown("outbox") == ""
        qtbot.wait(2500)  # the page's next tries would come in this time: none does
        wall = service.controller.room.state.wall
        assert [n.text for n in wall.notes] == [text]  # once, not twice
    finally:
        phone.quit()
