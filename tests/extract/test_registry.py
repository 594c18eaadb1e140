"""Tests of the extractor registry, pipeline order and entry-point plugins."""

from __future__ import annotations

import pytest

from goldspan.extract import registry
from goldspan.extract.base import Extractor, ExtractResult, make_span
from goldspan.model.document import Speaker, check_document, new_document
from goldspan.model.errors import GoldspanError


@pytest.fixture(autouse=True)
def _isolated_registry(monkeypatch):
    """Extractors registered by a test are forgotten after it."""
    registry.available()
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))


class _Zones(Extractor):
    name, version, produces = "t-zones", "3", ("zone",)

    def extract(self, doc):
        return ExtractResult([make_span("zone", "BODY", 0, len(doc.text), doc.text)])


class _Speech(Extractor):
    name, version, produces, requires = "t-speech", "1", ("speech",), ("zone",)

    def extract(self, doc):
        assert any(s.layer == "zone" for s in doc.spans), "zones must run first"
        span = make_span("speech", "QUOTE", 0, 3, doc.text, {"speaker": "local", "kind": "direct"})
        return ExtractResult([span], [Speaker(id="local", name="Lan")])


def test_registry_orders_by_requires_and_fills_ids_sources_speakers():
    speech, zones = _Speech(), _Zones()
    assert registry.order([speech, zones]) == [zones, speech]
    registry.register(speech)
    registry.register(zones)
    doc = new_document("d", "Một câu nói.")
    registry.run_pipeline(doc, ["t-speech", "t-zones"])
    assert [(s.id, s.layer, s.source, s.review) for s in doc.spans] == [
        ("z1", "zone", "t-zones@3", "suggested"), ("q1", "speech", "t-speech@1", "suggested")]
    assert doc.speakers[0].name == "Lan"
    assert doc.spans[1].attrs["speaker"] == doc.speakers[0].id
    assert check_document(doc) == []


def test_registry_rerun_keeps_reviewed_spans_and_replaces_suggested():
    registry.register(_Zones())
    doc = new_document("d", "Một câu.")
    registry.run_pipeline(doc, ["t-zones"])
    registry.run_pipeline(doc, ["t-zones"])
    assert len(doc.spans) == 1
    doc.spans[0].review = "accepted"
    registry.run_pipeline(doc, ["t-zones"])
    assert len(doc.spans) == 1 and doc.spans[0].review == "accepted"


def test_registry_unknown_extractor_is_a_clear_error():
    with pytest.raises(GoldspanError, match="unknown extractor 'nope'"):
        registry.get("nope")
    with pytest.raises(GoldspanError):
        registry.get("paragraphs@99")


def test_registry_paragraphs_extractor_makes_one_zone_per_line():
    doc = new_document("d", "Tiêu đề\n\nĐoạn một.\n  \nĐoạn hai.")
    registry.run_pipeline(doc, ["paragraphs"])
    assert [(s.label, s.text) for s in doc.spans] == [
        ("TITLE", "Tiêu đề"), ("BODY", "Đoạn một."), ("BODY", "Đoạn hai.")]


def test_registry_loads_entry_point_plugins(monkeypatch):
    class _EP:
        name = "plug"

        def load(self):
            class Plug(_Zones):
                name = "plugged"
            return Plug

    monkeypatch.setattr(registry, "_loaded", False)
    monkeypatch.setattr(registry, "entry_points", lambda group: [_EP()])
    assert "plugged" in registry.available()


def test_registry_keeps_layers_provided_by_an_importer():
    registry.register(_Zones())
    doc = new_document("d", "Tiêu đề\n\nMột câu.")
    doc.spans.append(make_span("zone", "TITLE", 0, 7, doc.text))
    doc.spans[0].id, doc.spans[0].source, doc.spans[0].review = "z1", "html@1", "suggested"
    registry.run_pipeline(doc, ["t-zones"])
    assert [(s.label, s.source) for s in doc.spans] == [("TITLE", "html@1")]


def test_registry_extractor_crash_is_reported_with_document_and_extractor():
    class _Broken(_Zones):
        name = "t-broken"

        def extract(self, doc):
            raise ValueError("boom")

    registry.register(_Broken())
    with pytest.raises(GoldspanError, match=r"document 'd'.*t-broken@3 failed: ValueError: boom"):
        registry.run_pipeline(new_document("d", "Một câu."), ["t-broken"])


def test_registry_make_span_checks_its_values():
    """``make_span`` builds spans without pydantic's validator but still refuses bad values."""
    import pytest

    from goldspan.extract.base import make_span
    from goldspan.model.document import Span

    text = "Hà Nội mưa to."
    made = make_span("entity", "LOC", 0, 6, text, None)
    assert made == Span(id="_", layer="entity", label="LOC", start=0, end=6, text="Hà Nội")
    assert made.model_fields_set == {"id", "layer", "label", "start", "end", "text", "attrs"}
    for bad in [(3, 1), (0, 99), (-1, 2)]:
        with pytest.raises(ValueError):
            make_span("entity", "LOC", bad[0], bad[1], text)
    with pytest.raises(ValueError):
        make_span("entity", "LOC", 0.0, 2, text)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        make_span("entity", "LOC", 0, 2, text, ["not", "a", "dict"])  # type: ignore[arg-type]


def test_registry_ids_continue_after_the_largest_in_use():
    from goldspan.extract.registry import run_pipeline
    from goldspan.model.document import Span, new_document

    doc = new_document("d", "Ông Nguyễn Văn An cho biết giá lúa tăng mạnh trong tháng 9.")
    doc.spans.append(Span(id="e7", layer="entity", label="PER", start=4, end=17,
                          text="Nguyễn Văn An", review="accepted", source="gold"))
    run_pipeline(doc, ["entities"])
    ids = [s.id for s in doc.spans]
    assert len(ids) == len(set(ids)) and "e7" in ids
    assert all(int(i[1:]) > 7 for i in ids if i != "e7" and i.startswith("e"))
