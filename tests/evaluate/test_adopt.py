"""Adopting a predicted span into gold: one undoable command per error."""

from __future__ import annotations

import pytest

from goldspan.evaluate import Options, evaluate_documents
from goldspan.evaluate.adopt import AdoptError, adopt_command
from goldspan.model.commands import History
from goldspan.model.document import Speaker, check_document, document_to_dict
from tests.evaluate.helpers import doc_with


def _errors(gold, pred, layers=("entity", "figure", "speech", "zone")):
    ev = evaluate_documents([gold], [pred], Options(layers=layers, collect_errors=True))
    return {(e.kind, (e.gold or e.pred).text): e for e in ev.errors}  # type: ignore[union-attr]


def test_adopt_spurious_adds_an_accepted_span_and_undo_removes_it():
    gold = doc_with([("entity", "LOC", "Đà Nẵng")])
    pred = doc_with([("entity", "LOC", "Đà Nẵng"), ("entity", "ORG", "Sở Giáo dục")])
    pred.spans[1].source = "entities@1"
    before = document_to_dict(gold)
    err = _errors(gold, pred)[("spurious", "Sở Giáo dục")]
    history = History(gold)
    history.do(adopt_command(gold, pred, err))
    added = gold.spans[-1]
    assert (added.label, added.text, added.review, added.source) == (
        "ORG", "Sở Giáo dục", "accepted", "entities@1")
    assert added.id not in {"x0"} and check_document(gold) == []
    assert _errors(gold, pred) == {}
    history.undo()
    assert document_to_dict(gold) == before


def test_adopt_wrong_label_replaces_keeping_the_gold_id():
    gold = doc_with([("entity", "PER", "Đà Nẵng")])
    pred = doc_with([("entity", "LOC", "Đà Nẵng")])
    err = _errors(gold, pred)[("wrong_label", "Đà Nẵng")]
    History(gold).do(adopt_command(gold, pred, err))
    assert [(s.id, s.label) for s in gold.spans] == [("x0", "LOC")]


def test_adopt_wrong_value_and_boundary():
    gold = doc_with([("figure", "QUANTITY", "120 đại biểu", {"value": 12}),
                     ("entity", "PER", "Trần Thị")])
    pred = doc_with([("figure", "QUANTITY", "120 đại biểu", {"value": 120}),
                     ("entity", "PER", "Trần Thị Mai")])
    errors = _errors(gold, pred)
    history = History(gold)
    history.do(adopt_command(gold, pred, errors[("wrong_value", "120 đại biểu")]))
    history.do(adopt_command(gold, pred, errors[("wrong_boundary", "Trần Thị")]))
    assert gold.span_by_id("x0").attr("value") == 120
    assert gold.span_by_id("x1").text == "Trần Thị Mai"
    assert check_document(gold) == []


def test_adopt_speaker_maps_by_name_or_adds_one():
    gold = doc_with([("speech", "QUOTE", "ngành đạt 95% kế hoạch", {"speaker": "s1"})],
                    speakers=[Speaker(id="s1", name="Lê Văn Hùng")])
    pred = doc_with([("speech", "QUOTE", "ngành đạt 95% kế hoạch", {"speaker": "p"}),
                     ("speech", "QUOTE", "tổ chức hội nghị", {"speaker": "q"})],
                    speakers=[Speaker(id="p", name="Trần  Thị Mai", role="Giám đốc"),
                              Speaker(id="q", name="lê văn hùng")])
    errors = _errors(gold, pred, ("speech",))
    history = History(gold)
    history.do(adopt_command(gold, pred, errors[("wrong_speaker", "ngành đạt 95% kế hoạch")]))
    assert [(s.id, s.name) for s in gold.speakers] == [("s1", "Lê Văn Hùng"),
                                                       ("s2", "Trần  Thị Mai")]
    assert gold.span_by_id("x0").speaker == "s2"
    history.do(adopt_command(gold, pred, errors[("spurious", "tổ chức hội nghị")]))
    assert gold.spans[-1].speaker == "s1"  # same name after normalization
    history.undo()
    history.undo()
    assert [s.id for s in gold.speakers] == ["s1"] and gold.span_by_id("x0").speaker == "s1"


def test_adopt_zone_relabels_or_adds_the_paragraph_zone():
    title = "Hội nghị tổng kết năm 2023 tại Đà Nẵng"
    gold = doc_with([("zone", "BODY", title)])
    pred = doc_with([("zone", "TITLE", title), ("zone", "CAPTION", "Ảnh: Lê Văn Hùng")])
    errors = _errors(gold, pred, ("zone",))
    history = History(gold)
    history.do(adopt_command(gold, pred, errors[("wrong_label", title)]))
    history.do(adopt_command(gold, pred, errors[("spurious", "Ảnh: Lê Văn Hùng")]))
    assert sorted((s.label, s.text) for s in gold.spans) == [("CAPTION", "Ảnh: Lê Văn Hùng"),
                                                            ("TITLE", title)]


def test_adopt_missed_has_nothing_to_adopt():
    gold = doc_with([("entity", "LOC", "Đà Nẵng")])
    pred = doc_with([])
    err = _errors(gold, pred)[("missed", "Đà Nẵng")]
    with pytest.raises(AdoptError, match="no predicted span"):
        adopt_command(gold, pred, err)
