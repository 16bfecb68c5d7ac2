"""The room's controller: the run's pure Room, its journal, its signals, its named commands.

The session controller (:mod:`facilitator.ui.controller`) owns one, at
:attr:`SessionController.room <facilitator.ui.controller.SessionController.room>`,
beside the projector's. It keeps the run's :class:`~facilitator.room.room.Room`
(people, groups, dealt material, group turns, the wall, feedback), writes every
record the room makes to the run's journal (opening it if the session has not
started: groups are often made while people arrive), is given the room rebuilt
from the journal after a crash, and starts an empty room with every new run.

Every command here takes no instant: it reads the session clock, calls the
room, and tells the views (``roomChanged``) and the trainer (``noticesChanged``:
the room's notices, or why a command could not be done, in whole sentences);
then the session controller shows what changed. Keys, menus, the console's
panels and, later, the participants' phones all come through these commands.

Group turns follow their step's timer: a turn's clock runs only while its step
is the current one and the session runs, so a pause (Space) pauses the turn
too. Their countdown needs no timer of its own: :meth:`RoomController.next_change`
tells the session controller's single timer when the turn's shown second next
changes, and :meth:`RoomController.shown` is part of what it compares.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.agenda.groupsize import GroupSize
from facilitator.agenda.plain import Step
from facilitator.console.room import people_changed
from facilitator.engine.events.core import Event
from facilitator.engine.run_journal import RunJournal
from facilitator.engine.session import RunState
from facilitator.projection.closing import closing_slide
from facilitator.projection.projection import TurnMark
from facilitator.projection.room import (
    TurnClock,
    TurnPicture,
    dealt_slide,
    groups_slide,
    turn_clock,
    turn_picture,
    wall_slide,
)
from facilitator.projection.screens import RoomScreen
from facilitator.room.deal import Material
from facilitator.room.feedback import Feedback
from facilitator.room.from_agenda import (
    MINUTE,
    deal_for_step,
    fragment_titles,
    step_group_size,
)
from facilitator.room.notices import Notice, RoomError
from facilitator.room.room import Room
from facilitator.room.state import RoomState
from facilitator.room.turns import TurnRound, TurnState, propose_turn_time, shown_seconds
from facilitator.room.wall import MAX_NOTES, Kind, Note, Source, clean_note, pending_notes
from facilitator.room.words import Words, words_for

if TYPE_CHECKING:
    from facilitator.agenda.slides import Slide
    from facilitator.ui.controller import SessionController

Order = Literal["groups", "shuffled"]
R = TypeVar("R")

#: Phones' notes and feedback are shown once per frame (ms), however many arrive in it: each
#: is in the room and the journal at once, but the console draws them together.
PHONES_FRAME_MS = 16


class RoomController(QObject):
    """The run's room and its commands; the session controller owns one."""

    roomChanged = Signal()  # the room's state changed (people, groups, deal, turns, wall)
    noticesChanged = Signal(object)  # list[Notice]: what the last command has to say

    def __init__(self, session: SessionController, journal: RunJournal) -> None:
        super().__init__(session)
        self._session = session
        self._journal = journal
        self.revision = 0  # bumped by every record the room applies
        self.notices: list[Notice] = []
        # How phones join (the participants' server sets it while it listens): the join screen.
        self.join_slide: Slide | None = None
        self.room = self._new_room(RoomState())
        self._phones_frame = QTimer(self)
        self._phones_frame.setSingleShot(True)
        self._phones_frame.setInterval(PHONES_FRAME_MS)
        self._phones_frame.timeout.connect(self.show_phones)

    # --- the run -------------------------------------------------------------------

    def _language(self) -> str:
        return self._session.agenda.session.language

    def _new_room(self, state: RoomState) -> Room:
        return Room(self._language(), record=self._record, state=state)

    def start_run(self, state: RoomState | None = None, *, paused_at: int | None = None) -> None:
        """A new run: an empty room, or the room rebuilt from the journal (after a crash).

        ``paused_at``: the run goes on paused as of that instant (resumed "paused"
        after a crash), so a turn that was running is paused there too.
        """
        self.room = self._new_room(state if state is not None else RoomState())
        self.notices = []
        if paused_at is not None:
            for turns in self.room.state.rounds:
                self.room.pause_turns(turns.step, paused_at)
        self.revision += 1
        self.roomChanged.emit()

    def follow_agenda(self) -> None:
        """A new version of the agenda: the room speaks the session's language."""
        self.room.words = words_for(self._language())

    def _record(self, record: Event, now: int) -> None:
        """The Room's recorder: every record goes to the run's journal, opened if need be."""
        self._session.open_journal()
        self._journal.write(record, now)
        self.revision += 1

    def follow(self, now: int) -> None:
        """Let each turn's clock run only while its step is current and the session runs."""
        run = self._session.run
        before = self.revision
        for turns in self.room.state.rounds:
            index = turns.current
            if index is None:
                continue
            runs = run.state is RunState.RUNNING and run.step.id == turns.step
            state = turns.turns[index].state
            if state is TurnState.RUNNING and not runs:
                self.room.pause_turns(turns.step, now)
            elif state is TurnState.PAUSED and runs:
                self.room.resume_turns(turns.step, now)
        if self.revision != before:
            self.roomChanged.emit()

    def shown(self, now: int) -> tuple[object, ...]:
        """What time alone changes in the room's views: the running turn's shown second."""
        turns = self.turns()
        if turns is None or turns.current is None:
            return ()
        turn = turns.turns[turns.current]
        return (turns.step, turns.current, shown_seconds(turn.remaining(now)))

    def next_change(self, now: int) -> int | None:
        """The next instant a turn's countdown shows another second (None: no turn runs)."""
        changes = [
            at
            for turns in self.room.state.rounds
            if turns.current is not None
            and (at := turns.turns[turns.current].next_change(now)) is not None
        ]
        return min(changes, default=None)

    # --- what views read -------------------------------------------------------------

    @property
    def state(self) -> RoomState:
        """The room as it is now."""
        return self.room.state

    @property
    def words(self) -> Words:
        """The room's words in the session's language."""
        return self.room.words

    @property
    def step(self) -> Step:
        """The current step (groups, dealing and turns happen in it)."""
        return self._session.run.step

    def turns(self) -> TurnRound | None:
        """The current step's group turns, if it has them."""
        return self.state.round(self.step.id)

    def group_size(self) -> GroupSize | None:
        """The group size the current step asks for (``groups: same`` follows the earlier)."""
        return step_group_size(self._session.agenda, self.step)

    def proposed_turn_time(self) -> int:
        """The time per group for turns now: the step's ``turns: minutes``, else its
        remaining time shared among the groups (ns)."""
        wish = self.step.turns
        if wish is not None and wish.minutes is not None:
            return round(wish.minutes * MINUTE)
        grouping = self.state.grouping
        count = len(grouping.groups) if grouping is not None else 0
        return propose_turn_time(self._remaining(), count)

    def _remaining(self) -> int:
        return max(0, self._session.run.timer.remaining(self._session.now()))

    def picture(self, screen: RoomScreen) -> tuple[Slide, TurnMark | None] | None:
        """What a room screen shows now: its slide (and the turn whose clock it draws)."""
        state, words = self.state, self.words
        if screen is RoomScreen.JOIN:
            return (self.join_slide, None) if self.join_slide is not None else None
        if screen is RoomScreen.GROUPS:
            slide = groups_slide(state, words)
            return (slide, None) if slide is not None else None
        if screen is RoomScreen.DEAL:
            slide = dealt_slide(state, words)
            return (slide, None) if slide is not None else None
        if screen in (RoomScreen.WALL, RoomScreen.WALL_THEMES):
            by_theme = screen is RoomScreen.WALL_THEMES
            slide = wall_slide(state.wall, self.step.id, words, by_theme=by_theme)
            return (slide, None) if slide is not None else None
        turn: TurnPicture | None = turn_picture(state, self.step.id, words)
        return (turn.slide, turn.mark) if turn is not None else None

    def closing_wall(self) -> Slide:
        """The whole wall by theme, as the closing screen (the thanks while it has no note
        the room may see)."""
        slide = wall_slide(self.state.wall, None, self.words, by_theme=True)
        if slide is not None:
            return slide
        projector = self._session.projector
        return closing_slide(self._session.agenda, projector.state.trainer_name)

    def available(self, screen: RoomScreen) -> Notice | None:
        """Why ``screen`` cannot be shown now (in the trainer's words), or None if it can."""
        if self.picture(screen) is not None:
            return None
        if screen is RoomScreen.JOIN:
            return Notice("no_join")
        if screen in (RoomScreen.WALL, RoomScreen.WALL_THEMES):
            return Notice("no_notes_shown")
        if screen is RoomScreen.GROUPS or self.state.grouping is None:
            return Notice("no_groups")
        if screen is RoomScreen.DEAL:
            return Notice("nothing_dealt")
        return Notice("no_turns")

    def turn_clock(self, mark: TurnMark) -> TurnClock | None:
        """The countdown of the turn ``mark`` names, now."""
        return turn_clock(self.state, mark, self._session.now(), self.words)

    # --- commands ----------------------------------------------------------------------

    def _command(self, action: Callable[[int], object]) -> bool:
        """Do ``action`` at the session's instant; tell the views and the trainer.

        Returns False when the room refused (nothing changed; the notice says why).
        """
        now = self._session.now()
        before = self.revision
        try:
            result = action(now)
        except RoomError as error:
            self._tell([error.notice])
            return False
        notices = [n for n in result if isinstance(n, Notice)] if isinstance(result, list) else []
        self._tell(notices)
        if self.revision != before:
            self.roomChanged.emit()
        self._session.after_command(self.revision != before)
        return True

    def set_join_slide(self, slide: Slide | None) -> None:
        """The join screen's slide while the participants' server listens (None: it is off)."""
        if slide != self.join_slide:
            self.join_slide = slide
            self.revision += 1  # the projector redraws a join screen it shows
            self.roomChanged.emit()
            self._session.after_command(True)

    def _tell(self, notices: list[Notice]) -> None:
        self.notices = notices
        self.noticesChanged.emit(notices)

    # --- the participants' phones: a note or feedback that says what it made ------------

    def _result(self, action: Callable[[int], R]) -> R | Notice:
        """Do ``action`` at the session's instant and return what it made, or why not.

        What it made is in the room and the journal at once (a phone is told only then);
        the views are told within a frame, once for every note that came in it, so forty
        phones posting do not redraw the console forty times over."""
        now = self._session.now()
        before = self.revision
        try:
            result = action(now)
        except RoomError as error:
            self._tell([error.notice])
            return error.notice
        if self.revision != before and not self._phones_frame.isActive():
            self._phones_frame.start()
        return result

    def show_phones(self) -> None:
        """Tell the views now what phones changed since they were last told (the frame's
        end; tests call it to see a note at once)."""
        self._phones_frame.stop()
        self.roomChanged.emit()
        # The projector follows (a released note on a wall it shows); the countdown's
        # views are told only what time changed, as by the timer.
        self._session.after_command(False)

    def stop(self) -> None:
        """Drop a frame still to come (the app is quitting)."""
        self._phones_frame.stop()

    def post_note(
        self,
        text: str,
        *,
        kind: Kind = Kind.NOTE,
        client_id: str = "",
        step: str | None = None,
        name: str = "",
    ) -> Note | Notice:
        """A participant's note (it waits for release unless auto-release is on); a known
        ``client_id`` returns the note it made before, so a retry is not a second note.
        ``name`` is kept only while names are asked for."""
        step_id = self.step.id if step is None else step
        return self._result(
            lambda now: self.room.add_note(
                text,
                now,
                step=step_id,
                source=Source.PARTICIPANT,
                kind=kind,
                client_id=client_id,
                name=name,
            )
        )

    def give_feedback(self, score: int, text: str = "", client_id: str = "") -> Feedback | Notice:
        """Someone's quick feedback for this run (counted once per ``client_id``)."""
        return self._result(
            lambda now: self.room.give_feedback(score, now, text=text, client_id=client_id)
        )

    def set_people(self, people: int | str) -> bool:
        """Who is in the room: a number of people, or pasted names (replaces the groups)."""
        return self._command(lambda now: self.room.set_people(people, now))

    def add_person(self, name: str = "") -> bool:
        """Someone arrives late: they join the smallest group, nobody else moves."""
        return self._command(lambda now: self.room.add_person(now, name)[1])

    def remove_person(self, person_id: int) -> bool:
        """Someone leaves: only as few people move as keep the groups in their range."""
        return self._command(lambda now: self.room.remove_person(person_id, now))

    def rename_person(self, person_id: int, name: str) -> bool:
        """Write someone's name differently."""
        return self._command(lambda now: self.room.rename_person(person_id, name, now))

    def move_person(self, person_id: int, group: int) -> bool:
        """Move someone into another group."""
        return self._command(lambda now: self.room.move_person(person_id, group, now))

    def make_groups(
        self,
        *,
        people: int | str | None = None,
        size: GroupSize | None = None,
        count: int | None = None,
        seed: int | None = None,
    ) -> bool:
        """Groups for the current step: of ``size`` (default: the step's), or ``count`` groups.

        ``people`` (a number, or pasted names), when given and different from
        the room's, replaces the people first; the notices of both are told.
        """
        if size is None and count is None:
            size = self.group_size()
            if size is None:
                self._tell([Notice("no_group_size")])
                return False
        step = self.step.id

        def act(now: int) -> list[Notice]:
            notices: list[Notice] = []
            if people is not None and people_changed(self.room.state, people):
                notices += [
                    n for n in self.room.set_people(people, now) if n.key != "people_replaced"
                ]
            return notices + self.room.make_groups(step, now, size=size, count=count, seed=seed)

        return self._command(act)

    def reshuffle(self, seed: int | None = None) -> bool:
        """Other groups of the same kind, with people who were together mixed."""
        return self._command(lambda now: self.room.reshuffle(now, seed=seed))

    def deal_for_step(self) -> bool:
        """Deal what the current step's ``deal`` says; the trainer is told when it says nothing."""
        step = self.step
        if step.deal is None:
            self._tell([Notice("no_deal_in_step")])
            return False
        agenda = self._session.agenda
        return self._command(lambda now: deal_for_step(self.room, agenda, step, now))

    def deal(self, handout: str, material: Material, per_group: int | None) -> bool:
        """Deal ``per_group`` of a hand-out's cards or documents to each group (None: all)."""
        agenda = self._session.agenda
        sheet = agenda.handout(handout)
        fragments = []
        if sheet is not None:
            chosen = sheet.documents if material == "documents" else sheet.cards
            fragments = [f.id for f in chosen]
        step = self.step.id
        title = sheet.title if sheet is not None else handout
        return self._command(
            lambda now: self.room.deal(
                step,
                handout,
                material,
                fragments,
                now,
                per_group=per_group,
                titles=fragment_titles(agenda, handout),
                handout_title=title,
            )
        )

    def plan_turns(
        self, each: int | None = None, order: Order = "groups", seed: int | None = None
    ) -> bool:
        """A turn per group in the current step, ``each`` ns long (default: proposed)."""
        step = self.step.id
        each = each if each is not None else self.proposed_turn_time()
        return self._command(
            lambda now: self.room.plan_turns(
                step, now, each=each, remaining=self._remaining(), order=order, seed=seed
            )
        )

    def _running_session(self) -> None:
        if self._session.run.state is not RunState.RUNNING:
            raise RoomError("session_not_running")

    def next_turn(self) -> bool:
        """The next group's turn (the one under way ends); after the last, the last ends."""
        step = self.step.id

        def act(now: int) -> None:
            turns = self.room.state.round(step)
            if turns is None:
                raise RoomError("no_turns")
            waiting = [
                i
                for i, t in enumerate(turns.turns)
                if t.state is TurnState.WAITING and (turns.current is None or i > turns.current)
            ]
            if not waiting and turns.next_waiting is None:
                if turns.current is None:
                    raise RoomError("no_turn_waiting")
                self.room.end_turn(step, now)
                return
            self._running_session()
            self.room.start_turn(step, now)

        return self._command(act)

    def end_turn(self) -> bool:
        """End the turn under way (the next one waits for the trainer)."""
        step = self.step.id
        return self._command(lambda now: self.room.end_turn(step, now))

    def skip_turn(self) -> bool:
        """Skip the next waiting turn."""
        step = self.step.id
        return self._command(lambda now: self.room.skip_turn(step, now))

    def redo_turn(self) -> bool:
        """The group of the turn under way (or the last one) gets another turn, next."""
        step = self.step.id
        return self._command(lambda now: self.room.redo_turn(step, now))

    def add_turn(self, group: int) -> bool:
        """One more turn for ``group``, after the others."""
        step = self.step.id
        return self._command(lambda now: self.room.add_turn(step, group, now))

    def set_turn_time(self, each: int) -> bool:
        """The time per turn (ns), for the turn under way and those waiting."""
        step = self.step.id
        return self._command(lambda now: self.room.set_turn_time(step, each, now))

    # --- the wall ----------------------------------------------------------------------

    def add_note(self, text: str, source: Source = Source.TRAINER) -> bool:
        """A note of the current step, as typed (plain text)."""
        step = self.step.id
        return self._command(lambda now: self.room.add_note(text, now, step=step, source=source))

    def add_notes(self, texts: list[str], source: Source = Source.TRAINER) -> bool:
        """Several notes of the current step (a pasted list), all or none.

        Every text is checked first, so that a list with one text too long adds
        nothing and says which.
        """
        step = self.step.id

        def act(now: int) -> None:
            if len(self.room.state.wall.notes) + len(texts) > MAX_NOTES:
                raise RoomError("wall_full", limit=MAX_NOTES)
            for index, text in enumerate(texts):
                try:
                    clean_note(text)
                except RoomError as error:
                    raise RoomError(
                        "note_in_list", number=index + 1, why=error.notice.text
                    ) from error
            for text in texts:
                self.room.add_note(text, now, step=step, source=source)

        return self._command(act)

    def edit_note(self, note_id: int, text: str) -> bool:
        """Change a note's text."""
        return self._command(lambda now: self.room.edit_note(note_id, text, now))

    def hide_note(self, note_id: int, hidden: bool = True) -> bool:
        """Keep a note off the projector (it stays on the console), or show it again."""
        return self._command(lambda now: self.room.hide_note(note_id, now, hidden))

    def remove_note(self, note_id: int) -> bool:
        """Take a note off the wall."""
        return self._command(lambda now: self.room.remove_note(note_id, now))

    def release_note(self, note_id: int) -> bool:
        """Let a waiting note (from a phone) onto the wall."""
        return self._command(lambda now: self.room.release_note(note_id, now))

    def release_all(self) -> bool:
        """Let every waiting note onto the wall."""

        def act(now: int) -> None:
            for note in pending_notes(self.room.state.wall):
                self.room.release_note(note.id, now)

        return self._command(act)

    def set_auto_release(self, on: bool) -> bool:
        """Notes from phones go on the wall at once (``on``), or wait for release."""
        return self._command(lambda now: self.room.set_auto_release(on, now))

    def set_posting(self, open_: bool, step: str | None = None) -> bool:
        """Let phones post notes in ``step`` (the current one by default), or close it."""
        step_id = self.step.id if step is None else step
        return self._command(lambda now: self.room.set_posting(step_id, open_, now))

    def toggle_posting(self) -> bool:
        """Open posting from phones in the current step if it is closed, else close it."""
        step = self.step.id
        return self.set_posting(not self.room.state.wall.posting_open(step), step)

    def ask_names(self, on: bool) -> bool:
        """Phones offer an optional name field (``on``), or notes stay anonymous."""
        return self._command(lambda now: self.room.ask_names(on, now))

    def put_note_on(self, note_id: int, target_id: int) -> bool:
        """A note dropped onto another: it joins the other's theme, or the two make one."""
        return self._command(lambda now: self.room.put_note_on(note_id, target_id, now))

    def put_note_in(self, note_id: int, theme_id: int | None) -> bool:
        """A note dropped onto a theme (it joins it), or out of any (``None``)."""
        return self._command(lambda now: self.room.put_note_in(note_id, theme_id, now))

    def rename_theme(self, theme_id: int, name: str) -> bool:
        """Name a theme."""
        return self._command(lambda now: self.room.rename_theme(theme_id, name, now))

    def dissolve_theme(self, theme_id: int) -> bool:
        """Undo a theme: its notes are in no theme again."""
        return self._command(lambda now: self.room.dissolve_theme(theme_id, now))
