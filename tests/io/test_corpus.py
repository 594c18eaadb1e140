"""Tests of corpus folders: listing from the index without parsing unchanged files."""

from __future__ import annotations

import os

import pytest

from goldspan.io import corpus as corpus_mod
from goldspan.io.corpus import INDEX_NAME, Corpus
from goldspan.model.document import new_document
from goldspan.model.errors import GoldspanError


def _doc(i: int):
    doc = new_document(f"doc{i:03d}", f"Bài số {i}\n\nNội dung.")
    doc.meta["title"] = f"Bài số {i}"
    return doc


def test_corpus_lists_summaries_and_reuses_index(tmp_path, monkeypatch, small_doc):
    corpus = Corpus.create(tmp_path / "c")
    for i in range(5):
        corpus.add(_doc(i))
    small_doc.spans[0].review = "suggested"
    corpus.add(small_doc)
    entries = {e.id: e for e in corpus.entries()}
    assert set(entries) == {f"doc{i:03d}" for i in range(5)} | {"small"}
    assert entries["small"].spans == 6 and entries["small"].suggested == 1
    assert entries["doc003"].title == "Bài số 3"
    assert (corpus.root / INDEX_NAME).exists()

    calls = []
    real = corpus_mod._summarize
    monkeypatch.setattr(corpus_mod, "_summarize", lambda *a: calls.append(a[0].name) or real(*a))
    corpus.entries()
    assert calls == []  # nothing parsed: every file unchanged
    doc = corpus.load("doc002")
    doc.status = "done"
    corpus.save(doc)
    os.utime(corpus.path_for("doc002"), ns=(1, 1))  # make sure mtime differs
    entries = {e.id: e for e in corpus.entries()}
    assert calls == ["doc002.json"]
    assert entries["doc002"].status == "done"


def test_corpus_corrupt_index_is_rebuilt(tmp_path):
    corpus = Corpus.create(tmp_path)
    corpus.add(_doc(1))
    (tmp_path / INDEX_NAME).write_text("{broken", encoding="utf-8")
    assert [e.id for e in corpus.entries()] == ["doc001"]


def test_corpus_broken_document_is_listed_with_error(tmp_path):
    corpus = Corpus.create(tmp_path)
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    (entry,) = corpus.entries()
    assert entry.id == "bad" and entry.error


@pytest.mark.parametrize("content", ['{"id": "bad", "spans": 5}', '[1, 2]',
                                     '{"id": "bad", "meta": [1]}'])
def test_corpus_document_of_wrong_shape_is_listed_with_error(tmp_path, content):
    corpus = Corpus.create(tmp_path)
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    (entry,) = corpus.entries()
    assert entry.id == "bad" and entry.error


def test_corpus_add_refuses_existing_id_and_bad_ids(tmp_path):
    corpus = Corpus.create(tmp_path)
    corpus.add(_doc(1))
    with pytest.raises(GoldspanError, match="already in the corpus"):
        corpus.add(_doc(1))
    with pytest.raises(GoldspanError):
        corpus.path_for("../escape")
    with pytest.raises(GoldspanError, match="not a corpus folder"):
        Corpus(tmp_path / "missing")
