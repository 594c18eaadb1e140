"""Speech matching: Jaccard >= 0.5, same label, best first, earliest on ties; names."""

from __future__ import annotations

import pytest

from goldspan.evaluate.speech import jaccard, normalize_name, speech_match


def test_speech_jaccard_of_ranges():
    assert jaccard(0, 10, 0, 10) == 1
    assert jaccard(0, 10, 5, 15) == pytest.approx(5 / 15)
    assert jaccard(0, 10, 10, 20) == 0


def test_speech_match_needs_half_jaccard_and_same_label():
    gold = [(0, 10, "QUOTE", 0)]
    assert speech_match(gold, [(0, 5, "QUOTE", 0)]) == [(0, 0)]  # exactly 0.5
    assert speech_match(gold, [(0, 4, "QUOTE", 0)]) == []  # 0.4
    assert speech_match(gold, [(0, 10, "TURN", 0)]) == []


def test_speech_match_takes_highest_jaccard_then_earliest():
    gold = [(10, 20, "TURN", 0)]
    pred = [(8, 20, "TURN", 0), (10, 19, "TURN", 1)]  # 10/12 vs 9/10: the second is higher
    assert speech_match(gold, pred) == [(0, 1)]
    tie = [(12, 20, "TURN", 5), (10, 18, "TURN", 6)]  # both 0.8: earliest by (start, end)
    assert speech_match(gold, tie) == [(0, 6)]


def test_speech_match_is_one_to_one_in_gold_order():
    gold = [(0, 10, "QUOTE", 0), (1, 10, "QUOTE", 1)]
    pred = [(0, 10, "QUOTE", 0)]
    assert speech_match(gold, pred) == [(0, 0)]


def test_speech_names_normalized_nfc_casefold_spaces():
    assert normalize_name("  Nguyễn   Văn\tAn ") == normalize_name("nguyễn văn an")
    decomposed = "Nguye\u0302\u0303n"  # NFD of Nguyễn
    assert normalize_name(decomposed) == normalize_name("Nguyễn")
