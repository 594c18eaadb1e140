"""CoNLL export/import: BIO tags, reports of what BIO cannot hold, readers, label maps."""

from __future__ import annotations

from pathlib import Path

import pytest

from goldspan.io.formats.common import sentences, tokens
from goldspan.io.formats.conll import conll_lines, load_conll, write_conll
from goldspan.model.document import Span, new_document
from goldspan.model.errors import GoldspanError
from tests.io.test_fmt_roundtrip import interview_doc


def _entity_pairs(doc):
    return [(s.label, s.text) for s in doc.layer_spans("entity")]


def test_conll_tokens_keep_numbers_and_split_punctuation():
    text = "Giá 50.000 đồng/kg, Covid-19 (năm 2021)."
    got = [text[s:e] for s, e in tokens(text)]
    assert got == ["Giá", "50.000", "đồng", "/", "kg", ",", "Covid-19", "(", "năm", "2021",
                   ")", "."]


def test_conll_sentences_split_lines_and_full_stops():
    text = "Trời mưa. Đường ngập ở TP. Hồ Chí Minh.\nHết."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Trời mưa.", "Đường ngập ở TP. Hồ Chí Minh.", "Hết."]


def test_conll_sentences_abbreviations_far_into_a_long_line():
    lead = "Mưa lớn kéo dài. " * 50
    text = lead + "Nước lên ở TP. Huế. Đội ATP. Thắng. TP. Vinh khô ráo."
    got = [text[s:e] for s, e in sentences(text)][50:]
    assert got == ["Nước lên ở TP. Huế.", "Đội ATP.", "Thắng.", "TP. Vinh khô ráo."]


def test_conll_export_long_document_tags_every_span():
    words = "Bà Lê Thị Hoa về Đà Nẵng .".split()
    text = " ".join(words * 400)
    doc = new_document("dai", text)
    pos = 0
    for n in range(400):
        start = text.index("Đà Nẵng", pos)
        doc.spans.append(Span(id=f"e{n}", layer="entity", label="LOC", start=start,
                              end=start + 7, text="Đà Nẵng"))
        pos = start + 7
    lines = conll_lines(doc)
    assert lines.count("Đà\tB-LOC") == 400 and lines.count("Nẵng\tI-LOC") == 400
    assert sum(1 for line in lines if line.endswith("-LOC")) == 800


def test_conll_export_bio_and_docstart():
    lines = conll_lines(interview_doc())
    assert lines[:2] == ["-DOCSTART-\tO", ""]
    assert "Lý\tB-PER" in lines and "Văn\tI-PER" in lines and "Sáu\tI-PER" in lines
    assert "Cá\tB-MISC" in lines
    assert lines[-1] == ""


def test_conll_export_reports_nested_and_cut_spans():
    doc = interview_doc()
    text = doc.text
    start = text.index("Văn Sáu")
    doc.spans.append(Span(id="e9", layer="entity", label="PER", start=start, end=start + 7,
                          text="Văn Sáu"))
    cut = text.index("ngày")
    doc.spans.append(Span(id="e10", layer="entity", label="MISC", start=cut, end=cut + 2,
                          text="ng"))
    warnings: list[str] = []
    conll_lines(doc, "entity", warnings.append)
    assert any("'e9'" in w and "nested" in w for w in warnings)
    assert any("'e10'" in w and "cut a token" in w for w in warnings)


def test_conll_export_reports_spans_across_sentences():
    warnings: list[str] = []
    conll_lines(interview_doc(), "speech", warnings.append)
    assert any("'q2'" in w and "sentence boundary" in w for w in warnings)


def test_conll_flat_layer_roundtrip(tmp_path: Path):
    doc = interview_doc()
    first = tmp_path / "a.conll"
    write_conll([doc], first)
    back = load_conll(first)
    assert _entity_pairs(back[0]) == _entity_pairs(doc)
    second = tmp_path / "b.conll"
    write_conll(back, second)
    assert second.read_bytes() == first.read_bytes()


def test_conll_readable_by_seqeval_and_nervaluate(tmp_path: Path, small_doc):
    seqeval = pytest.importorskip("seqeval.metrics.sequence_labeling")
    from nervaluate import Evaluator

    out = tmp_path / "gold.conll"
    write_conll([interview_doc(), small_doc], out)
    data = out.read_text(encoding="utf-8")
    sents = [[line.split("\t")[1] for line in block.split("\n") if line]
             for block in data.strip().split("\n\n")]
    chunks = seqeval.get_entities(sents)
    assert sorted({c[0] for c in chunks}) == ["LOC", "MISC", "PER"]
    assert sum(1 for c in chunks) == 5
    evaluator = Evaluator(data, data, tags=["PER", "LOC", "MISC"], loader="conll")
    strict = evaluator.evaluate()["overall"]["strict"]
    assert (strict.possible, strict.correct, strict.f1) == (5, 5, 1.0)


def test_conll_import_vlsp_style_with_map(tmp_path: Path):
    src = tmp_path / "vlsp.txt"
    src.write_text("-DOCSTART- -X- -X- O\n\nÔng\tN\tB-NP\tO\nNguyễn_Văn_Ba\tNp\tB-NP\tB-PERSON\n"
                   "đến\tV\tB-VP\tO\nThành_phố\tN\tB-NP\tB-LOCATION\nHuế\tNp\tI-NP\tI-LOCATION\n"
                   ".\tCH\tO\tO\n\n", encoding="utf-8")
    docs = load_conll(src, label_map={"PERSON": "PER", "LOCATION": "LOC"})
    assert docs[0].text == "Ông Nguyễn Văn Ba đến Thành phố Huế."
    assert _entity_pairs(docs[0]) == [("PER", "Nguyễn Văn Ba"), ("LOC", "Thành phố Huế")]


def test_conll_import_bioes_and_unknown_labels(tmp_path: Path):
    src = tmp_path / "bioes.conll"
    src.write_text("Bộ B-ORG\nY I-ORG\ntế E-ORG\nhọp O\nở O\nHuế S-LOC\n", encoding="utf-8")
    assert _entity_pairs(load_conll(src)[0]) == [("ORG", "Bộ Y tế"), ("LOC", "Huế")]
    bad = tmp_path / "bad.conll"
    bad.write_text("Huế B-CITY\n", encoding="utf-8")
    with pytest.raises(GoldspanError, match="CITY.*--map CITY=NEW"):
        load_conll(bad)
    assert load_conll(bad, label_map={"CITY": ""})[0].spans == []


def test_conll_import_rejects_bad_tags(tmp_path: Path):
    src = tmp_path / "bad.conll"
    src.write_text("Huế X-LOC\n", encoding="utf-8")
    with pytest.raises(GoldspanError, match="X-LOC"):
        load_conll(src)


def test_conll_import_tag_column(tmp_path: Path):
    src = tmp_path / "five.conll"
    src.write_text("Sở\tN\tB-NP\tB-ORG\tO\nY_tế\tN\tI-NP\tI-ORG\tO\nHuế\tNp\tI-NP\tI-ORG\tB-LOC\n",
                   encoding="utf-8")
    assert _entity_pairs(load_conll(src)[0]) == [("LOC", "Huế")]
    assert _entity_pairs(load_conll(src, tag_column=4)[0]) == [("ORG", "Sở Y tế Huế")]
    with pytest.raises(GoldspanError, match="no tag column 9"):
        load_conll(src, tag_column=9)
