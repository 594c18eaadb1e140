"""Qt item models over a corpus listing: one row per :class:`CorpusEntry`, no text parsed.

:class:`CorpusTableModel` shows title, id, status, span count and suggested count from
``Corpus.entries()`` (the cached summary index), so 10,000 documents list in well under a
second. ``Qt.UserRole`` gives the raw sort key of a cell and :data:`DOC_ID_ROLE` the
document id of a row. :class:`CorpusFilterModel` filters by status (or "has suggested
spans") and by free text matched against title and id, ignoring case and Vietnamese
diacritics (``dang uy`` finds ``Đảng ủy``).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from goldspan.io.corpus import CorpusEntry
from goldspan.ui.sorted_model import Index, PythonSortedTableModel, SourceSortingProxy

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ORDER = {"todo": 0, "in_progress": 1, "done": 2}
STATUS_TEXT = {"todo": "todo", "in_progress": "in progress", "done": "done"}
STATUS_COLOR = {"todo": "#8A8A8A", "in_progress": "#C77C00", "done": "#1B7F3B"}
ANY_STATUS = ""
HAS_SUGGESTED = "has_suggested"


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {0x0110: "d", 0x0111: "d"}
    for cp in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch:
            table[cp] = base.casefold()
    for cp in range(0x0300, 0x0370):  # stray combining marks
        table[cp] = None
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower case without diacritics (``Đ`` becomes ``d``), for forgiving search."""
    return text.translate(_FOLD).casefold()


class CorpusTableModel(PythonSortedTableModel):
    """Rows are corpus entries; columns :attr:`COLUMNS` (sorted in Python, see
    :class:`~goldspan.ui.sorted_model.PythonSortedTableModel`)."""

    COLUMNS = ("Title", "Id", "Status", "Spans", "Suggested")
    TITLE, ID, STATUS, SPANS, SUGGESTED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[CorpusEntry] = []
        self._keys: dict[str, str] = {}  # file name -> folded "title id"

    # -- contents ----------------------------------------------------------------------------
    def set_entries(self, entries: list[CorpusEntry]) -> None:
        """Replace every row (kept in the last sort order)."""
        self.beginResetModel()
        self._entries = list(entries)
        self._keys = {e.file: fold(f"{e.title} {e.id}") for e in self._entries}
        self.sort_in_place()
        self.endResetModel()

    def rows(self) -> list[CorpusEntry]:
        """The entries in row order (the model's list)."""
        return self._entries

    def row_key(self, row: CorpusEntry, column: int) -> Any:
        """The cell's sort key, then the id, so equal keys keep a stable, meaningful order."""
        return (self._sort_key(row, column), row.id)

    def entry(self, row: int) -> CorpusEntry:
        """The entry shown in ``row``."""
        return self._entries[row]

    def search_key(self, row: int) -> str:
        """The folded title and id of ``row`` (see :func:`fold`)."""
        return self._keys[self._entries[row].file]

    def update_counts(self, doc_id: str, status: str, spans: int, suggested: int) -> bool:
        """Change one row's status and counts in place (after a save); False if not listed."""
        row = self.row_of(doc_id)
        if row < 0:
            return False
        entry = self._entries[row]
        entry.status, entry.spans, entry.suggested = status, spans, suggested
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        return True

    def row_of(self, doc_id: str) -> int:
        """The row of document ``doc_id``, or -1."""
        for row, entry in enumerate(self._entries):
            if entry.id == doc_id:
                return row
        return -1

    # -- QAbstractTableModel -----------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, col)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(entry, col)
        if role == DOC_ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.error:
                return f"{entry.file}: cannot be read: {entry.error}"
            return f"{entry.title}\n{entry.file}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.error:
                return QColor("#B00020")
            if col == self.STATUS:
                return QColor(STATUS_COLOR.get(entry.status, "#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SPANS, self.SUGGESTED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: CorpusEntry, col: int) -> Any:
        if col == self.TITLE:
            return f"⚠ {entry.title}" if entry.error else entry.title
        if col == self.ID:
            return entry.id
        if col == self.STATUS:
            return STATUS_TEXT.get(entry.status, entry.status)
        if col == self.SPANS:
            return entry.spans
        return entry.suggested or ""

    def _sort_key(self, entry: CorpusEntry, col: int) -> Any:
        if col == self.TITLE:
            return self._keys[entry.file]
        if col == self.ID:
            return entry.id
        if col == self.STATUS:
            return STATUS_ORDER.get(entry.status, 3)
        if col == self.SPANS:
            return entry.spans
        return entry.suggested


class CorpusFilterModel(SourceSortingProxy):
    """Status and free-text filter over a :class:`CorpusTableModel` (sorting is the source
    model's, in Python)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status = ANY_STATUS
        self._words: list[str] = []

    def invalidate_rows(self) -> None:
        """Re-apply the filter (a row's status or counts changed)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str) -> None:
        """Show only ``status`` (``todo``...), :data:`HAS_SUGGESTED`, or all (``""``)."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        """Show only rows whose title or id holds every word of ``text`` (folded)."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._status and not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, CorpusTableModel)
        entry = model.entry(source_row)
        if self._status == HAS_SUGGESTED:
            if entry.suggested <= 0:
                return False
        elif self._status and entry.status != self._status:
            return False
        if self._words:
            key = model.search_key(source_row)
            return all(word in key for word in self._words)
        return True
