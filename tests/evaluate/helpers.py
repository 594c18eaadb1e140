"""Hand-made documents for the evaluation tests (our own Vietnamese sentences)."""

from __future__ import annotations

from goldspan.model.document import Document, Span, Speaker, new_document

TEXT = ("Hội nghị tổng kết năm 2023 tại Đà Nẵng\n"
        "\n"
        "Sáng nay, Sở Giáo dục tổ chức hội nghị với 120 đại biểu.\n"
        "Bà Trần Thị Mai cho biết ngành đạt 95% kế hoạch.\n"
        "Ảnh: Lê Văn Hùng")


def doc_with(spans: list[tuple[str, str, str, int]] | list, text: str = TEXT,
             doc_id: str = "d1", speakers: list[Speaker] | None = None) -> Document:
    """A document of ``text`` with spans given as (layer, label, substring[, nth][, attrs])."""
    doc = new_document(doc_id, text)
    doc.speakers = list(speakers or [])
    for k, spec in enumerate(spans):
        if isinstance(spec, Span):
            doc.spans.append(spec)
            continue
        layer, label, sub, *rest = spec
        nth = rest[0] if rest and isinstance(rest[0], int) else 0
        attrs = next((r for r in rest if isinstance(r, dict)), None)
        start = -1
        for _ in range(nth + 1):
            start = text.index(sub, start + 1)
        doc.spans.append(Span(id=f"x{k}", layer=layer, label=label, start=start,
                              end=start + len(sub), text=sub, attrs=attrs))
    return doc


def at(doc_id: str, layer: str, label: str, start: int, end: int, text: str,
       attrs: dict | None = None, k: int = 0) -> Span:
    """A span by offsets."""
    return Span(id=f"{doc_id}{k}", layer=layer, label=label, start=start, end=end,
                text=text[start:end], attrs=attrs)
