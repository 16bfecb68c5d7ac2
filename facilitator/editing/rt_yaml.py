"""Round-trip YAML: read a file into a tree that keeps its comments, write it back the same.

The loader (:mod:`facilitator.agenda.yaml_source`) reads agendas through PyYAML's
nodes, for line numbers and safety. Writing is a different job: a trainer's
comments, key order, quoting and block texts must survive a save. That is
ruamel.yaml's round-trip mode, configured here once:

* the indentation is the file's own, found by trying the usual styles until
  one writes the unchanged file back byte for byte (:func:`load_tree`);
* long lines are never re-wrapped, quotes are kept as written;
* comment lines between two entries belong to the entry *below* them (the
  "# Stap 2" above step 2), so that removing or moving an entry takes its
  heading with it. ruamel attaches such lines to the end of the entry above;
  :func:`_normalise` moves them to the "before" slot of the entry below, which
  ruamel writes back at the same place. What follows the last entry of the
  file is kept as plain text (``tail``) and written after the tree.

New values are made with :func:`to_node`: text with a line break becomes a
``|`` block, and a text that YAML 1.1 (the loader's PyYAML) would read as
something else (``yes``, ``12:30``, ``0777``) is quoted, so that what the
writer writes loads as the value the editor meant.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedBase, CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, YAMLError
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)
from ruamel.yaml.tokens import CommentToken

from facilitator.i18n import translate

__all__ = ["Indent", "Tree", "TreeError", "dump_tree", "load_tree", "to_node"]

# The width past which ruamel would fold a long line: never, in practice.
_NO_WRAP = 1_000_000


class TreeError(ValueError):
    """The text is not YAML that the round-trip reader can take (the loader says why)."""


@dataclass(frozen=True)
class Indent:
    """How a file indents: fields under a field, list entries, and the dash's offset."""

    mapping: int = 2
    sequence: int = 4
    offset: int = 2


# The styles people write, the project's own first (dashes indented under their key).
_STYLES = (Indent(2, 4, 2), Indent(2, 2, 0), Indent(4, 4, 2), Indent(4, 6, 4), Indent(4, 4, 0))


def _yaml(indent: Indent) -> YAML:
    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = _NO_WRAP
    rt.indent(mapping=indent.mapping, sequence=indent.sequence, offset=indent.offset)
    return rt


@dataclass
class Tree:
    """A file read for round-trip writing: its tree, its indentation and its last lines."""

    root: CommentedMap
    indent: Indent
    tail: str = ""  # comment and blank lines after the last entry, written as they are


def _parse(text: str, indent: Indent) -> Any:
    try:
        return _yaml(indent).load(text)
    except (YAMLError, ValueError) as exc:  # ruamel raises both for bad input
        raise TreeError(str(exc)) from None


def load_tree(text: str) -> Tree:
    """Read ``text`` into a tree whose unchanged dump is ``text`` again (when it can be).

    Raises TreeError when the text is not a YAML mapping.
    """
    chosen = _STYLES[0]
    for style in _STYLES:
        root = _parse(text, style)
        if not isinstance(root, CommentedMap):
            raise TreeError(translate("Editor", "the file is not a set of fields"))
        tail = _normalise(root)
        tree = Tree(root, style, tail)
        if dump_tree(tree) == text:
            return tree
        if style == _STYLES[0]:
            chosen = _guess(text) or style
    # No style reproduces the file exactly (unusual spacing): keep the closest guess.
    root = _parse(text, chosen)
    return Tree(root, chosen, _normalise(root))


def _guess(text: str) -> Indent | None:
    """The indentation of the first list entry under a field, for files of another style."""
    lines = text.splitlines()
    for number, line in enumerate(lines[1:], start=1):
        stripped = line.lstrip(" ")
        if not stripped.startswith("- "):
            continue
        above = lines[number - 1]
        if above.rstrip().endswith(":") and not above.lstrip().startswith(("#", "-")):
            offset = (len(line) - len(stripped)) - (len(above) - len(above.lstrip(" ")))
            offset = max(0, offset)
            return Indent(2 if offset in (0, 2) else 4, offset + 2, offset)
    return None


def dump_tree(tree: Tree) -> str:
    """The text of ``tree``: what is saved."""
    stream = io.StringIO()
    _yaml(tree.indent).dump(tree.root, stream)
    return stream.getvalue() + tree.tail


# --- comments between entries ------------------------------------------------------


