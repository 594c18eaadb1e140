"""Malformed files given to the exchange-format importers: a GoldspanError naming the file
(and document and span where there is one), never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from goldspan.io.formats.brat import load_brat, write_brat
from goldspan.io.formats.conll import load_conll
from goldspan.io.formats.doccano import load_doccano
from goldspan.io.formats.labelstudio import load_labelstudio, write_labelstudio
from goldspan.model.errors import GoldspanError
from tests.io.test_fmt_roundtrip import interview_doc


def _message(exc: pytest.ExceptionInfo[GoldspanError]) -> str:
    return "\n".join(str(p) for p in exc.value.problems)


def test_brat_broken_side_file_is_reported(tmp_path: Path):
    write_brat([interview_doc()], tmp_path)
    side = tmp_path / "ben-song.goldspan.json"
    side.write_text("{broken", encoding="utf-8")
    with pytest.raises(GoldspanError) as exc:
        load_brat(tmp_path)
    assert str(side) in _message(exc) and "not valid JSON" in _message(exc)
    side.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(GoldspanError, match="expected a JSON object"):
        load_brat(tmp_path)


def test_brat_side_file_with_bad_meta_is_reported(tmp_path: Path):
    write_brat([interview_doc()], tmp_path)
    side = tmp_path / "ben-song.goldspan.json"
    side.write_text(json.dumps({"id": "ben-song", "meta": [1, 2]}), encoding="utf-8")
    with pytest.raises(GoldspanError) as exc:
        load_brat(tmp_path)
    assert "bad document meta" in _message(exc) and "ben-song" in _message(exc)


def test_brat_text_not_utf8_is_reported(tmp_path: Path):
    write_brat([interview_doc()], tmp_path)
    (tmp_path / "ben-song.txt").write_bytes("Bến sông".encode("utf-16"))
    with pytest.raises(GoldspanError) as exc:
        load_brat(tmp_path)
    assert "ben-song.txt" in _message(exc) and "not UTF-8" in _message(exc)


def test_conll_not_utf8_is_reported(tmp_path: Path):
    path = tmp_path / "vlsp.conll"
    path.write_bytes("Hà\tB-LOC\nNội\tI-LOC\n".encode("utf-16"))
    with pytest.raises(GoldspanError) as exc:
        load_conll(path)
    assert str(path) in _message(exc) and "not UTF-8" in _message(exc)


@pytest.mark.parametrize("damage", ["null_start", "string_end", "result_not_object",
                                    "value_not_object", "labels_not_list"])
def test_labelstudio_malformed_result_is_reported(tmp_path: Path, damage: str):
    write_labelstudio([interview_doc()], tmp_path)
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    result = tasks[0]["annotations"][0]["result"]
    first = result[0]
    if damage == "null_start":
        first["value"]["start"] = None
    elif damage == "string_end":
        first["value"]["end"] = "21"
    elif damage == "result_not_object":
        result[0] = "z1"
    elif damage == "value_not_object":
        first["value"] = [0, 21]
    else:
        first["value"]["labels"] = "TITLE"
    (tmp_path / "tasks.json").write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldspanError) as exc:
        load_labelstudio(tmp_path)
    message = _message(exc)
    assert "tasks.json: task 1" in message and "ben-song" in message
    assert "result 1" in message


def test_labelstudio_typed_note_in_props_is_ignored(tmp_path: Path):
    write_labelstudio([interview_doc()], tmp_path)
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    for r in tasks[0]["annotations"][0]["result"]:
        if r["type"] == "textarea":
            r["value"]["text"] = ["ghi chú của biên tập viên"]
    (tmp_path / "tasks.json").write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    doc = load_labelstudio(tmp_path)[0]
    assert [s.id for s in doc.spans] == [s.id for s in interview_doc().spans]


def _with_id(doc_id: str):
    doc = interview_doc()
    doc.id = doc_id
    return doc


@pytest.mark.parametrize("doc_id", ["../ra-ngoai", "con/ben-song", ".."])
def test_brat_export_refuses_an_id_that_is_not_a_file_name(tmp_path: Path, doc_id: str):
    out = tmp_path / "out" / "brat"
    with pytest.raises(GoldspanError, match="cannot be a file name"):
        write_brat([interview_doc(), _with_id(doc_id)], out)
    assert not (tmp_path / "out").exists()  # nothing written, not even the first document
    assert list(tmp_path.rglob("*.txt")) == []


def test_brat_export_refuses_two_documents_with_one_id(tmp_path: Path):
    with pytest.raises(GoldspanError, match="two documents have the id 'ben-song'"):
        write_brat([interview_doc(), interview_doc()], tmp_path / "brat")
    assert not (tmp_path / "brat").exists()


def test_gsmark_export_refuses_an_id_that_is_not_a_file_name(tmp_path: Path, small_doc):
    from goldspan.io.gsmark_export import write_gsmark

    bad = small_doc.model_copy(deep=True)
    bad.id = "../nho"
    with pytest.raises(GoldspanError, match="cannot be a file name"):
        write_gsmark([small_doc, bad], tmp_path / "gs")
    assert list(tmp_path.rglob("*.gsmark")) == []


def test_brat_human_notes_are_not_taken_for_properties(tmp_path: Path):
    (tmp_path / "tin.txt").write_text("Hà Nội vào thu.", encoding="utf-8")
    (tmp_path / "tin.ann").write_text(
        "T1\tLOC 0 6\tHà Nội\n#1\tAnnotatorNotes T1\t2019\n"
        "T2\tDATE 11 14\tthu\n#2\tAnnotatorNotes T2\t[\"xem lại\"]\n"
        "#3\tAnnotatorNotes T2\t" + "[" * 100_000 + "\n", encoding="utf-8")
    doc = load_brat(tmp_path)[0]
    assert [(s.label, s.text, s.attrs) for s in doc.spans] == [("LOC", "Hà Nội", None),
                                                                ("DATE", "thu", None)]


def test_brat_attribute_with_a_tab_or_line_break_keeps_the_ann_readable(tmp_path: Path):
    doc = interview_doc()
    doc.span_by_id("f1").attrs = {"value": 10, "unit": "ngày\tđêm\nliền"}
    write_brat([doc], tmp_path)
    ann = (tmp_path / "ben-song.ann").read_text(encoding="utf-8")
    assert "A2\tunit T10 ngày_đêm_liền\n" in ann
    back = load_brat(tmp_path)[0]
    assert back.span_by_id("f1").attrs == {"value": 10, "unit": "ngày\tđêm\nliền"}


def _doccano_line(tmp_path: Path, record: dict) -> Path:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("goldspan,expected", [
    ({"speakers": 2.5}, "speakers must be a list"),
    ({"spans": [{"id": "e1", "extra": 2.5}]}, "extra properties are float"),
    ({"spans": [{"id": "e1", "extra": [1, 2]}]}, "extra properties are list"),
    ({"spans": [{"id": "e1", "attrs": {"speaker": ["s1"]}}]}, "speaker is list"),
])
def test_doccano_malformed_goldspan_block_is_reported(tmp_path: Path, goldspan, expected):
    path = _doccano_line(tmp_path, {"text": "Huế mộng mơ", "label": [[0, 3, "LOC"]],
                                    "goldspan": goldspan})
    with pytest.raises(GoldspanError) as exc:
        load_doccano(path)
    assert expected in _message(exc) and f"{path}:1" in _message(exc)


def test_doccano_spans_block_not_a_list_is_ignored(tmp_path: Path):
    path = _doccano_line(tmp_path, {"text": "Huế mộng mơ", "label": [[0, 3, "LOC"]],
                                    "goldspan": {"spans": {"0": {"id": "e9"}}}})
    assert [(s.id, s.text) for s in load_doccano(path)[0].spans] == [("e1", "Huế")]


@pytest.mark.parametrize("region_text,expected", [(True, "span text is bool"),
                                                  ({"a": 1}, "span text is dict")])
def test_labelstudio_region_text_not_a_string_is_reported(tmp_path: Path, region_text,
                                                          expected):
    write_labelstudio([interview_doc()], tmp_path)
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    tasks[0]["annotations"][0]["result"][0]["value"]["text"] = region_text
    for r in tasks[0]["annotations"][0]["result"]:
        if r["type"] == "textarea":
            r["value"]["text"] = {"0": "không phải danh sách"}
    (tmp_path / "tasks.json").write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldspanError) as exc:
        load_labelstudio(tmp_path)
    assert expected in _message(exc)


def test_brat_properties_with_unicode_line_breaks_round_trip(tmp_path: Path):
    doc = interview_doc()
    doc.span_by_id("e1").attrs = {"norm": "Lý Văn Sáu\u2028(nông dân)\x85"}
    doc.span_by_id("f1").attrs = {"value": 10, "unit": "ngày", "approx": ["khoảng\u2029"]}
    write_brat([doc], tmp_path)
    back = load_brat(tmp_path)[0]
    assert back.span_by_id("e1").attrs == doc.span_by_id("e1").attrs
    assert back.span_by_id("f1").attrs == doc.span_by_id("f1").attrs
