"""The start window (the sessions to choose from, recent runs) and the memory of the last one.

:mod:`facilitator.ui.start.memory` is light and read at start-up; the windows are
imported only when the trainer opens them.
"""