def _is_block(value: Any) -> bool:
    return isinstance(value, LiteralScalarString | FoldedScalarString)


def _lines_of(token: CommentToken, *, owner_is_block: bool) -> tuple[str, list[str]]:
    """Split a comment token into what stays on its line and the whole lines after it.

    After a plain value the token starts on the value's own line (an inline
    comment or nothing, up to the first line break); after a ``|`` block, or in
    a list of tokens, it starts on a line of its own, indented by its column.
    """
    value: str = token.value
    if owner_is_block:
        inline, rest = "", value
        first_indent = token.column if value.startswith("#") else 0
    else:
        inline, _, rest = value.partition("\n")
        first_indent = 0
    lines = rest.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if lines and lines[0].startswith("#"):
        lines[0] = " " * first_indent + lines[0]
    return inline, lines


def _tokens_for(lines: list[str]) -> list[CommentToken]:
    tokens = []
    for line in lines:
        text = line.lstrip(" ")
        column = len(line) - len(text) if text else 0
        tokens.append(CommentToken(text + "\n" if text else "\n", CommentMark(column), None))
    return tokens


def _take_from_slot(entry: list[Any], slot: int, owner_is_block: bool) -> list[str]:
    token = entry[slot]
    if not isinstance(token, CommentToken):
        return []
    inline, lines = _lines_of(token, owner_is_block=owner_is_block)
    if inline:
        entry[slot] = CommentToken(inline + "\n", token.start_mark, None)
    else:
        entry[slot] = None
    return lines


def take_trailing(node: Any) -> list[str]:
    """Take the whole comment lines written after ``node``'s last line (they are removed)."""
    found: list[tuple[int, list[str]]] = []
    order = 0
    while isinstance(node, CommentedMap | CommentedSeq) and len(node):
        end = getattr(node.ca, "end", None)
        if end:
            lines: list[str] = []
            for token in end:
                lines.extend(_lines_of(token, owner_is_block=True)[1])
            found.append((order, lines))
            node.ca.end = None
        if isinstance(node, CommentedMap):
            key = list(node.keys())[-1]
            value = node[key]
            entry = node.ca.items.get(key)
            slot = 2
        else:
            key = len(node) - 1
            value = node[key]
            entry = node.ca.items.get(key)
            slot = 0
        if entry is not None and len(entry) > slot:
            order -= 1  # a value's own comment comes after what is nested in it
            found.append((order, _take_from_slot(entry, slot, _is_block(value))))
        if isinstance(value, CommentedMap | CommentedSeq) and not _is_flow(value):
            node = value
            continue
        break
    # Deeper places come first in the text.
    found.sort(key=lambda pair: pair[0])
    return [line for _, lines in reversed(found) for line in lines]


def _is_flow(node: CommentedMap | CommentedSeq) -> bool:
    return bool(node.fa.flow_style())


def set_before(parent: CommentedMap | CommentedSeq, key: Any, lines: list[str]) -> None:
    """Write ``lines`` as the comment lines just above entry ``key`` of ``parent``."""
    if not lines:
        return
    tokens = _tokens_for(lines)
    width = 4 if isinstance(parent, CommentedMap) else 2
    entry = parent.ca.items.setdefault(key, [None] * width)
    while len(entry) < width:
        entry.append(None)
    before = entry[1] or []
    entry[1] = before + tokens


def before_of(parent: CommentedMap | CommentedSeq, key: Any) -> list[CommentToken] | None:
    """The comment tokens above entry ``key`` (the "before" slot), if any."""
    entry = parent.ca.items.get(key)
    return entry[1] if entry is not None and len(entry) > 1 else None


def _normalise(root: CommentedMap) -> str:
    """Move comment lines to the entry below them; return the lines after the last one."""
    _normalise_node(root)
    tail = take_trailing(root)
    return "".join(line + "\n" for line in tail)


def _prepend_before(seq: CommentedSeq, index: int, tokens: list[CommentToken]) -> None:
    """Put ``tokens`` above entry ``index`` of ``seq``, unless they are there already."""
    entry = seq.ca.items.setdefault(index, [None, None, None, None])
    present = list(entry[1] or [])
    known = {id(token) for token in present}
    entry[1] = [token for token in tokens if id(token) not in known] + present


