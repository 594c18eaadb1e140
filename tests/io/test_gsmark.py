"""The gsmark importer: markup to FORMAT v1 documents, and errors naming file and line."""

from __future__ import annotations

import pytest

from goldspan.io.gsmark import load_gsmark, parse_gsmark
from goldspan.io.registry import importer_for, load_documents
from goldspan.model.document import check_document
from goldspan.model.errors import GoldspanError

HEADER = "id: t1\nspeaker s1: Trần Văn Hải | Giám đốc\nspeaker s2: Minh Anh | Phóng viên\n---\n"


def _doc(body: str):
    return parse_gsmark(HEADER + body, "a.gsmark")


def _spans(doc, label):
    return [s for s in doc.spans if s.label == label]


def _error(body: str, header: str = HEADER) -> str:
    with pytest.raises(GoldspanError) as info:
        parse_gsmark(header + body, "a.gsmark")
    return str(info.value)


def test_gsmark_builds_valid_done_document():
    doc = _doc("@TITLE Tin [[LOC|Hà Nội]]\n\n@BODY Ông [[PER|Trần Văn Hải]] đến.\n")
    assert doc.text == "Tin Hà Nội\n\nÔng Trần Văn Hải đến."
    assert doc.status == "done" and doc.id == "t1"
    assert check_document(doc) == []
    assert [(s.id, s.label, s.text) for s in doc.spans] == [
        ("z1", "TITLE", "Tin Hà Nội"), ("e1", "LOC", "Hà Nội"),
        ("z2", "BODY", "Ông Trần Văn Hải đến."), ("e2", "PER", "Trần Văn Hải")]
    assert doc.meta["title"] == "Tin Hà Nội" and doc.meta["source"] == "a.gsmark"
    assert [s.name for s in doc.speakers] == ["Trần Văn Hải", "Minh Anh"]


def test_gsmark_nests_figure_in_quote_in_turn():
    doc = _doc("@BODY PV: [[TURN|Ông nói gì?|s2]]\n@BODY Ông [[PER|Hải]]: [[TURN|Tôi nhắc lại "
               "lời chị ấy: “[[QUOTE|cần [[MONEY|5 triệu đồng]]|speaker=s1;kind=direct]]”.|s1]]")
    quote = _spans(doc, "QUOTE")[0]
    assert quote.text == "cần 5 triệu đồng" and quote.attrs == {"speaker": "s1", "kind": "direct"}
    money = _spans(doc, "MONEY")[0]
    assert money.attrs == {"value": 5000000, "unit": "đồng"}
    turns = _spans(doc, "TURN")
    assert [t.attrs["speaker"] for t in turns] == ["s2", "s1"]
    assert turns[1].start < quote.start < money.start < money.end <= quote.end <= turns[1].end


def test_gsmark_turn_runs_over_paragraphs_and_keeps_blank_lines():
    doc = _doc("@BODY Ông [[PER|Hải]]: [[TURN|Một.\n\n@BODY Hai.|s1]]\n@BODY PV: [[TURN|Vâng.|s2]]")
    turn = _spans(doc, "TURN")[0]
    assert turn.text == "Một.\n\nHai."
    assert [z.text for z in doc.layer_spans("zone")] == ["Ông Hải: Một.", "Hai.", "PV: Vâng."]


def test_gsmark_explicit_value_overrides_reading_the_text():
    doc = _doc("@BODY Có [[QUANTITY|hai mươi ca|value=20;unit=ca]] và "
               "[[MONEY|hàng tỷ đồng|value=null;unit=đồng;about]].")
    q, m = _spans(doc, "QUANTITY")[0], _spans(doc, "MONEY")[0]
    assert q.attrs == {"value": 20, "unit": "ca"}
    assert m.attrs == {"value": None, "unit": "đồng", "approx": "about"}


def test_gsmark_escapes_brackets_and_bars():
    doc = _doc("@BODY Ký hiệu \\[\\[x\\]\\] và \\| ở [[LOC|Huế]].")
    assert doc.text == "Ký hiệu [[x]] và | ở Huế."
    assert _spans(doc, "LOC")[0].text == "Huế"


