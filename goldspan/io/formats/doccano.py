"""The ``doccano`` format: JSON Lines for sequence labeling.

Each line is ``{"text": ..., "label": [[start, end, "TYPE"], ...]}`` (type names per
:func:`~goldspan.io.formats.common.type_name`), plus ``doc_id`` and a ``goldspan`` object
that doccano keeps as metadata: the document's meta, status and speakers and, aligned
with ``label``, each span's id, layer, attrs, source and review, so the round trip is
lossless. Import also reads plain doccano exports: ``label``, ``labels`` or (doccano 1.6+)
``entities`` entries as triples or as ``{"start_offset", "end_offset", "label"}`` objects;
offsets are validated against the text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from goldspan.io.atomic import atomic_write_bytes
from goldspan.io.formats.common import (
    SpanData,
    build_document,
    doc_header,
    header_fields,
    load_json_lines,
    parse_type,
    selected_spans,
    span_data_from_props,
    span_props,
    type_name,
)
from goldspan.io.registry import Exporter, Importer, register_exporter, register_importer
from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError, Problem
from goldspan.model.scheme import LabelScheme


def doccano_record(doc: Document, layers: Iterable[str] | None = None,
                   scheme: LabelScheme | None = None) -> dict[str, Any]:
    """The doccano JSON object of ``doc``."""
    spans = selected_spans(doc, layers)
    header = doc_header(doc)
    header["spans"] = [span_props(s) for s in spans]
    return {"text": doc.text, "doc_id": doc.id,
            "label": [[s.start, s.end, type_name(s.layer, s.label, scheme)] for s in spans],
            "goldspan": header}


def write_doccano(docs: Iterable[Document], out: str | Path, layers: list[str] | None = None,
                  scheme: LabelScheme | None = None, **_: object) -> None:
    """Write one doccano line per document to the file ``out``."""
    lines = [json.dumps(doccano_record(d, layers, scheme), ensure_ascii=False) for d in docs]
    atomic_write_bytes(out, ("\n".join(lines) + "\n").encode("utf-8"))


def _entries(record: dict[str, Any]) -> list[tuple[int, int, str]]:
    raw = record.get("label", record.get("labels", record.get("entities", [])))
    out = []
    for item in raw or []:
        if isinstance(item, dict):
            out.append((int(item["start_offset"]), int(item["end_offset"]), str(item["label"])))
        else:
            start, end, label = item[:3]
            out.append((int(start), int(end), str(label)))
    return out


def record_document(record: Any, origin: str, fallback_id: str,
                    label_map: dict[str, str] | None = None,
                    scheme: LabelScheme | None = None, layer: str | None = None) -> Document:
    """The document of one doccano object (validated)."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise GoldspanError(Problem("expected an object with a \"text\" string", origin))
    found = record.get("goldspan")
    header: dict[str, Any] = found if isinstance(found, dict) else {}
    found_props = header.get("spans")
    props_list = found_props if isinstance(found_props, list) else []
    try:
        entries = _entries(record)
    except (KeyError, TypeError, ValueError) as exc:
        raise GoldspanError(Problem(f"bad label entry: {exc}", origin)) from None
    spans: list[SpanData] = []
    for i, (start, end, name) in enumerate(entries):
        span_layer, label = parse_type(name, scheme, layer)
        props = props_list[i] if i < len(props_list) and isinstance(props_list[i], dict) else {}
        spans.append(span_data_from_props(props, span_layer, label, start, end, None))
    doc_id = str(header.get("id") or record.get("doc_id") or record.get("id") or fallback_id)
    return build_document(doc_id, record["text"], spans, origin, label_map=label_map,
                          scheme=scheme, **header_fields({k: v for k, v in header.items()
                                                          if k != "spans"}))


def load_doccano(path: str | Path, label_map: dict[str, str] | None = None,
                 scheme: LabelScheme | None = None, layer: str | None = None,
                 **_: object) -> list[Document]:
    """Documents of a doccano JSONL file (all problems of all lines raised together)."""
    path = Path(path)
    return load_json_lines(path, "doccano JSONL file", lambda record, origin, lineno:
                           record_document(record, origin, f"{path.stem}-{lineno}", label_map,
                                           scheme, layer))


register_exporter(Exporter("doccano", "doccano sequence-labeling JSONL", write_doccano,
                           {"out": "file"}))
register_importer(Importer("doccano", "doccano sequence-labeling JSONL", load_doccano))
