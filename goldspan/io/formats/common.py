"""Shared pieces of the exchange formats.

- Type names: tools with one flat label list (brat, doccano) name a label by itself when
  only one layer of the scheme has it (``PER``, ``TITLE``) and ``layer-LABEL`` otherwise;
  :func:`type_name` and :func:`parse_type` are inverse for every label of the scheme.
- Label maps (``--map OLD=NEW``) rename labels on import; an empty NEW drops the label.
- :func:`tokens` cuts text into syllable tokens (numbers with separators and hyphenated
  words kept whole, each punctuation mark its own token); :func:`sentences` splits it at
  line breaks and sentence-final punctuation.
- :func:`build_document` rebuilds a document from offsets: the span text is re-derived
  from the document text, a text the format carried must agree with it, labels must be in
  the scheme, and the whole document passes :func:`check_document`; otherwise a
  GoldspanError names the file, document and span.
- :func:`load_each` and :func:`load_json_lines` read many documents (files, tasks, lines)
  and report the problems of all of them together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from goldspan.io.gold import parse_json_bytes, read_bytes_checked
from goldspan.model.document import (
    Document,
    Span,
    Speaker,
    check_document,
    document_to_dict,
    new_document,
    span_to_dict,
)
from goldspan.model.errors import GoldspanError, Problem
from goldspan.model.scheme import LabelScheme, default_scheme

Warn = Callable[[str], None]


def ignore_warning(_: str) -> None:
    """The :data:`Warn` callback of an export nobody listens to."""

_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
_SENT_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]?[A-ZÀ-Ỹ0-9Đ])")
_ABBREV = re.compile(r"(?:^|\s)(?:TP|Tp|PGS|GS|TS|ThS|BS|KS|ThS|Th\.S|St|Mr|Mrs|Dr|No|Tr|tr|v\.v)\.$")


def type_name(layer: str, label: str, scheme: LabelScheme | None = None) -> str:
    """The flat type name of ``label`` in ``layer`` (see the module contract)."""
    scheme = scheme or default_scheme()
    owners = [ly.name for ly in scheme.layers if label in ly.label_names()]
    return label if owners == [layer] else f"{layer}-{label}"


def parse_type(name: str, scheme: LabelScheme | None = None,
               default_layer: str | None = None) -> tuple[str, str]:
    """``(layer, label)`` of a flat type name; unknown names go to ``default_layer`` (or a
    ``layer-`` prefix, or ``entity``)."""
    scheme = scheme or default_scheme()
    owners = [ly.name for ly in scheme.layers if name in ly.label_names()]
    if len(owners) == 1:
        return owners[0], name
    layer, sep, label = name.partition("-")
    if sep and layer in scheme.layer_names():
        return layer, label
    return default_layer or "entity", name


def parse_label_map(items: Iterable[str] | None) -> dict[str, str]:
    """``{"OLD": "NEW"}`` from ``OLD=NEW`` strings; GoldspanError on a malformed item."""
    out: dict[str, str] = {}
    for item in items or ():
        old, sep, new = item.partition("=")
        if not sep or not old.strip():
            raise GoldspanError(f"--map {item!r}: expected OLD=NEW (NEW may be empty to drop)")
        out[old.strip()] = new.strip()
    return out


def tokens(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each token of ``text`` (see the module contract)."""
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, stripped of surrounding spaces; never crosses a line."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        for m in _SENT_END.finditer(line):
            # only the few characters before the stop can hold an abbreviation (searching
            # the whole prefix made a long line quadratic); ``^`` still means line start
            if _ABBREV.search(line, max(0, m.start() - 16), m.start()):
                continue
            out.append((start, pos + m.start()))
            start = pos + m.end()
        out.append((start, pos + len(line)))
        pos += len(line) + 1
    result = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            result.append((s, e))
    return result


