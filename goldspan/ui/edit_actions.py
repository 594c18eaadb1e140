"""The editing grammar: what each key and menu action does to the current document.

:class:`EditController` turns user intent (label key, Enter, Delete, Alt+arrows, N/P...)
into model commands pushed on the session (so every edit is undoable) and selection
moves. It reads the text selection and the active layer from the :class:`ArticleView`.
Qt widgets are not built here; see ``main_window`` / ``edit_menus``.
"""

from __future__ import annotations

from collections.abc import Callable

from goldspan.model.commands import (
    AddSpan,
    AddSpeaker,
    Command,
    Compound,
    DeleteSpan,
    UpdateSpeaker,
    relabel,
    resize,
    set_review,
)
from goldspan.model.document import Document, Span
from goldspan.ui.article_view import ArticleView
from goldspan.ui.edit_logic import moved_edge, neighbour, ordered, review_after_edit
from goldspan.ui.session import DocumentSession


class EditController:
    """Applies the editing grammar to ``view``'s session; ``status`` reports messages."""

    def __init__(self, view: ArticleView, status: Callable[[str], None] = lambda m: None,
                 can_edit: Callable[[], bool] = lambda: True):
        self.view = view
        self.status = status
        self.can_edit = can_edit

    @property
    def session(self) -> DocumentSession | None:
        """The session shown in the view."""
        return self.view.session

    def _push(self, command: Command) -> bool:
        if self.session is None:
            return False
        if not self.can_edit():
            self.status("This document is open read-only (locked by another window)")
            return False
        return self.session.push(command)

    def _selected(self) -> Span | None:
        return self.view.selected_span()

    # -- labels ----------------------------------------------------------------------------
    def label_key(self, key: str, exact: bool = False) -> None:
        """A label hotkey: make a span of the text selection, else relabel the selected span."""
        if self.session is None:
            return
        layer = self.scheme_layer()
        label = layer.label_for_hotkey(key)
        if label is None:
            self.status(f"No label on key {key} in layer {layer.name}")
            return
        selection = self.view.selection_range()
        span = self._selected()
        if selection is not None:
            self.create(layer.name, label.name, *selection, exact=exact)
        elif span is not None and span.layer == layer.name:
            if span.label != label.name:
                self._push(relabel(span.id, label.name, review_after_edit(span)))
        elif span is not None:
            self.create(layer.name, label.name, span.start, span.end, exact=True)
        else:
            self.status("Select some text or a span first")

    def scheme_layer(self):
        """The active layer's definition."""
        return self.view.scheme.layer(self.view.active_layer)

    def create(self, layer: str, label: str, start: int, end: int, exact: bool = False) -> None:
        """Add a span ``review: added`` over ``[start, end)`` (snapped unless ``exact``)."""
        assert self.session is not None
        doc = self.session.doc
        if not exact:
            start, end = self.view.syllables.snap(start, end)
        if start >= end or not doc.text[start:end].strip():
            self.status("Nothing to label: the selection holds only blanks")
            return
        prefix = self.view.scheme.layer(layer).span_prefix
        span = Span(id=doc.new_span_id(prefix), layer=layer, label=label, start=start, end=end,
                    text=doc.text[start:end], review="added")
        if self._push(AddSpan(span)):
            self.view.clear_text_selection()
            self.session.select(span.id)

    # -- review ----------------------------------------------------------------------------
    def accept(self) -> None:
        """Enter: accept the selected suggested span."""
        span = self._selected()
        if span is not None and span.review == "suggested":
            self._push(set_review(span.id, "accepted"))

    def delete(self) -> None:
        """Delete: remove the selected span and select the next one of its layer."""
        span = self._selected()
        if span is None or self.session is None:
            return
        following = neighbour(ordered(self.session.doc, {span.layer}), span.id, +1)
        if self._push(DeleteSpan(span.id)) and following is not None and following.id != span.id:
            self.session.select(following.id)

    def accept_layer(self) -> None:
        """Accept every suggested span of the active layer, as one undo step."""
        if self.session is None:
            return
        layer = self.view.active_layer
        ids = [s.id for s in self.session.doc.spans if s.layer == layer and s.review == "suggested"]
        if not ids:
            self.status(f"No suggested spans in layer {layer}")
            return
        self._push(Compound([set_review(i, "accepted") for i in ids],
                            label=f"Accept {len(ids)} suggestions in {layer}"))

    def rerun(self) -> None:
        """Run the extractors again on a copy, keeping reviewed spans; one undo step."""
        if self.session is None:
            return
        command = rerun_command(self.session.doc)
        if not command.commands:
            self.status("Extractors found nothing new")
            return
        self._push(command)

    # -- resizing --------------------------------------------------------------------------
    def move_edge(self, edge: str, direction: int, by_syllable: bool = True) -> None:
        """Move the selected span's ``edge`` one syllable (or character) in ``direction``."""
        span = self._selected()
        if span is None:
            return
        moved = moved_edge(span, edge, direction, by_syllable, self.view.syllables)
        if moved is not None:
            self._push(resize(span.id, *moved, review_after_edit(span)))

    def drag_resize(self, span_id: str, start: int, end: int, exact: bool) -> None:
        """A dragged edge: resize to ``[start, end)``, snapped to syllables unless ``exact``."""
        if self.session is None:
            return
        span = self.session.doc.span_by_id(span_id)
        if not exact:
            s2, e2 = self.view.syllables.snap(start, end)
            start = s2 if start != span.start else start
            end = e2 if end != span.end else end
        if start < end and (start, end) != (span.start, span.end):
            self._push(resize(span_id, start, end, review_after_edit(span)))

    # -- navigation ------------------------------------------------------------------------
    def go(self, step: int, suggested: bool = False) -> None:
        """Tab/Shift+Tab (spans of the active layer) and N/P (suggested spans, all layers)."""
        if self.session is None:
            return
        doc = self.session.doc
        if suggested:
            spans = [s for s in ordered(doc, self.view.visible_layers) if s.review == "suggested"]
        else:
            layer = self.view.active_layer
            spans = ordered(doc, {layer} if layer in self.view.visible_layers
                            else self.view.visible_layers)
        current = self._selected()
        cursor = self.view.offsets.from_qt(self.view.textCursor().position())
        offset = current.start if current is not None else cursor
        target = neighbour(spans, current.id if current else None, step, offset)
        if target is not None and (current is None or target.id != current.id):
            self.session.select(target.id)
        elif target is None:
            self.status("No suggested span left" if suggested else "No span in this layer")

    def clear_selection(self) -> None:
        """Escape: no selected span and no text selection."""
        self.view.clear_text_selection()
        if self.session is not None:
            self.session.select(None)


