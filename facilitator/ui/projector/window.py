"""The projector window: what the participants see, full screen on the second screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from facilitator.agenda.slides import Slide
from facilitator.engine.clock import SECOND
from facilitator.engine.session import RunState, SessionSnapshot
from facilitator.engine.timer import Phase
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.projection.projection import Projection, step_header
from facilitator.projection.screens import RoomScreen
from facilitator.projection.themes import theme_named
from facilitator.room.words import words_for
from facilitator.ui.controller import SessionController
from facilitator.ui.projector.canvas import SlideCanvas

# Qt adds " — <application display name>" to a title that does not end with it (the
# dialogs' "Settings — Facilitator"): our own titles end with it, in the same way, so Qt
# adds nothing and every window of the app is named alike.
WINDOW_TITLE = QT_TRANSLATE_NOOP("Projector", "Projector — Facilitator")


class CanvasBinding(QObject):
    """Keeps a canvas showing what the controller projects (frozen or live), in its look.

    The projector window and the presenter's miniature both use one, so the
    miniature always shows exactly what the room sees.
    """

    def __init__(self, canvas: SlideCanvas, controller: SessionController) -> None:
        super().__init__(canvas)
        self._canvas = canvas
        self._session = controller
        self._projector = controller.projector
        self._room = controller.room
        controller.changed.connect(self.on_changed)
        self._projector.projectionChanged.connect(self.on_projection)
        self._projector.lookChanged.connect(self.on_look)
        self.on_look()
        self.on_projection()
        self.on_changed(controller.snapshot())

    def on_look(self) -> None:
        """Theme and timer style."""
        self._canvas.set_theme(theme_named(self._projector.theme_name))
        self._canvas.set_timer_style(self._projector.timer_style)
        self._canvas.set_text_scale(30 / self._projector.text_size)

    def on_projection(self) -> None:
        """The picture: a page of a slide under its header, or black."""
        shown = self._projector.projected()
        self._canvas.set_slide(shown.slide, shown.header, shown.page)
        self._canvas.set_show_timer(shown.show_timer)
        self._canvas.set_blank(self._projector.blank)
        self._show_turn_clock(shown)
        self._show_live_text(shown)

    def on_changed(self, snapshot: SessionSnapshot) -> None:
        """The countdown (and the disc's share of the step's time); none once finished."""
        # After the last step the room needs no clock counting a step that is over.
        seconds = None if snapshot.state is RunState.FINISHED else snapshot.display_seconds
        self._canvas.set_timer(seconds, snapshot.phase, max(0, snapshot.planned // SECOND))
        self._canvas.repaint_timer()  # the projector's new second, at once
        # What is projected, worked out once for both (it was three times a second).
        shown = self._projector.projected()
        self._show_turn_clock(shown)
        self._show_live_text(shown)

    def _show_live_text(self, shown: Projection) -> None:
        """A break screen's countdown or the clock's time (also while frozen: it keeps time)."""
        self._canvas.set_live_text(self._projector.live_key(self._session.wall_now(), shown))

    def _show_turn_clock(self, shown: Projection) -> None:
        """A turn screen's own countdown, live (also while frozen: a clock keeps time)."""
        mark = shown.turn
        self._canvas.set_turn_clock(self._room.turn_clock(mark) if mark is not None else None)


