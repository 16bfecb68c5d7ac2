"""Checks on agenda files beyond what the models express.

The models check each value on its own; these rules look across values: the
steps add up to the duration, ids are unique (within a file and across the
library files a session uses), every reference names something that exists,
and warning and danger thresholds leave time in order. Each problem found is
recorded on the :class:`ParsedFile` it belongs to, at its place in the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path

from facilitator.agenda.audience import heading_key, headings
from facilitator.agenda.errors import (
    Loc,
    did_you_mean,
    entry_label,
    format_minutes,
    format_number,
)
from facilitator.agenda.groupsize import SAME
from facilitator.agenda.model import (
    CardItem,
    CardsItem,
    DocumentItem,
    Handout,
    HandoutItem,
    Library,
    Section,
    SectionItem,
    Session,
    Step,
    Timing,
)
from facilitator.agenda.yaml_source import ParsedFile


def check_session(parsed: ParsedFile, session: Session, library_sections: set[str] | None) -> None:
    """Rules the models cannot express: sums, unique ids, references, thresholds.

    ``library_sections`` is None when a library file failed to load, so that a
    section reference is not reported missing because of that.
    """
    total = sum(step.minutes for step in session.steps)
    if abs(total - session.duration) > 1e-6:
        parsed.issue(
            (),
            f"duration is {format_minutes(session.duration)} but the steps add up to "
            f"{format_number(total)}",
            parsed.lines.get(("duration",)),
            at=("duration",),
        )
    _check_unique(parsed, ("steps",), (s.id for s in session.steps))
    _check_unique(parsed, ("handouts",), (h.id for h in session.handouts))
    _check_unique(parsed, ("sections",), (s.id for s in session.sections))
    _check_trainer_parts(parsed, session.sections)
    for h, handout in enumerate(session.handouts):
        seen: dict[str, str] = {}
        for kind in ("documents", "cards"):
            for f, fragment in enumerate(getattr(handout, kind)):
                label = entry_label(kind, f)
                if fragment.id in seen:
                    parsed.issue(
                        ("handouts", h, kind, f, "id"),
                        f"the id '{fragment.id}' is used twice in this hand-out: "
                        f"also by {seen[fragment.id]}",
                    )
                seen.setdefault(fragment.id, label)
    timing = session.timing or Timing()
    if timing.warning is not None and timing.danger is not None and timing.danger > timing.warning:
        parsed.issue(
            ("timing", "danger"),
            f"danger at {format_minutes(timing.danger)} left comes before warning at "
            f"{format_minutes(timing.warning)} left; danger must be at most the warning",
        )
    names = _Names(session, library_sections)
    for i, step in enumerate(session.steps):
        if step.min_minutes is not None and step.min_minutes > step.minutes:
            parsed.issue(
                ("steps", i, "min_minutes"),
                f"is {format_number(step.min_minutes)}, more than the step's "
                f"{format_minutes(step.minutes)}",
            )
        _check_timing(parsed, session, i, step)
        _check_references(parsed, names, i, step)
    _check_room(parsed, session)


def check_library(parsed: ParsedFile, library: Library) -> None:
    """The ids of a library file's sections and checklists are unique within it."""
    _check_unique(parsed, ("sections",), (s.id for s in library.sections))
    _check_unique(parsed, ("checklists",), (c.id for c in library.checklists))
    _check_trainer_parts(parsed, library.sections)


def check_shared(parsed: ParsedFile, key: str, ids: list[str], earlier: dict[str, Path]) -> None:
    """Ids must be unique across the library files a session uses, too.

    ``earlier`` maps each id seen so far to its file; this file's ids are added.
    """
    for index, ident in enumerate(ids):
        other = earlier.get(ident)
        if other is not None and other != parsed.file:
            parsed.issue(
                (key, index, "id"),
                f"the id '{ident}' is also used in library file {other.name}",
            )
    for ident in ids:
        earlier.setdefault(ident, parsed.file)


