"""A small strict scorer for the ``entities`` extractor against gold documents.

:func:`score_entities` runs :class:`~goldspan.extract.entities.Entities` on each gold
document's own zone spans (so zone errors do not count here) and compares the entity
spans strictly: same label, start and end. The project's evaluator
(:mod:`goldspan.evaluate`) gives the full tables; this one needs nothing but the model.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from goldspan.extract.entities import Entities
from goldspan.model.document import Document


@dataclass
class EntityScore:
    """Counts and strict P/R/F1, overall and per label, plus the mismatches."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    by_label: dict[str, list[int]] = field(default_factory=dict)  # label -> [tp, fp, fn]
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, FP/FN, label, text

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when the gold is empty."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_entities(golds: Iterable[Document]) -> EntityScore:
    """Strict entity scores of the extractor over ``golds`` (documents are not changed)."""
    ext = Entities()
    out = EntityScore()
    for gold in golds:
        doc = gold.model_copy(deep=True)
        doc.spans = [s for s in doc.spans if s.layer == "zone"]
        pred = {(s.label, s.start, s.end) for s in ext.extract(doc).spans}
        want = {(s.label, s.start, s.end) for s in gold.spans if s.layer == "entity"}
        for kind, items in (("tp", pred & want), ("fp", pred - want), ("fn", want - pred)):
            setattr(out, kind, getattr(out, kind) + len(items))
            col = ("tp", "fp", "fn").index(kind)
            for label, s, e in sorted(items, key=lambda x: x[1]):
                out.by_label.setdefault(label, [0, 0, 0])[col] += 1
                if kind != "tp":
                    out.errors.append((gold.id, kind.upper(), label, gold.text[s:e]))
    return out
