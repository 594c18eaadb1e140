"""Whole evaluations on small hand-made documents and on the seed gold against itself."""

from __future__ import annotations

import pytest

from goldspan.evaluate import Options, evaluate_documents
from goldspan.evaluate.layers import values_equal
from goldspan.io.gold import read_document
from goldspan.model.document import Speaker, new_document
from tests.evaluate.helpers import TEXT, doc_with

PRF_KEYS = {"precision", "recall", "f1", "tp", "fp", "fn"}


def _all_scores(obj):
    """Every precision/recall/f1/accuracy number in a --json object."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("precision", "recall", "f1", "accuracy", "value_accuracy"):
                yield k, v
            else:
                yield from _all_scores(v)


def test_evaluator_seed_gold_against_itself_is_all_one(seed_gold_path):
    gold = read_document(seed_gold_path)
    out = evaluate_documents([gold], [read_document(seed_gold_path)]).to_json()
    assert out["documents"] == 1 and out["problems"] == []
    scores = list(_all_scores(out))
    assert len(scores) > 50
    assert all(v == 1.0 for _, v in scores), [s for s in scores if s[1] != 1.0]
    assert out["figure"]["values_compared"] > 0
    assert out["speech"]["attribution"]["tp"] == 11


def test_evaluator_json_shape():
    gold = doc_with([("zone", "TITLE", "Hội nghị tổng kết năm 2023 tại Đà Nẵng"),
                     ("entity", "LOC", "Đà Nẵng")])
    out = evaluate_documents([gold], [gold]).to_json()
    assert list(out) == ["documents", "zone", "entity", "figure", "speech", "problems"]
    assert set(out["zone"]) == {"accuracy", "paragraphs", "by_label"}
    assert set(out["entity"]) == {"strict", "overlap", "macro", "by_label", "nervaluate"}
    assert set(out["entity"]["strict"]) == PRF_KEYS
    assert set(out["entity"]["macro"]) == {"strict", "overlap"}
    assert set(out["entity"]["by_label"]["LOC"]) == {"strict", "overlap"}
    assert {"strict", "exact", "partial", "ent_type"} <= set(out["entity"]["nervaluate"])
    assert set(out["figure"]) == {"strict", "overlap", "macro", "by_label", "nervaluate",
                                  "value_accuracy", "values_compared"}
    assert set(out["speech"]) == {"span", "attribution"}


def test_evaluator_missing_prediction_counts_all_missed_and_is_reported():
    gold = doc_with([("entity", "LOC", "Đà Nẵng"), ("entity", "PER", "Trần Thị Mai")])
    other = doc_with([("entity", "LOC", "Đà Nẵng")], doc_id="d2")
    ev = evaluate_documents([gold, other], [other])
    out = ev.to_json()
    assert out["documents"] == 2
    assert out["entity"]["strict"] == {"precision": 1.0, "recall": pytest.approx(1 / 3),
                                       "f1": pytest.approx(0.5), "tp": 1, "fp": 0, "fn": 2}
    assert any("'d1'" in p and "no prediction" in p for p in out["problems"])
    assert [d.status for d in ev.per_document] == ["missing", "ok"]


def test_evaluator_text_mismatch_is_reported_and_left_out():
    gold = doc_with([("entity", "LOC", "Đà Nẵng")])
    pred = doc_with([], text=TEXT.replace("Đà Nẵng", "Huế"))
    out = evaluate_documents([gold], [pred]).to_json()
    assert out["documents"] == 0
    assert out["entity"]["strict"]["fn"] == 0
    assert any("text differs" in p and "'d1'" in p for p in out["problems"])


def test_evaluator_prediction_without_gold_is_reported():
    gold = doc_with([])
    out = evaluate_documents([gold], [gold, doc_with([], doc_id="zz")]).to_json()
    assert any("'zz'" in p and "no gold" in p for p in out["problems"])


def test_evaluator_empty_prediction_gives_zero_not_error():
    gold = doc_with([("zone", "BODY", "Bà Trần Thị Mai cho biết ngành đạt 95% kế hoạch."),
                     ("entity", "PER", "Trần Thị Mai"), ("figure", "PERCENT", "95%",
                                                         {"value": 95})])
    out = evaluate_documents([gold], [doc_with([])]).to_json()
    assert out["entity"]["strict"]["f1"] == 0 and out["entity"]["strict"]["fn"] == 1
    assert out["figure"]["value_accuracy"] == 0 and out["figure"]["values_compared"] == 0
    assert out["zone"]["paragraphs"] == 4 and out["zone"]["accuracy"] == 0.75
    assert out["zone"]["by_label"]["BODY"]["fn"] == 1


def test_evaluator_nested_spans_strict_and_overlap():
    gold = doc_with([("entity", "ORG", "Sở Giáo dục tổ chức"), ("entity", "ORG", "Giáo dục"),
                     ("entity", "LOC", "Đà Nẵng")])
    pred = doc_with([("entity", "ORG", "Sở Giáo dục"), ("entity", "ORG", "Giáo dục"),
                     ("entity", "PER", "Đà Nẵng")])
    out = evaluate_documents([gold], [pred]).to_json()["entity"]
    assert (out["strict"]["tp"], out["strict"]["fp"], out["strict"]["fn"]) == (1, 2, 2)
    # overlap: the outer ORG takes "Sở Giáo dục" (first by start), the inner takes "Giáo dục"
    assert (out["overlap"]["tp"], out["overlap"]["fp"], out["overlap"]["fn"]) == (2, 1, 1)
    assert out["by_label"]["PER"]["strict"]["fp"] == 1
    assert out["by_label"]["LOC"]["strict"]["fn"] == 1
    # macro over ORG, LOC, PER: strict F1 = (0.5 + 0 + 0) / 3
    assert out["macro"]["strict"]["f1"] == pytest.approx(0.5 / 3)


def test_evaluator_figure_value_accuracy():
    gold = doc_with([("figure", "QUANTITY", "120 đại biểu", {"value": 120}),
                     ("figure", "PERCENT", "95%", {"value": 95.0}),
                     ("figure", "DATE", "năm 2023", {"value": "2023"}),
                     ("figure", "DATE", "Sáng nay", {"value": None})])
    pred = doc_with([("figure", "QUANTITY", "120 đại biểu", {"value": 120.0000000001}),
                     ("figure", "PERCENT", "95%", {"value": 96}),
                     ("figure", "DATE", "năm 2023", {"value": 2023}),
                     ("figure", "DATE", "Sáng nay", {"value": "XXXX"})])
    out = evaluate_documents([gold], [pred]).to_json()["figure"]
    assert out["values_compared"] == 3  # the null gold value is not compared
    assert out["value_accuracy"] == pytest.approx(1 / 3)


def test_evaluator_values_equal_rules():
    assert values_equal(1208, 1208.0)
    assert values_equal(1e12, 1e12 * (1 + 1e-10))
    assert not values_equal(100, 100.001)
    assert not values_equal("2020", 2020)
    assert values_equal("XXXX-07-29", "XXXX-07-29") and not values_equal("2020", "2020-01")
    assert not values_equal(1, True)


def test_evaluator_speech_span_and_attribution():
    sp = [Speaker(id="s1", name="Trần Thị Mai")]
    gold = doc_with([("speech", "QUOTE", "ngành đạt 95% kế hoạch", {"speaker": "s1"}),
                     ("speech", "QUOTE", "tổ chức hội nghị", {"speaker": "s1"})], speakers=sp)
    pred_sp = [Speaker(id="a", name="trần  thị MAI"), Speaker(id="b", name="Lê Văn Hùng")]
    pred = doc_with([("speech", "QUOTE", "ngành đạt 95% kế hoạch.", {"speaker": "a"}),
                     ("speech", "QUOTE", "tổ chức hội nghị với", {"speaker": "b"}),
                     ("speech", "TURN", "Ảnh: Lê Văn Hùng", {"speaker": "b"})], speakers=pred_sp)
    out = evaluate_documents([gold], [pred]).to_json()["speech"]
    assert (out["span"]["tp"], out["span"]["fp"], out["span"]["fn"]) == (2, 1, 0)
    assert (out["attribution"]["tp"], out["attribution"]["fp"],
            out["attribution"]["fn"]) == (1, 2, 1)


def test_evaluator_micro_sums_documents():
    g1 = doc_with([("entity", "LOC", "Đà Nẵng")], doc_id="a")
    g2 = doc_with([("entity", "PER", "Trần Thị Mai"), ("entity", "PER", "Lê Văn Hùng")],
                  doc_id="b")
    p2 = doc_with([("entity", "PER", "Trần Thị Mai")], doc_id="b")
    out = evaluate_documents([g1, g2], [doc_with([], doc_id="a"), p2]).to_json()["entity"]
    assert (out["strict"]["tp"], out["strict"]["fp"], out["strict"]["fn"]) == (1, 0, 2)
    assert out["macro"]["strict"]["recall"] == pytest.approx((0 + 0.5) / 2)


def test_evaluator_layers_and_labels_options():
    gold = doc_with([("entity", "LOC", "Đà Nẵng"), ("entity", "PER", "Trần Thị Mai")])
    pred = doc_with([("entity", "LOC", "Đà Nẵng")])
    out = evaluate_documents([gold], [pred], Options(layers=("entity",),
                                                     labels=frozenset({"LOC"}))).to_json()
    assert list(out) == ["documents", "entity", "problems"]
    assert out["entity"]["strict"]["f1"] == 1.0 and list(out["entity"]["by_label"]) == ["LOC"]


def test_evaluator_labels_option_for_zones_keeps_their_paragraphs_and_rows():
    gold = doc_with([("zone", "TITLE", "Hội nghị tổng kết năm 2023 tại Đà Nẵng"),
                     ("zone", "BODY", "Bà Trần Thị Mai cho biết ngành đạt 95% kế hoạch."),
                     ("zone", "BODY", "Ảnh: Lê Văn Hùng")])
    pred = doc_with([("zone", "BODY", "Hội nghị tổng kết năm 2023 tại Đà Nẵng"),
                     ("zone", "BODY", "Bà Trần Thị Mai cho biết ngành đạt 95% kế hoạch."),
                     ("zone", "CAPTION", "Ảnh: Lê Văn Hùng")])
    out = evaluate_documents([gold], [pred], Options(layers=("zone",),
                                                     labels=frozenset({"TITLE"}))).to_json()
    assert out["zone"]["paragraphs"] == 1 and out["zone"]["accuracy"] == 0
    assert list(out["zone"]["by_label"]) == ["TITLE"]


def test_evaluator_collects_errors_of_every_kind():
    sp = [Speaker(id="s1", name="Trần Thị Mai")]
    gold = doc_with([("entity", "LOC", "Đà Nẵng"), ("entity", "PER", "Trần Thị Mai"),
                     ("entity", "ORG", "Sở Giáo dục"), ("entity", "PER", "Lê Văn Hùng"),
                     ("figure", "PERCENT", "95%", {"value": 95}),
                     ("speech", "QUOTE", "ngành đạt 95% kế hoạch", {"speaker": "s1"})],
                    speakers=sp)
    pred = doc_with([("entity", "ORG", "Đà Nẵng"), ("entity", "PER", "Trần Thị"),
                     ("entity", "MISC", "Hội nghị"),
                     ("figure", "PERCENT", "95%", {"value": 9.5}),
                     ("speech", "QUOTE", "ngành đạt 95% kế hoạch", {"speaker": "s9"})],
                    speakers=[Speaker(id="s9", name="Lê Văn Hùng")])
    ev = evaluate_documents([gold], [pred], Options(layers=("entity", "figure", "speech"),
                                                    collect_errors=True))
    kinds = {(e.layer, e.kind, (e.gold or e.pred).text) for e in ev.errors}  # type: ignore
    assert ("entity", "wrong_label", "Đà Nẵng") in kinds
    assert ("entity", "wrong_boundary", "Trần Thị Mai") in kinds
    assert ("entity", "missed", "Sở Giáo dục") in kinds
    assert ("entity", "missed", "Lê Văn Hùng") in kinds
    assert ("entity", "spurious", "Hội nghị") in kinds
    assert ("figure", "wrong_value", "95%") in kinds
    assert ("speech", "wrong_speaker", "ngành đạt 95% kế hoạch") in kinds
    err = next(e for e in ev.errors if e.kind == "wrong_label")
    assert err.middle == "Đà Nẵng" and err.left.endswith("năm 2023 tại ")
    assert ev.confusion["entity"][("LOC", "ORG")] == 1
    assert ev.confusion["entity"][("ORG", "NONE")] == 1


def test_evaluator_zone_errors_and_confusion():
    gold = doc_with([("zone", "TITLE", "Hội nghị tổng kết năm 2023 tại Đà Nẵng"),
                     ("zone", "BODY", "Bà Trần Thị Mai cho biết ngành đạt 95% kế hoạch.")])
    pred = doc_with([("zone", "BODY", "Hội nghị tổng kết năm 2023 tại Đà Nẵng"),
                     ("zone", "CAPTION", "Ảnh: Lê Văn Hùng")])
    ev = evaluate_documents([gold], [pred], Options(layers=("zone",), collect_errors=True))
    assert sorted(e.kind for e in ev.errors) == ["missed", "spurious", "wrong_label"]
    assert ev.confusion["zone"][("TITLE", "BODY")] == 1
    assert ev.to_json()["zone"]["accuracy"] == pytest.approx(1 / 4)


def test_evaluator_documents_with_new_document_ids():
    a = new_document("a", "Một dòng.")
    assert evaluate_documents([a], [a]).to_json()["zone"]["accuracy"] == 1.0