def rerun_command(doc: Document) -> Compound:
    """The commands turning ``doc`` into what ``run_pipeline(keep_reviewed=True)`` gives.

    The pipeline runs on a copy; the difference (speakers added or given a role, spans
    removed, spans added) becomes one :class:`Compound`, so the re-run is undoable.
    """
    from goldspan.extract.registry import run_pipeline  # lazy: not needed to start

    fresh = run_pipeline(doc.model_copy(deep=True), keep_reviewed=True)
    commands: list[Command] = []
    old_speakers = {s.id: s for s in doc.speakers}
    for sp in fresh.speakers:
        old = old_speakers.get(sp.id)
        if old is None:
            commands.append(AddSpeaker(sp))
        elif old.role != sp.role and sp.role:
            commands.append(UpdateSpeaker(sp.id, role=sp.role))
    new_by_id = {s.id: s for s in fresh.spans}
    old_by_id = {s.id: s for s in doc.spans}
    for s in doc.spans:
        other = new_by_id.get(s.id)
        if other is None or other.model_dump() != s.model_dump():
            commands.append(DeleteSpan(s.id))
    for s in fresh.spans:
        old_span = old_by_id.get(s.id)
        if old_span is None or old_span.model_dump() != s.model_dump():
            commands.append(AddSpan(s))
    return Compound(commands, label="Run extractors again")
