"""Plain-text tables of an :class:`~goldspan.evaluate.evaluator.Evaluation` for the terminal.

One table per evaluated layer: zones (accuracy, then P/R/F1 per label), entities and
figures (strict and overlap P/R/F1 per label, micro and macro rows, nervaluate's schemes,
value accuracy), speech (span and attribution, per label and in total), then problems.
"""

from __future__ import annotations

from typing import Any

from goldspan.evaluate.evaluator import Evaluation
from goldspan.evaluate.prf import PRF

TITLES = {"zone": "Zones", "entity": "Entities", "figure": "Figures", "speech": "Speech"}


def _prf_cells(p: dict[str, Any]) -> str:
    return (f"{p['precision']:6.3f} {p['recall']:6.3f} {p['f1']:6.3f} "
            f"{p['tp']:6d} {p['fp']:6d} {p['fn']:6d}")


PRF_HEAD = f"{'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}"


def render(ev: Evaluation) -> str:
    """All tables as one string (ends with a newline)."""
    data = ev.to_json()
    statuses = [d.status for d in ev.per_document]
    missing, mismatch = statuses.count("missing"), statuses.count("mismatch")
    lines = [f"Documents: {data['documents']} scored"
             + (f", {missing} without prediction" if missing else "")
             + (f", {mismatch} left out (text differs)" if mismatch else "")]
    if "zone" in data:
        lines += _zone(data["zone"])
    for layer in ("entity", "figure"):
        if layer in data:
            lines += _spans(TITLES[layer], data[layer])
    if "speech" in data:
        lines += _speech(ev)
    if data["problems"]:
        lines += ["", "Problems:"] + [f"  - {p}" for p in data["problems"]]
    return "\n".join(lines) + "\n"


def _zone(z: dict[str, Any]) -> list[str]:
    out = ["", f"Zones: accuracy {z['accuracy']:.3f} over {z['paragraphs']} paragraphs",
           f"  {'label':<12} {PRF_HEAD}"]
    for label, p in z["by_label"].items():
        out.append(f"  {label:<12} {_prf_cells(p)}")
    return out


def _spans(title: str, d: dict[str, Any]) -> list[str]:
    out = ["", f"{title}:", f"  {'label':<12} {'strict':<41} | overlap",
           f"  {'':<12} {PRF_HEAD} | {PRF_HEAD}"]
    for label, p in d["by_label"].items():
        out.append(f"  {label:<12} {_prf_cells(p['strict'])} | {_prf_cells(p['overlap'])}")
    out.append(f"  {'micro':<12} {_prf_cells(d['strict'])} | {_prf_cells(d['overlap'])}")
    out.append(f"  {'macro':<12} {_prf_cells(d['macro']['strict'])} | "
               f"{_prf_cells(d['macro']['overlap'])}")
    n = d["nervaluate"]
    out.append(f"  nervaluate   {'correct':>8} {'incorr.':>8} {'partial':>8} {'missed':>8} "
               f"{'spur.':>8} {'P':>6} {'R':>6} {'F1':>6}")
    for scheme in ("strict", "exact", "partial", "ent_type"):
        c = n[scheme]
        out.append(f"  {scheme:<12} {c['correct']:8d} {c['incorrect']:8d} {c['partial']:8d} "
                   f"{c['missed']:8d} {c['spurious']:8d} {c['precision']:6.3f} "
                   f"{c['recall']:6.3f} {c['f1']:6.3f}")
    if "value_accuracy" in d:
        out.append(f"  value accuracy {d['value_accuracy']:.3f} "
                   f"({d['values_compared']} values compared)")
    return out


def _speech(ev: Evaluation) -> list[str]:
    out = ["", "Speech:", f"  {'label':<12} {'span':<41} | attribution",
           f"  {'':<12} {PRF_HEAD} | {PRF_HEAD}"]
    for label in sorted(ev.speech.span):
        out.append(f"  {label:<12} {_prf_cells(ev.speech.span[label].to_dict())} | "
                   f"{_prf_cells(ev.speech.attribution.get(label, PRF()).to_dict())}")
    d = ev.speech.to_json()
    out.append(f"  {'micro':<12} {_prf_cells(d['span'])} | {_prf_cells(d['attribution'])}")
    return out
