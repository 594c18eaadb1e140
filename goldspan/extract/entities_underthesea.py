"""``entities.underthesea@1``: underthesea's bundled CRF NER, for comparison in evaluation.

Needs the optional extra ``underthesea`` (``pip install goldspan[underthesea]``). Its CRF
model ships inside the wheel and runs offline (``ner(..., deep=False)``; the ``deep``
transformer model, which downloads weights, is never used). Each content paragraph is
tagged; BIO tags PER/ORG/LOC/MISC become entity spans, located in the text word by word
(a word the tagger normalised so it is not found is skipped, never guessed). Without the
package the extractor is still registered, and ``extract`` raises a GoldspanError that
says how to install it.
"""

from __future__ import annotations

from collections.abc import Callable

from goldspan.extract.base import Extractor, ExtractResult, make_span
from goldspan.extract.common import content_ranges
from goldspan.extract.registry import register
from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError

LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def _load_ner() -> Callable:
    try:
        from underthesea import ner
    except ImportError as exc:
        raise GoldspanError(
            "entities.underthesea needs the optional extra: pip install 'goldspan[underthesea]'"
        ) from exc
    return ner


def bio_spans(text: str, offset: int, tagged: list[tuple]) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` from underthesea's ``(word, pos, chunk, ner)`` tuples.

    Words are looked up in ``text`` from ``offset`` on, in order.
    """
    out: list[tuple[int, int, str]] = []
    cur: list = []  # [start, end, label]
    pos = offset
    for item in tagged:
        word, tag = item[0], item[-1]
        at = text.find(word, pos)
        if at < 0 or "\n" in text[pos:at]:
            if cur:
                out.append((cur[0], cur[1], cur[2]))
                cur = []
            continue
        pos = at + len(word)
        kind, _, label = tag.partition("-")
        label = LABELS.get(label, "")
        if kind == "I" and cur and cur[2] == label:
            cur[1] = pos
            continue
        if cur:
            out.append((cur[0], cur[1], cur[2]))
            cur = []
        if kind in ("B", "I") and label:
            cur = [at, pos, label]
    if cur:
        out.append((cur[0], cur[1], cur[2]))
    return out


class UndertheseaEntities(Extractor):
    """underthesea's CRF NER on the content zones."""

    name = "entities.underthesea"
    version = "1"
    produces: tuple[str, ...] = ("entity",)
    requires: tuple[str, ...] = ("zone",)
    description = "underthesea's bundled CRF NER (optional extra 'underthesea'), for comparison"

    def extract(self, doc: Document) -> ExtractResult:
        """Entity spans proposed by underthesea for ``doc`` (read-only)."""
        ner = _load_ner()
        spans = []
        for a, b in content_ranges(doc):
            pos = a
            for line in doc.text[a:b].split("\n"):
                if line.strip():
                    for s, e, label in bio_spans(doc.text, pos, ner(line)):
                        spans.append(make_span("entity", label, s, e, doc.text))
                pos += len(line) + 1
        return ExtractResult(spans=spans)


register(UndertheseaEntities)
