"""Reading the code for translatable texts, as the translation tests need it (pure AST).

- :func:`marked_messages`: every ``translate("context", "text")`` and
  ``QT_TRANSLATE_NOOP("context", "text")`` call with literal strings, and the
  calls that lupdate cannot read (a context or text that is not a literal).
- :func:`unwrapped_literals`: English words handed straight to a widget in
  ``facilitator/ui`` (``setText("Pause")``, ``QLabel(f"Step {n}")``,
  ``QMessageBox.question(self, "Quit", ...)``) instead of through
  :func:`facilitator.i18n.translate`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
WRAPPERS = {"translate", "translate_marked", "QT_TRANSLATE_NOOP", "tr"}

# Methods whose string arguments the trainer reads: (name, which positional arguments).
VISIBLE_METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setLabelText": (0,),
    "setTitle": (0,),
    "setInformativeText": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setSpecialValueText": (0,),
    "setOkButtonText": (0,),
    "setCancelButtonText": (0,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setHtml": (0,),
    "setMarkdown": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "addMenu": (0,),
    "addItem": (0,),
    "addRow": (0,),
    "addButton": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setHeaderLabels": (0,),
    "showMessage": (0,),
    "show_message": (0,),
    "show_notice": (0,),
    "question": (1, 2),
    "warning": (1, 2),
    "information": (1, 2),
    "critical": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getDouble": (1, 2),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
    "ask": (0, 1),  # the console's own yes/no question
}
# Widgets whose constructor's first argument is shown.
VISIBLE_CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolBar",
    "QToolButton",
    "QCommandLinkButton",
    "QTableWidgetItem",
    "QListWidgetItem",
    "plain_label",  # ui/markup.py: a label that shows its text as it is
    "TextLabel",  # ui/text_label.py
    "autotext",  # ui/markup.py: text for a tooltip or a message box
}
# Names no language changes.
UNTRANSLATED_WORDS = re.compile(r"Facilitator|STEAM Coach|Time Timer|Markdown|CSV|JSON|PDF|YAML")


@dataclass(frozen=True)
class Marked:
    """A message as lupdate should find it."""

    context: str
    text: str
    disambiguation: str | None
    where: str


@dataclass(frozen=True)
class Finding:
    """Something the tests refuse, and where."""

    where: str
    what: str


def modules(folder: Path) -> Iterator[tuple[Path, ast.Module]]:
    """Every module under ``folder``, parsed."""
    for path in sorted(folder.rglob("*.py")):
        if "__pycache__" not in path.parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


# The translation machinery itself hands on variables.
EXEMPT = ("facilitator/i18n/", "facilitator/ui/i18n.py")


def marked_messages(folder: Path, root: Path) -> tuple[list[Marked], list[Finding]]:
    """Every literal message marked under ``folder``; the marker calls lupdate cannot read."""
    found: list[Marked] = []
    unreadable: list[Finding] = []
    for path, tree in modules(folder):
        if path.relative_to(root).as_posix().startswith(EXEMPT):
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in MARKERS:
                continue
            if isinstance(node.func, ast.Attribute) and _name(node.func) == "translate":
                owner = node.func.value
                if not (isinstance(owner, ast.Name) and owner.id in ("QCoreApplication", "i18n")):
                    continue  # someone else's translate()
            where = f"{path.relative_to(root)}:{node.lineno}"
            if len(node.args) < 2:
                unreadable.append(Finding(where, "a context and a text are needed"))
                continue
            context, text = _literal(node.args[0]), _literal(node.args[1])
            extra = node.args[2] if len(node.args) > 2 else None
            disambiguation = _literal(extra) if extra is not None else None
            if context is None or text is None or (extra is not None and disambiguation is None):
                unreadable.append(
                    Finding(where, "write the context and the text as plain string literals")
                )
                continue
            if len(node.args) > 3 or node.keywords:
                unreadable.append(Finding(where, "no plural forms or keywords: lupdate misreads"))
                continue
            found.append(Marked(context, text, disambiguation, where))
    return found, unreadable


def _shown_text(node: ast.expr) -> str:
    """The literal words in ``node`` a reader would see, if it is a literal, an f-string or a
    sum or ``%``-format of those; "" when it is something else (a variable, a call)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_shown_text(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _shown_text(node.left) + " " + _shown_text(node.right)
    if isinstance(node, ast.IfExp):
        return _shown_text(node.body) + " " + _shown_text(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return " ".join(_shown_text(e) for e in node.elts)
    if isinstance(node, ast.Call) and _name(node.func) == "join":
        return " ".join(_shown_text(a) for a in node.args)
    return ""


def has_words(text: str) -> bool:
    """Whether ``text`` holds a word to translate (names no language changes left out)."""
    rest = UNTRANSLATED_WORDS.sub("", text)
    rest = re.sub(r"\{[^}]*\}|%\d|&(?=\w)|\*\.\w+|\(\*\)", "", rest)  # placeholders, filters
    return re.search(r"[^\W\d_]{2,}", rest) is not None


def unwrapped_literals(folder: Path, root: Path) -> list[Finding]:
    """English words handed to a widget without :func:`facilitator.i18n.translate`."""
    findings = []
    for path, tree in modules(folder):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name in VISIBLE_CONSTRUCTORS and isinstance(node.func, ast.Name):
                positions: tuple[int, ...] = (0,)
            elif name in VISIBLE_METHODS and isinstance(node.func, ast.Attribute):
                positions = VISIBLE_METHODS[name]
            else:
                continue
            for index in positions:
                if index >= len(node.args):
                    continue
                text = _shown_text(node.args[index])
                if has_words(text):
                    where = f"{path.relative_to(root)}:{node.args[index].lineno}"
                    findings.append(Finding(where, f"{name}(…{text.strip()[:60]!r}…)"))
    return findings


# Where the agenda's check (and the editor's import) hands a problem's words on, by the
# callee's name: which positional arguments are the message.
PROBLEM_CALLS: dict[str, tuple[int, ...]] = {
    "issue": (1,),  # ParsedFile.issue(loc, message)
    "file_error": (1,),
    "Problem": (3,),
    "_Refusal": (1,),
    "GroupSizeError": (0,),
    "RowProblem": (1,),
    "DocumentError": (0,),
    "TreeError": (0,),
    "SaveError": (0,),
}


def _returns(tree: ast.Module) -> Iterator[ast.Return]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Return) and node.value is not None:
            yield node


def unwrapped_problems(paths: list[Path], wording: list[Path], root: Path) -> list[Finding]:
    """Words of the check's problems that do not go through ``translate``: a literal or an
    f-string handed to a problem in ``paths``, or returned by a function of ``wording``
    (the modules whose functions word messages)."""
    findings = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        shown: list[tuple[str, ast.expr]] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in PROBLEM_CALLS:
                name = _name(node.func)
                shown += [(name, node.args[i]) for i in PROBLEM_CALLS[name] if i < len(node.args)]
        if path in wording:
            shown += [("return", node.value) for node in _returns(tree) if node.value is not None]
        for name, argument in shown:
            if isinstance(argument, ast.Call) and _name(argument.func) == "format":
                argument = argument.func.value  # type: ignore[attr-defined]
            text = _shown_text(argument)
            if has_words(text):
                where = f"{path.relative_to(root)}:{argument.lineno}"
                findings.append(Finding(where, f"{name}(…{text.strip()[:60]!r}…)"))
    return findings
