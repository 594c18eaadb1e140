"""The extractor contract.

An :class:`Extractor` has a ``name``, a ``version``, the ``produces`` layers it writes and
the ``requires`` layers it reads, and ``extract(doc)`` that returns an
:class:`ExtractResult`: new spans (ids and ``source`` are filled in by the pipeline) and the
speakers those spans refer to. ``extract`` never modifies ``doc``. The pipeline takes
ownership of the returned spans and speakers: it fills in their ids, ``source`` and review
in place, so an extractor returns fresh objects and keeps no reference to them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from goldspan.model.document import Document, Span, Speaker

SpanRow = tuple[str, str, int, int, "dict[str, Any] | None"]
"""``(layer, label, start, end, attrs)``: a span proposed without building a Span."""


class ExtractResult:
    """Spans proposed by one extractor, and speakers (ids local to this result).

    ``rows`` (with ``text``, the document text they index) is the fast way to propose
    spans: each :data:`SpanRow` stands for ``make_span(layer, label, start, end, text,
    attrs)`` placed after ``spans``, and the pipeline builds it finished in one step
    (instead of a span that it then fills in). Reading :attr:`spans` turns pending rows
    into such spans first, so code that reads ``spans`` sees every proposal; a bad row
    raises there (or in the pipeline) what ``make_span`` would raise.
    """

    __slots__ = ("_spans", "speakers", "_rows", "_text")

    def __init__(self, spans: list[Span] | None = None, speakers: list[Speaker] | None = None,
                 *, rows: list[SpanRow] | None = None, text: str | None = None):
        if rows and text is None:
            raise TypeError("ExtractResult rows need the document text they index")
        self._spans: list[Span] = spans if spans is not None else []
        self.speakers: list[Speaker] = speakers if speakers is not None else []
        self._rows: list[SpanRow] = rows if rows is not None else []
        self._text = text

    @property
    def spans(self) -> list[Span]:
        """Every proposed span (pending rows are made into spans and appended first)."""
        if self._rows:
            text = self._text or ""
            check_rows(self._rows, text)
            self._spans.extend([make_span(layer, label, start, end, text, attrs)
                                for layer, label, start, end, attrs in self._rows])
            self._rows = []
        return self._spans

    @spans.setter
    def spans(self, value: list[Span]) -> None:
        self._spans = value
        self._rows = []

    def proposals(self) -> tuple[list[Span], list[SpanRow], str]:
        """``(spans, rows, text)`` as given, rows not made into spans (for the pipeline)."""
        return self._spans, self._rows, self._text or ""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtractResult):
            return NotImplemented
        return self.spans == other.spans and self.speakers == other.speakers

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (f"ExtractResult(spans={self._spans!r}, speakers={self.speakers!r}, "
                f"rows={self._rows!r})")


def check_rows(rows: list[SpanRow], text: str) -> None:
    """Raise, for the first bad row, the ValueError or TypeError ``make_span`` would raise
    (or a TypeError for a row that is not a 5-tuple)."""
    size = len(text)
    for row in rows:
        if type(row) is not tuple or len(row) != 5:
            raise TypeError(f"bad span row {row!r}: expected (layer, label, start, end, attrs)")
        layer, label, start, end, attrs = row
        if type(start) is not int or type(end) is not int or not 0 <= start <= end <= size:
            raise ValueError(f"bad span range {start!r}..{end!r} for a text of {size}")
        if type(layer) is not str or type(label) is not str or not (
                attrs is None or type(attrs) is dict):
            raise TypeError(
                f"bad span fields: layer {layer!r}, label {label!r}, attrs {attrs!r}")


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


_new_object = object.__new__


def _slot_setter(name: str) -> Any:
    """The ``__set__`` of the slot ``name`` of Span's model base (setting a pydantic model's
    slots through their descriptors is a third faster than ``object.__setattr__``)."""
    owner = next(c for c in Span.__mro__ if name in vars(c))
    return vars(owner)[name].__set__


_set_dict = _slot_setter("__dict__")
_set_fields_set = _slot_setter("__pydantic_fields_set__")
_set_extra = _slot_setter("__pydantic_extra__")
_set_private = _slot_setter("__pydantic_private__")
_SPAN_FIELDS = {"id", "layer", "label", "start", "end", "text", "attrs"}


def make_span(layer: str, label: str, start: int, end: int, text: str,
              attrs: dict | None = None) -> Span:
    """A span with a placeholder id; ``text`` is the full document text (sliced here).

    The values are checked here (str layer and label, int offsets with ``0 <= start <= end
    <= len(text)``, a dict or None for attrs; TypeError/ValueError otherwise) and the span
    is built without pydantic's validator: extractors make tens of thousands of spans per
    megabyte, and validation was a fifth of the pipeline's overhead (bench/extract_speed.py).
    The result equals ``Span(id="_", ...)`` field for field, with the same fields set.
    """
    if type(start) is not int or type(end) is not int or not 0 <= start <= end <= len(text):
        raise ValueError(f"bad span range {start!r}..{end!r} for a text of {len(text)}")
    if type(layer) is not str or type(label) is not str or not (
            attrs is None or type(attrs) is dict):
        raise TypeError(f"bad span fields: layer {layer!r}, label {label!r}, attrs {attrs!r}")
    span = _new_object(Span)
    _set_dict(span, {"id": "_", "layer": layer, "label": label, "start": start, "end": end,
                     "text": text[start:end], "attrs": attrs, "source": None, "review": None})
    _set_fields_set(span, _SPAN_FIELDS.copy())
    _set_extra(span, {})
    _set_private(span, None)
    return span


def finished_span(values: dict[str, Any], fields_set: set[str]) -> Span:
    """A Span holding ``values`` (its nine fields in field order, of the validated types:
    the caller checked them) and the set of fields set ``fields_set``, built without
    pydantic's validator, as :func:`make_span` builds its spans."""
    span = _new_object(Span)
    _set_dict(span, values)
    _set_fields_set(span, fields_set)
    _set_extra(span, {})
    _set_private(span, None)
    return span
