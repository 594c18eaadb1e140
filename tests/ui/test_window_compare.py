"""Compare mode in the real window: Evaluate menu, dock, jumps in the article, adoption."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from goldspan.io.gold import read_document, write_document
from goldspan.model.document import Span
from goldspan.ui.view_paint import ScreenLines
from goldspan.ui.window_compare_paint import kind_colour
from tests.ui import window_fixtures as fx

corpus_dir = fx.corpus_dir
window = fx.window
CTRL = Qt.KeyboardModifier.ControlModifier
SPURIOUS = "làm tiếp"  # after the emoji: its offsets differ in UTF-16


@pytest.fixture
def pred_path(corpus_dir: Path, tmp_path: Path) -> Path:
    """Predictions for small.json: the figure missed, the PER called ORG, one MISC extra."""
    pred = read_document(corpus_dir / "small.json")
    pred.spans = [s for s in pred.spans if s.layer != "figure"]
    next(s for s in pred.spans if s.id == "e2").label = "ORG"
    start = pred.text.index(SPURIOUS)
    pred.spans.append(Span(id="p9", layer="entity", label="MISC", start=start,
                           end=start + len(SPURIOUS), text=SPURIOUS, source="test@1"))
    path = tmp_path / "pred.json"
    write_document(pred, path)
    return path


def _row(win, kind: str) -> int:
    return next(i for i, e in enumerate(win.compare.view.errors) if e.kind == kind)


def _click_row(qtbot, win, kind: str) -> None:
    table = win.compare.view.error_table
    rect = table.visualItemRect(table.item(_row(win, kind), 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _kinds(win) -> list[str]:
    return sorted(e.kind for e in win.compare.view.errors)


def test_window_compare_menu_has_both_comparisons(window):
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert titles.index("E&valuate") == titles.index("&Help") - 1
    menu = next(a.menu() for a in bar.actions() if a.text() == "E&valuate")
    texts = [a.text() for a in menu.actions()]
    assert "Compare with extractors…" in texts and "Compare with predictions file…" in texts
    assert not window.compare.dock.isVisible() and not window.compare.actions["adopt"].isEnabled()


def test_window_compare_file_click_errors_adopt_and_undo(window, qtbot, pred_path):
    compare = window.compare
    assert compare.compare_with_file(pred_path)
    assert compare.dock.isVisible() and compare.overlay.isVisible()
    assert _kinds(window) == ["missed", "spurious", "wrong_label"]
    text = window.session.doc.text
    start = text.index(SPURIOUS)

    _click_row(qtbot, window, "spurious")  # no gold span: the characters are selected
    assert window.view.selection_range() == (start, start + len(SPURIOUS))
    assert window.view.textCursor().selectedText() == SPURIOUS
    assert window.view.active_layer == "entity"

    _click_row(qtbot, window, "missed")  # a gold span: it is selected, no text selection
    assert window.session.selected == "f1" and window.view.selection_range() is None
    _click_row(qtbot, window, "wrong_label")
    assert window.view.selected_span().id == "e2"

    _click_row(qtbot, window, "spurious")  # the gold span selected before is let go
    assert window.session.selected is None
    qtbot.mouseClick(compare.view.adopt_button, Qt.MouseButton.LeftButton)
    adopted = [s for s in window.session.doc.spans if (s.start, s.end) == (start, start + 8)]
    assert [(s.layer, s.label, s.review) for s in adopted] == [("entity", "MISC", "accepted")]
    assert _kinds(window) == ["missed", "wrong_label"]

    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert not [s for s in window.session.doc.spans if s.start == start]
    assert _kinds(window) == ["missed", "spurious", "wrong_label"]


def test_window_compare_overlay_draws_each_difference_in_its_kind(window, pred_path):
    window.compare.compare_with_file(pred_path)
    regions = window.compare.overlay.regions(ScreenLines(window.view))
    assert sorted(e.kind for e, rects in regions if rects) == ["missed", "spurious",
                                                               "wrong_label"]
    assert len({kind_colour(e.kind).name() for e, _ in regions}) == 3
    image = window.view.grab().toImage()  # the overlay's frame is painted on the article
    e = next(e for e, _ in regions if e.kind == "spurious")
    rect = next(r for x, r in regions if x is e)[0]
    found = {image.pixelColor(int(rect.left()) + dx + window.view.viewport().x(),
                              int(rect.center().y()) + window.view.viewport().y()).name()
             for dx in range(-3, 4)}
    assert kind_colour("spurious").name() in found
    window.action_map["show_entity"].trigger()  # Ctrl+2 hides entities and their differences
    kinds = [e.kind for e, _ in window.compare.overlay.regions(ScreenLines(window.view))]
    assert kinds == ["missed"]


def test_window_compare_click_in_article_selects_the_difference(window, pred_path):
    window.compare.compare_with_file(pred_path)
    start = window.session.doc.text.index(SPURIOUS)
    window.view.select_text(start + 2, start + 2)
    assert window.compare.view.selected_error().kind == "spurious"
    assert window.compare.adopt()
    assert any(s.label == "MISC" for s in window.session.doc.spans)


def test_window_compare_text_or_id_mismatch_is_refused_with_a_message(window, pred_path):
    messages: list[str] = []
    window.compare.warn = messages.append
    pred = read_document(pred_path)
    pred.text = pred.text.replace("làm tiếp", "làm ngay")
    for span in pred.spans:
        span.text = pred.text[span.start:span.end]
    pred.refresh_hash()
    write_document(pred, pred_path)
    assert not window.compare.compare_with_file(pred_path)
    assert "differs from the gold text" in messages[-1] and "line 3" in messages[-1]
    pred.id = "other"
    write_document(pred, pred_path)
    assert not window.compare.compare_with_file(pred_path)
    assert "holds no document 'small'" in messages[-1]
    assert not window.compare.active and not window.compare.dock.isVisible()


def test_window_compare_with_extractors_scores_their_layers(window):
    assert window.compare.compare_with_extractors(["figures"])
    assert window.compare.view.layers == ("figure",)
    assert window.compare.dock.windowTitle() == "Compare: figures"
    assert read_document(window.session.path).spans == window.session.doc.spans


def test_window_compare_f8_steps_and_opening_another_document_ends_it(window, pred_path):
    window.compare.compare_with_file(pred_path)
    window.compare.step(1)
    assert window.compare.view.error_table.currentRow() == 0
    window.compare.step(-1)
    assert window.compare.view.error_table.currentRow() == 2
    window.open_document("second")
    assert not window.compare.active and not window.compare.overlay.isVisible()
    assert not window.compare.dock.isVisible()


def test_window_compare_adopt_refused_on_read_only(window, pred_path):
    window.compare.compare_with_file(pred_path)
    window.current.read_only = True
    window.compare.view.jump_to_error(_row(window, "spurious"))
    count = len(window.session.doc.spans)
    assert not window.compare.adopt()
    assert len(window.session.doc.spans) == count
    assert "read-only" in window.statusBar().currentMessage()


def test_window_compare_extractor_chooser_ticks_the_default_pipeline(window, qtbot):
    from goldspan.extract.registry import default_names
    from goldspan.ui.window_compare_inputs import ExtractorChooser

    dialog = ExtractorChooser(window)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == sorted(default_names())
    window.compare.choose_extractors = lambda: ["zones"]
    window.compare.actions["compare_extractors"].trigger()
    assert window.compare.active and window.compare.view.layers == ("zone",)
