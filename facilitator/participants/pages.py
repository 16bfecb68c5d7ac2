"""The phone pages as HTML, every text escaped (pure).

Each page is a whole HTML document that works without JavaScript: links,
plain forms that post and come back, nothing inline (no script, no style,
no event attribute: the Content-Security-Policy forbids them). The room's
page loads one script of the app's own (``app.js``), which keeps it live and
sends notes without a reload; the remote's loads ``remote.js``. Where the
script needs a value it reads a ``data-`` attribute.

Every text that goes in, the trainer's or a participant's, goes through
:func:`~facilitator.participants.markdown.escape` or the Markdown renderer
that escapes; nothing is pasted in as markup.
"""

from __future__ import annotations

import secrets

from facilitator.agenda.model import Section
from facilitator.participants.markdown import escape, to_html
from facilitator.participants.messages import NAME_LIMIT
from facilitator.participants.plan import ANSWER_LIMIT, field_name
from facilitator.participants.views import (
    REMOTE_COMMANDS,
    GroupChoice,
    GroupMaterial,
    LiveView,
    RemoteView,
    fragment_html,
)
from facilitator.participants.words import PhoneWords
from facilitator.room.wall import NOTE_LIMIT


def fresh_id() -> str:
    """A new id for a form's note or feedback, so that sending the form twice is one note."""
    return secrets.token_urlsafe(12)


def document(
    title: str,
    body: str,
    *,
    language: str = "",
    script: str = "",
    data: dict[str, str] | None = None,
) -> str:
    """A whole page: ``body`` (HTML already escaped) under a header with ``title``."""
    lang = f' lang="{escape(language)}"' if language else ""
    script_tag = f'<script src="{escape(script)}" defer></script>' if script else ""
    attributes = "".join(f' data-{k}="{escape(v)}"' for k, v in (data or {}).items())
    return (
        f'<!doctype html>\n<html{lang}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="same-origin">\n'
        f"<title>{escape(title)}</title>\n"
        '<link rel="stylesheet" href="/style.css">\n'
        f"{script_tag}\n</head>\n<body{attributes}>\n{body}\n</body>\n</html>\n"
    )


def entry_page(*, wrong: bool = False) -> str:
    """The page that asks for the room code: the same for every session, in no language."""
    mark = '<p class="refused" role="alert">✗</p>' if wrong else ""
    body = (
        '<main class="entry">\n<form method="get" action="/join">\n'
        '<label for="code">Code</label>\n'
        '<input id="code" name="code" autocomplete="off" autocapitalize="characters" '
        'spellcheck="false" maxlength="32" required autofocus>\n'
        f'<button type="submit">OK</button>\n{mark}</form>\n</main>'
    )
    return document("Facilitator", body)


def _nav(base: str, words: PhoneWords, view: LiveView) -> str:
    links = [f'<a href="{base}">{escape(words.home)}</a>']
    hidden = "" if view.groups else " hidden"
    links.append(f'<a href="{base}groups" id="groups-link"{hidden}>{escape(words.groups)}</a>')
    links.append(f'<a href="{base}feedback">{escape(words.feedback)}</a>')
    if view.plan:
        links.append(f'<a href="{base}plan">{escape(words.plan)}</a>')
    return '<nav id="nav">' + " ".join(links) + "</nav>"


def _screen(view: LiveView, words: PhoneWords) -> str:
    inner = view.screen or f'<p class="blank">{escape(words.blank)}</p>'
    return (
        f'<section id="live" aria-live="polite">\n<p class="label">{escape(words.on_screen)}</p>\n'
        f'<div id="screen">{inner}</div>\n</section>'
    )


