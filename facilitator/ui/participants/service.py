"""The participants' server as the app runs it: on and off, the codes, the adapter to the app.

:class:`ParticipantsService` owns the room and remote codes (new at every
start of the app, kept while it runs, so a QR on the projector stays good
when the trainer switches the server off and on), the posting rules, the
pure :class:`~facilitator.participants.site.Site` and the
:class:`~facilitator.ui.participants.server.PhoneServer`. :class:`AppPort`
is the site's view of the app: ``scene()`` reads the controllers' values, and
every command is one the console has (a note and feedback through the room
controller, the remote's through the named commands of ``ui/actions``). The
service is one more view and one more command source: switched off, nothing
else notices.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from facilitator.engine.clock import MonotonicClock
from facilitator.i18n import translate
from facilitator.participants.assets import site_assets
from facilitator.participants.codes import REMOTE_CODE_LENGTH, new_code
from facilitator.participants.join import join_slide
from facilitator.participants.limits import Limits
from facilitator.participants.messages import NoteWish
from facilitator.participants.network import (
    DEFAULT_PORT,
    PORT_TRIES,
    Interface,
    Listen,
    choose_address,
    hosts_for,
    linux_default_interface,
)
from facilitator.participants.plan import PlanSheet, shared_note
from facilitator.participants.site import Site
from facilitator.participants.views import Posting, Scene
from facilitator.projection.screens import RoomScreen
from facilitator.room.feedback import Feedback
from facilitator.room.notices import Notice
from facilitator.room.wall import Kind, Note
from facilitator.ui.controller import SessionController
from facilitator.ui.participants.server import PhoneServer


class AppPort:
    """The app as the participants' site sees it (the site's :class:`Port`)."""

    def __init__(
        self,
        controller: SessionController,
        posting: Callable[[], Posting],
        run_command: Callable[[str], bool],
    ) -> None:
        self._controller = controller
        self._posting = posting
        self._run_command = run_command
        # Real time, not the session's: a dry run at --speed 60 must not refill rates 60x.
        self._clock = MonotonicClock()

    def now(self) -> int:
        """A real monotonic instant (ns), for the rate limits."""
        return self._clock.now()

    def scene(self) -> Scene:
        """What the phones show now, from the controllers' values."""
        c = self._controller
        projector = c.projector
        return Scene(
            c.agenda,
            c.snapshot(),
            None if projector.blank else projector.projected(),
            c.room.state,
            c.room.words,
            self._posting(),
        )

    def known_note(self, client_id: str) -> Note | None:
        """The note a phone already sent with this id, if any."""
        return self._controller.room.state.wall.by_client_id(client_id)

    def add_note(self, wish: NoteWish, step: str) -> Note | Notice:
        """A phone's note, through the room controller (plain text, its client id)."""
        return self._controller.room.post_note(
            wish.text, kind=wish.kind, client_id=wish.client_id, step=step, name=wish.name
        )

    def give_feedback(self, score: int, text: str, client_id: str) -> Feedback | Notice:
        """A phone's quick feedback, through the room controller."""
        return self._controller.room.give_feedback(score, text, client_id)

    def share_plan(self, sheet: PlanSheet, client_id: str) -> None:
        """A participant lets the trainer have their plan: each answer a note, for release."""
        for n, phase in enumerate(sheet.phases, start=1):
            if phase.answer:
                self._controller.room.post_note(
                    shared_note(phase), kind=Kind.COMMITMENT, client_id=f"{client_id}-{n}"[:64]
                )

    def run_command(self, name: str) -> bool:
        """The remote's command, as its key would run it."""
        return self._run_command(name)

    def make_pdf(self, sheet: PlanSheet) -> bytes | None:
        """No PDF is made for a phone (the page offers the text file)."""
        return None


@dataclass(frozen=True)
class Joined:
    """Where phones join: the address really listened on, and the codes."""

    address: str
    port: int
    room_code: str
    remote_code: str

    @property
    def short(self) -> str:
        """``192.168.1.20:8765``: what a person types (then the code)."""
        return f"{self.address}:{self.port}"

    @property
    def url(self) -> str:
        """The room's address with its code: what the QR holds."""
        return f"http://{self.short}/r/{self.room_code}/"

    @property
    def remote_url(self) -> str:
        """The trainer's remote (shown on the console only)."""
        return f"http://{self.short}/t/{self.remote_code}/"


def default_address() -> str | None:
    """The address of the interface with the default route (else the first usable one)."""
    interfaces = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        addresses = tuple(
            entry.ip().toString()
            for entry in interface.addressEntries()
            if entry.ip().protocol() is QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
        )
        interfaces.append(
            Interface(
                interface.name(),
                addresses,
                up=bool(flags & QNetworkInterface.InterfaceFlag.IsUp),
                loopback=bool(flags & QNetworkInterface.InterfaceFlag.IsLoopBack),
            )
        )
    return choose_address(interfaces, linux_default_interface())


