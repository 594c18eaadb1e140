"""The gsmark exporter: documents back to gsmark, and a lossless round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from goldspan.io.gold import read_document
from goldspan.io.gsmark import load_gsmark, parse_gsmark
from goldspan.io.gsmark_export import to_gsmark, write_gsmark
from goldspan.io.registry import get_exporter
from goldspan.model.document import Span, new_document
from goldspan.model.errors import GoldspanError

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _key(doc):
    return sorted((s.layer, s.label, s.start, s.end, tuple(sorted((s.attrs or {}).items())))
                  for s in doc.spans)


def _round_trip(doc):
    back = parse_gsmark(to_gsmark(doc), "x.gsmark")
    assert back.text == doc.text
    assert [(s.id, s.name, s.role) for s in back.speakers] == \
        [(s.id, s.name, s.role) for s in doc.speakers]
    assert _key(back) == _key(doc)
    assert back.id == doc.id
    return back


def test_gsmark_export_round_trips_the_seed_gold(seed_gold_path):
    _round_trip(read_document(seed_gold_path))


def test_gsmark_export_round_trips_the_corpus():
    # hidden files (a corpus index written by a listing) are not documents
    files = sorted(p for p in CORPUS.glob("*/*.json") if not p.name.startswith("."))
    assert files
    for path in files:
        back = _round_trip(read_document(path))
        assert back.meta == read_document(path).meta


def test_gsmark_export_round_trips_escapes_and_a_final_newline(small_doc):
    doc = new_document("esc", "Mã [x|y] \\ ở Huế\n\nHết.\n")
    doc.spans = [Span(id="z1", layer="zone", label="TITLE", start=0, end=16, text=doc.text[:16]),
                 Span(id="e1", layer="entity", label="LOC", start=13, end=16, text="Huế"),
                 Span(id="z2", layer="zone", label="BODY", start=18, end=22, text="Hết.")]
    back = _round_trip(doc)
    assert back.text.endswith("Hết.\n")
    _round_trip(small_doc)


def test_gsmark_export_warns_and_drops_crossing_spans():
    doc = new_document("x", "Ông Nguyễn Văn An")
    doc.spans = [Span(id="z1", layer="zone", label="BODY", start=0, end=17, text=doc.text),
                 Span(id="e1", layer="entity", label="PER", start=4, end=17, text=doc.text[4:]),
                 Span(id="e2", layer="entity", label="MISC", start=0, end=10, text=doc.text[:10]),
                 Span(id="e3", layer="entity", label="MISC", start=0, end=3, text="Ông",
                      source="x@1")]
    warnings: list[str] = []
    back = parse_gsmark(to_gsmark(doc, warnings.append), "x.gsmark")
    assert [s.text for s in back.spans if s.layer == "entity"] == ["Ông Nguyễn", "Ông"]
    assert any("'e1' crosses span 'e2'" in w for w in warnings)
    assert any("'e3': provenance" in w for w in warnings)


def test_gsmark_export_refuses_a_line_without_zone():
    doc = new_document("x", "Dòng một\nDòng hai")
    doc.spans = [Span(id="z1", layer="zone", label="BODY", start=0, end=8, text="Dòng một")]
    with pytest.raises(GoldspanError, match="no zone span"):
        to_gsmark(doc)


def test_gsmark_export_refuses_a_carriage_return_a_reader_would_turn_into_a_line(tmp_path):
    text = "Tin nhanh\n\nHà Nội có 92 đảng viên."
    doc = new_document("cr", text)
    start = text.index("Hà")
    doc.spans = [Span(id="z1", layer="zone", label="TITLE", start=0, end=9, text="Tin nhanh"),
                 Span(id="z2", layer="zone", label="BODY", start=start, end=len(text),
                      text=text[start:]),
                 Span(id="f1", layer="figure", label="QUANTITY", start=text.index("92"),
                      end=text.index("92") + 2, text="92", attrs={"value": 92, "unit": "a\rb"})]
    with pytest.raises(GoldspanError, match=r"unit='a\\rb' cannot be written"):
        write_gsmark([doc], tmp_path / "cr.gsmark")
    doc.meta["title"] = "Tin\rnhanh"
    with pytest.raises(GoldspanError, match="cannot be written on a gsmark header line"):
        to_gsmark(doc)
    bad = new_document("cr2", "Tin nhanh\r\n\nHà Nội.")
    with pytest.raises(GoldspanError, match="carriage return"):
        to_gsmark(bad)
    assert not (tmp_path / "cr.gsmark").exists()


def test_gsmark_export_writes_files_through_the_registry(tmp_path, small_doc):
    assert get_exporter("gsmark").write is write_gsmark
    write_gsmark([small_doc], tmp_path / "out")
    assert load_gsmark(tmp_path / "out" / "small.gsmark")[0].text == small_doc.text
    write_gsmark([small_doc], tmp_path / "one.gsmark")
    assert (tmp_path / "one.gsmark").exists()
    with pytest.raises(GoldspanError, match="one document"):
        write_gsmark([small_doc, small_doc], tmp_path / "two.gsmark")
