"""Console tabs whose page is made the first time it is shown (issue 14).

The console's tabs other than the instructions and the reference (the
room's groups and turns, the wall) are not seen at start, and making their
buttons and lists cost the first paint time it does not need. A
:class:`LazyTab` holds the tab's place (its title, its tip) from the start
with an empty page, and when the tab is first chosen makes the real page and
puts it in that place: in the same event (the tab widget's
``currentChanged``, before anything is painted), so the trainer never sees
the tab empty. Asking for the page (:meth:`LazyTab.page`) makes it too, for
commands and tests; from then on the tab holds the real page, as if it had
been there from the start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTab(QObject):
    """One tab of ``tabs`` titled ``title``, whose page ``make`` makes when first needed."""

    def __init__(self, tabs: QTabWidget, title: str, make: Callable[[], QWidget]) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._make: Callable[[], QWidget] | None = make
        self._page: QWidget | None = None
        self._stand_in = QWidget()
        tabs.addTab(self._stand_in, title)
        tabs.currentChanged.connect(self._chosen)

    @property
    def made(self) -> bool:
        """Whether the real page has been made yet."""
        return self._page is not None

    def page(self) -> QWidget:
        """The tab's real page, made and put in its place now if it was not yet."""
        if self._page is None:
            assert self._make is not None
            make, self._make = self._make, None
            self._page = make()
            self._swap(self._page)
        return self._page

    def _chosen(self, index: int) -> None:
        if self._page is None and self._tabs.widget(index) is self._stand_in:
            self.page()

    def _swap(self, page: QWidget) -> None:
        tabs = self._tabs
        index = tabs.indexOf(self._stand_in)
        current = tabs.currentIndex()
        title, tip = tabs.tabText(index), tabs.tabToolTip(index)
        # Quietly: the tab is the same one to everything that follows the tab widget.
        blocked = tabs.blockSignals(True)
        try:
            tabs.insertTab(index, page, title)
            tabs.setTabToolTip(index, tip)
            tabs.removeTab(index + 1)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
        tabs.currentChanged.disconnect(self._chosen)
        self._stand_in.deleteLater()