class ParticipantsService(QObject):
    """The participants' server of the app: start, stop, where to join, what is waiting."""

    changed = Signal()  # started, stopped, a connection, posting opened or closed

    def __init__(
        self,
        controller: SessionController,
        run_command: Callable[[str], bool],
        parent: QObject | None = None,
        limits: Limits | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.limits = limits or Limits()
        self.room_code = new_code()
        self.remote_code = new_code(REMOTE_CODE_LENGTH)
        self.port = AppPort(controller, lambda: self.posting, run_command)
        self.server: PhoneServer | None = None
        self.joined: Joined | None = None
        self.problem = ""  # why the last start failed, in a sentence
        # Phones are told what changed once per turn of the event loop, not per signal.
        self._publish = QTimer(self)
        self._publish.setSingleShot(True)
        self._publish.setInterval(0)
        self._publish.timeout.connect(self._send_views)
        controller.changed.connect(self._soon)
        controller.projector.projectionChanged.connect(self._soon)
        controller.room.roomChanged.connect(self._soon)

    @property
    def running(self) -> bool:
        """Whether phones can connect now."""
        return self.server is not None

    def start(self, listen: Listen | None = None) -> Joined | None:
        """Listen (on ``listen``, else the default route's interface); None: the reason is in
        :attr:`problem`."""
        if self.server is not None:
            return self.joined
        host = listen.host if listen is not None else default_address()
        if host is None:
            self.problem = translate(
                "Participants",
                "No network to listen on: join the room's network (Wi-Fi) and switch the "
                "participants' server on again.",
            )
            self.changed.emit()
            return None
        tries = (
            [listen.port]
            if listen is not None and listen.port is not None
            else [
                *range(DEFAULT_PORT, DEFAULT_PORT + PORT_TRIES),
                0,
            ]
        )
        for port in tries:
            site = Site(self.port, self.room_code, self.remote_code, (), site_assets(), self.limits)
            server = PhoneServer(site, self.limits, self)
            if server.listen(host, port):
                site.hosts = frozenset(hosts_for(host, server.port))
                server.connectionsChanged.connect(lambda _n: self.changed.emit())
                self.server = server
                self.joined = joined = Joined(host, server.port, self.room_code, self.remote_code)
                self.problem = ""
                language = self.controller.agenda.session.language
                self.controller.room.set_join_slide(
                    join_slide(joined.short, joined.room_code, joined.url, language)
                )
                self.changed.emit()
                return self.joined
            error = server.error_text()
            server.deleteLater()
        self.problem = translate("Participants", "Cannot listen on {host}: {error}.").format(
            host=host, error=error
        )
        self.changed.emit()
        return None

    def port_refusals(self) -> int:
        """Requests and connections refused since the server started."""
        server = self.server
        return 0 if server is None else server.site.refusals + server.refused_connections

    def stop(self) -> None:
        """Close every connection and stop listening."""
        self._publish.stop()
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
        self.server = None
        self.joined = None
        # The room can no longer join: a join screen on the projector comes off.
        projector = self.controller.projector
        if projector.room_screen is RoomScreen.JOIN:
            projector.show_room_screen(None)
        self.controller.room.set_join_slide(None)
        self.changed.emit()

    def toggle(self, listen: Listen | None = None) -> None:
        """Start if stopped, else stop."""
        if self.running:
            self.stop()
        else:
            self.start(listen)

    @property
    def posting(self) -> Posting:
        """The trainer's rules for phones' notes, as the run's room holds them (journaled)."""
        wall = self.controller.room.state.wall
        return Posting(wall.closed_steps, wall.ask_names)

    def toggle_posting(self) -> None:
        """Open or close posting in the current step (a room command: journaled)."""
        self.controller.room.toggle_posting()

    def toggle_names(self) -> None:
        """Ask phones for a name with each note, or stop asking (a room command)."""
        self.controller.room.ask_names(not self.controller.room.state.wall.ask_names)

    @property
    def posting_open(self) -> bool:
        """Whether phones may post in the current step."""
        return self.posting.open_in(self.controller.run.step.id)

    def _soon(self, *_args: object) -> None:
        if self.server is not None and not self._publish.isActive():
            self._publish.start()

    def _send_views(self) -> None:
        if self.server is not None:
            self.server.publish()


def command_runner(actions: Mapping[str, QAction]) -> Callable[[str], bool]:
    """Run a command by name through its action, as its key would (False: disabled now)."""

    def run(name: str) -> bool:
        action = actions.get(name)
        if action is None or not action.isEnabled():
            return False
        action.trigger()
        return True

    return run
