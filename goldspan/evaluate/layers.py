"""Per-layer accumulators: each takes one document pair at a time and sums micro counts.

- :class:`ZoneScores`: paragraph label pairs (see ``zones``).
- :class:`SpanLayerScores`: entity or figure layer: strict and overlap PRF per label,
  nervaluate's four schemes, and for figures the value accuracy over strict matches whose
  gold span has a non-null ``attrs.value`` (numbers equal within a relative 1e-9, strings
  exactly).
- :class:`SpeechScores`: Jaccard matching, span and attribution PRF (see ``speech``).

Labels reported are those seen in gold or prediction; macro averages over them.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from goldspan.evaluate import nerval
from goldspan.evaluate.components import Split, split_components
from goldspan.evaluate.matching import Item, overlap_match, strict_match
from goldspan.evaluate.prf import PRF, macro
from goldspan.evaluate.speech import attribution_hits, speech_match
from goldspan.evaluate.zones import zone_by_label, zone_pairs
from goldspan.model.document import Document


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


def _counts(tp_labels: dict[str, int], g: dict[str, int], p: dict[str, int],
            into: dict[str, PRF]) -> PRF:
    """Add per-label counts (gold labels ``g``, predicted ``p``) into ``into``; returns
    this document's total."""
    total_tp = 0
    for label in g.keys() | p.keys():
        tp = tp_labels.get(label, 0)
        total_tp += tp
        prf = into.get(label)
        if prf is None:
            prf = into[label] = PRF()
        prf.tp += tp
        prf.fp += p.get(label, 0) - tp
        prf.fn += g.get(label, 0) - tp
    return PRF(total_tp, sum(p.values()) - total_tp, sum(g.values()) - total_tp)


def _labels(items: list[Item], start: dict[str, int] | None = None) -> dict[str, int]:
    """How many items have each label, added to a copy of ``start`` (a plain dict:
    cheaper than Counter here)."""
    out: dict[str, int] = dict(start) if start else {}
    for item in items:
        label = item[2]
        out[label] = out.get(label, 0) + 1
    return out


