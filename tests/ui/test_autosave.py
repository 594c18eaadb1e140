"""Nothing is lost: autosave within 2 s, Ctrl+S, unsaved title, external change, lock file."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from goldspan.io.gold import read_document, write_document
from tests.ui import window_fixtures as fx

key = fx.key
corpus_dir = fx.corpus_dir
window = fx.window

CTRL = Qt.KeyboardModifier.ControlModifier


def test_autosave_writes_within_two_seconds(window, qtbot, corpus_dir):
    window.select_span("e1")
    key(qtbot, window, "2")
    assert window.isWindowModified()
    t0 = time.monotonic()
    qtbot.waitUntil(lambda: read_document(corpus_dir / "small.json").span_by_id("e1").label
                    == "ORG", timeout=2000)
    assert time.monotonic() - t0 < 2.0
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=500)


def test_autosave_burst_of_edits_is_saved_without_waiting_for_quiet(window, qtbot, corpus_dir):
    window.select_span("e1")
    deadline = time.monotonic() + 1.8
    saved = []
    window.current.saver.saved.connect(saved.append)
    while time.monotonic() < deadline:  # relabel continuously for 1.8 s
        key(qtbot, window, "2" if window.session.doc.span_by_id("e1").label != "ORG" else "3")
        qtbot.wait(50)
    assert saved, "a continuous burst must still be saved within 2 s"


def test_autosave_ctrl_s_saves_at_once_and_title_shows_state(window, qtbot, corpus_dir):
    window.select_span("e1")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert "[*]" in window.windowTitle() and window.isWindowModified()
    qtbot.keyClick(window.view, Qt.Key.Key_S, CTRL)
    assert read_document(corpus_dir / "small.json").span_by_id("e1").review == "accepted"
    assert not window.isWindowModified()


def test_autosave_external_change_asks_and_keeps_mine(window, qtbot, corpus_dir, monkeypatch):
    asked = []
    monkeypatch.setattr(window, "ask_external", lambda p: asked.append(p) or "keep")
    other = read_document(corpus_dir / "small.json")
    other.status = "in_progress"
    other.spans.pop()
    time.sleep(0.01)
    write_document(other, corpus_dir / "small.json")
    window.select_span("e1")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.save()  # Ctrl+S: the change is detected, the user keeps their version
    assert asked
    on_disk = read_document(corpus_dir / "small.json")
    assert on_disk.span_by_id("e1").review == "accepted" and len(on_disk.spans) == 6


def test_autosave_external_change_reload_takes_disk_version(window, qtbot, corpus_dir,
                                                             monkeypatch):
    monkeypatch.setattr(window, "ask_external", lambda p: "reload")
    other = read_document(corpus_dir / "small.json")
    other.spans.pop()
    write_document(other, corpus_dir / "small.json")
    window.select_span("e1")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    window.save()
    assert len(window.session.doc.spans) == 5
    assert len(read_document(corpus_dir / "small.json").spans) == 5


def test_autosave_never_overwrites_external_change_silently(window, qtbot, corpus_dir,
                                                            monkeypatch):
    monkeypatch.setattr(window, "ask_external", lambda p: "reload")
    saver = window.current.saver
    saver.external_change.disconnect()  # nobody answers: the file must stay as written
    other = read_document(corpus_dir / "small.json")
    other.spans.pop()
    write_document(other, corpus_dir / "small.json")
    window.select_span("e1")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert not saver.save_now()
    assert len(read_document(corpus_dir / "small.json").spans) == 5
    asked = []
    monkeypatch.setattr(window, "confirm_close", lambda failed: asked.append(failed) or False)
    assert not window.close() and asked  # closing asks instead of overwriting
    assert len(read_document(corpus_dir / "small.json").spans) == 5


def test_autosave_lock_makes_second_window_read_only(window, qtbot, corpus_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from goldspan.ui.main_window import MainWindow

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    second = MainWindow()
    qtbot.addWidget(second)
    second.open_path(corpus_dir / "small.json")
    assert second.current.read_only and warned
    assert "read-only" in second.windowTitle()
    second.select_span("e1")
    second.controller.accept()
    assert second.session.doc.span_by_id("e1").review == "suggested"
    second.close()
    window.close()  # releases the lock
    third = MainWindow()
    qtbot.addWidget(third)
    third.open_path(corpus_dir / "small.json")
    assert not third.current.read_only
    third.close()


def test_autosave_close_asks_when_a_save_fails(window, qtbot, corpus_dir, monkeypatch):
    from goldspan.io import atomic

    def broken(path, data):
        raise OSError(28, "No space left on device")

    window.select_span("e1")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    monkeypatch.setattr("goldspan.ui.autosave.atomic_write_bytes", broken)
    asked = []
    monkeypatch.setattr(window, "confirm_close", lambda failed: asked.append(failed) or False)
    assert not window.close()  # refused: the edit would be lost
    assert asked and "small.json" in asked[0][0]
    assert window.session.dirty
    monkeypatch.setattr("goldspan.ui.autosave.atomic_write_bytes", atomic.atomic_write_bytes)
    assert window.close()
    assert read_document(corpus_dir / "small.json").span_by_id("e1").review == "accepted"


def test_autosave_poll_notices_an_external_change_without_edits(window, qtbot, corpus_dir,
                                                               monkeypatch):
    asked = []
    monkeypatch.setattr(window, "ask_external", lambda p: asked.append(p) or "reload")
    other = read_document(corpus_dir / "small.json")
    other.status = "in_progress"
    write_document(other, corpus_dir / "small.json")
    qtbot.waitUntil(lambda: bool(asked), timeout=3500)  # the 2 s poll
    assert window.session.doc.status == "in_progress"  # reloaded
