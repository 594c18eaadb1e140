"""The ``brat`` standoff format: ``<id>.txt`` + ``<id>.ann`` per document, ``annotation.conf``.

Export (``out`` is a folder): T lines for spans (type names per
:func:`~goldspan.io.formats.common.type_name`; a span crossing line breaks is written as
fragments split at them, as brat does); A lines for the attributes value, unit, approx,
mod and kind (spaces in values become ``_``); an R ``Speaker`` relation from a TURN/QUOTE to
a PER span naming its speaker when there is one; an ``AnnotatorNotes`` line per span with
its goldspan properties as JSON (id, layer, attrs, source, review), and
``<id>.goldspan.json`` with the document's id, meta, status and speakers, so the round trip
is lossless. ``annotation.conf`` and ``visual.conf`` are generated from the label scheme.

Import (a folder, or ``.ann``/``.txt`` files): offsets are re-derived from the ``.txt``;
the notes and the side file restore what brat cannot hold. Plain brat data (no notes)
imports too: attributes come from the A lines, ids are new.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from goldspan.io.atomic import atomic_write_bytes
from goldspan.io.corpus import document_files
from goldspan.io.formats.common import (
    SpanData,
    build_document,
    doc_header,
    header_fields,
    load_each,
    parse_type,
    selected_spans,
    span_data_from_props,
    span_props,
    type_name,
)
from goldspan.io.gold import parse_json_bytes, read_bytes_checked, read_text_checked
from goldspan.io.registry import Exporter, Importer, register_exporter, register_importer
from goldspan.model.document import Document, Span
from goldspan.model.errors import GoldspanError, Problem
from goldspan.model.scheme import LabelScheme, default_scheme

A_KEYS = ("value", "unit", "approx", "mod", "kind")
SIDE = ".goldspan.json"
# runs without a character that str.splitlines() breaks at (brat lines must not hold one)
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_BREAKS = re.compile(r"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_RAW_BREAKS = re.compile("[\x85\u2028\u2029]")  # line breaks json.dumps leaves unescaped


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Fragments of ``[start, end)`` split at line breaks; one fragment when the span starts
    or ends with a break (so the outer offsets survive the round trip)."""
    piece = text[start:end]
    frags = [(start + m.start(), start + m.end()) for m in _LINE.finditer(piece)]
    if not frags or frags[0][0] != start or frags[-1][1] != end:
        return [(start, end)]
    return frags


def shown_text(text: str, start: int, end: int) -> str:
    """The span text as a ``.ann`` line shows it: each run of line breaks as one space."""
    return _BREAKS.sub(" ", text[start:end])


def _one_line_json(value: Any) -> str:
    """JSON of ``value`` on one ``.ann`` line: json.dumps escapes ``\n`` and ``\r`` but leaves
    U+0085, U+2028 and U+2029 raw, and ``str.splitlines`` would cut the line there."""
    return _RAW_BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}",
                           json.dumps(value, ensure_ascii=False, sort_keys=True))


def _attr_value(value: Any) -> str:
    """One token of an A line: JSON for non-strings, a string with its whitespace as ``_``
    (a tab or line break would cut the line)."""
    return _one_line_json(value) if not isinstance(value, str) else re.sub(r"\s", "_", value)


def ann_text(doc: Document, layers: Iterable[str] | None,
             scheme: LabelScheme | None = None) -> tuple[str, dict[str, set[str]]]:
    """The ``.ann`` content of ``doc`` and the attribute values used (for the conf)."""
    lines: list[str] = []
    used: dict[str, set[str]] = {}
    tid: dict[str, str] = {}
    spans = selected_spans(doc, layers)
    a_n = r_n = 0
    for n, span in enumerate(spans, 1):
        tid[span.id] = f"T{n}"
        frags = _fragments(doc.text, span.start, span.end)
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        shown = shown_text(doc.text, span.start, span.end)
        lines.append(f"T{n}\t{type_name(span.layer, span.label, scheme)} {offsets}\t{shown}")
        for key in A_KEYS:
            value = span.attr(key)
            if value is not None:
                a_n += 1
                lines.append(f"A{a_n}\t{key} T{n} {_attr_value(value)}")
                used.setdefault(key, set()).add(_attr_value(value))
        lines.append(f"#{n}\tAnnotatorNotes T{n}\t" + _one_line_json(span_props(span)))
    mentions = _per_mentions(spans)
    names = {sp.id: sp.name for sp in doc.speakers}
    for span in spans:
        target = _speaker_mention(names.get(span.speaker or ""), span, mentions)
        if target is not None:
            r_n += 1
            lines.append(f"R{r_n}\tSpeaker Arg1:{tid[span.id]} Arg2:{tid[target.id]}")
    return "\n".join(lines) + ("\n" if lines else ""), used


