"""Per-layer accumulators: each takes one document pair at a time and sums micro counts.

- :class:`ZoneScores`: paragraph label pairs (see ``zones``).
- :class:`SpanLayerScores` (in ``spanlayer``): entity or figure layer: strict and overlap
  PRF per label, nervaluate's four schemes, and for figures the value accuracy.
- :class:`SpeechScores`: Jaccard matching, span and attribution PRF (see ``speech``).

Per document they only extend flat label lists (``tally.Tally``), counted once; per-label
PRFs are built when the results are read. Labels reported are those seen in gold or
prediction; macro averages over them.
"""

from __future__ import annotations

from collections import Counter
from operator import eq
from typing import Any

from goldspan.evaluate.matching import Item
from goldspan.evaluate.prf import PRF
from goldspan.evaluate.spanlayer import SpanLayerScores
from goldspan.evaluate.speech import attribution_hits, speech_match
from goldspan.evaluate.tally import Tally, total, values_equal
from goldspan.evaluate.zones import paragraph_labels, paragraphs, zone_by_label
from goldspan.model.document import Document

__all__ = ["SpanLayerScores", "SpeechScores", "ZoneScores", "values_equal"]


class ZoneScores:
    """Paragraph zone agreement summed over documents."""

    def __init__(self, labels: frozenset[str] | None = None) -> None:
        self.confusion: Counter[tuple[str, str]] = Counter()
        self.labels = labels  # only paragraphs with one of these on a side, and their rows

    def add(self, text: str, gold: list[Item], pred: list[Item],
            paras: list[tuple[int, int]] | None = None) -> tuple[int, int]:
        """Score one document (``paras``: its paragraphs, when already known); returns
        its ``(agreeing, paragraphs)``."""
        if paras is None:
            paras = paragraphs(text)
        return self.add_labels(paragraph_labels(paras, gold), paragraph_labels(paras, pred))

    def add_labels(self, gl: list[str], pl: list[str]) -> tuple[int, int]:
        """Score one document given each paragraph's gold and predicted zone label;
        returns its ``(agreeing, paragraphs)``."""
        labels = self.labels
        if labels is not None:
            kept = [(g, p) for g, p in zip(gl, pl, strict=True) if g in labels or p in labels]
            self.confusion.update(kept)
            return sum(1 for g, p in kept if g == p), len(kept)
        self.confusion.update(zip(gl, pl, strict=True))
        return sum(map(eq, gl, pl)), len(gl)

    def to_json(self) -> dict[str, Any]:
        """``{"accuracy", "paragraphs", "by_label"}``."""
        n = sum(self.confusion.values())
        agree = sum(v for (g, p), v in self.confusion.items() if g == p)
        rows = zone_by_label(self.confusion)
        if self.labels is not None:
            rows = {k: v for k, v in rows.items() if k in self.labels}
        return {"accuracy": agree / n if n else 0.0, "paragraphs": n,
                "by_label": {k: v.to_dict() for k, v in rows.items()}}


class SpeechScores:
    """Speech span and attribution PRF, per label and in total."""

    def __init__(self) -> None:
        self._tally = Tally(("gold", "pred", "span", "attribution"))

    @property
    def span(self) -> dict[str, PRF]:
        """Span PRF per label (labels seen in gold or prediction)."""
        return self._tally.prf("span")

    @property
    def attribution(self) -> dict[str, PRF]:
        """Attribution PRF per label."""
        return self._tally.prf("attribution")

    def add(self, gold_doc: Document, pred_doc: Document | None, gold: list[Item],
            pred: list[Item]) -> tuple[PRF, PRF, list[tuple[int, int]]]:
        """Score one document; returns its span and attribution PRF and the pairs."""
        lists = self._tally.lists
        if gold:
            lists["gold"].extend([t[2] for t in gold])
        if pred:
            lists["pred"].extend([t[2] for t in pred])
        pairs = speech_match(gold, pred) if gold and pred else []
        att = 0
        if pairs and pred_doc is not None:
            gspans = gold_doc.spans
            span_labels, att_labels = lists["span"], lists["attribution"]
            for (g, _), ok in zip(pairs, attribution_hits(gold_doc, pred_doc, pairs),
                                  strict=True):
                label = gspans[g].label
                span_labels.append(label)
                if ok:
                    att_labels.append(label)
                    att += 1
        self._tally.fold_if_long("gold")
        tp, ng, np_ = len(pairs), len(gold), len(pred)
        return PRF(tp, np_ - tp, ng - tp), PRF(att, np_ - att, ng - att), pairs

    def to_json(self) -> dict[str, Any]:
        """``{"span": PRF, "attribution": PRF}``."""
        return {"span": total(self.span.values()).to_dict(),
                "attribution": total(self.attribution.values()).to_dict()}
