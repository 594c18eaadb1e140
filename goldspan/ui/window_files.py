"""The main window's file safety: external changes, closing without losing edits, and the
remembered window geometry. A mixin of :class:`goldspan.ui.main_window.MainWindow`, which
provides ``opened``, ``current``, ``undo_group``, ``settings`` and ``_open_file``.

A document changed on disk by another program is never overwritten silently: the window
asks (``ask_external``) to reload it or keep the editor's version. Closing saves every
document with changes; when a save fails, the window asks before closing
(``confirm_close``). Both questions are methods, so tests answer them without dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox

from goldspan.io.gold import read_document
from goldspan.model.errors import GoldspanError

if TYPE_CHECKING:
    from goldspan.ui.main_window import OpenDocument

    _Base = QMainWindow
else:
    _Base = object


class WindowFilesMixin(_Base):
    """External change, close and geometry handling of the main window."""

    opened: dict[str, Any]
    current: Any
    undo_group: Any
    settings: Any
    _open_file: Callable[[Path], None]
    _show: Callable[[Any], None]
    _panel_session: Any

    # -- geometry ------------------------------------------------------------------------------
    def _qsettings(self) -> QSettings:
        from goldspan.ui.settings import config_dir
        return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        """Window size and dock layout of the last session (``window.ini`` beside the
        settings); ignored when missing or unreadable."""
        store = self._qsettings()
        geometry, state = store.value("geometry"), store.value("state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _save_geometry(self) -> None:
        store = self._qsettings()
        store.setValue("geometry", self.saveGeometry())
        store.setValue("state", self.saveState())
        store.sync()

    # -- conflicts and closing -------------------------------------------------------------
    def ask_external(self, path: str) -> str:
        """Ask what to do about a file changed on disk: ``"reload"`` or ``"keep"``."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Goldspan",
                          f"{path} was changed on disk by another program.", parent=self)
        reload_btn = box.addButton("Reload from disk", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Keep my version", QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return "reload" if box.clickedButton() is reload_btn else "keep"

    def _external_change(self, entry: OpenDocument) -> None:
        path = entry.session.path
        assert path is not None
        if entry.read_only:  # the lock holder saved: nothing here to keep, show its version
            self._reload_read_only(entry, path)
            return
        if self.ask_external(str(path)) == "keep":
            entry.saver.keep_mine()
            return
        try:
            doc = read_document(path)
        except GoldspanError as exc:
            QMessageBox.critical(self, "Goldspan", f"Cannot reload: {exc}")
            return
        entry.saver.stop()
        self.undo_group.removeStack(entry.session.undo_stack)
        self.opened.pop(str(path.resolve()), None)
        entry.lock.release()
        was_current = entry is self.current
        if was_current:
            self.current = None
        del doc
        if was_current:
            self._open_file(path)

    def _reload_read_only(self, entry: OpenDocument, path: Path) -> None:
        """Replace a read-only document by the file's version, in place (no lock warning)."""
        try:
            doc = read_document(path)
        except GoldspanError as exc:  # the holder is mid-way or broke it: try on next poll
            self.statusBar().showMessage(f"Cannot reload {path.name}: {exc}", 8000)
            entry.saver.remember_disk()
            return
        entry.session.select(None)
        entry.session.undo_stack.clear()
        entry.session.doc = doc
        entry.saver.remember_disk()
        if entry is self.current:
            self._panel_session = None  # same session, new document: the panels refill
            self._show(entry)

    def unsaved_documents(self) -> list[str]:
        """Save every open document with changes; the names of those that could not be."""
        failed = []
        for entry in list(self.opened.values()):  # a save may reload (and replace) an entry
            if entry.session.dirty and not entry.read_only and not entry.saver.save_now():
                failed.append(str(entry.session.path or entry.session.doc.id))
        return failed

    def confirm_close(self, failed: list[str]) -> bool:
        """Ask whether to close although ``failed`` documents could not be saved."""
        answer = QMessageBox.question(
            self, "Goldspan", "These documents could not be saved:\n" + "\n".join(failed)
            + "\n\nClose anyway and lose their last changes?")
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        failed = self.unsaved_documents()
        if failed and not self.confirm_close(failed):
            event.ignore()
            return
        for entry in self.opened.values():
            entry.saver.stop()
            entry.lock.release()
        try:
            from goldspan.ui.window_open import save_user_settings
            save_user_settings(self.settings)
            self._save_geometry()
        finally:
            super().closeEvent(event)
