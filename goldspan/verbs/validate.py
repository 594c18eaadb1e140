"""``goldspan validate PATH...``: check gold files; exit 0 when all are valid, else 1."""

from __future__ import annotations

import argparse
import sys

from goldspan.io.gold import read_document
from goldspan.model.errors import GoldspanError
from goldspan.verbs.paths import expand_paths


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``validate`` verb."""
    p = sub.add_parser("validate", help="check gold JSON files against FORMAT v1",
                       description="Check gold JSON files (or folders of them). Exit 0 when "
                                   "all are valid, 1 otherwise, one line per problem.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Validate every file; print one line per problem."""
    files = expand_paths(args.paths, (".json",))
    if not files:
        print("goldspan: no .json files found in " + ", ".join(args.paths), file=sys.stderr)
        return 1
    bad = 0
    for path in files:
        try:
            doc = read_document(path)
        except GoldspanError as exc:
            bad += 1
            for problem in exc.problems:
                print(f"goldspan: {problem}", file=sys.stderr)
            continue
        print(f"{path}: ok ({len(doc.spans)} spans, {len(doc.speakers)} speakers)")
    if len(files) > 1:
        print(f"{len(files) - bad} valid, {bad} invalid")
    return 1 if bad else 0
