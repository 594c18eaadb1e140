"""The gold document of FORMAT.md version 1: :class:`Document`, :class:`Span`, :class:`Speaker`.

Offsets are half-open Unicode code point offsets into ``Document.text`` (NFC). Unknown keys
are kept (``extra="allow"``) so a round trip never drops data. Structural parsing is done by
pydantic; the cross-field rules (offsets, slices, hash, ids, speaker references, version)
are checked by :func:`check_document`, which collects every problem instead of stopping.
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from goldspan import FORMAT_NAME, FORMAT_VERSION
from goldspan.model.errors import GoldspanError, Problem

Status = Literal["todo", "in_progress", "done"]
Review = Literal["suggested", "accepted", "edited", "added"]
STATUSES: tuple[str, ...] = ("todo", "in_progress", "done")
REVIEWS: tuple[str, ...] = ("suggested", "accepted", "edited", "added")


class Speaker(BaseModel):
    """A person who speaks in the document; spans refer to it by ``id``."""

    model_config = ConfigDict(extra="allow")

    id: str
    name: str
    role: str | None = None


class Span(BaseModel):
    """A labelled half-open code point range ``[start, end)`` of the document text."""

    model_config = ConfigDict(extra="allow")

    id: str
    layer: str
    label: str
    start: int
    end: int
    text: str
    attrs: dict[str, Any] | None = None
    source: str | None = None
    review: Review | None = None

    def attr(self, key: str, default: Any = None) -> Any:
        """The attribute ``key`` or ``default`` when absent."""
        return (self.attrs or {}).get(key, default)

    @property
    def speaker(self) -> str | None:
        """The speaker id of a speech span (``attrs.speaker``), or None."""
        value = self.attr("speaker")
        return value if isinstance(value, str) else None


class Document(BaseModel):
    """One article with its annotations (FORMAT.md version 1)."""

    model_config = ConfigDict(extra="allow")

    format: Literal["goldspan.document"] = "goldspan.document"
    version: int = FORMAT_VERSION
    id: str
    text: str
    text_sha256: str = ""
    meta: dict[str, Any] = Field(default_factory=dict)
    status: Status = "todo"
    speakers: list[Speaker] = Field(default_factory=list)
    spans: list[Span] = Field(default_factory=list)

    # -- lookups ---------------------------------------------------------------------------
    def span_by_id(self, span_id: str) -> Span:
        """The span with ``span_id``; KeyError when there is none."""
        for span in self.spans:
            if span.id == span_id:
                return span
        raise KeyError(span_id)

    def span_index(self, span_id: str) -> int:
        """Position of ``span_id`` in ``spans``; KeyError when absent."""
        for i, span in enumerate(self.spans):
            if span.id == span_id:
                return i
        raise KeyError(span_id)

    def speaker_by_id(self, speaker_id: str) -> Speaker:
        """The speaker with ``speaker_id``; KeyError when there is none."""
        for speaker in self.speakers:
            if speaker.id == speaker_id:
                return speaker
        raise KeyError(speaker_id)

    def layer_spans(self, layer: str) -> list[Span]:
        """Spans of ``layer`` sorted by (start, end)."""
        return sorted((s for s in self.spans if s.layer == layer), key=lambda s: (s.start, s.end))

    def new_span_id(self, prefix: str) -> str:
        """A span id ``<prefix><n>`` not used in this document (n one past the largest)."""
        used = {s.id for s in self.spans}
        n = 1 + max(  # ASCII digits only: "e²" passes isdigit() but is no number
            (int(i[len(prefix) :]) for i in used
             if i.startswith(prefix) and i[len(prefix) :].isascii() and i[len(prefix) :].isdigit()),
            default=0,
        )
        while f"{prefix}{n}" in used:
            n += 1
        return f"{prefix}{n}"

    def new_speaker_id(self) -> str:
        """A speaker id ``s<n>`` not used in this document."""
        used = {s.id for s in self.speakers}
        n = 1
        while f"s{n}" in used:
            n += 1
        return f"s{n}"

    def refresh_hash(self) -> None:
        """Set ``text_sha256`` from ``text``."""
        self.text_sha256 = text_hash(self.text)


def text_hash(text: str) -> str:
    """The hex SHA-256 of ``text`` encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def new_document(doc_id: str, text: str, meta: dict[str, Any] | None = None) -> Document:
    """A fresh ``todo`` document: the text NFC-normalized and its hash set."""
    text = unicodedata.normalize("NFC", text)
    return Document(id=doc_id, text=text, text_sha256=text_hash(text), meta=dict(meta or {}))