@dataclass
class SpanData:
    """A span as a format gives it, before validation."""

    layer: str
    label: str
    start: int
    end: int
    text: str | None = None  # the format's copy of the text, checked against the slice
    id: str | None = None
    attrs: dict[str, Any] | None = None
    source: str | None = None
    review: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class _SpanIds:
    """The ids :meth:`Document.new_span_id` would give, kept up to date as spans are added
    (asking the document scans every span: quadratic for thousands of spans)."""

    def __init__(self, prefixes: list[str]) -> None:
        self.prefixes = prefixes
        self.used: set[str] = set()
        self.top: dict[str, int] = {}

    def note(self, span_id: str) -> None:
        """Record ``span_id`` as used."""
        self.used.add(span_id)
        for prefix in self.prefixes:
            rest = span_id[len(prefix):]
            if span_id.startswith(prefix) and rest.isdigit():
                self.top[prefix] = max(self.top.get(prefix, 0), int(rest))

    def new(self, prefix: str) -> str:
        """``<prefix><n>``: one past the largest used, not used."""
        n = 1 + self.top.get(prefix, 0)
        while f"{prefix}{n}" in self.used:
            n += 1
        return f"{prefix}{n}"


def build_document(doc_id: str, text: str, spans: list[SpanData], origin: str, *,
                   meta: dict[str, Any] | None = None, status: str = "todo",
                   speakers: list[dict[str, Any]] | None = None,
                   label_map: dict[str, str] | None = None,
                   scheme: LabelScheme | None = None, extra: dict[str, Any] | None = None,
                   ) -> Document:
    """A checked document (see the module contract); every problem is raised together."""
    scheme = scheme or default_scheme()
    label_map = label_map or {}
    try:
        doc = new_document(doc_id, text, meta)
    except (TypeError, ValueError) as exc:
        raise GoldspanError(Problem(f"bad document meta: {exc}", origin, doc_id)) from None
    if doc.text != text:
        raise GoldspanError(Problem("text is not NFC-normalized: offsets cannot be trusted",
                                    origin, doc_id))
    if speakers is not None and not isinstance(speakers, list):
        raise GoldspanError(Problem(f"speakers must be a list, not {type(speakers).__name__}",
                                    origin, doc_id))
    try:
        doc.status = status  # type: ignore[assignment]
        doc.speakers = [Speaker.model_validate(s) for s in speakers or []]
        for key, value in (extra or {}).items():
            setattr(doc, key, value)
    except ValueError as exc:
        raise GoldspanError(Problem(f"bad document fields: {_brief(exc)}", origin,
                                    doc_id)) from None
    problems: list[Problem] = []
    ids = _SpanIds([ly.span_prefix for ly in scheme.layers])
    for data in spans:
        label = label_map.get(data.label, data.label)
        if label == "":
            continue
        where = data.id or f"{data.label}@{data.start}"
        if not scheme.has_label(data.layer, label):
            problems.append(Problem(
                f"label {label!r} is not in layer {data.layer!r} of scheme {scheme.name!r}; "
                f"map it with --map {label}=NEW", origin, doc_id, where))
            continue
        if not 0 <= data.start < data.end <= len(text):
            problems.append(Problem(f"offsets [{data.start}, {data.end}) out of range (text has "
                                    f"{len(text)} characters)", origin, doc_id, where))
            continue
        piece = text[data.start : data.end]
        if data.text is not None and not isinstance(data.text, str):
            problems.append(Problem(f"span text is {type(data.text).__name__}, not a string",
                                    origin, doc_id, where))
            continue
        speaker = (data.attrs or {}).get("speaker") if isinstance(data.attrs, dict) else None
        if speaker is not None and not isinstance(speaker, str):
            problems.append(Problem(f"speaker is {type(speaker).__name__}, not a speaker id",
                                    origin, doc_id, where))
            continue
        if not isinstance(data.extra, dict):
            problems.append(Problem(f"extra properties are {type(data.extra).__name__}, not an "
                                    "object", origin, doc_id, where))
            continue
        if data.text is not None and data.text != piece:
            problems.append(Problem(f"span text {data.text[:40]!r} differs from the document "
                                    f"text at [{data.start}, {data.end}): {piece[:40]!r}",
                                    origin, doc_id, where))
            continue
        prefix = scheme.layer(data.layer).span_prefix
        try:
            span = Span(id=data.id or ids.new(prefix), layer=data.layer, label=label,
                        start=data.start, end=data.end, text=piece, attrs=data.attrs,
                        source=data.source, review=data.review, **data.extra)  # type: ignore[arg-type]
        except ValueError as exc:
            problems.append(Problem(f"bad span: {_brief(exc)}", origin, doc_id, where))
            continue
        doc.spans.append(span)
        ids.note(span.id)
    problems += [p.in_file(origin) for p in check_document(doc)]
    if problems:
        raise GoldspanError(problems)
    return doc


