"""The ``goldspan`` command: ``goldspan VERB ...`` (also ``python -m goldspan``).

Each verb is a module in ``goldspan/verbs/`` with ``add_parser(subparsers)`` that registers
its sub-parser and sets ``func(args) -> int``. Bad input is reported as one line per
problem on stderr with exit code 1, never a traceback. The ``open`` verb imports Qt lazily.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from goldspan import __version__
from goldspan.model.errors import GoldspanError

# One module per verb, in the order ``goldspan --help`` lists them.
VERB_MODULES: list[str] = [
    "goldspan.verbs.open_verb",
    "goldspan.verbs.validate",
    "goldspan.verbs.extract",
    "goldspan.verbs.schema",
    "goldspan.verbs.export",
    "goldspan.verbs.import_verb",
    "goldspan.verbs.evaluate",
    "goldspan.verbs.agree",
]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every verb registered."""
    parser = argparse.ArgumentParser(
        prog="goldspan",
        description="Gold-standard annotation of Vietnamese news, and scoring of extractors.")
    parser.add_argument("--version", action="version", version=f"goldspan {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    for name in VERB_MODULES:
        importlib.import_module(name).add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except GoldspanError as exc:
        for problem in exc.problems:
            print(f"goldspan: {problem}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("goldspan: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
