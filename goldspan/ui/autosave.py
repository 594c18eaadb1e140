"""Nothing is lost: debounced atomic autosave and detection of changes made on disk.

An :class:`Autosaver` watches one :class:`DocumentSession`. The first change after a save
starts a single-shot timer (at most 1.5 s), so every change reaches the file within 2 s
even during a long burst of edits; the write is atomic (``io.gold.write_document``), so a
killed process leaves the old or the new file, never a broken one. Before writing, and on
a slow poll, the file's size and mtime are compared with what was last read or written;
if the bytes differ, ``external_change`` is emitted and nothing is written until the window
calls :meth:`keep_mine` or reloads. Never overwrites a change made elsewhere silently.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from goldspan.io.atomic import atomic_write_bytes
from goldspan.io.gold import dumps_document
from goldspan.ui.session import DocumentSession

MAX_DELAY_MS = 1500
POLL_MS = 2000


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class Autosaver(QObject):
    """Saves ``session`` to ``session.path`` shortly after each change."""

    saved = Signal(str)  # the path
    external_change = Signal(str)  # the path, changed on disk by someone else
    failed = Signal(str)  # a message: the write failed (the edits stay in memory)

    def __init__(self, session: DocumentSession, delay_ms: int = 1000, parent=None):
        super().__init__(parent or session)
        self.session = session
        self.enabled = True
        self.conflict = False
        self.last_error: str | None = None  # why the last save failed (None: it did not)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(0, min(delay_ms, MAX_DELAY_MS)))
        self._timer.timeout.connect(self.save_now)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check_external)
        self._known_stat: tuple[int, int] | None = None
        self._known_hash: str | None = None
        self.remember_disk()
        session.undo_stack.indexChanged.connect(self._on_change)
        self._poll.start()

    def remember_disk(self) -> None:
        """Take the file as it is now as the version this session was loaded from."""
        path = self.session.path
        if path is not None:
            self._known_stat = _stat(path)
            self._known_hash = _digest(path)
        self.conflict = False

    def _on_change(self, *_args) -> None:
        try:
            if self.enabled and self.session.dirty and not self._timer.isActive():
                self._timer.start()
        except RuntimeError:  # the Qt objects are being destroyed (interpreter exit)
            pass

    @property
    def pending(self) -> bool:
        """Whether a save is scheduled."""
        return self._timer.isActive()

    def changed_on_disk(self) -> bool:
        """Whether the file's bytes differ from what was last read or written."""
        path = self.session.path
        if path is None:
            return False
        now = _stat(path)
        if now == self._known_stat:
            return False
        return _digest(path) != self._known_hash

    def check_external(self) -> bool:
        """Poll: emit ``external_change`` once when the file changed elsewhere."""
        if self.conflict:
            return True
        if self.changed_on_disk():
            self.conflict = True
            self._timer.stop()
            self.external_change.emit(str(self.session.path))
            return True
        return False

    def save_now(self) -> bool:
        """Write the document now (if it has a path and no unresolved conflict)."""
        self._timer.stop()
        self.last_error = None
        path = self.session.path
        if path is None:
            return False
        if self.check_external():  # the window may resolve it (keep mine) synchronously
            return not self.conflict and not self.session.dirty
        data = dumps_document(self.session.doc)
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            self.last_error = f"Could not save {path}: {exc.strerror or exc}"
            self.failed.emit(self.last_error)
            if self.enabled:  # try again shortly: the edits must not wait for the next one
                self._timer.start()
            return False
        self._known_stat = _stat(path)
        self._known_hash = hashlib.sha256(data).hexdigest()
        self.session.mark_saved()
        self.saved.emit(str(path))
        return True

    def keep_mine(self) -> bool:
        """Resolve a conflict by writing this session's version over the file on disk."""
        self.remember_disk()
        return self.save_now()

    def stop(self) -> None:
        """Stop the timers (the window closes or the document is reloaded)."""
        self._timer.stop()
        self._poll.stop()
        self.enabled = False
