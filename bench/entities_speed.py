"""Throughput of the ``entities`` extractor alone: prints ``entities_kb_per_s VALUE``.

Runs on the gold documents of ``tests/corpus/dev`` (and the shared seed when present),
with their own zones, repeated until at least 5 MB of UTF-8 text has been processed.
The headline figure is KB (1000 bytes) per CPU second of this process: the speed on one
core, less disturbed by other programs than the wall-clock figure printed beside it.
"""

from __future__ import annotations

import time
from pathlib import Path

from goldspan.extract.entities import Entities
from goldspan.io.gold import read_document

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 5_000_000
SEED = ROOT.parent / "shared" / "gold" / "seed-ldtd-xay-dung-dang.gold.json"


def main() -> None:
    """Load the documents, warm up once, then time repeated extraction."""
    paths = sorted((ROOT / "tests" / "corpus" / "dev").glob("*.json"))
    paths += [SEED] if SEED.exists() else []
    docs = [read_document(p) for p in paths]
    for d in docs:
        d.spans = [s for s in d.spans if s.layer == "zone"]
    ext = Entities()
    for d in docs:
        ext.extract(d)
    total = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    while total < LIMIT:
        for d in docs:
            ext.extract(d)
            total += len(d.text.encode("utf-8"))
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    print(f"documents {len(docs)}  bytes {total}  wall_seconds {dt:.2f}  cpu_seconds {cpu:.2f}")
    print(f"wall_kb_per_s {total / 1000 / dt:.0f}")
    print(f"entities_kb_per_s {total / 1000 / cpu:.0f}")


if __name__ == "__main__":
    main()
