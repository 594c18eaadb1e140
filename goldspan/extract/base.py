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
from dataclasses import dataclass, field
from typing import Any

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
