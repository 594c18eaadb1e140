"""``goldspan export CORPUS... --format NAME --out PATH [--layers L...] [--only-done]``.

CORPUS is a corpus folder of gold JSON documents, or gold ``.json``/``.jsonl`` files. Every
document is read and checked first; if any is bad, every problem is listed and nothing is
written; a folder given for a one-file format, or a write the system refuses, is an error
naming ``--out``. Spans a format cannot hold (nested spans in CoNLL, say) are reported one
line each on stderr as warnings; the export still completes. Exit 0, or 1 on bad input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from goldspan.io.corpus import Corpus
from goldspan.io.formats.common import load_each
from goldspan.io.gold import read_document
from goldspan.io.registry import exporters, get_exporter, load_documents
from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError, Problem
from goldspan.model.scheme import default_scheme


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``export`` verb."""
    names = ", ".join(sorted(exporters()))
    p = sub.add_parser("export", help="write a corpus in another tool's format",
                       description=f"Export gold documents. Formats: {names}.")
    p.add_argument("corpus", nargs="+", metavar="CORPUS",
                   help="corpus folder, or gold .json / .jsonl files")
    p.add_argument("--format", required=True, metavar="NAME", help=f"one of: {names}")
    p.add_argument("--out", required=True, metavar="PATH", help="output file or folder")
    p.add_argument("--layers", nargs="+", metavar="LAYER",
                   help="layers to export (default: all; conll: entity)")
    p.add_argument("--only-done", action="store_true", help="only documents with status done")
    p.add_argument("--as-predictions", action="store_true",
                   help="labelstudio: write spans as predictions instead of annotations")
    p.set_defaults(func=run)


def read_corpus_documents(paths: list[str]) -> list[Document]:
    """Documents of corpus folders and gold/JSONL files; GoldspanError lists every problem."""
    docs: list[Document] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            try:
                docs += load_each(Corpus(path).files(), read_document)
            except GoldspanError as exc:
                problems += exc.problems
        else:
            try:
                docs += load_documents([path])
            except GoldspanError as exc:
                problems += exc.problems
    if problems:
        raise GoldspanError(problems)
    return docs


def check_layers(layers: list[str]) -> None:
    """GoldspanError naming the scheme's layers when one of ``layers`` is not among them."""
    known = default_scheme().layer_names()
    bad = [layer for layer in layers if layer not in known]
    if bad:
        raise GoldspanError(f"unknown layer(s) {', '.join(bad)}; the layers are "
                            f"{', '.join(known)}")


def run(args: argparse.Namespace) -> int:
    """Read, filter and export; warnings on stderr."""
    exporter = get_exporter(args.format)
    check_layers(args.layers or [])
    docs = read_corpus_documents(args.corpus)
    if args.only_done:
        docs = [d for d in docs if d.status == "done"]
    if not docs:
        raise GoldspanError("no documents to export" + (" (none is done)" if args.only_done
                                                        else ""))
    warnings: list[str] = []

    def warn(message: str) -> None:
        warnings.append(message)
        print(f"goldspan: warning: {message}", file=sys.stderr)

    options: dict[str, object] = {"layers": args.layers, "warn": warn}
    if args.as_predictions:
        options["as_predictions"] = True
    if exporter.options.get("out") == "file" and Path(args.out).is_dir():
        raise GoldspanError(Problem(f"is a folder; the {args.format} export writes one file",
                                    str(args.out)))
    try:
        exporter.write(docs, args.out, **options)
    except OSError as exc:
        raise GoldspanError(Problem(f"cannot write the {args.format} export: "
                                    f"{exc.strerror or exc}", str(args.out))) from None
    note = f" ({len(warnings)} warning(s))" if warnings else ""
    print(f"exported {len(docs)} document(s) to {args.out} as {args.format}{note}")
    return 0
