"""One agenda file being edited: its round-trip tree and the plain data it holds (pure).

A :class:`Document` keeps two views of the same file, changed together by the
same few operations (set a field, remove a field, insert, remove or move an
entry of a list):

* ``tree``: ruamel's round-trip tree, which writes the file back with its
  comments, key order, quotes and block texts (:mod:`facilitator.editing.rt_yaml`);
* ``data``: plain Python data as the loader reads the file (PyYAML, YAML 1.1),
  which the editor's views show and the rules check.

Every operation returns an :class:`Undo` that puts both views back exactly as
they were (the same tree nodes, so a text's quotes and comments come back too).
That the saved text reads back as ``data`` is what the writer's tests check.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.compat import ordereddict

from facilitator.agenda.errors import AgendaError, Loc
from facilitator.agenda.yaml_source import parse_file
from facilitator.editing import rt_yaml
from facilitator.editing.shape import field_order, position_for
from facilitator.i18n import translate

#: An operation's inverse: call it to undo exactly that operation.
Undo = Callable[[], None]


class DocumentError(ValueError):
    """A file that the editor cannot open; ``problems`` says why, as the loader words it."""

    def __init__(self, message: str, error: AgendaError | None = None) -> None:
        super().__init__(message)
        self.error = error


@dataclass
class Document:
    """A session or library file open for editing."""

    path: Path
    tree: rt_yaml.Tree
    data: dict[str, Any]
    saved_text: str
    revision: int = 0
    saved_revision: int = 0
    _text_cache: tuple[int, str] | None = field(default=None, repr=False)

    @property
    def kind(self) -> str:
        """'session' or 'library'."""
        return "library" if self.data.get("kind") == "library" else "session"

    @property
    def modified(self) -> bool:
        """Whether the file differs from what was last read or saved."""
        return self.revision != self.saved_revision and self.text() != self.saved_text

    # --- reading -------------------------------------------------------------------

    def get(self, loc: Loc, default: Any = None) -> Any:
        """The plain value at ``loc`` (keys and 0-based indexes), or ``default``."""
        node: Any = self.data
        for key in loc:
            if isinstance(node, dict) and isinstance(key, str):
                if key not in node:
                    return default
            elif not (isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node)):
                return default
            node = node[key]
        return node

    def text(self) -> str:
        """The file's text as it would be saved now."""
        if self._text_cache is None or self._text_cache[0] != self.revision:
            self._text_cache = (self.revision, rt_yaml.dump_tree(self.tree))
        return self._text_cache[1]

    def mark_saved(self, text: str) -> None:
        """Record that ``text`` (this document's current text) is now on disk."""
        self.saved_text = text
        self.saved_revision = self.revision

    # --- changing --------------------------------------------------------------------

    def _parents(self, loc: Loc) -> tuple[Any, Any, str | int]:
        if not loc:
            raise KeyError("the whole file cannot be replaced")
        tree: Any = self.tree.root
        data: Any = self.data
        for key in loc[:-1]:
            tree = tree[key]
            data = data[key]
        return tree, data, loc[-1]

    def _changed(self) -> None:
        self.revision += 1

    def set(self, loc: Loc, value: Any) -> Undo:
        """Set the field at ``loc`` to ``value`` (plain data), adding it if missing."""
        tree, data, key = self._parents(loc)
        if isinstance(key, int):
            old_node, old_value = tree[key], data[key]
            tree[key] = rt_yaml.to_node(value, old_node)
            data[key] = copy.deepcopy(value)
            self._changed()

            def undo_item() -> None:
                tree[key] = old_node
                data[key] = old_value
                self._changed()

            return undo_item
        if key in data:
            old_node, old_value = tree[key], data[key]
            _put(tree, key, rt_yaml.to_node(value, old_node))
            data[key] = copy.deepcopy(value)
            self._changed()

            def undo_set() -> None:
                _put(tree, key, old_node)
                data[key] = old_value
                self._changed()

            return undo_set
        keys = [str(k) for k in data]
        position = position_for(keys, key, field_order(self.kind, loc[:-1], self.data))
        tree.insert(position, key, rt_yaml.to_node(value))
        _insert_key(data, position, key, copy.deepcopy(value))
        self._changed()

        def undo_add() -> None:
            del tree[key]
            tree.ca.items.pop(key, None)
            del data[key]
            self._changed()

        return undo_add

    def delete(self, loc: Loc) -> Undo:
        """Remove the field at ``loc``, with the comment lines above it (its heading)."""
        tree, data, key = self._parents(loc)
        if not isinstance(key, str) or key not in data:
            return lambda: None
        position = list(data).index(key)
        old_node, old_value = tree[key], data[key]
        comments = tree.ca.items.pop(key, None)
        del tree[key]
        del data[key]
        self._changed()

        def undo() -> None:
            tree.insert(position, key, old_node)
            if comments is not None:
                tree.ca.items[key] = comments
            _insert_key(data, position, key, old_value)
            self._changed()

        return undo

    def insert(self, loc: Loc, index: int, value: Any) -> Undo:
        """Insert ``value`` (plain data, or a :class:`Taken` entry) into the list at ``loc``."""
        tree, data = self._list(loc)
        index = max(0, min(index, len(data)))
        if isinstance(value, Taken):
            node, plain, comments = value.node, value.plain, value.comments
        else:
            node, plain, comments = rt_yaml.to_node(value), copy.deepcopy(value), None
        _shift_comments(tree, index, +1)
        list.insert(tree, index, node)
        if comments is not None:
            tree.ca.items[index] = comments
        data.insert(index, plain)
        self._changed()

        def undo() -> None:
            self._remove_at(tree, data, index)

        return undo

    def take(self, loc: Loc, index: int) -> tuple[Taken, Undo]:
        """Remove entry ``index`` of the list at ``loc``, with the comment lines above it."""
        tree, data = self._list(loc)
        taken = self._remove_at(tree, data, index)

        def undo() -> None:
            _shift_comments(tree, index, +1)
            list.insert(tree, index, taken.node)
            if taken.comments is not None:
                tree.ca.items[index] = taken.comments
            data.insert(index, taken.plain)
            self._changed()

        return taken, undo

    def move(self, loc: Loc, source: int, target: int) -> Undo:
        """Move entry ``source`` of the list at ``loc`` to index ``target``."""
        taken, undo_take = self.take(loc, source)
        undo_insert = self.insert(loc, target, taken)

        def undo() -> None:
            undo_insert()
            undo_take()

        return undo

    def _list(self, loc: Loc) -> tuple[CommentedSeq, list[Any]]:
        tree: Any = self.tree.root
        data: Any = self.data
        for key in loc:
            tree = tree[key]
            data = data[key]
        if not isinstance(tree, CommentedSeq) or not isinstance(data, list):
            raise KeyError(f"no list at {loc!r}")
        return tree, data

    def _remove_at(self, tree: CommentedSeq, data: list[Any], index: int) -> Taken:
        node = tree[index]
        comments = tree.ca.items.pop(index, None)
        list.__delitem__(tree, index)
        _shift_comments(tree, index + 1, -1)
        plain = data.pop(index)
        self._changed()
        return Taken(node, plain, comments)


