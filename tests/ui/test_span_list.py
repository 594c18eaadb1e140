"""Span list: rows, filters, sorting, selection sync, multi-select commands, change records."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from goldspan.model.commands import (
    AddSpan,
    AddSpeaker,
    Change,
    Command,
    Compound,
    DeleteSpan,
    UpdateSpeaker,
    relabel,
    set_speaker,
)
from goldspan.model.document import Span, Speaker
from goldspan.ui.session import DocumentSession
from goldspan.ui.span_list import SpanList
from goldspan.ui.span_table_model import NOT_REVIEWED, SpanTableModel


@pytest.fixture
def doc(small_doc):
    for span in small_doc.spans:
        if span.layer in ("entity", "figure"):
            span.source, span.review = "test@1", "suggested"
    small_doc.span_by_id("e1").attrs = {"norm": "Thành phố Hà Nội"}
    return small_doc


@pytest.fixture
def session(doc):
    return DocumentSession(doc)


@pytest.fixture
def span_list(qtbot, session):
    widget = SpanList()
    qtbot.addWidget(widget)
    widget.set_session(session)
    return widget


def cell(widget, span_id, column):
    return widget.model.index(widget.model.row_of(span_id), column).data()


def test_span_list_shows_every_span_with_value_and_speaker(span_list):
    assert span_list.model.rowCount() == 6
    assert cell(span_list, "q1", SpanTableModel.VALUE) == "Nguyễn Văn An · indirect"
    assert cell(span_list, "f1", SpanTableModel.VALUE) == "92 đảng viên"
    assert cell(span_list, "e1", SpanTableModel.VALUE) == "Thành phố Hà Nội"
    assert cell(span_list, "z1", SpanTableModel.SOURCE) == "gold"
    assert cell(span_list, "e2", SpanTableModel.REVIEW) == "suggested"
    assert span_list.count_label.text() == "6 spans"


def test_span_list_filters_by_layer_label_review_and_text(span_list):
    span_list.set_filters(layer="entity")
    assert sorted(span_list.visible_ids()) == ["e1", "e2"]
    assert span_list.label_box.findData("TITLE") < 0  # labels follow the layer
    span_list.set_filters(layer="entity", label="PER")
    assert span_list.visible_ids() == ["e2"]
    span_list.set_filters(review="suggested")
    assert sorted(span_list.visible_ids()) == ["e1", "e2", "f1"]
    span_list.set_filters(review=NOT_REVIEWED)
    assert sorted(span_list.visible_ids()) == ["q1", "z1", "z2"]
    span_list.set_filters(text="nguyen van")  # diacritics and case ignored, speaker too
    assert sorted(span_list.visible_ids()) == ["e2", "q1", "z2"]
    span_list.set_filters(text="dang vien")
    assert sorted(span_list.visible_ids()) == ["f1", "z1"]
    assert span_list.count_label.text() == "2 of 6 spans"


def test_span_list_sorts_by_column(span_list):
    span_list.table.sortByColumn(SpanTableModel.START, Qt.SortOrder.AscendingOrder)
    starts = [span_list.session.doc.span_by_id(i).start for i in span_list.visible_ids()]
    assert starts == sorted(starts)
    span_list.table.sortByColumn(SpanTableModel.LABEL, Qt.SortOrder.DescendingOrder)
    labels = [span_list.session.doc.span_by_id(i).label for i in span_list.visible_ids()]
    assert labels == sorted(labels, reverse=True)


def test_span_list_row_selection_selects_span_and_back(span_list, session, qtbot):
    with qtbot.waitSignal(session.selection_changed) as blocker:
        span_list.select_ids(["f1"])
    assert blocker.args == ["f1"] and session.selected == "f1"
    session.select("q1")
    assert span_list.selected_ids() == ["q1"]
    session.select(None)
    assert span_list.selected_ids() == []


def test_span_list_multi_delete_is_one_undo_step(span_list, session):
    span_list.select_ids(["e1", "e2", "f1"])
    assert span_list.delete_button.isEnabled()
    assert span_list.delete_selected()
    assert {s.id for s in session.doc.spans} == {"z1", "z2", "q1"}
    assert span_list.model.rowCount() == 3
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Delete 3 spans"
    session.undo_stack.undo()
    assert [s.id for s in session.doc.spans] == ["z1", "z2", "e1", "e2", "f1", "q1"]
    assert span_list.model.rowCount() == 6
    session.undo_stack.redo()
    assert [s.id for s in session.doc.spans] == ["z1", "z2", "q1"]
    assert span_list.model.rowCount() == 3


def test_span_list_multi_accept_only_touches_suggested(span_list, session):
    span_list.select_ids(["e1", "f1", "z1"])
    assert span_list.accept_selected()
    doc = session.doc
    assert doc.span_by_id("e1").review == "accepted" and doc.span_by_id("f1").review == "accepted"
    assert doc.span_by_id("z1").review is None
    assert cell(span_list, "e1", SpanTableModel.REVIEW) == "accepted"
    session.undo_stack.undo()
    assert doc.span_by_id("e1").review == "suggested"


def test_span_list_multi_relabel_marks_extractor_spans_edited(span_list, session):
    span_list.select_ids(["e1", "e2", "z1"])
    span_list.relabel_button.menu().aboutToShow.emit()
    titles = [a.text() for a in span_list.relabel_menu.actions() if not a.isSeparator()]
    assert "ORG" in titles and "TITLE" in titles
    assert span_list.relabel_selected("entity", "ORG")
    doc = session.doc
    assert [doc.span_by_id(i).label for i in ("e1", "e2")] == ["ORG", "ORG"]
    assert doc.span_by_id("e1").review == "edited"
    assert doc.span_by_id("z1").label == "TITLE"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert doc.span_by_id("e1").label == "LOC" and doc.span_by_id("e1").review == "suggested"


def test_span_list_follows_change_records(span_list, session):
    text = session.doc.text
    start = text.index("làm tiếp")
    session.push(AddSpan(Span(id="f9", layer="figure", label="QUANTITY", start=start,
                              end=start + 3, text="", review="added")))
    assert span_list.model.row_of("f9") >= 0
    session.push(add_speaker_to_quote())
    assert cell(span_list, "q1", SpanTableModel.VALUE) == "Trần Thị Bình · indirect"
    session.push(UpdateSpeaker("s2", name="Trần Bình"))
    assert cell(span_list, "q1", SpanTableModel.VALUE) == "Trần Bình · indirect"
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert span_list.model.row_of("f9") < 0
    assert cell(span_list, "q1", SpanTableModel.VALUE) == "Nguyễn Văn An · indirect"


def add_speaker_to_quote():
    return Compound([AddSpeaker(Speaker(id="s2", name="Trần Thị Bình")),
                     set_speaker("q1", "s2")], "Add speaker")


def test_span_list_large_change_and_sorted_insert(span_list, session):
    text = session.doc.text
    adds = [AddSpan(Span(id=f"x{i}", layer="entity", label="MISC", start=i % 20,
                         end=i % 20 + 2, text="", review="added")) for i in range(120)]
    span_list.table.sortByColumn(SpanTableModel.START, Qt.SortOrder.AscendingOrder)
    session.push(Compound(adds, "many"))
    assert span_list.model.rowCount() == 126
    starts = [session.doc.span_by_id(i).start for i in span_list.visible_ids()]
    assert starts == sorted(starts)
    session.push(Compound([DeleteSpan(f"x{i}") for i in range(120)], "many"))
    assert span_list.model.rowCount() == 6
    assert len(text) > 20


def test_span_list_without_session(qtbot):
    widget = SpanList()
    qtbot.addWidget(widget)
    widget.set_session(None)
    assert widget.model.rowCount() == 0
    assert not widget.delete_selected()
    assert not widget.accept_button.isEnabled()


def test_span_list_typed_search_applies_after_a_pause(span_list, qtbot):
    span_list.search.setText("ha noi")
    assert len(span_list.visible_ids()) == 6  # not yet: waiting for the pause in typing
    qtbot.waitUntil(lambda: sorted(span_list.visible_ids()) == ["e1", "z1"], timeout=2000)


def test_span_list_filter_stays_right_after_edits(span_list, session):
    span_list.set_filters(layer="entity")
    assert sorted(span_list.visible_ids()) == ["e1", "e2"]
    session.push(relabel("z2", "TITLE"))
    session.push(DeleteSpan("e1"))
    assert span_list.visible_ids() == ["e2"]
    session.undo_stack.undo()
    assert sorted(span_list.visible_ids()) == ["e1", "e2"]


class _ReplaceSpan(Command):
    """A command that swaps a span object for a new one (as some edits may do)."""

    def __init__(self, span_id, label):
        self.span_id, self.new_label, self.old = span_id, label, None

    def apply(self, doc):
        i = doc.span_index(self.span_id)
        self.old = doc.spans[i]
        doc.spans[i] = self.old.model_copy(update={"label": self.new_label})
        return Change(modified=frozenset({self.span_id}))

    def revert(self, doc):
        doc.spans[doc.span_index(self.span_id)] = self.old
        return Change(modified=frozenset({self.span_id}))


def test_span_list_follows_replaced_span_objects(span_list, session):
    session.push(_ReplaceSpan("e1", "MISC"))
    assert cell(span_list, "e1", SpanTableModel.LABEL) == "MISC"
    session.undo_stack.undo()
    assert cell(span_list, "e1", SpanTableModel.LABEL) == "LOC"
