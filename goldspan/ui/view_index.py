"""A segment index of span boundaries, for drawing and hit-testing many spans fast.

The text is cut at every span start and end; each segment ``[bounds[i], bounds[i+1])``
knows the ids of the spans covering it. Highlighting a block or finding the spans under the
mouse is then a bisect plus a short scan, whatever the number of spans. Offsets are code
points (the model's). The index holds ids only, so relabelling a span does not rebuild it;
adding, deleting or resizing spans calls :meth:`SpanIndex.rebuild`. No Qt here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from operator import itemgetter

from goldspan.model.document import Span


class SpanIndex:
    """Boundaries and covering span ids of a set of spans (rebuilt on structural change)."""

    def __init__(self, spans: Iterable[Span] = ()):
        self.bounds: list[int] = []
        self.segments: list[tuple[str, ...]] = []
        self.by_id: dict[str, Span] = {}
        self.rebuild(spans)

    def rebuild(self, spans: Iterable[Span]) -> None:
        """Index ``spans`` afresh (one sort of the boundaries, O(n log n))."""
        self.by_id = {s.id: s for s in spans}
        live = [s for s in self.by_id.values() if s.start < s.end]
        events = [(s.start, 1, s.id) for s in live] + [(s.end, 0, s.id) for s in live]
        events.sort(key=itemgetter(0, 1))  # at one position, ends before starts
        bounds: list[int] = []
        segments: list[tuple[str, ...]] = []
        active: dict[str, None] = {}
        previous = None
        for pos, kind, sid in events:
            if pos != previous:
                if previous is not None:
                    bounds.append(previous)
                    segments.append(tuple(active))
                previous = pos
            if kind:
                active[sid] = None
            else:
                active.pop(sid, None)
        if previous is not None:
            bounds.append(previous)
            segments.append(tuple(active))
        self.bounds = bounds
        self.segments = segments

    def segments_in(self, start: int, end: int) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        """``(seg_start, seg_end, ids)`` of non-empty segments overlapping ``[start, end)``,
        clipped to it, in text order."""
        bounds, segs = self.bounds, self.segments
        i = max(bisect_right(bounds, start) - 1, 0)
        n = len(bounds)
        while i < n - 1 and bounds[i] < end:
            if segs[i]:
                a, b = max(bounds[i], start), min(bounds[i + 1], end)
                if a < b:
                    yield a, b, segs[i]
            i += 1

    def ids_in(self, start: int, end: int) -> list[str]:
        """Ids of spans overlapping ``[start, end)``, each once, in order of first appearance."""
        seen: dict[str, None] = {}
        for _, _, ids in self.segments_in(start, end):
            for sid in ids:
                seen[sid] = None
        return list(seen)

    def ids_at(self, offset: int) -> list[str]:
        """Ids of spans containing code point ``offset``."""
        i = bisect_right(self.bounds, offset) - 1
        if i < 0 or i >= len(self.segments):
            return []
        return list(self.segments[i])

    def boundary_near(self, offset: int) -> int | None:
        """The span boundary nearest ``offset`` (None when there are no spans)."""
        if not self.bounds:
            return None
        i = bisect_left(self.bounds, offset)
        options = [self.bounds[j] for j in (i - 1, i) if 0 <= j < len(self.bounds)]
        return min(options, key=lambda b: abs(b - offset))
