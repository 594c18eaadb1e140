"""The ``labelstudio`` format: a Label Studio tasks JSON plus its labeling config XML.

Export (``out`` is a folder): ``tasks.json``, one task per document with
``data.text``, ``data.doc_id`` and ``data.goldspan`` (meta, status, speakers), and the
spans as ``annotations`` (or ``predictions`` with ``as_predictions=True``): one ``labels``
result per span whose ``from_name`` is the span's layer and whose region id is the span
id, and, for spans with attrs/source/review, a per-region ``textarea`` result named
``props`` holding them as JSON. ``labeling-config.xml`` has one ``<Labels>`` per layer
(colours from the scheme) and the per-region ``props`` text area, so Label Studio shows
and edits every layer.

Import: a tasks JSON file (or a folder with ``tasks.json``); per task the first
non-cancelled annotation, else the first prediction. Offsets are validated against
``data.text``; offsets counted in UTF-16 units (older Label Studio, after an emoji) are
recognised by the region's text and converted to code points.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from goldspan.io.atomic import atomic_write_bytes
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
)
from goldspan.io.gold import parse_json_bytes, read_bytes_checked
from goldspan.io.registry import Exporter, Importer, register_exporter, register_importer
from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError, Problem
from goldspan.model.scheme import LabelScheme, default_scheme

PROPS = "props"


def labeling_config(scheme: LabelScheme, layers: Iterable[str] | None = None) -> str:
    """The Label Studio labeling config XML for ``layers`` of ``scheme``."""
    wanted = set(layers) if layers else None
    out = ["<View>", '  <Text name="text" value="$text" granularity="symbol"/>']
    for layer in scheme.layers:
        if wanted is not None and layer.name not in wanted:
            continue
        out.append(f"  <Header value={quoteattr(layer.title or layer.name)}/>")
        out.append(f"  <Labels name={quoteattr(layer.name)} toName=\"text\" showInline=\"true\">")
        for label in layer.labels:
            out.append(f"    <Label value={quoteattr(label.name)} "
                       f"background={quoteattr(label.color)}/>")
        out.append("  </Labels>")
    out.append(f'  <TextArea name="{PROPS}" toName="text" perRegion="true" editable="true" '
               'displayMode="region-list"/>')
    out.append("</View>")
    return "\n".join(out) + "\n"


def task(doc: Document, number: int, layers: Iterable[str] | None = None,
         as_predictions: bool = False) -> dict[str, Any]:
    """The Label Studio task of ``doc``."""
    result: list[dict[str, Any]] = []
    for span in selected_spans(doc, layers):
        region = {"start": span.start, "end": span.end, "text": span.text}
        result.append({"id": span.id, "from_name": span.layer, "to_name": "text",
                       "type": "labels", "value": {**region, "labels": [span.label]}})
        props = span_props(span)
        props.pop("id")
        props.pop("layer")
        if props:
            result.append({"id": span.id, "from_name": PROPS, "to_name": "text",
                           "type": "textarea",
                           "value": {"start": span.start, "end": span.end,
                                     "text": [json.dumps(props, ensure_ascii=False,
                                                         sort_keys=True)]}})
    key = "predictions" if as_predictions else "annotations"
    entry: dict[str, Any] = {"result": result}
    if as_predictions:
        entry["model_version"] = "goldspan"
    return {"id": number, "data": {"text": doc.text, "doc_id": doc.id,
                                   "goldspan": doc_header(doc)}, key: [entry]}


def write_labelstudio(docs: Iterable[Document], out: str | Path,
                      layers: list[str] | None = None, scheme: LabelScheme | None = None,
                      as_predictions: bool = False, **_: object) -> None:
    """Write ``tasks.json`` and ``labeling-config.xml`` into the folder ``out``."""
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise GoldspanError(Problem("labelstudio export needs a folder for --out", str(folder)))
    folder.mkdir(parents=True, exist_ok=True)
    tasks = [task(d, i, layers, as_predictions) for i, d in enumerate(docs, 1)]
    atomic_write_bytes(folder / "tasks.json",
                       json.dumps(tasks, ensure_ascii=False, indent=1).encode("utf-8"))
    config = labeling_config(scheme or default_scheme(), layers)
    atomic_write_bytes(folder / "labeling-config.xml", config.encode("utf-8"))


def _pick_results(item: dict[str, Any]) -> list[Any]:
    for key, usable in (("annotations", lambda e: not e.get("was_cancelled")),
                        ("predictions", lambda e: True)):
        entries = item.get(key)
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and usable(entry):
                result = entry.get("result")
                return list(result) if isinstance(result, list) else []
    return []


def _code_points(text: str, start: int, end: int, shown: Any) -> tuple[int, int]:
    """``(start, end)`` as code points. Older Label Studio versions counted UTF-16 units (as
    JavaScript does), so after an emoji its offsets run ahead; when the region's text does
    not match at ``[start, end)`` but does when they are read as UTF-16 units, the
    converted offsets are returned. Otherwise the offsets are returned as they are (and
    checked by :func:`build_document`)."""
    if not isinstance(shown, str) or text[start:end] == shown or text.isascii():
        return start, end
    units = 0
    starts: dict[int, int] = {}
    for i, ch in enumerate(text):
        starts[units] = i
        units += 2 if ord(ch) > 0xFFFF else 1
    starts[units] = len(text)
    cp_start, cp_end = starts.get(start), starts.get(end)
    if cp_start is not None and cp_end is not None and text[cp_start:cp_end] == shown:
        return cp_start, cp_end
    return start, end


def task_document(item: Any, origin: str, label_map: dict[str, str] | None = None,
                  scheme: LabelScheme | None = None, layer: str | None = None) -> Document:
    """The document of one Label Studio task (validated)."""
    scheme = scheme or default_scheme()
    data = item.get("data") if isinstance(item, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise GoldspanError(Problem("task has no data.text string", origin))
    found = data.get("goldspan")
    header: dict[str, Any] = found if isinstance(found, dict) else {}
    doc_id = str(header.get("id") or data.get("doc_id") or f"task-{item.get('id')}")
    results = _pick_results(item)
    props: dict[str, dict[str, Any]] = {}
    for r in results:
        if isinstance(r, dict) and r.get("type") == "textarea" and r.get("from_name") == PROPS:
            try:
                found = json.loads((r.get("value") or {}).get("text", [""])[0])
            except (ValueError, IndexError, KeyError, TypeError, AttributeError,
                    RecursionError):
                continue  # a note typed in Label Studio, not ours
            if isinstance(found, dict):
                props[str(r.get("id"))] = found
    spans: list[SpanData] = []
    problems: list[Problem] = []
    for n, r in enumerate(results, 1):
        if not isinstance(r, dict):
            problems.append(Problem(f"result {n} is not an object", origin, doc_id))
            continue
        if r.get("type") not in ("labels", "hypertextlabels"):
            continue
        rid = str(r.get("id")) if r.get("id") is not None else None
        value = r.get("value")
        value = value if isinstance(value, dict) else {}
        start, end = value.get("start"), value.get("end")
        labels = value.get("labels") or value.get("hypertextlabels") or []
        if not (isinstance(start, int) and isinstance(end, int)) or not isinstance(labels, list):
            problems.append(Problem(f"result {n} has no integer start/end and list of labels "
                                    f"(start {start!r}, end {end!r})", origin, doc_id,
                                    rid or f"result {n}"))
            continue
        start, end = _code_points(data["text"], start, end, value.get("text"))
        for label in labels:
            name = str(r.get("from_name") or "")
            span_layer = name if name in scheme.layer_names() else \
                parse_type(str(label), scheme, layer)[0]
            extra = dict(props.get(rid or "", {}), id=rid if len(labels) == 1 else None)
            spans.append(span_data_from_props(extra, span_layer, str(label), start, end,
                                              value.get("text")))
    if problems:
        raise GoldspanError(problems)
    return build_document(doc_id, data["text"], spans, origin, label_map=label_map,
                          scheme=scheme, **header_fields(header))


def load_labelstudio(path: str | Path, label_map: dict[str, str] | None = None,
                     scheme: LabelScheme | None = None, layer: str | None = None,
                     **_: object) -> list[Document]:
    """Documents of a Label Studio tasks JSON (or a folder holding ``tasks.json``)."""
    path = Path(path)
    if path.is_dir():
        path = path / "tasks.json"
    data = parse_json_bytes(read_bytes_checked(path, "Label Studio tasks file"), str(path))
    items = data if isinstance(data, list) else [data]
    return load_each(enumerate(items, 1), lambda pair: task_document(
        pair[1], f"{path}: task {pair[0]}", label_map, scheme, layer))


register_exporter(Exporter("labelstudio", "Label Studio tasks JSON + labeling config XML",
                           write_labelstudio, {"out": "folder"}))
register_importer(Importer("labelstudio", "Label Studio tasks JSON", load_labelstudio,
                           folder="tasks.json"))
