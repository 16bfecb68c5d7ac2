"""PySide's import hook, made to leave no module's source lines in memory (issue 14).

No Qt is imported here: :func:`replace_check` works on a PySide6 imported
already, :func:`read_sources_once` (called by ``facilitator.ui``) imports it.

Once PySide6 is imported, its ``__feature__`` support looks at every module
imported after it: a module whose source names ``PySide6`` may switch on
PySide's features (``snake_case``, ``true_property``), any other is left
alone. It finds out with ``inspect.getsource(module)``, which reads the file
through :mod:`linecache`, and linecache keeps every line of every file it
read: some 230 modules, about 9 MiB of Python strings resident for the whole
session (measured 5 s after start: 107.5 MiB with them, 98.1 MiB without),
and freeing them afterwards gives nothing back (the lines are scattered
among the modules' other objects, so Python's memory pools stay in use).

:func:`read_sources_once` puts a check in the hook's place that gives the
same answer (does the module's file contain ``PySide6``?) from the file's
bytes, read once and dropped. Modules without a ``.py`` file (built-in,
compiled, zipped) are still asked PySide's own way; where PySide's
internals are not as expected (another version), nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

HOOK_MODULE = "shibokensupport.feature"
HOOK_FUNCTION = "_mod_uses_pyside"  # PySide 6.x: feature_imported() calls it per new module
MARK = b"PySide6"


def source_names_pyside(
    module: ModuleType, fallback: Callable[[ModuleType], bool] | None = None
) -> bool:
    """Whether ``module``'s source file contains ``PySide6`` (PySide's own test, uncached).

    A module without a ``.py`` file goes to ``fallback`` (PySide's check), or is
    taken as not naming PySide when there is none.
    """
    file = getattr(module, "__file__", None)
    if isinstance(file, str) and file.endswith(".py"):
        try:
            with open(file, "rb") as source:
                return MARK in source.read()
        except OSError:
            return False  # as inspect.getsource's OSError: no source, no features
    return fallback(module) if fallback is not None else False


def read_sources_once() -> bool:
    """Replace PySide's per-import source check by :func:`source_names_pyside`.

    Imports PySide6 (its import hook is installed then). Returns whether the
    check was replaced (False where PySide's internals differ: left as they are).
    """
    import PySide6  # noqa: F401 (installs shiboken's import hook)

    return replace_check()


def replace_check() -> bool:
    """:func:`read_sources_once` where PySide6 is imported already; nothing imported here.

    Facilitator's package calls it as it is imported, so that a Qt program that
    imported PySide6 first (the benchmarks' child, the tests) keeps no lines of
    facilitator's modules either. Returns whether the check is replaced.
    """
    hook = sys.modules.get(HOOK_MODULE)
    original = getattr(hook, HOOK_FUNCTION, None)
    if hook is None or not callable(original):
        return False
    if getattr(original, "__wrapped_pyside_check__", False):
        return True  # replaced already

    def check(module: ModuleType) -> bool:
        return source_names_pyside(module, original)

    check.__wrapped_pyside_check__ = True  # type: ignore[attr-defined]
    setattr(hook, HOOK_FUNCTION, check)
    return True
