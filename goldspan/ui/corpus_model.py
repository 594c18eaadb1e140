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

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from goldspan.io.corpus import CorpusEntry

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ORDER = {"todo": 0, "in_progress": 1, "done": 2}
STATUS_TEXT = {"todo": "todo", "in_progress": "in progress", "done": "done"}
STATUS_COLOR = {"todo": "#8A8A8A", "in_progress": "#C77C00", "done": "#1B7F3B"}
ANY_STATUS = ""
HAS_SUGGESTED = "has_suggested"

_Index = QModelIndex | QPersistentModelIndex


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


class CorpusTableModel(QAbstractTableModel):
    """Rows are corpus entries; columns :attr:`COLUMNS`."""

    COLUMNS = ("Title", "Id", "Status", "Spans", "Suggested")
    TITLE, ID, STATUS, SPANS, SUGGESTED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[CorpusEntry] = []
        self._keys: dict[str, str] = {}  # file name -> folded "title id"
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- contents ----------------------------------------------------------------------------
    def set_entries(self, entries: list[CorpusEntry]) -> None:
        """Replace every row (kept in the last sort order)."""
        self.beginResetModel()
        self._entries = list(entries)
        self._keys = {e.file: fold(f"{e.title} {e.id}") for e in self._entries}
        if self._sort is not None:
            self._sort_entries(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows by ``column`` in Python (fast: one key per row, not Qt comparisons)."""
        if not 0 <= column < len(self.COLUMNS) or self._sort == (column, order):
            return  # set_entries keeps rows in the current order
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = list(self._entries)
        self._sort_entries(column, order)
        position = {id(e): row for row, e in enumerate(self._entries)}
        moved = [position[id(e)] for e in old]
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(moved[i.row()], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def _sort_entries(self, column: int, order: Qt.SortOrder) -> None:
        reverse = order == Qt.SortOrder.DescendingOrder
        # secondary key: id, so equal keys keep a stable, meaningful order
        self._entries.sort(key=lambda e: (self._sort_key(e, column), e.id), reverse=reverse)

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
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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


class CorpusFilterModel(QSortFilterProxyModel):
    """Status and free-text filter over a :class:`CorpusTableModel`.

    Sorting is forwarded to the source model (which sorts in Python) and the proxy keeps the
    source order: sorting 10,000 rows through Qt's comparator would call ``data()`` in
    Python hundreds of thousands of times.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status = ANY_STATUS
        self._words: list[str] = []

    def invalidate_rows(self) -> None:
        """Re-apply the filter (a row's status or counts changed)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source model; the proxy itself stays unsorted (source order)."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

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

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
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
