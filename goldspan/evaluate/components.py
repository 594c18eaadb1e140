"""Split a layer's spans into overlap components and set the trivial ones aside.

Every matching rule of this package (strict, overlap, nervaluate's four schemes) only ever
pairs spans that share a character, and treats the spans in one global (start, end, label)
order. So the spans split into components (chains of overlapping spans, gold and predicted
together, any label), each decided on its own. Three kinds of component are decided
without running any rule:

- one gold and one prediction with the same start, end and label: a match in every rule;
- gold spans only: all missed; predicted spans only: all spurious;
- one gold and one prediction that differ (``Split.single``): decided by a closed form
  (``nerval_closed.single_key``, and the overlap rule matches them when the labels agree);
- one gold span and several predictions (``Split.fans``): every rule pairs the gold span
  with at most one of them, the first in (start, end, label) order that qualifies
  (``nerval_closed.add_fan``).

:func:`split_components` returns those and the remaining spans, which the rules still
process (in the same order, so the result is the same as on the whole layer). This is what
keeps evaluation near linear and fast on real output, where most spans are trivial.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from goldspan.evaluate.matching import Item


@dataclass(slots=True)
class Split:
    """Identical pairs, lone gold and lone predicted spans, single differing pairs, one
    gold span with its predictions, and the rest (all sorted)."""

    pairs: list[tuple[Item, Item]] = field(default_factory=list)
    single: list[tuple[Item, Item]] = field(default_factory=list)
    fans: list[tuple[Item, list[Item]]] = field(default_factory=list)
    lone_gold: list[Item] = field(default_factory=list)
    lone_pred: list[Item] = field(default_factory=list)
    gold: list[Item] = field(default_factory=list)
    pred: list[Item] = field(default_factory=list)


def split_components(gold: list[Item], pred: list[Item]) -> Split:
    """Split sorted ``gold`` and ``pred`` as the module docstring says."""
    out = Split()
    if not pred:
        out.lone_gold = gold
        return out
    if not gold:
        out.lone_pred = pred
        return out
    ng, np_ = len(gold), len(pred)
    gs = [t[0] for t in gold]
    ge = [t[1] for t in gold]
    ps = [t[0] for t in pred]
    pe = [t[1] for t in pred]
    for side in (gs, ge, ps, pe):  # sentinels: no more spans on that side
        side.append(1 << 62)
    pairs, single, lone_gold, lone_pred = out.pairs, out.single, out.lone_gold, out.lone_pred
    fans = out.fans
    rest_gold, rest_pred = out.gold, out.pred
    i = j = 0
    while i < ng or j < np_:
        start = gs[i]
        if start == ps[j]:  # the common case first: an isolated pair with equal offsets
            end = ge[i]
            if end == pe[j] and end > start and gs[i + 1] >= end and ps[j + 1] >= end:
                g = gold[i]
                p = pred[j]
                if g[2] == p[2]:
                    pairs.append((g, p))
                else:
                    single.append((g, p))
                i += 1
                j += 1
                continue
        i0, j0 = i, j
        if start <= ps[j]:
            end = ge[i]
            i += 1
        else:
            end = pe[j]
            j += 1
        while True:
            if gs[i] < end:
                if ge[i] > end:
                    end = ge[i]
                i += 1
            elif ps[j] < end:
                if pe[j] > end:
                    end = pe[j]
                j += 1
            else:
                break
        if j == j0:
            if i == i0 + 1:
                lone_gold.append(gold[i0])
            else:
                lone_gold += gold[i0:i]
        elif i == i0:
            if j == j0 + 1:
                lone_pred.append(pred[j0])
            else:
                lone_pred += pred[j0:j]
        elif i == i0 + 1 and j == j0 + 1:
            g = gold[i0]
            p = pred[j0]
            if gs[i0] == ps[j0] and ge[i0] == pe[j0] and g[2] == p[2]:
                pairs.append((g, p))
            else:
                single.append((g, p))
        elif i == i0 + 1:
            fans.append((gold[i0], pred[j0:j]))
        else:
            rest_gold += gold[i0:i]
            rest_pred += pred[j0:j]
    return out
