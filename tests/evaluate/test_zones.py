"""Zone labels of paragraphs: most overlap, earliest on ties, NONE; accuracy and PRF."""

from __future__ import annotations

from collections import Counter

import pytest

from goldspan.evaluate.zones import NONE, paragraph_labels, paragraphs, zone_by_label

TEXT = "Tiêu đề bài\n  \nĐoạn một ở đây.\nĐoạn hai."


def test_zones_paragraphs_skip_blank_and_space_only_lines():
    assert paragraphs(TEXT) == [(0, 11), (15, 30), (31, 40)]
    assert paragraphs("") == []


def test_zones_label_by_most_overlap_and_earliest_on_ties():
    paras = paragraphs(TEXT)
    zones = [
        (0, 5, "TITLE", 0), (5, 11, "LEAD", 1),  # 5 vs 6 characters: LEAD overlaps more
        (15, 22, "BODY", 2), (22, 29, "CAPTION", 3),  # 7 and 7: tie, earliest wins
    ]
    assert paragraph_labels(paras, zones) == ["LEAD", "BODY", NONE]


def test_zones_one_span_over_several_paragraphs():
    paras = paragraphs(TEXT)
    assert paragraph_labels(paras, [(0, 40, "BODY", 0)]) == ["BODY", "BODY", "BODY"]


def test_zones_by_label_counts_paragraph_pairs():
    confusion = Counter({("BODY", "BODY"): 3, ("BODY", "CAPTION"): 1, ("TITLE", NONE): 1,
                         (NONE, "BODY"): 2})
    by = zone_by_label(confusion)
    assert set(by) == {"BODY", "CAPTION", "TITLE"}
    assert (by["BODY"].tp, by["BODY"].fp, by["BODY"].fn) == (3, 2, 1)
    assert (by["CAPTION"].tp, by["CAPTION"].fp, by["CAPTION"].fn) == (0, 1, 0)
    assert by["TITLE"].recall == 0 and by["TITLE"].f1 == 0
    assert by["BODY"].precision == pytest.approx(3 / 5)
