"""Counting helpers shared by the layer accumulators.

:class:`Tally` keeps, per kind of count (``gold``, ``pred``, ``strict`` ...), a flat list
of labels that each document extends; the lists are counted in C (``Counter.update``)
when they grow long or when results are read, so scoring a document builds no per-label
objects. :func:`values_equal` compares figure values; :func:`total` sums PRFs.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import Any

from goldspan.evaluate.prf import PRF

FOLD_AT = 100_000  # labels a list may hold before it is counted


class Tally:
    """Label lists per kind, counted lazily (see the module docstring)."""

    __slots__ = ("lists", "_counts")

    def __init__(self, kinds: Iterable[str]) -> None:
        self.lists: dict[str, list[str]] = {k: [] for k in kinds}
        self._counts: dict[str, Counter[str]] = {k: Counter() for k in self.lists}

    def fold_if_long(self, kind: str) -> None:
        """Count the lists when the one of ``kind`` holds more than :data:`FOLD_AT`."""
        if len(self.lists[kind]) > FOLD_AT:
            self.counts()

    def counts(self) -> dict[str, Counter[str]]:
        """How many times each label was added, per kind (the lists are emptied)."""
        for kind, items in self.lists.items():
            if items:
                self._counts[kind].update(items)
                items.clear()
        return self._counts

    def prf(self, tp_kind: str) -> dict[str, PRF]:
        """PRF per label (sorted; labels seen in ``gold`` or ``pred``) with tp counted in
        ``tp_kind``, fp = predictions - tp, fn = gold - tp."""
        c = self.counts()
        gold, pred, tp = c["gold"], c["pred"], c[tp_kind]
        return {label: PRF(tp[label], pred[label] - tp[label], gold[label] - tp[label])
                for label in sorted(gold.keys() | pred.keys())}


def values_equal(gold: Any, pred: Any) -> bool:
    """Numbers equal within a relative 1e-9, strings (and anything else) exactly."""
    if isinstance(gold, bool) or isinstance(pred, bool):
        return type(gold) is type(pred) and gold == pred
    if isinstance(gold, int | float) and isinstance(pred, int | float):
        if gold == pred:
            return True
        if math.isnan(gold) or math.isnan(pred):
            return False
        return abs(gold - pred) <= 1e-9 * max(abs(gold), abs(pred))
    if isinstance(gold, int | float) or isinstance(pred, int | float):
        return False
    return bool(gold == pred)


def total(by_label: Iterable[PRF]) -> PRF:
    """The sum of ``by_label``'s counts."""
    out = PRF()
    for prf in by_label:
        out.merge(prf)
    return out
