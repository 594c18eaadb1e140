"""The corpus panel: the documents of a corpus with status and counts, filter, sort, import.

``CorpusPanel.set_corpus(corpus)`` lists ``corpus.entries()`` (the summary index, so no text
is parsed); ``refresh()`` re-reads it keeping the current document; clicking a row or
pressing Enter emits ``document_activated(doc_id)``. A status box (all, todo, in progress,
done, with suggestions left) and a search field filter the list; headers sort it.
``import_files(paths)`` imports files or folders into the corpus with progress and a report
of skipped files (see :mod:`goldspan.ui.import_flow`), then refreshes and emits
``imported(ids)``. ``update_document(doc)`` refreshes one row from an open document after
a save, without reading the folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from goldspan.io.corpus import Corpus
from goldspan.io.registry import importers
from goldspan.model.document import Document
from goldspan.ui.corpus_model import (
    ANY_STATUS,
    DOC_ID_ROLE,
    HAS_SUGGESTED,
    CorpusFilterModel,
    CorpusTableModel,
)
from goldspan.ui.import_flow import import_into_corpus

STATUS_CHOICES = (("All documents", ANY_STATUS), ("To do", "todo"),
                  ("In progress", "in_progress"), ("Done", "done"),
                  ("With suggestions left", HAS_SUGGESTED))


def import_filter() -> str:
    """The file dialog filter: every suffix a registered importer reads, then all files."""
    suffixes = sorted({s for imp in importers().values() for s in imp.suffixes})
    return f"Articles ({' '.join('*' + s for s in suffixes)});;All files (*)"


class CorpusPanel(QWidget):
    """Document list of one corpus; emits ``document_activated(str)`` with a doc id."""

    document_activated = Signal(str)
    imported = Signal(list)  # ids of newly imported documents

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus: Corpus | None = None
        self._current: str | None = None
        self.model = CorpusTableModel(self)
        self.proxy = CorpusFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(placeholderText="Filter by title or id")
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("corpusSearch")
        self.status_box = QComboBox()
        self.status_box.setObjectName("corpusStatus")
        for text, value in STATUS_CHOICES:
            self.status_box.addItem(text, value)
        self.table = QTableView()
        self.table.setObjectName("corpusTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CorpusTableModel.ID, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # fixed widths: ResizeToContents would measure all 10,000 rows on every refresh
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CorpusTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((CorpusTableModel.ID, 110), (CorpusTableModel.STATUS, 85),
                           (CorpusTableModel.SPANS, 55), (CorpusTableModel.SUGGESTED, 75)):
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setColumnHidden(CorpusTableModel.ID, True)
        self.count_label = QLabel("No corpus")
        self.import_button = QPushButton("Import files…")
        self.import_folder_button = QPushButton("Import folder…")
        for button in (self.import_button, self.import_folder_button):
            button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.import_folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._filter_changed)
        self.status_box.currentIndexChanged.connect(self._filter_changed)
        self.table.clicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        self.import_button.clicked.connect(self._choose_files)
        self.import_folder_button.clicked.connect(self._choose_folder)

    # -- public API --------------------------------------------------------------------------
    def set_corpus(self, corpus: Corpus | None) -> None:
        """Show the documents of ``corpus`` (None empties the panel)."""
        self.corpus = corpus
        self._current = None
        for button in (self.import_button, self.import_folder_button):
            button.setEnabled(corpus is not None)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the corpus listing (cheap: stale index entries only), keep the current row."""
        self.model.set_entries(self.corpus.entries() if self.corpus is not None else [])
        self._update_count()
        if self._current is not None:
            self.set_current(self._current)

    def set_current(self, doc_id: str | None) -> None:
        """Highlight document ``doc_id`` (the one open in the window) without emitting."""
        self._current = doc_id
        row = self.model.row_of(doc_id) if doc_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, CorpusTableModel.TITLE))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def update_document(self, doc: Document) -> None:
        """Show ``doc``'s current status and span counts in its row (no disk access): call
        it after saving a document, instead of a full :meth:`refresh`."""
        suggested = sum(1 for s in doc.spans if s.review == "suggested")
        self.model.update_counts(doc.id, doc.status, len(doc.spans), suggested)
        self.proxy.invalidate_rows()

    def visible_ids(self) -> list[str]:
        """Document ids in the order shown (after filter and sort)."""
        return [self.proxy.index(r, 0).data(DOC_ID_ROLE) for r in range(self.proxy.rowCount())]

    def import_files(self, paths: Iterable[str | Path]) -> list[str]:
        """Import files/folders into the corpus (progress, report); returns the new ids."""
        if self.corpus is None:
            return []
        ids = import_into_corpus(self, list(paths), self.corpus.root)
        self.refresh()
        if ids:
            self.imported.emit(ids)
        return ids

    # -- internals ---------------------------------------------------------------------------
    def _filter_changed(self, *_: object) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_status(self.status_box.currentData() or ANY_STATUS)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if self.corpus is None:
            self.count_label.setText("No corpus")
        elif shown == total:
            self.count_label.setText(f"{total} document" + ("" if total == 1 else "s"))
        else:
            self.count_label.setText(f"{shown} of {total} documents")

    def _activate(self, index: QModelIndex) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id:
            self._current = doc_id
            self.document_activated.emit(doc_id)

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import articles", "", import_filter())
        if paths:
            self.import_files(paths)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if folder:
            self.import_files([folder])
