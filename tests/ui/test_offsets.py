"""OffsetMap: code points (model) <-> UTF-16 (Qt), with emoji and other astral characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from goldspan.ui.offsets import OffsetMap

TEXT = "A😀b 𝔘 Hà Nội"  # an emoji and a mathematical letter (both astral) before a span


def test_offsets_astral_characters_count_twice_in_qt():
    m = OffsetMap(TEXT)
    assert m.length == len(TEXT)
    assert m.length_u16 == len(TEXT.encode("utf-16-le")) // 2
    start = TEXT.index("Hà")
    assert m.to_qt(start) == start + 2
    assert m.from_qt(m.to_qt(start)) == start
    assert m.to_qt(1) == 1 and m.to_qt(2) == 3  # after the emoji
    assert m.from_qt(2) == 1  # inside the surrogate pair maps to the emoji's start


def test_offsets_plain_text_is_identity():
    m = OffsetMap("Hà Nội")
    assert [m.to_qt(i) for i in range(7)] == list(range(7))


@given(st.text(alphabet=st.sampled_from("aà😀𝔘\n ")))
def test_offsets_round_trip(text):
    m = OffsetMap(text)
    for i in range(len(text) + 1):
        q = m.to_qt(i)
        assert q == len(text[:i].encode("utf-16-le")) // 2
        assert m.from_qt(q) == i


def _emoji_doc():
    from goldspan.model.document import Span, new_document

    text = "Tin 😀 𝔘 mới: Hà Nội mưa to."
    doc = new_document("emoji", text)
    start = text.index("Hà Nội")
    doc.spans.append(Span(id="e1", layer="entity", label="LOC", start=start, end=start + 6,
                          text="Hà Nội"))
    return doc


def test_offsets_span_after_emoji_is_drawn_over_exactly_its_characters(qtbot):
    from PySide6.QtGui import QTextCursor

    from goldspan.model.scheme import default_scheme
    from goldspan.ui.article_view import ArticleView
    from goldspan.ui.session import DocumentSession
    from goldspan.ui.view_paint import line_rects, visible_spans

    doc = _emoji_doc()
    view = ArticleView(default_scheme())
    qtbot.addWidget(view)
    view.set_session(DocumentSession(doc))
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    span = doc.spans[0]
    [rect] = line_rects(view, span.start, span.end)
    cursor = QTextCursor(view.document())
    edges = []
    for utf16 in (len(doc.text[: span.start].encode("utf-16-le")) // 2,
                  len(doc.text[: span.end].encode("utf-16-le")) // 2):
        cursor.setPosition(utf16)
        edges.append(view.cursorRect(cursor).center().x())
    assert abs(rect.left() - edges[0]) <= 1 and abs(rect.right() - edges[1]) <= 1
    assert [s.id for s, _ in visible_spans(view)] == ["e1"]


def test_offsets_span_made_by_selection_after_emoji_stores_code_points(qtbot):
    from PySide6.QtGui import QTextCursor

    from goldspan.model.scheme import default_scheme
    from goldspan.ui.article_view import ArticleView
    from goldspan.ui.edit_actions import EditController
    from goldspan.ui.session import DocumentSession

    doc = _emoji_doc()
    doc.spans.clear()
    view = ArticleView(default_scheme())
    qtbot.addWidget(view)
    view.set_session(DocumentSession(doc))
    view.set_active_layer("entity")
    before = doc.text[: doc.text.index("mưa")]
    qstart = len(before.encode("utf-16-le")) // 2  # the UTF-16 position Qt uses
    cursor = view.textCursor()
    cursor.setPosition(qstart)
    cursor.setPosition(qstart + 6, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    EditController(view).label_key("5")
    span = doc.spans[-1]
    assert doc.text[span.start: span.end] == "mưa to" == span.text
    assert span.start == doc.text.index("mưa")
