"""Painting of the article view: span geometry, the text overlay and the left margin.

Only what is on screen is drawn, so opening, relabelling and scrolling cost O(visible
spans) whatever the document's size: the visible code point range is looked up in the span
index and each span's line rectangles come from the block layouts of the visible blocks.
Entities get a background under the text and an underline stacked by nesting depth,
figures a boxed underline, text of muted zones (BOILERPLATE, RELATED) a grey wash, the
selected span a dark outline; the margin shows zones as a band with their label and speech
spans as bars coloured per speaker with the speaker's name.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from goldspan.model.document import Span
from goldspan.ui.view_style import SELECTED_OUTLINE, TEXT_LAYERS, speaker_colour, speaker_name

if TYPE_CHECKING:
    from goldspan.ui.article_view import ArticleView

MARGIN_WIDTH = 168
BAND_WIDTH = 8


class ScreenLines:
    """The laid-out lines on screen (UTF-16 ranges and geometry), built once per paint."""

    def __init__(self, view: ArticleView, clip_top: float | None = None,
                 clip_bottom: float | None = None):
        self.offsets = view.offsets
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.items: list[tuple] = []  # (QTextLine, block position, top)
        block = view.firstVisibleBlock()
        offset = view.contentOffset()
        self.x0 = offset.x()
        height = view.viewport().height() if clip_bottom is None else clip_bottom
        top_limit = -1e9 if clip_top is None else clip_top
        first = None
        last = 0
        while block.isValid():
            geom = view.blockBoundingGeometry(block).translated(offset)
            if geom.top() > height:
                break
            if geom.bottom() < top_limit:
                block = block.next()
                continue
            if first is None:
                first = block.position()
            layout = block.layout()
            bpos = block.position()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                ls = bpos + line.textStart()
                self.starts.append(ls)
                self.ends.append(ls + line.textLength())
                self.items.append((line, bpos, geom.top() + line.y()))
            last = bpos + block.length()
            block = block.next()
        first = first if first is not None else last
        self.first = view.offsets.from_qt(first)
        self.last = view.offsets.from_qt(min(max(last, first), view.offsets.length_u16))

    def rects(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles of code point range ``[start, end)`` on screen lines."""
        qs, qe = self.offsets.to_qt(start), self.offsets.to_qt(end)
        out: list[QRectF] = []
        i = bisect_right(self.ends, qs)
        n = len(self.starts)
        while i < n and self.starts[i] < qe:
            s, e = max(qs, self.starts[i]), min(qe, self.ends[i])
            if s < e:
                line, bpos, top = self.items[i]
                x1 = line.cursorToX(s - bpos)[0]
                x2 = line.cursorToX(e - bpos)[0]
                out.append(QRectF(x1 + self.x0, top, max(x2 - x1, 2.0), line.height()))
            i += 1
        return out


def visible_range(view: ArticleView) -> tuple[int, int]:
    """Code point range ``[start, end)`` of the blocks on screen."""
    screen = ScreenLines(view)
    return screen.first, screen.last


def line_rects(view: ArticleView, start: int, end: int) -> list[QRectF]:
    """Viewport rectangles of the visible lines of code point range ``[start, end)``."""
    return ScreenLines(view).rects(start, end)


def _depths(spans: list[Span]) -> dict[str, int]:
    """Nesting depth of each span among ``spans`` (0 = not inside another)."""
    out = {}
    for s in spans:
        out[s.id] = sum(1 for o in spans if o is not s and o.start <= s.start and s.end <= o.end
                        and (o.end - o.start, o.id) > (s.end - s.start, s.id))
    return out


def visible_spans(view: ArticleView, screen: ScreenLines | None = None,
                  ) -> list[tuple[Span, list[QRectF]]]:
    """Spans of shown layers drawn in the text (entities, figures, muted zones) on the
    lines of ``screen`` (default: the whole viewport), outer before inner, each with its
    line rectangles."""
    screen = screen or ScreenLines(view)
    a, b = screen.first, screen.last
    by_id = view.index.by_id
    style = view.span_style
    out = []
    for sid in view.index.ids_in(a, b):
        span = by_id[sid]
        if span.layer not in view.visible_layers:
            continue
        if span.layer in TEXT_LAYERS or (span.layer == "zone" and style.is_muted(span)):
            out.append((span, screen.rects(span.start, span.end)))
    out.sort(key=lambda item: (item[0].layer != "zone", item[0].start - item[0].end))
    return out


def paint_under(view: ArticleView, painter: QPainter,
                spans: list[tuple[Span, list[QRectF]]]) -> None:
    """Entity backgrounds, drawn below the text (outer first, so nesting darkens)."""
    for span, rects in spans:
        if span.layer == "entity":
            color = QColor(view.span_style.color("entity", span.label))
            color.setAlpha(45 if span.review == "suggested" else 90)
            for r in rects:
                painter.fillRect(r, color)