class ProjectorWindow(QWidget):
    """A top-level window holding the participants' canvas; it follows the controller."""

    resized = Signal(QSize)
    # Whether the room can see the window: shown and not minimised. Closing it by
    # hand (the window manager's close, Alt+F4) only hides it.
    shownChanged = Signal(bool)

    def __init__(self, controller: SessionController) -> None:
        super().__init__()
        self.setObjectName("projector")
        self.setWindowTitle(translate_marked("Projector", WINDOW_TITLE))
        self._on_screen = False
        self._controller = controller
        self._projector = controller.projector
        self.canvas = SlideCanvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.resize(960, 540)
        self.setStyleSheet("background: black;")
        # Closing the presenter ends the app even while the projector is shown.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        # Shown (at start, after Show projector) without taking the keyboard from the
        # console: what the trainer types goes there; the commands' keys work in both.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.binding = CanvasBinding(self.canvas, controller)
        self._last_phase: tuple[int, Phase] | None = None
        self._warm = QTimer(self)
        self._warm.setSingleShot(True)
        self._warm.timeout.connect(self.warm_layouts)
        controller.changed.connect(self._on_changed)
        controller.stepChanged.connect(self._schedule_warm)
        self._projector.projectionChanged.connect(self._schedule_warm)
        self._projector.lookChanged.connect(self._schedule_warm)
        self._projector.set_page_counter(self._count_pages)

    def _on_changed(self, snapshot: SessionSnapshot) -> None:
        # The end of a step: a short full-screen flash, when the session asks for it.
        current = (snapshot.index, snapshot.phase)
        previous, self._last_phase = self._last_phase, current
        if (
            self._projector.flash_at_end
            and previous is not None
            and previous[0] == snapshot.index
            and previous[1] is not Phase.OVERTIME
            and snapshot.phase is Phase.OVERTIME
            and not self._projector.blank
        ):
            self.canvas.flash(words_for(self._controller.agenda.session.language).flash)

    def _count_pages(self, slide: Slide) -> int:
        try:
            return self.canvas.page_count(slide)
        except RuntimeError:  # the window is gone (tests); the controller outlives it
            return 1

    def _schedule_warm(self, *_args: object) -> None:
        self._warm.start(0)

    def warm_layouts(self) -> None:
        """Fit every page of this step's items and the next step's first, and draw the
        page PageDown shows next.

        Run when idle after every change, so that PageDown only blits, and PageUp
        and the next step only paint a fitted page.
        """
        for slide in self._projector.slides():
            self.canvas.pages_of(slide)
        self.canvas.prepare(self.neighbours())
        upcoming = self._projector.next_step_slide()
        if upcoming is not None:  # the next step's first item: fitted, its picture not drawn
            self.canvas.pages_of(upcoming)

    def neighbours(self) -> list[tuple[Slide, int, str]]:
        """The picture shown, then what PageDown would show (its next page, or the next item).

        PageDown is what a clicker sends most; the canvas keeps these two
        pictures only (``LAYER_CACHE_SIZE``).
        """
        c = self._controller
        projector = self._projector
        shown = projector.projected()
        pictures = [(shown.slide, shown.page, shown.header)]
        run = c.run
        header = (
            ""  # the closing screen has no step header
            if projector.finished
            else step_header(run.index, run.step_count, run.step.title, c.agenda.session.language)
        )
        slides = projector.slides()
        item = min(run.item_index, len(slides) - 1)
        page = projector.page
        if page + 1 < self.canvas.page_count(slides[item]):
            pictures.append((slides[item], page + 1, header))
        elif item + 1 < len(slides):
            pictures.append((slides[item + 1], 0, header))
        return pictures

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Tell the presenter's miniature the new proportions, and re-count pages."""
        super().resizeEvent(event)
        self.resized.emit(event.size())
        self._projector.pages_changed()
        self._warm.start(0)

    @property
    def on_screen(self) -> bool:
        """Whether the window is shown (not hidden, closed or minimised): the room sees it."""
        return self.isVisible() and not self.isMinimized()

    def _tell_shown(self) -> None:
        shown = self.on_screen
        if shown != self._on_screen:
            self._on_screen = shown
            self.shownChanged.emit(shown)

    def showEvent(self, event: QShowEvent) -> None:
        """Tell the console the room sees the window again."""
        super().showEvent(event)
        self._tell_shown()

    def hideEvent(self, event: QHideEvent) -> None:
        """Tell the console the room no longer sees the window."""
        super().hideEvent(event)
        self._tell_shown()

    def changeEvent(self, event: QEvent) -> None:
        """Minimised or restored: the room sees nothing, or the picture again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._tell_shown()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the projector by hand only hides it; the presenter can show it again.

        A close from the app itself (quitting) is accepted: ignoring it would
        cancel ``QApplication.quit()``.
        """
        if not event.spontaneous():
            event.accept()
            return
        event.ignore()
        self.hide()


CLOSING_SUMMARY = QT_TRANSLATE_NOOP(
    "Projector", "Closing screen: thanks and the session's title (the session has finished)"
)


