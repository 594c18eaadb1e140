"""Entities extractor alone on the ``bench/extract_speed.py`` corpus: CPU figure and profile.

The articles of :func:`bench.extract_speed.load_texts` get their zones once (the
``zones`` extractor), then the ``entities`` extractor runs over them repeatedly until
``--mb`` MB of UTF-8 text (default 2) went through it. Prints ``entities_kb_per_s VALUE``
(KB per CPU second of this process, best of ``--repeat`` rounds). With ``--profile`` a
cProfile table of one round (sorted by ``--sort``, default tottime) is printed instead.

With ``--against REV`` the entity modules of git revision ``REV`` are loaded beside the
working tree's (a temporary package, imports rewritten), both are checked to give the same
entities on the corpus, then rounds of each alternate in this one process (the machine's
load moves both alike): prints both rates (best round) and the median change of CPU time
over the pairs.

With ``--tokenizer`` the paragraphs of the corpus are tokenized by
:func:`goldspan.extract.entities_tokens.token_tuples` and by a column-wise variant (the
token pattern's ``findall`` builds the (gap, word) pairs in C, offsets come from
``accumulate``, capitals and gap classes from ``map`` and the tuples from ``zip``), both
checked equal, best of ``--repeat`` rounds each: on CPython 3.11 here the variant is the
slower one (its C passes cost more per token than the loop's bytecode).

Usage: ``python bench/entities_profile.py [--mb 2] [--repeat 3] [--profile] [--against REV]
[--tokenizer]``
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import accumulate, chain
from operator import itemgetter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import load_texts  # noqa: E402

from goldspan.extract import entities_tokens, registry  # noqa: E402
from goldspan.extract.entities import Entities  # noqa: E402
from goldspan.model.document import new_document  # noqa: E402


def main() -> int:
    """Zone the corpus once, then time (or profile) the entities extractor on it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="text per round in MB")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best is printed")
    parser.add_argument("--profile", action="store_true", help="print a cProfile table")
    parser.add_argument("--sort", default="tottime", help="cProfile sort key")
    parser.add_argument("--against", metavar="REV", help="A/B against git revision REV")
    parser.add_argument("--tokenizer", action="store_true",
                        help="time the tokenizer against a column-wise variant")
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
    if args.against:
        return _ab(args.against, zoned, rounds, size_one, max(args.repeat, 5))
    if args.tokenizer:
        return _tokenizers(zoned, max(args.repeat, 5))
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


def _old_package(rev: str, into: Path) -> str:
    """Write the entity modules of git revision ``rev`` as package ``entities_old`` under
    ``into``; returns the package name. Raises CalledProcessError for an unknown ``rev``."""
    repo = Path(__file__).resolve().parent.parent
    names = subprocess.run(["git", "ls-tree", "--name-only", rev, "goldspan/extract/"],
                           cwd=repo, check=True, capture_output=True, text=True).stdout.split()
    pkg = into / "entities_old"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    for name in names:
        base = name.rsplit("/", 1)[-1]
        if not (base.startswith("entities") and base.endswith(".py")):
            continue
        source = subprocess.run(["git", "show", f"{rev}:{name}"], cwd=repo, check=True,
                                capture_output=True, text=True).stdout
        source = source.replace("goldspan.extract.entities", "entities_old.entities")
        source = source.replace("\nregister(Entities)\n", "\n")  # one registered 'entities'
        (pkg / base).write_text(source, encoding="utf-8")
    return "entities_old"


def _ab(rev: str, zoned: list, rounds: int, size_one: int, pairs: int) -> int:
    """Alternate rounds of ``document_entities`` of revision ``rev`` and of the working tree."""
    from goldspan.extract import entities as new

    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, tmp)
        old = importlib.import_module(_old_package(rev, Path(tmp)) + ".entities")
        sides = (("old", old, old.gazetteers()), ("new", new, new.gazetteers()))
        for doc in zoned:
            if old.document_entities(doc, sides[0][2]) != new.document_entities(doc, sides[1][2]):
                print(f"different entities in {doc.id}")
                return 1
        times: dict[str, list[float]] = {"old": [], "new": []}
        for _ in range(pairs):
            for name, mod, gaz in sides:
                c0 = time.process_time()
                for _ in range(rounds):
                    for doc in zoned:
                        mod.document_entities(doc, gaz)
                times[name].append(time.process_time() - c0)
    kb = rounds * size_one / 1000
    change = statistics.median(n / o for n, o in zip(times["new"], times["old"], strict=True))
    print(f"old_kb_per_s {kb / min(times['old']):.0f} new_kb_per_s {kb / min(times['new']):.0f}")
    print(f"cpu_change_median {100 * (change - 1):+.1f}%")
    return 0


_GAP_WORD = re.compile(r"(\W*)(TP\.(?=\s)|\w+(?:['’&-]\w+)*)")


class _GapField(dict):
    """Gap -> one field of its class (``_gap_class``), filled on first use."""

    def __init__(self, field: int) -> None:
        super().__init__()
        self.field = field

    def __missing__(self, gap: str) -> bool:
        value = entities_tokens._gap_class(gap)[self.field]
        self[gap] = value
        return value


_JOINED, _INITIAL, _DASH = _GapField(0), _GapField(1), _GapField(2)


def column_tokens(text: str, start: int, end: int) -> list:
    """``token_tuples`` built column by column in C (no bytecode per token)."""
    pairs = _GAP_WORD.findall(text, start, end)
    if not pairs:
        return []
    gaps, words = zip(*pairs, strict=True)
    offsets = list(accumulate(map(len, chain.from_iterable(pairs)), initial=start))
    toks = list(zip(offsets[1::2], offsets[2::2], words,
                    map(str.isupper, map(itemgetter(0), words)),
                    map(_JOINED.__getitem__, gaps), map(_INITIAL.__getitem__, gaps),
                    map(_DASH.__getitem__, gaps), strict=True))
    first = toks[0]
    toks[0] = first[:4] + entities_tokens._first_class(gaps[0])
    return toks


def _tokenizers(zoned: list, repeat: int) -> int:
    """Time ``token_tuples`` and :func:`column_tokens` on the corpus paragraphs."""
    from goldspan.extract.entities import _paragraphs, _scheme, content_ranges

    paras = [(d.text, ps, pe) for d in zoned for a, b in content_ranges(d, _scheme())
             for ps, pe in _paragraphs(d.text, a, b)]
    for text, ps, pe in paras:
        if column_tokens(text, ps, pe) != entities_tokens.token_tuples(text, ps, pe):
            print(f"different tokens in {text[ps:pe][:60]!r}")
            return 1
    best = {"loop": float("inf"), "columns": float("inf")}
    for _ in range(repeat):
        for name, fn in (("loop", entities_tokens.token_tuples), ("columns", column_tokens)):
            c0 = time.process_time()
            for text, ps, pe in paras:
                fn(text, ps, pe)
            best[name] = min(best[name], time.process_time() - c0)
    print(f"paragraphs {len(paras)} loop_ms {1000 * best['loop']:.1f} "
          f"columns_ms {1000 * best['columns']:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
