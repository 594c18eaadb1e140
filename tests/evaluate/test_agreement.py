"""Cohen's kappa over syllables and the syllable labels of a layer."""

from __future__ import annotations

import pytest

from goldspan.evaluate.agreement import (
    OUTSIDE,
    cohen_kappa,
    kappa_by_layer,
    syllable_labels,
    syllables,
)
from tests.evaluate.helpers import doc_with


def test_agreement_kappa_textbook_value():
    # 50 items: both yes 20, both no 15, A yes/B no 5, A no/B yes 10
    a = ["y"] * 20 + ["n"] * 15 + ["y"] * 5 + ["n"] * 10
    b = ["y"] * 20 + ["n"] * 15 + ["n"] * 5 + ["y"] * 10
    kappa, observed = cohen_kappa(a, b)
    assert observed == pytest.approx(0.7)
    pe = (25 / 50) * (30 / 50) + (25 / 50) * (20 / 50)
    assert kappa == pytest.approx((0.7 - pe) / (1 - pe))


def test_agreement_kappa_edge_cases():
    assert cohen_kappa(["O", "O"], ["O", "O"]) == (1.0, 1.0)
    assert cohen_kappa([], []) == (1.0, 1.0)
    assert cohen_kappa(["A", "B"], ["B", "A"])[0] == pytest.approx(-1.0)
    with pytest.raises(ValueError):
        cohen_kappa(["A"], [])


def test_agreement_syllables_keep_hyphen_joined_words():
    text = "Covid-19 lan ra Hà Nội"
    assert [text[s:e] for s, e in syllables(text)] == ["Covid-19", "lan", "ra", "Hà", "Nội"]


def test_agreement_syllable_labels_earliest_span_wins():
    doc = doc_with([("entity", "ORG", "Sở Giáo dục tổ chức"), ("entity", "MISC", "Giáo dục"),
                    ("entity", "PER", "Trần Thị")])
    syls = syllables(doc.text)
    labels = dict(zip((doc.text[s:e] for s, e in syls), syllable_labels(doc, "entity", syls),
                      strict=False))
    assert labels["Sở"] == labels["Giáo"] == labels["chức"] == "ORG"
    assert labels["Trần"] == "PER" and labels["Mai"] == OUTSIDE


def test_agreement_kappa_by_layer_pools_documents():
    a = doc_with([("entity", "LOC", "Đà Nẵng")])
    b = doc_with([("entity", "LOC", "Đà Nẵng"), ("entity", "PER", "Lê Văn Hùng")])
    k = kappa_by_layer([(a, b), (a, a)], ("entity", "zone"))
    res = k["entity"].to_dict()
    assert res["syllables"] == 2 * len(syllables(a.text))
    assert 0 < res["kappa"] < 1
    assert k["zone"].to_dict()["kappa"] == 1.0
