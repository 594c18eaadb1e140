"""Score the ``zones`` and ``speech`` extractors against gold files (issue 6 definitions).

Usage: ``python bench/score_zones_speech.py GOLD...`` (files or folders of ``*.json``).
Each gold document's text is re-extracted from scratch (zones, then speech on the predicted
zones) and compared with its gold. Prints per-document lines, then the lines
``zone_accuracy VALUE``, ``speech_span_f1 VALUE`` and ``speech_attribution_f1 VALUE``.
Also importable: :func:`zone_accuracy` and :func:`speech_scores` work on two Documents.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from goldspan.extract.registry import available, run_pipeline
from goldspan.io.gold import read_document
from goldspan.model.document import Document, new_document


def _paragraph_zone(doc: Document, start: int, end: int) -> str:
    best, best_key = "NONE", None
    for s in doc.spans:
        if s.layer != "zone":
            continue
        overlap = min(end, s.end) - max(start, s.start)
        if overlap <= 0:
            continue
        key = (-overlap, s.start, s.end)
        if best_key is None or key < best_key:
            best, best_key = s.label, key
    return best


def zone_pairs(gold: Document, pred: Document) -> list[tuple[str, str, str]]:
    """``(gold_label, pred_label, line)`` per paragraph (non-blank line) of the gold text."""
    out = []
    pos = 0
    for line in gold.text.split("\n"):
        if line.strip():
            end = pos + len(line)
            out.append((_paragraph_zone(gold, pos, end), _paragraph_zone(pred, pos, end), line))
        pos += len(line) + 1
    return out


def zone_accuracy(gold: Document, pred: Document) -> tuple[int, int]:
    """``(agreeing paragraphs, paragraphs)``."""
    pairs = zone_pairs(gold, pred)
    return sum(g == p for g, p, _ in pairs), len(pairs)


def _speaker_name(doc: Document, sid: str | None) -> str:
    for sp in doc.speakers:
        if sp.id == sid:
            return " ".join(unicodedata.normalize("NFC", sp.name).casefold().split())
    return ""


def speech_scores(gold: Document, pred: Document) -> dict[str, tuple[int, int, int]]:
    """``{"span": (tp, fp, fn), "attribution": (tp, fp, fn)}`` by Jaccard ≥ 0.5 matching."""
    gspans = sorted((s for s in gold.spans if s.layer == "speech"), key=lambda s: (s.start, s.end))
    pspans = sorted((s for s in pred.spans if s.layer == "speech"), key=lambda s: (s.start, s.end))
    used: set[int] = set()
    tp = atp = 0
    for g in gspans:
        best, best_j = None, 0.0
        for k, p in enumerate(pspans):
            if k in used or p.label != g.label:
                continue
            inter = min(g.end, p.end) - max(g.start, p.start)
            if inter <= 0:
                continue
            jac = inter / (max(g.end, p.end) - min(g.start, p.start))
            if jac > best_j:
                best, best_j = k, jac
        if best is not None and best_j >= 0.5:
            used.add(best)
            tp += 1
            p = pspans[best]
            if _speaker_name(gold, g.attr("speaker")) == _speaker_name(pred, p.attr("speaker")):
                atp += 1
    fp, fn = len(pspans) - tp, len(gspans) - tp
    return {"span": (tp, fp, fn), "attribution": (atp, len(pspans) - atp, len(gspans) - atp)}


def f1(tp: int, fp: int, fn: int) -> float:
    """F1 from counts (0 when there is nothing to score)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * rc / (p + rc) if p + rc else (1.0 if tp + fp + fn == 0 else 0.0)


def predict(gold: Document, names: tuple[str, ...] = ("zones", "speech")) -> Document:
    """A fresh document with ``gold``'s text and the extractors' spans."""
    doc = new_document(gold.id, gold.text, dict(gold.meta))
    return run_pipeline(doc, [n for n in names if n in available()])


def score_files(paths: list[Path], verbose: bool = True) -> dict[str, float]:
    """Score every gold file; returns zone accuracy and speech F1s (micro over documents)."""
    agree = total = 0
    sums = {"span": [0, 0, 0], "attribution": [0, 0, 0]}
    for path in paths:
        gold = read_document(path)
        pred = predict(gold)
        a, t = zone_accuracy(gold, pred)
        agree, total = agree + a, total + t
        sc = speech_scores(gold, pred)
        for key, counts in sc.items():
            sums[key] = [x + y for x, y in zip(sums[key], counts, strict=True)]
        if verbose:
            print(f"{path.name}: zones {a}/{t}  speech span {sc['span']} "
                  f"attribution {sc['attribution']}")
    return {"zone_accuracy": agree / total if total else 0.0,
            "speech_span_f1": f1(*sums["span"]),
            "speech_attribution_f1": f1(*sums["attribution"])}


def main(argv: list[str]) -> int:
    """Command-line entry: print per-document counts and the three figures."""
    paths: list[Path] = []
    for arg in argv or ["tests/corpus/dev"]:
        p = Path(arg)
        paths.extend(sorted(p.rglob("*.json")) if p.is_dir() else [p])
    scores = score_files(paths)
    for key, value in scores.items():
        print(f"{key} {value:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
