"""One-to-one matching of gold and predicted spans of the entity and figure layers.

Spans are compact tuples ``(start, end, label, index)`` (:data:`Item`), ``index`` being the
span's position in its document. Both functions return ``(gold_index, pred_index)`` pairs.

- :func:`strict_match`: a prediction matches a gold span when label, start and end are
  equal (duplicates match one to one).
- :func:`overlap_match`: gold spans in order of (start, end, label) each take the first
  unmatched prediction in order of (start, end, label) with the same label (any label when
  ``same_label`` is False) that shares at least one character.

Both run in O(n log n): sorting plus a sweep in which every prediction that ends before the
current gold span starts is dropped for good (gold starts never decrease).
"""

from __future__ import annotations

from collections import defaultdict

Item = tuple[int, int, str, int]


def strict_match(gold: list[Item], pred: list[Item]) -> list[tuple[int, int]]:
    """Pairs of gold and predicted spans with equal label, start and end."""
    if not gold or not pred:
        return []
    waiting: dict[tuple[int, int, str], list[int]] = {}
    for s, e, label, i in sorted(pred, reverse=True):
        waiting.setdefault((s, e, label), []).append(i)
    pairs = []
    for s, e, label, i in sorted(gold):
        stack = waiting.get((s, e, label))
        if stack:
            pairs.append((i, stack.pop()))
    return pairs


def overlap_match(gold: list[Item], pred: list[Item],
                  same_label: bool = True) -> list[tuple[int, int]]:
    """Pairs made by the overlap rule of the module docstring."""
    if not gold or not pred:
        return []
    if not same_label:
        return _sweep(sorted(gold), sorted(pred))
    by_gold: dict[str, list[Item]] = defaultdict(list)
    by_pred: dict[str, list[Item]] = defaultdict(list)
    for item in gold:
        by_gold[item[2]].append(item)
    for item in pred:
        by_pred[item[2]].append(item)
    pairs: list[tuple[int, int]] = []
    for label, g in by_gold.items():
        p = by_pred.get(label)
        if p:
            pairs.extend(_sweep(sorted(g), sorted(p)))
    return pairs


def _sweep(gold: list[Item], pred: list[Item]) -> list[tuple[int, int]]:
    """Each gold span (sorted) takes the first live prediction (sorted) it overlaps."""
    n = len(pred)
    nxt = list(range(n + 1))  # nxt[i]: a live index >= i (path-compressed), n = end

    def find(i: int) -> int:
        root = i
        while nxt[root] != root:
            root = nxt[root]
        while nxt[i] != root:
            nxt[i], i = root, nxt[i]
        return root

    pairs = []
    for gs, ge, _gl, gi in gold:
        j = find(0)
        while j < n:
            ps, pe, _pl, pi = pred[j]
            if ps >= ge:
                break
            if pe <= gs:  # ends before this gold span, so before every later one
                nxt[j] = j + 1
                j = find(j + 1)
                continue
            pairs.append((gi, pi))
            nxt[j] = j + 1
            break
    return pairs
