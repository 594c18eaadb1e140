"""Speech matching by Jaccard overlap, and span and attribution scores.

Gold spans in order of (start, end) each take the unmatched prediction of the same label
(TURN or QUOTE) with the highest Jaccard overlap of their character ranges (ties: the
earliest prediction by (start, end)); a match needs Jaccard >= 0.5. Span P/R/F1: tp =
matches, fp = predictions - tp, fn = gold - tp. Attribution: the same with tp = matches
whose speakers' names agree after NFC, case folding and collapsing white space (a span
without a known speaker never agrees).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from goldspan.evaluate.matching import Item
from goldspan.model.document import Document

MIN_JACCARD = 0.5
_SPACES = re.compile(r"\s+")


def jaccard(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """|A ∩ B| / |A ∪ B| of two half-open ranges (0 when they do not overlap)."""
    inter = min(a_end, b_end) - max(a_start, b_start)
    if inter <= 0:
        return 0.0
    return inter / (max(a_end, b_end) - min(a_start, b_start))


def speech_match(gold: list[Item], pred: list[Item],
                 min_jaccard: float = MIN_JACCARD) -> list[tuple[int, int]]:
    """``(gold index, pred index)`` pairs by the rule of the module docstring."""
    by_label: dict[str, list[Item]] = defaultdict(list)
    for item in pred:
        by_label[item[2]].append(item)
    for items in by_label.values():
        items.sort()
    taken: dict[str, set[int]] = defaultdict(set)
    pairs = []
    for gs, ge, gl, gi in sorted(gold, key=lambda t: (t[0], t[1], t[3])):
        cands = by_label.get(gl)
        if not cands:
            continue
        used = taken[gl]
        best, best_j = -1, 0.0
        for k, (ps, pe, _pl, _pi) in enumerate(cands):
            if ps >= ge:
                break
            if k in used or pe <= gs:
                continue
            j = jaccard(gs, ge, ps, pe)
            if j > best_j:
                best, best_j = k, j
        if best >= 0 and best_j >= min_jaccard:
            used.add(best)
            pairs.append((gi, cands[best][3]))
    return pairs


@lru_cache(maxsize=4096)
def normalize_name(name: str) -> str:
    """NFC, case-folded, white space collapsed and trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", name).casefold()).strip()


def speaker_name(doc: Document, span_index: int) -> str | None:
    """The normalized name of the speaker of ``doc.spans[span_index]``, or None."""
    ref = doc.spans[span_index].speaker
    if ref is None:
        return None
    for speaker in doc.speakers:
        if speaker.id == ref:
            return normalize_name(speaker.name)
    return None


def attribution_hits(gold_doc: Document, pred_doc: Document,
                     pairs: list[tuple[int, int]]) -> list[bool]:
    """For each matched pair, whether the speakers' names agree."""
    if not pairs:
        return []
    gnames = {s.id: normalize_name(s.name) for s in gold_doc.speakers}
    pnames = {s.id: normalize_name(s.name) for s in pred_doc.speakers}
    out = []
    for gi, pi in pairs:
        g = gnames.get(gold_doc.spans[gi].speaker or "")
        out.append(g is not None and g == pnames.get(pred_doc.spans[pi].speaker or ""))
    return out
