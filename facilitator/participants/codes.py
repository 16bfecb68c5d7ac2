"""The room code and the remote's code: random, easy to type, compared in constant time.

The room code is in the QR and on the projector: everyone in the room may know
it. The remote's code lets a phone drive the session, so it is longer and shown
only on the trainer's console. Both are drawn from :mod:`secrets` in an alphabet
without the letters and digits people mix up (0/O, 1/I/L), and accepted in
either case, with spaces or dashes typed in between.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Final

#: 31 characters: no 0, O, 1, I or L.
ALPHABET: Final = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
#: The room code's length: 31^6, about 887 million codes.
ROOM_CODE_LENGTH: Final = 6
#: The remote's code's length: about 10^23 codes.
REMOTE_CODE_LENGTH: Final = 16
#: The longest code a request may carry (anything longer is not a code).
LONGEST_CODE: Final = 32


def new_code(length: int = ROOM_CODE_LENGTH) -> str:
    """A fresh random code of ``length`` characters from :data:`ALPHABET`."""
    if length < ROOM_CODE_LENGTH:
        raise ValueError(f"a code has at least {ROOM_CODE_LENGTH} characters")
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def normal_code(text: str) -> str:
    """A code as typed, in the form it is compared: upper case, no spaces or dashes."""
    return "".join(c for c in text[: LONGEST_CODE * 2] if c not in " -\t").upper()


def same_code(given: str, code: str) -> bool:
    """Whether ``given`` (as typed or in a URL) is ``code``, in constant time."""
    typed = normal_code(given)
    if not typed or len(typed) > LONGEST_CODE:
        return False
    # compare_digest takes as long for a near miss as for a wild guess.
    return hmac.compare_digest(typed.encode("utf-8", "replace"), code.encode())


def grouped(code: str, size: int = 4) -> str:
    """A long code in groups for reading it off a screen: ``ABCD-EFGH-JKMN-PQRS``."""
    return "-".join(code[i : i + size] for i in range(0, len(code), size))
