"""The article view: the document text, read-only, with every layer drawn at once.

A QPlainTextEdit (lazy layout) painted in two passes around the text: entity backgrounds
below it, underlines, figure boxes, muted-zone wash and the selection outline above it,
for the visible spans only (``view_paint``), and a left :class:`MarginWidget` (zones,
speech). No QSyntaxHighlighter: it would format every block when the text is set, while
painting costs only what is on screen. The text comes from the model and is never read
back from the widget. Clicking selects the span under the mouse (again: the next one that
overlaps there); dragging an edge of the selected span resizes it (``resize_requested``).
The view never changes the document itself: edits go through the session's commands.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from goldspan.model.commands import Change
from goldspan.model.document import Span
from goldspan.model.scheme import LabelScheme
from goldspan.ui.edit_logic import Syllables, hit_order
from goldspan.ui.offsets import OffsetMap
from goldspan.ui.session import DocumentSession
from goldspan.ui.view_index import SpanIndex
from goldspan.ui.view_paint import (
    MARGIN_WIDTH,
    MarginWidget,
    ScreenLines,
    paint_overlay,
    paint_under,
    visible_spans,
)
from goldspan.ui.view_style import SpanStyle, tooltip_text

EDGE_PIXELS = 5


class ArticleView(QPlainTextEdit):
    """Shows one :class:`DocumentSession`; emits edit requests, never edits by itself."""

    active_layer_changed = Signal(str)
    resize_requested = Signal(str, int, int, bool)  # span id, start, end, exact (Alt held)

    def __init__(self, scheme: LabelScheme, parent=None, font_size: int = 12):
        super().__init__(parent)
        self.scheme = scheme
        self.span_style = SpanStyle(scheme)
        self.session: DocumentSession | None = None
        self.offsets = OffsetMap("")
        self.index = SpanIndex()
        self._syllables: Syllables | None = None
        self.visible_layers: set[str] = set(scheme.layer_names())
        self.active_layer = scheme.layers[0].name
        self.drag_preview: tuple[int, int] | None = None
        self._pending_reveal: str | None = None
        self._drag_edge: str | None = None
        self._press_pos: QPointF | None = None
        self._spans_pos: dict[str, tuple[int, int]] = {}
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont("Noto Sans")
        font.setPointSize(font_size)
        self.setFont(font)
        self.document().setDocumentMargin(8)
        self.margin = MarginWidget(self)
        self.setViewportMargins(MARGIN_WIDTH, 0, 0, 0)
        self.updateRequest.connect(self._update_margin)
        self.setMouseTracking(True)

    # -- session ---------------------------------------------------------------------------
    def set_session(self, session: DocumentSession | None) -> None:
        """Show ``session``'s document (None: empty); the text is the model's string."""
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
            self.session.selection_changed.disconnect(self._on_selected)
        self.session = session
        doc = session.doc if session else None
        text = doc.text if doc else ""
        self.offsets = OffsetMap(text)
        self.index.rebuild(doc.spans if doc else ())
        self._remember_positions()
        self._syllables = None
        self.drag_preview = None
        self.setPlainText(text)
        if session is not None:
            session.changed.connect(self._on_changed)
            session.selection_changed.connect(self._on_selected)
            if session.selected:
                self._on_selected(session.selected)

    def _remember_positions(self) -> None:
        self._spans_pos = {s.id: (s.start, s.end) for s in self.index.by_id.values()}

    def _on_changed(self, change: Change) -> None:
        """Repaint what changed; rebuild the index only when spans were added, removed or
        moved. A relabel or review change repaints just the span's lines."""
        assert self.session is not None
        by_id = self.index.by_id
        structural = bool(change.added or change.removed)
        for sid in change.modified:
            span = by_id.get(sid)
            if span is None or self._spans_pos.get(sid) != (span.start, span.end):
                structural = True
                break
        if structural:
            self.index.rebuild(self.session.doc.spans)
            self._remember_positions()
            self.viewport().update()
            self.margin.update()
            return
        screen = ScreenLines(self)
        margin = change.speakers
        for sid in change.modified:
            span = by_id[sid]
            margin = margin or span.layer in ("zone", "speech")
            for rect in screen.rects(span.start, span.end):
                self.viewport().update(rect.adjusted(-3, -2, 3, 2).toAlignedRect())
        if margin:
            self.margin.update()

    def _on_selected(self, span_id: str | None) -> None:
        span = self.selected_span()
        if span is not None:
            self.set_active_layer(span.layer)
            self.reveal(span)
        self.viewport().update()
        self.margin.update()

    @property
    def syllables(self) -> Syllables:
        """Syllable boundaries of the text (computed on the first edit that needs them)."""
        if self._syllables is None:
            self._syllables = Syllables(self.session.doc.text if self.session else "")
        return self._syllables

    # -- state -----------------------------------------------------------------------------
    def selected_span(self) -> Span | None:
        """The session's selected span, or None."""
        if self.session is None or self.session.selected is None:
            return None
        return self.index.by_id.get(self.session.selected)

    def set_active_layer(self, layer: str) -> None:
        """Make ``layer`` the one whose labels the number keys mean."""
        if layer != self.active_layer:
            self.active_layer = layer
            self.active_layer_changed.emit(layer)

    def set_layer_visible(self, layer: str, visible: bool) -> None:
        """Show or hide one layer's drawing."""
        if visible:
            self.visible_layers.add(layer)
        else:
            self.visible_layers.discard(layer)
        self.viewport().update()
        self.margin.update()

    def selection_range(self) -> tuple[int, int] | None:
        """The text selection as code points ``(start, end)``, or None when empty."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (self.offsets.from_qt(cursor.selectionStart()),
                self.offsets.from_qt(cursor.selectionEnd()))

    def select_text(self, start: int, end: int) -> None:
        """Select code points ``[start, end)`` as a text selection (as a mouse drag would)."""
        cursor = self.textCursor()
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def clear_text_selection(self) -> None:
        """Drop the text selection, keeping the cursor where it is."""
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def reveal(self, span: Span) -> None:
        """Scroll so ``span`` is on screen (once shown, if the view is not shown yet)."""
        if not self.isVisible():
            self._pending_reveal = span.id
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.offsets.to_qt(span.start), self.offsets.length_u16))
        rect = self.cursorRect(cursor)
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            keep = self.textCursor()
            self.setTextCursor(cursor)
            self.centerCursor()
            if keep.hasSelection():
                self.setTextCursor(keep)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        pending, self._pending_reveal = self._pending_reveal, None
        if pending is not None and pending in self.index.by_id:
            QTimer.singleShot(0, self, lambda: self.reveal(self.index.by_id[pending])
                              if pending in self.index.by_id else None)

    def position_at(self, point) -> int:
        """Code point offset under viewport point ``point``."""
        return self.offsets.from_qt(self.cursorForPosition(point).position())

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        clip = QRectF(event.rect())
        screen = ScreenLines(self, clip.top() - 1, clip.bottom() + 1)
        spans = visible_spans(self, screen) if self.session is not None else []
        painter = QPainter(self.viewport())
        paint_under(self, painter, spans)
        painter.end()
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        paint_overlay(self, painter, spans, screen)
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.margin.setGeometry(QRect(cr.left(), cr.top(), MARGIN_WIDTH, cr.height()))

    def _update_margin(self, rect, dy: int) -> None:
        if dy:
            self.margin.scroll(0, dy)
        self.margin.update()

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and self.session is not None:
            offset = self.position_at(event.pos())
            spans = self.spans_at(offset)
            if spans:
                QToolTip.showText(event.globalPos(), tooltip_text(self.session.doc, spans),
                                  self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def spans_at(self, offset: int) -> list[Span]:
        """Spans of shown layers containing ``offset``, innermost first."""
        by_id = self.index.by_id
        return hit_order([by_id[i] for i in self.index.ids_at(offset)
                          if by_id[i].layer in self.visible_layers])

    def select_at(self, offset: int) -> None:
        """Select the innermost span at ``offset`` unless one there is already selected."""
        if self.session is None:
            return
        hits = self.spans_at(offset)
        if hits and self.session.selected not in {s.id for s in hits}:
            self.session.select(hits[0].id)

    # -- mouse -----------------------------------------------------------------------------
    def _edge_at(self, point) -> str | None:
        """``"start"``/``"end"`` when ``point`` is on an edge of the selected span."""
        span = self.selected_span()
        if span is None:
            return None
        screen = ScreenLines(self)
        rects = screen.rects(span.start, span.end)
        if not rects:
            return None
        edges = []
        if span.start >= screen.first:
            edges.append(("start", rects[0].left(), rects[0]))
        if span.end <= screen.last:
            edges.append(("end", rects[-1].right(), rects[-1]))
        for edge, x, r in edges:
            if abs(point.x() - x) <= EDGE_PIXELS and r.top() <= point.y() <= r.bottom():
                return edge
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            edge = self._edge_at(event.position())
            if edge is not None:
                self._drag_edge = edge
                return
            self._press_pos = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag_edge is not None:
            span = self.selected_span()
            if span is not None:
                pos = self.position_at(event.position().toPoint())
                start, end = (pos, span.end) if self._drag_edge == "start" else (span.start, pos)
                if start < end:
                    self.drag_preview = (start, end)
                    self.viewport().update()
            return
        edge = self._edge_at(event.position())
        self.viewport().setCursor(Qt.CursorShape.SizeHorCursor if edge
                                  else Qt.CursorShape.IBeamCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag_edge is not None:
            span = self.selected_span()
            preview, self.drag_preview, self._drag_edge = self.drag_preview, None, None
            if span is not None and preview is not None:
                exact = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
                self.resize_requested.emit(span.id, preview[0], preview[1], exact)
            self.viewport().update()
            return
        super().mouseReleaseEvent(event)
        press, self._press_pos = self._press_pos, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if (event.position() - press).manhattanLength() > 4 or self.textCursor().hasSelection():
            return
        self.click_at(self.position_at(event.position().toPoint()))

    def click_at(self, offset: int) -> None:
        """Select the span at ``offset``; a repeated click there cycles through overlaps."""
        if self.session is None:
            return
        hits = self.spans_at(offset)
        if not hits:
            self.session.select(None)
            return
        ids = [s.id for s in hits]
        current = self.session.selected
        choice = ids[(ids.index(current) + 1) % len(ids)] if current in ids else ids[0]
        self.session.select(choice)
