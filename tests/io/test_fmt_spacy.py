"""The spaCy DocBin export: spaCy loads it and its entities equal the gold's (skips without
spaCy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from goldspan.io.formats.spacy_docbin import words_and_spaces, write_spacy
from goldspan.io.gold import read_document
from tests.io.test_fmt_roundtrip import interview_doc


def test_spacy_words_and_spaces_rebuild_text():
    text = "  Hà Nội,\n\n92 đảng viên 😀  hết."
    words, spaces, _ = words_and_spaces(text)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True)) == text


def _load(path: Path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    return list(DocBin().from_disk(path).get_docs(spacy.blank("xx").vocab))


def test_spacy_docbin_entities_equal_gold(tmp_path: Path, small_doc):
    pytest.importorskip("spacy")
    docs = [interview_doc(), small_doc]
    out = tmp_path / "gold.spacy"
    warnings: list[str] = []
    write_spacy(docs, out, warn=warnings.append)
    loaded = _load(out)
    for gold, sdoc in zip(docs, loaded, strict=True):
        assert sdoc.text == gold.text
        ents = [(e.start_char, e.end_char, e.label_) for e in sdoc.ents]
        assert ents == [(s.start, s.end, s.label) for s in gold.layer_spans("entity")]
        for layer in ("zone", "speech", "figure"):
            group = [(s.start_char, s.end_char, s.label_) for s in sdoc.spans[layer]]
            assert group == [(s.start, s.end, s.label) for s in gold.spans if s.layer == layer]
        assert sdoc.user_data["goldspan"]["id"] == gold.id
    assert warnings == []


def test_spacy_docbin_seed_gold(tmp_path: Path, seed_gold_path):
    pytest.importorskip("spacy")
    gold = read_document(seed_gold_path)
    out = tmp_path / "seed.spacy"
    warnings: list[str] = []
    write_spacy([gold], out, warn=warnings.append)
    sdoc = _load(out)[0]
    flat = [(e.start_char, e.end_char, e.label_) for e in sdoc.ents]
    gold_ents = [(s.start, s.end, s.label) for s in gold.layer_spans("entity")]
    assert set(flat) <= set(gold_ents)
    assert len(flat) + len(warnings) >= len(gold_ents)  # every left-out span was reported
