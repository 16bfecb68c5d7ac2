"""The SHA-256 of facilitator.digest: hashlib's digests, without OpenSSL (issue 14)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from facilitator.digest import sha256


@given(st.lists(st.binary(max_size=300), max_size=4))
def test_the_digest_is_hashlibs(parts: list[bytes]) -> None:
    ours, theirs = sha256(), hashlib.sha256()
    for part in parts:
        ours.update(part)
        theirs.update(part)
    assert ours.hexdigest() == theirs.hexdigest()
    assert sha256(b"".join(parts)).hexdigest() == theirs.hexdigest()


def test_digesting_an_agenda_loads_no_openssl() -> None:
    script = (
        "import json, sys\n"
        "from facilitator.agenda.cache import code_digest, file_digest\n"
        "from facilitator.paths import default_agenda\n"
        "code_digest(); file_digest(default_agenda())\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert "_hashlib" not in modules and "hashlib" not in modules
