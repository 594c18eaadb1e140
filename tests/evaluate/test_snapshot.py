"""Evaluation of the dev corpus gives exactly the stored snapshot (see ``snapshot.py``).

Guards the speed work in ``goldspan/evaluate``: the JSON output, per-document scores,
errors and confusion counts on the default extractors' output (and on a perturbed copy
of the gold with nested, shifted, relabelled and spurious spans) must not change.
"""

from __future__ import annotations

import json

import pytest

from tests.evaluate.snapshot import (
    EXPECTED,
    OPTIONS,
    PERTURBED,
    PRED,
    load_gold,
    load_pred,
    results,
)

CASES = {"default_extractors": PRED, "perturbed": PERTURBED}


@pytest.fixture(scope="module")
def expected() -> dict:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", sorted(CASES))
def test_snapshot_dev_corpus_evaluation_unchanged(case: str, expected: dict) -> None:
    gold = load_gold()
    got = json.loads(json.dumps(results(gold, load_pred(gold, CASES[case])),
                                ensure_ascii=False, sort_keys=True))
    want = expected[case]
    assert sorted(got) == sorted(want) == sorted([*OPTIONS, "missing_and_mismatch"])
    for name in want:
        for part in want[name]:
            assert got[name][part] == want[name][part], (case, name, part)


def test_snapshot_dev_corpus_has_errors_to_guard(expected: dict) -> None:
    perturbed = expected["perturbed"]
    assert len(perturbed["errors"]["errors"]) > 100
    kinds = {e["kind"] for e in perturbed["errors"]["errors"]}
    assert kinds >= {"missed", "spurious", "wrong_label", "wrong_boundary", "wrong_value"}
