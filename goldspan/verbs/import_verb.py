"""``goldspan import PATH... [--format NAME] --into CORPUS [--map OLD=NEW...] [--layer L]``.

Each PATH is read by the named importer (or the one its suffix picks); a folder is passed
whole to folder formats (brat, labelstudio: importers with a ``folder`` glob, which also
recognises such a folder when no format is named) and expanded to its files otherwise. Labels
are renamed by ``--map`` (an empty NEW drops the label); offsets are re-derived and
validated. All inputs are read before anything is written: on any problem every one is
listed and the corpus is left untouched. A document whose id is already in the corpus is
refused unless ``--overwrite``. Exit 0, or 1 on bad input.
"""

from __future__ import annotations

import argparse
import inspect
from collections import Counter
from pathlib import Path
from typing import Any

from goldspan.io.corpus import Corpus
from goldspan.io.formats.common import parse_label_map
from goldspan.io.registry import Importer, folder_format, importer_for, importers
from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError, Problem
from goldspan.verbs.export import check_layers
from goldspan.verbs.paths import expand_paths


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``import`` verb."""
    names = ", ".join(sorted(importers()))
    p = sub.add_parser("import", help="bring documents from other tools into a corpus",
                       description=f"Import documents into a corpus folder. Formats: {names}.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", metavar="NAME", help=f"one of: {names} (default: by suffix)")
    p.add_argument("--into", required=True, metavar="CORPUS", help="corpus folder")
    p.add_argument("--map", action="append", default=[], metavar="OLD=NEW",
                   help="rename label OLD to NEW (repeatable; empty NEW drops it)")
    p.add_argument("--layer", metavar="LAYER",
                   help="layer of labels a flat format does not place (default: entity)")
    p.add_argument("--tag-column", type=int, metavar="N",
                   help="conll: 1-based column of the tags (default: the last)")
    p.add_argument("--overwrite", action="store_true", help="replace documents with the same id")
    p.set_defaults(func=run)


def call_importer(importer: Importer, path: Path, **options: Any) -> list[Document]:
    """``importer.load(path, ...)`` with only the options its signature accepts."""
    params = inspect.signature(importer.load).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        accepted = options
    else:
        accepted = {k: v for k, v in options.items() if k in params}
    return importer.load(path, **accepted)


def _inputs(paths: list[str], fmt: str | None) -> list[tuple[Path, str | None]]:
    """``(path, format)`` pairs: a folder in a folder format is one input (so a brat
    folder's ``.txt`` and side files are not read as articles), other folders give their
    files with an importer's suffix."""
    table = importers()
    out: list[tuple[Path, str | None]] = []
    for raw in paths:
        path = Path(raw)
        named = table.get(fmt) if fmt else None
        if named is not None and named.folder:
            use: str | None = fmt  # a folder format was named: the folder is one input
        else:
            use = folder_format(path) if fmt is None else None
        if path.is_dir() and use is None:
            suffixes = named.suffixes if named is not None else tuple(
                s for imp in table.values() for s in imp.suffixes)
            out += [(p, fmt) for p in expand_paths([raw], suffixes or (".json",))]
        else:
            out.append((path, use or fmt))
    return out


def run(args: argparse.Namespace) -> int:
    """Read every input, then add the documents to the corpus."""
    label_map = parse_label_map(args.map)
    if args.layer:
        check_layers([args.layer])
    docs: list[Document] = []
    problems: list[Problem] = []
    for path, fmt in _inputs(args.paths, args.format):
        try:
            importer = importer_for(path, fmt)
            docs += call_importer(importer, path, label_map=label_map, layer=args.layer,
                                  tag_column=args.tag_column)
        except GoldspanError as exc:
            problems += exc.problems
    counts = Counter(d.id for d in docs)  # one pass: list.count per id was quadratic
    for dup in sorted(i for i, n in counts.items() if n > 1):
        problems.append(Problem(f"document id {dup!r} comes from more than one input"))
    if problems:
        raise GoldspanError(problems)
    corpus = Corpus.create(args.into)
    refused = [d.id for d in docs if d.id in corpus and not args.overwrite]
    if refused:
        raise GoldspanError([Problem(f"a document with id {i!r} is already in the corpus; "
                                     "use --overwrite to replace it", str(corpus.path_for(i)))
                             for i in refused])
    for doc in docs:
        try:
            corpus.add(doc, overwrite=args.overwrite)
        except OSError as exc:
            raise GoldspanError(Problem(f"cannot be written: {exc.strerror or exc}",
                                        str(corpus.path_for(doc.id)), doc.id)) from None
    print(f"imported {len(docs)} document(s) into {corpus.root}")
    return 0
