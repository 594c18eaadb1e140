"""The ``entities`` extractor against gold: the shared seed and the dev corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from goldspan.extract.entities_score import score_entities
from goldspan.io.gold import read_document
from goldspan.model.document import new_document

DEV = Path(__file__).resolve().parent.parent / "corpus" / "dev"


def test_entities_gold_seed_f1(seed_gold_path):
    score = score_entities([read_document(seed_gold_path)])
    assert score.f1 >= 0.95, score.errors


def test_entities_gold_dev_corpus_f1():
    paths = sorted(DEV.glob("*.json"))
    if not paths:
        pytest.skip("tests/corpus/dev has no gold yet")
    score = score_entities(read_document(p) for p in paths)
    assert score.f1 >= 0.85, score.errors[:20]


def test_entities_score_counts_strict_mismatches():
    gold = new_document("g", "Ông Lê Văn Tám ở Hà Nội.")
    from goldspan.extract.base import make_span

    gold.spans = [make_span("entity", "PER", 4, 14, gold.text),
                  make_span("entity", "ORG", 17, 23, gold.text)]
    score = score_entities([gold])
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)
    assert score.by_label["LOC"] == [0, 1, 0] and score.by_label["ORG"] == [0, 0, 1]
    assert 0.49 < score.f1 < 0.51
