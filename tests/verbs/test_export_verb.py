"""``goldspan export``: every format from a corpus folder, filters, warnings, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from goldspan.cli import main
from goldspan.io.gold import write_document
from tests.io.test_fmt_roundtrip import interview_doc

OUTS = {"jsonl": "c.jsonl", "conll": "c.conll", "brat": "brat", "labelstudio": "ls",
        "doccano": "d.jsonl", "figures-csv": "f.csv", "spacy": "c.spacy"}


@pytest.fixture
def corpus(tmp_path: Path, small_doc) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    done = interview_doc()
    done.status = "done"
    write_document(done, root / "ben-song.json")
    write_document(small_doc, root / "small.json")
    return root


@pytest.mark.parametrize("fmt", sorted(OUTS))
def test_export_verb_every_format(fmt, corpus: Path, tmp_path: Path, capsys):
    if fmt == "spacy":
        pytest.importorskip("spacy")
    out = tmp_path / OUTS[fmt]
    assert main(["export", str(corpus), "--format", fmt, "--out", str(out)]) == 0
    assert out.exists()
    assert "exported 2 document(s)" in capsys.readouterr().out


def test_export_verb_only_done_and_layers(corpus: Path, tmp_path: Path):
    out = tmp_path / "d.jsonl"
    assert main(["export", str(corpus), "--format", "doccano", "--out", str(out),
                 "--only-done", "--layers", "figure"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == ["ben-song"]
    assert {label for r in records for _, _, label in r["label"]} == {"QUANTITY", "MONEY"}


def test_export_verb_warns_about_spans_bio_cannot_hold(corpus: Path, tmp_path: Path, capsys):
    out = tmp_path / "s.conll"
    assert main(["export", str(corpus), "--format", "conll", "--layers", "speech",
                 "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "warning" in captured.err and "'q2'" in captured.err
    assert "warning(s)" in captured.out


def test_export_verb_bad_input_writes_nothing(corpus: Path, tmp_path: Path, capsys):
    (corpus / "broken.json").write_text("{", encoding="utf-8")
    out = tmp_path / "x.jsonl"
    assert main(["export", str(corpus), "--format", "jsonl", "--out", str(out)]) == 1
    assert not out.exists()
    assert "broken.json" in capsys.readouterr().err
    assert main(["export", str(corpus), "--format", "nope", "--out", str(out)]) == 1
    assert "unknown export format" in capsys.readouterr().err


def test_export_verb_rejects_unknown_layer(corpus: Path, tmp_path: Path, capsys):
    out = tmp_path / "x.conll"
    assert main(["export", str(corpus), "--format", "conll", "--layers", "entities",
                 "--out", str(out)]) == 1
    assert "unknown layer(s) entities" in capsys.readouterr().err
    assert not out.exists()


def test_export_verb_folder_for_a_one_file_format_is_an_error(corpus: Path, tmp_path: Path,
                                                              capsys):
    folder = tmp_path / "ra"
    folder.mkdir()
    assert main(["export", str(corpus), "--format", "jsonl", "--out", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"{folder}: is a folder; the jsonl export writes one file" in err
    assert "Traceback" not in err and list(folder.iterdir()) == []


def test_export_verb_unwritable_out_names_it(corpus: Path, tmp_path: Path, capsys):
    out = tmp_path / "khong-co" / "c.jsonl"
    assert main(["export", str(corpus), "--format", "doccano", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{out}: cannot write the doccano export" in err
