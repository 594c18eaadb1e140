"""``goldspan extract INPUT... --out DIR [--extractor NAME...]``: pre-annotate documents.

INPUT is a ``.txt``, ``.html`` or gold ``.json`` file, or a folder of them. Each becomes
``DIR/<id>.json`` in FORMAT v1 with ``status: todo`` and every new span's ``source`` set.
A bad input is reported and the others are still processed; exit 1 if any failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from goldspan.extract.registry import available, run_pipeline
from goldspan.io.corpus import Corpus
from goldspan.io.gold import write_document
from goldspan.io.registry import importer_for
from goldspan.model.errors import GoldspanError
from goldspan.verbs.paths import expand_paths
from goldspan.verbs.progress import progress


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``extract`` verb."""
    p = sub.add_parser("extract", help="run extractors on articles, write FORMAT v1 JSON",
                       description="Pre-annotate .txt/.html/.json articles with the built-in "
                                   "or named extractors.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder")
    p.add_argument("--extractor", action="append", metavar="NAME",
                   help="extractor to run (repeatable); default: the built-in pipeline")
    p.add_argument("--format", metavar="NAME", help="importer to use instead of by suffix")
    p.add_argument("--list", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Import, extract and write each input; report failures and go on."""
    if args.extractor:
        for name in args.extractor:  # fail early on an unknown name
            if name.partition("@")[0] not in available():
                raise GoldspanError(f"unknown extractor {name!r}; available: "
                                    f"{', '.join(sorted(available()))}")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise GoldspanError(f"{out}: --out must be a folder")
    files = expand_paths(args.inputs, (".txt", ".html", ".htm", ".json"))
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    written = 0
    for path in progress(files, len(files), "extract"):
        try:
            docs = importer_for(path, args.format).load(path)
            for doc in docs:
                doc.status = "todo"
                run_pipeline(doc, args.extractor)
                write_document(doc, Corpus(out).path_for(doc.id))
                written += 1
        except GoldspanError as exc:
            failed += 1
            for problem in exc.in_file(str(path)).problems:
                print(f"goldspan: {problem}", file=sys.stderr)
    print(f"wrote {written} document(s) to {out}" + (f"; {failed} input(s) failed" if failed else ""))
    return 1 if failed else 0
