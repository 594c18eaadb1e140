"""The window's compare mode: the Evaluate menu, the Compare dock and the article overlay.

:class:`WindowCompare` puts a :class:`~goldspan.ui.compare_view.CompareView` in a dock of
the main window and compares the open document (the gold, never written by comparing)
with either the extractors' output on a span-less copy of it (``compare_with_extractors``)
or a predictions file in FORMAT v1 — a ``.json`` document or a ``.jsonl`` holding a
document with the same ``id`` and ``text`` (``compare_with_file``; a different id or text
is refused with a message saying where the texts part). While comparing:

- the article view draws every difference (``window_compare_paint.CompareOverlay``) and
  the dock lists the scores and the errors (its own copy of the text is hidden: the
  article is the one text);
- clicking an error (or F8 / Shift+F8) moves the article there: an error with a gold span
  selects that span (so label keys relabel it), any other selects its characters (so a
  label key makes the missing span); clicking a difference in the article selects its row;
- "Adopt predicted span" (the dock's button, Ctrl+Shift+P) puts the prediction into the
  gold as one undo step (Ctrl+Z takes it back); refused on a read-only document.

Opening another document, or closing the dock, ends the comparison.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from goldspan.model.errors import GoldspanError
from goldspan.ui.compare_view import CompareView
from goldspan.ui.session import DocumentSession
from goldspan.ui.window_compare_inputs import ExtractorChooser, load_prediction
from goldspan.ui.window_compare_paint import CompareOverlay

if TYPE_CHECKING:
    from goldspan.ui.main_window import MainWindow

class CompareDock(QDockWidget):
    """The Compare dock; ``closed`` when the editor closes it."""

    closed = Signal()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
        self.closed.emit()


class WindowCompare(QObject):
    """Compare mode of ``window`` (see the module docstring)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.session: DocumentSession | None = None
        self.source = ""
        self._jumping = False
        self.view = CompareView(window.scheme)
        self.view.text.hide()  # the article view is the text; the dock keeps scores and errors
        self.view.adopt_button.clicked.disconnect()
        self.view.adopt_button.clicked.connect(self.adopt)
        self.view.adopt_button.setText("Adopt predicted span (Ctrl+Shift+P)")
        self.view.jump_requested.connect(self._jump)
        _fit_columns(self.view)
        self.dock = CompareDock("Compare", window)
        self.dock.setObjectName("dock_compare")
        self.dock.setWidget(_with_hint(self.view))
        self.dock.closed.connect(self.stop)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        spans = window.findChild(QDockWidget, "dock_spans")
        if spans is not None:  # a tab beside the span list: the full width for the errors
            window.tabifyDockWidget(spans, self.dock)
        self.dock.hide()
        self.overlay = CompareOverlay(window.view, self._errors, self.view.selected_error)
        self.view.error_table.itemSelectionChanged.connect(self.overlay.update)
        window.view.cursorPositionChanged.connect(self._article_cursor)
        self.actions: dict[str, QAction] = {}
        self._build_menu()

    # -- menu --------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        menu = bar.addMenu("E&valuate")
        help_action = next((a for a in bar.actions() if a.text() == "&Help"), None)
        if help_action is not None:
            bar.insertMenu(help_action, menu)
        for key, text, keys, handler in (
                ("compare_extractors", "Compare with extractors…", ("Ctrl+Shift+E",),
                 self.compare_with_extractors_dialog),
                ("compare_file", "Compare with predictions file…", ("Ctrl+Shift+O",),
                 self.compare_with_file_dialog),
                ("next_difference", "Next difference", ("F8",), lambda: self.step(1)),
                ("prev_difference", "Previous difference", ("Shift+F8",),
                 lambda: self.step(-1)),
                ("adopt", "Adopt predicted span", ("Ctrl+Shift+P",), self.adopt),
                ("stop_compare", "Stop comparing", (), self.stop)):
            action = QAction(text, self.window)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _checked=False, h=handler: h())
            self.window.addAction(action)
            menu.addAction(action)
            if key == "compare_file":
                menu.addSeparator()
            self.actions[key] = action
        self._update_actions()

    def _update_actions(self) -> None:
        for key in ("next_difference", "prev_difference", "adopt", "stop_compare"):
            self.actions[key].setEnabled(self.active)

    # -- state -------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        """Whether a comparison is shown."""
        return self.session is not None

    def _errors(self):
        return self.view.errors if self.active else []

    def warn(self, text: str) -> None:
        """Tell the editor why a comparison cannot be made (a method, so tests answer it)."""
        QMessageBox.warning(self.window, "Goldspan — compare", text)

    def _start(self, session: DocumentSession, source: str) -> None:
        if self.session is not None and self.session is not session:
            self.session.changed.disconnect(self._on_changed)
        if self.session is not session:
            session.changed.connect(self._on_changed)
        self.session, self.source = session, source
        self.dock.setWindowTitle(f"Compare: {source}")
        if self.dock.isHidden():  # first shown: the article keeps most of the height
            self.dock.show()
            self.window.resizeDocks([self.dock], [max(240, self.window.height() * 9 // 20)],
                                    Qt.Orientation.Vertical)
        self.dock.raise_()
        self.overlay.activate(True)
        self._update_actions()
        errors = len(self.view.errors)
        self.window.statusBar().showMessage(
            f"Comparing with {source}: {errors} difference(s). F8: next difference", 8000)

    def stop(self) -> None:
        """End compare mode (the gold keeps every adopted span)."""
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = None
        self.overlay.activate(False)
        self.dock.hide()
        self._update_actions()

    def document_shown(self, session: DocumentSession | None) -> None:
        """The window shows ``session``: a comparison of another document ends."""
        if self.session is not None and session is not self.session:
            self.stop()

    def _on_changed(self, _change) -> None:
        self.overlay.update()

    # -- starting a comparison -------------------------------------------------------------------
    def compare_with_extractors_dialog(self) -> None:
        """Evaluate ▸ Compare with extractors…: choose extractors, then compare."""
        if self._need_document():
            names = self.choose_extractors()
            if names is not None:
                self.compare_with_extractors(names)

    def choose_extractors(self) -> list[str] | None:
        """Ask which extractors to run (the default pipeline ticked); None if cancelled."""
        return ExtractorChooser.ask(self.window)

    def compare_with_extractors(self, names: list[str] | None = None) -> bool:
        """Compare the gold with ``names`` (default pipeline if None or empty) run on a copy."""
        session = self.window.session
        if session is None:
            return False
        from goldspan.extract.registry import default_names

        default = default_names()
        chosen = list(names) if names else default
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.view.run_extractor(session, chosen)
        except GoldspanError as exc:
            self.warn(f"The extractors could not run on {session.doc.id!r}: {exc}")
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._start(session, "extractors" if chosen == default else " + ".join(chosen))
        return True

    def compare_with_file_dialog(self) -> None:
        """Evaluate ▸ Compare with predictions file…: choose a file, then compare."""
        if not self._need_document():
            return
        start = self.session_folder()
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Predictions for this document", start,
            "Goldspan documents (*.json *.jsonl);;All files (*)")
        if path:
            self.compare_with_file(Path(path))

    def session_folder(self) -> str:
        """The folder of the open document's file ('' when unknown)."""
        session = self.window.session
        return str(session.path.parent) if session is not None and session.path else ""

    def compare_with_file(self, path: Path) -> bool:
        """Compare the gold with the document of the same id in ``path`` (see the module
        docstring); False, with a message, when it cannot."""
        session = self.window.session
        if session is None:
            return False
        try:
            prediction = load_prediction(Path(path), session.doc)
        except GoldspanError as exc:
            self.warn(str(exc))
            return False
        self.view.set_comparison(session, prediction)
        self._start(session, Path(path).name)
        return True

    def _need_document(self) -> bool:
        if self.window.session is None:
            self.warn("Open a document first: compare mode scores the open document.")
            return False
        return True

    # -- navigation and adoption -----------------------------------------------------------------
    def step(self, delta: int) -> None:
        """F8 / Shift+F8: the next / previous difference, with the article focused."""
        count = len(self.view.errors)
        if not self.active or count == 0:
            return
        row = self.view.error_table.currentRow()
        row = (row + delta) % count if row >= 0 else (0 if delta > 0 else count - 1)
        self.view.jump_to_error(row)
        self.window.view.setFocus()

    def _jump(self, start: int, end: int) -> None:
        """Move the article to ``[start, end)`` (code points) for the selected error."""
        view = self.window.view
        error = self.view.selected_error()
        self._jumping = True
        try:
            gold_id = error.gold.id if error is not None and error.gold is not None else ""
            if gold_id and view.session is not None and view.session.selected == gold_id:
                view.clear_text_selection()
                span = view.selected_span()
                if span is not None:
                    view.reveal(span)
            else:  # nothing of the gold there: the characters, nothing else, are selected
                if view.session is not None:
                    view.session.select(None)
                if error is not None:
                    view.set_active_layer(error.layer)
                _centre_on(view, start)
                view.select_text(start, end)
        finally:
            self._jumping = False
        self.overlay.update()

    def _article_cursor(self) -> None:
        """A click in the article on a difference selects its row in the dock."""
        if not self.active or self._jumping:
            return
        view = self.window.view
        pos = view.offsets.from_qt(view.textCursor().position())
        hits = [(e.end - e.start, i) for i, e in enumerate(self.view.errors)
                if e.start <= pos < e.end]
        if hits:
            row = min(hits)[1]
            if self.view.error_table.currentRow() != row:
                self.view.error_table.selectRow(row)

    def adopt(self) -> bool:
        """Adopt the selected error's prediction into the gold (one undo step)."""
        if not self.active:
            return False
        if not self.window._can_edit():
            self.window.statusBar().showMessage(
                "This document is open read-only (locked by another window)", 8000)
            return False
        if self.view.selected_error() is None:
            self.window.statusBar().showMessage("Select a difference to adopt first", 8000)
            return False
        ok = self.view.adopt_selected()
        if ok:
            self.window.statusBar().showMessage(
                "Adopted the predicted span into the gold (Ctrl+Z undoes it)", 8000)
        return ok


HINT = ("Article: a frame marks an entity or figure difference (its top bar: the "
        "prediction's part), a left stripe a zone or speech difference.  F8 next · "
        "Ctrl+Shift+P adopt · Ctrl+Z undo")


def _with_hint(view: CompareView) -> QWidget:
    """The dock's widget: a line explaining the article's marks above the compare view."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 4, 0, 0)
    layout.setSpacing(0)
    hint = QLabel(HINT, box)
    hint.setWordWrap(True)
    hint.setStyleSheet("color: #555555")
    layout.addWidget(hint)
    layout.addWidget(view, 1)
    return box


def _fit_columns(view: CompareView) -> None:
    """In a wide dock: score columns as wide as their contents, gold and prediction share
    the rest of the error list."""
    header = view.scores.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setMinimumSectionSize(56)
    errors = view.error_table.horizontalHeader()
    for column in (2, 3):
        errors.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    for table in (view.scores, view.error_table):  # compact rows: more errors in sight
        rows = table.verticalHeader()
        rows.setDefaultSectionSize(table.fontMetrics().height() + 6)
        rows.hide()


def _centre_on(view, start: int) -> None:
    """Scroll the article so code point ``start`` is on screen (centred when it was not)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(min(view.offsets.to_qt(start), view.offsets.length_u16))
    rect = view.cursorRect(cursor)
    if rect.top() < 0 or rect.bottom() > view.viewport().height():
        view.setTextCursor(cursor)
        view.centerCursor()
