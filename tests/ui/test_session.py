"""Tests of the window's DocumentSession: push/undo change records and id lookups."""

from __future__ import annotations

from goldspan.model.commands import AddSpan, DeleteSpan, relabel
from goldspan.model.document import Span
from goldspan.ui.session import DocumentSession


def test_session_push_undo_emit_change_records(qtbot, small_doc):
    session = DocumentSession(small_doc)
    seen = []
    session.changed.connect(seen.append)
    assert session.push(relabel("e1", "ORG"))
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert [c.modified for c in seen] == [{"e1"}] * 3
    assert small_doc.span_by_id("e1").label == "ORG"
    assert not session.push(DeleteSpan("missing"))  # refused, nothing on the stack
    assert session.undo_stack.count() == 1


def test_session_spans_by_id_follows_adds_deletes_and_replaced_objects(qtbot, small_doc):
    session = DocumentSession(small_doc)
    assert set(session.spans_by_id(["e1", "f1", "nope"])) == {"e1", "f1"}
    session.push(DeleteSpan("e1"))
    assert session.spans_by_id(["e1", "e2"]) == {"e2": small_doc.span_by_id("e2")}
    session.push(AddSpan(Span(id="e9", layer="entity", label="ORG", start=0, end=6, text="")))
    assert session.spans_by_id(["e9"])["e9"].text == "Hà Nội"
    index = small_doc.span_index("f1")
    replacement = small_doc.spans[index].model_copy()
    small_doc.spans[index] = replacement  # replaced in place, same position
    assert session.spans_by_id(["f1"])["f1"] is replacement
    small_doc.spans.reverse()  # positions changed behind the session's back
    assert session.spans_by_id(["e9"])["e9"].id == "e9"