def _merged(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def _inc(counts: dict[str, int], label: str) -> None:
    counts[label] = counts.get(label, 0) + 1


class ZoneScores:
    """Paragraph zone agreement summed over documents."""

    def __init__(self, labels: frozenset[str] | None = None) -> None:
        self.confusion: Counter[tuple[str, str]] = Counter()
        self.labels = labels  # only paragraphs with one of these on a side, and their rows

    def add(self, text: str, gold: list[Item], pred: list[Item]) -> tuple[int, int]:
        """Score one document; returns its ``(agreeing, paragraphs)``."""
        pairs = zone_pairs(text, gold, pred)
        labels = self.labels
        if labels is not None:
            pairs = [(g, p) for g, p in pairs if g in labels or p in labels]
        self.confusion.update(pairs)
        return sum(1 for g, p in pairs if g == p), len(pairs)

    def to_json(self) -> dict[str, Any]:
        """``{"accuracy", "paragraphs", "by_label"}``."""
        n = sum(self.confusion.values())
        agree = sum(v for (g, p), v in self.confusion.items() if g == p)
        rows = zone_by_label(self.confusion)
        if self.labels is not None:
            rows = {k: v for k, v in rows.items() if k in self.labels}
        return {"accuracy": agree / n if n else 0.0, "paragraphs": n,
                "by_label": {k: v.to_dict() for k, v in rows.items()}}


class SpanLayerScores:
    """Strict, overlap and nervaluate scores of the entity or figure layer."""

    def __init__(self, layer: str, min_overlap_percentage: float = 1.0) -> None:
        self.layer = layer
        self.min_overlap = min_overlap_percentage
        self.strict: dict[str, PRF] = {}
        self.overlap: dict[str, PRF] = {}
        self.nerval = {s: nerval.NervalCounts() for s in nerval.SCHEMES}
        self.nerval_by_label: dict[str, dict[str, nerval.NervalCounts]] = {}
        self.values_compared = 0
        self.values_equal = 0
        # components of one gold and one differing prediction, counted by what decides
        # them; added to the nervaluate counts when the results are read (_flush)
        self._singles: dict[tuple[str, str, bool, bool], int] = {}

    def _flush(self) -> None:
        for key, n in self._singles.items():
            nerval.add_single(key, n, self.nerval, self.nerval_by_label)
        self._singles.clear()

    def add(self, gold_doc: Document, pred_doc: Document | None, gold: list[Item],
            pred: list[Item]) -> tuple[PRF, PRF, list[tuple[int, int]]]:
        """Score one document (``gold`` and ``pred`` sorted); returns its strict and
        overlap PRF and the strict pairs."""
        sp = split_components(gold, pred)
        gspans = gold_doc.spans
        same = _labels([g for g, _ in sp.pairs])
        spairs = [(g[3], p[3]) for g, p in sp.pairs]
        strict_tp, overlap_tp = dict(same), dict(same)
        if sp.gold:
            rest_strict = strict_match(sp.gold, sp.pred)
            spairs += rest_strict
            for gi, _ in rest_strict:
                _inc(strict_tp, gspans[gi].label)
            for gi, _ in overlap_match(sp.gold, sp.pred):
                _inc(overlap_tp, gspans[gi].label)
        for g, p in sp.single:
            if g[2] == p[2]:
                _inc(overlap_tp, g[2])
        lone_g, lone_p = _labels(sp.lone_gold), _labels(sp.lone_pred)
        # label counts of each side: the identical pairs counted once serve both
        gl = _labels([g for g, _ in sp.single] + sp.gold, _merged(same, lone_g))
        pl = _labels([p for _, p in sp.single] + sp.pred, _merged(same, lone_p))
        strict = _counts(strict_tp, gl, pl, self.strict)
        over = _counts(overlap_tp, gl, pl, self.overlap)
        self._add_nerval(sp, gl, pl, same, lone_g, lone_p)
        if self.layer == "figure" and pred_doc is not None:
            pspans = pred_doc.spans
            compared = equal = 0
            for gi, pi in spairs:
                ga = gspans[gi].attrs
                gv = ga.get("value") if ga else None
                if gv is not None:
                    compared += 1
                    pa = pspans[pi].attrs
                    pv = pa.get("value") if pa else None
                    if type(gv) is type(pv) and gv == pv:  # the common case, decided fast
                        equal += 1
                    else:
                        equal += values_equal(gv, pv)
            self.values_compared += compared
            self.values_equal += equal
        return strict, over, spairs

    def _add_nerval(self, sp: Split, gl: dict[str, int], pl: dict[str, int],
                    same: dict[str, int], lone_g: dict[str, int],
                    lone_p: dict[str, int]) -> None:
        """nervaluate counts: the rules on the rest, closed forms on the other components."""
        table = self.nerval_by_label
        for label in gl.keys() | pl.keys():
            if label not in table:
                table[label] = {s: nerval.NervalCounts() for s in nerval.SCHEMES}
        n_pairs, n_lone_g, n_lone_p = len(sp.pairs), len(sp.lone_gold), len(sp.lone_pred)
        for acc in self.nerval.values():
            acc.correct += n_pairs
            acc.missed += n_lone_g
            acc.spurious += n_lone_p
        for label, n in same.items():
            for acc in table[label].values():
                acc.correct += n
        for label, n in lone_g.items():
            for acc in table[label].values():
                acc.missed += n
        for label, n in lone_p.items():
            for acc in table[label].values():
                acc.spurious += n
        singles = self._singles
        for g, p in sp.single:
            key = nerval.single_key(g, p, self.min_overlap)
            singles[key] = singles.get(key, 0) + 1
        if sp.gold or sp.pred:
            overall, by_label = nerval.score_all(sp.gold, sp.pred, self.min_overlap)
            for scheme, counts in overall.items():
                self.nerval[scheme].merge(counts)
            for scheme, per in by_label.items():
                for label, counts in per.items():
                    table[label][scheme].merge(counts)

    def to_json(self) -> dict[str, Any]:
        """The entity/figure object of the ``--json`` output."""
        self._flush()
        labels = sorted(self.strict)
        out: dict[str, Any] = {
            "strict": _total(self.strict).to_dict(),
            "overlap": _total(self.overlap).to_dict(),
            "macro": {"strict": macro(self.strict[k] for k in labels),
                      "overlap": macro(self.overlap[k] for k in labels)},
            "by_label": {k: {"strict": self.strict[k].to_dict(),
                             "overlap": self.overlap[k].to_dict()} for k in labels},
            "nervaluate": {s: c.to_dict(s) for s, c in self.nerval.items()},
        }
        out["nervaluate"]["by_label"] = {
            k: {s: c.to_dict(s) for s, c in self.nerval_by_label[k].items()}
            for k in sorted(self.nerval_by_label)}
        if self.layer == "figure":
            out["value_accuracy"] = (self.values_equal / self.values_compared
                                     if self.values_compared else 0.0)
            out["values_compared"] = self.values_compared
        return out


class SpeechScores:
    """Speech span and attribution PRF, per label and in total."""

    def __init__(self) -> None:
        self.span: dict[str, PRF] = {}
        self.attribution: dict[str, PRF] = {}

    def add(self, gold_doc: Document, pred_doc: Document | None, gold: list[Item],
            pred: list[Item]) -> tuple[PRF, PRF, list[tuple[int, int]]]:
        """Score one document; returns its span and attribution PRF and the pairs."""
        gl, pl = _labels(gold), _labels(pred)
        span_tp: dict[str, int] = {}
        att_tp: dict[str, int] = {}
        pairs = speech_match(gold, pred) if gold and pred else []
        if pairs and pred_doc is not None:
            gspans = gold_doc.spans
            for (g, _), ok in zip(pairs, attribution_hits(gold_doc, pred_doc, pairs),
                                  strict=True):
                label = gspans[g].label
                _inc(span_tp, label)
                if ok:
                    _inc(att_tp, label)
        span = _counts(span_tp, gl, pl, self.span)
        att = _counts(att_tp, gl, pl, self.attribution)
        return span, att, pairs

    def to_json(self) -> dict[str, Any]:
        """``{"span": PRF, "attribution": PRF}``."""
        return {"span": _total(self.span).to_dict(),
                "attribution": _total(self.attribution).to_dict()}


def _total(by_label: dict[str, PRF]) -> PRF:
    total = PRF()
    for prf in by_label.values():
        total.merge(prf)
    return total
