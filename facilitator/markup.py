"""Trainer text inside Markdown (pure): plain text stays exactly what was written.

An agenda has two kinds of text. Markdown fields (instructions, a section's
body, a document's text) are rendered as Markdown, with raw HTML shown as
written (``facilitator.ui.markup``). Every other text (a title, a question, a
prompt, a material, a checklist item) is plain text: ``Schrijf <jouw naam>
op`` or ``*ster*`` must reach the room, the console and the paper as typed.
Where such a text is put into a Markdown document (a list of questions, the
console's step view), :func:`literal` escapes it first, so that no character
of it means anything there.
"""

from __future__ import annotations

import re

# Characters that mean something anywhere in a line of (GitHub) Markdown.
_INLINE = frozenset("\\`*_[]<>&~|")
# What makes a line a heading, a quote, a list item, a table or a rule when it
# starts the line: '#', '>', '-', '+', '=', '|', or a number followed by '.' or ')'.
_LINE_START = re.compile(r"^()(?:([#>+=|-])|(\d{1,9})([.)]))")


def literal(text: str) -> str:
    """``text`` as Markdown that shows exactly ``text``: every line kept, nothing marked up.

    A single line break stays a line break; an empty line starts a new
    paragraph, as it reads in plain text; a line's indentation is dropped.
    """
    lines = []
    for line in text.split("\n"):
        # Indented by four spaces a line would be code: the indentation goes.
        line = line.lstrip(" \t")
        escaped = "".join("\\" + c if c in _INLINE else c for c in line)
        match = _LINE_START.match(escaped)
        if match is not None:
            indent, mark, number, after = match.groups()
            rest = escaped[match.end() :]
            escaped = f"{indent}\\{mark}{rest}" if mark else f"{indent}{number}\\{after}{rest}"
        lines.append(escaped)
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 < len(lines):
            # A line break inside a paragraph is hard (a backslash at its end).
            breaks = line.strip() != "" and lines[i + 1].strip() != ""
            out.append("\\\n" if breaks else "\n")
    return "".join(out)


def bullets(texts: list[str] | tuple[str, ...]) -> str:
    """Plain texts as a Markdown bulleted list, each shown as written."""
    return "\n".join(f"- {literal(text)}" for text in texts)
