"""Where the ``zones`` extractor spends its time, and an A/B against an older revision.

Articles: those of ``bench/extract_speed.py`` (tests/corpus, the demo texts, the shared
seed when present), repeated to ``--mb`` megabytes, each run as a fresh document.

Modes (CPU time of this single-threaded process; figures in KB of UTF-8 text per second):

- default: ``zones_kb_per_s VALUE``, best of ``--rounds`` passes over the corpus;
- ``--profile``: a cProfile listing of one pass (top ``--top`` functions by own time);
- ``--ab REV``: the zones modules as they are at git revision ``REV`` (loaded from
  ``git show`` into private modules, never registered) against the working tree,
  timing chunks of documents old/new in turn and keeping each chunk's best of
  ``--rounds``, since the machine is shared. Both must give the same labels on every document (checked first);
  prints ``old_kb_per_s``, ``new_kb_per_s`` and the CPU saved per MB (``--new REV2``
  compares two revisions; ``--ab HEAD --new HEAD`` shows the noise of the machine).

``--no-cross-doc-cache`` clears any ``lru_cache`` of the old modules' text functions
(``norm``) before each document, so the old figure is not helped by repeating the same
articles. Usage: ``python bench/zones_profile.py [--ab HEAD] [--profile] [--mb 2]``
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import build_docs, load_texts  # noqa: E402

from goldspan.extract import zones  # noqa: E402
from goldspan.model.document import Document  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def load_old(rev: str, tag: str = "old") -> tuple[types.ModuleType, types.ModuleType]:
    """``(zones, zones_rules)`` as they are at ``rev``, as private, unregistered modules
    named ``_<tag>_zones`` and ``_<tag>_zones_rules``."""
    def source(path: str) -> str:
        return subprocess.run(["git", "show", f"{rev}:{path}"], cwd=REPO, check=True,
                              capture_output=True, text=True).stdout

    rules = types.ModuleType(f"_{tag}_zones_rules")
    sys.modules[rules.__name__] = rules
    exec(compile(source("goldspan/extract/zones_rules.py"), "old_zones_rules", "exec"),
         rules.__dict__)
    code = source("goldspan/extract/zones.py")
    code = code.replace("from goldspan.extract import zones_rules as r",
                        f"import _{tag}_zones_rules as r")
    code = "\n".join(line for line in code.splitlines() if not line.startswith("register("))
    old = types.ModuleType(f"_{tag}_zones")
    sys.modules[old.__name__] = old
    exec(compile(code, "old_zones", "exec"), old.__dict__)
    return old, rules


def _cache_clearers(module: types.ModuleType) -> list[Callable[[], None]]:
    """``cache_clear`` of the module's lru-cached functions that take text (not loaders)."""
    out = []
    for name in ("norm",):
        fn = getattr(module, name, None)
        if fn is not None and hasattr(fn, "cache_clear"):
            out.append(fn.cache_clear)
    return out


def one_pass(extract: Callable[[Document], object], docs: list[Document],
             clear: list[Callable[[], None]]) -> float:
    """CPU seconds of ``extract`` over ``docs`` (garbage collector off, as its timing
    depends on what ran before)."""
    gc.collect()
    gc.disable()
    try:
        t0 = time.process_time()
        for doc in docs:
            for c in clear:
                c()
            extract(doc)
        return time.process_time() - t0
    finally:
        gc.enable()


def main() -> int:
    """Parse the arguments, run the chosen mode and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--ab", metavar="REV")
    ap.add_argument("--new", metavar="REV", help="with --ab: compare with REV, not the tree")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--no-cross-doc-cache", action="store_true")
    args = ap.parse_args()
    docs, size = build_docs(load_texts(), args.mb)
    kb = size / 1000
    new_mod, new_rules = load_old(args.new, "new") if args.new else (zones, zones.r)
    new = new_mod.Zones()
    new_clear = _cache_clearers(new_rules) if args.no_cross_doc_cache else []
    print(f"documents {len(docs)} size_kb {kb:.0f}")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        one_pass(new.extract, docs, new_clear)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.top)
        return 0
    if not args.ab:
        best = min(one_pass(new.extract, docs, new_clear) for _ in range(args.rounds))
        print(f"zones_kb_per_s {kb / best:.0f}")
        return 0
    old_mod, old_rules = load_old(args.ab)
    old = old_mod.Zones()
    old_clear = _cache_clearers(old_rules) if args.no_cross_doc_cache else []
    seen = set()
    for doc in docs:
        if doc.text in seen:
            continue
        seen.add(doc.text)
        a = [(s.label, s.start, s.end) for s in old.extract(doc).spans]
        b = [(s.label, s.start, s.end) for s in new.extract(doc).spans]
        if a != b:
            print(f"DIFFERENT zones on {doc.id}")
            return 1
    print(f"same zones on all {len(seen)} distinct texts")
    # Chunks of documents timed old/new in turn (order swapped every round); the best time
    # of each chunk is kept, so a busy moment of the shared machine spoils only one sample.
    chunks = [docs[k:k + 40] for k in range(0, len(docs), 40)]
    best_old = [float("inf")] * len(chunks)
    best_new = [float("inf")] * len(chunks)
    for rnd in range(args.rounds):
        for c, chunk in enumerate(chunks):
            for side in ((0, 1) if rnd % 2 == 0 else (1, 0)):
                if side == 0:
                    best_old[c] = min(best_old[c], one_pass(old.extract, chunk, old_clear))
                else:
                    best_new[c] = min(best_new[c], one_pass(new.extract, chunk, new_clear))
    bo, bn = sum(best_old), sum(best_new)
    print(f"old_kb_per_s {kb / bo:.0f}  ({bo / size * 1e6:.3f} s/MB)")
    print(f"new_kb_per_s {kb / bn:.0f}  ({bn / size * 1e6:.3f} s/MB)")
    print(f"cpu_saved_per_mb {100 * (1 - bn / bo):.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
