"""``goldspan evaluate GOLD [PRED] [--extractor NAME...] [--json] [--report OUT.html]``.

GOLD and PRED are gold ``.json``/``.jsonl`` files or folders of them; documents are paired
by id. With ``--extractor NAME`` (repeatable; ``default`` = the default pipeline) and no
PRED, the extractors run on a copy of each gold document with its spans and speakers
removed, and those predictions are scored; unless ``--layers`` is given, only the layers
the extractors produce are scored, and with ``--labels`` only the layers holding them. The terminal shows tables per layer and label;
``--json`` prints the issue-6 JSON shape instead; ``--report`` also writes one HTML file.
A file that cannot be read is reported (stderr and ``problems``) and the others are still
scored; the exit code is then 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from goldspan.evaluate import LAYERS, Evaluation, Options, evaluate_documents
from goldspan.evaluate.tables import render
from goldspan.io.gold import read_document
from goldspan.io.registry import importer_for
from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError

SUFFIXES = (".json", ".jsonl")


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``evaluate`` verb."""
    p = sub.add_parser("evaluate", help="score predictions (or an extractor) against gold",
                       description="Score predicted documents against gold documents, or run "
                                   "extractors on the gold texts and score them.")
    p.add_argument("gold", metavar="GOLD", help="gold .json/.jsonl file or folder")
    p.add_argument("pred", nargs="?", metavar="PRED", help="predicted file or folder")
    p.add_argument("--extractor", action="append", metavar="NAME",
                   help="run this extractor on the gold texts (repeatable; 'default' for the "
                        "default pipeline) instead of reading PRED")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--report", metavar="OUT.html", help="also write an HTML report")
    p.add_argument("--layers", nargs="+", choices=LAYERS, metavar="LAYER",
                   help=f"layers to score (default: all of {', '.join(LAYERS)})")
    p.add_argument("--labels", nargs="+", metavar="LABEL", help="only these labels")
    p.set_defaults(func=run)


def load_side(path: str, what: str) -> tuple[list[Document], list[str]]:
    """Documents of a file or folder, and one problem string per file that failed.

    A path that does not exist is an error (GoldspanError) rather than a problem.
    """
    root = Path(path)
    if not root.exists():
        raise GoldspanError(f"{path}: no such {what} file or folder")
    files = [root] if root.is_file() else sorted(
        f for f in root.iterdir()
        if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."))
    docs: list[Document] = []
    problems: list[str] = []
    for file in files:
        try:
            if file.suffix.lower() == ".jsonl":
                docs.extend(importer_for(file, "jsonl").load(file))
            else:
                docs.append(read_document(file))
        except GoldspanError as exc:
            problems.extend(f"{what}: {p}" for p in exc.problems)
    if not files:
        problems.append(f"{what}: no .json or .jsonl files in {path}")
    return docs, problems


def predict(gold: list[Document], names: list[str]) -> tuple[list[Document], set[str]]:
    """Run extractors ``names`` on span-less copies of ``gold``; returns the predictions
    and the layers the extractors produce."""
    from goldspan.extract.registry import default_names, get, run_pipeline

    chosen: list[str] = []
    for name in names:
        for n in (default_names() if name == "default" else [name]):
            get(n)  # fails early, listing the available extractors
            if n not in chosen:
                chosen.append(n)
    layers = {layer for n in chosen for layer in get(n).produces}
    preds = []
    for doc in gold:
        copy = doc.model_copy(deep=True)
        copy.spans = []
        copy.speakers = []
        copy.status = "todo"
        preds.append(run_pipeline(copy, chosen))
    return preds, layers


def layers_with_labels(layers: tuple[str, ...], labels: list[str]) -> tuple[str, ...]:
    """The layers of ``layers`` whose scheme labels include one of ``labels`` (all of
    ``layers`` when none does)."""
    from goldspan.model.scheme import default_scheme

    scheme = default_scheme()
    wanted = set(labels)
    kept = []
    for layer in layers:
        try:
            names = set(scheme.layer(layer).label_names())
        except KeyError:
            continue
        if names & wanted:
            kept.append(layer)
    return tuple(kept) or layers


def run(args: argparse.Namespace) -> int:
    """Load, score, print; write the report when asked."""
    if (args.pred is None) == (not args.extractor):
        raise GoldspanError("give either PRED or --extractor NAME (not both, not neither)")
    gold, problems = load_side(args.gold, "gold")
    layers = tuple(args.layers) if args.layers else LAYERS
    if args.extractor:
        pred, produced = predict(gold, args.extractor)
        if not args.layers:
            layers = tuple(layer for layer in LAYERS if layer in produced)
    else:
        pred, more = load_side(args.pred, "prediction")
        problems += more
    if args.labels and not args.layers:
        layers = layers_with_labels(layers, args.labels)
    opts = Options(layers=layers, labels=frozenset(args.labels) if args.labels else None,
                   collect_errors=bool(args.report))
    ev = evaluate_documents(gold, pred, opts)
    ev.problems[:0] = problems
    for problem in problems:
        print(f"goldspan: {problem}", file=sys.stderr)
    if args.json:
        print(json.dumps(ev.to_json(), ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(render(ev))
    if args.report:
        write_report(ev, args)
    return 1 if problems else 0


def write_report(ev: Evaluation, args: argparse.Namespace) -> None:
    """Write the HTML report atomically and say where."""
    from goldspan.evaluate.report_html import render_report
    from goldspan.io.atomic import atomic_write_bytes

    title = f"{args.gold} vs {args.pred or ', '.join(args.extractor)}"
    atomic_write_bytes(args.report, render_report(ev, title).encode("utf-8"))
    print(f"report written to {args.report}", file=sys.stderr)
