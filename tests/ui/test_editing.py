"""The editing grammar, driven through the real window with keys (pytest-qt)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.ui import window_fixtures as fx

key = fx.key
corpus_dir = fx.corpus_dir
window = fx.window

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _select_text(win, sub: str, inner: tuple[int, int] = (0, 0)) -> int:
    doc = win.session.doc
    start = doc.text.index(sub)
    win.view.select_text(start + inner[0], start + len(sub) - inner[1])
    return start


def test_editing_selection_and_label_key_creates_snapped_added_span(window, qtbot):
    key(qtbot, window, "e")  # entity layer
    assert window.view.active_layer == "entity"
    start = _select_text(window, "biết sẽ", inner=(1, 1))  # "iết s" inside two syllables
    key(qtbot, window, "3")
    span = window.session.doc.spans[-1]
    assert (span.layer, span.label, span.review) == ("entity", "LOC", "added")
    assert (span.start, span.end, span.text) == (start, start + len("biết sẽ"), "biết sẽ")
    assert window.session.selected == span.id
    assert span.id.startswith("e")


def test_editing_alt_label_key_keeps_exact_characters(window, qtbot):
    key(qtbot, window, "e")
    start = _select_text(window, "biết sẽ", inner=(1, 1))
    qtbot.keyClick(window.view, Qt.Key.Key_3, ALT)
    span = window.session.doc.spans[-1]
    assert (span.start, span.end) == (start + 1, start + len("biết sẽ") - 1)


def test_editing_layer_key_changes_label_meaning_and_legend(window, qtbot):
    key(qtbot, window, "f")
    assert window.view.active_layer == "figure"
    assert "▶ [F] Figures" in window.legend.text()
    _select_text(window, "92")
    key(qtbot, window, "2")
    assert window.session.doc.spans[-1].label == "PERCENT"


def test_editing_label_key_relabels_selected_span_as_edited(window, qtbot):
    window.select_span("e1")  # LOC suggested by an extractor
    assert window.view.active_layer == "entity"
    key(qtbot, window, "2")
    span = window.session.doc.span_by_id("e1")
    assert (span.label, span.review) == ("ORG", "edited")


def test_editing_enter_accepts_and_delete_removes(window, qtbot):
    window.select_span("e1")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.session.doc.span_by_id("e1").review == "accepted"
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert "e1" not in {s.id for s in window.session.doc.spans}
    assert window.session.selected == "e2"  # the next entity


def test_editing_undo_redo_every_change(window, qtbot):
    doc = window.session.doc
    before = [s.model_dump() for s in doc.spans]
    window.select_span("e1")
    key(qtbot, window, "2")
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert [s.model_dump() for s in doc.spans] == before
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert doc.span_by_id("e1").label == "ORG"


def test_editing_resize_by_syllable_and_character(window, qtbot):
    window.select_span("e2")  # "Nguyễn Văn An"
    doc = window.session.doc
    qtbot.keyClick(window.view, Qt.Key.Key_Right, ALT)
    assert doc.span_by_id("e2").text == "Nguyễn Văn An cho"
    qtbot.keyClick(window.view, Qt.Key.Key_Left, ALT | SHIFT)
    assert doc.span_by_id("e2").text == "Ông Nguyễn Văn An cho"
    qtbot.keyClick(window.view, Qt.Key.Key_Left, ALT | CTRL)
    assert doc.span_by_id("e2").text == "Ông Nguyễn Văn An ch"
    qtbot.keyClick(window.view, Qt.Key.Key_Right, ALT | SHIFT | CTRL)
    assert doc.span_by_id("e2").text == "ng Nguyễn Văn An ch"
    qtbot.keyClick(window.view, Qt.Key.Key_Left, ALT)
    assert doc.span_by_id("e2").text == "ng Nguyễn Văn An"


def test_editing_tab_and_n_p_navigate(window, qtbot):
    window.select_span("e1")
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.session.selected == "e2"
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, SHIFT)
    assert window.session.selected == "e1"
    window.session.select(None)
    key(qtbot, window, "n")
    assert window.session.selected == "e1"  # the only suggested span
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    key(qtbot, window, "n")
    assert "No suggested" in window.statusBar().currentMessage()


def test_editing_click_selects_and_click_again_cycles_overlaps(window, qtbot):
    doc = window.session.doc
    offset = doc.text.index("Nội")
    window.view.click_at(offset)
    assert window.session.selected == "e1"  # innermost first
    window.view.click_at(offset)
    assert window.session.selected == "f1" or window.session.selected == "z1"
    seen = {window.session.selected}
    for _ in range(3):
        window.view.click_at(offset)
        seen.add(window.session.selected)
    assert {"e1", "z1"} <= seen


def test_editing_mouse_click_selects_span_under_pointer(window, qtbot):
    from goldspan.ui.view_paint import line_rects

    span = window.session.doc.span_by_id("e2")
    rect = line_rects(window.view, span.start, span.end)[0]
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center().toPoint())
    assert window.session.selected == "e2"


def test_editing_drag_edge_resizes_snapped(window, qtbot):
    from goldspan.ui.view_paint import line_rects

    window.select_span("e2")
    span = window.session.doc.span_by_id("e2")
    right = line_rects(window.view, span.start, span.end)[0]
    target = line_rects(window.view, span.end + 7, span.end + 8)[0]  # inside "biết"
    y = int(right.center().y())
    vp = window.view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=QPoint(int(right.right()), y))
    qtbot.mouseMove(vp, pos=target.center().toPoint())
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=target.center().toPoint())
    assert window.session.doc.span_by_id("e2").text == "Nguyễn Văn An cho biết"


def test_editing_accept_all_in_layer_is_one_undo_step(window, qtbot):
    doc = window.session.doc
    for sid in ("e2", "f1"):
        doc.span_by_id(sid).review = "suggested"
    window.view.set_active_layer("entity")
    qtbot.keyClick(window.view, Qt.Key.Key_A, CTRL | SHIFT)
    assert [s.review for s in doc.spans if s.layer == "entity"] == ["accepted", "accepted"]
    assert doc.span_by_id("f1").review == "suggested"
    window.session.undo_stack.undo()
    assert [s.review for s in doc.spans if s.layer == "entity"] == ["suggested", "suggested"]


def test_editing_rerun_keeps_reviewed_and_is_undoable(window, qtbot):
    doc = window.session.doc
    before = [s.model_dump() for s in doc.spans]
    qtbot.keyClick(window.view, Qt.Key.Key_R, CTRL)
    reviewed = {s.id for s in doc.spans if s.review != "suggested"}
    assert {"z1", "z2", "e2", "f1", "q1"} <= reviewed
    assert "e1" not in {s.id for s in doc.spans} or doc.span_by_id("e1").text == "Hà Nội"
    window.session.undo_stack.undo()
    assert [s.model_dump() for s in doc.spans] == before


def test_editing_history_per_document_survives_switching(window, qtbot, corpus_dir):
    window.select_span("e1")
    key(qtbot, window, "2")
    first = window.session
    window.open_document("second")
    assert window.session is not first and window.session.doc.id == "second"
    assert not window.session.undo_stack.canUndo()
    window.open_document("small")
    assert window.session is first and first.undo_stack.canUndo()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert first.doc.span_by_id("e1").label == "LOC"


def test_editing_shift_arrows_select_text_for_a_new_span(window, qtbot):
    doc = window.session.doc
    start = doc.text.index("cho biết")
    cursor = window.view.textCursor()
    cursor.setPosition(window.view.offsets.to_qt(start))
    window.view.setTextCursor(cursor)
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Right, SHIFT)
    key(qtbot, window, "e")
    key(qtbot, window, "5")
    span = doc.spans[-1]
    assert (span.text, span.label) == ("cho", "MISC")


def test_editing_blank_selection_makes_no_span(window, qtbot):
    doc = window.session.doc
    n = len(doc.spans)
    start = doc.text.index("\n\n")
    window.view.select_text(start, start + 2)
    key(qtbot, window, "1")
    assert len(doc.spans) == n
    assert "Nothing to label" in window.statusBar().currentMessage()


def test_editing_label_key_of_another_layer_adds_a_span_over_the_selected_one(window, qtbot):
    doc = window.session.doc
    window.select_span("q1")
    key(qtbot, window, "e")
    key(qtbot, window, "5")
    span = doc.spans[-1]
    q1 = doc.span_by_id("q1")
    assert (span.layer, span.label, span.start, span.end) == ("entity", "MISC", q1.start, q1.end)
    assert q1.label == "QUOTE"
