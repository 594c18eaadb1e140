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


# the label lists SpanLayerScores keeps: all gold spans, all predictions, strict and
# overlap matches, identical-pair components, lone gold and lone predicted spans
_KINDS = ("gold", "pred", "strict", "overlap", "same", "lone_gold", "lone_pred")


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
    """Strict, overlap and nervaluate scores of the entity or figure layer.

    Each document only extends flat lists of labels (all gold spans, all predictions,
    strict and overlap matches, and the trivial components of ``components``); they are
    counted once, in C, when they grow long or when the results are read. Per-label
    :class:`PRF` and nervaluate objects are built only then.
    """

    def __init__(self, layer: str, min_overlap_percentage: float = 1.0) -> None:
        self.layer = layer
        self.min_overlap = min_overlap_percentage
        self.values_compared = 0
        self.values_equal = 0
        # label lists of this batch of documents, and their counts so far
        self._lists: dict[str, list[str]] = {k: [] for k in _KINDS}
        self._counts: dict[str, Counter[str]] = {k: Counter() for k in _KINDS}
        # components of one gold and one differing prediction, counted by what decides them
        self._singles: dict[tuple[str, str, bool, bool], int] = {}
        # the remaining components, scored by nervaluate's rules
        self._rest = {s: nerval.NervalCounts() for s in nerval.SCHEMES}
        self._rest_by_label: dict[str, dict[str, nerval.NervalCounts]] = {}

    def _fold(self) -> dict[str, Counter[str]]:
        for kind, items in self._lists.items():
            if items:
                self._counts[kind].update(items)
                items.clear()
        return self._counts

    def add(self, gold_doc: Document, pred_doc: Document | None, gold: list[Item],
            pred: list[Item]) -> tuple[PRF, PRF, list[tuple[int, int]]]:
        """Score one document (``gold`` and ``pred`` sorted); returns its strict and
        overlap PRF and the strict pairs."""
        sp = split_components(gold, pred)
        lists = self._lists
        lists["gold"].extend([t[2] for t in gold])
        lists["pred"].extend([t[2] for t in pred])
        pairs = sp.pairs
        same = [g[2] for g, _ in pairs]
        lists["same"] += same
        lists["strict"] += same
        over_labels = lists["overlap"]
        over_labels += same
        if sp.lone_gold:
            lists["lone_gold"].extend([t[2] for t in sp.lone_gold])
        if sp.lone_pred:
            lists["lone_pred"].extend([t[2] for t in sp.lone_pred])
        spairs = [(g[3], p[3]) for g, p in pairs]
        strict_tp = over_tp = len(pairs)
        if sp.single:
            singles, min_pct = self._singles, self.min_overlap
            for (gs, ge, gl, _gi), (ps, pe, pl, _pi) in sp.single:
                key = (gl, pl,
                       (((pe if pe < ge else ge) - (ps if ps > gs else gs)) / (ge - gs))
                       * 100.0 >= min_pct,
                       gs == ps and ge == pe)
                singles[key] = singles.get(key, 0) + 1
                if gl == pl:
                    over_labels.append(gl)
                    over_tp += 1
        if sp.gold:  # a rest component always holds gold and predicted spans
            label_of = {t[3]: t[2] for t in sp.gold}
            rest_strict = strict_match(sp.gold, sp.pred)
            spairs += rest_strict
            strict_tp += len(rest_strict)
            lists["strict"].extend([label_of[gi] for gi, _ in rest_strict])
            rest_over = overlap_match(sp.gold, sp.pred)
            over_tp += len(rest_over)
            over_labels.extend([label_of[gi] for gi, _ in rest_over])
            self._add_rest(sp)
        if len(lists["gold"]) > 100_000:
            self._fold()
        if self.layer == "figure" and pred_doc is not None and spairs:
            self._add_values(gold_doc, pred_doc, spairs)
        ng, np_ = len(gold), len(pred)
        return (PRF(strict_tp, np_ - strict_tp, ng - strict_tp),
                PRF(over_tp, np_ - over_tp, ng - over_tp), spairs)

    def _add_values(self, gold_doc: Document, pred_doc: Document,
                    spairs: list[tuple[int, int]]) -> None:
        gspans, pspans = gold_doc.spans, pred_doc.spans
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

    def _add_rest(self, sp: Split) -> None:
        """nervaluate's rules on the components no closed form decides."""
        overall, by_label = nerval.score_all(sp.gold, sp.pred, self.min_overlap)
        for scheme, counts in overall.items():
            self._rest[scheme].merge(counts)
        table = self._rest_by_label
        for scheme, per in by_label.items():
            for label, counts in per.items():
                row = table.get(label)
                if row is None:
                    row = table[label] = {s: nerval.NervalCounts() for s in nerval.SCHEMES}
                row[scheme].merge(counts)

    def _prf(self, tp_kind: str) -> dict[str, PRF]:
        c = self._fold()
        gold, pred, tp = c["gold"], c["pred"], c[tp_kind]
        return {label: PRF(tp[label], pred[label] - tp[label], gold[label] - tp[label])
                for label in sorted(gold.keys() | pred.keys())}

    @property
    def strict(self) -> dict[str, PRF]:
        """Strict PRF per label (labels seen in gold or prediction), sorted by label."""
        return self._prf("strict")

    @property
    def overlap(self) -> dict[str, PRF]:
        """Overlap PRF per label, sorted by label."""
        return self._prf("overlap")

    def nervaluate(self) -> tuple[dict[str, nerval.NervalCounts],
                                  dict[str, dict[str, nerval.NervalCounts]]]:
        """nervaluate's counts per scheme, and per label and scheme (every label seen)."""
        c = self._fold()
        overall = {s: nerval.NervalCounts() for s in nerval.SCHEMES}
        by_label = {label: {s: nerval.NervalCounts() for s in nerval.SCHEMES}
                    for label in c["gold"].keys() | c["pred"].keys()}
        same, lone_g, lone_p = c["same"], c["lone_gold"], c["lone_pred"]
        for scheme, acc in overall.items():
            acc.correct += same.total()
            acc.missed += lone_g.total()
            acc.spurious += lone_p.total()
            acc.merge(self._rest[scheme])
        for label, row in by_label.items():
            rest = self._rest_by_label.get(label)
            for scheme, acc in row.items():
                acc.correct += same[label]
                acc.missed += lone_g[label]
                acc.spurious += lone_p[label]
                if rest is not None:
                    acc.merge(rest[scheme])
        for key, n in self._singles.items():
            nerval.add_single(key, n, overall, by_label)
        return overall, by_label

    def to_json(self) -> dict[str, Any]:
        """The entity/figure object of the ``--json`` output."""
        strict, over = self.strict, self.overlap
        overall, by_label = self.nervaluate()
        out: dict[str, Any] = {
            "strict": _total(strict).to_dict(),
            "overlap": _total(over).to_dict(),
            "macro": {"strict": macro(strict.values()), "overlap": macro(over.values())},
            "by_label": {k: {"strict": strict[k].to_dict(), "overlap": over[k].to_dict()}
                         for k in strict},
            "nervaluate": {s: c.to_dict(s) for s, c in overall.items()},
        }
        out["nervaluate"]["by_label"] = {
            k: {s: c.to_dict(s) for s, c in by_label[k].items()} for k in sorted(by_label)}
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
