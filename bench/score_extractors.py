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
HELDOUT_SETS = (("heldout set 1 (ho01-ho11)", 1, 11), ("heldout set 2 (ho12-ho19)", 12, 19),
                ("heldout set 3 (ho20-ho25)", 20, 25), ("heldout set 4 (ho26-ho29)", 26, 29),
                ("heldout set 5 (ho30-ho33)", 30, 33), ("heldout set 6 (ho34-ho37)", 34, 37),
                ("heldout set 7 (ho38-ho41)", 38, 41), ("heldout set 8 (ho42-ho45)", 42, 45),
                ("heldout set 9 (ho46-ho49)", 46, 49), ("heldout set 10 (ho50-ho53)", 50, 53),
                ("heldout set 11 (ho54-ho57)", 54, 57), ("heldout set 12 (ho58-ho61)", 58, 61),
                ("heldout set 13 (ho62-ho65)", 62, 65), ("heldout set 14 (ho66-ho69)", 66, 69),
                ("heldout set 15 (ho70-ho73)", 70, 73), ("heldout set 16 (ho74-ho77)", 74, 77),
                ("heldout set 17 (ho78-ho81)", 78, 81), ("heldout set 18 (ho82-ho85)", 82, 85),
                ("heldout set 19 (ho86-ho89)", 86, 89), ("heldout set 20 (ho90-ho93)", 90, 93),
                ("heldout set 21 (ho94-ho97)", 94, 97), ("heldout set 22 (ho98-ho101)", 98, 101),
                ("heldout set 23 (ho102-ho105)", 102, 105), ("heldout set 24 (ho106-ho109)", 106, 109),
                ("heldout set 25 (ho110-ho113)", 110, 113), ("heldout set 26 (ho114-ho117)", 114, 117),
                ("heldout set 27 (ho118-ho121)", 118, 121), ("heldout set 28 (ho122-ho125)", 122, 125),
                ("heldout set 29 (ho126-ho129)", 126, 129),
                ("heldout set 30 (ho130-ho133)", 130, 133), ("heldout set 31 (ho134-ho137)", 134, 137),
                ("heldout set 32 (ho138-ho141)", 138, 141),
                ("heldout set 33 (ho142-ho145)", 142, 145), ("heldout set 34 (ho146-ho149)", 146, 149),
                ("heldout set 35 (ho150-ho153)", 150, 153),
                ("heldout set 36 (ho154-ho157)", 154, 157), ("heldout set 37 (ho158-ho161)", 158, 161),
                ("heldout set 38 (ho162-ho165)", 162, 165),
                ("heldout set 39 (ho166-ho169)", 166, 169), ("heldout set 40 (ho170-ho173)", 170, 173),
                ("heldout set 41 (ho174-ho177)", 174, 177),
                ("heldout set 42 (ho178-ho181)", 178, 181), ("heldout set 43 (ho182-ho185)", 182, 185),
                ("heldout set 44 (ho186-ho189)", 186, 189),
                ("heldout set 45 (ho190-ho193)", 190, 193), ("heldout set 46 (ho194-ho197)", 194, 197),
                ("heldout set 47 (ho198-ho201)", 198, 201),
                ("heldout set 48 (ho202-ho205)", 202, 205), ("heldout set 49 (ho206-ho209)", 206, 209),
                ("heldout set 50 (ho210-ho213)", 210, 213),
                ("heldout set 51 (ho214-ho217)", 214, 217), ("heldout set 52 (ho218-ho221)", 218, 221),
                ("heldout set 53 (ho222-ho225)", 222, 225),
                ("heldout set 54 (ho226-ho229)", 226, 229), ("heldout set 55 (ho230-ho233)", 230, 233),
                ("heldout set 56 (ho234-ho237)", 234, 237),
                ("heldout set 57 (ho238-ho241)", 238, 241), ("heldout set 58 (ho242-ho245)", 242, 245),
                ("heldout set 59 (ho246-ho249)", 246, 249),
                ("heldout set 60 (ho250-ho253)", 250, 253),
                ("heldout set 61 (ho254-ho257)", 254, 257),
                ("heldout set 62 (ho258-ho261)", 258, 261),
                ("heldout set 63 (ho262-ho265)", 262, 265),
                ("heldout set 64 (ho266-ho269)", 266, 269),
                ("heldout set 65 (ho270-ho273)", 270, 273),
                ("heldout set 66 (ho274-ho277)", 274, 277),
                ("heldout set 67 (ho278-ho281)", 278, 281),
                ("heldout set 68 (ho282-ho285)", 282, 285),
                ("heldout set 69 (ho286-ho289)", 286, 289),
                ("heldout set 70 (ho290-ho293)", 290, 293),
                ("heldout set 71 (ho294-ho297)", 294, 297))
COLUMNS = ("zone_acc", "entity_f1", "figure_f1", "value_acc", "speech_f1", "attribution_f1")


def parts() -> list[tuple[str, list[Document]]]:
    """``(name, gold documents)`` of every part that has documents."""
    out: list[tuple[str, list[Document]]] = []
    if SEED_GOLD.is_dir():
        out.append(("seed article", [read_document(p) for p in sorted(SEED_GOLD.glob("*.json"))]))
    out.append(("dev", [read_document(p) for p in sorted((CORPUS / "dev").glob("*.json"))]))
    held: dict[str, list[Document]] = {}
    for path in sorted((CORPUS / "heldout").glob("*.json")):
        m = re.match(r"ho(\d+)", path.name)
        n = int(m.group(1)) if m else 0
        name = next((label for label, lo, hi in HELDOUT_SETS if lo <= n <= hi), "")
        if not name and n > HELDOUT_SETS[-1][2]:  # later sets: four articles each
            k = (n - HELDOUT_SETS[-1][2] - 1) // 4
            lo = HELDOUT_SETS[-1][2] + 1 + 4 * k
            name = f"heldout set {len(HELDOUT_SETS) + 1 + k} (ho{lo}-ho{lo + 3})"
        name = name or "heldout (other)"
        held.setdefault(name, []).append(read_document(path))
    known = [label for label, _lo, _hi in HELDOUT_SETS]
    later = sorted((label for label in held if label not in known),
                   key=lambda label: int(re.sub(r"\D", "", label.split("(")[0]) or 0))
    out.extend((label, held[label]) for label in known + later if label in held)
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
