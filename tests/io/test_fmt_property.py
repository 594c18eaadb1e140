"""Property test: any valid document survives the lossless formats unchanged."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from goldspan.io.registry import exporters, importers
from goldspan.model.document import Span, Speaker, document_to_dict, new_document
from goldspan.model.scheme import default_scheme

OUT = {"jsonl": "d.jsonl", "brat": "brat", "labelstudio": "ls", "doccano": "d.jsonl"}
ALPHABET = "aăâbđeêoôơuưy ÀẢÃáạằẳẵặ\n\t\r😀.,:\"“”-"
LABELS = [(ly.name, lb) for ly in default_scheme().layers for lb in ly.label_names()]


@st.composite
def documents(draw):
    text = unicodedata.normalize("NFC", draw(st.text(ALPHABET, min_size=1, max_size=60)))
    doc = new_document("d-" + str(draw(st.integers(0, 99))), text,
                       {"title": draw(st.text(ALPHABET, max_size=10))})
    doc.status = draw(st.sampled_from(["todo", "in_progress", "done"]))
    doc.speakers = [Speaker(id="s1", name="Ông Ba")]
    n = len(doc.text)
    for i in range(draw(st.integers(0, 6)) if n > 1 else 0):
        start = draw(st.integers(0, n - 1))
        end = draw(st.integers(start + 1, n))
        layer, label = draw(st.sampled_from(LABELS))
        attrs = draw(st.sampled_from([None, {"speaker": "s1"}, {"value": 1.5, "unit": "tấn kg"},
                                      {"approx": "about", "value": None}]))
        review = draw(st.sampled_from([None, "suggested", "edited"]))
        doc.spans.append(Span(id=f"x{i}", layer=layer, label=label, start=start, end=end,
                              text=doc.text[start:end], attrs=attrs, review=review))
    return doc


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_fmt_property_lossless_roundtrip(doc):
    for name, out in OUT.items():
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / out
            exporters()[name].write([doc], path)
            back = importers()[name].load(path)
            assert [document_to_dict(d) for d in back] == [document_to_dict(doc)], name
