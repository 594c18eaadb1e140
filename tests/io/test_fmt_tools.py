"""brat, Label Studio and doccano: files other tools read, plain files they write, checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from goldspan.io.formats.brat import load_brat, write_brat
from goldspan.io.formats.common import parse_label_map, parse_type, type_name
from goldspan.io.formats.doccano import load_doccano, write_doccano
from goldspan.io.formats.labelstudio import load_labelstudio, write_labelstudio
from goldspan.model.errors import GoldspanError
from goldspan.model.scheme import default_scheme
from tests.io.test_fmt_roundtrip import interview_doc


def test_fmt_type_names_are_inverse_for_every_label():
    scheme = default_scheme()
    for layer in scheme.layers:
        for label in layer.label_names():
            assert parse_type(type_name(layer.name, label, scheme), scheme) == (layer.name, label)
    assert parse_label_map(["PERSON=PER", "X="]) == {"PERSON": "PER", "X": ""}
    with pytest.raises(GoldspanError, match="OLD=NEW"):
        parse_label_map(["PER"])


def test_brat_files_and_conf(tmp_path: Path):
    write_brat([interview_doc()], tmp_path)
    ann = (tmp_path / "ben-song.ann").read_text(encoding="utf-8")
    assert "\tPER 65 75\tLý Văn Sáu" in ann
    assert "TURN 77 131;132 148\t" in ann  # split at the line break as brat does
    assert "value T10 10" in ann and "unit T10 ngày" in ann
    assert "Speaker Arg1:T6 Arg2:T7" in ann
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    assert "[entities]" in conf and "\nQUANTITY\n" in conf
    assert "Speaker\tArg1:TURN|QUOTE, Arg2:PER" in conf
    assert (tmp_path / "ben-song.txt").read_text(encoding="utf-8") == interview_doc().text


def test_brat_plain_files_import(tmp_path: Path):
    (tmp_path / "tin.txt").write_text("Bà Hoa nói giá gạo tăng 5%.", encoding="utf-8")
    (tmp_path / "tin.ann").write_text(
        "T1\tPER 3 6\tHoa\nT2\tPERCENT 24 26\t5%\nA1\tvalue T2 5\nA2\tunit T2 %\n"
        "T3\tQUOTE 11 26\tgiá gạo tăng 5%\nR1\tSpeaker Arg1:T3 Arg2:T1\n", encoding="utf-8")
    doc = load_brat(tmp_path)[0]
    assert doc.id == "tin"
    assert [(s.id, s.label, s.text) for s in doc.spans] == [
        ("e1", "PER", "Hoa"), ("f1", "PERCENT", "5%"), ("q1", "QUOTE", "giá gạo tăng 5%")]
    assert doc.span_by_id("f1").attrs == {"value": 5, "unit": "%"}
    assert doc.speakers[0].name == "Hoa" and doc.span_by_id("q1").speaker == "s1"


def test_brat_import_reports_text_mismatch(tmp_path: Path):
    (tmp_path / "x.txt").write_text("Hà Nội mưa to.", encoding="utf-8")
    (tmp_path / "x.ann").write_text("T1\tLOC 0 6\tHải Phòng\n", encoding="utf-8")
    with pytest.raises(GoldspanError, match="T1") as info:
        load_brat(tmp_path)
    assert "x.ann" in str(info.value)


def test_labelstudio_config_and_tasks(tmp_path: Path):
    write_labelstudio([interview_doc()], tmp_path, as_predictions=True)
    config = etree.fromstring((tmp_path / "labeling-config.xml").read_bytes())
    assert [e.get("name") for e in config.iter("Labels")] == ["zone", "speech", "entity",
                                                            "figure"]
    assert config.find("Text").get("value") == "$text"
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    result = tasks[0]["predictions"][0]["result"]
    per = next(r for r in result if r["id"] == "e1" and r["type"] == "labels")
    assert per["from_name"] == "entity" and per["value"]["labels"] == ["PER"]
    back = load_labelstudio(tmp_path)
    assert [s.id for s in back[0].spans] == [s.id for s in interview_doc().spans]


def test_labelstudio_import_plain_task_and_mismatch(tmp_path: Path):
    task = {"id": 7, "data": {"text": "Ông Tư ở Cần Thơ."}, "annotations": [{"result": [
        {"id": "a1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 9, "end": 16, "text": "Cần Thơ", "labels": ["LOC"]}}]}]}
    path = tmp_path / "t.json"
    path.write_text(json.dumps([task]), encoding="utf-8")
    doc = load_labelstudio(path)[0]
    assert doc.id == "task-7" and [(s.label, s.text) for s in doc.spans] == [("LOC", "Cần Thơ")]
    task["annotations"][0]["result"][0]["value"]["start"] = 8
    path.write_text(json.dumps([task]), encoding="utf-8")
    with pytest.raises(GoldspanError, match="differs"):
        load_labelstudio(path)


def test_doccano_plain_lines_and_maps(tmp_path: Path):
    path = tmp_path / "d.jsonl"
    path.write_text(
        json.dumps({"id": 3, "text": "Sở Y tế Huế họp.", "label": [[0, 11, "ORGANIZATION"]]},
                   ensure_ascii=False) + "\n"
        + json.dumps({"text": "Mưa ở Huế.", "entities": [
            {"id": 1, "start_offset": 6, "end_offset": 9, "label": "LOC"}], "relations": []},
            ensure_ascii=False) + "\n",
        encoding="utf-8")
    with pytest.raises(GoldspanError, match="ORGANIZATION"):
        load_doccano(path)
    docs = load_doccano(path, label_map={"ORGANIZATION": "ORG"})
    assert [(s.label, s.text) for d in docs for s in d.spans] == [("ORG", "Sở Y tế Huế"),
                                                                  ("LOC", "Huế")]
    assert [d.id for d in docs] == ["3", "d-2"]


def test_doccano_export_shape(tmp_path: Path):
    out = tmp_path / "d.jsonl"
    write_doccano([interview_doc()], out, layers=["entity"])
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["label"] == [[65, 75, "PER"], [150, 158, "PER"], [94, 101, "MISC"]]
    assert record["doc_id"] == "ben-song"


def test_labelstudio_import_utf16_offsets_after_an_emoji(tmp_path: Path):
    text = "Tin vui 😀😀 từ Cần Thơ: lúa được mùa."
    start = text.index("Cần Thơ")
    units = len(text[:start].encode("utf-16-le")) // 2  # what JavaScript counts
    assert units == start + 2
    region = {"start": units, "end": units + 7, "text": "Cần Thơ", "labels": ["LOC"]}
    task = {"id": 1, "data": {"text": text},
            "annotations": [{"result": [{"id": "r1", "from_name": "entity", "to_name": "text",
                                         "type": "labels", "value": region}]}]}
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    span = load_labelstudio(path)[0].spans[0]
    assert (span.start, span.end, span.text) == (start, start + 7, "Cần Thơ")
    region["start"], region["end"] = start, start + 7  # code points, as Label Studio now writes
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    assert load_labelstudio(path)[0].spans[0].start == start


def test_brat_speaker_relation_names_the_nearest_mention_before(tmp_path: Path):
    from goldspan.model.document import Span, Speaker, new_document

    text = "Lan nói trước. Lan nói tiếp: \"Trời mưa\". Sau đó \"Trời tạnh\", Lan kể."
    doc = new_document("lan", text)
    doc.speakers = [Speaker(id="s1", name="Lan")]

    def add(span_id, layer, label, start, end, **kw):
        doc.spans.append(Span(id=span_id, layer=layer, label=label, start=start, end=end,
                              text=text[start:end], **kw))

    pers = [i for i in range(len(text)) if text.startswith("Lan", i)]
    for n, start in enumerate(pers, 1):
        add(f"e{n}", "entity", "PER", start, start + 3)
    first = text.index("Trời mưa")
    add("q1", "speech", "QUOTE", first, first + 8, attrs={"speaker": "s1"})
    doc.spans.insert(0, Span(id="q0", layer="speech", label="QUOTE", start=0, end=3,
                             text="Lan", attrs={"speaker": "s1"}))  # before every mention
    write_brat([doc], tmp_path)
    ann = (tmp_path / "lan.ann").read_text(encoding="utf-8")
    number = {json.loads(line.split("\t")[2])["id"]: line.split("\t")[1].split()[1]
              for line in ann.splitlines() if line.startswith("#")}
    relations = [line.split("\t")[1] for line in ann.splitlines() if line.startswith("R")]
    assert f"Speaker Arg1:{number['q1']} Arg2:{number['e2']}" in relations  # nearest before
    assert f"Speaker Arg1:{number['q0']} Arg2:{number['e1']}" in relations  # none before: first
