"""The Windows .ico and macOS .icns containers, written from PNG images (pure).

Both formats hold the icon at several sizes, each as a PNG: Windows (Vista
and later) and macOS (10.7 and later) read PNG entries, so the one SVG in
``assets/`` is rendered once per size (by ``build.py``, with Qt) and packed
here; no binary icon is committed.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)

# (type code, pixel size) of the PNG entries of an .icns file: the plain and
# the Retina (@2x) variant of each of macOS's point sizes.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),  # 16 pt @2x
    (b"icp5", 32),
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 pt @2x
)
ICNS_SIZES = tuple(sorted({size for _code, size in ICNS_TYPES}))

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height of a PNG image, read from its header."""
    if png[:8] != PNG_SIGNATURE or png[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def _checked(pngs: Mapping[int, bytes], sizes: tuple[int, ...]) -> None:
    missing = [size for size in sizes if size not in pngs]
    if missing:
        raise ValueError(f"no image of {missing} pixels")
    for size in sizes:
        if png_size(pngs[size]) != (size, size):
            raise ValueError(f"the {size} px image is {png_size(pngs[size])}")


def ico(pngs: Mapping[int, bytes], sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """An .ico file holding the square PNG ``pngs[size]`` for each of ``sizes``."""
    _checked(pngs, sizes)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: Mapping[int, bytes]) -> bytes:
    """An .icns file with a PNG entry for each of macOS's sizes, plain and @2x."""
    _checked(pngs, ICNS_SIZES)
    body = b"".join(
        code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_ico(data: bytes) -> dict[int, bytes]:
    """The PNG images of an .ico file by size (the reverse of :func:`ico`, for checks)."""
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    if (reserved, kind) != (0, 1):
        raise ValueError("not an .ico file")
    images = {}
    for index in range(count):
        side, _h, _c, _r, _p, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        images[side or 256] = data[offset : offset + length]
    return images


def read_icns(data: bytes) -> dict[bytes, bytes]:
    """The entries of an .icns file by type code (the reverse of :func:`icns`)."""
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        raise ValueError("not an .icns file")
    entries, at = {}, 8
    while at < len(data):
        code = data[at : at + 4]
        (length,) = struct.unpack(">I", data[at + 4 : at + 8])
        if length < 8 or at + length > len(data):
            raise ValueError("a damaged .icns entry")
        entries[code] = data[at + 8 : at + length]
        at += length
    return entries
