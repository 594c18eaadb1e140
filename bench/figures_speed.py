"""Speed of the ``figures`` extractor alone, and where its time goes.

Builds the articles of ``bench/extract_speed.py`` (repeated to ``--mb`` MB), runs the zones
extractor on each (figures reads the content zones), then times ``figures.extract`` in CPU
seconds of this process (best of ``--repeat`` runs) and prints ``figures_kb_per_s VALUE``.
With ``--parts`` it also prints the time of each stage on the same input: content windows,
tokenization, DATE matching and the number scan (the rest).

Usage: ``python bench/figures_speed.py [--mb 0.5] [--repeat 3] [--parts]``
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import build_docs, load_texts  # noqa: E402

from goldspan.extract import registry  # noqa: E402
from goldspan.extract.common import content_ranges  # noqa: E402
from goldspan.extract.figures import FiguresExtractor  # noqa: E402
from goldspan.extract.figures_context import windows  # noqa: E402
from goldspan.extract.figures_np import token_rows  # noqa: E402
from goldspan.extract.figures_scan import _CANDIDATE_WORDS  # noqa: E402
from goldspan.extract.vi_dates import START_WORDS, find_dates  # noqa: E402


def best_cpu(run: Callable[[], object], repeat: int) -> float:
    """The smallest CPU time of ``repeat`` calls of ``run`` (after one warm-up call)."""
    run()
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    """Build the input, time the extractor and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=0.5, help="input size in MB (default 0.5)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (default 3)")
    parser.add_argument("--parts", action="store_true", help="also time each stage")
    args = parser.parse_args()
    docs, size = build_docs(load_texts(), args.mb)
    for doc in docs:
        registry.run_pipeline(doc, ["zones"])
    ext = FiguresExtractor()
    kb = size / 1000
    seconds = best_cpu(lambda: [ext.extract(d) for d in docs], args.repeat)
    print(f"docs {len(docs)} bytes {size} figures_cpu_seconds {seconds:.3f}")
    if args.parts:
        ranges = [(d.text, a, b) for d in docs for a, b in content_ranges(d)]
        wins = [(t, ws, we) for t, a, b in ranges for ws, we in windows(t, a, b)]
        toks = [(t, ws, we, token_rows(t, ws, we, _CANDIDATE_WORDS, START_WORDS)[2])
                for t, ws, we in wins]
        parts = {
            "windows": lambda: [windows(t, a, b) for t, a, b in ranges],
            "tokens": lambda: [token_rows(t, ws, we, _CANDIDATE_WORDS, START_WORDS)
                               for t, ws, we in wins],
            "dates": lambda: [find_dates(t, ws, we, st) for t, ws, we, st in toks if st],
        }
        spent = 0.0
        for name, run in parts.items():
            part = best_cpu(run, args.repeat)
            spent += part
            print(f"part {name} cpu_seconds {part:.3f}")
        print(f"part scan_and_spans cpu_seconds {max(0.0, seconds - spent):.3f}")
    print(f"figures_kb_per_s {kb / seconds:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
