"""What a phone shows now, from the app's pure values (pure).

The Qt adapter hands the site a :class:`Scene` (the agenda, the run's
snapshot, what the projector shows, the room, the posting rules) whenever a
page is asked for; everything here is a function of it. :func:`live_view` is
what a participant's phone shows (the projected slide as HTML, whether and
what they may post, whether groups and feedback are there), the same value
for the page and for its script's live updates; :func:`remote_view` is the
trainer's remote (the countdown, the step and its instructions).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Final

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.model import Fragment, Handout, Section
from facilitator.agenda.slides import Slide
from facilitator.engine.snapshot import RunState, SessionSnapshot
from facilitator.participants.markdown import escape, inline, to_html
from facilitator.projection.projection import Projection
from facilitator.room.deal import Deal
from facilitator.room.state import RoomState
from facilitator.room.views import group_views
from facilitator.room.wall import Kind
from facilitator.room.words import Words
from facilitator.timefmt import countdown

#: The remote's commands, by the name they have in the app (``ui/actions.COMMANDS``).
REMOTE_COMMANDS: Final = (
    "previous_item",
    "next_item",
    "toggle_running",
    "remove_minute",
    "add_minute",
    "toggle_blank",
    "next_step",
)


@dataclass(frozen=True)
class Posting:
    """The trainer's rules for notes from phones: where posting is closed, whether names
    are asked for."""

    closed_steps: frozenset[str] = frozenset()
    names: bool = False

    def open_in(self, step: str) -> bool:
        """Whether phones may post notes in ``step``."""
        return step not in self.closed_steps

    def toggled(self, step: str) -> Posting:
        """The rules with posting in ``step`` opened if it was closed, else closed."""
        closed = self.closed_steps ^ {step}
        return Posting(frozenset(closed), self.names)


@dataclass(frozen=True)
class Scene:
    """Everything the pages show at one moment, as the app has it."""

    agenda: Agenda
    snapshot: SessionSnapshot
    projection: Projection | None  # None while the projector shows black
    room: RoomState
    room_words: Words
    posting: Posting = Posting()

    @property
    def language(self) -> str:
        """The session's language."""
        return self.agenda.session.language

    @property
    def step_id(self) -> str:
        """The current step's id."""
        return self.snapshot.step_id

    @property
    def posting_open(self) -> bool:
        """Whether phones may post now: open in this step, and the session not over."""
        return self.posting.open_in(self.step_id) and self.snapshot.state is not RunState.FINISHED


def slide_html(slide: Slide) -> str:
    """A projected slide as an HTML fragment: title, body, panels, closing (all escaped)."""
    parts = []
    if slide.title:
        parts.append(f"<h2>{escape(slide.title)}</h2>")
    if slide.subtitle:
        parts.append(f'<p class="subtitle">{escape(slide.subtitle)}</p>')
    if slide.body.strip():
        parts.append(to_html(slide.body))
    for panel in slide.panels:
        accent = f'<p class="accent">{escape(panel.accent)}</p>' if panel.accent else ""
        title = f"<h3>{escape(panel.title)}</h3>" if panel.title else ""
        parts.append(f'<section class="panel">{accent}{title}{to_html(panel.body)}</section>')
    if slide.closing.strip():
        parts.append(to_html(slide.closing))
    return "\n".join(parts)


@dataclass(frozen=True)
class LiveView:
    """What a participant's phone shows now."""

    screen: str  # the projected slide as HTML ("" while the projector shows black)
    posting: bool  # notes may be posted
    kind: str  # the kind of note a post makes: a note, or a commitment under a prompt
    prompt: str  # the projected prompt ("Ik zal..."), as the form's hint
    names: bool  # the trainer asks for names
    groups: bool  # there are groups to pick from
    feedback: bool  # feedback is the thing to give now (the last step, or the end)
    plan: bool  # the session has a template to fill in

    def to_json(self) -> str:
        """The view as the JSON its script receives (keys in a fixed order)."""
        return json.dumps({"type": "live", **asdict(self)}, ensure_ascii=False)


