"""The extractor contract.

An :class:`Extractor` has a ``name``, a ``version``, the ``produces`` layers it writes and
the ``requires`` layers it reads, and ``extract(doc)`` that returns an
:class:`ExtractResult`: new spans (ids and ``source`` are filled in by the pipeline) and the
speakers those spans refer to. ``extract`` never modifies ``doc``. The pipeline takes
ownership of the returned spans: it fills in their id, ``source`` and review in place, so
an extractor returns fresh spans and keeps no reference to them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from goldspan.model.document import Document, Span, Speaker


@dataclass
class ExtractResult:
    """Spans proposed by one extractor, and speakers (ids local to this result)."""

    spans: list[Span] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)


class Extractor(ABC):
    """Base class for extractors; subclasses set the class attributes and ``extract``."""

    name: str = ""
    version: str = "1"
    produces: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    description: str = ""

    @property
    def key(self) -> str:
        """``name@version``: the ``source`` of every span this extractor makes."""
        return f"{self.name}@{self.version}"

    @abstractmethod
    def extract(self, doc: Document) -> ExtractResult:
        """Propose spans for ``doc`` (read-only); see the module docstring."""


def make_span(layer: str, label: str, start: int, end: int, text: str,
              attrs: dict | None = None) -> Span:
    """A span with a placeholder id; ``text`` is the full document text (sliced here)."""
    return Span(id="_", layer=layer, label=label, start=start, end=end, text=text[start:end],
                attrs=attrs)
