"""The ``figures-csv`` exporter: one spreadsheet row per figure, for fact-checkers.

Columns: document, span, text, label, value, unit, approx, mod, speaker, sentence,
start, end. ``speaker`` is the name of the speaker of the smallest TURN or QUOTE that
encloses the figure (empty when the figure is not in speech); ``sentence`` is the
sentence around the figure (:func:`~goldspan.io.formats.common.sentences`; a figure across
sentences gets all of them). Figures are listed in text order per document. The file is
UTF-8 with a byte order mark so spreadsheet programs show Vietnamese correctly; a cell a
spreadsheet would take for a formula gets a leading ``'`` (:func:`spreadsheet_safe`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from goldspan.io.atomic import atomic_write_bytes
from goldspan.io.formats.common import sentences
from goldspan.io.registry import Exporter, register_exporter
from goldspan.model.document import Document, Span

COLUMNS = ("document", "span", "text", "label", "value", "unit", "approx", "mod", "speaker",
           "sentence", "start", "end")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    return json.dumps(value, ensure_ascii=False)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` with a leading ``'`` when a spreadsheet would read it as a formula (it starts
    with ``=``, ``+``, ``-``, ``@``, tab or CR and is not a plain number): an interview turn
    written ``- Năm nay…`` would show ``#NAME?``, and page text such as ``=HYPERLINK(…)``
    would run."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.match(cell):
        return "'" + cell
    return cell


def speaker_of(doc: Document, span: Span) -> str:
    """The speaker name of the smallest TURN/QUOTE enclosing ``span`` ('' when none)."""
    around = [s for s in doc.spans if s.layer == "speech" and s.start <= span.start
              and span.end <= s.end and s.speaker]
    if not around:
        return ""
    inner = min(around, key=lambda s: s.end - s.start)
    try:
        return doc.speaker_by_id(inner.speaker or "").name
    except KeyError:
        return inner.speaker or ""


def figure_rows(doc: Document) -> list[dict[str, str]]:
    """One row dict per figure span of ``doc``."""
    sents = sentences(doc.text)
    rows = []
    for span in doc.layer_spans("figure"):
        covering = [(s, e) for s, e in sents if s < span.end and span.start < e]
        sentence = (doc.text[covering[0][0]:covering[-1][1]] if covering else span.text)
        rows.append({
            "document": doc.id, "span": span.id, "text": span.text, "label": span.label,
            "value": _cell(span.attr("value")), "unit": _cell(span.attr("unit")),
            "approx": _cell(span.attr("approx")), "mod": _cell(span.attr("mod")),
            "speaker": speaker_of(doc, span), "sentence": sentence.replace("\n", " "),
            "start": str(span.start), "end": str(span.end)})
    return rows


def write_figures_csv(docs: Iterable[Document], out: str | Path, **_: object) -> None:
    """Write the CSV file ``out`` (see the module contract)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for doc in docs:
        writer.writerows({k: spreadsheet_safe(v) for k, v in row.items()}
                         for row in figure_rows(doc))
    atomic_write_bytes(out, buf.getvalue().encode("utf-8-sig"))


register_exporter(Exporter("figures-csv", "one CSV row per figure with speaker and sentence",
                           write_figures_csv, {"out": "file"}))
