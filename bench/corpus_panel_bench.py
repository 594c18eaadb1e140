"""Benchmark: list a corpus of 10,000 documents in the corpus panel.

Writes 10,000 small gold documents (generated Vietnamese-like text) into a temporary
folder, lists it once to build the summary index (cold), then times what opening the
corpus costs with the index in place: ``Corpus.entries()`` plus filling the panel's model
and sorting it. Prints ``corpus_list_10k_s VALUE`` (warm, the figure the issue asks to keep
under 1 s) and ``corpus_list_10k_cold_s VALUE``. Run: ``python bench/corpus_panel_bench.py``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from goldspan.io.corpus import Corpus  # noqa: E402
from goldspan.model.document import document_to_dict, new_document  # noqa: E402
from goldspan.ui.corpus_panel import CorpusPanel  # noqa: E402

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
        panel.close()
    print(f"corpus_list_10k_cold_s {cold:.3f}")
    print(f"corpus_list_10k_s {warm:.3f}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
