"""Inspector: span details, relabel/accept, figure value editing with checks and comparison."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from goldspan.extract import registry
from goldspan.extract.base import Extractor, ExtractResult, make_span
from goldspan.model.commands import DeleteSpan, SetAttribute
from goldspan.ui.session import DocumentSession


class _Figures(Extractor):
    """A test extractor proposing "92 đảng viên" with value 92."""

    name = "testfigs"
    version = "1"
    produces = ("figure",)
    runs = 0

    def extract(self, doc):
        type(self).runs += 1
        start = doc.text.index("92 đảng viên")
        return ExtractResult([make_span("figure", "QUANTITY", start, start + 12, doc.text,
                                        {"value": 92, "unit": "đảng viên"})])


@pytest.fixture
def extractor():
    inst = registry.register(_Figures)
    yield inst
    registry._REGISTRY.pop("testfigs", None)


@pytest.fixture
def session(small_doc):
    f1 = small_doc.span_by_id("f1")
    f1.source, f1.review = "testfigs@1", "suggested"
    return DocumentSession(small_doc)


def edit_line(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    line.insert(text)  # typed; QtTest's keyClicks only knows ASCII
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_inspector_shows_span_details(inspector, session):
    assert inspector.none_label.isVisible()
    session.select("f1")
    assert not inspector.none_label.isVisible()
    assert inspector.layer_label.text() == "figure (Figures)"
    assert inspector.label_box.currentText() == "QUANTITY"
    assert inspector.text_label.text() == "92 đảng viên"
    assert inspector.offsets_label.text().startswith("[10, 22) · 12 characters")
    assert inspector.source_label.text() == "testfigs@1"
    assert inspector.review_label.text() == "suggested"
    assert inspector.accept_button.isVisible()
    assert set(inspector.attrs.editors) == {"value", "unit", "approx"}
    assert inspector.attrs.editors["value"].text() == "92"


def test_inspector_attribute_editors_follow_the_label(inspector, session):
    session.select("e1")
    assert set(inspector.attrs.editors) == {"norm"}
    session.select("q1")
    assert set(inspector.attrs.editors) == {"speaker", "kind"}
    kind = inspector.attrs.editors["kind"]
    assert isinstance(kind, QComboBox) and kind.currentData() == "indirect"
    session.select("z1")
    assert inspector.attrs.editors == {} and inspector.attrs.empty_label.isVisible()


def test_inspector_value_edit_is_a_command_and_marks_edited(inspector, session, qtbot):
    session.select("f1")
    edit_line(qtbot, inspector.attrs.editors["value"], "93")
    f1 = session.doc.span_by_id("f1")
    assert f1.attrs["value"] == 93 and f1.review == "edited"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert f1.attrs["value"] == 92 and f1.review == "suggested"
    assert inspector.attrs.editors["value"].text() == "92"


def test_inspector_bad_value_is_refused_with_reason(inspector, session, qtbot):
    session.select("f1")
    line = inspector.attrs.editors["value"]
    edit_line(qtbot, line, "1.208,5")
    error = inspector.attrs.errors["value"]
    assert error.isVisible() and "decimals" in error.text()
    assert session.doc.span_by_id("f1").attrs["value"] == 92
    assert session.undo_stack.count() == 0
    edit_line(qtbot, line, "")
    assert not error.isVisible()
    assert session.doc.span_by_id("f1").attrs["value"] is None  # empty stores null


def test_inspector_date_value_checked_as_iso(inspector, session, qtbot):
    session.select("f1")
    inspector.set_label("DATE")
    assert set(inspector.attrs.editors) == {"value", "approx", "mod"}
    line = inspector.attrs.editors["value"]
    edit_line(qtbot, line, "2020-13")
    assert "month" in inspector.attrs.errors["value"].text()
    edit_line(qtbot, line, "2020-07/2020-09")
    assert session.doc.span_by_id("f1").attrs["value"] == "2020-07/2020-09"
    mod = inspector.attrs.editors["mod"]
    mod.setCurrentIndex(mod.findData("END"))
    mod.activated.emit(mod.currentIndex())
    assert session.doc.span_by_id("f1").attrs["mod"] == "END"
    mod.setCurrentIndex(0)
    mod.activated.emit(0)
    assert "mod" not in session.doc.span_by_id("f1").attrs


def test_inspector_unit_and_norm_strings(inspector, session, qtbot):
    session.select("f1")
    edit_line(qtbot, inspector.attrs.editors["unit"], "người")
    assert session.doc.span_by_id("f1").attrs["unit"] == "người"
    edit_line(qtbot, inspector.attrs.editors["unit"], "")
    assert "unit" not in session.doc.span_by_id("f1").attrs
    session.select("e1")
    edit_line(qtbot, inspector.attrs.editors["norm"], "Thủ đô Hà Nội")
    assert session.doc.span_by_id("e1").attrs == {"norm": "Thủ đô Hà Nội"}


def test_inspector_shows_extractor_value_for_edited_span(inspector, session, qtbot, extractor):
    session.select("f1")
    assert not inspector.attrs.compare["value"].isVisible()
    edit_line(qtbot, inspector.attrs.editors["value"], "95")
    compare = inspector.attrs.compare["value"]
    assert compare.isVisible() and compare.text() == "testfigs@1 said: 92"
    assert inspector.attrs.compare["unit"].text() == "testfigs@1 said: đảng viên"
    runs = _Figures.runs
    session.select("e1")
    session.select("f1")
    assert _Figures.runs == runs  # cached per document text


def test_inspector_comparison_without_extractor(inspector, session, qtbot):
    session.doc.span_by_id("f1").source = "gone@7"
    session.select("f1")
    edit_line(qtbot, inspector.attrs.editors["value"], "95")
    assert inspector.attrs.compare["value"].text() == "gone@7: no proposal available"


def test_inspector_pending_text_is_committed_when_selection_moves(inspector, session, qtbot):
    session.select("f1")
    line = inspector.attrs.editors["unit"]
    line.setFocus()
    line.end(False)
    line.insert(" mới")
    session.select("e1")
    assert session.doc.span_by_id("f1").attrs["unit"] == "đảng viên mới"


def test_inspector_relabel_and_accept(inspector, session):
    session.select("e1")
    box = inspector.label_box
    box.setCurrentIndex(box.findData("ORG"))
    box.activated.emit(box.currentIndex())
    assert session.doc.span_by_id("e1").label == "ORG"
    session.select("f1")
    assert inspector.accept_span()
    assert session.doc.span_by_id("f1").review == "accepted"
    assert inspector.review_label.text() == "accepted"
    assert not inspector.accept_button.isVisible()


def test_inspector_follows_external_changes_and_deletion(inspector, session):
    session.select("f1")
    session.push(SetAttribute("f1", "value", 7))
    assert inspector.attrs.editors["value"].text() == "7"
    session.push(DeleteSpan("f1"))
    assert inspector.none_label.isVisible()
    inspector.set_session(None)
    assert inspector.cast.table.rowCount() == 0


def test_inspector_lists_attributes_the_scheme_does_not_define(inspector, session):
    session.doc.span_by_id("e2").attrs = {"norm": "Nguyễn Văn An", "wikidata": "Q1"}
    session.select("e2")
    assert inspector.attrs.other_label.isVisible()
    assert "wikidata = 'Q1'" in inspector.attrs.other_label.text()
    session.select("e1")
    assert not inspector.attrs.other_label.isVisible()


def test_inspector_leaving_an_untouched_field_changes_nothing(inspector, session):
    f1 = session.doc.span_by_id("f1")
    f1.attrs = {"value": 92.0, "unit": "đảng viên"}  # a float as JSON may hold it
    session.select("f1")
    for editor in inspector.attrs.editors.values():
        if isinstance(editor, QLineEdit):
            editor.setFocus()
            editor.editingFinished.emit()  # focus leaves without typing
    assert session.undo_stack.count() == 0
    assert f1.attrs == {"value": 92.0, "unit": "đảng viên"} and f1.review == "suggested"
