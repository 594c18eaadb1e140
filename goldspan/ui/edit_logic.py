"""Qt-free rules of the editing grammar: syllable snapping, resizing, review states, order.

The article view and the edit controller call these with code point offsets; they never
touch widgets, so the rules are tested headless.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from goldspan.extract.common import syllables
from goldspan.model.document import Document, Span


class Syllables:
    """Syllable boundaries of one text (``extract.common.syllables``), searchable."""

    def __init__(self, text: str):
        pairs = syllables(text)
        self.starts = [a for a, _ in pairs]
        self.ends = [b for _, b in pairs]
        self.length = len(text)

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """Grow/shrink ``[start, end)`` to whole syllables: a start inside a syllable moves to
        its beginning, an end inside one moves to its end, surrounding blanks and punctuation
        are dropped. Returns the input unchanged when it holds no syllable."""
        i = bisect_right(self.ends, start)  # first syllable ending after start
        j = bisect_left(self.starts, end) - 1  # last syllable starting before end
        if i >= len(self.starts) or j < i:
            return start, end
        return self.starts[i], self.ends[j]

    def next_end(self, offset: int) -> int:
        """The first syllable end after ``offset`` (text end if none)."""
        i = bisect_right(self.ends, offset)
        return self.ends[i] if i < len(self.ends) else self.length

    def prev_end(self, offset: int) -> int:
        """The last syllable end before ``offset`` (0 if none)."""
        i = bisect_left(self.ends, offset) - 1
        return self.ends[i] if i >= 0 else 0

    def next_start(self, offset: int) -> int:
        """The first syllable start after ``offset`` (text end if none)."""
        i = bisect_right(self.starts, offset)
        return self.starts[i] if i < len(self.starts) else self.length

    def prev_start(self, offset: int) -> int:
        """The last syllable start before ``offset`` (0 if none)."""
        i = bisect_left(self.starts, offset) - 1
        return self.starts[i] if i >= 0 else 0


def moved_edge(span: Span, edge: str, direction: int, by_syllable: bool,
               syl: Syllables) -> tuple[int, int] | None:
    """New ``(start, end)`` after moving ``edge`` (``"start"``/``"end"``) one syllable or one
    character in ``direction`` (+1 right, -1 left); None when the span would become empty
    or leave the text."""
    start, end = span.start, span.end
    if edge == "end":
        if by_syllable:
            end = syl.next_end(end) if direction > 0 else syl.prev_end(end)
        else:
            end += direction
    else:
        if by_syllable:
            start = syl.next_start(start) if direction > 0 else syl.prev_start(start)
        else:
            start += direction
    if not (0 <= start < end <= syl.length) or (start, end) == (span.start, span.end):
        return None
    return start, end


def review_after_edit(span: Span) -> str | None:
    """The review state a span gets when the editor changes its label or offsets: made by
    an extractor (``suggested``/``accepted``) becomes ``edited``; ``added`` stays."""
    if span.review == "added":
        return "added"
    if span.source and span.source != "gold":
        return "edited"
    return span.review


def ordered(doc: Document, layers: set[str]) -> list[Span]:
    """Spans of ``layers`` in reading order (start, then longest first)."""
    return sorted((s for s in doc.spans if s.layer in layers), key=lambda s: (s.start, -s.end))


def neighbour(spans: list[Span], current: str | None, step: int, offset: int = 0) -> Span | None:
    """The span after (``step`` = +1) or before (-1) ``current`` in ``spans``, wrapping;
    without a current span, the first one at/after ``offset`` (or last before it)."""
    if not spans:
        return None
    ids = [s.id for s in spans]
    if current in ids:
        return spans[(ids.index(current) + step) % len(spans)]
    after = [s for s in spans if s.start >= offset]
    if step > 0:
        return after[0] if after else spans[0]
    before = [s for s in spans if s.start < offset]
    return before[-1] if before else spans[-1]


def hit_order(spans: list[Span]) -> list[Span]:
    """Spans under a click, innermost (shortest) first: the click cycling order."""
    return sorted(spans, key=lambda s: (s.end - s.start, s.layer, s.id))
