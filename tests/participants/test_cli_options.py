"""``--participants`` and ``--listen`` on the command line."""

from __future__ import annotations

import pytest

from facilitator.cli import app_parser, main
from facilitator.participants.network import Listen


def test_participants_and_listen_are_parsed() -> None:
    ns = app_parser().parse_args(["--participants", "--listen", "127.0.0.1"])
    assert ns.participants is True and ns.listen == Listen("127.0.0.1", None)
    assert app_parser().parse_args([]).listen is None
    assert app_parser().parse_args(["--listen", "10.0.0.5:9000"]).listen == Listen("10.0.0.5", 9000)


def test_a_bad_listen_address_is_a_usage_error_in_a_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--listen", "0.0.0.0"]) == 2
    err = capsys.readouterr().err
    assert "not one interface" in err and "Traceback" not in err
