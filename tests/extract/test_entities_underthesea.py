"""``entities.underthesea``: BIO decoding always; the real tagger when the extra is installed."""

from __future__ import annotations

import socket

import pytest

from goldspan.extract.entities_underthesea import UndertheseaEntities, bio_spans
from goldspan.extract.registry import get
from goldspan.model.document import new_document


def test_entities_underthesea_registered():
    assert get("entities.underthesea").key == "entities.underthesea@1"


def test_entities_underthesea_bio_spans_offsets():
    text = "Ông Lê Văn Tám đến Đà Nẵng."
    tagged = [("Ông", "Nc", "B-NP", "O"), ("Lê Văn Tám", "Np", "B-NP", "B-PER"),
              ("đến", "V", "B-VP", "O"), ("Đà", "Np", "B-NP", "B-LOC"),
              ("Nẵng", "Np", "I-NP", "I-LOC"), (".", "CH", "O", "O")]
    spans = bio_spans(text, 0, tagged)
    assert [(text[s:e], label) for s, e, label in spans] == [("Lê Văn Tám", "PER"),
                                                           ("Đà Nẵng", "LOC")]


def test_entities_underthesea_bio_skips_words_not_found():
    spans = bio_spans("Hà Nội mưa.", 0, [("Hà Nội", "Np", "B-NP", "B-LOC"),
                                         ("hoà", "V", "B-VP", "B-PER")])
    assert spans == [(0, 6, "LOC")]


def test_entities_underthesea_runs_offline(monkeypatch):
    pytest.importorskip("underthesea")

    def no_network(*args, **kwargs):
        raise AssertionError("underthesea tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    doc = new_document("t", "Bộ Y tế làm việc với Sở Y tế Đà Nẵng.")
    spans = UndertheseaEntities().extract(doc).spans
    assert all(doc.text[s.start:s.end] == s.text for s in spans)
    assert any(s.label == "LOC" and "Đà Nẵng" in s.text for s in spans)