def projection_summary(controller: SessionController) -> str:
    """What the presenter says about the projector: 'Item 2 of 5, page 2 of 3: …'."""
    run = controller.run
    projector = controller.projector
    slides = projector.slides()
    index = min(run.item_index, len(slides) - 1)
    pages = projector.item_page_count()
    if projector.finished:
        text = translate_marked("Projector", CLOSING_SUMMARY)
        if pages > 1:
            text = translate("Projector", "{screen}, page {page} of {pages}").format(
                screen=text, page=projector.page + 1, pages=pages
            )
    else:
        values = {"item": index + 1, "items": len(slides), "label": slides[index].label}
        if pages > 1:
            text = translate("Projector", "Item {item} of {items}, page {page} of {pages}: {label}")
            text = text.format(page=projector.page + 1, pages=pages, **values)
        else:
            text = translate("Projector", "Item {item} of {items}: {label}").format(**values)
    states = []
    if projector.blank:
        states.append(translate("Projector", "Black screen"))
    if projector.frozen:
        shown = projector.projected()
        states.append(
            translate("Projector", "Frozen on “{label}” (F to go live); console at").format(
                label=shown.slide.label
            )
        )
    elif projector.title_screen:
        states.append(translate("Projector", "Title screen (T to go back)"))
    elif projector.room_screen is not None:
        states.append(translate_marked("Projector", ROOM_SCREEN_STATES[projector.room_screen]))
        text = translate("Projector", "behind it: {item}").format(item=text)
    elif projector.shown is not None:
        states.append(shown_state(controller))
        text = translate("Projector", "behind it: {item}").format(item=text)
    return " · ".join([*states, text])


def shown_state(controller: SessionController) -> str:
    """What the console says while something put on at once stands in front of the item."""
    projector = controller.projector
    shown = projector.shown
    assert shown is not None
    label = projector.shown_slide(shown).label
    pages = projector.page_count()
    if pages > 1:
        text = translate(
            "Projector",
            "On the projector at once: {label}, page {page} of {count} (Home takes it off)",
        )
        return text.format(label=label, page=projector.state.shown_page + 1, count=pages)
    return translate("Projector", "On the projector at once: {label} (Home takes it off)").format(
        label=label
    )


# What the console says while a room screen stands in front of the step's item.
ROOM_SCREEN_STATES = {
    RoomScreen.GROUPS: QT_TRANSLATE_NOOP("Projector", "The groups (G takes them off)"),
    RoomScreen.DEAL: QT_TRANSLATE_NOOP("Projector", "What each group was given (K takes it off)"),
    RoomScreen.TURN: QT_TRANSLATE_NOOP("Projector", "The group's turn (Shift+Y takes it off)"),
    RoomScreen.JOIN: QT_TRANSLATE_NOOP("Projector", "How phones join (J takes it off)"),
    RoomScreen.WALL: QT_TRANSLATE_NOOP("Projector", "The wall, newest first (W takes it off)"),
    RoomScreen.WALL_THEMES: QT_TRANSLATE_NOOP(
        "Projector", "The wall by theme (Shift+W takes it off)"
    ),
}


def next_summary(controller: SessionController) -> str:
    """What PageDown shows next: the room screen's or item's next page, or the next item."""
    projector = controller.projector
    next_page = translate("Projector", "Next (PageDown): page {page} of {pages}")
    if projector.room_screen is not None:
        room_page, count = projector.state.room_page, projector.page_count()
        if room_page + 1 < count:
            return next_page.format(page=room_page + 2, pages=count)
        return translate("Projector", "Next (PageDown): back to the item, {label}").format(
            label=projector.current_slide().label
        )
    if projector.shown is not None:
        shown_page, count = projector.state.shown_page, projector.page_count()
        if shown_page + 1 < count:
            return next_page.format(page=shown_page + 2, pages=count)
        return translate("Projector", "Next (PageDown): back to the item, {label}").format(
            label=projector.current_slide().label
        )
    if projector.page + 1 < projector.item_page_count():
        return next_page.format(page=projector.page + 2, pages=projector.item_page_count())
    if projector.finished:
        return translate(
            "Projector", "Nothing comes after the closing screen: P reopens the last step"
        )
    following = projector.next_slide()
    if following is None:
        return translate("Projector", "Last item of this step")
    return translate("Projector", "Next item (PageDown): {label}").format(label=following.label)
