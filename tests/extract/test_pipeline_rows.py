"""Spans proposed as rows (``ExtractResult(rows=..., text=...)``) give the same documents
as the same spans proposed with ``make_span``; ``ExtractResult.spans`` shows rows as spans;
a bad row is an error naming the extractor and the document, and changes nothing."""

from __future__ import annotations

import copy

import pytest

from goldspan.extract import registry
from goldspan.extract.base import Extractor, ExtractResult, make_span
from goldspan.model.document import Speaker, new_document
from goldspan.model.errors import GoldspanError
from tests.extract.snapshot_texts import corpus_gold
from tests.extract.test_pipeline_equivalence import _fingerprint

TEXT = "Bà Nguyễn Thu Hà nói: “Năm nay xã trồng 300 ha chè”.\n\nÔng Lê Văn Sơn đồng ý."


@pytest.fixture(autouse=True)
def _isolated_registry(monkeypatch):
    """Extractors registered by a test are forgotten after it."""
    registry.available()
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))


class _AsRows(Extractor):
    """A registered extractor whose spans are handed on as rows (after ``keep`` spans)."""

    def __init__(self, inner: Extractor, keep: int = 0):
        self.inner, self.keep = inner, keep
        self.name, self.version = inner.name, inner.version
        self.produces, self.requires = inner.produces, inner.requires

    def extract(self, doc):
        result = self.inner.extract(doc)
        spans = result.spans
        rows = [(s.layer, s.label, s.start, s.end, s.attrs) for s in spans[self.keep:]]
        return ExtractResult(spans[:self.keep], result.speakers, rows=rows, text=doc.text)


def test_pipeline_rows_give_the_documents_of_spans():
    inner = {n: registry.get(n) for n in registry.default_names()}
    for i, (rel, gold) in enumerate(corpus_gold()):
        start = new_document(rel, gold.text)
        if i % 2:
            registry.run_pipeline(start)
            for j, span in enumerate(start.spans):
                span.review = "accepted" if j % 3 == 0 else span.review
        want = registry.run_pipeline(copy.deepcopy(start))
        for ext in inner.values():
            registry.register(_AsRows(ext, keep=i % 3))
        got = registry.run_pipeline(copy.deepcopy(start))
        for ext in inner.values():
            registry.register(ext)
        assert _fingerprint(got) == _fingerprint(want), rel


class _Mixed(Extractor):
    name, version, produces = "t-rows", "1", ("speech",)
    bad: tuple | None = None

    def extract(self, doc):
        text = doc.text
        rows = [("speech", "QUOTE", 22, 50, {"speaker": "a", "kind": "direct"}),
                ("speech", "QUOTE", 22, 50, {"speaker": "a", "kind": "direct"}),
                ("speech", "TURN", 0, 3, None)]
        if self.bad is not None:
            rows.append(self.bad)
        return ExtractResult([make_span("speech", "TURN", 0, 3, text)],
                             [Speaker(id="a", name="Nguyễn Thu Hà")], rows=rows, text=text)


def test_pipeline_rows_mixed_with_spans_and_duplicates():
    registry.register(_Mixed())
    doc = registry.run_pipeline(new_document("d", TEXT), ["t-rows"])
    assert [(s.id, s.label, s.text, s.attrs) for s in doc.spans] == [
        ("q1", "TURN", "Bà ", None),
        ("q2", "QUOTE", TEXT[22:50], {"speaker": "s1", "kind": "direct"})]
    assert doc.spans[1].model_fields_set == set(type(doc.spans[1]).model_fields)


@pytest.mark.parametrize("bad", [("speech", "QUOTE", 5, 999, None), ("speech", "QUOTE", 3, 2, None),
                                 ("speech", 7, 0, 1, None), ("speech", "QUOTE", 0, 1),
                                 ("speech", "QUOTE", 0, 1, [("speaker", "a")])])
def test_pipeline_rows_bad_row_is_an_error_and_changes_nothing(bad):
    ext = _Mixed()
    ext.bad = bad
    registry.register(ext)
    doc = new_document("doc-7", TEXT)
    registry.run_pipeline(doc, ["zones"])
    before = _fingerprint(doc)
    with pytest.raises(GoldspanError, match="t-rows@1 failed") as info:
        registry.run_pipeline(doc, ["t-rows"])
    assert "doc-7" in str(info.value)
    assert [s.layer for s in doc.spans] == ["zone"] * 2 and doc.speakers == []
    assert _fingerprint(doc) == before


def test_pipeline_rows_read_as_spans():
    rows = [("entity", "PER", 3, 16, None), ("figure", "QUANTITY", 40, 46, {"value": 300})]
    result = ExtractResult([make_span("zone", "BODY", 0, 52, TEXT)], rows=rows, text=TEXT)
    assert result.proposals()[1] == rows
    spans = result.spans
    assert [(s.layer, s.text, s.attrs) for s in spans] == [
        ("zone", TEXT[:52], None), ("entity", "Nguyễn Thu Hà", None),
        ("figure", "300 ha", {"value": 300})]
    assert result.proposals()[1] == [] and result.spans is spans
    assert result == ExtractResult(list(spans))
    result.spans = []
    assert result.spans == [] and result.speakers == []
    with pytest.raises(TypeError, match="need the document text"):
        ExtractResult(rows=rows)
    with pytest.raises(ValueError, match="bad span range"):
        _ = ExtractResult(rows=[("entity", "PER", 0, 999, None)], text=TEXT).spans