def test_gsmark_comments_are_not_text():
    doc = _doc("# ghi chú\n@TITLE Tiêu đề\n# thêm\n@BODY Thân bài.")
    assert doc.text == "Tiêu đề\nThân bài."


@pytest.mark.parametrize(("body", "line", "words"), [
    ("@BODY a\nkhông có zone\n", 6, "must open with its zone"),
    ("@BODY a\n@TEXT b\n", 6, "unknown zone"),
    ("@BODY [[PER|An\n\n@BODY b", 5, "never closed"),
    ("@BODY a ]] b", 5, "closes no span"),
    ("@BODY [[FOO|An]]", 5, "unknown label"),
    ("@BODY [[BODY|An]]", 5, "is a zone"),
    ("@BODY [[PER| An]]", 5, "white space"),
    ("@BODY [[QUOTE|nói|speaker=s1]]", 5, "needs kind"),
    ("@BODY [[QUOTE|nói|speaker=s9;kind=direct]]", 5, "not declared"),
    ("@BODY [[QUOTE|nói|s1;direct;blah]]", 5, "neither a declared speaker"),
    ("@BODY [[PER|An|value=3]]", 5, "does not apply"),
    ("@BODY [[QUANTITY|hai ca]]", 5, "write value="),
    ("@BODY [[QUANTITY|2 ca|value=1,2]]", 5, "not a number"),
    ("@BODY [[MONEY|hàng tỷ|value=null]]", 5, "needs unit"),
    ("@BODY x\n@BOILERPLATE Tin [[LOC|Huế]]", 6, "not in BOILERPLATE"),
    ("@BODY [[PER|An\n@BODY Bình]]", 5, "only speech"),
    ("@BODY [[TURN|Một.\n@CAPTION Ảnh\n@BODY Hai.|s1]]", 5, "crosses a CAPTION"),
    ("@BODY [[TURN|a|s1]] [[PER|b|c|d]]", 5, "second '|'"),
    ("@BODY a \\x b", 5, "backslash"),
])
def test_gsmark_bad_markup_names_file_and_line(body, line, words):
    message = _error(body)
    assert f"a.gsmark:{line}" in message
    assert words in message


def test_gsmark_attribute_values_use_a_decimal_point():
    doc = _doc("@BODY [[QUANTITY|1,208 ca|value=1.208;unit=ca]]")
    assert _spans(doc, "QUANTITY")[0].attrs == {"value": 1.208, "unit": "ca"}


def test_gsmark_header_errors():
    assert "no '---'" in _error("", header="id: x\n@BODY a\n")
    assert "declared twice" in _error("@BODY a", header="speaker s1: A\nspeaker s1: B\n---\n")
    assert "a.gsmark:1" in _error("@BODY a", header="không phải khóa\n---\n")
    assert "no text lines" in _error("\n\n")


def test_gsmark_registered_by_suffix(tmp_path):
    path = tmp_path / "bai-viet.gsmark"
    path.write_text("site: Thử\n---\n@TITLE Tiêu đề [[LOC|Huế]]\n", encoding="utf-8")
    assert importer_for(path).name == "gsmark"
    [doc] = load_documents([path])
    assert doc.id == "bai-viet" and doc.meta["site"] == "Thử"
    assert load_gsmark(path)[0].text == "Tiêu đề Huế"


def test_gsmark_missing_file_is_reported(tmp_path):
    with pytest.raises(GoldspanError, match="no such gsmark file"):
        load_gsmark(tmp_path / "khong-co.gsmark")


def test_gsmark_normalizes_to_nfc_and_reads_crlf(tmp_path):
    import unicodedata

    source = HEADER + "@TITLE Tin [[LOC|Huế]]\n@BODY Đà Nẵng.\n"
    path = tmp_path / "nfd.gsmark"
    path.write_bytes(unicodedata.normalize("NFD", source).replace("\n", "\r\n").encode("utf-8"))
    [doc] = load_gsmark(path)
    assert doc.text == "Tin Huế\nĐà Nẵng."
    assert unicodedata.is_normalized("NFC", doc.text)
    assert [s.text for s in doc.spans if s.label == "LOC"] == ["Huế"]
