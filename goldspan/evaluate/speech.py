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
from functools import lru_cache
from operator import itemgetter

from goldspan.evaluate.matching import Item
from goldspan.model.document import Document, Span

MIN_JACCARD = 0.5
_SPACES = re.compile(r"\s+")
_START_END_INDEX = itemgetter(0, 1, 3)


def jaccard(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """|A ∩ B| / |A ∪ B| of two half-open ranges (0 when they do not overlap)."""
    inter = min(a_end, b_end) - max(a_start, b_start)
    if inter <= 0:
        return 0.0
    return inter / (max(a_end, b_end) - min(a_start, b_start))


def speech_match(gold: list[Item], pred: list[Item],
                 min_jaccard: float = MIN_JACCARD) -> list[tuple[int, int]]:
    """``(gold index, pred index)`` pairs by the rule of the module docstring."""
    if not gold or not pred:
        return []
    by_label: dict[str, list[Item]] = {}
    for item in sorted(pred):  # each label's predictions in (start, end) order
        got = by_label.get(item[2])
        if got is None:
            by_label[item[2]] = [item]
        else:
            got.append(item)
    taken: dict[str, list[bool]] = {label: [False] * len(v) for label, v in by_label.items()}
    pairs = []
    for gs, ge, gl, gi in sorted(gold, key=_START_END_INDEX):
        cands = by_label.get(gl)
        if not cands:
            continue
        used = taken[gl]
        best, best_j = -1, 0.0
        k = 0
        for ps, pe, _pl, _pi in cands:
            if ps >= ge:
                break
            if pe > gs and not used[k]:
                j = ((pe if pe < ge else ge) - (ps if ps > gs else gs)) / (
                    (pe if pe > ge else ge) - (ps if ps < gs else gs))
                if j > best_j:
                    best, best_j = k, j
            k += 1
        if best >= 0 and best_j >= min_jaccard:
            used[best] = True
            pairs.append((gi, cands[best][3]))
    return pairs


@lru_cache(maxsize=4096)
def normalize_name(name: str) -> str:
    """NFC, case-folded, white space collapsed and trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", name).casefold()).strip()


def _speaker_id(span: Span) -> str | None:
    """``span.speaker`` read from the fields directly (a hot path)."""
    attrs = span.__dict__["attrs"]
    value = attrs.get("speaker") if attrs else None
    return value if isinstance(value, str) else None


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
    gspans, pspans = gold_doc.spans, pred_doc.spans
    out = []
    for gi, pi in pairs:
        g = gnames.get(_speaker_id(gspans[gi]) or "")
        out.append(g is not None and g == pnames.get(_speaker_id(pspans[pi]) or ""))
    return out
