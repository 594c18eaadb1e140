"""The ``goldspan evaluate`` verb: tables, --json, --report, --extractor, bad input."""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from goldspan.cli import main
from goldspan.io.gold import write_document
from goldspan.model.document import Speaker
from tests.evaluate.helpers import TEXT, doc_with


@pytest.fixture
def folders(tmp_path):
    """gold/ with d1, d2, d3 and pred/ with d1 (imperfect), d3 (other text), extra."""
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    sp = [Speaker(id="s1", name="Trần Thị Mai")]
    g1 = doc_with([("zone", "TITLE", "Hội nghị tổng kết năm 2023 tại Đà Nẵng"),
                   ("entity", "LOC", "Đà Nẵng"), ("entity", "PER", "Trần Thị Mai"),
                   ("figure", "QUANTITY", "120 đại biểu", {"value": 120}),
                   ("speech", "QUOTE", "ngành đạt 95% kế hoạch", {"speaker": "s1"})],
                  doc_id="d1", speakers=sp)
    p1 = doc_with([("zone", "TITLE", "Hội nghị tổng kết năm 2023 tại Đà Nẵng"),
                   ("entity", "LOC", "Đà Nẵng"), ("entity", "ORG", "Trần Thị Mai"),
                   ("figure", "QUANTITY", "120 đại biểu", {"value": 12}),
                   ("speech", "QUOTE", "ngành đạt 95% kế hoạch", {"speaker": "s1"})],
                  doc_id="d1", speakers=sp)
    write_document(g1, gold / "d1.json")
    write_document(doc_with([("entity", "LOC", "Đà Nẵng")], doc_id="d2"), gold / "d2.json")
    write_document(doc_with([], doc_id="d3"), gold / "d3.json")
    write_document(p1, pred / "d1.json")
    write_document(doc_with([], text=TEXT + " thêm", doc_id="d3"), pred / "d3.json")
    write_document(doc_with([], doc_id="extra"), pred / "extra.json")
    return gold, pred


def test_evaluate_json_output_has_the_issue_shape(folders, capsys):
    gold, pred = folders
    assert main(["evaluate", str(gold), str(pred), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["documents", "zone", "entity", "figure", "speech", "problems"]
    assert out["documents"] == 2  # d1, and d2 without prediction; d3 left out
    assert (out["entity"]["strict"]["tp"], out["entity"]["strict"]["fp"],
            out["entity"]["strict"]["fn"]) == (1, 1, 2)
    assert out["figure"]["value_accuracy"] == 0 and out["figure"]["values_compared"] == 1
    assert out["speech"]["attribution"]["f1"] == 1
    problems = "\n".join(out["problems"])
    assert "'d2': no prediction" in problems
    assert "'d3'" in problems and "text differs" in problems
    assert "'extra' has no gold" in problems


def test_evaluate_terminal_tables(folders, capsys):
    gold, pred = folders
    assert main(["evaluate", str(gold), str(pred)]) == 0
    out = capsys.readouterr().out
    for needle in ("Documents: 2 scored, 1 without prediction, 1 left out", "Zones: accuracy",
                   "Entities:", "Figures:", "Speech:", "nervaluate", "value accuracy 0.000",
                   "Problems:"):
        assert needle in out
    assert any(line.split()[:1] == ["PER"] for line in out.splitlines())


def test_evaluate_layers_and_labels(folders, capsys):
    gold, pred = folders
    assert main(["evaluate", str(gold), str(pred), "--json", "--layers", "entity",
                 "--labels", "LOC"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["documents", "entity", "problems"]
    assert list(out["entity"]["by_label"]) == ["LOC"]
    assert out["entity"]["strict"]["tp"] == 1 and out["entity"]["strict"]["fn"] == 1


def test_evaluate_labels_choose_their_layers(folders, capsys):
    gold, pred = folders
    assert main(["evaluate", str(gold), str(pred), "--json", "--labels", "PER", "QUANTITY"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["documents", "entity", "figure", "problems"]
    assert list(out["entity"]["by_label"]) == ["PER"]


def test_evaluate_report_is_one_self_contained_html_file(folders, tmp_path, capsys):
    gold, pred = folders
    report = tmp_path / "out" / "report.html"
    report.parent.mkdir()
    assert main(["evaluate", str(gold), str(pred), "--report", str(report)]) == 0
    text = report.read_text(encoding="utf-8")
    tree = lxml_html.fromstring(text)
    headings = [h.text_content() for h in tree.iter("h2")]
    assert headings == ["Summary", "Scores by label", "Label confusion", "Documents", "Errors"]
    assert len(tree.xpath("//svg")) >= 4
    assert not tree.xpath("//script") and not tree.xpath("//link")
    assert not [a for a in tree.xpath("//@src | //@href") if not a.startswith("#")]
    kinds = {e.text_content() for e in tree.xpath("//span[contains(@class, 'kind')]")}
    assert {"missed", "wrong label", "wrong value"} <= kinds
    assert "Trần Thị Mai" in text  # context of the wrong label


def test_evaluate_extractor_on_seed_gold(seed_gold_path, capsys):
    assert main(["evaluate", str(seed_gold_path), "--extractor", "paragraphs", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["documents", "zone", "problems"]  # the layers 'paragraphs' produces
    assert out["zone"]["paragraphs"] == 84 and out["zone"]["by_label"]["BODY"]["recall"] == 1


def test_evaluate_extractor_default_does_not_touch_gold(seed_gold_path, capsys):
    before = seed_gold_path.read_bytes()
    assert main(["evaluate", str(seed_gold_path), "--extractor", "default", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 1 and "entity" in out and "speech" in out
    assert seed_gold_path.read_bytes() == before


def test_evaluate_needs_pred_or_extractor(folders, capsys):
    gold, pred = folders
    assert main(["evaluate", str(gold)]) == 1
    assert "either PRED or --extractor" in capsys.readouterr().err
    assert main(["evaluate", str(gold), "--extractor", "nosuch"]) == 1
    assert "unknown extractor 'nosuch'" in capsys.readouterr().err


def test_evaluate_bad_file_is_reported_and_others_scored(folders, capsys):
    gold, pred = folders
    (pred / "broken.json").write_text("{not json", encoding="utf-8")
    assert main(["evaluate", str(gold), str(pred), "--json"]) == 1
    captured = capsys.readouterr()
    assert "broken.json" in captured.err and "not valid JSON" in captured.err
    assert json.loads(captured.out)["documents"] == 2
    assert main(["evaluate", str(gold / "nope.json"), str(pred)]) == 1
    assert "no such gold" in capsys.readouterr().err
