"""Benchmark: read, validate and write a 1 MB document with 20,000 spans.

Prints ``name value`` lines (medians of 5 runs): ``read_1mb_20k_s``, ``write_1mb_20k_s``,
``corpus_list_10k_cold_s``, ``corpus_list_10k_warm_s``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from goldspan.io.corpus import Corpus  # noqa: E402
from goldspan.io.gold import read_document, write_document  # noqa: E402
from goldspan.model.document import Span, new_document  # noqa: E402


def big_document():
    """About 1 MB of Vietnamese-like text with 20,000 entity spans."""
    sentence = "Ông Nguyễn Văn An cho biết Hà Nội có 1.208 đảng viên mới trong năm 2020. "
    text = sentence * (1_000_000 // len(sentence))
    doc = new_document("big", text)
    step = len(text) // 20_000
    for i in range(20_000):
        start = i * step
        doc.spans.append(Span(id=f"e{i + 1}", layer="entity", label="PER", start=start,
                              end=start + 5, text=text[start : start + 5]))
    return doc


def median_time(fn, runs: int = 5) -> float:
    """Median wall time of ``fn()`` over ``runs`` runs."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    """Run the benchmarks and print one line per figure."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.json"
        doc = big_document()
        print(f"write_1mb_20k_s {median_time(lambda: write_document(doc, path)):.3f}")
        print(f"read_1mb_20k_s {median_time(lambda: read_document(path)):.3f}")
        folder = Path(tmp) / "corpus"
        corpus = Corpus.create(folder)
        small = new_document("x", "Tiêu đề\n\n" + "Nội dung bài báo. " * 300)
        for i in range(10_000):
            small.id = f"doc{i:05d}"
            corpus.save(small)
        t0 = time.perf_counter()
        corpus.entries()
        print(f"corpus_list_10k_cold_s {time.perf_counter() - t0:.3f}")
        print(f"corpus_list_10k_warm_s {median_time(corpus.entries, 3):.3f}")


if __name__ == "__main__":
    main()