def _normalise_node(node: Any) -> None:
    if not isinstance(node, CommentedMap | CommentedSeq) or _is_flow(node):
        return
    keys = list(node.keys()) if isinstance(node, CommentedMap) else list(range(len(node)))
    if isinstance(node, CommentedSeq) and keys:
        # Lines between the list's field and its first entry belong to that entry.
        start = node.ca.comment
        if start is not None and len(start) > 1 and start[1]:
            _prepend_before(node, 0, start[1])
            start[1] = None
    if isinstance(node, CommentedMap):
        for key in keys:
            value = node[key]
            entry = node.ca.items.get(key)
            if (
                isinstance(value, CommentedSeq)
                and len(value)
                and not _is_flow(value)
                and entry is not None
                and len(entry) > 3
                and entry[3]
            ):
                # ruamel also keeps those lines on the field; written from there they would
                # stay behind when the first entry moves.
                _prepend_before(value, 0, entry[3])
                entry[3] = None
    for index, key in enumerate(keys):
        if index > 0:
            lines = take_trailing(node[keys[index - 1]])
            if lines:
                tokens = _tokens_for(lines)
                width = 4
                entry = node.ca.items.setdefault(key, [None] * width)
                entry[1] = tokens + list(entry[1] or [])
        _normalise_node(node[key])


# --- values --------------------------------------------------------------------------

_RESOLVER = pyyaml.resolver.Resolver()


def _reads_as_text(text: str) -> bool:
    """Whether PyYAML (YAML 1.1) reads ``text``, written plain, as that text."""
    tag = _RESOLVER.resolve(pyyaml.nodes.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return bool(tag == "tag:yaml.org,2002:str")


def _styled(value: str, like: Any) -> str:
    styled: str = value
    if "\n" in value:
        styled = LiteralScalarString(value)
    elif isinstance(like, DoubleQuotedScalarString):
        styled = DoubleQuotedScalarString(value)
    elif isinstance(like, SingleQuotedScalarString) or not _reads_as_text(value):
        styled = SingleQuotedScalarString(value)
    return styled


_PROBE = _yaml(Indent())


def _reads_back(node: str, value: str) -> bool:
    """Whether ``node``, written as a field's value, reads back (with PyYAML) as ``value``."""
    if type(node) is str and value.isprintable() and value.strip() == value and value:
        return True  # plain text: ruamel quotes what needs quotes, PyYAML reads it back
    stream = io.StringIO()
    try:
        _PROBE.dump({"k": node}, stream)
        read = pyyaml.load(stream.getvalue(), Loader=_TextLoader)
    except (YAMLError, pyyaml.YAMLError, ValueError):
        return False
    return isinstance(read, dict) and read.get("k") == value


class _TextLoader(pyyaml.SafeLoader):
    """PyYAML's safe loader with dates left as text, as the agenda loader reads them."""


def _as_text(loader: pyyaml.SafeLoader, node: pyyaml.Node) -> Any:
    return loader.construct_scalar(node)  # type: ignore[arg-type]


_TextLoader.add_constructor("tag:yaml.org,2002:timestamp", _as_text)


def to_node(value: Any, like: Any = None) -> Any:
    """``value`` (plain data) as a round-trip value, styled like ``like`` where it can be.

    Text with a line break is a ``|`` block; a one-line text keeps the quotes of
    the text it replaces, and is quoted whenever YAML 1.1 would read it as
    something else. Lists and fields become round-trip containers, in block style
    unless ``like`` was written in flow style (``[a, b]``).
    """
    if isinstance(value, CommentedBase):
        return value
    if isinstance(value, str):
        styled = _styled(value, like)
        # A text no style but escapes can carry (a control character, spaces a block
        # would lose) is written double-quoted, with escapes.
        return styled if _reads_back(styled, value) else DoubleQuotedScalarString(value)
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, dict):
        mapping = CommentedMap()
        for key, item in value.items():
            old = like.get(key) if isinstance(like, dict) else None
            mapping[key] = to_node(item, old)
        return mapping
    if isinstance(value, list | tuple):
        seq = CommentedSeq()
        for index, item in enumerate(value):
            old = like[index] if isinstance(like, list) and index < len(like) else None
            seq.append(to_node(item, old))
        if isinstance(like, CommentedSeq) and _is_flow(like):
            seq.fa.set_flow_style()
        return seq
    raise TypeError(f"cannot write {type(value).__name__} in an agenda")


def to_plain(node: Any) -> Any:
    """A round-trip value as plain Python data (str, int, float, bool, None, dict, list)."""
    if isinstance(node, dict):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, str):
        return str(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    return node
