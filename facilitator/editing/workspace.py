"""A session open in the editor, with the library files it uses (pure).

The :class:`Workspace` is the editor's model: its documents, the edits made
to them (applied and reverted only through :meth:`Workspace.apply` and
:meth:`Workspace.revert`), the check of what would be saved, and whether the
file is one of the app's own (bundled: never overwritten, saved as the
trainer's copy). Views subscribe to it and re-read what they show after
every change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from facilitator.editing.document import Document, DocumentError, open_document
from facilitator.editing.edits import Edit
from facilitator.editing.run_guard import RunGuard
from facilitator.editing.validation import Validation, validate
from facilitator.i18n import translate
from facilitator.paths import is_bundled

SESSION = "session"

#: Told after every change: the edit made or reverted (None: the documents were replaced).
Listener = Callable[[Edit | None], None]


class Workspace:
    """The session being edited and its library files, by key ("session", "x.yaml")."""

    def __init__(self, session: Document, libraries: dict[str, Document], *, bundled: bool):
        self._docs: dict[str, Document] = {SESSION: session, **libraries}
        self.bundled = bundled
        self._listeners: list[Listener] = []
        self._validation: tuple[tuple[int, ...], Validation] | None = None
        # Asked before an edit of the steps is kept: what has begun in the session under way.
        self.run_guard: Callable[[], RunGuard | None] = lambda: None

    # --- documents -----------------------------------------------------------------

    @property
    def session(self) -> Document:
        """The session file's document."""
        return self._docs[SESSION]

    @property
    def path(self) -> Path:
        """The session file."""
        return self.session.path

    def document(self, key: str) -> Document:
        """The document named ``key`` ("session" or a library file as the session lists it)."""
        return self._docs[key]

    @property
    def keys(self) -> list[str]:
        """The documents' keys: the session first, then its library files in order."""
        return list(self._docs)

    @property
    def libraries(self) -> dict[str, Document]:
        """The library files that could be opened, by their name in the session's list."""
        return {key: doc for key, doc in self._docs.items() if key != SESSION}

    @property
    def modified(self) -> bool:
        """Whether anything differs from the files on disk."""
        return any(doc.modified for doc in self._docs.values())

    def texts(self) -> dict[str, tuple[Path, str]]:
        """Each document's path and the text it would be saved with."""
        return {key: (doc.path, doc.text()) for key, doc in self._docs.items()}

    def relocate(self, paths: dict[str, Path], *, bundled: bool) -> None:
        """The documents now live at ``paths`` (after a copy was saved there)."""
        for key, path in paths.items():
            self._docs[key].path = path
        self.bundled = bundled
        self._validation = None
        self._tell(None)

    # --- changes -------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` after every change."""
        self._listeners.append(listener)

    def _tell(self, edit: Edit | None) -> None:
        for listener in list(self._listeners):
            listener(edit)

    def apply(self, edit: Edit) -> str | None:
        """Make ``edit``; returns why it was refused (and nothing changed), or None."""
        edit.apply(self)
        if SESSION in edit.docs:
            guard = self.run_guard()
            refusal = guard.check(self.session.data.get("steps") or []) if guard else None
            if refusal is not None:
                edit.revert(self)
                return refusal
        self._tell(edit)
        return None

    def revert(self, edit: Edit) -> None:
        """Undo ``edit`` (the undo stack's job)."""
        edit.revert(self)
        self._tell(edit)

    # --- checking ----------------------------------------------------------------------

    def validation(self) -> Validation:
        """What ``facilitator check`` would say of the files as they would be saved."""
        stamp = tuple(doc.revision for doc in self._docs.values())
        if self._validation is None or self._validation[0] != stamp:
            self._validation = (stamp, validate(self.path, self.texts()))
        return self._validation[1]

    def guard_refusal(self) -> str | None:
        """Why saving now would rewrite the session under way (it has moved on), or None."""
        guard = self.run_guard()
        return guard.check(self.session.data.get("steps") or []) if guard else None


def open_workspace(path: Path) -> Workspace:
    """Open the session at ``path`` and the library files it names that exist.

    Raises DocumentError when the session file cannot be read as YAML data (the
    loader's message). A library file that is missing or unreadable is left out:
    the check then reports it, as ``facilitator check`` does.
    """
    session = open_document(path)
    if session.kind == "library":
        raise DocumentError(
            translate(
                "Editor",
                "{file} is a library file, not a session: open a session file that names it",
            ).format(file=path.name)
        )
    libraries: dict[str, Document] = {}
    entries = session.data.get("library")
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, str) or entry in libraries or entry == SESSION:
            continue
        try:
            libraries[entry] = open_document(path.parent / entry)
        except DocumentError:
            continue
    return Workspace(session, libraries, bundled=is_bundled(path))
