"""Print strict entity P/R/F1 of the ``entities`` extractor on gold files or folders.

Usage: ``python bench/entities_score.py [-v] PATH...`` where each PATH is a FORMAT v1
gold file or a folder of them (``*.json``). ``-v`` also lists every mismatch.
"""

from __future__ import annotations

import sys
from pathlib import Path

from goldspan.extract.entities_score import score_entities
from goldspan.io.gold import read_document


def main(argv: list[str]) -> int:
    """Score and print one line per label and a total line ``entity_f1 VALUE``."""
    verbose = "-v" in argv
    paths: list[Path] = []
    for arg in (a for a in argv if a != "-v"):
        p = Path(arg)
        paths.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    if not paths:
        print(__doc__)
        return 2
    score = score_entities(read_document(p) for p in paths)
    for label, (tp, fp, fn) in sorted(score.by_label.items()):
        print(f"{label:5} tp={tp:4d} fp={fp:4d} fn={fn:4d}")
    if verbose:
        for doc, kind, label, text in score.errors:
            print(f"  {kind} {label:4} {doc}: {text!r}")
    print(f"documents {len(paths)}  precision {score.precision:.3f}  recall {score.recall:.3f}")
    print(f"entity_f1 {score.f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