def live_view(scene: Scene) -> LiveView:
    """What a participant's phone shows for ``scene``."""
    projection = scene.projection
    slide = projection.slide if projection is not None else None
    prompt = slide.title if slide is not None and slide.kind == "prompt" else ""
    snap = scene.snapshot
    last = snap.index == snap.step_count - 1
    return LiveView(
        screen=slide_html(slide) if slide is not None else "",
        posting=scene.posting_open,
        kind=(Kind.COMMITMENT if prompt else Kind.NOTE).value,
        prompt=prompt,
        names=scene.posting.names,
        groups=scene.room.grouping is not None,
        feedback=last or snap.state is RunState.FINISHED,
        plan=bool(plan_sections(scene.agenda)),
    )


# --- groups ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupChoice:
    """One group a participant can pick: its number and how the projector names it."""

    number: int
    label: str  # "Groep 3 · 4 personen" (no names: the list is for anyone in the room)


def group_choices(scene: Scene) -> list[GroupChoice]:
    """The groups of the current grouping, in number order."""
    return [GroupChoice(v.number, v.label) for v in group_views(scene.room, scene.room_words)]


@dataclass(frozen=True)
class GroupMaterial:
    """What one group was given from one hand-out, with the hand-out's guiding questions."""

    handout: str  # the hand-out's title
    fragments: tuple[Fragment, ...]
    questions: tuple[str, ...]


def group_material(scene: Scene, number: int) -> list[GroupMaterial]:
    """What group ``number`` was given (each hand-out dealt to it), latest deal first."""
    grouping = scene.room.grouping
    if grouping is None or grouping.group(number) is None:
        return []
    found = []
    for deal in reversed(grouping.deals):
        handout = scene.agenda.handout(deal.handout)
        if handout is None:
            continue
        fragments = _dealt(handout, deal, number)
        if fragments:
            found.append(GroupMaterial(handout.title, fragments, tuple(handout.questions)))
    return found


def _dealt(handout: Handout, deal: Deal, number: int) -> tuple[Fragment, ...]:
    pool = handout.documents if deal.material == "documents" else handout.cards
    given = set(deal.of(number))
    return tuple(f for f in pool if f.id in given)


def fragment_html(fragment: Fragment) -> str:
    """A card or document: its title and text (escaped)."""
    title = f"<h3>{escape(fragment.title)}</h3>"
    return f'<section class="panel">{title}{to_html(fragment.text)}</section>'


# --- the call to action --------------------------------------------------------------------


def plan_sections(agenda: Agenda) -> list[Section]:
    """The templates a participant can fill in on the phone (sections with phases)."""
    from facilitator.printouts.templates import all_templates

    return all_templates(agenda)


def plan_section(agenda: Agenda, section_id: str) -> Section | None:
    """The template with this id, if the session has it."""
    return next((s for s in plan_sections(agenda) if s.id == section_id), None)


# --- the remote ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RemoteView:
    """What the trainer's remote shows now."""

    step: str  # "Stap 3 van 6"
    title: str  # the step's title (plain)
    clock: str  # "12:30", "+0:35"
    phase: str  # normal, warning, danger, overtime
    state: str  # not_started, running, paused, finished
    state_text: str  # "gepauzeerd", ""
    item: str  # what the projector shows, in words
    blank: bool
    instructions: str  # the step's instructions as HTML

    def to_json(self) -> str:
        """The view as the JSON the remote's script receives."""
        return json.dumps({"type": "remote", **asdict(self)}, ensure_ascii=False)


def remote_view(scene: Scene, step_of: str, states: dict[str, str]) -> RemoteView:
    """The remote's view of ``scene``; ``step_of`` is "Step {n} of {m}", ``states`` the words
    for a session that is not running (by :class:`RunState` value)."""
    snap = scene.snapshot
    step = scene.agenda.steps[snap.index]
    projection = scene.projection
    item = projection.slide.label if projection is not None else ""
    clock = countdown(snap.display_seconds)
    return RemoteView(
        step=step_of.format(n=snap.index + 1, m=snap.step_count),
        title=step.title,
        clock=clock,
        phase=snap.phase.value,
        state=snap.state.value,
        state_text=states.get(snap.state.value, ""),
        item=item,
        blank=projection is None,
        instructions=to_html(step.instructions),
    )


__all__ = ["REMOTE_COMMANDS", "LiveView", "Posting", "RemoteView", "Scene", "inline"]
