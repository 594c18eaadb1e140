"""Split a layer's spans into overlap components and set the trivial ones aside.

Every matching rule of this package (strict, overlap, nervaluate's four schemes) only ever
pairs spans that share a character, and treats the spans in one global (start, end, label)
order. So the spans split into components (chains of overlapping spans, gold and predicted
together, any label), each decided on its own. Three kinds of component are decided
without running any rule:

- one gold and one prediction with the same start, end and label: a match in every rule;
- gold spans only: all missed; predicted spans only: all spurious.

:func:`split_components` returns those and the remaining spans, which the rules still
process (in the same order, so the result is the same as on the whole layer). This is what
keeps evaluation near linear and fast on real output, where most spans are trivial.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from goldspan.evaluate.matching import Item


@dataclass(slots=True)
class Split:
    """Identical pairs, lone gold and lone predicted spans, and the rest (all sorted)."""

    pairs: list[tuple[Item, Item]] = field(default_factory=list)
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
    pairs, lone_gold, lone_pred = out.pairs, out.lone_gold, out.lone_pred
    rest_gold, rest_pred = out.gold, out.pred
    i = j = 0
    while i < ng or j < np_:
        i0, j0 = i, j
        if j >= np_ or (i < ng and gold[i][0] <= pred[j][0]):
            end = gold[i][1]
            i += 1
        else:
            end = pred[j][1]
            j += 1
        while True:
            if i < ng and gold[i][0] < end:
                e = gold[i][1]
                i += 1
            elif j < np_ and pred[j][0] < end:
                e = pred[j][1]
                j += 1
            else:
                break
            if e > end:
                end = e
        if j == j0:
            lone_gold.extend(gold[i0:i])
        elif i == i0:
            lone_pred.extend(pred[j0:j])
        elif i == i0 + 1 and j == j0 + 1 and gold[i0][:3] == pred[j0][:3]:
            pairs.append((gold[i0], pred[j0]))
        else:
            rest_gold.extend(gold[i0:i])
            rest_pred.extend(pred[j0:j])
    return out
