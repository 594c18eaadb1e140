"""The article view's QSyntaxHighlighter: per block, bisect the span index and set formats.

Attach it to the QTextDocument before ``setPlainText``. Each block converts its UTF-16
position to code points once (``OffsetMap``), walks the index segments inside it and sets
one cached format per segment, so highlighting costs O(segments in the block).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QSyntaxHighlighter, QTextDocument

if TYPE_CHECKING:
    from goldspan.ui.article_view import ArticleView


class SpanHighlighter(QSyntaxHighlighter):
    """Draws muted zones and entity backgrounds of the view's session."""

    def __init__(self, view: ArticleView, document: QTextDocument):
        super().__init__(document)
        self.view = view

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        view = self.view
        session = view.session
        if session is None or not text:
            return
        offsets = view.offsets
        qpos = self.currentBlock().position()
        start = offsets.from_qt(qpos)
        end = start + len(text)
        by_id = view.index.by_id
        style = view.style
        visible = view.visible_layers
        to_qt = offsets.to_qt
        for a, b, ids in view.index.segments_in(start, end):
            key = style.segment_key([by_id[i] for i in ids], visible)
            fmt = style.format_for(key)
            if fmt is not None:
                qa = to_qt(a)
                self.setFormat(qa - qpos, to_qt(b) - qa, fmt)
