"""The main window's composition: opening, mark done, menus, F1, demo corpus, screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from goldspan.io.gold import read_document
from tests.ui import window_fixtures as fx

key = fx.key
corpus_dir = fx.corpus_dir
window = fx.window
CTRL = Qt.KeyboardModifier.ControlModifier


def test_main_window_opens_folder_and_document(qtbot, corpus_dir):
    from goldspan.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.open_path(corpus_dir)
    assert win.session is not None and win.corpus is not None
    win.open_document("second")
    assert win.session.doc.id == "second"
    assert "Bản tin thứ hai" in win.windowTitle()
    win.close()


def test_main_window_ctrl_enter_marks_done_saves_and_opens_next(window, qtbot, corpus_dir):
    qtbot.keyClick(window.view, Qt.Key.Key_Return, CTRL)
    assert read_document(corpus_dir / "small.json").status == "done"
    assert window.session.doc.id == "second"
    qtbot.keyClick(window.view, Qt.Key.Key_Return, CTRL)
    assert read_document(corpus_dir / "second.json").status == "done"
    assert "Every document" in window.statusBar().currentMessage()


def test_main_window_every_action_is_in_the_menu_bar_with_its_shortcut(window):
    from goldspan.ui.keymap import ACTIONS

    in_menus = {}
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            in_menus[action.text()] = action.shortcut().toString()
    for spec in ACTIONS:
        assert spec.text in in_menus, spec.text
        assert in_menus[spec.text], spec.text
    assert in_menus["Undo"] == "Ctrl+Z"


def test_main_window_context_menu_has_the_span_actions(window):
    from goldspan.ui.edit_menus import context_menu

    menu = context_menu(window, window.action_map)
    texts = [a.text() for a in menu.actions()]
    assert "Accept span" in texts and "Delete span" in texts and "Undo" in texts


def test_main_window_f1_shows_the_shortcut_sheet(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    from PySide6.QtWidgets import QTextBrowser

    sheet = window._sheet
    assert sheet.isVisible()
    text = sheet.findChild(QTextBrowser).toPlainText()
    assert "Ctrl+Z" in text and "Alt+Right" in text and "1=PER" in text
    sheet.close()


def test_main_window_ctrl_digit_hides_a_layer(window, qtbot):
    from goldspan.ui.view_paint import visible_spans

    assert "e1" in [s.id for s, _ in visible_spans(window.view)]
    qtbot.keyClick(window.view, Qt.Key.Key_3, CTRL)  # entities
    assert "entity" not in window.view.visible_layers
    assert "e1" not in [s.id for s, _ in visible_spans(window.view)]
    assert "<s>[E] Entities</s>" in window.legend.text()
    window.view.click_at(window.session.doc.text.index("Nội"))
    assert window.session.selected == "z1"  # hidden spans are not clicked


def test_main_window_opens_raw_text_into_the_corpus_the_user_picks(qtbot, tmp_path, monkeypatch):
    from goldspan.ui.main_window import MainWindow

    monkeypatch.setenv("GOLDSPAN_CONFIG_DIR", str(tmp_path / "config"))
    raw = tmp_path / "bai.txt"
    raw.write_text("Tiêu đề bài viết\n\nNội dung ngắn về Hải Phòng năm 2024.", encoding="utf-8")
    win = MainWindow()
    qtbot.addWidget(win)
    asked = []
    monkeypatch.setattr(win, "ask_corpus_folder", lambda p: asked.append(p) or None)
    win.open_path(raw)  # the user cancels the folder dialog: nothing is imported
    assert asked == [raw] and win.session is None and not (tmp_path / "bai.json").exists()
    monkeypatch.setattr(win, "ask_corpus_folder", lambda p: tmp_path / "new-corpus")
    win.open_path(raw)  # a folder the user created in the dialog
    assert win.session is not None and win.session.doc.id == "bai"
    assert (tmp_path / "new-corpus" / "bai.json").exists()
    assert win.session.doc.spans and all(s.source for s in win.session.doc.spans)
    win.close()


def test_main_window_opens_raw_text_into_a_given_corpus(qtbot, tmp_path, monkeypatch):
    from goldspan.ui.main_window import MainWindow

    monkeypatch.setenv("GOLDSPAN_CONFIG_DIR", str(tmp_path / "config"))
    raw = tmp_path / "bai.txt"
    raw.write_text("Tiêu đề\n\nNội dung.", encoding="utf-8")
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_path(raw, corpus_dir=tmp_path)
    assert (tmp_path / "bai.json").exists() and win.session.doc.id == "bai"
    win.close()


def test_main_window_demo_corpus_is_imported_once_per_user(tmp_path):
    from goldspan.ui.demo_corpus import ensure_demo_corpus

    source = tmp_path / "bundled"
    source.mkdir()
    (source / "tin-mot.txt").write_text("Tin một\n\nHôm nay trời nắng đẹp ở Huế.",
                                        encoding="utf-8")
    target = tmp_path / "user"
    folder = ensure_demo_corpus(source, target)
    doc = read_document(folder / "tin-mot.json")
    assert doc.meta["title"] == "Tin một"
    doc_bytes = (folder / "tin-mot.json").read_bytes()
    ensure_demo_corpus(source, target)  # a second run leaves the user's copy alone
    assert (folder / "tin-mot.json").read_bytes() == doc_bytes


def test_main_window_no_path_opens_last_corpus(tmp_path, corpus_dir):
    from goldspan.ui.app import default_path

    assert default_path([str(tmp_path / "gone"), str(corpus_dir)]) == corpus_dir


def test_main_window_screenshot_contract(tmp_path, corpus_dir):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "goldspan", "open", str(corpus_dir / "small.json"),
                    "--screenshot", str(out), "--select", "e2", "--size", "900x600"],
                   env=env, check=True, timeout=60)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 900


def test_main_window_select_span_scrolls_and_outlines(window):
    window.select_span("q1")
    assert window.session.selected == "q1"
    assert window.view.active_layer == "speech"
    window.select_span("nope")
    assert window.session.selected == "q1"


def test_main_window_settings_remember_last_document(window, corpus_dir, tmp_path):
    window.open_document("second")
    window.close()
    from goldspan.ui.settings import load_settings

    settings, _ = load_settings()
    assert settings.last_document == "second"
    assert str(Path(corpus_dir).resolve()) in settings.recent_corpora


def test_main_window_user_guide_lists_every_shortcut():
    from goldspan.model.scheme import default_scheme
    from goldspan.ui.keymap import shortcut_rows

    guide = (Path(__file__).resolve().parents[2] / "docs" / "ui.md").read_text(encoding="utf-8")
    for keys, text in shortcut_rows(default_scheme()):
        assert f"| {keys} | {text} |" in guide, keys


def test_main_window_right_click_selects_the_span_and_opens_the_menu(window, qtbot):
    from goldspan.ui.view_paint import line_rects

    span = window.session.doc.span_by_id("e2")
    point = line_rects(window.view, span.start, span.end)[0].center().toPoint()
    window.view.customContextMenuRequested.emit(point)
    assert window.session.selected == "e2"
    assert window._menu.isVisible()
    window._menu.close()


def test_main_window_tooltip_gives_figure_value(window):
    from goldspan.ui.view_style import tooltip_text

    doc = window.session.doc
    spans = window.view.spans_at(doc.text.index("92"))
    text = tooltip_text(doc, spans)
    assert "figure: QUANTITY = 92 đảng viên" in text
    assert "zone: TITLE" in text
    q1 = doc.span_by_id("q1")
    assert "— Nguyễn Văn An" in tooltip_text(doc, [q1])


def test_main_window_select_before_show_scrolls_once_shown(qtbot, tmp_path, monkeypatch):
    from goldspan.io.gold import write_document
    from goldspan.model.document import Span, new_document
    from goldspan.ui.main_window import MainWindow

    monkeypatch.setenv("GOLDSPAN_CONFIG_DIR", str(tmp_path / "config"))
    text = "\n\n".join(f"Đoạn văn số {i} nói về thời tiết." for i in range(200))
    doc = new_document("dai", text)
    start = text.index("Đoạn văn số 180")
    doc.spans.append(Span(id="e1", layer="entity", label="MISC", start=start, end=start + 4,
                          text=text[start:start + 4]))
    write_document(doc, tmp_path / "dai.json")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.open_path(tmp_path / "dai.json")
    win.select_span("e1")  # as `goldspan open --select` does, before the window shows
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.view.verticalScrollBar().value() > 0, timeout=2000)
    from goldspan.ui.view_paint import line_rects

    assert line_rects(win.view, start, start + 4)
    win.close()


def test_main_window_label_menu_follows_the_active_layer(window, qtbot):
    key(qtbot, window, "f")
    assert window.action_map["label_3"].text() == "MONEY (Figures)"
    assert not window.action_map["label_7"].isEnabled()
    key(qtbot, window, "z")
    assert window.action_map["label_7"].text() == "BOILERPLATE (Zones)"
    assert window.action_map["label_7"].isEnabled()


def test_main_window_dock_layout_is_restored(qtbot, corpus_dir):
    from goldspan.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    dock = next(d for d in first.findChildren(type(first.inspector.parentWidget()))
                if d.objectName() == "dock_inspector")
    dock.hide()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    dock = next(d for d in second.findChildren(type(second.inspector.parentWidget()))
                if d.objectName() == "dock_inspector")
    assert not dock.isVisible()
    second.close()
