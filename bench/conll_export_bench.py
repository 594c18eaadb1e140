"""Benchmark: CoNLL export of one long document (40,000 tokens on one line, 4,000 entities).

A CoNLL corpus without ``-DOCSTART-`` imports as one document, so the export must stay
linear in its size. Prints ``conll_export_40k_tokens_s VALUE``.
Run: ``python bench/conll_export_bench.py``.
"""

from __future__ import annotations

import time

from goldspan.io.formats.conll import conll_lines
from goldspan.model.document import Span, new_document

WORDS = "Ông Nguyễn Văn An đến Hà Nội hôm qua và gặp bà Lê Thị Bình ở phường Ba Đình .".split()


def long_document(n: int = 40_000):
    """``n`` generated syllables on one line, every tenth one a PER span."""
    text = " ".join(WORDS[i % len(WORDS)] for i in range(n))
    doc = new_document("lon", text)
    pos = 0
    for i in range(n):
        end = pos + len(WORDS[i % len(WORDS)])
        if i % 10 == 0:
            doc.spans.append(Span(id=f"e{i}", layer="entity", label="PER", start=pos,
                                  end=end, text=text[pos:end]))
        pos = end + 1
    return doc


def main() -> int:
    doc = long_document()
    start = time.perf_counter()
    conll_lines(doc)
    print(f"conll_export_40k_tokens_s {time.perf_counter() - start:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