def paint_overlay(view: ArticleView, painter: QPainter,
                  spans: list[tuple[Span, list[QRectF]]], screen: ScreenLines | None = None,
                  ) -> None:
    """Muted-zone wash, underlines stacked by depth, figure boxes, the selection outline."""
    session = view.session
    if session is None:
        return
    depths = _depths([s for s, _ in spans if s.layer in TEXT_LAYERS])
    wash = QColor(view.palette().base().color())
    wash.setAlpha(150)
    for span, rects in spans:
        if span.layer == "zone":
            for r in rects:
                painter.fillRect(r, wash)
            continue
        depth = depths[span.id]
        painter.setPen(view.span_style.pen_for(span, 1.6 if span.layer == "entity" else 1.4))
        for k, r in enumerate(rects):
            y = r.bottom() - 1 - 3 * depth
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
            if span.layer == "figure":
                if k == 0:
                    painter.drawLine(QPointF(r.left(), y), QPointF(r.left(), y - 5))
                if k == len(rects) - 1:
                    painter.drawLine(QPointF(r.right(), y), QPointF(r.right(), y - 5))
    selected = view.selected_span()
    if selected is not None and selected.layer in view.visible_layers:
        start, end = view.drag_preview or (selected.start, selected.end)
        painter.setPen(QPen(QColor(SELECTED_OUTLINE), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for r in (screen or ScreenLines(view)).rects(start, end):
            painter.drawRect(r.adjusted(-1, 0, 1, 0))


def _y_extent(screen: ScreenLines, span: Span) -> tuple[float, float] | None:
    rects = screen.rects(span.start, span.end)
    if not rects:
        return None
    return rects[0].top(), rects[-1].bottom()


class MarginWidget(QWidget):
    """The left margin of the article view: zone band and labels, speech bars and names."""

    def __init__(self, view: ArticleView):
        super().__init__(view)
        self.view = view
        font = QFont(view.font())
        font.setPointSizeF(max(view.font().pointSizeF() * 0.72, 7.0))
        self.small = font

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#F4F4F2"))
        view = self.view
        session = view.session
        if session is None:
            return
        screen = ScreenLines(view)
        a, b = screen.first, screen.last
        by_id = view.index.by_id
        spans = [by_id[i] for i in view.index.ids_in(a, b)]
        painter.setFont(self.small)
        label_rows: set[int] = set()
        if "zone" in view.visible_layers:
            for span in (s for s in spans if s.layer == "zone"):
                ext = _y_extent(screen, span)
                if ext is None:
                    continue
                color = QColor(view.span_style.color("zone", span.label))
                if span.review == "suggested":
                    color.setAlpha(120)
                painter.fillRect(QRectF(0, ext[0] + 1, BAND_WIDTH, ext[1] - ext[0] - 2), color)
                if span.start >= a:
                    painter.setPen(QColor("#555555"))
                    painter.drawText(QRectF(BAND_WIDTH + 3, ext[0], 70, 14),
                                     Qt.AlignmentFlag.AlignLeft, span.label)
                    label_rows.add(int(ext[0]))
        if "speech" in view.visible_layers:
            speech = sorted((s for s in spans if s.layer == "speech"), key=lambda s: s.start)
            for k, span in enumerate(speech):
                ext = _y_extent(screen, span)
                if ext is None:
                    continue
                color = speaker_colour(session.doc, span)
                x = self.width() - 6 - 5 * (k % 3)
                if span.review == "suggested":
                    painter.setPen(QPen(color, 3, Qt.PenStyle.DashLine))
                    painter.drawLine(QPointF(x, ext[0] + 2), QPointF(x, ext[1] - 2))
                else:
                    painter.fillRect(QRectF(x - 1.5, ext[0] + 1, 3.5, ext[1] - ext[0] - 2), color)
                if span.start >= a:
                    y = ext[0] + (13 if int(ext[0]) in label_rows else 0)
                    painter.setPen(color.darker(130))
                    name = painter.fontMetrics().elidedText(
                        speaker_name(session.doc, span), Qt.TextElideMode.ElideRight,
                        self.width() - BAND_WIDTH - 24)
                    painter.drawText(QRectF(BAND_WIDTH + 3, y, self.width() - BAND_WIDTH - 20,
                                            14), Qt.AlignmentFlag.AlignLeft, name)
        selected = view.selected_span()
        if selected is not None and selected.layer in ("zone", "speech"):
            ext = _y_extent(screen, selected)
            if ext is not None:
                painter.setPen(QPen(QColor(SELECTED_OUTLINE), 2))
                painter.drawRect(QRectF(1, ext[0] + 1, self.width() - 3, ext[1] - ext[0] - 2))
