"""What the extractor said: the attributes an extractor gives a span the editor has edited.

A span keeps only its current attributes; to show the editor what the extractor proposed,
:class:`ExtractorMemory` re-runs the extractor named by the span's ``source``
(``name@version``, looked up in the extractor registry) on the document, read-only, and
finds its span of the same layer that overlaps the edited span most (same offsets first).
Results are cached per document text and extractor, so each extractor runs at most once per
document text. When the extractor is not installed, or proposes nothing there, the answer is
None and the inspector says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from goldspan.extract.registry import get
from goldspan.model.document import Document, Span
from goldspan.model.errors import GoldspanError


@dataclass(frozen=True)
class Proposal:
    """The extractor's span closest to an edited one: its label, offsets and attributes."""

    source: str
    label: str
    start: int
    end: int
    attrs: dict[str, Any]

    def describe(self, key: str) -> str:
        """``value`` of attribute ``key`` as the extractor gave it (``∅`` for null/absent)."""
        value = self.attrs.get(key)
        return "∅" if value is None else str(value)


class ExtractorMemory:
    """Cache of extractor runs, keyed by (document hash, source)."""

    def __init__(self) -> None:
        self._runs: dict[tuple[str, str], list[Span] | None] = {}

    def proposal(self, doc: Document, span: Span) -> Proposal | None:
        """The extractor's proposal for ``span`` (see module docstring), or None."""
        source = span.source
        if not source or source == "gold":
            return None
        spans = self._run(doc, source)
        if not spans:
            return None
        best: Span | None = None
        best_score = (0, 0)
        for cand in spans:
            if cand.layer != span.layer:
                continue
            overlap = min(cand.end, span.end) - max(cand.start, span.start)
            if overlap <= 0:
                continue
            score = (int(cand.start == span.start and cand.end == span.end), overlap)
            if score > best_score:
                best, best_score = cand, score
        if best is None:
            return None
        return Proposal(source, best.label, best.start, best.end, dict(best.attrs or {}))

    def _run(self, doc: Document, source: str) -> list[Span] | None:
        key = (doc.text_sha256 or str(hash(doc.text)), source)
        if key not in self._runs:
            try:
                extractor = get(source)
                self._runs[key] = list(extractor.extract(doc).spans)
            except GoldspanError:
                self._runs[key] = None
            except Exception:  # a broken extractor must not break the inspector
                self._runs[key] = None
        return self._runs[key]

    def clear(self) -> None:
        """Forget every cached run."""
        self._runs.clear()
