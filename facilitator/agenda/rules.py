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
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked


def check_session(parsed: ParsedFile, session: Session, library_sections: set[str] | None) -> None:
    """Rules the models cannot express: sums, unique ids, references, thresholds.

    ``library_sections`` is None when a library file failed to load, so that a
    section reference is not reported missing because of that.
    """
    total = sum(step.minutes for step in session.steps)
    if abs(total - session.duration) > 1e-6:
        parsed.issue(
            (),
            translate("Agenda", "duration is {duration} but the steps add up to {total}").format(
                duration=format_minutes(session.duration), total=format_number(total)
            ),
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
                        translate(
                            "Agenda",
                            "the id '{id}' is used twice in this hand-out: also by {other}",
                        ).format(id=fragment.id, other=seen[fragment.id]),
                    )
                seen.setdefault(fragment.id, label)
    timing = session.timing or Timing()
    if timing.warning is not None and timing.danger is not None and timing.danger > timing.warning:
        parsed.issue(
            ("timing", "danger"),
            _danger_before_warning("session", timing.danger, "session", timing.warning),
        )
    names = _Names(session, library_sections)
    for i, step in enumerate(session.steps):
        if step.min_minutes is not None and step.min_minutes > step.minutes:
            parsed.issue(
                ("steps", i, "min_minutes"),
                translate("Agenda", "is {minutes}, more than the step's {step}").format(
                    minutes=format_number(step.min_minutes), step=format_minutes(step.minutes)
                ),
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
                translate("Agenda", "the id '{id}' is also used in library file {file}").format(
                    id=ident, file=other.name
                ),
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
            translate(
                "Agenda", "the id '{id}' is used twice: also by {other} (line {line})"
            ).format(id=ident, other=label, line=parsed.line_of((*earlier, "id"))),
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
    if w_from != "default" and warning >= step.minutes:
        loc = (*base, "timing", "warning") if w_from == "step" else (*base, "minutes")
        parsed.issue(
            loc,
            translate_marked("Agenda", _WARNING_TOO_LATE[w_from]).format(
                warning=format_minutes(warning), step=format_minutes(step.minutes)
            ),
        )
    # A session-wide pair that is wrong is reported once, at the session's timing.
    if danger > warning and not (w_from == d_from == "session"):
        loc = (*base, "timing", "danger") if "step" in (w_from, d_from) else base
        parsed.issue(loc, _danger_before_warning(d_from, danger, w_from, warning))


# Whose warning is too late: the step's own, or the session's for every step.
_WARNING_TOO_LATE = {
    "step": QT_TRANSLATE_NOOP(
        "Agenda", "warning at {warning} left is not less than the step's {step}"
    ),
    "session": QT_TRANSLATE_NOOP(
        "Agenda", "the session's warning at {warning} left is not less than the step's {step}"
    ),
}

# Danger before warning, by whose each is (the step's, the session's, the default), as
# whole sentences: a translation may word "the session's" differently for each.
_DANGER_BEFORE_WARNING = {
    ("step", "step"): QT_TRANSLATE_NOOP(
        "Agenda",
        "danger at {danger} left comes before warning at {warning} left; "
        "danger must be at most the warning",
    ),
    ("step", "session"): QT_TRANSLATE_NOOP(
        "Agenda",
        "danger at {danger} left comes before the session's warning at {warning} left; "
        "danger must be at most the warning",
    ),
    ("step", "default"): QT_TRANSLATE_NOOP(
        "Agenda",
        "danger at {danger} left comes before the default warning at {warning} left; "
        "danger must be at most the warning",
    ),
    ("session", "step"): QT_TRANSLATE_NOOP(
        "Agenda",
        "the session's danger at {danger} left comes before warning at {warning} left; "
        "danger must be at most the warning",
    ),
    ("session", "session"): QT_TRANSLATE_NOOP(
        "Agenda",
        "danger at {danger} left comes before warning at {warning} left; "
        "danger must be at most the warning",
    ),
    ("session", "default"): QT_TRANSLATE_NOOP(
        "Agenda",
        "the session's danger at {danger} left comes before the default warning at "
        "{warning} left; danger must be at most the warning",
    ),
    ("default", "step"): QT_TRANSLATE_NOOP(
        "Agenda",
        "the default danger at {danger} left comes before warning at {warning} left; "
        "danger must be at most the warning",
    ),
    ("default", "session"): QT_TRANSLATE_NOOP(
        "Agenda",
        "the default danger at {danger} left comes before the session's warning at "
        "{warning} left; danger must be at most the warning",
    ),
    ("default", "default"): QT_TRANSLATE_NOOP(
        "Agenda",
        "the default danger at {danger} left comes before the default warning at "
        "{warning} left; danger must be at most the warning",
    ),
}


def _danger_before_warning(d_from: str, danger: float, w_from: str, warning: float) -> str:
    return translate_marked("Agenda", _DANGER_BEFORE_WARNING[d_from, w_from]).format(
        danger=format_minutes(danger), warning=format_minutes(warning)
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


# What a reference names that is not there, by its kind.
_NOT_THERE = {
    "hand-out": QT_TRANSLATE_NOOP("Agenda", "there is no hand-out '{id}' in this file"),
    "fragment": QT_TRANSLATE_NOOP(
        "Agenda", "there is no document or card '{id}' in hand-out '{handout}'"
    ),
    "section": QT_TRANSLATE_NOOP(
        "Agenda", "there is no section '{id}' in this file or its library files"
    ),
}


def _missing(kind: str, ident: str, known: list[str], handout: str = "") -> str:
    message = translate_marked("Agenda", _NOT_THERE[kind]).format(id=ident, handout=handout)
    guess = did_you_mean(ident, known)
    if guess is not None:
        return translate("Agenda", "{message} (did you mean '{guess}'?)").format(
            message=message, guess=guess
        )
    if not known:
        return translate("Agenda", "{message}: there are none").format(message=message)
    if len(known) <= 8:
        return translate("Agenda", "{message}; there are: {names}").format(
            message=message, names=", ".join(known)
        )
    return message


def _check_references(parsed: ParsedFile, names: _Names, index: int, step: Step) -> None:
    """Every hand-out, document, card and section a step projects must exist."""
    handout_ids = list(names.handouts)

    def fragment(loc: Loc, ref: str) -> None:
        handout_id, _, fragment_id = ref.partition("/")
        if handout_id not in names.handouts:
            parsed.issue(loc, partial(_missing, "hand-out", handout_id, handout_ids))
        elif fragment_id not in names.fragments[handout_id]:
            ids = names.handouts[handout_id]
            parsed.issue(loc, partial(_missing, "fragment", fragment_id, ids, handout_id))

    for j, item in enumerate(step.project):
        loc: Loc = ("steps", index, "project", j)
        if isinstance(item, HandoutItem) and item.handout not in names.handouts:
            parsed.issue(
                (*loc, "handout"),
                partial(_missing, "hand-out", item.handout, handout_ids),
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
            parsed.issue(
                (*loc, "section"), partial(_missing, "section", item.section, names.sections)
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
                parsed.issue(
                    loc,
                    translate("Agenda", "the heading '{heading}' is listed twice").format(
                        heading=name
                    ),
                )
            elif key not in known:
                parsed.issue(loc, partial(_no_heading, name, found))
            seen.add(key)


def _no_heading(name: str, found: list[str]) -> str:
    message = translate(
        "Agenda", "there is no heading '{heading}' in this section's body or closing"
    ).format(heading=name)
    guess = did_you_mean(name, found)
    if guess is not None:
        return translate("Agenda", "{message} (did you mean '{guess}'?)").format(
            message=message, guess=guess
        )
    if not found:
        return translate(
            "Agenda", "{message}: it has no headings (a heading is a line starting with '#')"
        ).format(message=message)
    return translate("Agenda", "{message}; its headings are: {headings}").format(
        message=message, headings=", ".join(dict.fromkeys(found))
    )


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
                translate(
                    "Agenda",
                    "'same' carries on the groups of an earlier step, but no earlier step makes "
                    "groups: give a size here, such as 'groups: 3-5' or 'groups: pairs'",
                ),
            )
        has_groups = step.groups is not None
        for field in ("deal", "turns"):
            if getattr(step, field) is not None and not has_groups:
                parsed.issue((*base, field), translate_marked("Agenda", _NO_GROUPS[field]))
        turn = step.turns.minutes if step.turns is not None else None
        if turn is not None and turn > step.minutes:
            parsed.issue(
                (*base, "turns", "minutes"),
                translate("Agenda", "a turn of {turn} is longer than the step's {step}").format(
                    turn=format_minutes(turn), step=format_minutes(step.minutes)
                ),
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
            partial(_missing, "hand-out", deal.handout, list(handouts)),
        )
        return
    for kind, per_group in (("cards", deal.cards), ("documents", deal.documents)):
        if per_group is None:
            continue
        have = len(getattr(handout, kind))
        if have == 0:
            other = "documents" if kind == "cards" else "cards"
            none = _NONE_TO_DEAL[kind, bool(getattr(handout, other))]
            parsed.issue(
                (*base, "deal", kind), translate_marked("Agenda", none).format(handout=handout.id)
            )
        elif per_group != "all" and per_group > have:
            too_few = _TOO_FEW_TO_DEAL[kind, have == 1]
            parsed.issue(
                (*base, "deal", kind),
                translate_marked("Agenda", too_few).format(
                    per_group=per_group, handout=handout.id, have=have
                ),
            )


# A step deals material or has turns without groups.
_NO_GROUPS = {
    "deal": QT_TRANSLATE_NOOP(
        "Agenda",
        "this step deals material to groups, but it has no groups: add 'groups: same' (the "
        "groups of an earlier step) or a size such as 'groups: 3-5'",
    ),
    "turns": QT_TRANSLATE_NOOP(
        "Agenda",
        "this step has group turns, but it has no groups: add 'groups: same' (the "
        "groups of an earlier step) or a size such as 'groups: 3-5'",
    ),
}

# A hand-out without what is dealt from it, by what is dealt and whether it has the other.
_NONE_TO_DEAL = {
    ("cards", False): QT_TRANSLATE_NOOP("Agenda", "hand-out '{handout}' has no cards"),
    ("cards", True): QT_TRANSLATE_NOOP(
        "Agenda",
        "hand-out '{handout}' has no cards: it has documents, deal those with 'documents: ...'",
    ),
    ("documents", False): QT_TRANSLATE_NOOP("Agenda", "hand-out '{handout}' has no documents"),
    ("documents", True): QT_TRANSLATE_NOOP(
        "Agenda",
        "hand-out '{handout}' has no documents: it has cards, deal those with 'cards: ...'",
    ),
}

# More per group than the hand-out has, by what is dealt and whether it has only one.
_TOO_FEW_TO_DEAL = {
    ("cards", True): QT_TRANSLATE_NOOP(
        "Agenda",
        "{per_group} cards per group, but hand-out '{handout}' has only 1 card; write 1 or 'all'",
    ),
    ("cards", False): QT_TRANSLATE_NOOP(
        "Agenda",
        "{per_group} cards per group, but hand-out '{handout}' has only {have} cards; "
        "write {have} or 'all'",
    ),
    ("documents", True): QT_TRANSLATE_NOOP(
        "Agenda",
        "{per_group} documents per group, but hand-out '{handout}' has only 1 document; "
        "write 1 or 'all'",
    ),
    ("documents", False): QT_TRANSLATE_NOOP(
        "Agenda",
        "{per_group} documents per group, but hand-out '{handout}' has only {have} "
        "documents; write {have} or 'all'",
    ),
}
