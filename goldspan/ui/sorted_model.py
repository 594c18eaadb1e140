"""Table models that sort their rows in Python, and a proxy that leaves sorting to them.

Sorting 10,000-20,000 rows through ``QSortFilterProxyModel``'s comparator calls ``data()``
in Python hundreds of thousands of times; one key per row and ``list.sort`` take
milliseconds. :class:`PythonSortedTableModel` keeps the row objects in a list, sorts it by
``row_key(row, column)`` (called once per row) and moves persistent indexes (selection,
current row) with their rows. :class:`SourceSortingProxy` filters only: its ``sort``
forwards to the source model and it keeps the source order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class PythonSortedTableModel(QAbstractTableModel):
    """Rows are the objects of :meth:`rows`; columns are named by ``COLUMNS``.

    Subclasses give :meth:`rows` (the list itself, sorted in place), :meth:`row_key` and,
    when they keep lookups by row, :meth:`rows_moved`. ``sort`` does nothing when asked for
    the order the rows already have (views ask twice per header click).
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def rows(self) -> list[Any]:  # pragma: no cover - abstract
        """The row objects in display order (the model's own list)."""
        raise NotImplementedError

    def row_key(self, row: Any, column: int) -> Any:  # pragma: no cover - abstract
        """The sort key of ``row`` in ``column``, ties broken so the order is total."""
        raise NotImplementedError

    def rows_moved(self) -> None:
        """Called after the rows changed order, before views hear of it."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows by ``column``, keeping persistent indexes on their rows."""
        if not 0 <= column < len(self.COLUMNS) or self._sort == (column, order):
            return
        self._sort = (column, order)
        self.resort()

    def sort_in_place(self) -> None:
        """Order the rows by the current sort without signals (inside a model reset)."""
        if self._sort is None:
            return
        column, order = self._sort
        self.rows().sort(key=lambda row: self.row_key(row, column),
                         reverse=order == Qt.SortOrder.DescendingOrder)

    def resort(self) -> None:
        """Sort again by the current sort, as a layout change views and selections follow."""
        if self._sort is None:
            return
        self.layoutAboutToBeChanged.emit()
        rows = self.rows()
        old = list(rows)
        self.sort_in_place()
        self.rows_moved()
        position = {id(row): n for n, row in enumerate(rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(position[id(old[i.row()])], i.column()) for i in persistent])
        self.layoutChanged.emit()

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None


class SourceSortingProxy(QSortFilterProxyModel):
    """A filter proxy whose ``sort`` sorts the source model; the proxy keeps source order."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source model (one Python sort), not the proxy."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
