"""A small figure scorer: strict span F1 and value accuracy of ``figures`` against gold.

Contract: :func:`score_figures(gold_docs, zones="gold")` runs the ``figures`` extractor on a
copy of each gold document that keeps only its zone spans (``zones="gold"``) or on the text
alone after the default zone extractor (``zones="pipeline"``) and compares figure spans:
a strict match has the same label, start and end; value accuracy is the share of strict
matches whose ``value`` equals gold's (numbers compared with a relative tolerance of 1e-9),
and ``attr_accuracy`` also requires equal ``unit``, ``approx`` and ``mod``.
:func:`diff_figures` lists the misses and false alarms of one document, for development.

Run ``python -m goldspan.extract.figures_score FILE_OR_DIR...`` to print the scores (used
until the project's evaluator covers figures).
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from goldspan.extract.registry import get, run_pipeline
from goldspan.io.gold import read_document
from goldspan.model.document import Document, Span
from goldspan.model.errors import GoldspanError


@dataclass
class FigureScore:
    """Counts over documents; the ratios are properties."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_ok: int = 0
    attrs_ok: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of predicted spans that match gold."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold spans that were predicted."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        """Share of matched spans whose value equals gold's."""
        return self.value_ok / self.tp if self.tp else 1.0

    @property
    def attr_accuracy(self) -> float:
        """Share of matched spans with value, unit, approx and mod all equal."""
        return self.attrs_ok / self.tp if self.tp else 1.0


def _same_value(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9)
    return a == b


def predict(gold: Document, zones: str = "gold") -> list[Span]:
    """Figure spans the extractor proposes for ``gold``'s text (see the module docstring)."""
    doc = gold.model_copy(deep=True)
    doc.spans = [s for s in doc.spans if s.layer == "zone"] if zones == "gold" else []
    doc.speakers = []
    names = ["figures"] if zones == "gold" else None
    if names is None:
        get("figures")
    run_pipeline(doc, names)
    return [s for s in doc.spans if s.layer == "figure"]


def diff_figures(gold: Document, pred: list[Span]) -> tuple[list[Span], list[Span], list[tuple]]:
    """``(missed gold spans, false predicted spans, (gold, pred) pairs with other attrs)``."""
    want = {(s.label, s.start, s.end): s for s in gold.spans if s.layer == "figure"}
    got = {(s.label, s.start, s.end): s for s in pred}
    missed = [want[k] for k in sorted(want, key=lambda k: k[1]) if k not in got]
    false = [got[k] for k in sorted(got, key=lambda k: k[1]) if k not in want]
    wrong = [(want[k], got[k]) for k in want if k in got and (want[k].attrs or {}) != (
        got[k].attrs or {})]
    return missed, false, wrong


def score_figures(golds: list[Document], zones: str = "gold") -> FigureScore:
    """Strict F1, value and attribute accuracy over ``golds``."""
    total = FigureScore()
    for gold in golds:
        pred = predict(gold, zones)
        want = {(s.label, s.start, s.end): s for s in gold.spans if s.layer == "figure"}
        got = {(s.label, s.start, s.end): s for s in pred}
        for key, g in want.items():
            p = got.get(key)
            if p is None:
                total.fn += 1
                total.misses.append(f"{gold.id}: missed {g.label} {g.text!r}")
                continue
            total.tp += 1
            if _same_value(g.attr("value"), p.attr("value")):
                total.value_ok += 1
                if all(g.attr(k) == p.attr(k) for k in ("unit", "approx", "mod")):
                    total.attrs_ok += 1
            else:
                total.misses.append(f"{gold.id}: value {g.text!r} {g.attr('value')!r} "
                                    f"!= {p.attr('value')!r}")
        for key, p in got.items():
            if key not in want:
                total.fp += 1
                total.misses.append(f"{gold.id}: false {p.label} {p.text!r}")
    return total


def load_golds(paths: list[str]) -> list[Document]:
    """Gold documents from files and directories (``*.json`` found recursively)."""
    docs = []
    for raw in paths:
        path = Path(raw)
        files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
        docs += [read_document(f) for f in files]
    return docs


def main(argv: list[str] | None = None) -> int:
    """Print the scores for the gold files or directories in ``argv``."""
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    if not args:
        print("usage: python -m goldspan.extract.figures_score [-v] GOLD_FILE_OR_DIR...",
              file=sys.stderr)
        return 2
    try:
        golds = load_golds(args)
    except GoldspanError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for zones in ("gold", "pipeline"):
        s = score_figures(golds, zones)
        print(f"figures zones={zones} docs={len(golds)} tp={s.tp} fp={s.fp} fn={s.fn} "
              f"precision={s.precision:.3f} recall={s.recall:.3f} f1={s.f1:.3f} "
              f"value_accuracy={s.value_accuracy:.3f} attr_accuracy={s.attr_accuracy:.3f}")
        if verbose and zones == "gold":
            print("\n".join(s.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
