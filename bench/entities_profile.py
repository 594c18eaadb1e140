"""Entities extractor alone on the ``bench/extract_speed.py`` corpus: CPU figure and profile.

The articles of :func:`bench.extract_speed.load_texts` get their zones once (the
``zones`` extractor), then the ``entities`` extractor runs over them repeatedly until
``--mb`` MB of UTF-8 text (default 2) went through it. Prints ``entities_kb_per_s VALUE``
(KB per CPU second of this process, best of ``--repeat`` rounds). With ``--profile`` a
cProfile table of one round (sorted by ``--sort``, default tottime) is printed instead.

Usage: ``python bench/entities_profile.py [--mb 2] [--repeat 3] [--profile]``
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import load_texts  # noqa: E402

from goldspan.extract import registry  # noqa: E402
from goldspan.extract.entities import Entities  # noqa: E402
from goldspan.model.document import new_document  # noqa: E402


def main() -> int:
    """Zone the corpus once, then time (or profile) the entities extractor on it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="text per round in MB")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best is printed")
    parser.add_argument("--profile", action="store_true", help="print a cProfile table")
    parser.add_argument("--sort", default="tottime", help="cProfile sort key")
    args = parser.parse_args()
    texts = load_texts()
    if not texts:
        print("no articles found")
        return 1
    zoned = [new_document(f"bench-{n}", text) for n, text in enumerate(texts)]
    for doc in zoned:
        registry.run_pipeline(doc, ["zones"])
    size_one = sum(len(d.text.encode("utf-8")) for d in zoned)
    rounds = max(1, int(args.mb * 1_000_000 / size_one))
    ext = Entities()
    for doc in zoned:  # warm up: gazetteers loaded, caches filled
        ext.extract(doc)
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(rounds):
            for doc in zoned:
                ext.extract(doc)
        prof.disable()
        pstats.Stats(prof).sort_stats(args.sort).print_stats(30)
        return 0
    best = 0.0
    for _ in range(args.repeat):
        c0 = time.process_time()
        for _ in range(rounds):
            for doc in zoned:
                ext.extract(doc)
        cpu = time.process_time() - c0
        best = max(best, rounds * size_one / 1000 / cpu)
    print(f"articles {len(zoned)} bytes_per_round {rounds * size_one} rounds {args.repeat}")
    print(f"entities_kb_per_s {best:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
