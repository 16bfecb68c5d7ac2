"""The participants' site: a request in, its response out (pure).

:class:`Site` decides everything about a request: whether its host, its code
and its device's rates allow it, which page or action it names, and what to
answer. It reads the app through a :class:`Port` (the scene to show, the
commands to send), which the Qt adapter implements with the room's and the
session's named commands, so a phone is one more command source beside keys
and menus.

What a request may reach:

==========================  =====================================================
``/``, ``/join?code=``      the code's page (the same for every session), and the
                            way in: a right code goes to ``/r/CODE/``
``/style.css``              the pages' stylesheet (the same for every session)
``/r/CODE/…``               the room: the live page and its script, notes (form and
                            JSON), groups, feedback, the call to action
``/t/CODE/…``               the trainer's remote, behind its own, longer code
==========================  =====================================================

Anything else, and any wrong code, is the same plain 404: nothing about the
session is revealed. A device that keeps trying codes is refused (429) for a
while; so is one that sends too many requests, notes, feedback or downloads.
A request whose ``Host`` is not the address the server listens on is refused
(421, against DNS rebinding), and a form or script posting from another site
(``Origin``, ``Sec-Fetch-Site``) is refused (403).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Final, Literal, Protocol

from facilitator.participants import pages
from facilitator.participants.codes import same_code
from facilitator.participants.http import Request, Response, plain
from facilitator.participants.limits import Limits, RateLimiter
from facilitator.participants.messages import (
    BadMessage,
    NoteWish,
    ack,
    json_object,
    note_wish,
    refusal,
    valid_id,
)
from facilitator.participants.plan import PlanSheet, filename, plan_text, sheet_from
from facilitator.participants.views import (
    REMOTE_COMMANDS,
    RemoteView,
    Scene,
    group_choices,
    group_material,
    live_view,
    plan_section,
    plan_sections,
    remote_view,
)
from facilitator.participants.words import PhoneWords, phone_words
from facilitator.room.feedback import DEFAULT_SCALE, Feedback
from facilitator.room.notices import Notice, RoomError
from facilitator.room.wall import Note, Status, clean_note

HTML: Final = "text/html; charset=utf-8"
JSON: Final = "application/json; charset=utf-8"

Audience = Literal["room", "remote"]


class Port(Protocol):
    """What the site reads of the app and the commands it sends (the Qt adapter)."""

    def now(self) -> int:
        """The session clock's instant (ns), for the rate limits."""
        ...

    def scene(self) -> Scene:
        """What the pages show now."""
        ...

    def known_note(self, client_id: str) -> Note | None:
        """The note a phone already sent with this id (a retry), if any."""
        ...

    def add_note(self, wish: NoteWish, step: str) -> Note | Notice:
        """Put a participant's note on the wall (a known ``client_id``: the note it made)."""
        ...

    def give_feedback(self, score: int, text: str, client_id: str) -> Feedback | Notice:
        """A participant's quick feedback for this run."""
        ...

    def share_plan(self, sheet: PlanSheet, client_id: str) -> None:
        """A participant lets the trainer have their call to action."""
        ...

    def run_command(self, name: str) -> bool:
        """Run the named command as its key would; False when it cannot be run now."""
        ...

    def make_pdf(self, sheet: PlanSheet) -> bytes | None:
        """The sheet as a PDF (None: no PDF can be made here)."""
        ...


@dataclass(frozen=True)
class Asset:
    """A file the site serves: its bytes and type."""

    body: bytes
    content_type: str


@dataclass(frozen=True)
class Route:
    """Where a path leads: an area, the code it carries, and the rest of it."""

    area: Literal["entry", "join", "style", "room", "remote", "none"]
    code: str = ""
    rest: tuple[str, ...] = ()


