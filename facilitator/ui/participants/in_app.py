"""The participants' server in the running app: the switch, the console's tab, the join line.

:class:`PhonesInApp` makes the :class:`ParticipantsService` of one app, runs
the remote's commands through the presenter's actions (the same ones keys and
menus trigger), puts the participants' panel in the console's tabs, and
prints ``join: URL`` on standard output each time the server starts, naming
the address it really listens on (``--participants`` and scripts read it).
"""

from __future__ import annotations

import sys
from typing import TextIO

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QScrollArea

from facilitator.i18n import translate
from facilitator.participants.network import Listen
from facilitator.ui.controller import SessionController
from facilitator.ui.participants.panel import ParticipantsPanel
from facilitator.ui.participants.service import ParticipantsService, command_runner
from facilitator.ui.presenter.window import PresenterWindow

COMMAND = "toggle_participants"


class PhonesInApp(QObject):
    """The app's participants' server, its switch and its tab."""

    def __init__(
        self,
        controller: SessionController,
        presenter: PresenterWindow,
        listen: Listen | None = None,
        out: TextIO | None = None,
    ) -> None:
        super().__init__(presenter)
        self.listen = listen
        self.out = out  # where the join line goes (None: standard output)
        self.action = presenter.actions_by_name[COMMAND]
        self.service = ParticipantsService(
            controller, command_runner(presenter.actions_by_name), self
        )
        self.panel = ParticipantsPanel(self.service, self.action)
        # In a scroll area: the tab must not make the console's window any taller than before.
        scroll = QScrollArea()
        scroll.setObjectName("participants-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        presenter.tabs.addTab(scroll, translate("Participants", "Phones"))
        self.service.changed.connect(self._sync)
        self._sync()

    def toggle(self) -> None:
        """Start the server, or stop it (the menu item and its key)."""
        if self.service.running:
            self.service.stop()
        else:
            self.start()

    def start(self) -> bool:
        """Start the server and print where to join; False (the panel says why) if it cannot."""
        joined = self.service.start(self.listen)
        out = self.out if self.out is not None else sys.stdout
        if joined is None:
            print(f"participants: {self.service.problem}", file=sys.stderr, flush=True)
            return False
        if out is not None:  # a GUI script on Windows has no standard output
            print(f"join: {joined.url}", file=out, flush=True)
        return True

    def stop(self) -> None:
        """Stop the server (the app quits)."""
        self.service.stop()

    def _sync(self) -> None:
        self.action.setChecked(self.service.running)
