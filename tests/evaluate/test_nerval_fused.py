"""The one-pass ``nerval.add_all`` gives exactly what the scheme-by-scheme sweeps give."""

from __future__ import annotations

import random

import pytest

from goldspan.evaluate import nerval, nerval_closed


def _items(rng: random.Random, k: int) -> list[tuple[int, int, str, int]]:
    out = []
    for i in range(k):
        start = rng.randrange(0, 30)
        out.append((start, start + rng.choice([1, 1, 2, 3, 5, 8, 15]), rng.choice("ABC"), i))
    return sorted(out)


def _t(c: nerval.NervalCounts) -> tuple[int, ...]:
    return c.correct, c.incorrect, c.partial, c.missed, c.spurious


@pytest.mark.parametrize("seed", range(4))
def test_nerval_add_all_equals_score_all(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2000):
        gold, pred = _items(rng, rng.randrange(0, 7)), _items(rng, rng.randrange(0, 7))
        pct = rng.choice([1.0, 50.0, 100.0])
        overall, by_label = nerval.score_all(gold, pred, pct)
        got = {s: nerval.NervalCounts() for s in nerval.SCHEMES}
        got_by_label: dict[str, dict[str, nerval.NervalCounts]] = {}
        nerval.add_all(gold, pred, got, got_by_label, pct)
        assert {s: _t(c) for s, c in got.items()} == {s: _t(c) for s, c in overall.items()}
        for scheme, per in by_label.items():
            for label, counts in per.items():
                assert _t(got_by_label[label][scheme]) == _t(counts), (gold, pred, scheme)
        for label, row in got_by_label.items():
            for scheme, counts in row.items():
                if label not in by_label[scheme]:
                    assert _t(counts) == (0, 0, 0, 0, 0)


def test_nerval_add_all_accumulates() -> None:
    gold = [(0, 5, "PER", 0), (10, 15, "ORG", 1)]
    pred = [(0, 5, "PER", 0), (11, 15, "LOC", 1)]
    overall = {s: nerval.NervalCounts() for s in nerval.SCHEMES}
    by_label: dict[str, dict[str, nerval.NervalCounts]] = {}
    nerval.add_all(gold, pred, overall, by_label)
    nerval.add_all(gold, pred, overall, by_label)
    assert _t(overall["strict"]) == (2, 2, 0, 0, 0)
    assert _t(overall["partial"]) == (2, 0, 2, 0, 0)
    assert _t(by_label["ORG"]["ent_type"]) == (0, 0, 0, 2, 0)
    assert _t(by_label["LOC"]["ent_type"]) == (0, 0, 0, 0, 2)


def _fan(rng: random.Random) -> tuple[tuple[int, int, str, int], list[tuple[int, int, str, int]]]:
    start = rng.randrange(5, 20)
    gold = (start, start + rng.choice([1, 2, 4, 8]), rng.choice("ABC"), 0)
    fan = []
    for i in range(rng.randrange(2, 6)):
        s = rng.randrange(start - 4, gold[1] + 1)
        fan.append((s, s + rng.choice([1, 2, 4, 8, 12]), rng.choice("ABC"), i))
    return gold, sorted(fan)


@pytest.mark.parametrize("seed", range(3))
def test_nerval_add_fan_equals_add_all(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        gold, fan = _fan(rng)
        pct = rng.choice([1.0, 30.0, 100.0])
        want = {s: nerval.NervalCounts() for s in nerval.SCHEMES}
        want_by_label: dict[str, dict[str, nerval.NervalCounts]] = {}
        nerval.add_all([gold], fan, want, want_by_label, pct)
        got = {s: nerval.NervalCounts() for s in nerval.SCHEMES}
        got_by_label: dict[str, dict[str, nerval.NervalCounts]] = {}
        nerval_closed.add_fan(gold, fan, got, got_by_label, pct)
        assert {s: _t(c) for s, c in got.items()} == {s: _t(c) for s, c in want.items()}
        assert {k: {s: _t(c) for s, c in v.items()} for k, v in got_by_label.items()} == \
            {k: {s: _t(c) for s, c in v.items()} for k, v in want_by_label.items()}, (gold, fan)