def route(path: str) -> Route:
    """The route of a path (still percent-encoded). Each segment is decoded on its own, so
    an encoded ``/`` never makes a new segment; a segment with ``..``, a slash, a backslash
    or a control character leads nowhere."""
    if path == "/":
        return Route("entry")
    if not path.startswith("/"):
        return Route("none")
    raw = path[1:].split("/")
    segments = []
    for part in raw:
        try:
            segment = urllib.parse.unquote(part, errors="strict")
        except UnicodeDecodeError:
            return Route("none")
        if segment in (".", "..") or any(c in segment for c in "/\\") or not segment.isprintable():
            return Route("none")
        segments.append(segment)
    if segments == ["join"]:
        return Route("join")
    if segments == ["style.css"]:
        return Route("style")
    if len(segments) >= 2 and segments[0] in ("r", "t") and segments[1]:
        rest = tuple(segments[2:])
        if rest and rest[-1] == "":
            rest = rest[:-1]
        if "" in rest:
            return Route("none")
        return Route("room" if segments[0] == "r" else "remote", segments[1], rest)
    return Route("none")


class Site:
    """The participants' site, for one room code and one remote code."""

    def __init__(
        self,
        port: Port,
        room_code: str,
        remote_code: str,
        hosts: Collection[str],
        assets: Mapping[str, Asset],
        limits: Limits | None = None,
    ) -> None:
        self.port = port
        self.room_code = room_code
        self.remote_code = remote_code
        self.hosts = frozenset(h.lower() for h in hosts)
        self.assets = dict(assets)
        self.limits = limits = limits or Limits()
        self._requests = RateLimiter(limits.requests_per_minute)
        self._wrong = RateLimiter(limits.wrong_codes_per_minute)
        self._notes = RateLimiter(limits.notes_per_minute)
        self._all_notes = RateLimiter(limits.notes_per_minute_all, keys=1)
        self._feedback_rate = RateLimiter(limits.feedback_per_minute)
        self._downloads = RateLimiter(limits.downloads_per_minute)
        self._commands = RateLimiter(limits.commands_per_minute)
        self.refusals = 0  # requests refused (any 4xx), for the console and the tests

    @property
    def room_base(self) -> str:
        """The room's path: ``/r/CODE/``."""
        return f"/r/{self.room_code}/"

    @property
    def remote_base(self) -> str:
        """The remote's path: ``/t/CODE/``."""
        return f"/t/{self.remote_code}/"

    # --- the door ------------------------------------------------------------------------

    def respond(self, request: Request) -> Response:
        """The response to ``request``."""
        response = self._respond(request)
        if 400 <= response.status < 500:
            self.refusals += 1
        return response

    def _respond(self, request: Request) -> Response:
        if request.header("host").lower() not in self.hosts:
            return plain(421)
        now = self.port.now()
        if not self._requests.allow(request.peer, now):
            return self._too_many(self._requests, request.peer, now)
        place = route(request.path)
        if place.area == "entry":
            return self._get(request, lambda: _html(pages.entry_page()))
        if place.area == "style":
            return self._get(request, lambda: self._asset("style.css"))
        if place.area == "join":
            return self._join(request, now)
        if place.area == "none":
            return plain(404)
        audience = self._audience(place, request.peer, now)
        if isinstance(audience, Response):
            return audience
        if request.method == "POST" and not self._same_site(request):
            return plain(403)
        if audience == "room":
            return self._room(request, place.rest, now)
        return self._remote(request, place.rest, now)

    def _get(self, request: Request, answer: _Answer) -> Response:
        return answer() if request.method == "GET" else _not_allowed()

    def _join(self, request: Request, now: int) -> Response:
        if request.method != "GET":
            return _not_allowed()
        if self._wrong.left(request.peer, now) < 1:
            return self._too_many(self._wrong, request.peer, now)
        code = request.query.get("code", "")
        if same_code(code, self.room_code):
            return _redirect(self.room_base)
        self._wrong.allow(request.peer, now)
        return _html(pages.entry_page(wrong=True), 404)

    def _audience(self, place: Route, peer: str, now: int) -> Audience | Response:
        """Whose area the route's code opens, or the refusal (the same 404 for any wrong code)."""
        if self._wrong.left(peer, now) < 1:
            return self._too_many(self._wrong, peer, now)
        code = self.room_code if place.area == "room" else self.remote_code
        if same_code(place.code, code):
            return "room" if place.area == "room" else "remote"
        self._wrong.allow(peer, now)
        return plain(404)

    def live_audience(self, target: str, host: str, origin: str, peer: str) -> Audience | None:
        """Whom a live connection asked for at ``target`` is for, or None (refused)."""
        if host.lower() not in self.hosts or (origin and origin != f"http://{host.lower()}"):
            return None
        now = self.port.now()
        if not self._requests.allow(peer, now):
            return None
        place = route(target.split("?", 1)[0])
        if place.area not in ("room", "remote") or place.rest != ("live",):
            return None
        audience = self._audience(place, peer, now)
        return None if isinstance(audience, Response) else audience

    def _same_site(self, request: Request) -> bool:
        origin = request.header("origin")
        fetch_site = request.header("sec-fetch-site")
        if origin == "null":
            # A browser that hides the origin (a privacy setting) still says where the form
            # came from; without that, a hidden origin is not taken for ours.
            return fetch_site == "same-origin"
        if origin and origin != f"http://{request.header('host').lower()}":
            return False
        return fetch_site in ("", "same-origin", "none")

    def _too_many(self, limiter: RateLimiter, key: str, now: int) -> Response:
        wait = max(1, limiter.wait(key, now))
        return Response(429, b"Too Many Requests", headers=(("Retry-After", str(wait)),))

    def _asset(self, name: str) -> Response:
        asset = self.assets.get(name)
        if asset is None:
            return plain(404)
        return Response(200, asset.body, asset.content_type)

    # --- the room ---------------------------------------------------------------------------

    def _words(self, scene: Scene) -> PhoneWords:
        return phone_words(scene.language)

    def live_json(self) -> str:
        """What every participant's phone shows now, as its script receives it."""
        return live_view(self.port.scene()).to_json()

    def _room(self, request: Request, rest: tuple[str, ...], now: int) -> Response:
        method = request.method
        if rest in ((), ("app.js",), ("state",), ("groups",)) and method != "GET":
            return _not_allowed()
        if rest in (("note",), ("api", "note")) and method != "POST":
            return _not_allowed()
        if rest == ():
            return self._room_page(request)
        if rest == ("app.js",):
            return self._asset("app.js")
        if rest == ("state",):
            return Response(200, self.live_json().encode(), JSON)
        if rest == ("note",):
            return self._form_note(request, now)
        if rest == ("api", "note"):
            return self._json_note(request, now)
        if rest == ("groups",):
            return self._groups()
        if len(rest) == 2 and rest[0] == "groups" and rest[1].isdigit() and len(rest[1]) < 4:
            return self._group(int(rest[1])) if method == "GET" else _not_allowed()
        if rest == ("feedback",):
            return self._feedback(request, now)
        if rest == ("plan",):
            return self._plan(request, now)
        return plain(404)

    def _room_page(self, request: Request) -> Response:
        scene = self.port.scene()
        words = self._words(scene)
        sent = request.query.get("sent", "")
        message = {"pending": words.sent_waiting, "shown": words.sent_shown}.get(sent, "")
        page = pages.room_page(
            scene.agenda.title, self.room_base, live_view(scene), words, message=message
        )
        return _html(page)

    def _note(
        self, wish: NoteWish, request: Request, now: int
    ) -> Note | tuple[int, str, int | None]:
        """Post ``wish``: the note, or (status, the sentence why not, seconds to wait)."""
        known = self.port.known_note(wish.client_id)
        if known is not None:  # a retry after a lost answer: confirmed again, not counted
            return known
        scene = self.port.scene()
        words = self._words(scene)
        if not scene.posting_open:
            return 409, words.closed, None
        try:
            cleaned = clean_note(wish.text, self.limits.note_chars)
        except RoomError as error:  # empty or too long
            if error.notice.key == "note_too_long":
                count = len(wish.text.strip())
                return 422, words.too_long.format(limit=self.limits.note_chars, count=count), None
            return 422, words.empty, None
        for limiter, key in ((self._notes, request.peer), (self._all_notes, "all")):
            if not limiter.allow(key, now):
                seconds = max(1, limiter.wait(key, now))
                return 429, words.too_many.format(seconds=seconds), seconds
        chosen = NoteWish(
            wish.client_id, cleaned, wish.kind, wish.name if scene.posting.names else ""
        )
        result = self.port.add_note(chosen, scene.step_id)
        if isinstance(result, Note):
            return result
        if result.key == "wall_full":
            return 409, words.wall_full, None
        return 422, words.empty, None

    def _form_note(self, request: Request, now: int) -> Response:
        fields = request.form()
        try:
            wish = note_wish(fields)
        except BadMessage:
            return plain(400)
        result = self._note(wish, request, now)
        if isinstance(result, Note):
            sent = "pending" if result.status is Status.PENDING else "shown"
            return _redirect(f"{self.room_base}?sent={sent}")
        status, message, wait = result
        scene = self.port.scene()
        page = pages.room_page(
            scene.agenda.title,
            self.room_base,
            live_view(scene),
            self._words(scene),
            message=message,
            refused=True,
            text=wish.text,
            name=wish.name,
        )
        headers = (("Retry-After", str(wait)),) if wait is not None else ()
        return Response(status, page.encode(), HTML, headers)

    def _json_note(self, request: Request, now: int) -> Response:
        if request.header("content-type").split(";", 1)[0].strip().lower() != "application/json":
            return plain(415)
        try:
            wish = note_wish(json_object(request.body))
        except BadMessage:
            return Response(400, refusal("malformed").encode(), JSON)
        result = self._note(wish, request, now)
        if isinstance(result, Note):
            return Response(200, ack(wish.client_id, result.status.value).encode(), JSON)
        status, message, wait = result
        headers = (("Retry-After", str(wait)),) if wait is not None else ()
        return Response(status, refusal(message, wait).encode(), JSON, headers)

    def _groups(self) -> Response:
        scene = self.port.scene()
        page = pages.groups_page(
            scene.agenda.title,
            self.room_base,
            group_choices(scene),
            live_view(scene),
            self._words(scene),
        )
        return _html(page)

    def _group(self, number: int) -> Response:
        scene = self.port.scene()
        grouping = scene.room.grouping
        if grouping is None or grouping.group(number) is None:
            return plain(404)
        name = scene.room_words.group.format(number=number)
        page = pages.group_page(
            scene.agenda.title,
            self.room_base,
            name,
            group_material(scene, number),
            live_view(scene),
            self._words(scene),
        )
        return _html(page)

    def _feedback(self, request: Request, now: int) -> Response:
        scene = self.port.scene()
        words = self._words(scene)
        view = live_view(scene)

        def page(
            status: int = 200, message: str = "", refused: bool = False, text: str = ""
        ) -> Response:
            html = pages.feedback_page(
                scene.agenda.title,
                self.room_base,
                view,
                words,
                DEFAULT_SCALE,
                message=message,
                refused=refused,
                text=text,
            )
            return _html(html, status)

        if request.method == "GET":
            return page()
        fields = request.form()
        text = fields.get("text", "")
        try:
            client_id = valid_id(fields.get("id"))
        except BadMessage:
            return plain(400)
        score_text = fields.get("score", "")
        score = int(score_text) if score_text.isdigit() and len(score_text) < 3 else 0
        if not 1 <= score <= DEFAULT_SCALE:
            return page(422, words.bad_score.format(scale=DEFAULT_SCALE), True, text)
        if len(text.strip()) > self.limits.note_chars:
            message = words.too_long.format(limit=self.limits.note_chars, count=len(text.strip()))
            return page(422, message, True, text)
        if not self._feedback_rate.allow(request.peer, now):
            seconds = max(1, self._feedback_rate.wait(request.peer, now))
            return page(429, words.too_many.format(seconds=seconds), True, text)
        result = self.port.give_feedback(score, text, client_id)
        if isinstance(result, Notice):
            return page(422, words.bad_score.format(scale=DEFAULT_SCALE), True, text)
        return page(200, words.thanks)

    def _plan(self, request: Request, now: int) -> Response:
        scene = self.port.scene()
        words = self._words(scene)
        sections = plan_sections(scene.agenda)
        view = live_view(scene)
        if request.method == "GET":
            return _html(pages.plan_page(scene.agenda.title, self.room_base, sections, view, words))
        fields = request.form()
        section = plan_section(scene.agenda, fields.get("section", ""))
        if section is None:
            return plain(404)
        try:
            client_id = valid_id(fields.get("id"))
            sheet = sheet_from(section, fields, scene.language)
        except BadMessage:
            return plain(400)
        except ValueError:
            message = words.too_long.format(limit=self.limits.note_chars, count="…")
            page = pages.plan_page(
                scene.agenda.title,
                self.room_base,
                sections,
                view,
                words,
                message=message,
                answers=fields,
            )
            return _html(page, 422)
        if not self._downloads.allow(request.peer, now):
            seconds = max(1, self._downloads.wait(request.peer, now))
            page = pages.plan_page(
                scene.agenda.title,
                self.room_base,
                sections,
                view,
                words,
                message=words.too_many.format(seconds=seconds),
                answers=fields,
            )
            return _html(page, 429)
        if fields.get("share") == "on":
            self.port.share_plan(sheet, client_id)
        if fields.get("as") == "pdf":
            pdf = self.port.make_pdf(sheet)
            if pdf is None:
                return plain(503)
            return _attachment(pdf, "application/pdf", filename(sheet, "pdf"))
        text = plan_text(sheet).encode("utf-8")
        return _attachment(text, "text/plain; charset=utf-8", filename(sheet, "txt"))

    # --- the remote ---------------------------------------------------------------------------

    def remote_json(self) -> str:
        """What the trainer's remote shows now, as its script receives it."""
        return self._remote_view(self.port.scene()).to_json()

    def _remote_view(self, scene: Scene) -> RemoteView:
        words = self._words(scene)
        states = {
            "not_started": words.not_started,
            "paused": words.paused,
            "finished": words.finished,
        }
        return remote_view(scene, words.step_of, states)

    def _remote(self, request: Request, rest: tuple[str, ...], now: int) -> Response:
        method = request.method
        if rest in ((), ("remote.js",), ("state",)) and method != "GET":
            return _not_allowed()
        if rest == ():
            scene = self.port.scene()
            words = self._words(scene)
            answer = request.query.get("done", "")
            message = {"1": words.done, "0": words.refused}.get(answer, "")
            page = pages.remote_page(
                scene.agenda.title, self.remote_base, self._remote_view(scene), words, message
            )
            return _html(page)
        if rest == ("remote.js",):
            return self._asset("remote.js")
        if rest == ("state",):
            return Response(200, self.remote_json().encode(), JSON)
        if rest == ("command",) and method == "POST":
            done = self._command(request.form().get("name", ""), request.peer, now)
            if done is None:
                return plain(400)
            return _redirect(f"{self.remote_base}?done={int(done)}")
        if rest == ("api", "command") and method == "POST":
            try:
                name = json_object(request.body).get("name", "")
            except BadMessage:
                return plain(400)
            done = self._command(name if isinstance(name, str) else "", request.peer, now)
            if done is None:
                return plain(400)
            return Response(200, f'{{"ok": {str(done).lower()}}}'.encode(), JSON)
        return plain(404)

    def _command(self, name: str, peer: str, now: int) -> bool | None:
        """Run a remote's command: done, not done now (False), or not a command (None)."""
        if name not in REMOTE_COMMANDS:
            return None
        if not self._commands.allow(peer, now):
            return False
        return self.port.run_command(name)


class _Answer(Protocol):
    def __call__(self) -> Response: ...


def _html(page: str, status: int = 200) -> Response:
    return Response(status, page.encode("utf-8"), HTML)


def _redirect(location: str) -> Response:
    return Response(303, b"", "text/plain; charset=utf-8", (("Location", location),))


def _not_allowed() -> Response:
    return Response(405, b"Method Not Allowed", headers=(("Allow", "GET, POST"),))


def _attachment(body: bytes, content_type: str, name: str) -> Response:
    return Response(
        200, body, content_type, (("Content-Disposition", f'attachment; filename="{name}"'),)
    )


__all__ = ["Asset", "Audience", "Port", "Route", "Site", "route"]
