"""The project's own gold corpus (tests/corpus) and the demo articles (resources/demo).

The .json files are generated from tests/corpus/src/*.gsmark by bench/build_corpus.py; these
tests fail when they are stale, invalid, or break a rule of GUIDELINES.md that can be checked
mechanically.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from goldspan.io.gold import read_document
from goldspan.io.text_import import import_text
from goldspan.model.scheme import default_scheme

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
DEMO = REPO / "goldspan" / "resources" / "demo"
JSON_FILES = sorted((CORPUS / "dev").glob("*.json")) + sorted((CORPUS / "heldout").glob("*.json"))
MIN_DOCS = {"dev": 10, "heldout": 6}


def _builder():
    spec = importlib.util.spec_from_file_location("build_corpus", REPO / "bench" / "build_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_gold_json_is_up_to_date_with_sources():
    assert _builder().stale(CORPUS) == []


def test_corpus_gold_has_enough_documents():
    for split, least in MIN_DOCS.items():
        assert len(list((CORPUS / split).glob("*.json"))) >= least, split
    assert len(list((CORPUS / "src").glob("*.gsmark"))) == len(JSON_FILES)


@pytest.fixture(params=JSON_FILES, ids=lambda p: p.stem)
def gold(request):
    return read_document(request.param)


def test_corpus_gold_is_valid_and_done(gold):
    assert gold.status == "done"
    assert 150 <= len(gold.text.split()) <= 1200  # article of 150-700 words plus page chrome


def test_corpus_gold_every_line_has_one_zone(gold):
    zones = gold.layer_spans("zone")
    offset, expected = 0, []
    for line in gold.text.split("\n"):
        if line.strip():
            expected.append((offset, offset + len(line)))
        offset += len(line) + 1
    assert [(z.start, z.end) for z in zones] == expected


def test_corpus_gold_annotations_only_in_content_zones(gold):
    content = set(default_scheme().content_zones)
    zones = gold.layer_spans("zone")
    for span in gold.spans:
        if span.layer == "zone":
            continue
        home = next(z for z in zones if z.start <= span.start < z.end)
        assert home.label in content, (span.id, span.text)
        if span.layer != "speech":
            assert span.end <= home.end, (span.id, span.text)


def test_corpus_gold_speech_has_speakers_and_kinds(gold):
    speakers = {s.id for s in gold.speakers}
    for span in gold.layer_spans("speech"):
        assert span.attr("speaker") in speakers, span.id
        if span.label == "QUOTE":
            assert span.attr("kind") in ("direct", "indirect"), span.id
        assert span.text == span.text.strip() and not span.text.endswith("\n")
    used = {span.attr("speaker") for span in gold.layer_spans("speech")}
    assert speakers == used  # every declared speaker speaks


def test_corpus_gold_figures_have_values(gold):
    for span in gold.layer_spans("figure"):
        assert "value" in (span.attrs or {}), span.id
        if span.label in ("QUANTITY", "MONEY"):
            assert span.attr("unit"), span.id


def test_corpus_gold_entities_do_not_nest(gold):
    entities = gold.layer_spans("entity")
    for a, b in zip(entities, entities[1:], strict=False):
        assert a.end <= b.start, (a.text, b.text)


def test_demo_corpus_has_four_plain_text_articles():
    files = sorted(DEMO.glob("*.txt"))
    assert len(files) == 4
    texts = []
    for path in files:
        doc = import_text(path)
        assert 150 <= len(doc.text.split()) <= 1200, path.name
        assert doc.meta["title"]
        texts.append(doc.text)
    assert any("\nPV: " in t for t in texts)  # an interview
    assert any("“" in t or '"' in t for t in texts)  # quotes
    assert max(sum(ch.isdigit() for ch in t) for t in texts) >= 100  # a figure-heavy bulletin


def test_corpus_gold_builder_reports_stale_and_orphan_files(tmp_path):
    builder = _builder()
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.gsmark").write_text("split: dev\n---\n@TITLE Tin [[LOC|Huế]]\n",
                                               encoding="utf-8")
    assert builder.stale(tmp_path) == [f"{tmp_path / 'dev' / 'a.json'}: missing or out of date"]
    assert builder.main(["--root", str(tmp_path)]) == 0
    assert builder.stale(tmp_path) == []
    (tmp_path / "heldout").mkdir()
    (tmp_path / "heldout" / "old.json").write_text("{}", encoding="utf-8")
    assert builder.main(["--root", str(tmp_path), "--check"]) == 1
    assert builder.stale(tmp_path) == [f"{tmp_path / 'heldout' / 'old.json'}: no source in src/"]
