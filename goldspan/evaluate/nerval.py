"""nervaluate's four schemes (strict, exact, partial, ent_type), computed by a sweep.

This reproduces the ``nervaluate`` package (1.x) for spans given as half-open code point
offsets: predictions in order of (start, end, label) are each compared with the unmatched
gold spans in order of (start, end, label) that overlap them by at least
``min_overlap_percentage`` of the gold span's length (default 1.0, as in nervaluate).

- strict: same label and boundaries = correct; else the first overlapping gold = incorrect.
- exact: same boundaries (any label) = correct; else the first overlapping = incorrect.
- partial: same boundaries = correct; else the first overlapping = partial.
- ent_type: among overlapping gold spans of the same label the one with the closest
  boundaries (smallest |Δstart| + |Δend|, earliest on ties) = correct; else the first
  overlapping gold of another label = incorrect.
A prediction with no overlapping gold is spurious; an unmatched gold span is missed.
Per label (as nervaluate's per-entity results), both sides are filtered to the label first.

Precision = (correct + ½ partial) / actual and recall = (correct + ½ partial) / possible
for partial and ent_type; without the ½ partial term for strict and exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from goldspan.evaluate.matching import Item
from goldspan.evaluate.prf import f1_of

SCHEMES: tuple[str, ...] = ("strict", "exact", "partial", "ent_type")


@dataclass(slots=True)
class NervalCounts:
    """Counts of one scheme: correct, incorrect, partial, missed, spurious."""

    correct: int = 0
    incorrect: int = 0
    partial: int = 0
    missed: int = 0
    spurious: int = 0

    def merge(self, other: NervalCounts) -> None:
        """Add ``other``'s counts in place."""
        self.correct += other.correct
        self.incorrect += other.incorrect
        self.partial += other.partial
        self.missed += other.missed
        self.spurious += other.spurious

    def to_dict(self, scheme: str) -> dict[str, Any]:
        """Counts, ``possible``, ``actual`` and the scheme's precision, recall and F1."""
        actual = self.correct + self.incorrect + self.partial + self.spurious
        possible = self.correct + self.incorrect + self.partial + self.missed
        hit = self.correct + (0.5 * self.partial if scheme in ("partial", "ent_type") else 0)
        p = hit / actual if actual else 0.0
        r = hit / possible if possible else 0.0
        return {"correct": self.correct, "incorrect": self.incorrect, "partial": self.partial,
                "missed": self.missed, "spurious": self.spurious, "possible": possible,
                "actual": actual, "precision": p, "recall": r, "f1": f1_of(p, r)}


def score_scheme(gold: list[Item], pred: list[Item], scheme: str,
                 min_overlap_percentage: float = 1.0) -> NervalCounts:
    """Counts of ``scheme`` for one document's gold and predicted spans (all labels)."""
    return _sweep(sorted(gold), sorted(pred), scheme, min_overlap_percentage, False)[""]


def score_by_label(gold: list[Item], pred: list[Item], scheme: str,
                   min_overlap_percentage: float = 1.0) -> dict[str, NervalCounts]:
    """Counts of ``scheme`` per label, each label scored as if alone (as nervaluate does)."""
    return _sweep(sorted(gold), sorted(pred), scheme, min_overlap_percentage, True)


