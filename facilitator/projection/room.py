"""The room's screens as slides the projector draws: groups, dealt material, a turn (pure).

Each builder turns the room's state into a :class:`~facilitator.agenda.slides.Slide`
in the session's words (:mod:`facilitator.room.words`), so the projector's
fitting and paging (body text at least 1/30 of the height, pages when it does
not fit) apply to them as to any item:

- the groups: a grid of panels, one per group, titled "Groep 3 · 4 personen"
  ("Groep 4 · drietal" for the trio among pairs), with the names below when the
  trainer gave names;
- the dealt material: the same grid titled "Groep 2: Kaart C + Kaart D", or one
  line "Elke groep: Document A + Document B + Document C" above the groups when
  every group got everything;
- the wall: its notes the room may see (of the current step, or of the whole
  run in a step without any), newest first as a grid of sticky notes, or a
  panel per theme with its notes as a list;
- a turn: the group whose turn it is (or comes next), its members, "Beurt 3 van 6"
  and who is next. Its own countdown changes every second, so it is not in the
  slide: :func:`turn_clock` gives it, and the canvas draws it live beside the
  slide, as it draws the step's timer.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.agenda.slides import Panel, Slide
from facilitator.i18n import translate
from facilitator.markup import bullets, literal
from facilitator.projection.projection import TurnMark
from facilitator.room.deal import Deal, short_title
from facilitator.room.state import RoomState
from facilitator.room.turns import TurnRound, TurnState, shown_seconds
from facilitator.room.views import GroupView, group_views
from facilitator.room.wall import Note, Wall, grouped, newest_first, shown_notes
from facilitator.room.words import Words
from facilitator.timefmt import countdown

#: Slide kinds of the room's screens (the canvas gives a turn's clock its own area).
GROUPS_KIND = "groups"
TURN_KIND = "turn"


def _plain(text: str) -> str:
    """A name or title as Markdown that shows it as written (``*`` or ``#`` in a name stays)."""
    return literal(text.replace("\n", " "))


def _lines(texts: list[str] | tuple[str, ...]) -> str:
    """Texts one per line, as Markdown that shows each as written."""
    return literal("\n".join(t.replace("\n", " ") for t in texts))


def _keep(text: str) -> str:
    """``text`` that never breaks across lines ("Groep 3", "Kaart C", "4 personen")."""
    return text.replace(" ", "\u00a0")


#: Up to this many groups the grid has at most three columns, wide enough for a group's
#: label on one line at the floor; more groups get four, and the label may break after "·".
ONE_LINE_LABELS = 12


def _label(view: GroupView, words: Words, count: int) -> str:
    """A group's label, "Groep 3 · 4 personen", on one line (in a grid of four columns it
    may break after its name)."""
    label = _keep(words.summary.format(group=view.title, size=view.count))
    if count <= ONE_LINE_LABELS:
        return label
    size = label.rfind(_keep(view.count))
    if size > 0 and label[size - 1] == "\u00a0":  # the one break: just before the size
        label = label[: size - 1] + " " + label[size:]
    return label


def _material(fragments: tuple[str, ...], titles: dict[str, str], words: Words) -> str:
    """The material's short names, "Kaart C + Kaart D", each kept on one line.

    Two names are kept together too, so that "Groep 2: Kaart C + Kaart D" breaks,
    if it must, after the group.
    """
    join = _keep(words.join) if len(fragments) <= 2 else words.join
    return join.join(_keep(short_title(titles.get(f, f))) for f in fragments)


def _named(state: RoomState) -> bool:
    """Whether the trainer gave names (else people are only counted, and no names show)."""
    return any(p.name for p in state.people)


def _panel(view: GroupView, title: str, named: bool, *, compact: bool = False) -> Panel:
    """A group's panel: its title and its people, one per line (or in a line, ``compact``)."""
    if not named:
        return Panel(title=title, body="")
    return Panel(title=title, body=_plain(", ".join(view.names)) if compact else _lines(view.names))


def groups_slide(state: RoomState, words: Words) -> Slide | None:
    """The groups as a grid of panels, in number order; None when there are no groups."""
    views = group_views(state, words)
    if not views:
        return None
    named = _named(state)
    panels = tuple(_panel(v, _label(v, words, len(views)), named) for v in views)
    return Slide(
        GROUPS_KIND,
        title=words.groups_title,
        panels=panels,
        label=translate("Room", "Groups ({count})").format(count=len(views)),
        language=words.language,
    )


def latest_deal(state: RoomState) -> Deal | None:
    """The material dealt last to the current groups, if any was."""
    grouping = state.grouping
    return grouping.deals[-1] if grouping is not None and grouping.deals else None


def dealt_slide(state: RoomState, words: Words) -> Slide | None:
    """What each group was given; None when nothing was dealt to the current groups."""
    deal = latest_deal(state)
    if deal is None:
        return None
    views = group_views(state, words)
    named = _named(state)
    titles = deal.titles()
    label = translate("Room", "Dealt: {handout}").format(handout=deal.handout_title or deal.handout)
    if deal.per_group is None:
        material = _material(deal.of(views[0].number) if views else (), titles, words)
        return Slide(
            GROUPS_KIND,
            title=deal.handout_title or deal.handout,
            body=_plain(words.dealt_all.format(material=material)),
            panels=tuple(
                _panel(v, _label(v, words, len(views)), named, compact=True) for v in views
            ),
            label=label,
            language=words.language,
        )
    # What each group got leads its panel; the people follow in a line (the groups
    # screen lists them one per line).
    panels = tuple(
        _panel(
            v,
            words.dealt.format(
                group=_keep(v.title), material=_material(deal.of(v.number), titles, words)
            ),
            named,
            compact=True,
        )
        for v in views
    )
    return Slide(
        GROUPS_KIND,
        title=deal.handout_title or deal.handout,
        panels=panels,
        label=label,
        language=words.language,
    )


@dataclass(frozen=True)
class TurnPicture:
    """A turn screen: its slide, and the turn whose countdown is drawn beside it."""

    slide: Slide
    mark: TurnMark | None  # None once every group has had its turn


def turn_picture(state: RoomState, step: str, words: Words) -> TurnPicture | None:
    """The turn screen of ``step``: whose turn it is (or is next) and who follows.

    None when the step has no turns. The picture changes only when a turn
    starts, ends or is added; its clock is :func:`turn_clock`'s.
    """
    turns = state.round(step)
    if turns is None:
        return None
    index = turns.current
    ready = index is None
    if ready:
        index = turns.next_waiting
    if index is None:
        done = translate("Room", "Turns: all done")
        return TurnPicture(
            Slide(TURN_KIND, title=words.turns_done, label=done, language=words.language), None
        )
    turn = turns.turns[index]
    views = {v.number: v for v in group_views(state, words)}
    view = views.get(turn.group)
    title = view.title if view is not None else words.group.format(number=turn.group)
    count = words.turn_count.format(number=index + 1, count=len(turns.turns))
    heading = words.turn_ready if ready else words.turn_now
    names = _lines(view.names) if view is not None and _named(state) else ""
    following = _following(turns, index)
    after = words.group.format(number=following) if following is not None else ""
    slide = Slide(
        TURN_KIND,
        title=title,
        subtitle=f"{heading} · {count}",
        body=names,
        closing=_plain(words.turn_next.format(group=after)) if after else "",
        label=translate("Room", "Turn {number} of {count}: {title}").format(
            number=index + 1, count=len(turns.turns), title=title
        ),
        language=words.language,
    )
    return TurnPicture(slide, TurnMark(step, index))


def _following(turns: TurnRound, index: int) -> int | None:
    """The group of the first waiting turn after turn ``index``."""
    for turn in turns.turns[index + 1 :]:
        if turn.state is TurnState.WAITING:
            return turn.group
    return None


@dataclass(frozen=True)
class TurnClock:
    """A turn's own countdown as shown: digits, the word under them, and how it stands."""

    text: str  # "1:45", "+0:35"
    caption: str  # "nog", "uitloop", "gepauzeerd", "spreektijd"
    over: bool  # past its time: drawn in the danger colour, with the word
    running: bool


def turn_clock(state: RoomState, mark: TurnMark, now: int, words: Words) -> TurnClock | None:
    """The countdown of the turn ``mark`` names at ``now``; None if it is gone."""
    turns = state.round(mark.step)
    if turns is None or not 0 <= mark.index < len(turns.turns):
        return None
    turn = turns.turns[mark.index]
    remaining = turn.remaining(now)
    # As the step's countdown: time is up the instant it shows 0:00.
    over = turn.started is not None and remaining <= 0
    state_now = turn.state
    if state_now is TurnState.WAITING:
        caption = words.turn_waiting
    elif state_now is TurnState.PAUSED:
        caption = words.turn_paused
    elif over:
        caption = words.turn_overrun
    else:
        caption = words.turn_left
    running = state_now is TurnState.RUNNING
    return TurnClock(countdown(shown_seconds(remaining)), caption, over, running)


# --- the wall ---------------------------------------------------------------------------

#: Slide kinds of the wall: its notes as sticky notes (newest first), or a panel per theme.
WALL_KIND = "wall"
WALL_THEMES_KIND = "wall-themes"


def wall_notes(wall: Wall, step: str | None) -> list[Note]:
    """The notes a wall screen shows: those of ``step`` the room may see, or, in a step
    without any (the closing step, say) or for ``step`` None, every note of the run the
    room may see."""
    notes = shown_notes(wall, step) if step is not None else []
    return notes if notes else shown_notes(wall)


def _note_count(count: int, words: Words) -> str:
    return words.one_note if count == 1 else words.notes.format(count=count)


def wall_slide(wall: Wall, step: str | None, words: Words, *, by_theme: bool) -> Slide | None:
    """The wall as the room sees it; None when it has no note the room may see.

    Newest first: a grid of sticky notes, each note its own panel, the newest
    on the first page. By theme: a panel per theme, named, with its notes as
    a list (oldest first, as they were put together), then the notes in no
    theme under "Overige". Notes are plain text: each shows as written.
    """
    notes = wall_notes(wall, step)
    if not notes:
        return None
    count = _note_count(len(notes), words)
    if by_theme:
        groups = grouped(wall, notes)
        panels = tuple(
            Panel(
                title=group.theme.name if group.theme is not None else words.unthemed,
                body=bullets([n.signed for n in group.notes]),
            )
            for group in groups
        )
        themes = sum(group.theme is not None for group in groups)
        return Slide(
            WALL_THEMES_KIND,
            title=words.wall_title,
            subtitle=count,
            panels=panels,
            label=translate("Room", "The wall by theme ({notes} notes, {themes} themes)").format(
                notes=len(notes), themes=themes
            ),
            language=words.language,
        )
    panels = tuple(Panel(title="", body=literal(n.signed)) for n in newest_first(notes))
    return Slide(
        WALL_KIND,
        title=words.wall_title,
        subtitle=count,
        panels=panels,
        label=translate("Room", "The wall ({notes} notes, newest first)").format(notes=len(notes)),
        language=words.language,
    )
