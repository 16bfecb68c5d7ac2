"""Debian's headless Chromium for the phone-page tests and screenshots (selenium, loopback)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def browser_missing() -> str:
    """Why no browser test can run here ('' when one can)."""
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        return "needs Debian's chromium and chromium-driver (/usr/bin/chromium, chromedriver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "needs selenium (the test extra)"
    return ""


class Phone:
    """A phone's browser: headless Chromium at 390x844, JavaScript on or off."""

    def __init__(self, *, javascript: bool = True, width: int = 390, height: int = 844) -> None:
        from selenium import webdriver

        self._profile = tempfile.mkdtemp(prefix="facilitator-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-proxy-server",  # loopback only, whatever the machine's proxy
            "--disable-dev-shm-usage",
            f"--user-data-dir={self._profile}",
            f"--window-size={width},{height}",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
        ):
            options.add_argument(flag)
        if not javascript:
            options.add_experimental_option(
                "prefs", {"profile.managed_default_content_settings.javascript": 2}
            )
        service = webdriver.ChromeService(executable_path=str(CHROMEDRIVER))
        self.driver: Any = webdriver.Chrome(options=options, service=service)
        self.driver.set_page_load_timeout(20)
        self.driver.set_window_size(width, height)

    def quit(self) -> None:
        """Close the browser and remove its profile."""
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self._profile, ignore_errors=True)
