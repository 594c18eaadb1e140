"""Compare mode: differences drawn, per-label scores, jumping, adoption as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from goldspan.model.document import Speaker
from goldspan.ui.compare_view import KIND_STYLES, CompareView
from goldspan.ui.session import DocumentSession
from tests.evaluate.helpers import doc_with

TEXT = ("Hội nghị 😀 tổng kết năm 2023 tại Đà Nẵng\n"
        "Sáng nay, Sở Giáo dục tổ chức hội nghị với 120 đại biểu.\n"
        "Bà Trần Thị Mai cho biết ngành đạt 95% kế hoạch.")


@pytest.fixture
def session():
    gold = doc_with([("entity", "LOC", "Đà Nẵng"), ("entity", "PER", "Trần Thị Mai"),
                     ("entity", "ORG", "Sở Giáo dục"),
                     ("figure", "QUANTITY", "120 đại biểu", {"value": 120}),
                     ("speech", "QUOTE", "ngành đạt 95% kế hoạch", {"speaker": "s1"})],
                    text=TEXT, speakers=[Speaker(id="s1", name="Trần Thị Mai")])
    return DocumentSession(gold)


@pytest.fixture
def prediction():
    return doc_with([("entity", "LOC", "Đà Nẵng"), ("entity", "ORG", "Trần Thị Mai"),
                     ("entity", "MISC", "Hội nghị"),
                     ("figure", "QUANTITY", "120 đại biểu", {"value": 12}),
                     ("speech", "QUOTE", "ngành đạt 95% kế hoạch", {"speaker": "p"})],
                    text=TEXT, speakers=[Speaker(id="p", name="Lê Văn Hùng")])


@pytest.fixture
def view(qtbot, session, prediction):
    v = CompareView()
    qtbot.addWidget(v)
    v.resize(1100, 600)
    v.set_comparison(session, prediction, ("entity", "figure", "speech"))
    return v


def _kinds(view):
    return sorted(e.kind for e in view.errors)


def test_compare_view_lists_every_difference_and_draws_each_kind_distinctly(view):
    assert _kinds(view) == ["missed", "spurious", "wrong_label", "wrong_speaker", "wrong_value"]
    assert view.error_table.rowCount() == 5
    selections = view.text.extraSelections()
    assert len(selections) == 1 + 5  # the one clean match (Đà Nẵng) and the five errors
    looks = {(s.format.background().color().name(), s.format.underlineStyle())
             for s in selections}
    assert len(looks) == 6
    assert len({(bg, ul, st) for bg, ul, st in KIND_STYLES.values()}) == len(KIND_STYLES)


def test_compare_view_score_table_per_label(view):
    rows = {(view.scores.item(r, 0).text(), view.scores.item(r, 1).text()):
            view.scores.item(r, 4).text() for r in range(view.scores.rowCount())}
    assert rows[("entity", "LOC")] == "1.000"
    assert rows[("entity", "PER")] == "0.000"
    assert ("speech", "attribution") in rows and rows[("speech", "span")] == "1.000"


def test_compare_view_click_error_jumps_in_utf16_and_selects_gold_span(view, session, qtbot):
    row = next(i for i, e in enumerate(view.errors) if e.kind == "wrong_label")
    with qtbot.waitSignal(view.jump_requested) as blocker:
        rect = view.error_table.visualItemRect(view.error_table.item(row, 0))
        qtbot.mouseClick(view.error_table.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    start = TEXT.index("Trần Thị Mai")
    assert blocker.args == [start, start + len("Trần Thị Mai")]
    cursor = view.text.textCursor()
    assert cursor.selectedText() == "Trần Thị Mai"  # the emoji before it counts twice in Qt
    assert session.selected == session.doc.spans[1].id


def test_compare_view_score_row_jumps_to_first_error_of_label(view):
    row = next(r for r in range(view.scores.rowCount())
               if view.scores.item(r, 1).text() == "MISC")
    view.jump_to_label(row)
    assert view.selected_error().pred.text == "Hội nghị"


def test_compare_view_adopt_is_one_undo_step(view, session):
    row = next(i for i, e in enumerate(view.errors) if e.kind == "spurious")
    view.jump_to_error(row)
    assert view.adopt_button.isEnabled()
    n = len(session.doc.spans)
    assert view.adopt_selected()
    assert len(session.doc.spans) == n + 1 and session.doc.spans[-1].label == "MISC"
    assert "spurious" not in _kinds(view)  # re-scored from the session's change
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert len(session.doc.spans) == n and "spurious" in _kinds(view)


def test_compare_view_adopt_speaker_and_missed_not_adoptable(view, session):
    view.jump_to_error(next(i for i, e in enumerate(view.errors) if e.kind == "wrong_speaker"))
    assert view.adopt_selected()
    assert [s.name for s in session.doc.speakers] == ["Trần Thị Mai", "Lê Văn Hùng"]
    view.jump_to_error(next(i for i, e in enumerate(view.errors) if e.kind == "missed"))
    assert not view.adopt_button.isEnabled()
    assert not view.adopt_selected()
    assert "no predicted span" in view.status.text()


def test_compare_view_click_in_text_selects_error(view):
    pos = TEXT.index("120 đại biểu") + 2 + 1  # +1: the emoji takes two UTF-16 units
    cursor = view.text.textCursor()
    cursor.setPosition(pos)
    view.text.setTextCursor(cursor)
    assert view.selected_error().kind == "wrong_value"


def test_compare_view_runs_an_extractor(qtbot, session):
    v = CompareView()
    qtbot.addWidget(v)
    v.run_extractor(session, ["paragraphs"])
    assert v.layers == ("zone",)
    assert v.evaluation is not None and v.evaluation.to_json()["zone"]["paragraphs"] == 3


def test_compare_view_text_mismatch_is_reported(qtbot, session):
    v = CompareView()
    qtbot.addWidget(v)
    v.set_comparison(session, doc_with([], text=TEXT + "!"))
    assert v.errors == [] and "differs" in v.status.text()
