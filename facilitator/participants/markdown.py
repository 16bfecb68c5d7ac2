"""The agenda's Markdown as HTML for a phone, holding no markup but its own (pure).

The phone shows what the projector shows: a question, a card, a template's
phases, written in the agenda's Markdown. This renders the part of Markdown
the agendas use (paragraphs and hard line breaks, headings, bulleted and
numbered lists, quotes, rules, simple tables, bold, italic, code, links shown
as their words, backslash escapes) and nothing else. Every character of the
text is escaped before it is written; the only tags in the result are the
ones this module writes (:data:`TAGS`), so neither a trainer's ``<b>`` nor
anything a participant typed can become markup (raw HTML shows as typed, as on
the projector).
"""

from __future__ import annotations

import html
import re
from typing import Final

#: Every tag the result can hold.
TAGS: Final = frozenset(
    {"p", "br", "h3", "h4", "ul", "ol", "li", "blockquote", "hr", "table", "tr", "th", "td"}
    | {"strong", "em", "code"}
)

_PUNCT: Final = frozenset("\\`*_{}[]()#+-.!|<>&~\"'=:;,/?@$%^")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^([-*+])\s+(.*)$")
_NUMBER = re.compile(r"^(\d{1,9})[.)]\s+(.*)$")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_LINK = re.compile(r"\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")


def escape(text: str) -> str:
    """``text`` as HTML text: every ``<``, ``>``, ``&`` and quote escaped."""
    return html.escape(text, quote=True)


def to_html(markdown: str) -> str:
    """``markdown`` as an HTML fragment of :data:`TAGS` only."""
    blocks: list[str] = []
    lines = markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        heading = _HEADING.match(stripped)
        if heading:
            tag = "h3" if len(heading.group(1)) <= 2 else "h4"
            blocks.append(f"<{tag}>{inline(heading.group(2))}</{tag}>")
            i += 1
        elif _RULE.match(stripped):
            blocks.append("<hr>")
            i += 1
        elif _BULLET.match(stripped) or _NUMBER.match(stripped):
            html_list, i = _list(lines, i)
            blocks.append(html_list)
        elif stripped.startswith(">"):
            quoted = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                quoted.append(lines[i].strip()[1:].lstrip())
                i += 1
            blocks.append(f"<blockquote>{to_html(chr(10).join(quoted))}</blockquote>")
        elif stripped.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(lines[i].strip())
                i += 1
            blocks.append(_table(rows))
        else:
            paragraph = []
            while i < len(lines) and lines[i].strip() and not _starts_block(lines[i].strip()):
                paragraph.append(lines[i])
                i += 1
            if not paragraph:  # a line that only looked like a block's start
                paragraph.append(lines[i])
                i += 1
            blocks.append(f"<p>{_paragraph(paragraph)}</p>")
    return "\n".join(blocks)


def _starts_block(stripped: str) -> bool:
    return bool(
        _HEADING.match(stripped)
        or _BULLET.match(stripped)
        or _NUMBER.match(stripped)
        or _RULE.match(stripped)
        or stripped.startswith((">", "|"))
    )


def _paragraph(lines: list[str]) -> str:
    """Lines of one paragraph: a line ending in a backslash or two spaces breaks there."""
    out = []
    for n, raw in enumerate(lines):
        line = raw.strip()
        hard = raw.endswith("  ") or (line.endswith("\\") and not line.endswith("\\\\"))
        if line.endswith("\\") and hard:
            line = line[:-1]
        out.append(inline(line))
        if n + 1 < len(lines):
            out.append("<br>" if hard else " ")
    return "".join(out)


def _list(lines: list[str], i: int) -> tuple[str, int]:
    ordered = bool(_NUMBER.match(lines[i].strip()))
    items: list[list[str]] = []
    while i < len(lines):
        stripped = lines[i].strip()
        mark = _NUMBER.match(stripped) if ordered else _BULLET.match(stripped)
        other = _BULLET.match(stripped) if ordered else _NUMBER.match(stripped)
        if mark and not lines[i].startswith(("  ", "\t")):
            items.append([mark.group(2)])
        elif stripped and items and (lines[i].startswith((" ", "\t")) or not other):
            if _HEADING.match(stripped) or stripped.startswith(("|", ">")):
                break
            # A nested item or a continuation: part of the item above (one level is enough).
            nested = _BULLET.match(stripped) or _NUMBER.match(stripped)
            items[-1].append(("• " + nested.group(2)) if nested else stripped)
        else:
            break
        i += 1
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li>{_paragraph(item)}</li>" for item in items)
    return f"<{tag}>{body}</{tag}>", i


def _cells(row: str) -> list[str]:
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    cells, current, i = [], [], 0
    while i < len(inner):
        if inner[i] == "\\" and i + 1 < len(inner):
            current.append(inner[i : i + 2])
            i += 2
            continue
        if inner[i] == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(inner[i])
        i += 1
    cells.append("".join(current).strip())
    return cells


def _table(rows: list[str]) -> str:
    out = []
    head = len(rows) > 1 and bool(_TABLE_RULE.match(rows[1]))
    for n, row in enumerate(rows):
        if head and n == 1:
            continue
        tag = "th" if head and n == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{inline(c)}</{tag}>" for c in _cells(row)) + "</tr>")
    return "<table>" + "".join(out) + "</table>"


def inline(text: str) -> str:
    """One line's inline Markdown as HTML: emphasis, code, links as their words; escaped."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            out.append(escape("".join(buf)))
            buf.clear()

    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in _PUNCT:
            buf.append(text[i + 1])
            i += 2
            continue
        if c == "`":
            end = text.find("`", i + 1)
            if end > i + 1:
                flush()
                out.append(f"<code>{escape(text[i + 1 : end])}</code>")
                i = end + 1
                continue
        if text.startswith(("**", "__"), i):
            end = _closing(text, i + 2, text[i : i + 2])
            if end > i + 2:
                flush()
                out.append(f"<strong>{inline(text[i + 2 : end])}</strong>")
                i = end + 2
                continue
        if c in "*_" and (c == "*" or i == 0 or not text[i - 1].isalnum()):
            end = _closing(text, i + 1, c)
            if end > i + 1 and not text[i + 1].isspace():
                flush()
                out.append(f"<em>{inline(text[i + 1 : end])}</em>")
                i = end + 1
                continue
        if c == "[":
            link = _LINK.match(text, i)
            if link:
                flush()
                out.append(inline(link.group(1)))
                i = link.end()
                continue
        if c == "<":
            auto = _AUTOLINK.match(text, i)
            if auto:
                buf.append(auto.group(1))
                i = auto.end()
                continue
        buf.append(c)
        i += 1
    flush()
    return "".join(out)


def _closing(text: str, start: int, delim: str) -> int:
    """Where ``delim`` closes what opened before ``start`` (-1: it does not)."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(delim, i) and not text[i - 1].isspace():
            if len(delim) == 1 and text.startswith(delim * 2, i):
                i += 2  # a bold marker inside an italic span
                continue
            return i
        i += 1
    return -1