def check_document(doc: Document) -> list[Problem]:
    """Every rule of FORMAT.md that pydantic's types do not check; empty when valid.

    Checks: version, text hash, NFC, span ids unique, offsets in range with
    ``start < end``, ``span.text`` equal to the slice, speaker ids unique and speaker
    references existing.
    """
    problems: list[Problem] = []
    did = doc.id

    def add(message: str, span: str | None = None) -> None:
        problems.append(Problem(message, document=did, span=span))

    if doc.version > FORMAT_VERSION:
        add(f"format version {doc.version} is newer than this Goldspan reads "
            f"(version {FORMAT_VERSION}); upgrade Goldspan")
    elif doc.version < 1:
        add(f"format version {doc.version} is not valid (expected {FORMAT_VERSION})")
    if not doc.text_sha256:
        add("text_sha256 is missing")
    elif doc.text_sha256 != text_hash(doc.text):
        add("text_sha256 does not match the text: the text was changed under the annotations")
    if not unicodedata.is_normalized("NFC", doc.text):
        add("text is not NFC-normalized")
    speaker_ids: set[str] = set()
    for speaker in doc.speakers:
        if speaker.id in speaker_ids:
            add(f"duplicate speaker id {speaker.id!r}")
        speaker_ids.add(speaker.id)
    n = len(doc.text)
    seen: set[str] = set()
    for span in doc.spans:
        sid = span.id
        if sid in seen:
            add("duplicate span id", sid)
        seen.add(sid)
        if span.start < 0 or span.end > n:
            add(f"offsets [{span.start}, {span.end}) out of range (text has {n} characters)", sid)
        elif span.start >= span.end:
            add(f"start {span.start} is not before end {span.end}", sid)
        elif doc.text[span.start : span.end] != span.text:
            actual = doc.text[span.start : span.end]
            add(f"text {_short(span.text)} differs from the text at [{span.start}, {span.end}): "
                f"{_short(actual)}", sid)
        ref = span.attr("speaker")
        if ref is not None and not isinstance(ref, str):
            add(f"attrs.speaker must be a speaker id (a string), not {type(ref).__name__}", sid)
        elif ref is not None and ref not in speaker_ids:
            add(f"speaker {ref!r} is not in the document's speakers", sid)
    return problems


def _short(s: str, limit: int = 40) -> str:
    return repr(s if len(s) <= limit else s[: limit - 1] + "…")


def parse_document(data: Any, origin: str | None = None) -> Document:
    """Build and check a document from parsed JSON; GoldspanError lists every problem.

    ``origin`` (a file name) is put into each problem. A newer ``version`` is refused
    before any other check, with a message saying so.
    """
    did = data.get("id") if isinstance(data, dict) else None
    did = did if isinstance(did, str) else None
    if not isinstance(data, dict):
        raise GoldspanError(Problem("expected a JSON object (a goldspan document)", origin))
    version = data.get("version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise GoldspanError(Problem(
            f"format version {version} is newer than this Goldspan reads (version "
            f"{FORMAT_VERSION}); upgrade Goldspan", origin, did))
    if data.get("format", FORMAT_NAME) != FORMAT_NAME:
        raise GoldspanError(Problem(
            f"not a goldspan document (format is {data.get('format')!r})", origin, did))
    try:
        doc = Document.model_validate(data)
    except ValidationError as exc:
        raise GoldspanError(_validation_problems(exc, data, origin, did)) from None
    problems = check_document(doc)
    if problems:
        raise GoldspanError([p.in_file(origin) if origin else p for p in problems])
    return doc


def _validation_problems(exc: ValidationError, data: dict[str, Any], origin: str | None,
                         did: str | None) -> list[Problem]:
    problems = []
    raw_spans = data.get("spans")
    spans: list[Any] = raw_spans if isinstance(raw_spans, list) else []
    for err in exc.errors():
        loc = err["loc"]
        span_id = None
        if len(loc) >= 2 and loc[0] == "spans" and isinstance(loc[1], int) and loc[1] < len(spans):
            raw = spans[loc[1]]
            span_id = raw.get("id") if isinstance(raw, dict) else None
            span_id = str(span_id) if span_id is not None else f"#{loc[1]}"
        field = ".".join(str(x) for x in loc)
        problems.append(Problem(f"{field}: {err['msg']}", origin, did, span_id))
    return problems


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The document as FORMAT.md JSON data: fixed key order, absent optionals omitted."""
    out: dict[str, Any] = {
        "format": doc.format,
        "version": doc.version,
        "id": doc.id,
        "text": doc.text,
        "text_sha256": doc.text_sha256,
        "meta": doc.meta,
        "status": doc.status,
        "speakers": [_speaker_dict(s) for s in doc.speakers],
        "spans": [span_to_dict(s) for s in doc.spans],
    }
    if doc.model_extra:
        out.update(doc.model_extra)
    return out


def _speaker_dict(s: Speaker) -> dict[str, Any]:
    out: dict[str, Any] = {"id": s.id, "name": s.name}
    if s.role is not None:
        out["role"] = s.role
    if s.model_extra:
        out.update(s.model_extra)
    return out


def span_to_dict(s: Span) -> dict[str, Any]:
    """One span as FORMAT.md JSON data (optional fields only when set)."""
    out: dict[str, Any] = {"id": s.id, "layer": s.layer, "label": s.label,
                           "start": s.start, "end": s.end, "text": s.text}
    if s.attrs is not None:
        out["attrs"] = s.attrs
    if s.source is not None:
        out["source"] = s.source
    if s.review is not None:
        out["review"] = s.review
    if s.model_extra:
        out.update(s.model_extra)
    return out
