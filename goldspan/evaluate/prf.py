"""Precision, recall and F1 from counts, and their micro and macro averages.

:class:`PRF` holds ``tp``, ``fp`` and ``fn``; precision = tp / (tp + fp), recall =
tp / (tp + fn), each 0 when its denominator is 0, and F1 = 2PR / (P + R), 0 when P + R = 0.
Micro averaging sums the counts (:meth:`PRF.add`); :func:`macro` averages the precision,
recall and F1 of labels and sums their counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class PRF:
    """True positives, false positives and false negatives, with derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when there is no prediction."""
        d = self.tp + self.fp
        return self.tp / d if d else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when there is no gold span."""
        d = self.tp + self.fn
        return self.tp / d if d else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, 0 when both are 0."""
        return f1_of(self.precision, self.recall)

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        """Add counts in place (micro averaging)."""
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def merge(self, other: PRF) -> None:
        """Add the counts of ``other`` in place."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        """``{"precision", "recall", "f1", "tp", "fp", "fn"}`` as in the ``--json`` output."""
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def f1_of(precision: float, recall: float) -> float:
    """2PR / (P + R), or 0 when P + R = 0."""
    s = precision + recall
    return 2 * precision * recall / s if s else 0.0


def prf_from(tp: int, n_pred: int, n_gold: int) -> PRF:
    """A PRF from matches and the numbers of predictions and gold spans."""
    return PRF(tp, n_pred - tp, n_gold - tp)


def macro(items: Iterable[PRF]) -> dict[str, Any]:
    """Macro average: mean precision, recall and F1 over ``items``; counts summed.

    With no items every score is 0.
    """
    items = list(items)
    n = len(items)
    total = PRF()
    for item in items:
        total.merge(item)
    out = total.to_dict()
    out["precision"] = sum(i.precision for i in items) / n if n else 0.0
    out["recall"] = sum(i.recall for i in items) / n if n else 0.0
    out["f1"] = sum(i.f1 for i in items) / n if n else 0.0
    return out
