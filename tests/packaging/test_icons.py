"""The icon: our own SVG, legible when small, packed into .ico and .icns by the build."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.packaging import load

icons = load("icons")
build = load("build")

SVG = Path(__file__).resolve().parents[2] / "assets" / "facilitator.svg"


def fake_png(size: int) -> bytes:
    """The first bytes of a PNG of ``size`` x ``size`` (all the writers read)."""
    header = struct.pack(">II", size, size) + b"\x08\x06\x00\x00\x00"
    return icons.PNG_SIGNATURE + struct.pack(">I", 13) + b"IHDR" + header + b"pixels%d" % size


def test_png_size_reads_the_header_and_refuses_other_files() -> None:
    assert icons.png_size(fake_png(48)) == (48, 48)
    with pytest.raises(ValueError, match="not a PNG"):
        icons.png_size(b"GIF89a" + bytes(30))


def test_ico_holds_every_size_and_reads_back() -> None:
    pngs = {size: fake_png(size) for size in icons.ICO_SIZES}
    data = icons.ico(pngs)
    assert struct.unpack("<HHH", data[:6]) == (0, 1, len(icons.ICO_SIZES))
    # The directory writes 256 as 0, and each entry says 32 bits per pixel.
    last = struct.unpack("<BBBBHHII", data[6 + 16 * (len(icons.ICO_SIZES) - 1) :][:16])
    assert last[:2] == (0, 0) and last[5] == 32
    assert icons.read_ico(data) == pngs


def test_icns_holds_plain_and_retina_entries_and_reads_back() -> None:
    pngs = {size: fake_png(size) for size in icons.ICNS_SIZES}
    data = icons.icns(pngs)
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    entries = icons.read_icns(data)
    assert set(entries) == {code for code, _size in icons.ICNS_TYPES}
    assert entries[b"ic10"] == pngs[1024] and entries[b"ic11"] == pngs[32]


def test_a_missing_or_wrong_size_is_refused() -> None:
    pngs = {size: fake_png(size) for size in icons.ICO_SIZES}
    del pngs[16]
    with pytest.raises(ValueError, match=r"\[16\]"):
        icons.ico(pngs)
    pngs[16] = fake_png(17)
    with pytest.raises(ValueError, match="16 px image"):
        icons.ico(pngs)


def test_the_svg_is_square_and_draws_nothing_from_outside() -> None:
    root = ET.parse(SVG).getroot()
    assert root.get("viewBox") == "0 0 64 64"
    text = SVG.read_text(encoding="utf-8")
    # Our own drawing: no embedded bitmaps, fonts or links to other files.
    for foreign in ("<image", "<text", "href", "@font-face", "base64"):
        assert foreign not in text


def colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for y in range(image.height()) for x in range(image.width())}


def test_at_16_px_the_screen_the_disc_and_the_red_sector_are_all_there() -> None:
    png = build.render_pngs(SVG, (16,))[16]
    image = QImage.fromData(png)
    assert (image.width(), image.height()) == (16, 16)
    opaque = [
        image.pixelColor(x, y)
        for y in range(16)
        for x in range(16)
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert len(opaque) > 100  # fills most of its square
    # The three things that make it legible: a dark screen, a light disc, the red sector.
    assert any(c.lightness() < 60 for c in opaque)
    assert any(c.lightness() > 200 and c.saturation() < 30 for c in opaque)
    assert any(c.red() > 180 and c.green() < 100 and c.blue() < 100 for c in opaque)
    # A light bezel frames the dark screen, so it stands out on a dark panel too.
    assert image.pixelColor(0, 6).lightness() > 110


def test_make_icons_writes_ico_and_icns_with_real_images(tmp_path: Path) -> None:
    written = build.make_icons(tmp_path)
    assert {p.name for p in written} == {
        "facilitator.ico",
        "facilitator.icns",
        "facilitator-256.png",
    }
    for size, png in icons.read_ico((tmp_path / "facilitator.ico").read_bytes()).items():
        image = QImage.fromData(png)
        assert (image.width(), image.height()) == (size, size)
        assert len(colours(image)) > 3
    entries = icons.read_icns((tmp_path / "facilitator.icns").read_bytes())
    big = QImage.fromData(entries[b"ic10"])
    assert (big.width(), big.height()) == (1024, 1024)


def test_qts_own_ico_and_icns_readers_read_every_image(tmp_path: Path) -> None:
    """A reader that is not ours (Qt's image plug-ins for Windows and macOS icons)."""
    from PySide6.QtGui import QImageReader

    build.make_icons(tmp_path)
    for name, sizes in (
        ("facilitator.ico", list(icons.ICO_SIZES)),
        ("facilitator.icns", [size for _code, size in icons.ICNS_TYPES]),
    ):
        reader = QImageReader(str(tmp_path / name))
        assert reader.imageCount() == len(sizes), name
        read = []
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            image = reader.read()
            assert not image.isNull(), (name, index)
            read.append(image.width())
        assert read == sizes, name
