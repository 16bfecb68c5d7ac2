"""Make the phone pages' and the join screen's pictures in docs/participants.

Run from the repository root: ``python docs/participants/make_screenshots.py``
(needs Debian's ``chromium`` and ``chromium-driver`` and selenium, the test
extra); name pictures (``06-remote``) to make only those. The app runs offscreen on the bundled session 2 with its
participants' server on 127.0.0.1; a headless Chromium at 390x844 (a phone)
opens the pages, and the projector window is grabbed at 1920x1080 showing the
join screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACILITATOR_DATA_DIR", tempfile.mkdtemp(prefix="facilitator-shots-"))
os.environ.setdefault(
    "FACILITATOR_SETTINGS", os.path.join(os.environ["FACILITATOR_DATA_DIR"], "s.ini")
)
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator.agenda.load import load_agenda  # noqa: E402
from facilitator.cli import AppOptions  # noqa: E402
from facilitator.participants.network import Listen  # noqa: E402
from facilitator.paths import bundled_agendas  # noqa: E402
from facilitator.projection.screens import RoomScreen  # noqa: E402
from facilitator.ui.app import FacilitatorApp  # noqa: E402
from tests.ui.participants.browser import Phone, browser_missing  # noqa: E402

OUT = Path(__file__).resolve().parent


def in_thread(app: QApplication, job: Callable[[], object]) -> None:
    """Run ``job`` (the browser) in a thread while the app's event loop turns."""
    failure: list[BaseException] = []

    def wrap() -> None:
        try:
            job()
        except BaseException as error:
            failure.append(error)

    thread = threading.Thread(target=wrap, daemon=True)
    thread.start()
    while thread.is_alive():
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    if failure:
        raise failure[0]


def main(argv: list[str]) -> int:
    wanted = set(argv)
    why = browser_missing()
    if why:
        print(f"cannot make the pictures: {why}", file=sys.stderr)
        return 1
    app = QApplication(sys.argv[:1])
    path = next(p for p in bundled_agendas() if p.name.startswith("sessie-2"))
    options = AppOptions(agenda=path, listen=Listen("127.0.0.1", 0), recover="never")
    facilitator = FacilitatorApp(options, load_agenda(path))
    facilitator.presenter.confirm_quit = False
    facilitator.show()
    facilitator.projector.resize(1920, 1080)
    controller = facilitator.controller
    assert facilitator.phones.start()
    joined = facilitator.phones.service.joined
    assert joined is not None
    room = controller.room
    controller.toggle_running()
    controller.run.go_to_item(1, controller.now())  # the ice-breaker's question
    controller.refresh()
    app.processEvents()
    phone = Phone()

    def shoot(name: str, path: str, scroll: str = "", typed: str = "") -> None:
        from selenium.webdriver.common.by import By

        if wanted and name not in wanted:
            return

        def job() -> None:
            driver = phone.driver
            driver.get(f"http://{joined.short}{path}")
            if typed:
                driver.find_element(By.ID, "text").send_keys(typed)
            if scroll:
                element = driver.find_element(By.CSS_SELECTOR, scroll)
                driver.execute_script("arguments[0].scrollIntoView(true)", element)
            time.sleep(0.3)
            driver.save_screenshot(str(OUT / f"{name}.png"))

        in_thread(app, job)

    try:
        base = f"/r/{joined.room_code}/"
        shoot("01-question", base)
        shoot(
            "02-note-form",
            base,
            scroll="#post",
            typed="Bij ons werd een collega niet uitgenodigd voor het overleg.",
        )
        # Step 3: groups made and the scenario cards dealt.
        controller.next_step()
        controller.next_step()
        room.set_people(12)
        room.make_groups(count=3, seed=4)
        room.deal_for_step()
        app.processEvents()
        shoot("03-group-cards", f"{base}groups/2")
        shoot("04-call-to-action", f"{base}plan")
        # The trainer's remote (its own code), two minutes into the step.
        controller.add_minute()
        shoot("06-remote", f"/t/{joined.remote_code}/")
    finally:
        phone.quit()
    if not wanted or "05-join-screen" in wanted:
        controller.projector.show_room_screen(RoomScreen.JOIN)
        app.processEvents()
        facilitator.projector.grab().save(str(OUT / "05-join-screen.png"))
    facilitator.phones.stop()
    controller.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