@dataclass(frozen=True)
class Taken:
    """An entry taken out of a list, with its comments, to be put back or elsewhere."""

    node: Any
    plain: Any
    comments: list[Any] | None


def _put(tree: CommentedMap, key: str, node: Any) -> None:
    """Set a field's value as given: ruamel's own setter would keep the old text's style
    (a ``|`` block stays a block), which the new text may not be able to carry."""
    ordereddict.__setitem__(tree, key, node)
    tree._ok.add(key)


def _insert_key(data: dict[str, Any], position: int, key: str, value: Any) -> None:
    """Insert ``key`` at ``position`` in a dict, keeping the dict itself (parents hold it)."""
    items = list(data.items())
    items.insert(position, (key, value))
    data.clear()
    data.update(items)


def _shift_comments(tree: CommentedSeq | CommentedMap, start: int, by: int) -> None:
    """Renumber a list's per-entry comments from ``start`` on by ``by`` places."""
    moved = sorted((i for i in tree.ca.items if isinstance(i, int) and i >= start), reverse=by > 0)
    for index in moved:
        tree.ca.items[index + by] = tree.ca.items.pop(index)


def open_document(path: Path, raw: bytes | None = None) -> Document:
    """Read ``path`` (or ``raw``, its content) for editing.

    Raises DocumentError when the loader cannot read the file as YAML data at all
    (the message is the loader's); problems of the format itself are the editor's
    to show, so such a file opens.
    """
    try:
        parsed = parse_file(path, raw)
    except AgendaError as error:
        raise DocumentError(str(error), error) from None
    if parsed.issues:
        refused = AgendaError(parsed.problems(), path)
        raise DocumentError(str(refused), refused)
    text = parsed.raw.decode("utf-8").removeprefix("\ufeff")
    try:
        tree = rt_yaml.load_tree(text)
    except rt_yaml.TreeError as exc:
        raise DocumentError(
            translate("Editor", "{file}: {problem}").format(file=path.name, problem=exc)
        ) from None
    return Document(path=path, tree=tree, data=parsed.data, saved_text=text)
