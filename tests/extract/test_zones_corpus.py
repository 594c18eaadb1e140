"""Zones and speech measured on the project's gold corpus (tests/corpus/dev), when present.

Only ``dev/`` is read: ``heldout/`` stays out of the development loop. The articles are also
re-laid out with single and with double newlines between paragraphs, which must not change
the zones.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from goldspan.extract.registry import run_pipeline
from goldspan.io.gold import read_document
from goldspan.model.document import new_document

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev"


def _dev_files() -> list[Path]:
    files = sorted(DEV.glob("*.json")) if DEV.is_dir() else []
    if not files:
        pytest.skip("tests/corpus/dev is not present")
    return files


def _scorer():
    path = Path(__file__).resolve().parents[2] / "bench" / "score_zones_speech.py"
    spec = importlib.util.spec_from_file_location("score_zones_speech", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_zones_corpus_dev_meets_targets():
    scores = _scorer().score_files(_dev_files(), verbose=False)
    assert scores["zone_accuracy"] >= 0.95
    assert scores["speech_attribution_f1"] >= 0.90


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_zones_corpus_layout_spacing_does_not_matter(sep):
    scorer = _scorer()
    agree = total = 0
    for path in _dev_files():
        gold = read_document(path)
        pairs = scorer.zone_pairs(gold, gold)
        doc = new_document("x", sep.join(line for _, _, line in pairs))
        run_pipeline(doc, ["zones"])
        labels = [s.label for s in doc.spans if s.layer == "zone"]
        agree += sum(g == p for (g, _, _), p in zip(pairs, labels, strict=True))
        total += len(pairs)
    assert agree / total >= 0.95