def _per_mentions(spans: list[Span]) -> dict[str, tuple[list[int], list[Span]]]:
    """PER spans by their text, in the order they start (with the starts, for bisection)."""
    found: dict[str, list[Span]] = {}
    for s in spans:
        if s.layer == "entity" and s.label == "PER":
            found.setdefault(s.text, []).append(s)
    out = {}
    for text, group in found.items():
        group.sort(key=lambda s: (s.start, s.end))
        out[text] = ([s.start for s in group], group)
    return out


def _speaker_mention(name: str | None, span: Span,
                     mentions: dict[str, tuple[list[int], list[Span]]]) -> Span | None:
    """The PER span naming ``span``'s speaker: the nearest one starting before it, else the
    first in the text (one lookup and a bisection, not a scan of every span)."""
    if name is None or name not in mentions:
        return None
    starts, group = mentions[name]
    before = bisect_left(starts, span.start)
    return group[before - 1] if before else group[0]


def annotation_conf(scheme: LabelScheme, used: dict[str, set[str]]) -> str:
    """brat's ``annotation.conf``: entities from the scheme, attributes, the Speaker relation."""
    out = ["[entities]"]
    for layer in scheme.layers:
        out.append(f"# {layer.title or layer.name}")
        out += [type_name(layer.name, label, scheme) for label in layer.label_names()]
    speech = [type_name("speech", lb, scheme) for lb in scheme.layer("speech").label_names()] \
        if "speech" in scheme.layer_names() else []
    out += ["", "[relations]"]
    if speech:
        out.append(f"Speaker\tArg1:{'|'.join(speech)}, Arg2:{type_name('entity', 'PER', scheme)}")
    out += ["<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]", "",
            "[attributes]"]
    for key in A_KEYS:
        values = sorted(used.get(key, set()))
        if values:
            out.append(f"{key}\tArg:<ENTITY>, Value:{'|'.join(values)}")
    return "\n".join(out) + "\n"


def visual_conf(scheme: LabelScheme) -> str:
    """brat's ``visual.conf`` with the scheme's colours."""
    out = ["[labels]", "", "[drawing]"]
    for layer in scheme.layers:
        for label in layer.labels:
            out.append(f"{type_name(layer.name, label.name, scheme)}\tbgColor:{label.color}")
    return "\n".join(out) + "\n"


def write_brat(docs: Iterable[Document], out: str | Path, layers: list[str] | None = None,
               scheme: LabelScheme | None = None, **_: object) -> None:
    """Write the brat folder ``out`` (see the module contract)."""
    scheme = scheme or default_scheme()
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise GoldspanError(Problem("brat export needs a folder for --out", str(folder)))
    docs = list(docs)
    files = document_files(folder, [d.id for d in docs], ".txt")
    folder.mkdir(parents=True, exist_ok=True)
    used: dict[str, set[str]] = {}
    for doc, txt in zip(docs, files, strict=True):
        ann, doc_used = ann_text(doc, layers, scheme)
        for key, values in doc_used.items():
            used.setdefault(key, set()).update(values)
        atomic_write_bytes(txt, doc.text.encode("utf-8"))
        atomic_write_bytes(txt.with_suffix(".ann"), ann.encode("utf-8"))
        side = json.dumps(doc_header(doc), ensure_ascii=False, indent=1)
        atomic_write_bytes(folder / f"{doc.id}{SIDE}", side.encode("utf-8"))
    atomic_write_bytes(folder / "annotation.conf", annotation_conf(scheme, used).encode("utf-8"))
    atomic_write_bytes(folder / "visual.conf", visual_conf(scheme).encode("utf-8"))


