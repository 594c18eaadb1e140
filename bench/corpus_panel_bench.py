"""Benchmark: list a corpus of 10,000 documents in the corpus panel; a 20,000-span span list.

Writes 10,000 small gold documents (generated Vietnamese-like text) into a temporary
folder, lists it once to build the summary index (cold), then times what opening the
corpus costs with the index in place: ``Corpus.entries()`` plus filling the panel's model
and sorting it. Prints ``corpus_list_10k_s VALUE`` (warm, the figure the issue asks to keep
under 1 s), ``corpus_list_10k_cold_s VALUE`` and ``corpus_entries_10k_s`` (the part spent in
``Corpus.entries()``, i.e. reading the index and stat-ing the files). Then the span list on one document of
20,000 spans: ``span_list_20k_open_s`` (set_session), ``span_list_20k_sort_s`` (sort by
label), ``span_list_20k_filter_s`` (free-text filter), ``span_list_20k_edit_s`` (relabel one
span through the session), ``span_list_20k_delete1000_s`` (one Compound of 1,000 DeleteSpan
pushed), ``span_list_20k_delete_selected1000_s`` (1,000 rows selected, the list's Delete)
and ``span_list_20k_undo_delete1000_s`` (undoing that).
Run: ``python bench/corpus_panel_bench.py``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from goldspan.io.corpus import Corpus  # noqa: E402
from goldspan.model.commands import Compound, DeleteSpan, relabel  # noqa: E402
from goldspan.model.document import Span, document_to_dict, new_document  # noqa: E402
from goldspan.ui.corpus_panel import CorpusPanel  # noqa: E402
from goldspan.ui.session import DocumentSession  # noqa: E402
from goldspan.ui.span_list import SpanList  # noqa: E402

N = 10_000
WORDS = "người dân phường xã huyện tỉnh chợ cầu đường trường học bệnh viện mùa lúa".split()


def make_corpus(root: Path, n: int = N) -> None:
    """``n`` documents of a few paragraphs with a handful of spans each."""
    for i in range(n):
        title = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(6)).capitalize()
        body = "\n\n".join(" ".join(WORDS[(i * k + j) % len(WORDS)] for j in range(40))
                           for k in range(1, 6))
        doc = new_document(f"doc{i:05d}", f"{title}\n\n{body}", {"title": title})
        doc.status = ("todo", "in_progress", "done")[i % 3]
        data = document_to_dict(doc)
        data["spans"] = [{"id": f"z{k}", "layer": "zone", "label": "BODY", "start": 0,
                          "end": 5, "text": doc.text[:5], "review": "suggested"}
                         for k in range(i % 7)]
        (root / f"{doc.id}.json").write_text(json.dumps(data, ensure_ascii=False),
                                             encoding="utf-8")


def list_once(panel: CorpusPanel, root: Path) -> float:
    """Seconds for a full open: index read/refresh, model fill, sort."""
    start = time.perf_counter()
    panel.set_corpus(Corpus(root))
    panel.table.sortByColumn(0, panel.table.horizontalHeader().sortIndicatorOrder())
    assert panel.model.rowCount() == N
    return time.perf_counter() - start


def timed(fn: object) -> float:
    """Seconds one call of ``fn`` takes."""
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def span_list_figures(n: int = 20_000) -> dict[str, float]:
    """Timings of the span list on one document of ``n`` spans."""
    text = " ".join(WORDS[i % len(WORDS)] for i in range(n + 10))
    doc = new_document("big", text)
    pos = 0
    labels = ("PER", "ORG", "LOC", "MISC")
    for i in range(n):
        end = text.index(" ", pos)
        doc.spans.append(Span(id=f"e{i}", layer="entity", label=labels[i % 4], start=pos,
                              end=end, text=text[pos:end], source="bench@1",
                              review="suggested"))
        pos = end + 1
    session = DocumentSession(doc)
    widget = SpanList()
    widget.resize(1000, 400)
    widget.show()
    out = {"span_list_20k_open_s": timed(lambda: widget.set_session(session))}
    out["span_list_20k_sort_s"] = timed(lambda: widget.table.sortByColumn(2, Qt.SortOrder.AscendingOrder))
    out["span_list_20k_filter_s"] = timed(lambda: widget.set_filters(text="truong hoc"))
    widget.set_filters()
    out["span_list_20k_edit_s"] = timed(lambda: session.push(relabel("e5", "ORG")))
    out["span_list_20k_delete1000_s"] = timed(lambda: session.push(
        Compound([DeleteSpan(f"e{i}") for i in range(1000, 2000)], "bench")))
    widget.select_ids([f"e{i}" for i in range(3000, 4000)])
    out["span_list_20k_delete_selected1000_s"] = timed(widget.delete_selected)
    out["span_list_20k_undo_delete1000_s"] = timed(session.undo_stack.undo)
    widget.close()
    return out


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make_corpus(root)
        panel = CorpusPanel()
        panel.resize(500, 800)
        panel.show()
        cold = list_once(panel, root)
        warm = min(list_once(panel, root) for _ in range(3))
        entries = min(timed(Corpus(root).entries) for _ in range(3))
        panel.close()
    print(f"corpus_list_10k_cold_s {cold:.3f}")
    print(f"corpus_list_10k_s {warm:.3f}")
    print(f"corpus_entries_10k_s {entries:.3f}")
    for name, value in span_list_figures().items():
        print(f"{name} {value:.3f}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
