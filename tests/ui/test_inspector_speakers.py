"""Inspector speakers: pick by typing a few letters, add by name, cast rename/role/merge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from goldspan.model.document import Span, Speaker
from goldspan.ui.colors import speaker_color
from goldspan.ui.inspector_cast import COUNT, ID_ROLE, NAME, ROLE
from goldspan.ui.session import DocumentSession


@pytest.fixture
def session(small_doc):
    doc = small_doc
    doc.speakers += [Speaker(id="s2", name="Trần Thị Bình", role="Phóng viên"),
                     Speaker(id="s3", name="Lê Văn Cường")]
    start = doc.text.index("cho biết")
    doc.spans.append(Span(id="q2", layer="speech", label="QUOTE", start=start,
                          end=start + 8, text="cho biết", attrs={"speaker": "s3", "kind": "direct"},
                          source="speech@1", review="suggested"))
    return DocumentSession(doc)


def test_inspector_speaker_picked_by_typing_a_few_letters(inspector, session, qtbot):
    session.select("q1")
    line = inspector.attrs.editors["speaker"]
    assert line.text() == "Nguyễn Văn An"
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, "tran")  # no diacritics, lower case
    completer = line.completer()
    assert completer.completionModel().rowCount() == 1
    assert completer.completionModel().index(0, 0).data() == "Trần Thị Bình — Phóng viên"
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert session.doc.span_by_id("q1").attrs["speaker"] == "s2"
    assert line.text() == "Trần Thị Bình"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.doc.span_by_id("q1").attrs["speaker"] == "s1"
    assert line.text() == "Nguyễn Văn An"


def test_inspector_speaker_matches_role_too(inspector, session):
    session.select("q1")
    assert inspector.attrs.match_speakers("phong vien") == ["s2"]
    assert inspector.attrs.match_speakers("VĂN") == ["s1", "s3"]
    assert inspector.attrs.match_speakers("an nguyen") == ["s1"]  # words in any order


def test_inspector_typing_a_new_name_adds_the_speaker(inspector, session, qtbot):
    session.select("q2")
    line = inspector.attrs.editors["speaker"]
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    line.insert("Phạm Thu Hà")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    doc = session.doc
    assert doc.speakers[-1].name == "Phạm Thu Hà"
    q2 = doc.span_by_id("q2")
    assert q2.attrs["speaker"] == doc.speakers[-1].id and q2.review == "edited"
    assert inspector.cast.table.rowCount() == 4
    session.undo_stack.undo()
    assert len(doc.speakers) == 3 and doc.span_by_id("q2").attrs["speaker"] == "s3"


def test_inspector_cast_lists_speakers_with_palette_colours(inspector):
    table = inspector.cast.table
    assert table.rowCount() == 3
    for row, sid in enumerate(["s1", "s2", "s3"]):
        item = table.item(row, NAME)
        assert item.data(ID_ROLE) == sid
        assert item.data(Qt.ItemDataRole.DecorationRole).name().upper() == speaker_color(row)
    assert table.item(0, COUNT).text() == "1" and table.item(1, COUNT).text() == "0"
    assert table.item(1, ROLE).text() == "Phóng viên"


def test_inspector_cast_add_rename_and_role_are_undoable(inspector, session):
    cast = inspector.cast
    cast.new_name.setText("Đỗ Minh Khoa")
    cast.add_button.click()
    doc = session.doc
    assert doc.speakers[-1].name == "Đỗ Minh Khoa" and cast.new_name.text() == ""
    new_id = doc.speakers[-1].id
    row = [cast.table.item(r, NAME).data(ID_ROLE) for r in range(4)].index(new_id)
    cast.table.item(row, NAME).setText("Đỗ Minh Khoa (bác sĩ)")
    assert doc.speaker_by_id(new_id).name == "Đỗ Minh Khoa (bác sĩ)"
    cast.table.item(row, ROLE).setText("Giám đốc bệnh viện")
    assert doc.speaker_by_id(new_id).role == "Giám đốc bệnh viện"
    cast.table.item(row, NAME).setText("   ")  # refused, table restored
    assert doc.speaker_by_id(new_id).name == "Đỗ Minh Khoa (bác sĩ)"
    assert cast.table.item(row, NAME).text() == "Đỗ Minh Khoa (bác sĩ)"
    assert session.undo_stack.count() == 3
    for _ in range(3):
        session.undo_stack.undo()
    assert len(doc.speakers) == 3


def test_inspector_rename_updates_the_speaker_line(inspector, session):
    session.select("q1")
    inspector.cast.rename_speaker("s1", "Nguyễn V. An")
    assert inspector.attrs.editors["speaker"].text() == "Nguyễn V. An"


def test_inspector_merge_moves_turns_and_quotes(inspector, session):
    session.select("q2")
    cast = inspector.cast
    cast.select_speaker("s3")
    assert cast.merge_button.isEnabled()
    cast.merge_button.menu().aboutToShow.emit()
    actions = {a.text(): a for a in cast.merge_button.menu().actions()}
    assert set(actions) == {"Nguyễn Văn An", "Trần Thị Bình"}
    actions["Nguyễn Văn An"].trigger()
    doc = session.doc
    assert [s.id for s in doc.speakers] == ["s1", "s2"]
    assert doc.span_by_id("q2").attrs["speaker"] == "s1"
    assert inspector.attrs.editors["speaker"].text() == "Nguyễn Văn An"
    assert cast.table.item(0, COUNT).text() == "2"
    session.undo_stack.undo()
    assert [s.id for s in doc.speakers] == ["s1", "s2", "s3"]
    assert doc.span_by_id("q2").attrs["speaker"] == "s3"
    assert not cast.merge("s1", "s1")


def test_inspector_use_for_span_sets_the_selected_speaker(inspector, session):
    session.select("e1")
    inspector.cast.select_speaker("s2")
    assert not inspector.cast.use_button.isEnabled()  # an entity takes no speaker
    session.select("q1")
    inspector.cast.select_speaker("s2")
    assert inspector.cast.use_button.isEnabled()
    inspector.cast.use_button.click()
    assert session.doc.span_by_id("q1").attrs["speaker"] == "s2"
    QApplication.processEvents()


def test_inspector_unknown_name_on_focus_out_adds_nobody(inspector, session):
    session.select("q1")
    line = inspector.attrs.editors["speaker"]
    line.setFocus()
    line.selectAll()
    line.insert("Người lạ")
    session.select("q2")  # moving away commits pending text without creating a speaker
    assert len(session.doc.speakers) == 3
    assert session.doc.span_by_id("q1").attrs["speaker"] == "s1"
    assert session.undo_stack.count() == 0


def test_inspector_speaker_swatch_has_the_speaker_colour(inspector, session):
    session.select("q2")
    swatch = inspector.attrs.swatches["speaker"]
    assert speaker_color(2) in swatch.styleSheet()
    inspector.attrs.choose_speaker("s1")
    assert speaker_color(0) in swatch.styleSheet()


def test_inspector_speaker_field_left_untouched_keeps_a_namesake(inspector, session, qtbot):
    doc = session.doc
    doc.speakers.append(Speaker(id="s4", name="Lê Văn Cường"))  # namesake of s3, not merged
    doc.span_by_id("q2").attrs["speaker"] = "s4"
    session.select("q2")
    line = inspector.attrs.editors["speaker"]
    assert line.text() == "Lê Văn Cường"
    line.setFocus()
    line.editingFinished.emit()  # focus leaves without typing
    qtbot.keyClick(line, Qt.Key.Key_Return)  # Return on the same name
    assert doc.span_by_id("q2").speaker == "s4"
    assert session.undo_stack.count() == 0


def test_inspector_cast_recounts_only_when_speaker_spans_change(inspector, session, monkeypatch):
    from goldspan.model.commands import DeleteSpan, relabel

    calls = []
    real = inspector.cast.refresh
    monkeypatch.setattr(inspector.cast, "refresh", lambda: calls.append(1) or real())
    session.push(relabel("e1", "ORG"))
    assert calls == []  # an entity relabel leaves the cast's counts alone
    session.push(DeleteSpan("q2"))
    assert calls == [1]
    row = next(r for r in range(inspector.cast.table.rowCount())
               if inspector.cast.table.item(r, NAME).data(ID_ROLE) == "s3")
    assert inspector.cast.table.item(row, COUNT).text() == "0"
    session.undo_stack.undo()
    assert calls == [1, 1]
    assert inspector.cast.table.item(row, COUNT).text() == "1"
