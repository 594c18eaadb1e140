"""The speaker cast of the open document: add, rename, set role, merge, attribute.

``CastEditor.set_session(session)`` lists ``doc.speakers`` with each speaker's colour (the
same :func:`goldspan.ui.colors.speaker_color` as the article view's side bar), name, role and
how many spans it speaks. Name and role cells are edited in place; Add takes the name typed
in the line below; "Merge into" moves every turn and quote of the selected speaker to the
chosen one and removes it; "Use for span" attributes the selected turn or quote to the
selected speaker. Each action is one command pushed through ``session.push``.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from goldspan.model.commands import AddSpeaker, MergeSpeakers, UpdateSpeaker
from goldspan.model.document import Speaker
from goldspan.ui.colors import speaker_color
from goldspan.ui.session import DocumentSession
from goldspan.ui.widgets import named

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, ROLE, COUNT = range(3)


class CastEditor(QWidget):
    """Table of speakers with add / rename / role / merge; emits ``use_for_span(id)``."""

    use_for_span = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: DocumentSession | None = None
        self._loading = False
        self._span_accepts = False
        self.table = named(QTableWidget(0, 3), "castTable")
        self.table.setHorizontalHeaderLabels(["Speaker", "Role", "Spans"])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(ROLE, 100)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        self.new_name = named(QLineEdit(placeholderText="New speaker's name"), "castNewName")
        self.add_button = QPushButton("Add")
        self.merge_button = QToolButton()
        self.merge_button.setText("Merge into…")
        self.merge_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.merge_menu = QMenu(self.merge_button)
        self.merge_button.setMenu(self.merge_menu)
        self.use_button = QPushButton("Use for span")
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        action_row = QHBoxLayout()
        action_row.addWidget(self.use_button)
        action_row.addWidget(self.merge_button)
        action_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(action_row)
        layout.addLayout(add_row)

        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._add_clicked)
        self.new_name.returnPressed.connect(self._add_clicked)
        self.merge_menu.aboutToShow.connect(self._fill_merge_menu)
        self.use_button.clicked.connect(self._use_clicked)
        self._update_buttons()

    # -- session -----------------------------------------------------------------------------
    def set_session(self, session: DocumentSession | None) -> None:
        """List the cast of ``session``'s document (None empties it)."""
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Reload the table from the document, keeping the selected speaker."""
        keep = self.selected_speaker()
        self._loading = True
        try:
            speakers = self.session.doc.speakers if self.session is not None else []
            counts = Counter(s.speaker for s in self.session.doc.spans) if self.session else {}
            self.table.setRowCount(len(speakers))
            for row, speaker in enumerate(speakers):
                name = QTableWidgetItem(speaker.name)
                name.setData(ID_ROLE, speaker.id)
                name.setData(Qt.ItemDataRole.DecorationRole, QColor(speaker_color(row)))
                name.setToolTip(f"{speaker.id}: {speaker.name}")
                role = QTableWidgetItem(speaker.role or "")
                count = QTableWidgetItem(str(counts.get(speaker.id, 0)))
                count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                for col, item in ((NAME, name), (ROLE, role), (COUNT, count)):
                    self.table.setItem(row, col, item)
            if keep is not None:
                self.select_speaker(keep)
        finally:
            self._loading = False
        self._update_buttons()

    # -- queries -----------------------------------------------------------------------------
    def selected_speaker(self) -> str | None:
        """Id of the selected speaker, or None."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), NAME)
        return item.data(ID_ROLE) if item is not None else None

    def select_speaker(self, speaker_id: str) -> None:
        """Select the row of ``speaker_id`` (if listed)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is not None and item.data(ID_ROLE) == speaker_id:
                self.table.selectRow(row)
                return

    # -- commands ----------------------------------------------------------------------------
    def add_speaker(self, name: str, role: str | None = None) -> str | None:
        """Add a speaker called ``name``; returns its id (None if nothing was added)."""
        name = name.strip()
        if self.session is None or not name:
            return None
        speaker = Speaker(id=self.session.doc.new_speaker_id(), name=name, role=role or None)
        if not self.session.push(AddSpeaker(speaker)):
            return None
        self.select_speaker(speaker.id)
        return speaker.id

    def rename_speaker(self, speaker_id: str, name: str) -> bool:
        """Rename ``speaker_id`` (an empty name is refused)."""
        if self.session is None or not name.strip():
            self.refresh()
            return False
        return self.session.push(UpdateSpeaker(speaker_id, name=name.strip()))

    def set_role(self, speaker_id: str, role: str) -> bool:
        """Set (or clear with ``""``) the role of ``speaker_id``."""
        if self.session is None:
            return False
        return self.session.push(UpdateSpeaker(speaker_id, role=role.strip()))

    def merge(self, keep: str, drop: str) -> bool:
        """Move every span of ``drop`` to ``keep`` and remove ``drop``."""
        if self.session is None or keep == drop:
            return False
        return self.session.push(MergeSpeakers(keep, drop))

    # -- widget handlers ---------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.session is None:
            return
        name_item = self.table.item(item.row(), NAME)
        if name_item is None:
            return
        speaker_id = name_item.data(ID_ROLE)
        try:
            speaker = self.session.doc.speaker_by_id(speaker_id)
        except KeyError:  # the cast changed under the edit (undo): show it as it is
            self.refresh()
            return
        if item.column() == NAME and item.text().strip() != speaker.name:
            self.rename_speaker(speaker_id, item.text())
        elif item.column() == ROLE and item.text().strip() != (speaker.role or ""):
            self.set_role(speaker_id, item.text())

    def _add_clicked(self) -> None:
        if self.add_speaker(self.new_name.text()):
            self.new_name.clear()

    def _fill_merge_menu(self) -> None:
        self.merge_menu.clear()
        drop = self.selected_speaker()
        if self.session is None or drop is None:
            return
        for speaker in self.session.doc.speakers:
            if speaker.id != drop:
                action = self.merge_menu.addAction(speaker.name)
                action.triggered.connect(lambda _=False, k=speaker.id, d=drop: self.merge(k, d))

    def _use_clicked(self) -> None:
        speaker_id = self.selected_speaker()
        if speaker_id is not None:
            self.use_for_span.emit(speaker_id)

    def set_span_accepts_speaker(self, accepts: bool) -> None:
        """Enable "Use for span" only when the selected span takes a speaker."""
        self._span_accepts = accepts
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_speaker() is not None
        many = self.table.rowCount() > 1
        self.merge_button.setEnabled(selected and many)
        self.use_button.setEnabled(selected and self._span_accepts)
        self.add_button.setEnabled(self.session is not None)
