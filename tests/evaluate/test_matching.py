"""Strict and overlap matching of entity/figure spans, and the component split."""

from __future__ import annotations

import random

from goldspan.evaluate.components import split_components
from goldspan.evaluate.matching import overlap_match, strict_match


def test_matching_strict_needs_label_start_and_end():
    gold = [(0, 5, "PER", 0), (10, 15, "ORG", 1), (20, 25, "LOC", 2)]
    pred = [(0, 5, "PER", 0), (10, 15, "LOC", 1), (20, 24, "LOC", 2)]
    assert strict_match(gold, pred) == [(0, 0)]


def test_matching_strict_duplicates_match_one_to_one():
    gold = [(0, 5, "PER", 0), (0, 5, "PER", 1)]
    pred = [(0, 5, "PER", 7)]
    assert strict_match(gold, pred) == [(0, 7)]


def test_matching_overlap_takes_first_unmatched_same_label_prediction():
    # nested gold spans: the outer one (earlier by (start, end)) takes the first prediction
    gold = [(0, 20, "ORG", 0), (5, 10, "ORG", 1)]
    pred = [(2, 6, "ORG", 0), (8, 12, "ORG", 1)]
    assert overlap_match(gold, pred) == [(0, 0), (1, 1)]


def test_matching_overlap_ignores_other_labels_and_touching_spans():
    gold = [(0, 5, "PER", 0)]
    assert overlap_match(gold, [(5, 9, "PER", 0)]) == []  # half-open: no shared character
    assert overlap_match(gold, [(4, 9, "ORG", 0)]) == []
    assert overlap_match(gold, [(4, 9, "ORG", 0)], same_label=False) == [(0, 0)]


def test_matching_overlap_one_to_one():
    gold = [(0, 10, "PER", 0), (2, 4, "PER", 1)]
    pred = [(3, 5, "PER", 0)]
    assert overlap_match(gold, pred) == [(0, 0)]


def _slow_overlap(gold, pred):
    """The definition written out directly (quadratic)."""
    used, pairs = set(), []
    for g in sorted(gold):
        for p in sorted(pred):
            if p[3] not in used and p[2] == g[2] and p[0] < g[1] and g[0] < p[1]:
                used.add(p[3])
                pairs.append((g[3], p[3]))
                break
    return pairs


def test_matching_overlap_sweep_equals_the_definition_on_random_spans():
    rng = random.Random(3)
    for _ in range(300):
        def spans(n):
            out = []
            for i in range(n):
                s = rng.randrange(0, 60)
                out.append((s, s + rng.randint(1, 15), rng.choice("AB"), i))
            return out
        gold, pred = spans(rng.randint(0, 10)), spans(rng.randint(0, 10))
        assert sorted(overlap_match(gold, pred)) == sorted(_slow_overlap(gold, pred))


def test_matching_components_set_aside_trivial_spans():
    gold = [(0, 5, "PER", 0), (10, 15, "ORG", 1), (20, 30, "LOC", 2), (40, 45, "PER", 3)]
    pred = [(0, 5, "PER", 0), (12, 18, "ORG", 1), (50, 55, "MISC", 2), (40, 45, "ORG", 3)]
    sp = split_components(sorted(gold), sorted(pred))
    assert sp.pairs == [((0, 5, "PER", 0), (0, 5, "PER", 0))]
    assert sp.lone_gold == [(20, 30, "LOC", 2)]
    assert sp.lone_pred == [(50, 55, "MISC", 2)]
    assert sp.single == [((10, 15, "ORG", 1), (12, 18, "ORG", 1)),
                         ((40, 45, "PER", 3), (40, 45, "ORG", 3))]
    assert sp.gold == sp.pred == []


def test_matching_components_keep_larger_components_for_the_rules():
    gold = [(0, 10, "ORG", 0), (2, 4, "PER", 1), (20, 25, "LOC", 2)]
    pred = [(0, 10, "ORG", 0), (20, 25, "LOC", 1)]
    sp = split_components(gold, pred)
    assert sp.gold == [(0, 10, "ORG", 0), (2, 4, "PER", 1)] and sp.pred == [(0, 10, "ORG", 0)]
    assert sp.pairs == [((20, 25, "LOC", 2), (20, 25, "LOC", 1))]
