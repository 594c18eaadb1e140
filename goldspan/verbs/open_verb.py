"""``goldspan open [PATH]``: the annotation window (Qt is imported only here, lazily)."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``open`` verb."""
    p = sub.add_parser("open", help="open the annotation window",
                       description="Open a corpus folder, a document .json or a raw .txt/.html "
                                   "in the annotation window. With no PATH: the last corpus, or "
                                   "the bundled demo corpus.")
    p.add_argument("path", nargs="?", metavar="PATH")
    p.add_argument("--screenshot", metavar="OUT.png",
                   help="render the window to a PNG and exit")
    p.add_argument("--select", metavar="SPAN_ID", help="select this span (with --screenshot)")
    p.add_argument("--size", default="1400x900", metavar="WxH", help="window size")
    p.add_argument("--into", metavar="CORPUS",
                   help="corpus folder a raw .txt/.html is imported into (default: ask)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Start the Qt application."""
    from goldspan.ui.app import run_app  # lazy: the rest of the CLI never loads Qt

    return run_app(args.path, screenshot=args.screenshot, select=args.select, size=args.size,
                   into=args.into)
