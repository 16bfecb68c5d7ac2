"""Quick feedback at the end of a run: a score on a scale and one sentence (pure)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from facilitator.room.wall import Source

#: The default scale: 1 (poor) to 5 (very good).
DEFAULT_SCALE: Final = 5
#: The longest scale offered.
MAX_SCALE: Final = 10


@dataclass(frozen=True)
class Feedback:
    """One person's quick feedback: ``score`` from 1 to ``scale``, and an optional sentence."""

    id: int
    score: int
    scale: int = DEFAULT_SCALE
    text: str = ""
    at: int = 0
    client_id: str = ""
    source: Source = Source.PARTICIPANT


@dataclass(frozen=True)
class FeedbackSummary:
    """How the feedback came out: how many, the mean score, and how many gave each score."""

    count: int
    mean: float | None
    scores: tuple[tuple[int, int], ...]  # (score, how many), lowest score first
    sentences: tuple[str, ...]


def summarise(feedback: Sequence[Feedback], scale: int = DEFAULT_SCALE) -> FeedbackSummary:
    """The summary of the feedback given on ``scale`` (other scales are left out)."""
    chosen = [f for f in feedback if f.scale == scale]
    counts = Counter(f.score for f in chosen)
    return FeedbackSummary(
        count=len(chosen),
        mean=sum(f.score for f in chosen) / len(chosen) if chosen else None,
        scores=tuple((score, counts.get(score, 0)) for score in range(1, scale + 1)),
        sentences=tuple(f.text for f in chosen if f.text),
    )
