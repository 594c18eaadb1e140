"""Every disagreement between gold and prediction, as :class:`ErrorItem` records.

Kinds: ``missed`` (gold with nothing matching), ``spurious`` (prediction with nothing
matching), ``wrong_label``, ``wrong_boundary``, ``wrong_value`` (figures: strict match
whose values differ) and ``wrong_speaker`` (speech: matched span, names differ).
Entity/figure: after strict matches, the rest are paired label-blind by the overlap rule
of ``matching``; a pair with another label is ``wrong_label``, else ``wrong_boundary``.
Zones: each paragraph whose labels differ (NONE on one side: missed or spurious).
The label-blind pairs also give the confusion counts ``(gold label, pred label)``, with
``NONE`` for a missed or spurious span.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from goldspan.evaluate.layers import values_equal
from goldspan.evaluate.matching import Item, overlap_match
from goldspan.evaluate.speech import speaker_name
from goldspan.evaluate.zones import NONE, paragraph_labels, paragraphs
from goldspan.model.document import Document

CONTEXT = 40
KINDS: tuple[str, ...] = ("missed", "spurious", "wrong_label", "wrong_boundary",
                          "wrong_value", "wrong_speaker")


@dataclass(slots=True)
class SpanInfo:
    """One side of an error: span id ('' for a paragraph), label, offsets, text, detail."""

    id: str
    label: str
    start: int
    end: int
    text: str
    note: str = ""


@dataclass(slots=True)
class ErrorItem:
    """One disagreement with the text around it (``left`` + ``middle`` + ``right``)."""

    document: str
    layer: str
    kind: str
    gold: SpanInfo | None
    pred: SpanInfo | None
    left: str
    middle: str
    right: str

    @property
    def start(self) -> int:
        """Start of the region covered by both sides."""
        return min(s.start for s in (self.gold, self.pred) if s is not None)

    @property
    def end(self) -> int:
        """End of the region covered by both sides."""
        return max(s.end for s in (self.gold, self.pred) if s is not None)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        def side(s: SpanInfo | None) -> dict[str, Any] | None:
            return None if s is None else {"id": s.id, "label": s.label, "start": s.start,
                                           "end": s.end, "text": s.text, "note": s.note}
        return {"document": self.document, "layer": self.layer, "kind": self.kind,
                "gold": side(self.gold), "pred": side(self.pred),
                "context": self.left + "[" + self.middle + "]" + self.right}


Keyed = tuple[int, int, ErrorItem]  # (start, end, error): sorted on the first two
_KEY = itemgetter(0, 1)


def _make(doc: Document, layer: str, kind: str, gold: SpanInfo | None,
          pred: SpanInfo | None) -> Keyed:
    if gold is None:
        assert pred is not None
        start, end = pred.start, pred.end
    elif pred is None:
        start, end = gold.start, gold.end
    else:
        start = gold.start if gold.start < pred.start else pred.start
        end = gold.end if gold.end > pred.end else pred.end
    text = doc.text
    return start, end, ErrorItem(doc.id, layer, kind, gold, pred,
                                 text[max(0, start - CONTEXT):start], text[start:end],
                                 text[end:end + CONTEXT])


def _sorted(keyed: list[Keyed]) -> list[ErrorItem]:
    """The errors by (start, end), stable."""
    keyed.sort(key=_KEY)
    return [k[2] for k in keyed]


def _info(doc: Document, index: int, note: str = "") -> SpanInfo:
    f = doc.spans[index].__dict__  # the span's fields, read directly (a hot path)
    return SpanInfo(f["id"], f["label"], f["start"], f["end"], f["text"], note)


def zone_errors(gold: Document, g: list[Item], p: list[Item],
                labels: frozenset[str] | None = None,
                known: tuple[list[tuple[int, int]], list[str], list[str]] | None = None
                ) -> list[ErrorItem]:
    """One error per paragraph whose gold and predicted zone labels differ (``known``:
    the paragraphs and their gold and predicted labels, when already computed)."""
    if known is None:
        paras = paragraphs(gold.text)
        known = paras, paragraph_labels(paras, g), paragraph_labels(paras, p)
    out = []
    for (s, e), gl, pl in zip(*known, strict=True):
        if gl == pl or (labels is not None and gl not in labels and pl not in labels):
            continue
        kind = "missed" if pl == NONE else "spurious" if gl == NONE else "wrong_label"
        text = gold.text[s:e]
        out.append(_make(gold, "zone", kind,
                         SpanInfo("", gl, s, e, text) if gl != NONE else None,
                         SpanInfo("", pl, s, e, text) if pl != NONE else None)[2])
    return out


def span_errors(layer: str, gold: Document, pred: Document | None, g: list[Item],
                p: list[Item], strict_pairs: list[tuple[int, int]]
                ) -> tuple[list[ErrorItem], Counter[tuple[str, str]]]:
    """Errors and label confusion of the entity or figure layer of one document."""
    out: list[Keyed] = []
    gs = gold.spans
    matched = [gs[gi].__dict__["label"] for gi, _ in strict_pairs]
    confusion: Counter[tuple[str, str]] = Counter(zip(matched, matched, strict=True))
    if layer == "figure" and pred is not None:
        ps = pred.spans
        for gi, pi in strict_pairs:
            ga = gs[gi].__dict__["attrs"]
            gv = ga.get("value") if ga else None
            if gv is None:
                continue
            pa = ps[pi].__dict__["attrs"]
            pv = pa.get("value") if pa else None
            if (type(gv) is not type(pv) or gv != pv) and not values_equal(gv, pv):
                out.append(_make(gold, layer, "wrong_value", _info(gold, gi, f"value {gv!r}"),
                                 _info(pred, pi, f"value {pv!r}")))
    gdone = {gi for gi, _ in strict_pairs}
    pdone = {pi for _, pi in strict_pairs}
    g_rest = [i for i in g if i[3] not in gdone]
    p_rest = [i for i in p if i[3] not in pdone]
    loose = overlap_match(g_rest, p_rest, same_label=False)
    if loose:
        assert pred is not None
        ps = pred.spans
        for gi, pi in loose:
            gl, pl = gs[gi].__dict__["label"], ps[pi].__dict__["label"]
            confusion[(gl, pl)] += 1
            out.append(_make(gold, layer, "wrong_label" if gl != pl else "wrong_boundary",
                             _info(gold, gi), _info(pred, pi)))
        gdone.update(gi for gi, _ in loose)
        pdone.update(pi for _, pi in loose)
    for item in g_rest:
        if item[3] not in gdone:
            confusion[(item[2], NONE)] += 1
            out.append(_make(gold, layer, "missed", _info(gold, item[3]), None))
    for item in p_rest:
        if item[3] not in pdone:
            assert pred is not None
            confusion[(NONE, item[2])] += 1
            out.append(_make(gold, layer, "spurious", None, _info(pred, item[3])))
    return _sorted(out), confusion


def speech_errors(gold: Document, pred: Document | None, g: list[Item], p: list[Item],
                  pairs: list[tuple[int, int]]) -> list[ErrorItem]:
    """Missed, spurious, wrong-boundary and wrong-speaker speech spans of one document."""
    out: list[Keyed] = []
    for gi, pi in pairs:
        assert pred is not None
        gspan, pspan = gold.spans[gi], pred.spans[pi]
        gname, pname = speaker_name(gold, gi), speaker_name(pred, pi)
        if gname is None or gname != pname:
            out.append(_make(gold, "speech", "wrong_speaker",
                             _info(gold, gi, f"speaker {_name(gold, gi)}"),
                             _info(pred, pi, f"speaker {_name(pred, pi)}")))
        elif (gspan.start, gspan.end) != (pspan.start, pspan.end):
            out.append(_make(gold, "speech", "wrong_boundary", _info(gold, gi), _info(pred, pi)))
    gdone = {gi for gi, _ in pairs}
    pdone = {pi for _, pi in pairs}
    out.extend(_make(gold, "speech", "missed", _info(gold, i[3]), None)
               for i in g if i[3] not in gdone)
    if pred is not None:
        out.extend(_make(gold, "speech", "spurious", None, _info(pred, i[3]))
                   for i in p if i[3] not in pdone)
    return _sorted(out)


def _name(doc: Document, index: int) -> str:
    ref = doc.spans[index].speaker
    for s in doc.speakers:
        if s.id == ref:
            return repr(s.name)
    return "(none)"
