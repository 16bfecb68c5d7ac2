"""The JSON a page's script sends and what it gets back (pure).

A phone's script posts a note as ``{"id": "...", "text": "...", "kind":
"note", "name": ""}`` and gets ``{"ok": true, "id": "...", "status":
"pending"}`` back, or ``{"ok": false, "error": "a sentence", "retry": 12}``
(seconds, when it may try again; absent when trying again will not help).
The ``id`` is the phone's own for the note: sent again after a lost answer it
finds the note already there, so a retry is never a second note. The live
connection only ever receives (:class:`~facilitator.participants.views.LiveView`,
:class:`~facilitator.participants.views.RemoteView` as JSON); what a phone
sends on it is read as nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Final

from facilitator.room.wall import CLIENT_ID_LIMIT, Kind

#: The kinds of note a phone may post.
PHONE_KINDS: Final = frozenset({Kind.NOTE.value, Kind.COMMITMENT.value, Kind.INSIGHT.value})
#: The longest name a note may carry.
NAME_LIMIT: Final = 60
_ID = re.compile(rf"^[A-Za-z0-9_-]{{1,{CLIENT_ID_LIMIT}}}$")


class BadMessage(ValueError):
    """A message that is not what the page's script sends (malformed, wrong types)."""


@dataclass(frozen=True)
class NoteWish:
    """A note as a phone sent it, checked for shape (its text is checked by the wall)."""

    client_id: str
    text: str
    kind: Kind = Kind.NOTE
    name: str = ""


def valid_id(value: object) -> str:
    """A phone's id for a note or feedback: letters, digits, ``-`` and ``_``, not too long."""
    if not isinstance(value, str) or not _ID.match(value):
        raise BadMessage("id")
    return value


def note_wish(fields: dict[str, Any]) -> NoteWish:
    """A note from a form's or a script's fields; :class:`BadMessage` if they are malformed."""
    text = fields.get("text", "")
    name = fields.get("name", "")
    kind = fields.get("kind", Kind.NOTE.value) or Kind.NOTE.value
    if not isinstance(text, str) or not isinstance(name, str) or not isinstance(kind, str):
        raise BadMessage("types")
    if kind not in PHONE_KINDS:
        raise BadMessage("kind")
    return NoteWish(
        valid_id(fields.get("id")), text, Kind(kind), " ".join(name.split())[:NAME_LIMIT]
    )


def json_object(body: bytes) -> dict[str, Any]:
    """A request body that must be one JSON object; :class:`BadMessage` otherwise."""
    try:
        value = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BadMessage("json") from error
    if not isinstance(value, dict):
        raise BadMessage("object")
    return value


def ack(client_id: str, status: str) -> str:
    """The answer to a note that is on the wall (or waits for release)."""
    return json.dumps({"ok": True, "id": client_id, "status": status})


def refusal(error: str, retry: int | None = None) -> str:
    """The answer to a note that was refused: the sentence to show, and when to try again."""
    body: dict[str, object] = {"ok": False, "error": error}
    if retry is not None:
        body["retry"] = retry
    return json.dumps(body, ensure_ascii=False)
