"""Throughput of the ``zones`` and ``speech`` extractors on one core.

Usage: ``python bench/zones_speech_speed.py [GOLD_OR_TEXT...]`` (default: tests/corpus/dev and
the shared seed). The texts are repeated until at least 5 MB, each run as its own document;
prints (CPU time of this process) ``zones_kb_per_s``, ``speech_kb_per_s`` and ``zones_speech_kb_per_s``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from goldspan.extract.registry import get
from goldspan.io.gold import read_document
from goldspan.model.document import Document, new_document

ROOT = Path(__file__).resolve().parent.parent
DEFAULTS = [ROOT / "tests" / "corpus" / "dev", ROOT.parent / "shared" / "seeds"]


def load_texts(args: list[str]) -> list[str]:
    """Texts of the given gold ``.json`` or ``.txt`` files / folders."""
    paths: list[Path] = []
    for arg in args or [str(p) for p in DEFAULTS]:
        p = Path(arg)
        if p.is_dir():
            paths.extend(sorted(p.rglob("*.json")) + sorted(p.rglob("*.txt")))
        elif p.exists():
            paths.append(p)
    texts = []
    for p in paths:
        texts.append(read_document(p).text if p.suffix == ".json" else p.read_text("utf-8"))
    return texts


def main(argv: list[str]) -> int:
    """Run the benchmark and print the figures."""
    texts = load_texts(argv)
    if not texts:
        print("no input texts", file=sys.stderr)
        return 1
    docs: list[Document] = []
    size = 0
    while size < 5_000_000:
        for i, t in enumerate(texts):
            docs.append(new_document(f"d{len(docs)}-{i}", t))
            size += len(t.encode("utf-8"))
    zones, speech = get("zones"), get("speech")
    t0 = time.process_time()
    for doc in docs:
        doc.spans = zones.extract(doc).spans
    t1 = time.process_time()
    for doc in docs:
        speech.extract(doc)
    t2 = time.process_time()
    kb = size / 1000
    print(f"documents {len(docs)}  size_kb {kb:.0f}")
    print(f"zones_kb_per_s {kb / (t1 - t0):.0f}")
    print(f"speech_kb_per_s {kb / (t2 - t1):.0f}")
    print(f"zones_speech_kb_per_s {kb / (t2 - t0):.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