def _check_unique(parsed: ParsedFile, list_loc: Loc, ids: Iterable[str]) -> None:
    """Report every id of the list at ``list_loc`` that an earlier entry already has."""
    first: dict[str, int] = {}
    for index, ident in enumerate(ids):
        if ident not in first:
            first[ident] = index
            continue
        earlier = (*list_loc, first[ident])
        label = entry_label(str(list_loc[-1]), first[ident])
        parsed.issue(
            (*list_loc, index, "id"),
            f"the id '{ident}' is used twice: also by {label} "
            f"(line {parsed.line_of((*earlier, 'id'))})",
        )


def _check_timing(parsed: ParsedFile, session: Session, index: int, step: Step) -> None:
    """Warning and danger, from the step, else the session, else 20% and 10% of the step."""
    base: Loc = ("steps", index)
    values: dict[str, tuple[float, str]] = {}
    for name, share in (("warning", 0.2), ("danger", 0.1)):
        own = getattr(step.timing, name) if step.timing else None
        shared = getattr(session.timing, name) if session.timing else None
        if own is not None:
            values[name] = (own, "step")
        elif shared is not None:
            values[name] = (shared, "session")
        else:
            values[name] = (share * step.minutes, "default")
    (warning, w_from), (danger, d_from) = values["warning"], values["danger"]
    source = {"step": "", "session": "the session's ", "default": "the default "}
    if w_from != "default" and warning >= step.minutes:
        loc = (*base, "timing", "warning") if w_from == "step" else (*base, "minutes")
        parsed.issue(
            loc,
            f"{source[w_from]}warning at {format_minutes(warning)} left is not less "
            f"than the step's {format_minutes(step.minutes)}",
        )
    # A session-wide pair that is wrong is reported once, at the session's timing.
    if danger > warning and not (w_from == d_from == "session"):
        loc = (*base, "timing", "danger") if "step" in (w_from, d_from) else base
        parsed.issue(
            loc,
            f"{source[d_from]}danger at {format_minutes(danger)} left comes before "
            f"{source[w_from]}warning at {format_minutes(warning)} left; "
            "danger must be at most the warning",
        )


# --- references ----------------------------------------------------------------


class _Names:
    """The ids a session's references may name, looked up once per file."""

    def __init__(self, session: Session, library_sections: set[str] | None) -> None:
        self.handouts: dict[str, list[str]] = {}
        for handout in session.handouts:  # the first of a duplicated id, like Agenda.handout()
            fragments = [f.id for f in (*handout.documents, *handout.cards)]
            self.handouts.setdefault(handout.id, fragments)
        self.fragments = {h: set(ids) for h, ids in self.handouts.items()}
        self.sections: list[str] | None = None
        if library_sections is not None:
            own = [s.id for s in session.sections]
            self.sections = own + sorted(library_sections - set(own))
        self.section_set = set(self.sections or ())


def _missing(kind: str, ident: str, known: list[str], where: str) -> str:
    message = f"there is no {kind} '{ident}' {where}"
    guess = did_you_mean(ident, known)
    if guess is not None:
        return f"{message} (did you mean '{guess}'?)"
    if not known:
        return f"{message}: there are none"
    if len(known) <= 8:
        return f"{message}; there are: {', '.join(known)}"
    return message


def _check_references(parsed: ParsedFile, names: _Names, index: int, step: Step) -> None:
    """Every hand-out, document, card and section a step projects must exist."""
    handout_ids = list(names.handouts)

    def fragment(loc: Loc, ref: str) -> None:
        handout_id, _, fragment_id = ref.partition("/")
        if handout_id not in names.handouts:
            parsed.issue(
                loc, partial(_missing, "hand-out", handout_id, handout_ids, "in this file")
            )
        elif fragment_id not in names.fragments[handout_id]:
            ids = names.handouts[handout_id]
            where = f"in hand-out '{handout_id}'"
            parsed.issue(loc, partial(_missing, "document or card", fragment_id, ids, where))

    for j, item in enumerate(step.project):
        loc: Loc = ("steps", index, "project", j)
        if isinstance(item, HandoutItem) and item.handout not in names.handouts:
            parsed.issue(
                (*loc, "handout"),
                partial(_missing, "hand-out", item.handout, handout_ids, "in this file"),
            )
        elif isinstance(item, DocumentItem):
            fragment((*loc, "document"), item.document)
        elif isinstance(item, CardItem):
            fragment((*loc, "card"), item.card)
        elif isinstance(item, CardsItem):
            for k, ref in enumerate(item.cards):
                fragment((*loc, "cards", k), ref)
        elif (
            isinstance(item, SectionItem)
            and names.sections is not None
            and item.section not in names.section_set
        ):
            where = "in this file or its library files"
            parsed.issue(
                (*loc, "section"),
                partial(_missing, "section", item.section, names.sections, where),
            )


