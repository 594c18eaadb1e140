"""Rebuild the test gold corpus from its gsmark sources, check it, or show a document's spans.

    python bench/build_corpus.py            # write tests/corpus/{dev,heldout}/<id>.json
    python bench/build_corpus.py --check    # exit 1 when a .json is stale, missing or orphan
    python bench/build_corpus.py --show ID  # print every span of one document, for review

Each ``tests/corpus/src/*.gsmark`` names its split in the header (``split: dev`` or
``split: heldout``). Output bytes are those of :func:`goldspan.io.gold.dumps_document`, so a
rebuild of unchanged sources changes nothing. Prints ``corpus_docs``, ``corpus_spans`` and
``corpus_words`` figures.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from goldspan.io.atomic import atomic_write_bytes
from goldspan.io.gold import dumps_document
from goldspan.io.gsmark import load_gsmark
from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError

ROOT = Path(__file__).resolve().parent.parent / "tests" / "corpus"
SPLITS = ("dev", "heldout")


def build(root: Path = ROOT) -> dict[Path, tuple[Document, bytes]]:
    """Every target file with its document and bytes; GoldspanError lists all bad sources."""
    targets: dict[Path, tuple[Document, bytes]] = {}
    problems = []
    for src in sorted((root / "src").glob("*.gsmark")):
        try:
            doc = load_gsmark(src)[0]
        except GoldspanError as exc:
            problems.extend(exc.problems)
            continue
        split = doc.meta.get("split")
        if split not in SPLITS:
            raise GoldspanError(f"{src}: header needs 'split: dev' or 'split: heldout'")
        targets[root / split / f"{doc.id}.json"] = (doc, dumps_document(doc))
    if problems:
        raise GoldspanError(problems)
    return targets


def stale(root: Path = ROOT) -> list[str]:
    """Why the generated files differ from the sources (empty when up to date)."""
    targets = build(root)
    out = [f"{p}: missing or out of date" for p, (_d, data) in targets.items()
           if not p.exists() or p.read_bytes() != data]
    for split in SPLITS:
        out += [f"{p}: no source in src/" for p in sorted((root / split).glob("*.json"))
                if p not in targets]
    return out


def show(doc: Document) -> None:
    """Print each span: id, label, offsets, text and attributes (speech texts shortened)."""
    names = {s.id: s.name for s in doc.speakers}
    for s in doc.spans:
        t = s.text.replace("\n", "⏎")
        if s.layer in ("zone", "speech") and len(t) > 70:
            t = t[:35] + " … " + t[-30:]
        attrs = dict(s.attrs or {})
        if "speaker" in attrs:
            attrs["speaker"] = f"{attrs['speaker']}={names.get(attrs['speaker'])}"
        print(f"{s.id:5} {s.label:11} {s.start:5}-{s.end:<5} {t!r} {attrs or ''}")


def main(argv: list[str] | None = None) -> int:
    """The command line above; returns the exit code."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--show", metavar="ID")
    ap.add_argument("--root", type=Path, default=ROOT)
    args = ap.parse_args(argv)
    try:
        targets = build(args.root)
        if args.show:
            found = [d for d, _b in targets.values() if d.id == args.show]
            if not found:
                print(f"no document {args.show!r}", file=sys.stderr)
                return 1
            show(found[0])
            return 0
        if args.check:
            problems = stale(args.root)
            for line in problems:
                print(line, file=sys.stderr)
            return 1 if problems else 0
        for path, (_doc, data) in targets.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists() or path.read_bytes() != data:
                atomic_write_bytes(path, data)
    except GoldspanError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    docs = [d for d, _b in targets.values()]
    print(f"corpus_docs {len(docs)}")
    print(f"corpus_spans {sum(len(d.spans) for d in docs)}")
    print(f"corpus_words {sum(len(d.text.split()) for d in docs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
