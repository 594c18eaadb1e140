"""Extraction speed: the default pipeline over the available articles, repeated to >= 5 MB.

Articles: the texts of ``tests/corpus/**/*.json`` and ``goldspan/resources/demo/*.txt``
(the shared seed text too when ``../shared`` is present). Each run starts from the bare
text (no spans), as ``goldspan extract`` does on an imported article, and goes through
:func:`goldspan.extract.registry.run_pipeline` with the default pipeline. Prints a CPU-time
breakdown per extractor (measured on a fifth of the corpus), the wall-clock rate, then
``extract_kb_per_s VALUE``: KB (1000 bytes of UTF-8 text) per CPU second of this
single-threaded process for the whole pipeline, i.e. the speed on one core, not disturbed
by other programs sharing the machine.

Before the rate it prints ``machine_ref_ms VALUE``: the CPU milliseconds of a fixed
pure-Python workload (string formatting, a dict, a regex; best of five). Rates measured on
different machines are comparable through it: the same code (927f772) measured 245–257
KB/s on one session's machine and 688–690 KB/s on the next one's (both 2026-11-27; the
first printed no reference yet).

``--profile`` instead prints a cProfile listing of the pipeline over the corpus (the
``--top`` functions by own time; ``--sort cumulative`` for the other view), to find the
pipeline's own overhead (``registry``, ``base.make_span``, ``common``) beside the extractors.

Usage: ``python bench/extract_speed.py [--mb 5] [--profile [--top 40] [--sort tottime]]``
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import re
import time
import unicodedata
from pathlib import Path

from goldspan.extract import registry
from goldspan.model.document import Document, new_document

REPO = Path(__file__).resolve().parent.parent


def load_texts() -> list[str]:
    """Article texts available in the repository (and the shared seed if present)."""
    texts = []
    for path in sorted((REPO / "tests" / "corpus").rglob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            texts.append(data["text"])
    for path in sorted((REPO / "goldspan" / "resources" / "demo").glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    seed = REPO.parent / "shared" / "seeds" / "000_003a0327ab60578c.txt"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    return [unicodedata.normalize("NFC", t) for t in texts if t.strip()]


def build_docs(texts: list[str], megabytes: float) -> tuple[list[Document], int]:
    """Documents cycling over ``texts`` until their UTF-8 size reaches ``megabytes``."""
    docs: list[Document] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        for text in texts:
            docs.append(new_document(f"bench-{len(docs)}", text))
            size += len(text.encode("utf-8"))
            if size >= target:
                break
    return docs, size


_REF_WORDS = re.compile(r"\w+")


def machine_reference_ms() -> float:
    """CPU milliseconds of a fixed pure-Python workload, the best of five runs: the speed of
    this machine's Python, to compare rates measured on different machines."""
    best = float("inf")
    for _ in range(5):
        t0 = time.process_time()
        seen: dict[str, int] = {}
        for i in range(60_000):
            key = f"từ {i % 997} đến {i % 89}"
            seen[key] = seen.get(key, 0) + len(_REF_WORDS.findall(key))
        best = min(best, time.process_time() - t0)
    return best * 1000


def main() -> int:
    """Build the corpus, run the pipeline over it and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    parser.add_argument("--profile", action="store_true",
                        help="print a cProfile listing of the pipeline instead of the figures")
    parser.add_argument("--top", type=int, default=40, help="functions listed by --profile")
    parser.add_argument("--sort", default="tottime", help="--profile order (pstats key)")
    args = parser.parse_args()
    texts = load_texts()
    if not texts:
        print("no articles found")
        return 1
    names = registry.default_names()
    extractors = registry.order([registry.get(n) for n in names])
    docs, size = build_docs(texts, args.mb)
    kb = size / 1000
    if args.profile:
        for text in texts:  # load resources and compile patterns first
            registry.run_pipeline(new_document("warm-up", text))
        profiler = cProfile.Profile()
        profiler.enable()
        for doc in docs:
            registry.run_pipeline(doc)
        profiler.disable()
        print(f"docs {len(docs)} bytes {size} spans {sum(len(d.spans) for d in docs)}")
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
        return 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for doc in docs:
        registry.run_pipeline(doc)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"articles {len(texts)} docs {len(docs)} bytes {size} pipeline {','.join(names)}")
    # per-extractor breakdown on a fifth of the corpus
    part, part_size = build_docs(texts, args.mb / 5)
    per: dict[str, float] = {e.name: 0.0 for e in extractors}
    for doc in part:
        for ext in extractors:
            t0 = time.process_time()
            registry.run_pipeline(doc, [ext.name])
            per[ext.name] += time.process_time() - t0
    for name, seconds in per.items():
        rate = part_size / 1000 / max(seconds, 1e-9)
        print(f"extractor {name} cpu_seconds {seconds:.3f} kb_per_s {rate:.0f}")
    print(f"wall_seconds {elapsed:.2f} wall_kb_per_s {kb / elapsed:.1f}")
    print(f"machine_ref_ms {machine_reference_ms():.1f}")
    print(f"extract_kb_per_s {kb / cpu:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
