"""One open document in the window: the model, its QUndoStack and change notifications.

Views never change the document directly: they call :meth:`DocumentSession.push` with a
model command (``goldspan.model.commands``). The command is applied once, wrapped in a
QUndoCommand so undo/redo go through the model's ``revert``/``apply``, and every
application emits ``changed`` with the model's :class:`Change` record so each view redraws
only what changed. ``selection_changed`` carries the selected span id (or None).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from goldspan.model.commands import Change, Command, CommandError
from goldspan.model.document import Document, Span


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
        self.read_only = False  # locked by another window: every push is refused
        self._selected: str | None = None
        self._positions: dict[str, int] | None = None
        self._positions_doc: Document | None = None

    def push(self, command: Command) -> bool:
        """Apply ``command`` and put it on the undo stack; False (and ``error``) if it fails
        or the session is :attr:`read_only`."""
        if self.read_only:
            self.error.emit("This document is open read-only (locked by another window)")
            return False
        try:
            change = command.apply(self.doc)
        except CommandError as exc:
            self.error.emit(str(exc))
            return False
        self.undo_stack.push(_UndoAdapter(self, command))
        self._emit(change)
        return True

    def _emit(self, change: Change) -> None:
        if change.added or change.removed:
            self._positions = None
        if self._selected is not None and self._selected in change.removed:
            self.select(None)
        self.changed.emit(change)

    def spans_by_id(self, ids: Iterable[str]) -> dict[str, Span]:
        """The document's current spans for ``ids`` (absent ids left out), in O(len(ids)).

        Positions are cached until a change adds or removes spans; each hit is checked
        against the document (a command may replace a span object in place), and a stale
        cache is rebuilt once.
        """
        wanted = list(ids)
        for attempt in range(2):
            if (attempt or self._positions is None or self._positions_doc is not self.doc
                    or len(self._positions) != len(self.doc.spans)):
                self._positions = {s.id: i for i, s in enumerate(self.doc.spans)}
                self._positions_doc = self.doc
            spans, positions = self.doc.spans, self._positions
            out: dict[str, Span] = {}
            stale = False
            for span_id in wanted:
                k = positions.get(span_id)
                if k is None:
                    continue
                if k < len(spans) and spans[k].id == span_id:
                    out[span_id] = spans[k]
                else:
                    stale = True
                    break
            if not stale:
                return out
        return out

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
