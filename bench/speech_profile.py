"""Speech extractor alone on the ``bench/extract_speed.py`` corpus: CPU figure, profile, A/B.

The articles of :func:`bench.extract_speed.load_texts` get their zones once (the ``zones``
extractor), then the ``speech`` extractor runs over them repeatedly until ``--mb`` MB of
UTF-8 text (default 1) went through it. Prints ``speech_kb_per_s VALUE`` (KB per CPU second
of this process, best of ``--repeat`` rounds).

``--profile``: a cProfile table of one round (sorted by ``--sort``) instead.

``--ab REV``: the speech modules as they were at git revision ``REV`` (``HEAD`` by default
when the flag is given bare) are loaded side by side with the working tree's, as a separate
package; both must give the same spans and speakers on every article and on variants of
them (paragraphs reversed, quotation marks swapped, upper-cased labels), else the
differences are printed and the exit status is 1. Then the two run alternately,
``--repeat`` rounds each, and the best CPU rate of each and the ratio are printed. Timing
both in one process, alternating, keeps the comparison fair on a shared, noisy machine.

Usage: ``python bench/speech_profile.py [--mb 1] [--repeat 5] [--profile] [--ab [REV]]``
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import load_texts  # noqa: E402

from goldspan.extract import registry  # noqa: E402
from goldspan.extract.speech import Speech  # noqa: E402
from goldspan.model.document import Document, new_document  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
MODULES = ("speech", "speech_labels", "speech_quotes", "speech_subjects", "speech_cast",
           "speech_mentions", "speech_paragraphs", "speech_questions", "speech_marks",
           "speech_direct")


def old_speech(rev: str) -> Any:
    """A ``Speech`` instance of the speech modules at git revision ``rev`` (not registered)."""
    tmp = Path(tempfile.mkdtemp(prefix="speech_ab_"))
    pkg = tmp / "speech_ab_old"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    for mod in MODULES:
        shown = subprocess.run(["git", "show", f"{rev}:goldspan/extract/{mod}.py"], cwd=REPO,
                               capture_output=True, text=True)
        if shown.returncode != 0:
            continue  # a module split off after ``rev``
        src = shown.stdout
        for other in MODULES:
            src = src.replace(f"goldspan.extract.{other} ", f"speech_ab_old.{other} ")
        src = src.replace("\nregister(Speech)\n", "\n")
        (pkg / f"{mod}.py").write_text(src, encoding="utf-8")
    sys.path.insert(0, str(tmp))
    return importlib.import_module("speech_ab_old.speech").Speech()


def zoned_docs(texts: list[str]) -> list[Document]:
    """Fresh documents of ``texts`` with their zone spans."""
    docs = [new_document(f"bench-{n}", text) for n, text in enumerate(texts)]
    for doc in docs:
        registry.run_pipeline(doc, ["zones"])
    return docs


def variants(texts: list[str]) -> list[str]:
    """The texts, and each with its paragraphs reversed, its curly quotation marks made
    straight, and its short label-like paragraph openings upper-cased."""
    out = list(texts)
    for text in texts:
        paras = text.split("\n\n")
        out.append("\n\n".join(reversed(paras)))
        out.append(text.replace("“", '"').replace("”", '"'))
        out.append("\n\n".join(p[:p.find(":")].upper() + p[p.find(":"):]
                               if 0 < p.find(":") < 40 else p for p in paras))
    return out


def outcome(ext: Any, doc: Document) -> tuple[list, list]:
    """The spans (with speaker names) and speakers ``ext`` gives for ``doc``."""
    res = ext.extract(doc)
    names = {s.id: s.name for s in res.speakers}
    spans = [(s.label, s.start, s.end, sorted((k, names.get(v, v) if k == "speaker" else v)
                                              for k, v in (s.attrs or {}).items()))
             for s in res.spans]
    return spans, [(s.name, s.role) for s in res.speakers]


def rate(ext: Any, docs: list[Document], rounds: int) -> float:
    """KB per CPU second of ``ext`` over ``rounds`` passes of ``docs``."""
    size = sum(len(d.text.encode("utf-8")) for d in docs) * rounds
    c0 = time.process_time()
    for _ in range(rounds):
        for doc in docs:
            ext.extract(doc)
    return size / 1000 / (time.process_time() - c0)


def main() -> int:
    """Zone the corpus once, then time, profile or A/B-compare the speech extractor."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="text per round in MB")
    parser.add_argument("--repeat", type=int, default=5, help="rounds; the best is printed")
    parser.add_argument("--profile", action="store_true", help="print a cProfile table")
    parser.add_argument("--sort", default="tottime", help="cProfile sort key")
    parser.add_argument("--ab", nargs="?", const="HEAD", default=None, metavar="REV",
                        help="compare with the speech modules at git revision REV")
    args = parser.parse_args()
    texts = load_texts()
    if not texts:
        print("no articles found")
        return 1
    docs = zoned_docs(texts)
    size_one = sum(len(d.text.encode("utf-8")) for d in docs)
    rounds = max(1, int(args.mb * 1_000_000 / size_one))
    new = Speech()
    for doc in docs:  # warm up: lexicons loaded, patterns compiled
        new.extract(doc)
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(rounds):
            for doc in docs:
                new.extract(doc)
        prof.disable()
        pstats.Stats(prof).sort_stats(args.sort).print_stats(40)
        return 0
    if args.ab is None:
        best = max(rate(new, docs, rounds) for _ in range(args.repeat))
        print(f"articles {len(docs)} bytes_per_round {rounds * size_one}")
        print(f"speech_kb_per_s {best:.0f}")
        return 0
    old = old_speech(args.ab)
    checked = zoned_docs(variants(texts))
    diffs = [doc.id for doc in checked if outcome(old, doc) != outcome(new, doc)]
    print(f"equivalence: {len(checked)} documents, {len(diffs)} differ {diffs[:10]}")
    best_old = best_new = 0.0
    for _ in range(args.repeat):
        best_old = max(best_old, rate(old, docs, rounds))
        best_new = max(best_new, rate(new, docs, rounds))
    print(f"speech_kb_per_s old({args.ab}) {best_old:.0f} new {best_new:.0f} "
          f"cpu_ratio {best_old / best_new:.3f}")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
