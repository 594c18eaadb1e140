"""The entity and figure layers: strict, overlap and nervaluate scores, figure values.

:class:`SpanLayerScores` takes one document pair at a time. Spans are split into overlap
components (``components``): identical pairs, lone spans and single differing pairs are
decided by closed forms, the rest by the rules (``matching``, ``nerval``). Figure value
accuracy is computed over strict matches whose gold span has a non-null ``attrs.value``
(numbers equal within a relative 1e-9, strings exactly). Labels reported are those seen in
gold or prediction; macro averages over them.
"""

from __future__ import annotations

from typing import Any

from goldspan.evaluate import nerval, nerval_closed
from goldspan.evaluate.components import Split, split_components
from goldspan.evaluate.matching import Item, overlap_match, strict_match
from goldspan.evaluate.prf import PRF, macro
from goldspan.evaluate.tally import Tally, total, values_equal
from goldspan.model.document import Document

# the label lists SpanLayerScores keeps: all gold spans, all predictions, strict and
# overlap matches, identical-pair components, lone gold and lone predicted spans
_KINDS = ("gold", "pred", "strict", "overlap", "same", "lone_gold", "lone_pred")


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
        self._tally = Tally(_KINDS)
        # components of one gold and one differing prediction, counted by what decides them
        self._singles: dict[tuple[str, str, bool, bool], int] = {}
        # components of one gold span and several predictions, likewise
        self._fans: dict[nerval_closed.FanKey, int] = {}
        # the remaining components, scored by nervaluate's rules
        self._rest = {s: nerval.NervalCounts() for s in nerval.SCHEMES}
        self._rest_by_label: dict[str, dict[str, nerval.NervalCounts]] = {}

    def add(self, gold_doc: Document, pred_doc: Document | None, gold: list[Item],
            pred: list[Item], want_pairs: bool = True
            ) -> tuple[PRF, PRF, list[tuple[int, int]]]:
        """Score one document (``gold`` and ``pred`` sorted); returns its strict and
        overlap PRF and the strict pairs ``(gold index, pred index)`` (an empty list
        unless ``want_pairs``)."""
        sp = split_components(gold, pred)
        lists = self._tally.lists
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
        rest_strict: list[tuple[int, int]] = []
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
        if sp.fans:
            strict_labels, fans = lists["strict"], self._fans
            for g, fan in sp.fans:
                fkey = nerval_closed.fan_key(g, fan, self.min_overlap)
                fans[fkey] = fans.get(fkey, 0) + 1
                gs, ge, gl, gi = g
                ident = over = None
                for p in fan:  # the first identical and the first overlapping (same label)
                    ps, pe, pl, _pi = p
                    if pl == gl:
                        if over is None and ps < ge and pe > gs:
                            over = p
                        if ident is None and ps == gs and pe == ge:
                            ident = p
                if ident is not None:
                    strict_labels.append(gl)
                    strict_tp += 1
                    rest_strict.append((gi, ident[3]))
                if over is not None:
                    over_labels.append(gl)
                    over_tp += 1
        if sp.gold:  # a rest component always holds gold and predicted spans
            label_of = {t[3]: t[2] for t in sp.gold}
            more = strict_match(sp.gold, sp.pred)
            rest_strict += more
            strict_tp += len(more)
            lists["strict"].extend([label_of[gi] for gi, _ in more])
            rest_over = overlap_match(sp.gold, sp.pred)
            over_tp += len(rest_over)
            over_labels.extend([label_of[gi] for gi, _ in rest_over])
            self._add_rest(sp)
        self._tally.fold_if_long("gold")
        spairs = [(g[3], p[3]) for g, p in pairs] + rest_strict if want_pairs else []
        if self.layer == "figure" and pred_doc is not None and strict_tp:
            self._add_values(gold_doc, pred_doc, spairs if want_pairs else
                             [(g[3], p[3]) for g, p in pairs] + rest_strict)
        ng, np_ = len(gold), len(pred)
        return (PRF(strict_tp, np_ - strict_tp, ng - strict_tp),
                PRF(over_tp, np_ - over_tp, ng - over_tp), spairs)

    def _add_values(self, gold_doc: Document, pred_doc: Document,
                    spairs: list[tuple[int, int]]) -> None:
        gspans, pspans = gold_doc.spans, pred_doc.spans
        compared = equal = 0
        for gi, pi in spairs:
            ga = gspans[gi].__dict__["attrs"]  # read the field directly: a hot path
            gv = ga.get("value") if ga else None
            if gv is not None:
                compared += 1
                pa = pspans[pi].__dict__["attrs"]
                pv = pa.get("value") if pa else None
                if type(gv) is type(pv) and gv == pv:  # the common case, decided fast
                    equal += 1
                else:
                    equal += values_equal(gv, pv)
        self.values_compared += compared
        self.values_equal += equal

    def _add_rest(self, sp: Split) -> None:
        """nervaluate's rules on the components no closed form decides."""
        nerval.add_all(sp.gold, sp.pred, self._rest, self._rest_by_label, self.min_overlap)

    @property
    def strict(self) -> dict[str, PRF]:
        """Strict PRF per label (labels seen in gold or prediction), sorted by label."""
        return self._tally.prf("strict")

    @property
    def overlap(self) -> dict[str, PRF]:
        """Overlap PRF per label, sorted by label."""
        return self._tally.prf("overlap")

    def nervaluate(self) -> tuple[dict[str, nerval.NervalCounts],
                                  dict[str, dict[str, nerval.NervalCounts]]]:
        """nervaluate's counts per scheme, and per label and scheme (every label seen)."""
        c = self._tally.counts()
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
            nerval_closed.add_single(key, n, overall, by_label)
        for fkey, n in self._fans.items():
            nerval_closed.add_fans(fkey, n, overall, by_label)
        return overall, by_label

    def to_json(self) -> dict[str, Any]:
        """The entity/figure object of the ``--json`` output."""
        strict, over = self.strict, self.overlap
        overall, by_label = self.nervaluate()
        out: dict[str, Any] = {
            "strict": total(strict.values()).to_dict(),
            "overlap": total(over.values()).to_dict(),
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
