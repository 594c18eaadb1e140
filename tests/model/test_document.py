"""Tests of the FORMAT v1 model and its validation rules."""

from __future__ import annotations

import copy

import pytest

from goldspan.model.document import (
    check_document,
    document_to_dict,
    new_document,
    parse_document,
    text_hash,
)
from goldspan.model.errors import GoldspanError


def _data(small_doc):
    return copy.deepcopy(document_to_dict(small_doc))


def test_document_small_doc_is_valid(small_doc):
    assert check_document(small_doc) == []
    again = parse_document(_data(small_doc), "x.json")
    assert document_to_dict(again) == document_to_dict(small_doc)


def test_document_new_document_normalizes_nfc_and_hashes():
    decomposed = "Ho\u0302\u0300ng"  # "Hồng" with combining marks
    doc = new_document("d", decomposed)
    assert doc.text == "Hồng"
    assert doc.text_sha256 == text_hash("Hồng")
    assert doc.status == "todo"


def test_document_reports_every_problem_together(small_doc):
    data = _data(small_doc)
    data["spans"][2]["end"] = 10_000  # out of range
    data["spans"][3]["start"] = data["spans"][3]["end"]  # start >= end
    data["spans"][4]["text"] = "sai"  # text differs from slice
    data["spans"][5]["id"] = data["spans"][0]["id"]  # duplicate id
    data["spans"][0]["attrs"] = {"speaker": "s9"}  # unknown speaker
    data["text_sha256"] = "0" * 64
    with pytest.raises(GoldspanError) as info:
        parse_document(data, "bad.json")
    messages = [str(p) for p in info.value.problems]
    text = "\n".join(messages)
    assert "out of range" in text and "'e1'" in text
    assert "is not before end" in text and "'e2'" in text
    assert "differs from the text" in text and "'f1'" in text
    assert "duplicate span id" in text
    assert "'s9' is not in the document's speakers" in text
    assert "text_sha256 does not match" in text
    assert all(m.startswith("bad.json: document 'small'") for m in messages)


def test_document_refuses_newer_version(small_doc):
    data = _data(small_doc)
    data["version"] = 2
    with pytest.raises(GoldspanError, match="version 2 is newer"):
        parse_document(data, "v2.json")


def test_document_reports_type_errors_with_span_id(small_doc):
    data = _data(small_doc)
    data["spans"][1]["start"] = "zero"
    del data["spans"][2]["label"]
    with pytest.raises(GoldspanError) as info:
        parse_document(data, "t.json")
    problems = info.value.problems
    assert {p.span for p in problems} == {"z2", "e1"}


def test_document_keeps_unknown_keys(small_doc):
    data = _data(small_doc)
    data["extra_top"] = {"a": 1}
    data["spans"][0]["note"] = "kept"
    data["spans"][4]["attrs"]["custom"] = True
    data["speakers"][0]["gender"] = "nam"
    out = document_to_dict(parse_document(data))
    assert out["extra_top"] == {"a": 1}
    assert out["spans"][0]["note"] == "kept"
    assert out["spans"][4]["attrs"]["custom"] is True
    assert out["speakers"][0]["gender"] == "nam"


def test_document_rejects_non_object_and_wrong_format():
    with pytest.raises(GoldspanError, match="expected a JSON object"):
        parse_document([1, 2], "list.json")
    with pytest.raises(GoldspanError, match="not a goldspan document"):
        parse_document({"format": "other", "id": "x", "text": "a"}, "o.json")


def test_document_missing_hash_is_reported():
    with pytest.raises(GoldspanError, match="text_sha256 is missing"):
        parse_document({"id": "x", "text": "abc"})


def test_document_new_ids_do_not_collide(small_doc):
    assert small_doc.new_span_id("e") == "e3"
    assert small_doc.new_speaker_id() == "s2"


def test_document_seed_gold_is_valid(seed_gold_path):
    import json

    doc = parse_document(json.loads(seed_gold_path.read_text(encoding="utf-8")))
    assert len(doc.spans) > 100
    assert check_document(doc) == []


def test_document_speaker_reference_of_wrong_type_is_a_problem(small_doc):
    data = _data(small_doc)
    data["spans"][5]["attrs"]["speaker"] = ["s1"]
    with pytest.raises(GoldspanError, match="must be a speaker id"):
        parse_document(data, "list.json")


def test_document_new_span_id_ignores_ids_with_non_ascii_digits(small_doc):
    # "e²" passes str.isdigit() but int() refuses it: such an id is simply not a number
    small_doc.spans[0] = small_doc.spans[0].model_copy(update={"id": "e²"})
    assert small_doc.new_span_id("e").startswith("e")
    assert small_doc.new_span_id("e") not in {s.id for s in small_doc.spans}
