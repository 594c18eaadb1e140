"""Painting of the article view: span geometry, the text overlay and the left margin.

Only what is on screen is drawn: the visible code point range is looked up in the span
index and each span's line rectangles are computed from the block layouts of the visible
blocks. Entities get an underline stacked by nesting depth, figures a boxed underline,
the selected span a dark outline; the margin shows zones as a band with their label and
speech spans as bars coloured per speaker with the speaker's name.
"""

from __future__ import annotations

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


def visible_range(view: ArticleView) -> tuple[int, int]:
    """Code point range ``[start, end)`` of the blocks on screen."""
    block = view.firstVisibleBlock()
    first = block.position()
    height = view.viewport().height()
    offset = view.contentOffset()
    last = first
    while block.isValid():
        geom = view.blockBoundingGeometry(block).translated(offset)
        last = block.position() + block.length()
        if geom.bottom() > height:
            break
        block = block.next()
    return view.offsets.from_qt(first), view.offsets.from_qt(min(last, view.offsets.length_u16))


def line_rects(view: ArticleView, start: int, end: int) -> list[QRectF]:
    """Viewport rectangles of the visible lines of code point range ``[start, end)``."""
    qs, qe = view.offsets.to_qt(start), view.offsets.to_qt(end)
    doc = view.document()
    block = doc.findBlock(qs)
    first = view.firstVisibleBlock()
    if block.blockNumber() < first.blockNumber():
        block = first
    offset = view.contentOffset()
    height = view.viewport().height()
    rects: list[QRectF] = []
    while block.isValid() and block.position() <= qe:
        geom = view.blockBoundingGeometry(block).translated(offset)
        if geom.top() > height:
            break
        layout = block.layout()
        bpos = block.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            ls = bpos + line.textStart()
            le = ls + line.textLength()
            s, e = max(qs, ls), min(qe, le)
            if s >= e:
                continue
            x1 = line.cursorToX(s - bpos)[0]
            x2 = line.cursorToX(e - bpos)[0]
            top = geom.top() + line.y()
            rects.append(QRectF(x1 + offset.x(), top, max(x2 - x1, 2.0), line.height()))
        block = block.next()
    return rects


def _depths(spans: list[Span]) -> dict[str, int]:
    """Nesting depth of each span among ``spans`` (0 = not inside another)."""
    out = {}
    for s in spans:
        out[s.id] = sum(1 for o in spans if o is not s and o.start <= s.start and s.end <= o.end
                        and (o.end - o.start, o.id) > (s.end - s.start, s.id))
    return out


def paint_overlay(view: ArticleView, painter: QPainter) -> None:
    """Underlines, figure boxes, the drag preview and the selected span's outline."""
    session = view.session
    if session is None:
        return
    a, b = visible_range(view)
    by_id = view.index.by_id
    spans = [by_id[i] for i in view.index.ids_in(a, b)
             if by_id[i].layer in TEXT_LAYERS and by_id[i].layer in view.visible_layers]
    depths = _depths(spans)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for span in spans:
        depth = depths[span.id]
        pen = view.style.pen_for(span, 1.6 if span.layer == "entity" else 1.4)
        painter.setPen(pen)
        rects = line_rects(view, span.start, span.end)
        for k, r in enumerate(rects):
            y = r.bottom() - 1 - 3 * depth
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
            if span.layer == "figure":
                if k == 0:
                    painter.drawLine(QPointF(r.left(), y), QPointF(r.left(), y - 5))
                if k == len(rects) - 1:
                    painter.drawLine(QPointF(r.right(), y), QPointF(r.right(), y - 5))
    selected = session.selected
    if selected and selected in by_id:
        span = by_id[selected]
        start, end = view.drag_preview or (span.start, span.end)
        pen = QPen(QColor(SELECTED_OUTLINE), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for r in line_rects(view, start, end):
            painter.drawRect(r.adjusted(-1, 0, 1, 0))


def _y_extent(view: ArticleView, span: Span) -> tuple[float, float] | None:
    rects = line_rects(view, span.start, span.end)
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
        a, b = visible_range(view)
        by_id = view.index.by_id
        spans = [by_id[i] for i in view.index.ids_in(a, b)]
        painter.setFont(self.small)
        label_rows: set[int] = set()
        if "zone" in view.visible_layers:
            for span in (s for s in spans if s.layer == "zone"):
                ext = _y_extent(view, span)
                if ext is None:
                    continue
                color = QColor(view.style.color("zone", span.label))
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
                ext = _y_extent(view, span)
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
        if view.selected_span() is not None and view.selected_span().layer in ("zone", "speech"):
            ext = _y_extent(view, view.selected_span())
            if ext is not None:
                painter.setPen(QPen(QColor(SELECTED_OUTLINE), 2))
                painter.drawRect(QRectF(1, ext[0] + 1, self.width() - 3, ext[1] - ext[0] - 2))
