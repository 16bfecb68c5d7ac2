"""A pure stand-in for the app behind the participants' site: a real agenda, run and room."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.agenda.slides import step_slides
from facilitator.engine.session import SessionRun
from facilitator.participants.http import Request
from facilitator.participants.messages import NoteWish
from facilitator.participants.plan import PlanSheet
from facilitator.participants.site import Site
from facilitator.participants.views import REMOTE_COMMANDS, Posting, Scene
from facilitator.projection.projection import Projection
from facilitator.room.feedback import Feedback
from facilitator.room.notices import Notice, RoomError
from facilitator.room.room import Room
from facilitator.room.wall import Note, Source

BUNDLE = Path(__file__).resolve().parents[2] / "agendas" / "steam-coach"
SESSION_2 = BUNDLE / "sessie-2-diversiteit-op-de-werkplek.yaml"
SECOND = 1_000_000_000
ROOM = "ABCDEF"
REMOTE = "ABCDEFGHJKMNPQRS"
HOST = "127.0.0.1:8765"


@cache
def agenda_2() -> Agenda:
    """The bundled session 2 (groups, a deal, an "Ik zal..." prompt, the call to action)."""
    return load_agenda(SESSION_2)


class FakePort:
    """The app as the site sees it: commands go to a real run and room, time is set by hand."""

    def __init__(self, agenda: Agenda | None = None, *, auto_release: bool = False) -> None:
        self.agenda = agenda or agenda_2()
        self.run = SessionRun(self.agenda)
        self.run.start(0)
        self.room = Room(self.agenda.session.language)
        self.room.set_auto_release(auto_release, 0)
        self.t = 0
        self.blank = False
        self.commands: list[str] = []
        self.shared: list[PlanSheet] = []

    def now(self) -> int:
        return self.t

    @property
    def posting(self) -> Posting:
        """The posting rules, as the run's room holds them (as the app's port reads them)."""
        wall = self.room.state.wall
        return Posting(wall.closed_steps, wall.ask_names)

    @posting.setter
    def posting(self, rules: Posting) -> None:
        wall = self.room.state.wall
        for step in wall.closed_steps ^ rules.closed_steps:
            self.room.set_posting(step, rules.open_in(step), self.t)
        self.room.ask_names(rules.names, self.t)

    def scene(self) -> Scene:
        step = self.run.step
        slides = step_slides(self.agenda, step)
        slide = slides[min(self.run.item_index, len(slides) - 1)]
        projection = None if self.blank else Projection(slide, step.title)
        return Scene(
            self.agenda,
            self.run.snapshot(self.t),
            projection,
            self.room.state,
            self.room.words,
            self.posting,
        )

    def known_note(self, client_id: str) -> Note | None:
        return self.room.state.wall.by_client_id(client_id)

    def add_note(self, wish: NoteWish, step: str) -> Note | Notice:
        try:
            return self.room.add_note(
                wish.text,
                self.t,
                step=step,
                source=Source.PARTICIPANT,
                kind=wish.kind,
                client_id=wish.client_id,
                name=wish.name,
            )
        except RoomError as error:
            return error.notice

    def give_feedback(self, score: int, text: str, client_id: str) -> Feedback | Notice:
        try:
            return self.room.give_feedback(score, self.t, text=text, client_id=client_id)
        except RoomError as error:
            return error.notice

    def share_plan(self, sheet: PlanSheet, client_id: str) -> None:
        self.shared.append(sheet)

    def run_command(self, name: str) -> bool:
        assert name in REMOTE_COMMANDS
        self.commands.append(name)
        if name == "next_step":
            return self.run.next_step(self.t)
        if name == "next_item":
            return self.run.next_item(self.t)
        return True

    def make_pdf(self, sheet: PlanSheet) -> bytes | None:
        return None

    def go_to_step(self, step_id: str) -> None:
        index = next(i for i, s in enumerate(self.agenda.steps) if s.id == step_id)
        self.run.go_to_step(index, self.t)


def make_site(port: FakePort | None = None) -> tuple[Site, FakePort]:
    """A site for ``port`` with the room code :data:`ROOM` and the remote code :data:`REMOTE`."""
    from facilitator.participants.assets import site_assets

    port = port or FakePort()
    return Site(port, ROOM, REMOTE, {HOST}, site_assets()), port


def get(path: str, *, peer: str = "10.0.0.2", **headers: str) -> Request:
    """A GET request as a phone sends it."""
    return Request("GET", path, {"host": HOST, **headers}, b"", peer)


def post(
    path: str,
    body: bytes | str,
    *,
    kind: str = "application/x-www-form-urlencoded",
    peer: str = "10.0.0.2",
    **headers: str,
) -> Request:
    """A POST request as a phone's form or script sends it."""
    data = body.encode() if isinstance(body, str) else body
    head = {"host": HOST, "content-type": kind, "origin": f"http://{HOST}", **headers}
    return Request("POST", path, head, data, peer)