def room_page(
    title: str,
    base: str,
    view: LiveView,
    words: PhoneWords,
    *,
    message: str = "",
    refused: bool = False,
    text: str = "",
    name: str = "",
) -> str:
    """The room's page: what the projector shows, and the note form.

    ``message`` says what came of the last note (``refused``: it was not
    taken, and ``text`` and ``name`` are put back in the form, so nothing typed
    is lost).
    """
    label = words.commitment_label if view.kind == "commitment" else words.note_label
    status_class = "refused" if refused else "sent"
    status = (
        f'<p id="status" class="{status_class}" role="status">{escape(message)}</p>'
        if message
        else '<p id="status" role="status" hidden></p>'
    )
    hidden = "" if view.posting else " hidden"
    closed_hidden = " hidden" if view.posting else ""
    # Anonymous unless the trainer asks for names: the field is then neither shown nor
    # sent (a disabled field is not part of the form), with or without the script.
    off = "" if view.names else " disabled"
    name_field = (
        f'<label for="name" id="name-label">{escape(words.name_label)}</label>\n'
        f'<input id="name" name="name" maxlength="{NAME_LIMIT}" autocomplete="off" '
        f'value="{escape(name)}"{off}>\n'
    )
    name_hidden = "" if view.names else " hidden"
    form = (
        f'<section id="post">\n<h1>{escape(words.write)}</h1>\n{status}\n'
        f'<p id="closed"{closed_hidden}>{escape(words.closed)}</p>\n'
        f'<form method="post" action="{base}note" id="note-form"{hidden}>\n'
        f'<input type="hidden" name="id" value="{fresh_id()}">\n'
        f'<input type="hidden" name="kind" value="{escape(view.kind)}">\n'
        f'<label for="text" id="text-label">{escape(label)}</label>\n'
        f'<textarea id="text" name="text" maxlength="{NOTE_LIMIT}" rows="4" required '
        f'placeholder="{escape(view.prompt)}">{escape(text)}</textarea>\n'
        f'<div id="name-field"{name_hidden}>\n{name_field}</div>\n'
        f'<button type="submit">{escape(words.send)}</button>\n</form>\n'
        '<p id="outbox" role="status" hidden></p>\n</section>'
    )
    body = f"<main>\n{_screen(view, words)}\n{form}\n{_nav(base, words, view)}\n</main>"
    data = {
        "live": f"{base}live",
        "state": f"{base}state",
        "post": f"{base}api/note",
        "words": words.script_json(),
    }
    return document(title, body, language=words.language, script=f"{base}app.js", data=data)


def groups_page(
    title: str, base: str, choices: list[GroupChoice], view: LiveView, words: PhoneWords
) -> str:
    """The groups to pick from (a link each)."""
    if choices:
        items = "".join(
            f'<li><a class="choice" href="{base}groups/{c.number}">{escape(c.label)}</a></li>'
            for c in choices
        )
        inner = f'<ul class="choices">{items}</ul>'
    else:
        inner = f"<p>{escape(words.no_groups)}</p>"
    body = (
        f"<main>\n<h1>{escape(words.pick_group)}</h1>\n{inner}\n{_nav(base, words, view)}\n</main>"
    )
    return document(title, body, language=words.language)


def group_page(
    title: str,
    base: str,
    group: str,
    material: list[GroupMaterial],
    view: LiveView,
    words: PhoneWords,
) -> str:
    """One group's cards or documents, with each hand-out's guiding questions."""
    parts = []
    for found in material:
        parts.append(f"<h2>{escape(found.handout)}</h2>")
        parts += [fragment_html(f) for f in found.fragments]
        if found.questions:
            questions = "".join(f"<li>{escape(q)}</li>" for q in found.questions)
            parts.append(f"<h3>{escape(words.questions)}</h3><ul>{questions}</ul>")
    if not parts:
        parts.append(f"<p>{escape(words.nothing_dealt.format(group=group))}</p>")
    heading = escape(words.material.format(group=group))
    body = (
        f'<main>\n<h1>{heading}</h1>\n<div id="material">{"".join(parts)}</div>\n'
        f"{_nav(base, words, view)}\n</main>"
    )
    return document(title, body, language=words.language)


def feedback_page(
    title: str,
    base: str,
    view: LiveView,
    words: PhoneWords,
    scale: int,
    *,
    message: str = "",
    refused: bool = False,
    text: str = "",
) -> str:
    """The feedback form: a score from 1 to ``scale`` and one sentence."""
    if message and not refused:
        inner = f'<p class="sent" role="status">{escape(message)}</p>'
    else:
        error = f'<p class="refused" role="alert">{escape(message)}</p>' if message else ""
        scores = "".join(
            f'<label class="score"><input type="radio" name="score" value="{n}" required>'
            f"<span>{n}</span></label>"
            for n in range(1, scale + 1)
        )
        inner = (
            f'{error}<form method="post" action="{base}feedback" id="feedback-form">\n'
            f'<input type="hidden" name="id" value="{fresh_id()}">\n'
            f"<fieldset><legend>{escape(words.score.format(scale=scale))}</legend>"
            f'<div class="scores">{scores}</div></fieldset>\n'
            f'<label for="sentence">{escape(words.sentence)}</label>\n'
            f'<textarea id="sentence" name="text" maxlength="{NOTE_LIMIT}" rows="2">'
            f"{escape(text)}</textarea>\n"
            f'<button type="submit">{escape(words.send)}</button>\n</form>'
        )
    body = f"<main>\n<h1>{escape(words.feedback)}</h1>\n{inner}\n{_nav(base, words, view)}\n</main>"
    return document(title, body, language=words.language)


