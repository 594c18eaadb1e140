"""The pipeline's bookkeeping (ids counted on across extractors, skipped rebuilds of the
span list, the set of existing keys) gives the documents of the frozen pipeline at 493546f
in the unusual cases too: id prefixes that start one another, an extractor returning
duplicates or spans of a layer it does not declare, two extractors of one layer, an
extractor that breaks the contract and adds to ``doc.spans`` itself, odd ids already in
the document, spans built with ``Span(...)`` and speakers met again."""

from __future__ import annotations

import copy

import pytest

from goldspan.extract import registry
from goldspan.extract.base import Extractor, ExtractResult, make_span
from goldspan.model.document import Document, Span, Speaker, new_document
from goldspan.model.scheme import default_scheme
from tests.extract.test_pipeline_equivalence import _fingerprint
from tests.extract.test_pipeline_reference import old_helpers, old_run_pipeline

TEXT = ("Hà Nội ngày 3/4/2024\n\nÔng Trần Minh Khoa cho biết năm nay tỉnh trồng 1.250 ha "
        "lúa, tăng 12,5%.\n\n“Chúng tôi sẽ làm tiếp”, bà Lê Thu Hà nói.\n\nThu Trang")


@pytest.fixture(autouse=True)
def _isolated_registry(monkeypatch):
    """Extractors registered by a test are forgotten after it."""
    registry.available()
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))


def _same(doc: Document, **kwargs) -> Document:
    """Run both pipelines on copies of ``doc``; assert equal results; return the new one."""
    old, new = copy.deepcopy(doc), copy.deepcopy(doc)
    with old_helpers():
        old_run_pipeline(old, **kwargs)
    registry.run_pipeline(new, **kwargs)
    assert _fingerprint(new) == _fingerprint(old)
    return new


class _Odd(Extractor):
    """Returns a duplicate, a copy of a zone and a span of a layer it does not declare."""

    name, version, produces, requires = "t-odd", "2", ("entity",), ("zone",)

    def extract(self, doc):
        text = doc.text
        zone = next(s for s in doc.spans if s.layer == "zone")
        return ExtractResult([
            make_span("entity", "PER", 0, 6, text), make_span("entity", "PER", 0, 6, text),
            make_span("zone", zone.label, zone.start, zone.end, text),
            make_span("note", "X", 1, 3, text), make_span("note", "X", 1, 3, text),
            Span(id="tmp", layer="entity", label="LOC", start=0, end=2, text="Hà", extra=1),
            make_span("speech", "QUOTE", 4, 9, text, {"speaker": "a"}),
        ], [Speaker(id="a", name="Trần Minh Khoa", role="giám đốc")])


class _Rude(Extractor):
    """Breaks the contract: appends a span of its own to ``doc.spans`` while extracting."""

    name, version, produces = "t-rude", "1", ("figure",)

    def extract(self, doc):
        doc.spans.append(Span(id="f1", layer="figure", label="DATE", start=0, end=2,
                              text=doc.text[:2]))
        return ExtractResult([make_span("figure", "DATE", 0, 2, doc.text),
                              make_span("figure", "QUANTITY", 3, 6, doc.text)])


class _Mixed(Extractor):
    """Two layers in one batch: figures first, then entities."""

    name, version, produces = "t-mixed", "1", ("figure", "entity")

    def extract(self, doc):
        text = doc.text
        return ExtractResult([make_span("figure", "DATE", 3, 6, text),
                              make_span("entity", "LOC", 0, 6, text),
                              make_span("figure", "DATE", 7, 9, text)])


def test_pipeline_edges_prefixes_that_start_one_another_in_one_batch():
    registry.register(_Mixed())
    scheme = default_scheme().model_copy(deep=True)
    scheme.layer("figure").span_prefix = "e1"
    doc = _same(new_document("d", TEXT), names=["t-mixed"], scheme=scheme)
    assert [s.id for s in doc.spans] == ["e11", "e12", "e12"]  # as new_span_id gives them


@pytest.mark.parametrize("names", [None, ["zones", "figures", "entities"],
                                   ["zones", "entities", "figures"]])
def test_pipeline_edges_prefixes_that_start_one_another(names):
    scheme = default_scheme().model_copy(deep=True)
    scheme.layer("figure").span_prefix = "e1"
    scheme.layer("speech").span_prefix = ""
    doc = _same(new_document("d", TEXT * 3), names=names, scheme=scheme)
    ids = [s.id for s in doc.spans]
    assert any(i.startswith("e1") for i in ids) and any(i.startswith("e") for i in ids)


def test_pipeline_edges_duplicates_and_undeclared_layers():
    registry.register(_Odd())
    doc = new_document("d", TEXT)
    doc.speakers.append(Speaker(id="s1", name="trần minh khoa"))
    new = _same(doc, names=["zones", "t-odd"])
    assert sum(s.layer == "note" for s in new.spans) == 1
    new = _same(new, names=["zones", "t-odd"])
    assert sum(s.layer == "note" for s in new.spans) == 1


def test_pipeline_edges_two_extractors_of_one_layer_and_a_rude_one():
    registry.register(_Odd())
    registry.register(_Rude())
    _same(new_document("d", TEXT), names=["zones", "entities", "t-odd", "t-rude", "figures"])
    _same(new_document("d", TEXT), names=["t-rude", "zones", "t-rude"])
    _same(new_document("d", TEXT), names=["zones", "t-rude"])


def test_pipeline_edges_odd_ids_already_in_the_document():
    doc = new_document("d", TEXT)
    odd = [("e05", "entity"), ("e٣", "zone"), ("f10", "zone"), ("q", "speech"), ("z2x", "zone"),
           ("e7", "figure")]
    for i, (span_id, layer) in enumerate(odd):
        doc.spans.append(Span(id=span_id, layer=layer, label="X", start=i, end=i + 1,
                              text=TEXT[i], review="accepted"))
    _same(doc)
    _same(doc, keep_reviewed=False)
    doc.spans[0].review = "suggested"
    _same(doc, names=["entities"])


def test_pipeline_edges_reviewed_duplicates_and_imported_layers():
    first = new_document("d", TEXT)
    registry.run_pipeline(first)
    for i, span in enumerate(first.spans):
        span.review = "accepted" if i % 2 else "suggested"
        if span.layer == "zone":
            span.source = "html@1"
    _same(first)
    _same(first, names=["figures"], keep_reviewed=False)


class _Cast(Extractor):
    """Speakers: new ones, one named like a document speaker, two alike in the batch."""

    name, version, produces = "t-cast", "1", ("speech",)

    def extract(self, doc):
        names = ["Lan", "ông Hải", "Minh", "lan", "Thu", "minh"]
        speakers = [Speaker(id=f"L{i}", name=name, role="phó giám đốc" if i == 1 else None)
                    for i, name in enumerate(names)]
        spans = [make_span("speech", "QUOTE", i, i + 2, doc.text, {"speaker": f"L{i}"})
                 for i in range(len(names))]
        return ExtractResult(spans, speakers)


def test_pipeline_edges_speakers_get_the_smallest_free_ids():
    registry.register(_Cast())
    doc = new_document("d", TEXT)
    doc.speakers += [Speaker(id="s1", name="Ông Hải"), Speaker(id="s3", name="Hà"),
                     Speaker(id="s2x", name="Khoa")]
    new = _same(doc, names=["t-cast"])
    assert [s.id for s in new.speakers] == ["s1", "s3", "s2x", "s2", "s4", "s5"]
    assert new.speakers[0].role == "phó giám đốc"
    _same(new, names=["t-cast"])
