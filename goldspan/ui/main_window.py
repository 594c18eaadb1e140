"""The main window: a document list beside a read-only article view with spans coloured.

This is the foundation's viewer; the editing grammar, inspector and span list build on it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
)

from goldspan.extract.registry import run_pipeline
from goldspan.io.corpus import Corpus
from goldspan.io.registry import importer_for
from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError
from goldspan.model.scheme import default_scheme
from goldspan.ui.offsets import OffsetMap


class MainWindow(QMainWindow):
    """Corpus list on the left, the selected article on the right."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Goldspan")
        self.scheme = default_scheme()
        self.docs: list[Document] = []
        self.doc: Document | None = None
        self.list = QListWidget()
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        font = self.view.font()
        font.setPointSize(12)
        self.view.setFont(font)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setSizes([260, 1100])
        self.setCentralWidget(splitter)
        self.list.currentRowChanged.connect(self._show_row)

    def open_path(self, path: Path) -> None:
        """Open a corpus folder, a gold ``.json`` or a raw article (pre-annotated in memory)."""
        try:
            if path.is_dir():
                corpus = Corpus(path)
                docs = []
                for entry in corpus.entries():
                    docs.append(corpus.load(entry.id))
                raw = [p for p in sorted(path.iterdir()) if p.suffix.lower() in (".txt",)]
                for p in raw:
                    if p.stem not in {d.id for d in docs}:
                        docs.append(run_pipeline(importer_for(p).load(p)[0]))
            else:
                docs = importer_for(path).load(path)
                if path.suffix.lower() != ".json":
                    docs = [run_pipeline(d) for d in docs]
        except GoldspanError as exc:
            QMessageBox.critical(self, "Goldspan", str(exc))
            return
        self.docs = docs
        self.list.clear()
        for doc in docs:
            self.list.addItem(QListWidgetItem(str(doc.meta.get("title") or doc.id)))
        if docs:
            self.list.setCurrentRow(0)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.docs):
            self.show_document(self.docs[row])

    def show_document(self, doc: Document) -> None:
        """Show ``doc`` with every span's label colour as a background."""
        self.doc = doc
        self.view.setPlainText(doc.text)
        offsets = OffsetMap(doc.text)
        cursor = QTextCursor(self.view.document())
        for span in sorted(doc.spans, key=lambda s: (s.layer != "zone", s.start)):
            fmt = QTextCharFormat()
            color = QColor(self.scheme.color(span.layer, span.label))
            if span.layer == "zone":
                color.setAlpha(40)
                fmt.setBackground(color)
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(color)
                if span.layer == "entity":
                    color.setAlpha(90)
                    fmt.setBackground(color)
            cursor.setPosition(offsets.to_qt(span.start))
            cursor.setPosition(offsets.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        self.setWindowTitle(f"Goldspan — {doc.meta.get('title') or doc.id}")

    def select_span(self, span_id: str) -> None:
        """Move the view's selection to span ``span_id`` of the current document."""
        if self.doc is None:
            return
        try:
            span = self.doc.span_by_id(span_id)
        except KeyError:
            return
        offsets = OffsetMap(self.doc.text)
        cursor = self.view.textCursor()
        cursor.setPosition(offsets.to_qt(span.start))
        cursor.setPosition(offsets.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
