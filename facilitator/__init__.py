"""Facilitator: run a workshop live from a YAML agenda, on a presenter and a projector window."""

import sys

__version__ = "0.1.0"

if sys.modules.get("PySide6") is not None:
    # A Qt program imports Facilitator (the benchmarks' child, the tests): PySide's
    # import hook is in place already, so it is made to keep no module's source lines
    # from here on, not only from the interface's package on (issue 14).
    def _keep_no_source_lines() -> None:
        # Imported here, not at the top: the interface's package only where Qt is
        # loaded already (the interface's __init__ replaces the check).
        from facilitator.ui import pyside_import_hook

        pyside_import_hook.replace_check()

    _keep_no_source_lines()
