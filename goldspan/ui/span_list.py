"""The span list: every span of the open document in a sortable, filterable table.

``SpanList.set_session(session)`` shows ``session.doc``; the table follows
``session.changed`` records (only touched rows are redrawn) and ``selection_changed``
(the selected span's row is selected and scrolled to). Selecting one row calls
``session.select(span_id)``. With several rows selected, Accept, Relabel and Delete act on
all of them as one command pushed through ``session.push`` (one undo step; deleting uses
:class:`DeleteSpans`, one pass over the spans however many are selected). Filters: layer,
label, review state and free text (applied after a short pause in typing, so a
20,000-span table does not refilter on every key).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from goldspan.model.commands import Command, Compound, DeleteSpans, relabel, set_review
from goldspan.model.document import REVIEWS, Span
from goldspan.model.scheme import LabelScheme, default_scheme
from goldspan.ui.session import DocumentSession
from goldspan.ui.span_table_model import (
    NOT_REVIEWED,
    SPAN_ID_ROLE,
    SpanFilterModel,
    SpanTableModel,
)
from goldspan.ui.widgets import named

SEARCH_DELAY_MS = 150  # the free-text filter waits for a pause in typing


def relabel_review(span: Span) -> str | None:
    """Review state after the editor relabels ``span``: extractor spans become ``edited``."""
    if span.review in ("suggested", "accepted") and span.source not in (None, "gold"):
        return "edited"
    return None


class SpanList(QWidget):
    """Table of the spans of the current session's document."""

    def __init__(self, parent: QWidget | None = None, scheme: LabelScheme | None = None) -> None:
        super().__init__(parent)
        self.scheme = scheme or default_scheme()
        self.session: DocumentSession | None = None
        self._syncing = False
        self.model = SpanTableModel(self, self.scheme)
        self.proxy = SpanFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.layer_box = named(QComboBox(), "spanLayer")
        self.layer_box.addItem("All layers", "")
        for layer in self.scheme.layers:
            self.layer_box.addItem(layer.title or layer.name, layer.name)
        self.label_box = named(QComboBox(), "spanLabel")
        self.review_box = named(QComboBox(), "spanReview")
        self.review_box.addItem("Any review", "")
        for review in REVIEWS:
            self.review_box.addItem(review, review)
        self.review_box.addItem("reviewed (no flag)", NOT_REVIEWED)
        self.search = QLineEdit(placeholderText="Search text, label, value…")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._fill_labels()

        self.table = named(QTableView(), "spanTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SpanTableModel.START, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SpanTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((SpanTableModel.START, 55), (SpanTableModel.LAYER, 60),
                           (SpanTableModel.LABEL, 95), (SpanTableModel.VALUE, 200),
                           (SpanTableModel.SOURCE, 110), (SpanTableModel.REVIEW, 80)):
            self.table.setColumnWidth(col, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.accept_button = QPushButton("Accept")
        self.relabel_button = QToolButton()
        self.relabel_button.setText("Relabel")
        self.relabel_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.relabel_menu = QMenu(self.relabel_button)
        self.relabel_button.setMenu(self.relabel_menu)
        self.delete_button = QPushButton("Delete")
        self.count_label = QLabel("")
        self.delete_action = QAction("Delete spans", self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.delete_action)

        filters = QHBoxLayout()
        for widget in (self.layer_box, self.label_box, self.review_box):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        for button in (self.accept_button, self.relabel_button, self.delete_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.layer_box.currentIndexChanged.connect(self._layer_changed)
        self.label_box.currentIndexChanged.connect(self._filters_changed)
        self.review_box.currentIndexChanged.connect(self._filters_changed)
        self.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._rows_selected)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.accept_button.clicked.connect(self.accept_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.relabel_menu.aboutToShow.connect(lambda: self._fill_relabel_menu(self.relabel_menu))
        self._update_actions()

    # -- session -----------------------------------------------------------------------------
    def set_session(self, session: DocumentSession | None) -> None:
        """Show ``session``'s document and follow its changes (None empties the list)."""
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
            self.session.selection_changed.disconnect(self._on_session_selection)
        self.session = session
        self.model.set_document(session.doc if session is not None else None)
        if session is not None:
            session.changed.connect(self._on_changed)
            session.selection_changed.connect(self._on_session_selection)
            self._on_session_selection(session.selected)
        self._update_actions()

    def _on_changed(self, change: object) -> None:
        spans = (self.session.spans_by_id(change.added | change.modified)  # type: ignore[attr-defined]
                 if self.session is not None else None)
        self.model.apply_change(change, spans)  # type: ignore[arg-type]
        self._update_actions()

    def _on_session_selection(self, span_id: str | None) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            if span_id is None:
                self.table.clearSelection()
                return
            if span_id in self.selected_ids():
                return
            row = self.model.row_of(span_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if index is None or not index.isValid():
                self.table.clearSelection()
                return
            self.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(index)
        finally:
            self._syncing = False

    def _rows_selected(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self._update_actions()
        if self._syncing or self.session is None:
            return
        ids = self.selected_ids()
        current = self.table.currentIndex().data(SPAN_ID_ROLE)
        target = current if current in ids else (ids[0] if ids else None)
        if target is not None:
            self._syncing = True
            try:
                self.session.select(target)
            finally:
                self._syncing = False

    # -- selection and actions ---------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in the order shown."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.proxy.index(r, 0).data(SPAN_ID_ROLE) for r in rows]

    def visible_ids(self) -> list[str]:
        """Ids of all rows shown (after filters and sorting)."""
        return [self.proxy.index(r, 0).data(SPAN_ID_ROLE) for r in range(self.proxy.rowCount())]

    def select_ids(self, ids: list[str]) -> None:
        """Select the rows of ``ids`` (those visible)."""
        selection = QItemSelection()
        for span_id in ids:
            row = self.model.row_of(span_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if index is not None and index.isValid():
                selection.select(index, index)
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _spans(self, ids: list[str]) -> list[Span]:
        assert self.session is not None
        rows = (self.model.row_of(i) for i in ids)
        return [self.model.span_at(r) for r in rows if r >= 0]

    def _push(self, commands: list[Command], label: str) -> bool:
        if self.session is None or not commands:
            return False
        command = commands[0] if len(commands) == 1 else Compound(commands, label)
        return self.session.push(command)

    def accept_selected(self) -> bool:
        """Mark the selected spans that are ``suggested`` as ``accepted`` (one undo step)."""
        spans = [s for s in self._spans(self.selected_ids()) if s.review == "suggested"]
        return self._push([set_review(s.id, "accepted") for s in spans],
                          f"Accept {len(spans)} spans")

    def delete_selected(self) -> bool:
        """Delete the selected spans (one undo step, one pass over the span list)."""
        ids = self.selected_ids()
        return self._push([DeleteSpans(ids)] if ids else [], f"Delete {len(ids)} spans")

    def relabel_selected(self, layer: str, label: str) -> bool:
        """Give the selected spans of ``layer`` the label ``label`` (one undo step)."""
        spans = [s for s in self._spans(self.selected_ids())
                 if s.layer == layer and s.label != label]
        return self._push([relabel(s.id, label, relabel_review(s)) for s in spans],
                          f"Relabel {len(spans)} spans as {label}")

    def _fill_relabel_menu(self, menu: QMenu) -> None:
        menu.clear()
        layers = sorted({s.layer for s in self._spans(self.selected_ids())},
                        key=lambda n: (n not in self.scheme.layer_names(), n))
        for layer in layers:
            if layer not in self.scheme.layer_names():
                continue
            if len(layers) > 1:
                menu.addSection(self.scheme.layer(layer).title or layer)
            for name in self.scheme.layer(layer).label_names():
                action = menu.addAction(name)
                action.triggered.connect(
                    lambda _=False, ly=layer, lb=name: self.relabel_selected(ly, lb))

    def _context_menu(self, pos: QPoint) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.addAction("Accept", self.accept_selected)
        self._fill_relabel_menu(menu.addMenu("Relabel as"))
        menu.addAction("Delete", self.delete_selected)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- filters -----------------------------------------------------------------------------
    def _fill_labels(self) -> None:
        layer = self.layer_box.currentData() or ""
        self.label_box.blockSignals(True)
        self.label_box.clear()
        self.label_box.addItem("All labels", "")
        layers = [self.scheme.layer(layer)] if layer else self.scheme.layers
        for ldef in layers:
            for name in ldef.label_names():
                if self.label_box.findData(name) < 0:
                    self.label_box.addItem(name, name)
        self.label_box.blockSignals(False)

    def _layer_changed(self, *_: object) -> None:
        self._fill_labels()
        self._filters_changed()

    def _filters_changed(self, *_: object) -> None:
        self._search_timer.stop()
        self.proxy.set_filter(layer=self.layer_box.currentData() or "",
                              label=self.label_box.currentData() or "",
                              review=self.review_box.currentData() or "",
                              text=self.search.text())
        self._update_actions()

    def set_filters(self, layer: str = "", label: str = "", review: str = "",
                    text: str = "") -> None:
        """Set every filter at once, through the widgets (``""`` is any)."""
        self.layer_box.setCurrentIndex(max(0, self.layer_box.findData(layer)))
        self.label_box.setCurrentIndex(max(0, self.label_box.findData(label)))
        self.review_box.setCurrentIndex(max(0, self.review_box.findData(review)))
        self.search.setText(text)
        self._filters_changed()  # at once, not after the typing delay

    def _update_actions(self) -> None:
        n = len(self.table.selectionModel().selectedRows()) if self.table.model() else 0
        for widget in (self.accept_button, self.relabel_button, self.delete_button):
            widget.setEnabled(self.session is not None and n > 0)
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text = f"{shown} of {total} spans" if shown != total else f"{total} spans"
        self.count_label.setText(text + (f" · {n} selected" if n > 1 else ""))
