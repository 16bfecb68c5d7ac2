"""Nothing of the editor or the start window is loaded before the trainer opens one."""

from __future__ import annotations

import subprocess
import sys


def test_starting_the_app_loads_neither_the_editor_nor_ruamel() -> None:
    code = (
        "import sys; import facilitator.ui.app; "
        "print(sorted(m for m in sys.modules if m.startswith(("
        "'ruamel', 'facilitator.editing', 'facilitator.ui.editor', 'facilitator.ui.start.window', "
        "'facilitator.ui.start.new_session'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"
