"""The join address as a QR code's modules (pure; segno is imported only when asked).

segno (pure Python, no dependencies) makes the code; this module hands the
views a plain matrix of dark (True) and light modules, without the quiet zone
(the painters leave four modules of margin around it).
"""

from __future__ import annotations

from functools import cache
from typing import Final

#: The quiet zone the painters leave around the code, in modules.
QUIET: Final = 4

Matrix = tuple[tuple[bool, ...], ...]


@cache
def qr_matrix(text: str) -> Matrix:
    """The QR code of ``text`` (error correction M: readable with a smudge or a glare)."""
    import segno

    code = segno.make_qr(text, error="m", boost_error=False)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)
