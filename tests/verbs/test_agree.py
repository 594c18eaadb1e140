"""The ``goldspan agree`` verb: pairwise F1, kappa per layer, disagreements."""

from __future__ import annotations

import json

from goldspan.cli import main
from goldspan.io.gold import write_document
from tests.evaluate.helpers import TEXT, doc_with


def _folders(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    write_document(doc_with([("entity", "LOC", "Đà Nẵng"), ("entity", "PER", "Trần Thị Mai"),
                             ("figure", "QUANTITY", "120 đại biểu", {"value": 120})],
                            doc_id="x"), a / "x.json")
    write_document(doc_with([("entity", "LOC", "Đà Nẵng"), ("entity", "PER", "Trần Thị"),
                             ("entity", "ORG", "Sở Giáo dục"),
                             ("figure", "QUANTITY", "120 đại biểu", {"value": 120})],
                            doc_id="x"), b / "x.json")
    write_document(doc_with([], doc_id="only-a"), a / "only-a.json")
    write_document(doc_with([], text=TEXT + "!", doc_id="y"), a / "y.json")
    write_document(doc_with([], doc_id="y"), b / "y.json")
    return a, b


def test_agree_prints_f1_kappa_and_disagreements(tmp_path, capsys):
    a, b = _folders(tmp_path)
    assert main(["agree", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "Documents compared: 1" in out
    assert "Disagreements: 2" in out
    assert "x entity only B: A - | B ORG [" in out
    assert "x entity wrong boundary: A PER" in out
    assert "'only-a' is only in A" in out and "texts in A and B differ" in out


def test_agree_json(tmp_path, capsys):
    a, b = _folders(tmp_path)
    assert main(["agree", str(a), str(b), "--json", "--layers", "entity", "figure"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 1
    ent = out["layers"]["entity"]
    assert ent["f1"]["strict"] == 0.4  # 1 of 2 and 1 of 3 agree: P 1/3, R 1/2
    assert ent["f1"]["overlap"] == 0.8
    assert 0 < ent["kappa"] < 1
    assert out["layers"]["figure"]["kappa"] == 1.0 and out["layers"]["figure"]["f1"]["strict"] == 1
    assert {d["kind"] for d in out["disagreements"]} == {"spurious", "wrong_boundary"}


def test_agree_is_symmetric_in_f1(tmp_path, capsys):
    a, b = _folders(tmp_path)
    main(["agree", str(a), str(b), "--json"])
    ab = json.loads(capsys.readouterr().out)["layers"]
    main(["agree", str(b), str(a), "--json"])
    ba = json.loads(capsys.readouterr().out)["layers"]
    assert ab["entity"]["f1"] == ba["entity"]["f1"]
    assert ab["entity"]["kappa"] == ba["entity"]["kappa"]


def test_agree_report_and_max(tmp_path, capsys):
    a, b = _folders(tmp_path)
    report = tmp_path / "agree.html"
    assert main(["agree", str(a), str(b), "--max", "1", "--report", str(report)]) == 0
    assert "(first 1)" in capsys.readouterr().out
    assert "<svg" in report.read_text(encoding="utf-8")
