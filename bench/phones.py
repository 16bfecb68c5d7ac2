"""Participants' phones as a load on the app: where that load generator plugs in.

Issue 10 gives the app a participants' server (``--participants``; the join
address on a line ``join: URL``): phones open the join page and post notes.
The lateness benchmark then measures the countdown while PHONES phones are
connected and posting (``python bench/lateness.py --phones 40``). Until the
server exists, ``unavailable()`` says so and the table's row reads "not
available yet (no participants' server)".

To plug the load in once the server exists:

1. in ``start_load``, turn the server on in ``facilitator`` (the running
   ``FacilitatorApp``, in the benchmark's own process) and take its join
   address;
2. fill in ``PhoneLoad.start``/``stop``: PHONES clients, each connected for
   the whole measurement and posting NOTES_EACH notes spread over it, from a
   thread (or a child process) so that the app's event loop is not the one
   sending; count notes sent, confirmed and refused.

Every connection goes to 127.0.0.1 only (``PhoneLoad`` refuses any other
host), and every loop is bounded in count and time.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

PHONES = 40
NOTES_EACH = 10
LOOPBACK = "127.0.0.1"
NO_SERVER = "not available yet (no participants' server)"


def unavailable() -> str | None:
    """Why the phones cannot be simulated yet, or None once the app can serve them."""
    from facilitator.cli import app_parser

    if "--participants" not in app_parser()._option_string_actions:
        return NO_SERVER
    if not _WRITTEN:
        return (
            "not measured yet: the participants' server exists, bench/phones.py does not drive it"
        )
    return None


_WRITTEN = False  # set to True when PhoneLoad and start_load below are filled in


class PhoneLoad:
    """``phones`` simulated phones on the participants' server at ``join_url`` (loopback only)."""

    def __init__(self, join_url: str, phones: int = PHONES, notes_each: int = NOTES_EACH) -> None:
        host = urlsplit(join_url).hostname
        if host != LOOPBACK:
            raise ValueError(f"the phones connect to {LOOPBACK} only, not to {host!r}")
        self.join_url = join_url
        self.phones = phones
        self.notes_each = notes_each

    def start(self, seconds: float) -> None:
        """Connect every phone and start posting, spread over ``seconds``."""
        raise NotImplementedError("no participants' server yet (issue 10)")

    def stop(self) -> dict[str, int]:
        """Disconnect every phone; notes sent, confirmed and refused."""
        raise NotImplementedError("no participants' server yet (issue 10)")


def start_load(facilitator: Any, phones: int, seconds: float) -> PhoneLoad:
    """Turn on ``facilitator``'s participants' server and start ``phones`` phones on it."""
    raise NotImplementedError("no participants' server yet (issue 10)")
