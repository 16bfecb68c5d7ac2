"""A real browser on the phone pages: Debian's headless Chromium over loopback, with and
without JavaScript; the note reaches the console's panel and, released, the wall."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.participants.network import Listen
from facilitator.participants.qr import qr_matrix
from facilitator.room.wall import Status
from facilitator.ui.participants.in_app import PhonesInApp
from facilitator.ui.presenter.window import PresenterWindow
from tests.ui.participants.browser import Phone, browser_missing
from tests.ui.participants.phones import run_in_threads
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter

pytestmark = pytest.mark.skipif(bool(browser_missing()), reason=browser_missing() or "ok")


@pytest.fixture
def phones(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, data_dir: object
) -> Iterator[tuple[PhonesInApp, PresenterWindow]]:
    controller = make_controller(agenda_2, session_clock)
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    app = PhonesInApp(controller, window, Listen("127.0.0.1", 0))
    assert app.start()
    yield app, window
    app.stop()
    controller.shutdown()


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_note_from_a_real_browser_reaches_the_console_and_the_wall(
    qtbot: QtBot, phones: tuple[PhonesInApp, PresenterWindow], javascript: bool
) -> None:
    from selenium.common.exceptions import (
        NoSuchElementException,
        StaleElementReferenceException,
    )
    from selenium.webdriver.common.by import By

    app, _ = phones
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
    panel.release_all.click()
    wall = app.service.controller.room.state.wall
    assert [(n.text, n.status) for n in wall.notes] == [(text, Status.RELEASED)]
    assert panel.pending.count() == 0
