"""How hard the fuzz tests try: a few hundred examples by default, many more on request.

    FACILITATOR_FUZZ=long pytest tests/proof tests/agenda tests/reports

runs every fuzz test with ``LONG_FACTOR`` times its examples (the default
suite stays within its minutes). No deadline: a slow example on a loaded
machine is not a failure; what bounds a hostile input is the loaders' own
limits (tests/agenda/test_load_hostile.py), and a hang is caught by the
suite's timeout.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG = os.environ.get("FACILITATOR_FUZZ", "") == "long"
LONG_FACTOR = 25


def fuzz(examples: int) -> settings:
    """Hypothesis settings for a fuzz test of ``examples`` examples in the default suite."""
    return settings(
        max_examples=examples * (LONG_FACTOR if LONG else 1),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
