"""nervaluate's four schemes (strict, exact, partial, ent_type), without its O(n²) loops.

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

:func:`candidates` finds, once, the gold spans each prediction overlaps enough (a sweep
over both sorted lists that drops gold spans ending before the current prediction starts);
:func:`_greedy` then runs nervaluate's loop for one scheme over those short lists (the
reference, used by :func:`score_scheme` and :func:`score_all`); :func:`add_all` runs the
five distinct loops side by side in one pass, adding into accumulators (what evaluation
uses). Closed forms for small components are in ``nerval_closed``.
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
    gold, pred = sorted(gold), sorted(pred)
    cands = candidates(gold, pred, min_overlap_percentage)
    return _greedy(gold, pred, cands, scheme, False)[""]


def candidates(gold: list[Item], pred: list[Item], min_pct: float) -> list[list[int]]:
    """For each prediction (both lists sorted), the gold indices, in order, that it
    overlaps by at least ``min_pct`` % of the gold span's length."""
    n = len(gold)
    nxt = list(range(n + 1))  # nxt[k] == k: gold k may still overlap a later prediction
    out: list[list[int]] = []
    for ps, pe, _pl, _pi in pred:
        found: list[int] = []
        j = 0
        while nxt[j] != j:
            nxt[j] = nxt[nxt[j]]
            j = nxt[j]
        while j < n:
            gs, ge, _gl, _gi = gold[j]
            if gs >= pe:
                break
            if ge <= ps:  # ends before this prediction starts, so before every later one
                nxt[j] = j + 1
            elif ((min(pe, ge) - max(ps, gs)) / (ge - gs)) * 100.0 >= min_pct:
                found.append(j)
            j += 1
            while nxt[j] != j:
                nxt[j] = nxt[nxt[j]]
                j = nxt[j]
        out.append(found)
    return out


def _greedy(gold: list[Item], pred: list[Item], cands: list[list[int]], scheme: str,
            by_label: bool) -> dict[str, NervalCounts]:
    """nervaluate's loop over predictions, each looking at its candidates in gold order.

    Keys of the result: the labels when ``by_label`` (each label alone), else ``""``."""
    out: dict[str, NervalCounts] = {}
    matched = [False] * len(gold)
    typed = scheme == "ent_type"
    labelled = scheme == "strict" or by_label
    acc = out[""] = NervalCounts()
    for k, (ps, pe, pl, _pi) in enumerate(pred):
        if by_label:
            got = out.get(pl)
            if got is None:
                got = out[pl] = NervalCounts()
            acc = got
        best = other = -1
        best_dist = 0
        for j in cands[k]:
            if matched[j]:
                continue
            gs, ge, gl, _gi = gold[j]
            if by_label and gl != pl:
                continue
            if typed:
                if gl == pl:
                    dist = abs(ps - gs) + abs(pe - ge)
                    if best < 0 or dist < best_dist:
                        best, best_dist = j, dist
                elif other < 0:
                    other = j
            elif gs == ps and ge == pe and (not labelled or gl == pl):
                best = j
                break
            elif other < 0:
                other = j
        if best >= 0:
            acc.correct += 1
            matched[best] = True
        elif other >= 0:
            if scheme == "partial":
                acc.partial += 1
            else:
                acc.incorrect += 1
            matched[other] = True
        else:
            acc.spurious += 1
    if not by_label:
        out[""].missed += len(gold) - sum(matched)
        return out
    del out[""]
    for k, (_gs, _ge, gl, _gi) in enumerate(gold):
        if not matched[k]:
            got = out.get(gl)
            if got is None:
                got = out[gl] = NervalCounts()
            got.missed += 1
    return out


def score_all(gold: list[Item], pred: list[Item], min_overlap_percentage: float = 1.0
              ) -> tuple[dict[str, NervalCounts], dict[str, dict[str, NervalCounts]]]:
    """The four schemes over all labels, and per label (each label alone; strict equals
    exact within one label), for sorted ``gold`` and ``pred``."""
    if not gold and not pred:
        return {s: NervalCounts() for s in SCHEMES}, {s: {} for s in SCHEMES}
    cands = candidates(gold, pred, min_overlap_percentage)
    # partial picks the same gold span as exact (same boundaries, else the first
    # overlapping one) and only counts it as partial instead of incorrect; within one
    # label, strict, exact and partial pick alike. So five sweeps give the seven results.
    exact = _greedy(gold, pred, cands, "exact", False)[""]
    overall = {"strict": _greedy(gold, pred, cands, "strict", False)[""], "exact": exact,
               "partial": _as_partial(exact),
               "ent_type": _greedy(gold, pred, cands, "ent_type", False)[""]}
    strict = _greedy(gold, pred, cands, "strict", True)
    by_label = {"strict": strict, "exact": strict,
                "partial": {k: _as_partial(c) for k, c in strict.items()},
                "ent_type": _greedy(gold, pred, cands, "ent_type", True)}
    return overall, by_label


