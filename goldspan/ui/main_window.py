"""The main window: the article view in the centre, Corpus / Inspector / Spans docks.

It composes, it does not implement: the view draws (``article_view``), the controller
edits (``edit_actions``), menus come from ``keymap``/``edit_menus``, saving from
``autosave``, locking from ``file_lock``. Each open document keeps its
:class:`DocumentSession` (and so its undo history) while the editor switches documents.
Public API shared with the panels: ``open_path``, ``open_document``, ``session``,
``select_span``; ``compare`` is the compare mode (``window_compare``).
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from goldspan.io.corpus import Corpus
from goldspan.io.gold import read_document
from goldspan.model.commands import SetStatus
from goldspan.model.errors import GoldspanError
from goldspan.model.scheme import default_scheme
from goldspan.ui.article_view import ArticleView
from goldspan.ui.autosave import Autosaver
from goldspan.ui.corpus_panel import CorpusPanel
from goldspan.ui.edit_actions import EditController
from goldspan.ui.edit_menus import build_menus, context_menu
from goldspan.ui.file_lock import DocumentLock
from goldspan.ui.inspector import Inspector
from goldspan.ui.legend import Legend
from goldspan.ui.session import DocumentSession
from goldspan.ui.span_list import SpanList
from goldspan.ui.window_compare import WindowCompare
from goldspan.ui.window_files import WindowFilesMixin
from goldspan.ui.window_open import import_raw_files, load_user_settings, remember_corpus


@dataclass
class OpenDocument:
    """A document open in this window: its session, saver and lock."""

    session: DocumentSession
    saver: Autosaver
    lock: DocumentLock
    read_only: bool


class MainWindow(WindowFilesMixin, QMainWindow):
    """The annotation window."""

    def __init__(self) -> None:
        super().__init__()
        self.settings, warning = load_user_settings()
        self.scheme = default_scheme()
        self.corpus: Corpus | None = None
        self.opened: dict[str, OpenDocument] = {}
        self.current: OpenDocument | None = None
        self._panel_session: DocumentSession | None = None
        self.view = ArticleView(self.scheme, font_size=self.settings.font_size)
        self.legend = Legend(self.scheme)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.view)
        self.setCentralWidget(central)
        self.controller = EditController(self.view, self._status, self._can_edit)
        self.undo_group = QUndoGroup(self)
        self._build_docks()
        self._build_actions()
        self.compare = WindowCompare(self)  # the Evaluate menu and the Compare dock
        self.view.active_layer_changed.connect(lambda _l: self._refresh_legend())
        self.view.resize_requested.connect(self.controller.drag_resize)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self._refresh_legend()
        self._update_title()
        self._restore_geometry()
        self.compare.stop()  # a restored layout never shows an empty Compare dock
        if warning:
            self._status(warning)

    # -- composition -----------------------------------------------------------------------
    def _build_docks(self) -> None:
        self.corpus_panel = CorpusPanel(self)
        self.corpus_panel.document_activated.connect(self.open_document)
        self.inspector = Inspector(self)
        self.span_list = SpanList(self)
        for title, widget, area in (
                ("Corpus", self.corpus_panel, Qt.DockWidgetArea.LeftDockWidgetArea),
                ("Inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea),
                ("Spans", self.span_list, Qt.DockWidgetArea.BottomDockWidgetArea)):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{title.lower()}")
            dock.setWidget(widget)
            self.addDockWidget(area, dock)

    def _build_actions(self) -> None:
        c = self.controller
        handlers = {
            "open_folder": self.open_folder_dialog, "save": self.save, "quit": self.close,
            "mark_done": self.mark_done, "accept": c.accept, "delete": c.delete,
            "accept_layer": c.accept_layer, "rerun": c.rerun,
            "end_right": lambda: c.move_edge("end", 1), "end_left": lambda: c.move_edge("end", -1),
            "start_left": lambda: c.move_edge("start", -1),
            "start_right": lambda: c.move_edge("start", 1),
            "end_right_char": lambda: c.move_edge("end", 1, False),
            "end_left_char": lambda: c.move_edge("end", -1, False),
            "start_left_char": lambda: c.move_edge("start", -1, False),
            "start_right_char": lambda: c.move_edge("start", 1, False),
            "next_span": lambda: c.go(1), "prev_span": lambda: c.go(-1),
            "next_suggested": lambda: c.go(1, True), "prev_suggested": lambda: c.go(-1, True),
            "clear_selection": c.clear_selection, "shortcuts": self.show_shortcuts,
        }
        self.action_map = build_menus(self, self.view, handlers, self.scheme, c.label_key,
                                   self._set_layer, self._toggle_layer)
        undo = self.undo_group.createUndoAction(self, "Undo")
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.undo_group.createRedoAction(self, "Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu = next(m for a in self.menuBar().actions()
                         if a.text() == "&Edit" and isinstance(m := a.menu(), QMenu))
        first = edit_menu.actions()[0]
        edit_menu.insertActions(first, [undo, redo])
        edit_menu.insertSeparator(first)
        self.addAction(undo)
        self.addAction(redo)
        self.action_map["undo"], self.action_map["redo"] = undo, redo

    def _context_menu(self, pos) -> None:
        """Right click (``pos`` in viewport coordinates, as Qt gives it for scroll areas):
        select the span under the pointer unless text is selected, then show the actions."""
        if not self.view.textCursor().hasSelection():
            self.view.select_at(self.view.position_at(pos))
        self._menu = context_menu(self, self.action_map)
        self._menu.popup(self.view.viewport().mapToGlobal(pos))

    def _set_layer(self, layer: str) -> None:
        self.view.set_active_layer(layer)

    def _toggle_layer(self, layer: str, on: bool) -> None:
        self.view.set_layer_visible(layer, on)
        self._refresh_legend()

    def _refresh_legend(self) -> None:
        """Legend and the Label menu follow the active layer."""
        self.legend.refresh(self.view.active_layer, self.view.visible_layers)
        layer = self.scheme.layer(self.view.active_layer)
        for action_id, action in self.action_map.items():
            if action_id.startswith("label_") and not action_id.startswith("label_exact_"):
                key = action_id[len("label_"):]
                label = layer.label_for_hotkey(key)
                action.setText(f"{label.name} ({layer.title or layer.name})" if label
                               else f"Key {key}: no label in {layer.title or layer.name}")
                action.setEnabled(label is not None)

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _can_edit(self) -> bool:
        return self.current is not None and not self.current.read_only

    # -- public API ------------------------------------------------------------------------
    @property
    def session(self) -> DocumentSession | None:
        """The current document's session, or None."""
        return self.current.session if self.current else None

    def open_path(self, path: Path, corpus_dir: Path | None = None) -> None:
        """Open a corpus folder (its last or first document), a gold ``.json``, or a raw
        ``.txt``/``.html``: imported, pre-annotated, into ``corpus_dir`` or a corpus folder
        the user picks or creates (cancelling opens nothing)."""
        path = Path(path)
        try:
            if path.is_dir():
                self._set_corpus(path)
                ids = [e.id for e in self.corpus.entries() if not e.error] if self.corpus else []
                last = self.settings.last_document
                if ids:
                    self.open_document(last if last in ids else ids[0])
            elif path.suffix.lower() == ".json":
                self._set_corpus(path.parent, import_raw=False)
                self._open_file(path)
            else:
                folder = corpus_dir or self.ask_corpus_folder(path)
                if folder is None:
                    return
                folder.mkdir(parents=True, exist_ok=True)
                self._set_corpus(folder, import_raw=False)
                new = import_raw_files(self, [path], folder)
                self.corpus_panel.refresh()
                doc_id = new[0] if new else path.stem
                if self.corpus and doc_id in self.corpus:
                    self.open_document(doc_id)
        except GoldspanError as exc:
            QMessageBox.critical(self, "Goldspan", str(exc))

    def ask_corpus_folder(self, article: Path) -> Path | None:
        """Ask which corpus folder a raw article goes into (the dialog can create one);
        None when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(
            self, f"Corpus folder for {article.name} (pick or create one)", str(article.parent))
        return Path(chosen) if chosen else None

    def _set_corpus(self, folder: Path, import_raw: bool = True) -> None:
        if self.corpus is not None and self.corpus.root.resolve() == folder.resolve():
            return
        if import_raw:
            import_raw_files(self, None, folder)
        self.corpus = Corpus(folder)
        self.corpus_panel.set_corpus(self.corpus)
        remember_corpus(self.settings, folder)

    def open_document(self, doc_id: str) -> None:
        """Open document ``doc_id`` of the current corpus."""
        if self.corpus is None:
            return
        try:
            self._open_file(self.corpus.path_for(doc_id))
        except GoldspanError as exc:
            QMessageBox.critical(self, "Goldspan", str(exc))

    def select_span(self, span_id: str) -> None:
        """Select span ``span_id`` of the current document (scrolls to it)."""
        if self.session is not None and span_id in self.view.index.by_id:
            self.session.select(span_id)

    def _open_file(self, path: Path) -> None:
        key = str(path.resolve())
        entry = self.opened.get(key)
        if entry is None:
            gc.disable()  # validating many spans is twice as fast without collections
            try:
                doc = read_document(path)
            finally:
                gc.enable()
            lock = DocumentLock(path)
            read_only = not lock.acquire()
            session = DocumentSession(doc, path, self)
            session.read_only = read_only
            saver = Autosaver(session, self.settings.autosave_ms)
            entry = OpenDocument(session, saver, lock, read_only)
            saver.enabled = not read_only
            saver.external_change.connect(lambda _p, e=entry: self._external_change(e))
            saver.failed.connect(self._status)
            saver.saved.connect(self._title_signal)
            session.undo_stack.cleanChanged.connect(self._title_signal)
            session.error.connect(self._status)
            self.undo_group.addStack(session.undo_stack)
            self.opened[key] = entry
            if read_only:
                QMessageBox.warning(self, "Goldspan", f"{path.name} is being edited by "
                                    f"{lock.owner}; it opens read-only here.")
        self._show(entry)

    def _show(self, entry: OpenDocument | None) -> None:
        self.current = entry
        session = entry.session if entry else None
        self.view.set_session(session)
        self.compare.document_shown(session)
        self.undo_group.setActiveStack(session.undo_stack if session else None)  # type: ignore[arg-type]
        # the article paints first; the panels (which walk every span) fill right after
        QTimer.singleShot(0, self, self._sync_panels)
        if session is not None:
            self.settings.last_document = session.doc.id
            self.corpus_panel.set_current(session.doc.id)
        self._update_title()
        self.view.setFocus()

    def _title_signal(self, *_args) -> None:
        try:
            self._update_title()
        except RuntimeError:  # the window is being destroyed
            pass

    def _sync_panels(self) -> None:
        """Give the Inspector and the span list the current session."""
        if self._panel_session is self.session:
            return
        self._panel_session = self.session
        self.inspector.set_session(self.session)
        self.span_list.set_session(self.session)

    def _update_title(self) -> None:
        session = self.session
        if session is None:
            self.setWindowTitle("Goldspan")
            return
        name = session.doc.meta.get("title") or session.doc.id
        lock = " (read-only)" if self.current and self.current.read_only else ""
        self.setWindowTitle(f"{name}[*]{lock} — Goldspan")
        self.setWindowModified(session.dirty)

    # -- file actions ----------------------------------------------------------------------
    def save(self) -> bool:
        """Ctrl+S: write the current document now."""
        if self.current is None or self.current.read_only:
            return False
        saver = self.current.saver
        ok = saver.save_now()
        self._status("Saved" if ok else saver.last_error or "Not saved")
        return ok

    def mark_done(self) -> None:
        """Ctrl+Enter: mark the document done, save, and open the next one not done."""
        if self.session is None or not self._can_edit():
            return
        if self.session.doc.status != "done":
            self.session.push(SetStatus("done"))
        if not self.save():
            return
        self.corpus_panel.refresh()
        if self.corpus is None:
            return
        entries = self.corpus.entries()
        ids = [e.id for e in entries]
        here = ids.index(self.session.doc.id) if self.session.doc.id in ids else -1
        for k in range(1, len(entries) + 1):
            entry = entries[(here + k) % len(entries)]
            if entry.status != "done" and not entry.error:
                self.open_document(entry.id)
                return
        self._status("Every document of the corpus is done")

    def open_folder_dialog(self) -> None:
        """Ctrl+O: choose a corpus folder."""
        from PySide6.QtWidgets import QFileDialog
        folder = QFileDialog.getExistingDirectory(self, "Open corpus folder")
        if folder:
            self.open_path(Path(folder))

    def show_shortcuts(self) -> None:
        """F1: the shortcut sheet."""
        from goldspan.ui.view_help import ShortcutSheet
        self._sheet = ShortcutSheet(self.scheme, self)
        self._sheet.show()