def _parse_ann(ann: str, origin: str) -> tuple[dict[str, tuple[str, int, int, str]],
                                                 dict[str, dict[str, Any]],
                                                 dict[str, dict[str, Any]],
                                                 list[tuple[str, str]], list[Problem]]:
    ts: dict[str, tuple[str, int, int, str]] = {}
    attrs: dict[str, dict[str, Any]] = {}
    notes: dict[str, dict[str, Any]] = {}
    rels: list[tuple[str, str]] = []
    problems = []
    for lineno, line in enumerate(ann.splitlines(), 1):
        where = f"{origin}:{lineno}"
        if not line.strip():
            continue
        parts = line.split("\t", 2)
        key = parts[0]
        try:
            if key.startswith("T"):
                kind, _, offsets = parts[1].partition(" ")
                frags = [tuple(int(x) for x in f.split()) for f in offsets.split(";")]
                ts[key] = (kind, min(f[0] for f in frags), max(f[1] for f in frags),
                           parts[2] if len(parts) > 2 else "")
            elif key.startswith("A") or key.startswith("M"):
                name, target, *value = parts[1].split(" ")
                raw = value[0] if value else "true"
                try:
                    parsed: Any = json.loads(raw)
                except (ValueError, RecursionError):
                    parsed = raw.replace("_", " ")
                attrs.setdefault(target, {})[name] = parsed
            elif key.startswith("#"):
                _, target = parts[1].split(" ", 1)
                try:
                    found = json.loads(parts[2])
                except (ValueError, RecursionError):
                    found = None
                if isinstance(found, dict):  # else a human note ("2019", "xem lại"), not ours
                    notes[target.strip()] = found
            elif key.startswith("R") and parts[1].startswith("Speaker "):
                args = dict(a.split(":", 1) for a in parts[1].split()[1:])
                rels.append((args["Arg1"], args["Arg2"]))
        except (IndexError, ValueError, KeyError):
            problems.append(Problem(f"cannot read brat line {line[:60]!r}", where))
    return ts, attrs, notes, rels, problems


def load_brat_pair(ann_path: Path, label_map: dict[str, str] | None = None,
                   scheme: LabelScheme | None = None, **_: object) -> Document:
    """The document of one ``.ann`` file and its ``.txt`` (and side file when present)."""
    origin = str(ann_path)
    txt = ann_path.with_suffix(".txt")
    text = read_text_checked(txt, "brat text file")
    ann = read_text_checked(ann_path, "brat annotation file")
    side_path = ann_path.with_name(ann_path.stem + SIDE)
    header: dict[str, Any] = {}
    if side_path.exists():
        found = parse_json_bytes(read_bytes_checked(side_path, "goldspan side file"),
                                 str(side_path))
        if not isinstance(found, dict):
            raise GoldspanError(Problem("expected a JSON object (the document's id, meta, "
                                        "status and speakers)", str(side_path)))
        header = found
    ts, attrs, notes, rels, problems = _parse_ann(ann, origin)
    if problems:
        raise GoldspanError(problems)
    spans: list[SpanData] = []
    for tid_, (kind, start, end, shown) in ts.items():
        layer, label = parse_type(kind, scheme)
        props = notes.get(tid_) or {}
        if not props and tid_ in attrs:
            props = {"attrs": attrs[tid_]}
        if 0 <= start < end <= len(text) and shown_text(text, start, end) != shown:
            problems.append(Problem(f"T line text {shown[:40]!r} differs from the .txt at "
                                    f"[{start}, {end})", origin, header.get("id"), tid_))
            continue
        spans.append(span_data_from_props(props, layer, label, start, end, None))
    if problems:
        raise GoldspanError(problems)
    fields = header_fields(header)
    if not header and rels:
        fields["speakers"] = _speakers_from_relations(rels, ts, spans, list(ts))
    return build_document(str(header.get("id") or ann_path.stem), text, spans, origin,
                          label_map=label_map, scheme=scheme, **fields)


def _speakers_from_relations(rels: list[tuple[str, str]], ts: dict[str, Any],
                             spans: list[SpanData], order: list[str]) -> list[dict[str, Any]]:
    speakers: dict[str, str] = {}
    for arg1, arg2 in rels:
        if arg1 not in ts or arg2 not in ts:
            continue
        name = ts[arg2][3]
        sid = speakers.setdefault(name, f"s{len(speakers) + 1}")
        data = spans[order.index(arg1)]
        data.attrs = dict(data.attrs or {}, speaker=sid)
    return [{"id": sid, "name": name} for name, sid in speakers.items()]


def load_brat(path: str | Path, label_map: dict[str, str] | None = None,
              scheme: LabelScheme | None = None, **_: object) -> list[Document]:
    """Documents of a brat folder (every ``.ann``) or of one ``.ann``/``.txt`` file."""
    path = Path(path)
    if path.is_dir():
        anns = sorted(path.glob("*.ann"))
        if not anns:
            raise GoldspanError(Problem("holds no .ann files (not a brat folder)", str(path)))
    else:
        anns = [path.with_suffix(".ann")]
    return load_each(anns, lambda ann: load_brat_pair(ann, label_map, scheme))


register_exporter(Exporter("brat", "brat standoff folder (.txt/.ann, annotation.conf)",
                           write_brat, {"out": "folder"}))
register_importer(Importer("brat", "brat standoff folder or .ann file", load_brat, (".ann",),
                           folder="*.ann"))
