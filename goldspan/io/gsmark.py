"""The ``gsmark`` importer: gold written by hand as marked-up text, without offsets.

A ``.gsmark`` file is a header, a line ``---``, then the article one text line per source
line. Every non-empty text line opens with its zone (``@BODY ``); spans are inline
``[[LABEL|text|attrs]]`` and may nest and run over lines. docs/gsmark.md is the full
description. :func:`parse_gsmark` turns the markup into a valid FORMAT v1 :class:`Document`
with status ``done``; every problem is a :class:`GoldspanError` naming the file and line.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from goldspan.io.gold import read_bytes_checked
from goldspan.io.gsmark_export import write_gsmark
from goldspan.io.gsmark_spans import RawSpan, build_spans
from goldspan.io.registry import Exporter, Importer, register_exporter, register_importer
from goldspan.io.text_import import decode_text, normalize_newlines
from goldspan.model.document import Document, Speaker, check_document, new_document
from goldspan.model.errors import GoldspanError, Problem
from goldspan.model.scheme import LabelScheme, default_scheme

SUFFIX = ".gsmark"
_ZONE_PREFIX = re.compile(r"^@([A-Z]+)(?: (.*))?$")
_SPEAKER = re.compile(r"^speaker\s+([A-Za-z0-9_-]+)\s*:\s*(.*)$")
_HEADER = re.compile(r"^([A-Za-z][A-Za-z0-9_.-]*)\s*:\s*(.*)$")
_OPEN = re.compile(r"\[\[([A-Za-z]+)\|")
_ESCAPABLE = "[]|\\"


@dataclass
class _Frame:
    label: str
    start: int
    line: int
    attrs: list[str] = field(default_factory=list)
    in_attrs: bool = False


@dataclass
class _Body:
    marked: str
    line_starts: list[tuple[int, int]]  # (offset in ``marked``, source line number)
    zones: list[tuple[str, int, int]]  # (label, source line, index of the text line)


def load_gsmark(path: str | Path, scheme: LabelScheme | None = None) -> list[Document]:
    """Read one ``.gsmark`` file into a one-document list (the importer's ``load``)."""
    path = Path(path)
    origin = str(path)
    text = normalize_newlines(decode_text(read_bytes_checked(path, "gsmark file"), origin))
    return [parse_gsmark(text, origin, default_id=path.stem, scheme=scheme)]


def parse_gsmark(source: str, origin: str = "<gsmark>", default_id: str = "gsmark",
                 scheme: LabelScheme | None = None) -> Document:
    """The document described by the gsmark ``source``; GoldspanError naming file and line."""
    scheme = scheme or default_scheme()
    source = unicodedata.normalize("NFC", source)
    lines = source.removesuffix("\n").split("\n")
    try:
        sep = next(i for i, line in enumerate(lines) if line.rstrip() == "---")
    except StopIteration:
        raise GoldspanError(Problem("has no '---' line ending the header", origin)) from None
    meta, speakers, doc_id = _parse_header(lines[:sep], origin)
    body = _split_body(lines[sep + 1 :], sep + 2, origin, scheme)
    text, raw = _parse_markup(body, origin)
    zone_spans = _zone_spans(text, body)
    spans = build_spans(text, raw, zone_spans, speakers, scheme, origin)
    doc = new_document(doc_id or default_id, text, meta)
    doc.meta.setdefault("title", next((t for lab, _s, _e, t in zone_spans if lab == "TITLE"), ""))
    doc.meta.setdefault("lang", "vi")
    doc.meta.setdefault("source", Path(origin).name)
    doc.status = "done"
    doc.speakers = speakers
    doc.spans = spans
    problems = check_document(doc)
    if problems:
        raise GoldspanError([p.in_file(origin) for p in problems])
    return doc


def _parse_header(lines: list[str], origin: str) -> tuple[dict[str, str], list[Speaker], str]:
    meta: dict[str, str] = {}
    speakers: list[Speaker] = []
    doc_id = ""
    problems: list[Problem] = []
    for lineno, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{origin}:{lineno}"
        sm = _SPEAKER.match(line)
        if sm:
            name, _, role = sm.group(2).partition("|")
            if any(s.id == sm.group(1) for s in speakers):
                problems.append(Problem(f"speaker {sm.group(1)!r} is declared twice", where))
            elif not name.strip():
                problems.append(Problem("speaker has no name: write 'speaker s1: Name | role'",
                                        where))
            else:
                speakers.append(Speaker(id=sm.group(1), name=name.strip(),
                                        role=role.strip() or None))
            continue
        hm = _HEADER.match(line)
        if hm is None:
            problems.append(Problem(f"header line {line!r} is not 'key: value'", where))
        elif hm.group(1) == "id":
            doc_id = hm.group(2).strip()
        else:
            key = hm.group(1).removeprefix("meta.")
            meta[key] = hm.group(2).strip()
    if problems:
        raise GoldspanError(problems)
    return meta, speakers, doc_id


def _split_body(lines: list[str], first_lineno: int, origin: str,
                scheme: LabelScheme) -> _Body:
    zone_labels = set(scheme.layer("zone").label_names())
    out: list[str] = []
    line_starts: list[tuple[int, int]] = []
    zones: list[tuple[str, int, int]] = []
    problems: list[Problem] = []
    offset = 0
    for k, raw in enumerate(lines):
        lineno = first_lineno + k
        where = f"{origin}:{lineno}"
        if raw.startswith("#"):
            continue
        content = raw
        if raw.strip():
            m = _ZONE_PREFIX.match(raw)
            if m is None:
                problems.append(Problem("a text line must open with its zone, e.g. '@BODY ' "
                                        "('#' starts a comment line)", where))
            elif m.group(1) not in zone_labels:
                problems.append(Problem(f"unknown zone {m.group(1)!r}; known: "
                                        f"{', '.join(sorted(zone_labels))}", where))
            elif not (m.group(2) or "").strip():
                problems.append(Problem(f"zone @{m.group(1)} has no text", where))
            else:
                content = m.group(2)
                zones.append((m.group(1), lineno, len(out)))
        line_starts.append((offset, lineno))
        out.append(content)
        offset += len(content) + 1
    if problems:
        raise GoldspanError(problems)
    if not zones:
        raise GoldspanError(Problem("has no text lines after '---'", origin))
    return _Body("\n".join(out), line_starts, zones)


def _line_of(body: _Body, offset: int) -> int:
    """The source line number of ``offset`` in ``body.marked`` (binary search)."""
    k = bisect.bisect_right(body.line_starts, (offset, float("inf"))) - 1
    return body.line_starts[max(k, 0)][1] if body.line_starts else 0


def _parse_markup(body: _Body, origin: str) -> tuple[str, list[RawSpan]]:
    s = body.marked
    out: list[str] = []
    stack: list[_Frame] = []
    spans: list[RawSpan] = []
    i, n, pos = 0, len(s), 0

    def fail(message: str, at: int) -> GoldspanError:
        return GoldspanError(Problem(message, f"{origin}:{_line_of(body, at)}"))

    while i < n:
        ch = s[i]
        top = stack[-1] if stack else None
        if ch == "\\":
            if i + 1 >= n or s[i + 1] not in _ESCAPABLE:
                raise fail("a backslash escapes only one of [ ] | \\", i)
            if top and top.in_attrs:
                top.attrs.append(s[i + 1])
            else:
                out.append(s[i + 1])
                pos += 1
            i += 2
        elif s.startswith("[[", i):
            m = _OPEN.match(s, i)
            if m is None:
                raise fail("'[[' must be followed by a label and '|', as in [[PER|name]] "
                           "(write \\[ for a literal bracket)", i)
            if top and top.in_attrs:
                raise fail("a span cannot open inside the attributes of another", i)
            stack.append(_Frame(m.group(1), pos, _line_of(body, i)))
            i = m.end()
        elif s.startswith("]]", i):
            if top is None:
                raise fail("']]' closes no span (write \\] for a literal bracket)", i)
            stack.pop()
            spans.append(RawSpan(top.label, top.start, pos,
                                 "".join(top.attrs).strip(), top.line))
            i += 2
        elif top is not None and top.in_attrs:
            if ch in "\n|":
                what = "a line break" if ch == "\n" else "a second '|'"
                raise fail(f"span [[{top.label}|... has {what} in its attributes", i)
            top.attrs.append(ch)
            i += 1
        elif ch == "|" and top is not None:
            top.in_attrs = True
            i += 1
        else:
            out.append(ch)
            pos += 1
            i += 1
    if stack:
        top = stack[-1]
        raise GoldspanError(Problem(f"span [[{top.label}|... is never closed with ']]'",
                                    f"{origin}:{top.line}"))
    return "".join(out), spans


def _zone_spans(text: str, body: _Body) -> list[tuple[str, int, int, str]]:
    """(label, start, end, text) of each zoned line, from the plain text's line starts."""
    starts = [0]
    for k, ch in enumerate(text):
        if ch == "\n":
            starts.append(k + 1)
    lines = text.split("\n")
    return [(label, starts[idx], starts[idx] + len(lines[idx]), lines[idx])
            for label, _lineno, idx in body.zones]


register_importer(Importer("gsmark", "gsmark: hand-written gold with inline markup "
                           "(docs/gsmark.md)", load_gsmark, (SUFFIX,)))
register_exporter(Exporter("gsmark", "gsmark: one hand-editable .gsmark file per document "
                           "(docs/gsmark.md)", write_gsmark))
