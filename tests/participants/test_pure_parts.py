"""The pure parts of the participants' server: codes, rates, addresses, QR, Markdown, the plan."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.participants.codes import (
    ALPHABET,
    REMOTE_CODE_LENGTH,
    grouped,
    new_code,
    same_code,
)
from facilitator.participants.limits import MINUTE, SECOND, RateLimiter
from facilitator.participants.markdown import TAGS, to_html
from facilitator.participants.network import (
    Interface,
    ListenError,
    choose_address,
    default_route_interface,
    hosts_for,
    parse_listen,
)
from facilitator.participants.plan import filename, plan_text, sheet_from
from facilitator.participants.qr import qr_matrix
from facilitator.participants.words import WORDS, phone_words

from .fakes import agenda_2


def test_codes_are_random_long_enough_and_easy_to_type() -> None:
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(c) == 6 and set(c) <= set(ALPHABET) for c in codes)
    assert not set("01OIL") & set(ALPHABET)
    remote = new_code(REMOTE_CODE_LENGTH)
    assert len(remote) == 16 and grouped(remote).count("-") == 3
    with pytest.raises(ValueError):
        new_code(5)


def test_a_code_is_compared_as_typed() -> None:
    assert same_code("abc def", "ABCDEF") and same_code("ABC-DEF", "ABCDEF")
    assert not same_code("ABCDE", "ABCDEF") and not same_code("", "ABCDEF")
    assert not same_code("Ä" * 100, "ABCDEF")


def test_the_rate_limiter_refills_with_time() -> None:
    limiter = RateLimiter(10)
    assert all(limiter.allow("a", 0) for _ in range(10))
    assert not limiter.allow("a", 0)
    assert limiter.wait("a", 0) == 6
    assert limiter.allow("b", 0)
    assert not limiter.allow("a", 5 * SECOND)
    assert limiter.allow("a", 6 * SECOND)
    assert limiter.left("a", MINUTE * 2) == 10


def test_the_rate_limiter_remembers_a_bounded_number_of_devices() -> None:
    limiter = RateLimiter(1, keys=3)
    for key in "abcd":
        limiter.allow(key, 0)
    assert limiter.allow("a", 0)  # forgotten: a flood of addresses costs bounded memory
    assert not limiter.allow("d", 0)


ROUTE = """Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask
docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF
wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000
eth0\t00000000\t0102A8C0\t0003\t0\t0\t100\t00000000
"""


def test_the_default_route_interface_is_read_from_the_table() -> None:
    assert default_route_interface(ROUTE) == "eth0"
    assert default_route_interface(ROUTE.splitlines()[0]) is None
    interfaces = [
        Interface("lo", ("127.0.0.1",), loopback=True),
        Interface("docker0", ("172.17.0.1",)),
        Interface("eth0", ("192.168.2.20",)),
    ]
    assert choose_address(interfaces, "eth0") == "192.168.2.20"
    assert choose_address(interfaces, None) == "172.17.0.1"
    assert choose_address(interfaces[:1], None) is None


def test_listen_takes_an_address_and_a_port() -> None:
    assert parse_listen("127.0.0.1").port is None
    assert parse_listen("192.168.1.5:9000").port == 9000
    for bad in ("0.0.0.0", "localhost", "1.2.3.4:99999", "224.0.0.1", "::1"):
        with pytest.raises(ListenError):
            parse_listen(bad)
    assert hosts_for("127.0.0.1", 8765) == {"127.0.0.1:8765", "localhost:8765"}


def test_the_qr_code_holds_the_address() -> None:
    matrix = qr_matrix("http://192.168.1.20:8765/r/ABCDEF/")
    assert len(matrix) == len(matrix[0]) >= 25
    assert matrix[0][:7] == (True,) * 7  # a finder pattern


@given(st.text(alphabet=string.printable + "<>&\"'äé", max_size=300))
def test_markdown_for_phones_holds_only_its_own_tags(text: str) -> None:
    html = to_html(text)
    tags = {part.split(">")[0].split(" ")[0].strip("/") for part in html.split("<")[1:]}
    assert tags <= TAGS


def test_raw_html_in_markdown_shows_as_typed() -> None:
    html = to_html("**vet** <script>alert(1)</script> [link](javascript:alert(1))")
    assert "<strong>vet</strong>" in html
    assert "&lt;script&gt;" in html and "<a" not in html and "href" not in html


def test_the_plan_as_a_text_file() -> None:
    section = agenda_2().section("oproep-tot-actie")
    assert section is not None and section.phases
    sheet = sheet_from(section, {"phase-1": "Mijn doel\r\nregel 2\x00"}, "nl")
    text = plan_text(sheet)
    assert "Mijn doel\nregel 2" in text and "\x00" not in text
    assert filename(sheet, "txt") == "oproep-tot-actie.txt"
    with pytest.raises(ValueError):
        sheet_from(section, {"phase-2": "x" * 501}, "nl")


def test_every_language_has_every_word_and_the_same_placeholders() -> None:
    english = phone_words("en")
    assert phone_words("xx") == english and phone_words("nl-BE") == WORDS["nl"]
    for words in WORDS.values():
        for name, value in vars(words).items():
            if isinstance(value, str):
                assert value, (words.language, name)
                assert sorted(string.Formatter().parse(value), key=str) is not None
                fields = {f for _, f, _, _ in string.Formatter().parse(value) if f}
                english_fields = {
                    f for _, f, _, _ in string.Formatter().parse(getattr(english, name)) if f
                }
                assert fields == english_fields, (words.language, name)