# --- sections: the trainer's parts -----------------------------------------------


def _check_trainer_parts(parsed: ParsedFile, sections: list[Section]) -> None:
    """Every heading named in ``trainer_only`` is a heading of the body or the closing."""
    for s, section in enumerate(sections):
        if not section.trainer_only:
            continue
        found = [h.text for text in (section.body, section.closing) for h in headings(text)]
        known = {heading_key(text) for text in found}
        seen: set[str] = set()
        for k, name in enumerate(section.trainer_only):
            loc: Loc = ("sections", s, "trainer_only", k)
            key = heading_key(name)
            if key in seen:
                parsed.issue(loc, f"the heading '{name}' is listed twice")
            elif key not in known:
                parsed.issue(loc, partial(_no_heading, name, found))
            seen.add(key)


def _no_heading(name: str, found: list[str]) -> str:
    message = f"there is no heading '{name}' in this section's body or closing"
    guess = did_you_mean(name, found)
    if guess is not None:
        return f"{message} (did you mean '{guess}'?)"
    if not found:
        return f"{message}: it has no headings (a heading is a line starting with '#')"
    return f"{message}; its headings are: {', '.join(dict.fromkeys(found))}"


# --- the room: groups, dealt material, turns ---------------------------------------


def _check_room(parsed: ParsedFile, session: Session) -> None:
    """Groups carried on exist, dealt material exists and suffices, turns have groups."""
    handouts: dict[str, Handout] = {}
    for handout in session.handouts:
        handouts.setdefault(handout.id, handout)
    grouped = False  # whether an earlier step made groups
    for i, step in enumerate(session.steps):
        base: Loc = ("steps", i)
        if step.groups == SAME and not grouped:
            parsed.issue(
                (*base, "groups"),
                "'same' carries on the groups of an earlier step, but no earlier step makes "
                "groups: give a size here, such as 'groups: 3-5' or 'groups: pairs'",
            )
        has_groups = step.groups is not None
        for field, what in (("deal", "deals material to groups"), ("turns", "has group turns")):
            if getattr(step, field) is not None and not has_groups:
                parsed.issue(
                    (*base, field),
                    f"this step {what}, but it has no groups: add 'groups: same' (the groups "
                    "of an earlier step) or a size such as 'groups: 3-5'",
                )
        turn = step.turns.minutes if step.turns is not None else None
        if turn is not None and turn > step.minutes:
            parsed.issue(
                (*base, "turns", "minutes"),
                f"a turn of {format_minutes(turn)} is longer than the "
                f"step's {format_minutes(step.minutes)}",
            )
        if step.deal is not None:
            _check_deal(parsed, base, step, handouts)
        grouped = grouped or has_groups


def _check_deal(parsed: ParsedFile, base: Loc, step: Step, handouts: dict[str, Handout]) -> None:
    deal = step.deal
    assert deal is not None
    handout = handouts.get(deal.handout)
    if handout is None:
        parsed.issue(
            (*base, "deal", "handout"),
            partial(_missing, "hand-out", deal.handout, list(handouts), "in this file"),
        )
        return
    for kind, per_group in (("cards", deal.cards), ("documents", deal.documents)):
        if per_group is None:
            continue
        have = len(getattr(handout, kind))
        singular = kind[:-1]
        if have == 0:
            other = "documents" if kind == "cards" else "cards"
            hint = (
                f": it has {other}, deal those with '{other}: ...'"
                if getattr(handout, other)
                else ""
            )
            parsed.issue(
                (*base, "deal", kind),
                f"hand-out '{handout.id}' has no {kind}{hint}",
            )
        elif per_group != "all" and per_group > have:
            parsed.issue(
                (*base, "deal", kind),
                f"{per_group} {kind} per group, but hand-out '{handout.id}' has only {have} "
                f"{singular if have == 1 else kind}; write {have} or 'all'",
            )
