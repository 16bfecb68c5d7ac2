"""Issue 10's promises that no other test held on its own: the phone speaks the session's
language (not the console's), and nothing a phone loads comes from another address."""

from __future__ import annotations

import re
from pathlib import Path

from facilitator.agenda.load import load_agenda
from facilitator.participants.http import CSP
from facilitator.participants.words import phone_words

from .fakes import REMOTE, ROOM, FakePort, get, make_site

ENGLISH = (
    Path(__file__).resolve().parents[2]
    / "agendas"
    / "steam-coach-en"
    / "session-2-diversity-in-the-workplace.yaml"
)

#: Any address a page could load something from: a scheme, a scheme-relative URL, an import.
FOREIGN = re.compile(r"(?i)(?:https?:|wss?:)?//[a-z0-9.-]+|@import|url\(\s*['\"]?(?:https?:)?//")


def test_an_english_session_speaks_english_on_the_phone() -> None:
    site, _ = make_site(FakePort(load_agenda(ENGLISH)))
    page = site.respond(get(f"/r/{ROOM}/")).body.decode()
    english, dutch = phone_words("en"), phone_words("nl")
    assert '<html lang="en">' in page
    assert english.write in page and english.send in page and english.on_screen in page
    assert dutch.write not in page and dutch.send not in page
    remote = site.respond(get(f"/t/{REMOTE}/")).body.decode()
    assert english.commands["next_step"] in remote and dutch.commands["next_step"] not in remote


def test_a_dutch_session_speaks_dutch_on_the_phone() -> None:
    site, _ = make_site()
    page = site.respond(get(f"/r/{ROOM}/")).body.decode()
    dutch = phone_words("nl")
    assert '<html lang="nl">' in page and dutch.write in page and dutch.send in page


def test_nothing_a_phone_loads_names_another_address() -> None:
    """No framework, font or script from a CDN: the room may have no internet."""
    site, _ = make_site()
    paths = (
        "/",
        "/style.css",
        f"/r/{ROOM}/",
        f"/r/{ROOM}/app.js",
        f"/r/{ROOM}/groups",
        f"/r/{ROOM}/feedback",
        f"/r/{ROOM}/plan",
        f"/t/{REMOTE}/",
        f"/t/{REMOTE}/remote.js",
    )
    for path in paths:
        answer = site.respond(get(path))
        assert answer.status == 200, path
        body = answer.body.decode()
        found = [m.group(0) for m in FOREIGN.finditer(body)]
        # The scripts open their live connection to the page's own host (location.host).
        assert found in ([], ["wss://"] * body.count("wss://")), (path, found)
    # Every response carries a policy that lets the browser load the app's own files only.
    assert "default-src 'none'" in CSP and "script-src 'self'" in CSP
    assert "http" not in CSP and "*" not in CSP