def plan_page(
    title: str,
    base: str,
    sections: list[Section],
    view: LiveView,
    words: PhoneWords,
    *,
    message: str = "",
    answers: dict[str, str] | None = None,
) -> str:
    """The call to action to fill in: each template's phases, a box each, kept as a file."""
    answers = answers or {}
    forms = []
    for section in sections:
        phases = []
        for n, phase in enumerate(section.phases, start=1):
            field = field_name(n)
            example = (
                f"<details><summary>{escape(words.example)}</summary>"
                f"{to_html(phase.example)}</details>"
                if phase.example
                else ""
            )
            phases.append(
                f'<fieldset class="phase"><legend>{n}. {escape(phase.title)}</legend>'
                f"{to_html(phase.text)}{example}"
                f'<label class="hidden-field" for="{escape(section.id)}-{field}">'
                f"{escape(phase.title)}</label>"
                f'<textarea id="{escape(section.id)}-{field}" name="{field}" rows="4" '
                f'maxlength="{ANSWER_LIMIT}">{escape(answers.get(field, ""))}</textarea></fieldset>'
            )
        subtitle = f'<p class="subtitle">{escape(section.subtitle)}</p>' if section.subtitle else ""
        forms.append(
            f'<form method="post" action="{base}plan" class="plan">\n'
            f'<input type="hidden" name="section" value="{escape(section.id)}">\n'
            f'<input type="hidden" name="id" value="{fresh_id()}">\n'
            f"<h2>{escape(section.title)}</h2>{subtitle}\n{''.join(phases)}\n"
            f'<label class="check"><input type="checkbox" name="share" value="on"> '
            f"{escape(words.share)}</label>\n"
            f'<div class="buttons"><button type="submit" name="as" value="text">'
            f"{escape(words.as_text)}</button></div>\n"
            "</form>"
        )
    if not forms:
        forms.append(f"<p>{escape(words.no_plan)}</p>")
    error = f'<p class="refused" role="alert">{escape(message)}</p>' if message else ""
    body = (
        f"<main>\n<p>{escape(words.plan_intro)}</p>\n{error}{''.join(forms)}\n"
        f"{_nav(base, words, view)}\n</main>"
    )
    return document(title, body, language=words.language)


def remote_page(
    title: str, base: str, view: RemoteView, words: PhoneWords, message: str = ""
) -> str:
    """The trainer's remote: the countdown, the step, the commands, the instructions."""
    buttons = "".join(
        f'<form method="post" action="{base}command" class="command">'
        f'<input type="hidden" name="name" value="{name}">'
        f'<button type="submit" data-command="{name}">{escape(words.commands[name])}</button>'
        "</form>"
        for name in REMOTE_COMMANDS
    )
    status = (
        f'<p id="status" role="status">{escape(message)}</p>'
        if message
        else '<p id="status" role="status" hidden></p>'
    )
    item = escape(words.item.format(label=view.item)) if view.item else escape(words.blank)
    body = (
        '<main class="remote">\n'
        f'<p id="step" class="label">{escape(view.step)}</p>\n'
        f'<h1 id="title">{escape(view.title)}</h1>\n'
        f'<p id="clock" class="clock {escape(view.phase)}">{escape(view.clock)}</p>\n'
        f'<p id="state">{escape(view.state_text)}</p>\n'
        f'<p id="item">{item}</p>\n{status}\n'
        f'<div class="commands">{buttons}</div>\n'
        f'<h2>{escape(words.instructions)}</h2>\n<div id="instructions">{view.instructions}</div>\n'
        "</main>"
    )
    data = {"live": f"{base}live", "state": f"{base}state", "command": f"{base}api/command"}
    return document(
        f"{words.remote} · {title}",
        body,
        language=words.language,
        script=f"{base}remote.js",
        data=data,
    )
