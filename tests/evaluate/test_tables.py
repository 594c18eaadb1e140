"""Terminal tables: one block per evaluated layer, labels as rows, problems last."""

from __future__ import annotations

from goldspan.evaluate import Options, evaluate_documents
from goldspan.evaluate.tables import render
from tests.evaluate.helpers import doc_with


def test_tables_rows_per_label_and_layer_blocks():
    gold = doc_with([("entity", "LOC", "Đà Nẵng"), ("entity", "PER", "Trần Thị Mai"),
                     ("figure", "PERCENT", "95%", {"value": 95})])
    pred = doc_with([("entity", "LOC", "Đà Nẵng"), ("figure", "PERCENT", "95%", {"value": 95})])
    text = render(evaluate_documents([gold], [pred]))
    lines = text.splitlines()
    assert lines[0] == "Documents: 1 scored"
    assert [line for line in lines if line.endswith(":")] == ["Entities:", "Figures:", "Speech:"]
    assert lines[2].startswith("Zones: accuracy 1.000 over 4 paragraphs")
    loc = next(line for line in lines if line.split()[:1] == ["LOC"])
    assert loc.split()[1:4] == ["1.000", "1.000", "1.000"]
    per = next(line for line in lines if line.split()[:1] == ["PER"])
    assert per.split()[1:7] == ["0.000", "0.000", "0.000", "0", "0", "1"]
    assert "value accuracy 1.000 (1 values compared)" in text
    assert "Problems:" not in text


def test_tables_only_chosen_layers_and_problems():
    gold = doc_with([("entity", "LOC", "Đà Nẵng")])
    text = render(evaluate_documents([gold], [], Options(layers=("entity",))))
    assert "Zones" not in text and "Figures" not in text and "Entities:" in text
    assert "Documents: 1 scored, 1 without prediction" in text
    assert text.rstrip().splitlines()[-1].startswith("  - document 'd1': no prediction")
