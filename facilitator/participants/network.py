"""Where the participants' server listens (pure).

The default is the address of the interface the default route goes through:
the room's network on a laptop joined to it. On Linux the route is read from
``/proc/net/route`` (the Qt side then asks that interface for its address);
elsewhere, or without a default route, the Qt side picks the first interface
that is up, not a loopback, with an IPv4 address. ``--listen ADDRESS[:PORT]``
chooses instead (tests use ``--listen 127.0.0.1``). Nothing here sends a packet.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path
from typing import Final

#: The first port tried; the next ones are tried when it is taken.
DEFAULT_PORT: Final = 8765
#: How many ports from :data:`DEFAULT_PORT` are tried before any free port is taken.
PORT_TRIES: Final = 10


class ListenError(ValueError):
    """An address to listen on that cannot be used; the message says why, in a sentence."""


@dataclass(frozen=True)
class Listen:
    """An address to listen on, and a port (None: the default, or the next free one)."""

    host: str
    port: int | None = None


def parse_listen(text: str) -> Listen:
    """``--listen``'s value: an IPv4 address, optionally with ``:PORT``."""
    host, _, port_text = text.strip().partition(":")
    try:
        address = ipaddress.IPv4Address(host)
    except ValueError:
        raise ListenError(
            f"“{text}” is not an address to listen on: give an IPv4 address such as "
            "192.168.1.20 or 127.0.0.1, optionally with :PORT."
        ) from None
    if address.is_unspecified or address.is_multicast:
        raise ListenError(
            f"{host} is not one interface: give the address of the network the phones are on."
        )
    port = None
    if port_text:
        if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
            raise ListenError(f"“{port_text}” is not a port: give a number from 1 to 65535.")
        port = int(port_text)
    return Listen(str(address), port)


def default_route_interface(table: str) -> str | None:
    """The interface of the default route in a ``/proc/net/route`` table, if there is one.

    A row whose destination and mask are ``00000000`` is a default route; of
    several, the one with the lowest metric.
    """
    best: tuple[int, str] | None = None
    for line in table.splitlines()[1:]:
        fields = line.split()
        if len(fields) < 8:
            continue
        name, destination, flags, metric, mask = (
            fields[0],
            fields[1],
            fields[3],
            fields[6],
            fields[7],
        )
        if destination != "00000000" or mask != "00000000":
            continue
        try:
            up = int(flags, 16) & 0x1
            rank = int(metric)
        except ValueError:
            continue
        if up and (best is None or rank < best[0]):
            best = (rank, name)
    return best[1] if best is not None else None


def linux_default_interface(path: Path = Path("/proc/net/route")) -> str | None:
    """The default route's interface on this machine (Linux), or None."""
    try:
        return default_route_interface(path.read_text(encoding="ascii", errors="replace"))
    except OSError:
        return None


@dataclass(frozen=True)
class Interface:
    """A network interface as the Qt side sees it: its name and IPv4 addresses."""

    name: str
    addresses: tuple[str, ...]
    up: bool = True
    loopback: bool = False


def choose_address(interfaces: list[Interface], default: str | None) -> str | None:
    """The address to listen on: the default route's interface's, else the first that is
    up, not a loopback, with an IPv4 address (private addresses first); None: none."""
    usable = [i for i in interfaces if i.up and not i.loopback and i.addresses]
    for interface in usable:
        if interface.name == default:
            return interface.addresses[0]
    private = [i for i in usable if ipaddress.IPv4Address(i.addresses[0]).is_private]
    chosen = private or usable
    return chosen[0].addresses[0] if chosen else None


def hosts_for(address: str, port: int) -> set[str]:
    """The ``Host`` headers a request to ``address:port`` may carry (``localhost`` on loopback)."""
    hosts = {f"{address}:{port}"}
    if ipaddress.IPv4Address(address).is_loopback:
        hosts.add(f"localhost:{port}")
    if port == 80:
        hosts |= {h.rsplit(":", 1)[0] for h in hosts}
    return hosts
