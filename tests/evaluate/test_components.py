"""Components of one gold span and several predictions are set aside as fans."""

from __future__ import annotations

from goldspan.evaluate.components import split_components


def test_components_one_gold_with_several_predictions_is_a_fan():
    gold = [(0, 10, "ORG", 0), (20, 25, "LOC", 1), (30, 40, "PER", 2), (33, 35, "PER", 3)]
    pred = [(0, 10, "ORG", 0), (2, 4, "PER", 1), (20, 25, "LOC", 2), (31, 38, "PER", 3)]
    sp = split_components(gold, pred)
    assert sp.fans == [((0, 10, "ORG", 0), [(0, 10, "ORG", 0), (2, 4, "PER", 1)])]
    assert sp.pairs == [((20, 25, "LOC", 1), (20, 25, "LOC", 2))]
    assert sp.gold == [(30, 40, "PER", 2), (33, 35, "PER", 3)]
    assert sp.pred == [(31, 38, "PER", 3)]


def test_components_chain_of_predictions_joins_the_fan():
    gold = [(0, 5, "ORG", 0)]
    pred = [(3, 8, "ORG", 0), (7, 12, "LOC", 1)]  # the second only touches the first
    sp = split_components(gold, pred)
    assert sp.fans == [((0, 5, "ORG", 0), [(3, 8, "ORG", 0), (7, 12, "LOC", 1)])]
    assert sp.gold == sp.pred == sp.lone_pred == []
