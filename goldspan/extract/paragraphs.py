"""``paragraphs@1``: the simplest real zone extractor, one zone span per non-empty line.

The first non-empty line is TITLE, every other one BODY. It proves the registry and
pipeline wiring and is the fallback when the full ``zones`` extractor is not installed.
"""

from __future__ import annotations

from goldspan.extract.base import Extractor, ExtractResult, make_span
from goldspan.extract.common import paragraph_ranges
from goldspan.extract.registry import register
from goldspan.model.document import Document


class ParagraphZones(Extractor):
    """First paragraph TITLE, the rest BODY."""

    name = "paragraphs"
    version = "1"
    produces: tuple[str, ...] = ("zone",)
    description = "one zone per non-empty line: the first TITLE, the others BODY"

    def extract(self, doc: Document) -> ExtractResult:
        spans = [make_span("zone", "TITLE" if i == 0 else "BODY", s, e, doc.text)
                 for i, (s, e) in enumerate(paragraph_ranges(doc.text))]
        return ExtractResult(spans=spans)


register(ParagraphZones)
