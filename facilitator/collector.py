"""Python's cycle collector kept off what start-up made, so that it never holds up a frame.

A full collection walks every object the process holds: some 75,000 once both
windows are up, 30 to 55 ms on the 2-core machine the benchmarks run on, at a
moment the collector chooses (a minute added, a page turned, a second's
paint: issue 13). A full collection just after start-up finds no cyclic
garbage there, so start-up's objects are moved once to the collector's
permanent generation (:func:`gc.freeze`); later collections walk only what
was made since. Only once per process: an object frozen that later becomes
cyclic garbage is never freed, and start-up's objects live as long as the
app does.
"""

from __future__ import annotations

import gc

_set_aside = False


def set_start_up_aside() -> bool:
    """Keep the collector off every object made so far (once); False if done already."""
    global _set_aside
    if _set_aside:
        return False
    gc.freeze()
    _set_aside = True
    return True


def start_up_set_aside() -> bool:
    """Whether start-up's objects have been set aside (benchmarks wait for it)."""
    return _set_aside