def _as_partial(c: NervalCounts) -> NervalCounts:
    """The partial scheme's counts from those of a sweep that picks as it does."""
    return NervalCounts(c.correct, 0, c.partial + c.incorrect, c.missed, c.spurious)


def add_all(gold: list[Item], pred: list[Item], overall: dict[str, NervalCounts],
            by_label: dict[str, dict[str, NervalCounts]],
            min_overlap_percentage: float = 1.0) -> None:
    """Add to ``overall`` and ``by_label`` (rows made as needed) what :func:`score_all`
    returns, for sorted ``gold`` and ``pred``, in one pass over the predictions.

    The five distinct sweeps (strict, exact = partial and ent_type over all labels;
    strict = exact = partial and ent_type within each label) run side by side, each with
    its own matched flags, as :func:`_greedy` runs them one at a time."""
    cands = candidates(gold, pred, min_overlap_percentage)
    ng = len(gold)
    m_s, m_e, m_t, m_ls, m_lt = ([False] * ng for _ in range(5))
    s_c = s_i = s_sp = e_c = e_i = e_sp = t_c = t_i = t_sp = 0
    rows: dict[str, list[int]] = {}  # label -> [strict c, i, sp, ent_type c, sp]
    for k, (ps, pe, pl, _pi) in enumerate(pred):
        row = rows.get(pl)
        if row is None:
            row = rows[pl] = [0, 0, 0, 0, 0]
        cs = cands[k]
        # strict and exact over all labels, strict within the label
        hs = os_ = he = oe = hl = ol = -1
        for j in cs:
            gs, ge, gl, _gi = gold[j]
            bounds = gs == ps and ge == pe
            if hs < 0 and not m_s[j]:
                if bounds and gl == pl:
                    hs = j
                elif os_ < 0:
                    os_ = j
            if he < 0 and not m_e[j]:
                if bounds:
                    he = j
                elif oe < 0:
                    oe = j
            if hl < 0 and gl == pl and not m_ls[j]:
                if bounds:
                    hl = j
                elif ol < 0:
                    ol = j
        if hs >= 0:
            s_c += 1
            m_s[hs] = True
        elif os_ >= 0:
            s_i += 1
            m_s[os_] = True
        else:
            s_sp += 1
        if he >= 0:
            e_c += 1
            m_e[he] = True
        elif oe >= 0:
            e_i += 1
            m_e[oe] = True
        else:
            e_sp += 1
        if hl >= 0:
            row[0] += 1
            m_ls[hl] = True
        elif ol >= 0:
            row[1] += 1
            m_ls[ol] = True
        else:
            row[2] += 1
        # ent_type: the closest same-label gold, else the first of another label
        bt = ot = bl = -1
        dt = dl = 0
        for j in cs:
            gs, ge, gl, _gi = gold[j]
            if gl == pl:
                dist = abs(ps - gs) + abs(pe - ge)
                if not m_t[j] and (bt < 0 or dist < dt):
                    bt, dt = j, dist
                if not m_lt[j] and (bl < 0 or dist < dl):
                    bl, dl = j, dist
            elif ot < 0 and not m_t[j]:
                ot = j
        if bt >= 0:
            t_c += 1
            m_t[bt] = True
        elif ot >= 0:
            t_i += 1
            m_t[ot] = True
        else:
            t_sp += 1
        if bl >= 0:
            row[3] += 1
            m_lt[bl] = True
        else:
            row[4] += 1
    missed_ls: dict[str, int] = {}
    missed_lt: dict[str, int] = {}
    for j, (_gs, _ge, gl, _gi) in enumerate(gold):
        if gl not in rows:
            rows[gl] = [0, 0, 0, 0, 0]
        if not m_ls[j]:
            missed_ls[gl] = missed_ls.get(gl, 0) + 1
        if not m_lt[j]:
            missed_lt[gl] = missed_lt.get(gl, 0) + 1
    e_miss = ng - sum(m_e)
    _add(overall["strict"], s_c, s_i, 0, ng - sum(m_s), s_sp)
    _add(overall["exact"], e_c, e_i, 0, e_miss, e_sp)
    _add(overall["partial"], e_c, 0, e_i, e_miss, e_sp)
    _add(overall["ent_type"], t_c, t_i, 0, ng - sum(m_t), t_sp)
    for label, (c, i, sp, tc, tsp) in rows.items():
        acc = by_label.get(label)
        if acc is None:
            acc = by_label[label] = {s: NervalCounts() for s in SCHEMES}
        miss = missed_ls.get(label, 0)
        _add(acc["strict"], c, i, 0, miss, sp)
        _add(acc["exact"], c, i, 0, miss, sp)
        _add(acc["partial"], c, 0, i, miss, sp)
        _add(acc["ent_type"], tc, 0, 0, missed_lt.get(label, 0), tsp)


def _add(acc: NervalCounts, correct: int, incorrect: int, partial: int, missed: int,
         spurious: int) -> None:
    acc.correct += correct
    acc.incorrect += incorrect
    acc.partial += partial
    acc.missed += missed
    acc.spurious += spurious
