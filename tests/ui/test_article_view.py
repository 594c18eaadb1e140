"""The article view's drawing: span index, visible spans per layer, styles, margin, outline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from goldspan.model.document import Span
from goldspan.ui.edit_logic import Syllables, hit_order, moved_edge, review_after_edit
from goldspan.ui.view_index import SpanIndex
from tests.ui import window_fixtures as fx

corpus_dir = fx.corpus_dir
window = fx.window


def _span(i, start, end, layer="entity", label="PER", **kw):
    return Span(id=i, layer=layer, label=label, start=start, end=end, text="x" * (end - start),
                **kw)


def test_article_view_index_finds_nested_and_overlapping_spans():
    index = SpanIndex([_span("a", 0, 10), _span("b", 2, 5), _span("c", 4, 12), _span("d", 20, 22)])
    assert set(index.ids_at(4)) == {"a", "b", "c"}
    assert index.ids_at(10) == ["c"]
    assert index.ids_at(15) == []
    assert index.ids_in(11, 21) == ["c", "d"]
    assert [(a, b) for a, b, _ in index.segments_in(0, 30)] == [
        (0, 2), (2, 4), (4, 5), (5, 10), (10, 12), (20, 22)]
    index.rebuild([_span("a", 0, 3)])
    assert index.ids_at(4) == [] and index.by_id.keys() == {"a"}


def test_article_view_syllable_snapping_and_edges():
    text = "Ông Nguyễn Văn An, cho biết"
    syl = Syllables(text)
    assert syl.snap(1, 7) == (0, 10)  # "ng Ngu" -> "Ông Nguyễn"
    assert syl.snap(16, 19) == (15, 17)  # "n, " -> "An"
    assert syl.snap(17, 19) == (17, 19)  # ", " holds no syllable: left as selected
    span = _span("e", 4, 14)  # "Nguyễn Văn"
    assert moved_edge(span, "end", 1, True, syl) == (4, 17)  # + "An"
    assert moved_edge(span, "start", -1, True, syl) == (0, 14)
    assert moved_edge(span, "end", -1, False, syl) == (4, 13)
    assert moved_edge(_span("e", 0, 1), "end", -1, False, syl) is None


def test_article_view_review_after_edit_and_click_order():
    assert review_after_edit(_span("a", 0, 2, source="entities@1", review="suggested")) == "edited"
    assert review_after_edit(_span("a", 0, 2, review="added")) == "added"
    assert review_after_edit(_span("a", 0, 2)) is None
    order = hit_order([_span("z", 0, 50, "zone", "BODY"), _span("e", 3, 6)])
    assert [s.id for s in order] == ["e", "z"]


def test_article_view_draws_every_layer_at_once(window):
    from goldspan.ui.view_paint import visible_spans

    drawn = {s.id for s, rects in visible_spans(window.view) if rects}
    assert {"e1", "e2", "f1"} <= drawn  # entities and figures in the text
    assert window.legend.text().count("TITLE") == 1


def test_article_view_suggested_spans_use_a_dashed_pen(window):
    style = window.view.span_style
    doc = window.session.doc
    assert style.pen_for(doc.span_by_id("e1")).style() == Qt.PenStyle.DashLine  # suggested
    assert style.pen_for(doc.span_by_id("e2")).style() == Qt.PenStyle.SolidLine


def test_article_view_muted_zone_is_greyed(window):
    from goldspan.model.commands import relabel
    from goldspan.ui.view_paint import visible_spans

    window.session.push(relabel("z1", "BOILERPLATE"))
    assert "z1" in {s.id for s, _ in visible_spans(window.view)}


def test_article_view_selected_span_is_outlined(window, qtbot):
    from goldspan.ui.view_paint import line_rects

    span = window.session.doc.span_by_id("e2")
    rect = line_rects(window.view, span.start, span.end)[0]
    x, y = int(rect.left()) - 1, int(rect.center().y())

    def pixel():
        window.view.viewport().repaint()
        return QColor(window.view.viewport().grab().toImage().pixel(x, y))

    before = pixel()
    window.select_span("e2")
    after = pixel()
    assert after.lightness() < 60 < before.lightness()


def test_article_view_margin_names_the_speaker(window):
    from goldspan.ui.view_style import speaker_colour, speaker_name

    q1 = window.session.doc.span_by_id("q1")
    assert speaker_name(window.session.doc, q1) == "Nguyễn Văn An"
    assert speaker_colour(window.session.doc, q1).name().upper() == "#CC6677"
    image = window.view.margin.grab().toImage()
    assert image.width() > 100  # the margin is drawn beside the text


def test_article_view_text_is_the_models_string(window):
    view = window.view
    assert view.offsets.length == len(window.session.doc.text)
    assert view.document().characterCount() - 1 == view.offsets.length_u16
