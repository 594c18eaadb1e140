"""``goldspan import``: formats into a corpus, label maps, refusals that leave it untouched."""

from __future__ import annotations

from pathlib import Path

from goldspan.cli import main
from goldspan.io.corpus import Corpus
from goldspan.io.formats.brat import write_brat
from goldspan.model.document import document_to_dict
from tests.io.test_fmt_roundtrip import interview_doc

PAGES = Path(__file__).parent.parent / "io" / "html_pages"


def test_import_verb_brat_folder_into_corpus(tmp_path: Path, capsys):
    write_brat([interview_doc()], tmp_path / "brat")
    into = tmp_path / "corpus"
    assert main(["import", str(tmp_path / "brat"), "--format", "brat", "--into", str(into)]) == 0
    assert document_to_dict(Corpus(into).load("ben-song")) == document_to_dict(interview_doc())
    assert "imported 1 document(s)" in capsys.readouterr().out


def test_import_verb_conll_with_map_and_layer(tmp_path: Path):
    src = tmp_path / "ner.conll"
    src.write_text("Trường\tB-ORGANIZATION\nLê_Quý_Đôn\tI-ORGANIZATION\nkhai\tO\ngiảng\tO\n",
                   encoding="utf-8")
    into = tmp_path / "corpus"
    assert main(["import", str(src), "--into", str(into), "--map", "ORGANIZATION=ORG"]) == 0
    doc = Corpus(into).load("ner")
    assert [(s.layer, s.label, s.text) for s in doc.spans] == [
        ("entity", "ORG", "Trường Lê Quý Đôn")]


def test_import_verb_html_pages_by_suffix(tmp_path: Path):
    into = tmp_path / "corpus"
    assert main(["import", str(PAGES / "wp_bold_lead.html"), "--into", str(into)]) == 0
    assert Corpus(into).load("wp_bold_lead").spans[0].label == "TITLE"


def test_import_verb_refuses_unknown_labels_and_existing_ids(tmp_path: Path, capsys):
    src = tmp_path / "ner.conll"
    src.write_text("Huế\tB-CITY\n", encoding="utf-8")
    into = tmp_path / "corpus"
    assert main(["import", str(src), "--into", str(into)]) == 1
    assert "--map CITY=NEW" in capsys.readouterr().err
    assert not into.exists() or not list(into.glob("*.json"))
    assert main(["import", str(src), "--into", str(into), "--map", "CITY=LOC"]) == 0
    before = (into / "ner.json").read_bytes()
    assert main(["import", str(src), "--into", str(into), "--map", "CITY=ORG"]) == 1
    assert "already in the corpus" in capsys.readouterr().err
    assert (into / "ner.json").read_bytes() == before
    assert main(["import", str(src), "--into", str(into), "--map", "CITY=ORG",
                 "--overwrite"]) == 0
    assert Corpus(into).load("ner").spans[0].label == "ORG"


def test_import_verb_refuses_one_id_from_two_inputs(tmp_path: Path, capsys):
    for name in ("mot", "hai"):
        (tmp_path / f"{name}.jsonl").write_text(
            '{"doc_id": "trung", "text": "Hội An về đêm", "label": [[0, 6, "LOC"]]}\n',
            encoding="utf-8")
    into = tmp_path / "corpus"
    assert main(["import", str(tmp_path / "mot.jsonl"), str(tmp_path / "hai.jsonl"),
                 "--format", "doccano", "--into", str(into)]) == 1
    assert "document id 'trung' comes from more than one input" in capsys.readouterr().err
    assert not into.exists()


def test_import_verb_recognises_brat_and_labelstudio_folders(tmp_path: Path, capsys):
    from goldspan.io.formats.labelstudio import write_labelstudio

    write_brat([interview_doc()], tmp_path / "brat")
    doc = interview_doc()
    doc.id = "ben-song-ls"
    write_labelstudio([doc], tmp_path / "ls")
    into = tmp_path / "corpus"
    assert main(["import", str(tmp_path / "brat"), str(tmp_path / "ls"),
                 "--into", str(into)]) == 0  # no --format: found from the folders
    assert "imported 2 document(s)" in capsys.readouterr().out
    assert document_to_dict(Corpus(into).load("ben-song")) == document_to_dict(interview_doc())
    assert Corpus(into).load("ben-song-ls").text == doc.text
