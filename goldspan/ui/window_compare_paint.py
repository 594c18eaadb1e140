"""Compare mode drawn over the article view: each difference from the prediction marked.

:class:`CompareOverlay` is a transparent widget laid over the article view's viewport (a
sibling on top of it, not a child, so the viewport's scrolling never moves it; mouse events
pass through to the text). It repaints whenever the view does and draws, for the lines on
screen only (``view_paint.ScreenLines``, the article's own geometry):

- entity and figure differences: a translucent wash and a frame in the kind's colour
  (solid for missed, dashed for spurious, dash-dot for wrong value...), the same colours as
  the Compare dock's legend (``compare_view.KIND_STYLES``), so the two read alike; when the
  prediction covers only part of the frame (a wrong boundary), a bar along the top marks
  the prediction's characters (the gold span is the article's own drawing);
- zone and speech differences (whole paragraphs or quotes): a stripe in the kind's colour
  along the left edge of the text, zones outermost, speech just inside, so entities inside
  a quote stay readable.

The article's own drawing of the gold spans is left untouched underneath.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from goldspan.evaluate.diff import ErrorItem
from goldspan.ui.compare_view import KIND_STYLES
from goldspan.ui.view_paint import ScreenLines

if TYPE_CHECKING:
    from goldspan.ui.article_view import ArticleView

PEN_STYLES: dict[str, Qt.PenStyle] = {
    "missed": Qt.PenStyle.SolidLine,
    "spurious": Qt.PenStyle.DashLine,
    "wrong_label": Qt.PenStyle.SolidLine,
    "wrong_boundary": Qt.PenStyle.DotLine,
    "wrong_value": Qt.PenStyle.DashDotLine,
    "wrong_speaker": Qt.PenStyle.DashDotDotLine,
}
STRIPE_X = {"zone": 0.0, "speech": 3.5}
STRIPE_WIDTH = 3.0


def kind_colour(kind: str) -> QColor:
    """The strong colour of an error kind (its underline colour in the Compare dock)."""
    bg, line, _ = KIND_STYLES[kind]
    return QColor(line or bg)


class CompareOverlay(QWidget):
    """Draws ``errors()`` (code point ranges with a kind and layer) over ``view``'s text."""

    def __init__(self, view: ArticleView, errors: Callable[[], list[ErrorItem]],
                 selected: Callable[[], ErrorItem | None] = lambda: None):
        super().__init__(view)
        self.view = view
        self.errors = errors
        self.selected = selected
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.updateRequest.connect(lambda _rect, _dy: self.update())
        view.viewport().installEventFilter(self)
        self.hide()

    def activate(self, on: bool) -> None:
        """Show (over the viewport, on top) or hide the drawing."""
        if on:
            self.setGeometry(self.view.viewport().geometry())
            self.raise_()
            self.show()
            self.update()
        else:
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Follow the viewport's geometry; repaint with it."""
        if self.isVisible() and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.setGeometry(self.view.viewport().geometry())
        return False

    def regions(self, screen: ScreenLines) -> list[tuple[ErrorItem, list[QRectF]]]:
        """The errors of shown layers on the lines of ``screen`` with their rectangles."""
        out = []
        shown = self.view.visible_layers
        for e in self.errors():
            if e.layer not in shown or e.end < screen.first or e.start > screen.last:
                continue
            rects = screen.rects(e.start, e.end)
            if rects:
                out.append((e, rects))
        return out

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.view.session is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        chosen = self.selected()
        screen = ScreenLines(self.view)
        for e, rects in self.regions(screen):
            colour = kind_colour(e.kind)
            width = 2.5 if e is chosen else 1.5
            if e.layer in STRIPE_X:
                x = STRIPE_X[e.layer]
                top, bottom = rects[0].top(), rects[-1].bottom()
                painter.fillRect(QRectF(x, top + 1, STRIPE_WIDTH, bottom - top - 2), colour)
                continue
            wash = QColor(colour)
            wash.setAlpha(40)
            pen = QPen(colour, width, PEN_STYLES[e.kind])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            for r in rects:
                box = r.adjusted(-1.5, 0.5, 1.5, -0.5)
                painter.fillRect(box, wash)
                painter.drawRect(box)
            pred = e.pred
            if pred is not None and (pred.start, pred.end) != (e.start, e.end):
                # the prediction covers only part of the frame: a bar over its characters
                for r in screen.rects(pred.start, pred.end):
                    painter.fillRect(QRectF(r.left(), r.top() + 0.5, r.width(), 3), colour)
        painter.end()
