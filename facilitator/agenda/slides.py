"""What a projected item shows, resolved against its agenda (pure: no Qt).

The projector and the presenter's preview draw a :class:`Slide`; they never
look into the agenda's models themselves, so every item kind is described
once, here. A slide's title, subtitle and panel titles are plain text; its
body, closing and panel bodies are Markdown, into which the agenda's plain
texts (a question, a prompt's examples) go through
:func:`facilitator.markup.literal`, so they show exactly as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.plain import (
    CardItem,
    CardsItem,
    DocumentItem,
    HandoutItem,
    PromptItem,
    QuestionItem,
    QuestionsItem,
    SectionItem,
    Step,
    TextItem,
    TitleItem,
)
from facilitator.agenda.plain import ProjectItem as _ProjectItem
from facilitator.i18n import translate
from facilitator.markup import bullets, literal
from facilitator.room import words as room_words
from facilitator.room.words import words_for


@dataclass(frozen=True)
class Panel:
    """One box of a slide: a card, a figure, a phase of a template."""

    title: str  # plain text
    body: str  # Markdown
    accent: str = ""  # plain text  # a big value (a figure) or a short label above the title


@dataclass(frozen=True)
class Slide:
    """Everything the projector needs to draw one item."""

    # title, session-title, question, questions, document, card, cards, handout, prompt,
    # section, text
    kind: str
    title: str = ""  # plain text
    subtitle: str = ""  # plain text
    body: str = ""  # Markdown
    panels: tuple[Panel, ...] = field(default_factory=tuple)
    label: str = ""  # how the presenter names it: "Kaart A – Beslissing over promotie"
    closing: str = ""  # Markdown shown after the panels (a section's closing text)
    # Questions that follow the list as pages of their own, one at a time (plain text).
    singles: tuple[str, ...] = ()
    # The session's language: what the projector adds to the slide (a panel's
    # "(vervolg)", the phase words, the flash) is in it; "" means English.
    language: str = ""


def long_date(day: date, language: str = "nl") -> str:
    """``day`` written out: '28 november 2026' (Dutch) or '28 November 2026'."""
    return room_words.long_date(day.day, day.month, day.year, words_for(language))


def title_screen_slide(agenda: Agenda, day: date, trainer: str = "") -> Slide:
    """The session's title screen: its title, the date and the trainer's name."""
    session = agenda.session
    lines = [long_date(day, session.language)]
    if trainer.strip():
        lines.append(trainer.strip())
    return Slide(
        "session-title",
        title=session.title,
        subtitle=session.subtitle or "",
        body="\n\n".join(literal(line) for line in lines),
        label=translate("Slides", "Title screen"),
        language=session.language,
    )


def step_slide(step: Step, language: str = "") -> Slide:
    """The slide shown for a step that has no projected items: its title."""
    label = translate("Slides", "Step title: {title}").format(title=step.title)
    return Slide(kind="title", title=step.title, label=label, language=language)


def slide_for(agenda: Agenda, item: _ProjectItem, *, trainer_parts: bool = False) -> Slide:
    """Describe one projected item as a slide; references are resolved in the agenda.

    A section's trainer-only parts (its ``trainer_only`` headings) are left out
    unless ``trainer_parts`` is true: the room sees them only when asked. The
    slide's ``label`` (how the console names it) is in the interface's
    language; what the room reads, in the session's.
    """
    language = agenda.session.language
    return replace(_slide_for(agenda, item, trainer_parts, language), language=language)


def _slide_for(agenda: Agenda, item: _ProjectItem, trainer_parts: bool, language: str) -> Slide:
    if isinstance(item, TitleItem):
        return Slide("title", title=item.title, subtitle=item.subtitle or "", label=item.title)
    if isinstance(item, QuestionItem):
        label = translate("Slides", "Question: {question}").format(question=item.question)
        return Slide("question", body=literal(item.question), label=label)
    if isinstance(item, QuestionsItem):
        heading = item.heading or ""
        named = heading or translate("Slides", "Questions")
        return Slide(
            "questions",
            title=heading,
            body=bullets(item.questions),
            label=f"{named} ({len(item.questions)})",
            singles=tuple(item.questions) if len(item.questions) > 1 else (),
        )
    if isinstance(item, DocumentItem | CardItem):
        ref = item.document if isinstance(item, DocumentItem) else item.card
        found = agenda.fragment(ref)
        if found is None:
            return _missing(ref, language)
        handout, fragment = found
        kind = "document" if isinstance(item, DocumentItem) else "card"
        return Slide(
            kind,
            title=fragment.title,
            subtitle=handout.title,
            body=fragment.text,
            label=fragment.title,
        )
    if isinstance(item, CardsItem):
        cards: list[Panel] = []
        for ref in item.cards:
            found = agenda.fragment(ref)
            if found is None:
                return _missing(ref, language)
            cards.append(Panel(title=found[1].title, body=found[1].text))
        return Slide(
            "cards", panels=tuple(cards), label=" + ".join(p.title.split(" –")[0] for p in cards)
        )
    if isinstance(item, HandoutItem):
        sheet = agenda.handout(item.handout)
        if sheet is None:
            return _missing(item.handout, language)
        parts = [sheet.instructions.strip()]
        if sheet.note:
            parts.append(f"*{sheet.note.strip()}*")
        if sheet.questions:
            parts.append(bullets(sheet.questions))
        return Slide(
            "handout",
            title=sheet.title,
            body="\n\n".join(p for p in parts if p),
            label=sheet.title,
        )
    if isinstance(item, PromptItem):
        return Slide(
            "prompt",
            title=item.prompt,
            body=bullets(item.examples),
            label=translate("Slides", "Prompt: {prompt}").format(prompt=item.prompt),
        )
    if isinstance(item, SectionItem):
        section = agenda.section(item.section)
        if section is None:
            return _missing(item.section, language)
        panels = tuple(Panel(title=f.label, body="", accent=f.value) for f in section.figures)
        panels += tuple(
            Panel(title=p.title, body=p.text + (f"\n\n*{p.example}*" if p.example else ""))
            for p in section.phases
        )
        # Nothing for the room is dropped: a long section is split into pages by the
        # projector. The trainer's own instructions stay on the console.
        body, closing = (
            (section.body, section.closing)
            if trainer_parts
            else (section.room_body, section.room_closing)
        )
        return Slide(
            "section",
            title=section.title,
            subtitle=section.subtitle or "",
            body=body.strip(),
            panels=panels,
            label=section.title,
            closing=closing.strip(),
        )
    if isinstance(item, TextItem):
        label = item.heading or translate("Slides", "Text")
        return Slide("text", title=item.heading or "", body=item.text, label=label)
    raise TypeError(f"unknown projected item {item!r}")  # pragma: no cover - the model forbids it


def _missing(ref: str, language: str) -> Slide:
    # The loader refuses unresolved references; this only guards a hand-built agenda.
    body = literal(words_for(language).not_found.format(name=ref))
    label = translate("Slides", "missing: {name}").format(name=ref)
    return Slide("text", body=body, label=label)


def step_slides(agenda: Agenda, step: Step, *, trainer_parts: bool = False) -> list[Slide]:
    """The slides of a step in order; a step without items shows its title.

    ``trainer_parts`` puts the sections' trainer-only parts on the slides too.
    """
    if not step.project:
        return [step_slide(step, agenda.session.language)]
    return [slide_for(agenda, item, trainer_parts=trainer_parts) for item in step.project]
