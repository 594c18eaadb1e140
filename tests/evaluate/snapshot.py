"""The evaluation snapshot of ``tests/corpus/dev``: predictions and expected results.

``tests/evaluate/data/dev_default_pred.json`` holds the spans and speakers the default
extractors produced on the dev corpus when the snapshot was taken (so later extractor
changes do not move it); ``dev_default_eval.json`` holds everything ``evaluate_documents``
returned on them under several options (JSON output, per-document scores, errors,
confusion counts). ``test_snapshot.py`` checks that evaluation still gives exactly this.

Regenerate (only when a definition changes on purpose):
``.venv/bin/python -m tests.evaluate.snapshot --write``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from goldspan.evaluate import Options, evaluate_documents
from goldspan.io.gold import read_document
from goldspan.model.document import Document, Span, Speaker, document_to_dict

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "corpus" / "dev"
DATA = Path(__file__).resolve().parent / "data"
PRED = DATA / "dev_default_pred.json"
PERTURBED = DATA / "dev_perturbed_pred.json"
EXPECTED = DATA / "dev_default_eval.json"

OPTIONS: dict[str, Options] = {
    "default": Options(),
    "errors": Options(collect_errors=True),
    "labels_per_loc_money_body": Options(labels=frozenset({"PER", "LOC", "MONEY", "BODY"}),
                                         collect_errors=True),
    "entity_min_overlap_50": Options(layers=("entity",), min_overlap_percentage=50.0),
}


def load_gold() -> list[Document]:
    """The dev corpus gold documents, in file name order."""
    return [read_document(p) for p in sorted(DEV.glob("*.json"))]


def load_pred(gold: list[Document], path: Path = PRED) -> list[Document]:
    """The stored predictions, each on a copy of its gold document's text."""
    stored = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for doc in gold:
        copy = doc.model_copy(deep=True)
        entry = stored[doc.id]
        copy.spans = [Span(text=doc.text[s["start"]:s["end"]], **s) for s in entry["spans"]]
        copy.speakers = [Speaker(**s) for s in entry["speakers"]]
        copy.status = "todo"
        out.append(copy)
    return out


def perturb(gold: list[Document], seed: int = 6) -> dict[str, Any]:
    """Gold spans dropped, shifted, nested, relabelled, re-valued, re-attributed, plus
    spurious ones (stored, so the snapshot does not depend on this code)."""
    rng = random.Random(seed)
    labels = {"zone": ["TITLE", "LEAD", "BODY", "CAPTION"], "entity": ["PER", "ORG", "LOC"],
              "figure": ["QUANTITY", "MONEY", "DATE"], "speech": ["TURN", "QUOTE"]}
    stored: dict[str, Any] = {}
    for doc in gold:
        n = len(doc.text)
        spans: list[dict[str, Any]] = []
        for k, s in enumerate(doc.spans):
            d = {"id": f"p{k}", "layer": s.layer, "label": s.label, "start": s.start,
                 "end": s.end, "attrs": s.attrs}
            r = rng.random()
            if r < 0.12:
                continue
            if r < 0.24:
                d["start"] = max(0, s.start + rng.randint(-3, 3))
                d["end"] = min(n, max(d["start"] + 1, s.end + rng.randint(-3, 3)))
            elif r < 0.32:
                d["label"] = rng.choice(labels.get(s.layer, [s.label]))
            elif r < 0.38 and s.attrs and "value" in s.attrs:
                d["attrs"] = {**s.attrs, "value": rng.choice([1, 2.5, "x", None])}
            elif r < 0.44 and s.layer == "speech" and doc.speakers:
                d["attrs"] = {**(s.attrs or {}), "speaker": rng.choice(doc.speakers).id}
            elif r < 0.5 and s.end - s.start > 4:  # a nested extra span
                spans.append({**d, "id": f"n{k}", "start": s.start + 1, "end": s.end - 1})
            spans.append(d)
        for k in range(rng.randint(0, 6)):
            layer = rng.choice(list(labels))
            start = rng.randrange(0, max(1, n - 40))
            spans.append({"id": f"x{k}", "layer": layer, "label": rng.choice(labels[layer]),
                          "start": start, "end": start + rng.randint(1, 40), "attrs": None})
        for d in spans:
            if d["attrs"] is None:
                del d["attrs"]
        stored[doc.id] = {"spans": spans,
                          "speakers": document_to_dict(doc)["speakers"]}
    return stored


def results(gold: list[Document], pred: list[Document]) -> dict[str, Any]:
    """Everything evaluation returns, as plain data, under each of :data:`OPTIONS`."""
    out: dict[str, Any] = {}
    for name, opts in OPTIONS.items():
        ev = evaluate_documents(gold, pred, opts)
        out[name] = {
            "json": ev.to_json(),
            "per_document": [{"id": d.id, "status": d.status, "paragraphs": d.paragraphs,
                              "zone_agree": d.zone_agree,
                              "layers": {k: v.to_dict() for k, v in d.layers.items()}}
                             for d in ev.per_document],
            "errors": [e.to_dict() for e in ev.errors],
            "confusion": {layer: sorted([g, p, n] for (g, p), n in c.items())
                          for layer, c in sorted(ev.confusion.items())},
        }
    # a missing prediction and a text mismatch go through the same paths
    broken = [p.model_copy(update={"text": p.text + " "}) for p in pred[:2]]
    ev = evaluate_documents(gold, broken + pred[3:], Options(collect_errors=True))
    out["missing_and_mismatch"] = {"json": ev.to_json(),
                                   "errors": [e.to_dict() for e in ev.errors]}
    return out


def _write() -> None:  # pragma: no cover - run by hand
    from goldspan.verbs.evaluate import predict

    gold = load_gold()
    if not PRED.exists():
        preds, _ = predict(gold, ["default"])
        stored = {}
        for p in preds:
            d = document_to_dict(p)
            spans = [{k: v for k, v in s.items() if k != "text"} for s in d["spans"]]
            stored[p.id] = {"spans": spans, "speakers": d.get("speakers", [])}
        PRED.write_text(json.dumps(stored, ensure_ascii=False, indent=0) + "\n",
                        encoding="utf-8")
    if not PERTURBED.exists():
        PERTURBED.write_text(json.dumps(perturb(gold), ensure_ascii=False, indent=0) + "\n",
                             encoding="utf-8")
    data = {"default_extractors": results(gold, load_pred(gold)),
            "perturbed": results(gold, load_pred(gold, PERTURBED))}
    EXPECTED.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True,
                                    separators=(",", ":")) + "\n",
                        encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    if "--write" in sys.argv:
        _write()
