"""Benchmark: write and read one long document (40,000 syllables, 5,000 spans, 1,000
attributed quotes) in every exchange format.

Prints ``<format>_write_s VALUE`` and ``<format>_read_s VALUE`` (read only for formats with
an importer). Run: ``python bench/formats_bench.py``.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from goldspan.io.registry import exporters, importers
from goldspan.model.document import Document, Span, Speaker, new_document

WORDS = "Ông Nguyễn Văn An đến Hà Nội hôm qua và gặp bà Lê Thị Bình ở phường Ba Đình .".split()
OUTS = {"brat": "brat", "doccano": "d.jsonl", "labelstudio": "ls", "figures-csv": "f.csv",
        "jsonl": "j.jsonl", "conll": "c.conll"}


def long_document(n: int = 40_000) -> Document:
    """``n`` generated syllables: a PER span every 10th, a QUOTE with a speaker every 40th."""
    text = " ".join(WORDS[i % len(WORDS)] for i in range(n))
    doc = new_document("lon", text)
    doc.speakers = [Speaker(id=f"s{k}", name="Nguyễn") for k in range(1, 50)]
    pos = 0
    for i in range(n):
        end = pos + len(WORDS[i % len(WORDS)])
        if i % 10 == 0:
            doc.spans.append(Span(id=f"e{i}", layer="entity", label="PER", start=pos, end=end,
                                  text=text[pos:end]))
        if i % 40 == 5:
            doc.spans.append(Span(id=f"q{i}", layer="speech", label="QUOTE", start=pos,
                                  end=end, text=text[pos:end],
                                  attrs={"speaker": f"s{i % 49 + 1}"}))
        pos = end + 1
    return doc


def main() -> int:
    doc = long_document()
    with tempfile.TemporaryDirectory() as tmp:
        for name, out in OUTS.items():
            path = Path(tmp) / out
            start = time.perf_counter()
            exporters()[name].write([doc], path)
            print(f"{name}_write_s {time.perf_counter() - start:.3f}")
            if name in importers():
                start = time.perf_counter()
                importers()[name].load(path)
                print(f"{name}_read_s {time.perf_counter() - start:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
