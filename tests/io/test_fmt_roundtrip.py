"""Round trips of the lossless exchange formats: export then import gives the same documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from goldspan.io.gold import read_document
from goldspan.io.registry import exporters, importers
from goldspan.model.document import Document, Span, Speaker, document_to_dict, new_document

LOSSLESS = {"jsonl": "out.jsonl", "brat": "brat", "labelstudio": "ls", "doccano": "out.jsonl"}


def interview_doc() -> Document:
    """Nested and overlapping spans, a TURN over two lines, review/source and extra keys."""
    text = ("Bến sông mùa nước nổi\n\nPhóng viên: Năm nay nước về sớm hơn?\n\n"
            "Ông Lý Văn Sáu: Sớm hơn 10 ngày. Cá linh về nhiều, giá 50.000 đồng/kg.\n"
            "Bà con mừng lắm.\n\nNgọc Lan thực hiện")
    doc = new_document("ben-song", text, {"title": "Bến sông mùa nước nổi", "lang": "vi",
                                          "site": "Báo Thử"})
    doc.status = "in_progress"
    doc.speakers = [Speaker(id="s1", name="Ngọc Lan", role="Phóng viên"),
                    Speaker(id="s2", name="Lý Văn Sáu", role=None, note="nông dân")]

    def add(i, layer, label, sub, **kw):
        start = text.index(sub)
        doc.spans.append(Span(id=i, layer=layer, label=label, start=start,
                              end=start + len(sub), text=sub, **kw))

    add("z1", "zone", "TITLE", "Bến sông mùa nước nổi", source="html@1", review="suggested")
    add("z2", "zone", "BODY", "Phóng viên: Năm nay nước về sớm hơn?")
    add("z3", "zone", "BODY", text[text.index("Ông Lý"):text.index("\n\nNgọc")])
    add("z4", "zone", "BYLINE", "Ngọc Lan thực hiện")
    add("q1", "speech", "TURN", "Năm nay nước về sớm hơn?", attrs={"speaker": "s1"})
    add("q2", "speech", "TURN", text[text.index("Sớm hơn"):text.index("\n\nNgọc")],
        attrs={"speaker": "s2"}, review="edited")
    add("e1", "entity", "PER", "Lý Văn Sáu", attrs={"norm": "Lý Văn Sáu"})
    add("e2", "entity", "PER", "Ngọc Lan")
    add("e3", "entity", "MISC", "Cá linh")
    add("f1", "figure", "QUANTITY", "10 ngày", attrs={"value": 10, "unit": "ngày"})
    add("f2", "figure", "MONEY", "50.000 đồng/kg",
        attrs={"value": 50000, "unit": "đồng/kg", "approx": None}, confidence=0.5)
    return doc


def _docs(request) -> list[Document]:
    docs = [interview_doc(), request.getfixturevalue("small_doc")]
    return docs


def _roundtrip(name: str, docs: list[Document], tmp_path: Path) -> list[Document]:
    out = tmp_path / LOSSLESS[name]
    exporters()[name].write(docs, out)
    return importers()[name].load(out)


@pytest.mark.parametrize("name", sorted(LOSSLESS))
def test_fmt_roundtrip_is_identity(name, request, tmp_path):
    docs = _docs(request)
    back = _roundtrip(name, docs, tmp_path)
    assert [document_to_dict(d) for d in back] == [document_to_dict(d) for d in docs]


@pytest.mark.parametrize("name", sorted(LOSSLESS))
def test_fmt_roundtrip_seed_gold(name, seed_gold_path, tmp_path):
    gold = read_document(seed_gold_path)
    back = _roundtrip(name, [gold], tmp_path)
    assert document_to_dict(back[0]) == document_to_dict(gold)
