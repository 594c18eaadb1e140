"""Zone scores by paragraph.

Paragraphs are the lines of the text (split on ``\\n``) that hold a non-space character.
A paragraph's zone, in gold and in prediction alike, is the label of the zone span that
overlaps it the most (ties: the earliest span by (start, end)), or :data:`NONE`. Zone
accuracy is the share of paragraphs whose two labels agree; per label, a paragraph is a
true positive when both sides say the label, a false positive when only the prediction
does and a false negative when only the gold does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from goldspan.evaluate.matching import Item
from goldspan.evaluate.prf import PRF

NONE = "NONE"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line holding a non-space character (newline excluded)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line and not line.isspace():
            out.append((pos, end))
        pos = end + 1
    return out


def paragraph_labels(paras: list[tuple[int, int]], zones: list[Item]) -> list[str]:
    """The zone label of each paragraph by the rule of the module docstring.

    ``zones`` sorted by (start, end) is walked once with a pointer to the first paragraph
    ending after the current zone's start (zone starts never decrease); a list of zones
    that are exactly the paragraphs is recognised whole."""
    n = len(paras)
    if not zones or not paras:
        return [NONE] * n
    if len(zones) == n and all(z[0] == p[0] and z[1] == p[1]
                               for z, p in zip(zones, paras, strict=True)):
        return [z[2] for z in zones]  # each paragraph's own zone covers it best
    labels = [NONE] * n
    best = [0] * n
    k0 = 0
    for zs, ze, label, _i in sorted(zones):
        while k0 < n and paras[k0][1] <= zs:
            k0 += 1
        k = k0
        while k < n:
            ps, pe = paras[k]
            if ps >= ze:
                break
            overlap = (pe if pe < ze else ze) - (ps if ps > zs else zs)
            if overlap > best[k]:  # strictly more: the earlier span keeps a tie
                best[k] = overlap
                labels[k] = label
            k += 1
    return labels


def zone_pairs(text: str, gold: list[Item], pred: list[Item]) -> list[tuple[str, str]]:
    """``(gold label, predicted label)`` of each paragraph of ``text``."""
    paras = paragraphs(text)
    return list(zip(paragraph_labels(paras, gold), paragraph_labels(paras, pred), strict=True))


def zone_by_label(confusion: Counter[tuple[str, str]],
                  labels: Iterable[str] | None = None) -> dict[str, PRF]:
    """Per-label PRF from a confusion counter of ``(gold, pred)`` paragraph labels.

    ``labels`` (default: every label seen except NONE) chooses and orders the rows.
    """
    if labels is None:
        seen = {g for g, _ in confusion} | {p for _, p in confusion}
        labels = sorted(seen - {NONE})
    out = {}
    for label in labels:
        prf = PRF()
        for (g, p), n in confusion.items():
            if g == p == label:
                prf.tp += n
            elif p == label:
                prf.fp += n
            elif g == label:
                prf.fn += n
        out[label] = prf
    return out
