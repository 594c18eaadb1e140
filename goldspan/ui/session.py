"""One open document in the window: the model, its QUndoStack and change notifications.

Views never change the document directly: they call :meth:`DocumentSession.push` with a
model command (``goldspan.model.commands``). The command is applied once, wrapped in a
QUndoCommand so undo/redo go through the model's ``revert``/``apply``, and every
application emits ``changed`` with the model's :class:`Change` record so each view redraws
only what changed. ``selection_changed`` carries the selected span id (or None).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from goldspan.model.commands import Change, Command, CommandError
from goldspan.model.document import Document


class _UndoAdapter(QUndoCommand):
    """A model command on the QUndoStack; its first ``redo`` is skipped (already applied)."""

    def __init__(self, session: DocumentSession, command: Command):
        super().__init__(command.label)
        self.session = session
        self.command = command
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.session._emit(self.command.apply(self.session.doc))

    def undo(self) -> None:
        self.session._emit(self.command.revert(self.session.doc))


class DocumentSession(QObject):
    """A document being edited, where it lives on disk, and its undo history."""

    changed = Signal(object)  # goldspan.model.commands.Change
    selection_changed = Signal(object)  # str | None
    error = Signal(str)  # a command that could not be applied, for the status bar

    def __init__(self, doc: Document, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc
        self.path = path
        self.undo_stack = QUndoStack(self)
        self._selected: str | None = None

    def push(self, command: Command) -> bool:
        """Apply ``command`` and put it on the undo stack; False (and ``error``) if it fails."""
        try:
            change = command.apply(self.doc)
        except CommandError as exc:
            self.error.emit(str(exc))
            return False
        self.undo_stack.push(_UndoAdapter(self, command))
        self._emit(change)
        return True

    def _emit(self, change: Change) -> None:
        if self._selected is not None and self._selected in change.removed:
            self.select(None)
        self.changed.emit(change)

    @property
    def selected(self) -> str | None:
        """The selected span id, or None."""
        return self._selected

    def select(self, span_id: str | None) -> None:
        """Select span ``span_id`` (None clears); emits ``selection_changed`` on change."""
        if span_id != self._selected:
            self._selected = span_id
            self.selection_changed.emit(span_id)

    @property
    def dirty(self) -> bool:
        """Whether there are changes since the last :meth:`mark_saved`."""
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        """Record that the document on disk equals the model now."""
        self.undo_stack.setClean()
