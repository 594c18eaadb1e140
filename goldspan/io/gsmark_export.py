"""Write documents as gsmark (docs/gsmark.md), so existing gold can be edited by hand.

:func:`to_gsmark` is the inverse of :func:`goldspan.io.gsmark.parse_gsmark` for every span
gsmark can hold: reading its output back gives the same text, speakers and spans (ids are
renumbered in text order). What gsmark cannot hold is reported through ``warn`` and left
out: spans that cross each other without nesting, non-zone spans outside a zoned line and
span provenance (``source``, ``review``). Text lines without a zone, a carriage return in
the text or an attribute (a reader makes it a line break), and meta or speaker values that
do not fit on a header line, are errors: the text itself is never changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from goldspan.io.atomic import atomic_write_bytes
from goldspan.io.corpus import document_files
from goldspan.model.document import Document, Span
from goldspan.model.errors import GoldspanError, Problem

Warn = Callable[[str], None]
_SPECIAL = {"[": "\\[", "]": "\\]", "|": "\\|", "\\": "\\\\"}


def to_gsmark(doc: Document, warn: Warn | None = None, layers: Iterable[str] | None = None) -> str:
    """The gsmark source of ``doc``; GoldspanError when its text cannot be written as lines."""
    say = warn or (lambda _m: None)
    keep = set(layers) if layers else None
    if "\r" in doc.text:  # a reader turns CR into a line break: the text would change
        raise GoldspanError(Problem("the text holds a carriage return (CR), which a gsmark "
                                    "file cannot keep", document=doc.id))
    out = [f"id: {_header_value(doc, 'id', doc.id)}"]
    for key, value in doc.meta.items():
        if key == "id" or not isinstance(value, str | int | float):
            say(f"document {doc.id!r}: meta {key!r} is not a plain value; left out")
            continue
        out.append(f"{key}: {_header_value(doc, key, str(value))}")
    for sp in doc.speakers:
        role = f" | {_header_value(doc, 'speaker role', sp.role)}" if sp.role else ""
        out.append(f"speaker {sp.id}: {_header_value(doc, 'speaker name', sp.name)}{role}")
    out.append("---")
    zones, inline = _split_spans(doc, keep, say)
    out.append(_body(doc, zones, inline))
    return "\n".join(out) + "\n"


def _header_value(doc: Document, what: str, value: str) -> str:
    if "\n" in value or "\r" in value or "|" in value and what.startswith("speaker") \
            or value != value.strip():
        raise GoldspanError(Problem(f"{what} {value!r} cannot be written on a gsmark header line",
                                    document=doc.id))
    return value


def _split_spans(doc: Document, keep: set[str] | None,
                 say: Warn) -> tuple[dict[int, Span], list[Span]]:
    zones: dict[int, Span] = {}
    inline: list[Span] = []
    for span in doc.spans:
        if keep is not None and span.layer not in keep and span.layer != "zone":
            continue
        if span.source or span.review or span.model_extra:
            say(f"document {doc.id!r}, span {span.id!r}: provenance/extra fields are not kept")
        if span.layer == "zone":
            zones[span.start] = span
        else:
            inline.append(span)
    inline.sort(key=lambda s: (s.start, -s.end))
    nested: list[Span] = []
    stack: list[Span] = []
    for span in inline:
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            say(f"document {doc.id!r}, span {span.id!r} crosses span {stack[-1].id!r}: left out")
            continue
        stack.append(span)
        nested.append(span)
    return zones, nested


def _body(doc: Document, zones: dict[int, Span], spans: list[Span]) -> str:
    text = doc.text
    opens: dict[int, list[Span]] = {}
    closes: dict[int, list[Span]] = {}
    for span in spans:
        opens.setdefault(span.start, []).append(span)
        closes.setdefault(span.end, []).insert(0, span)
    pieces: list[str] = []
    line_start = 0
    for pos in range(len(text) + 1):
        for span in closes.get(pos, []):
            pieces.append(f"|{_attrs(doc, span)}]]" if span.attrs else "]]")
        if pos == line_start:
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            zone = zones.get(pos)
            if zone is not None and zone.end == line_end:
                pieces.append(f"@{zone.label} ")
            elif text[pos:line_end].strip():
                raise GoldspanError(Problem(f"text line at offset {pos} has no zone span covering "
                                            "it exactly; gsmark needs one zone per line",
                                            document=doc.id))
        if pos == len(text):
            break
        for span in opens.get(pos, []):
            pieces.append(f"[[{span.label}|")
        ch = text[pos]
        pieces.append(_SPECIAL.get(ch, ch))
        if ch == "\n":
            line_start = pos + 1
    return "".join(pieces)


def _attrs(doc: Document, span: Span) -> str:
    items = []
    for key, value in (span.attrs or {}).items():
        items.append(f"{key}={_attr_value(doc, span, key, value)}")
    return ";".join(items)


def _attr_value(doc: Document, span: Span, key: str, value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if any(c in text for c in ";|\n\r[]") or text != text.strip() or not text:
        raise GoldspanError(Problem(f"attribute {key}={text!r} cannot be written in gsmark",
                                    document=doc.id, span=span.id))
    return text


def write_gsmark(docs: Iterable[Document], out: str | Path, warn: Warn | None = None,
                 layers: Iterable[str] | None = None, **_: object) -> None:
    """Write one ``<id>.gsmark`` per document into folder ``out`` (or the file ``out`` when
    it ends in ``.gsmark`` and there is one document). Atomic per file."""
    docs = list(docs)
    target = Path(out)
    sources = [(d, to_gsmark(d, warn, layers)) for d in docs]
    if target.suffix == ".gsmark":
        if len(docs) != 1:
            raise GoldspanError(Problem("a .gsmark file holds one document; give a folder",
                                        str(target)))
        atomic_write_bytes(target, sources[0][1].encode("utf-8"))
        return
    files = document_files(target, [d.id for d in docs], ".gsmark")
    target.mkdir(parents=True, exist_ok=True)
    for (_doc, source), path in zip(sources, files, strict=True):
        atomic_write_bytes(path, source.encode("utf-8"))