def _sweep(gold: list[Item], pred: list[Item], scheme: str, min_pct: float,
           by_label: bool) -> dict[str, NervalCounts]:
    """The matching loop; ``gold`` and ``pred`` sorted. Keys: labels, or "" for all."""
    out: dict[str, NervalCounts] = {}
    n = len(gold)
    matched = [False] * n
    key_label = scheme == "strict" or by_label
    exact: dict[Any, list[int]] = {}
    if scheme != "ent_type":
        for k, (s, e, label, _i) in enumerate(gold):
            key = (s, e, label) if key_label else (s, e)
            found = exact.get(key)
            if found is None:
                exact[key] = [k]
            else:
                found.append(k)
    nxt = list(range(n + 1))  # nxt[k] == k: gold k is live; else skip towards the next live
    typed = scheme == "ent_type"
    acc = out[""] = NervalCounts()
    for ps, pe, pl, _pi in pred:
        if by_label:
            got = out.get(pl)
            if got is None:
                got = out[pl] = NervalCounts()
            acc = got
        if not typed:
            found = exact.get((ps, pe, pl) if key_label else (ps, pe))
            if found:
                hit = -1
                for k in found:
                    if not matched[k]:
                        hit = k
                        break
                if hit >= 0:
                    matched[hit] = True
                    nxt[hit] = hit + 1
                    acc.correct += 1
                    continue
        best = other = -1
        best_dist = 0
        j = 0
        while nxt[j] != j:
            nxt[j] = nxt[nxt[j]]
            j = nxt[j]
        while j < n:
            gs, ge, gl, _gi = gold[j]
            if gs >= pe:
                break
            if ge <= ps:  # ends before this prediction starts, so before every later one
                nxt[j] = j + 1
            elif (not by_label or gl == pl) and (
                    (min(pe, ge) - max(ps, gs)) / (ge - gs)) * 100.0 >= min_pct:
                if not typed:
                    other = j
                    break
                if gl == pl:
                    dist = abs(ps - gs) + abs(pe - ge)
                    if best < 0 or dist < best_dist:
                        best, best_dist = j, dist
                elif other < 0:
                    other = j
            j += 1
            while nxt[j] != j:
                nxt[j] = nxt[nxt[j]]
                j = nxt[j]
        if best >= 0:
            acc.correct += 1
            taken = best
        elif other >= 0:
            if scheme == "partial":
                acc.partial += 1
            else:
                acc.incorrect += 1
            taken = other
        else:
            acc.spurious += 1
            continue
        matched[taken] = True
        nxt[taken] = taken + 1
    if not by_label:
        acc = out[""]
        acc.missed += n - sum(matched)
    else:
        for k in range(n):
            if not matched[k]:
                label = gold[k][2]
                got = out.get(label)
                if got is None:
                    got = out[label] = NervalCounts()
                got.missed += 1
    if by_label:
        del out[""]
    return out


def add_single(g: Item, p: Item, overall: dict[str, NervalCounts],
               by_label: dict[str, dict[str, NervalCounts]],
               min_overlap_percentage: float = 1.0) -> None:
    """Add the counts of a component made of one gold span ``g`` and one overlapping
    prediction ``p`` that differ (the same counts the sweep gives on those two spans).

    ``by_label`` must hold both labels (scheme -> counts for each)."""
    gs, ge, gl, _ = g
    ps, pe, pl, _ = p
    enough = ((min(pe, ge) - max(ps, gs)) / (ge - gs)) * 100.0 >= min_overlap_percentage
    bounds = gs == ps and ge == pe
    _bump(overall["strict"], False, enough, False)
    _bump(overall["exact"], bounds, enough, False)
    _bump(overall["partial"], bounds, enough, True)
    _bump(overall["ent_type"], gl == pl and enough, enough, False)
    if gl == pl:  # alone with its label, the boundaries differ
        per = by_label[gl]
        _bump(per["strict"], False, enough, False)
        _bump(per["exact"], False, enough, False)
        _bump(per["partial"], False, enough, True)
        _bump(per["ent_type"], enough, enough, False)
    else:  # each alone in its label
        for counts in by_label[gl].values():
            counts.missed += 1
        for counts in by_label[pl].values():
            counts.spurious += 1


def _bump(acc: NervalCounts, correct: bool, enough: bool, partial: bool) -> None:
    if correct:
        acc.correct += 1
    elif not enough:
        acc.missed += 1
        acc.spurious += 1
    elif partial:
        acc.partial += 1
    else:
        acc.incorrect += 1


def score_all(gold: list[Item], pred: list[Item],
              min_overlap_percentage: float = 1.0) -> dict[str, NervalCounts]:
    """The four schemes over all labels of one document (inputs sorted)."""
    if not gold and not pred:
        return {s: NervalCounts() for s in SCHEMES}
    return {s: _sweep(gold, pred, s, min_overlap_percentage, False)[""] for s in SCHEMES}


def score_all_by_label(gold: list[Item], pred: list[Item], min_overlap_percentage: float = 1.0
                       ) -> dict[str, dict[str, NervalCounts]]:
    """scheme -> label -> counts, each label alone (strict equals exact within one label)."""
    if not gold and not pred:
        return {s: {} for s in SCHEMES}
    strict = _sweep(gold, pred, "strict", min_overlap_percentage, True)
    return {"strict": strict, "exact": strict,
            "partial": _sweep(gold, pred, "partial", min_overlap_percentage, True),
            "ent_type": _sweep(gold, pred, "ent_type", min_overlap_percentage, True)}
