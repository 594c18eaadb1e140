"""A plain document list used in the Corpus dock until ``corpus_panel.CorpusPanel`` exists.

It has the panel's interface: ``set_corpus``, ``refresh`` and ``document_activated(str)``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from goldspan.io.corpus import Corpus

STATUS_MARK = {"done": "✔", "in_progress": "…", "todo": "•"}


class SimpleCorpusList(QListWidget):
    """Titles of a corpus's documents with their status; activating one opens it."""

    document_activated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.corpus: Corpus | None = None
        self.itemActivated.connect(self._activate)
        self.itemClicked.connect(self._activate)

    def set_corpus(self, corpus: Corpus | None) -> None:
        """List ``corpus`` (None: empty)."""
        self.corpus = corpus
        self.refresh()

    def refresh(self) -> None:
        """Re-read the corpus summaries."""
        self.clear()
        if self.corpus is None:
            return
        for entry in self.corpus.entries():
            mark = "⚠" if entry.error else STATUS_MARK.get(entry.status, "•")
            item = QListWidgetItem(f"{mark} {entry.title}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(entry.error or f"{entry.id}: {entry.spans} spans, "
                            f"{entry.suggested} suggested")
            self.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        self.document_activated.emit(item.data(Qt.ItemDataRole.UserRole))
