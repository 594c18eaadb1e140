"""Score the default extractor pipeline on each part of the gold corpus, one row per part.

    python bench/score_extractors.py [--markdown]

Parts: the seed article (``../shared/gold``, when present), ``tests/corpus/dev`` (the
articles the rules were developed on) and the held-out sets, told apart by their ids:
``ho01``–``ho11`` (set 1), ``ho12``–``ho19`` (set 2), ``ho20``–``ho25`` (set 3),
``ho26``–``ho29`` (set 4), ``ho30``–``ho33`` (set 5), ``ho34``–``ho37`` (set 6), ``ho38``–``ho41`` (set 7) and any later ones. Each gold text is extracted from scratch (as
``goldspan evaluate GOLD --extractor default`` does) and scored with :func:`goldspan.evaluate.evaluate_documents`. Prints, per
part, the line ``score PART docs=N zone_acc=… entity_f1=… figure_f1=… value_acc=…
speech_f1=… attribution_f1=…`` (strict micro F1), or a Markdown table with ``--markdown``.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from goldspan.evaluate import LAYERS, Options, evaluate_documents
from goldspan.io.gold import read_document
from goldspan.model.document import Document
from goldspan.verbs.evaluate import predict

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
SEED_GOLD = REPO.parent / "shared" / "gold"
# The first three held-out sets had 11, 8 and 6 articles; every later set has four (ho26-ho29
# is set 4, ho30-ho33 set 5, …).
FIRST_SETS = (("heldout set 1 (ho01-ho11)", 1, 11), ("heldout set 2 (ho12-ho19)", 12, 19),
              ("heldout set 3 (ho20-ho25)", 20, 25))


def heldout_set(n: int) -> tuple[int, str]:
    """``(set number, label)`` of held-out article ``hoN`` (set 0, ``heldout (other)``, for a
    file with no number)."""
    for k, (label, lo, hi) in enumerate(FIRST_SETS, start=1):
        if lo <= n <= hi:
            return k, label
    if n <= FIRST_SETS[-1][2]:
        return 0, "heldout (other)"
    k = (n - FIRST_SETS[-1][2] - 1) // 4
    lo = FIRST_SETS[-1][2] + 1 + 4 * k
    return len(FIRST_SETS) + 1 + k, f"heldout set {len(FIRST_SETS) + 1 + k} (ho{lo}-ho{lo + 3})"


COLUMNS = ("zone_acc", "entity_f1", "figure_f1", "value_acc", "speech_f1", "attribution_f1")


def parts() -> list[tuple[str, list[Document]]]:
    """``(name, gold documents)`` of every part that has documents."""
    out: list[tuple[str, list[Document]]] = []
    if SEED_GOLD.is_dir():
        out.append(("seed article", [read_document(p) for p in sorted(SEED_GOLD.glob("*.json"))]))
    out.append(("dev", [read_document(p) for p in sorted((CORPUS / "dev").glob("*.json"))]))
    held: dict[tuple[int, str], list[Document]] = {}
    for path in sorted((CORPUS / "heldout").glob("*.json")):
        m = re.match(r"ho(\d+)", path.name)
        held.setdefault(heldout_set(int(m.group(1)) if m else 0), []).append(read_document(path))
    out.extend((label, held[(k, label)]) for k, label in sorted(held))
    return [(name, docs) for name, docs in out if docs]


def score(gold: list[Document]) -> dict[str, float]:
    """The six headline figures of the default pipeline on ``gold``."""
    pred, produced = predict(gold, ["default"])
    layers = tuple(layer for layer in LAYERS if layer in produced)
    data = evaluate_documents(gold, pred, Options(layers=layers)).to_json()
    return {"zone_acc": data["zone"]["accuracy"], "entity_f1": data["entity"]["strict"]["f1"],
            "figure_f1": data["figure"]["strict"]["f1"],
            "value_acc": data["figure"]["value_accuracy"],
            "speech_f1": data["speech"]["span"]["f1"],
            "attribution_f1": data["speech"]["attribution"]["f1"]}


def main() -> int:
    """Print one line (or table row) per part."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    if args.markdown:
        print("| gold | documents | " + " | ".join(COLUMNS) + " |")
        print("| --- | --- | " + " | ".join("---" for _ in COLUMNS) + " |")
    for name, gold in parts():
        got = score(gold)
        if args.markdown:
            print(f"| {name} | {len(gold)} | " + " | ".join(f"{got[c]:.3f}" for c in COLUMNS)
                  + " |")
        else:
            print(f"score {name.split(' (')[0].replace(' ', '_')} docs={len(gold)} "
                  + " ".join(f"{c}={got[c]:.3f}" for c in COLUMNS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