T = TypeVar("T")


def load_each(items: Iterable[T], load: Callable[[T], Document]) -> list[Document]:
    """``load(item)`` for every item, in order; the problems of every failing item are
    raised together in one GoldspanError, so one bad line or file does not hide the next."""
    docs: list[Document] = []
    problems: list[Problem] = []
    for item in items:
        try:
            docs.append(load(item))
        except GoldspanError as exc:
            problems += exc.problems
    if problems:
        raise GoldspanError(problems)
    return docs


def load_json_lines(path: str | Path, what: str,
                    build: Callable[[Any, str, int], Document]) -> list[Document]:
    """Documents of a JSON Lines file: ``build(record, "path:line", line)`` per non-blank
    line; broken JSON and bad records of every line are reported together."""
    data = read_bytes_checked(path, what)

    def load(item: tuple[int, bytes]) -> Document:
        lineno, line = item
        origin = f"{path}:{lineno}"
        return build(parse_json_bytes(line, origin), origin, lineno)

    return load_each([(n, line) for n, line in enumerate(data.splitlines(), 1)
                      if line.strip()], load)


def _brief(exc: ValueError) -> str:
    """One line for a validation error (pydantic's own text spans several lines)."""
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}"
                         for e in exc.errors())
    return str(exc)


def selected_spans(doc: Document, layers: Iterable[str] | None) -> list[Span]:
    """The spans of ``doc`` in ``layers`` (all when None), in document order of ``spans``."""
    wanted = set(layers) if layers else None
    return [s for s in doc.spans if wanted is None or s.layer in wanted]


_FLAT = ("label", "start", "end", "text")  # what every flat format holds itself
_PROPS = ("id", "layer", "attrs", "source", "review")


def span_props(span: Span) -> dict[str, Any]:
    """What a flat format cannot hold of ``span``: id, layer, attrs, source, review (those
    set, as :func:`span_to_dict` writes them) and the extra keys under ``extra``."""
    data = span_to_dict(span)
    out = {key: data.pop(key) for key in _PROPS if key in data}
    extra = {k: v for k, v in data.items() if k not in _FLAT}
    if extra:
        out["extra"] = extra
    return out


def span_data_from_props(props: dict[str, Any], layer: str, label: str, start: int, end: int,
                         text: str | None) -> SpanData:
    """A :class:`SpanData` from flat offsets plus the :func:`span_props` a format kept."""
    return SpanData(layer=str(props.get("layer") or layer), label=label, start=start, end=end,
                    text=text, id=props.get("id"), attrs=props.get("attrs"),
                    source=props.get("source"), review=props.get("review"),
                    extra=props.get("extra") or {})  # checked by build_document


def doc_header(doc: Document) -> dict[str, Any]:
    """The document fields besides text and spans, for formats that carry them aside."""
    data = document_to_dict(doc)
    return {k: v for k, v in data.items() if k not in ("text", "spans", "format", "version",
                                                      "text_sha256")}


def header_fields(header: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments of :func:`build_document` from a :func:`doc_header` dict."""
    known = {"id", "meta", "status", "speakers"}
    return {"meta": header.get("meta") or {}, "status": header.get("status") or "todo",
            "speakers": header.get("speakers") or [],
            "extra": {k: v for k, v in header.items() if k not in known}}
