"""SHA-256 digests without OpenSSL when Python has its own (pure).

:mod:`hashlib` loads OpenSSL's libcrypto on import, some 3.4 MiB resident in
the app from its first paint on (issue 14), for what is only the digest of a
few agenda files (the cache of checked agendas, an agenda's fingerprint in
the journal). CPython carries its own SHA-256 (``_sha256`` up to 3.11,
``_sha2`` from 3.12), which gives the same digests; hashlib remains the way
where a build lacks it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast


class Digest(Protocol):
    """What a running SHA-256 offers: more bytes, and the digest so far in hex."""

    def update(self, data: bytes, /) -> None:
        """Add ``data`` to what is digested."""

    def hexdigest(self) -> str:
        """The digest of everything given so far, in lowercase hex."""


def _builtin() -> Callable[[bytes], Digest] | None:
    for name in ("_sha2", "_sha256"):
        try:
            module = __import__(name)
        except ImportError:
            continue
        return cast("Callable[[bytes], Digest]", module.sha256)
    return None


_SHA256 = _builtin()


def sha256(data: bytes = b"") -> Digest:
    """A SHA-256 of ``data`` that can be given more (``update``), as ``hashlib.sha256``."""
    if _SHA256 is not None:
        return _SHA256(data)
    import hashlib  # a build without CPython's own SHA-256: OpenSSL's

    return hashlib.sha256(data)
