"""``goldspan agree A B [--json] [--layers ...] [--report OUT.html] [--max N]``.

A and B are two annotators' gold files or folders; documents are paired by id and only
those both annotated (same text) are compared; the others are reported. Prints per layer
the pairwise agreement (F1 of B against A: strict and overlap for entities and figures,
paragraph accuracy for zones, span and attribution for speech) and Cohen's kappa over
syllables, then every disagreement (``only A``, ``only B``, wrong label, boundary, value,
speaker). Exit 1 when a file could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from goldspan.evaluate import LAYERS, Options, evaluate_documents
from goldspan.evaluate.agreement import kappa_by_layer
from goldspan.evaluate.diff import ErrorItem, SpanInfo
from goldspan.evaluate.pairing import Pair, pair_documents
from goldspan.model.document import Document
from goldspan.verbs.evaluate import load_side

KIND_WORDS = {"missed": "only A", "spurious": "only B"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``agree`` verb."""
    p = sub.add_parser("agree", help="agreement between two annotators (F1, Cohen's kappa)",
                       description="Compare two annotators' gold documents: pairwise F1 per "
                                   "layer, Cohen's kappa over syllables, and the "
                                   "disagreements.")
    p.add_argument("a", metavar="A", help="first annotator: .json/.jsonl file or folder")
    p.add_argument("b", metavar="B", help="second annotator: file or folder")
    p.add_argument("--layers", nargs="+", choices=LAYERS, metavar="LAYER",
                   help=f"layers (default: {', '.join(LAYERS)})")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--report", metavar="OUT.html", help="also write an HTML report (A as gold)")
    p.add_argument("--max", type=int, default=0, metavar="N",
                   help="list at most N disagreements (default: all)")
    p.set_defaults(func=run)


def _side(s: SpanInfo | None) -> str:
    if s is None:
        return "-"
    note = f" {s.note}" if s.note else ""
    return f"{s.label} [{s.start},{s.end}) {s.text[:60]!r}{note}"


def describe(e: ErrorItem) -> str:
    """One line for a disagreement."""
    kind = KIND_WORDS.get(e.kind, e.kind.replace("_", " "))
    return f"{e.document} {e.layer} {kind}: A {_side(e.gold)} | B {_side(e.pred)}"


def run(args: argparse.Namespace) -> int:
    """Load both sides, compare, print."""
    a_docs, problems = load_side(args.a, "A")
    b_docs, more = load_side(args.b, "B")
    problems += more
    layers = tuple(args.layers) if args.layers else LAYERS
    pairs, pair_problems = pair_documents(a_docs, b_docs)
    both = [(p.gold, p.pred) for p in pairs if p.pred is not None and not p.mismatch]
    ev = evaluate_documents([a for a, _ in both], [b for _, b in both],
                            Options(layers=layers, collect_errors=True))
    ev.problems[:0] = problems + _pair_problems(pairs, a_docs, b_docs, pair_problems)
    kappas = {k: v.to_dict() for k, v in kappa_by_layer(both, layers).items()}
    for problem in problems:
        print(f"goldspan: {problem}", file=sys.stderr)
    shown = ev.errors[: args.max] if args.max > 0 else ev.errors
    if args.json:
        print(json.dumps({"documents": len(both), "layers": _summary(ev.to_json(), kappas),
                          "scores": ev.to_json(),
                          "disagreements": [e.to_dict() for e in shown]},
                         ensure_ascii=False, indent=1))
    else:
        print(f"Documents compared: {len(both)}")
        print(f"  {'layer':<8} {'agreement':<28} {'kappa':>7} {'observed':>9} {'syllables':>10}")
        for layer, row in _summary(ev.to_json(), kappas).items():
            f1 = ", ".join(f"{k} {v:.3f}" for k, v in row["f1"].items())
            print(f"  {layer:<8} {f1:<28} {row['kappa']:7.3f} {row['observed']:9.3f} "
                  f"{row['syllables']:10d}")
        print(f"\nDisagreements: {len(ev.errors)}" + (f" (first {len(shown)})"
                                                     if len(shown) < len(ev.errors) else ""))
        for e in shown:
            print("  " + describe(e))
        if ev.problems:
            print("\nProblems:")
            for p in ev.problems:
                print(f"  - {p}")
    if args.report:
        from goldspan.evaluate.report_html import render_report
        from goldspan.io.atomic import atomic_write_bytes

        atomic_write_bytes(args.report, render_report(ev, f"{args.a} (A) vs {args.b} (B)")
                           .encode("utf-8"))
    return 1 if problems else 0


def _pair_problems(pairs: list[Pair], a_docs: list[Document], b_docs: list[Document],
                   found: list[str]) -> list[str]:
    """Documents left out of the comparison, worded for two annotators."""
    out = [p for p in found if "more than once" in p]
    for pair in pairs:
        if pair.pred is None:
            out.append(f"document {pair.gold.id!r} is only in A; left out")
        elif pair.mismatch:
            out.append(f"document {pair.gold.id!r}: the texts in A and B differ; left out")
    a_ids = {d.id for d in a_docs}
    out += [f"document {d.id!r} is only in B; left out" for d in b_docs if d.id not in a_ids]
    return out


def _summary(scores: dict[str, Any], kappas: dict[str, dict[str, Any]]) -> dict[str, Any]:
    out = {}
    for layer, k in kappas.items():
        d = scores[layer]
        if layer == "zone":
            f1 = {"accuracy": d["accuracy"]}
        elif layer == "speech":
            f1 = {"span": d["span"]["f1"], "attribution": d["attribution"]["f1"]}
        else:
            f1 = {"strict": d["strict"]["f1"], "overlap": d["overlap"]["f1"]}
        out[layer] = {"f1": f1, **k}
    return out
