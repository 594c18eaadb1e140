"""Helpers shared by extractors: paragraphs, content zones and syllable boundaries.

Speech, entities and figures are produced only inside the content zones of the label
scheme (TITLE, LEAD, BODY, CAPTION, BYLINE). :func:`content_ranges` gives those ranges;
when a document has no zone spans at all, the whole text counts as content.
"""

from __future__ import annotations

import re
from typing import Final

from goldspan.model.document import Document
from goldspan.model.scheme import LabelScheme, default_scheme

_SYLLABLE: Final = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line holding a non-space character, without the newline."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def content_ranges(doc: Document, scheme: LabelScheme | None = None) -> list[tuple[int, int]]:
    """Sorted, merged ranges of zone spans whose label is a content zone.

    With no zone spans in ``doc`` the whole text is one range.
    """
    scheme = scheme or default_scheme()
    zones = [s for s in doc.spans if s.layer == "zone"]
    if not zones:
        return [(0, len(doc.text))] if doc.text else []
    wanted = set(scheme.content_zones)
    ranges = sorted((s.start, s.end) for s in zones if s.label in wanted)
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def zone_label_at(doc: Document, offset: int) -> str | None:
    """The label of the zone span containing ``offset``, or None."""
    for span in doc.spans:
        if span.layer == "zone" and span.start <= offset < span.end:
            return span.label
    return None


def syllables(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each syllable (a run of word characters, hyphen-joined kept)."""
    return [(m.start(), m.end()) for m in _SYLLABLE.finditer(text)]
