"""Review finding: a failed Ctrl+S tells the editor why (not just "Not saved")."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui import window_fixtures as fx

corpus_dir = fx.corpus_dir
window = fx.window


def test_review_save_error_reason_stays_in_the_status_bar(window, qtbot, monkeypatch):
    def broken(path, data):
        raise OSError(28, "No space left on device")

    window.confirm_close = lambda failed: True  # teardown closes with the write still broken
    monkeypatch.setattr("goldspan.ui.autosave.atomic_write_bytes", broken)
    window.select_span("e1")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    assert "No space left on device" in message and "small.json" in message
    assert window.isWindowModified()


def test_review_save_error_autosave_retries_without_a_new_edit(window, qtbot, monkeypatch,
                                                               corpus_dir):
    from goldspan.io import atomic
    from goldspan.io.gold import read_document

    def broken(path, data):
        raise OSError(28, "No space left on device")

    window.confirm_close = lambda failed: True
    monkeypatch.setattr("goldspan.ui.autosave.atomic_write_bytes", broken)
    window.select_span("e1")
    with qtbot.waitSignal(window.current.saver.failed, timeout=3000):
        qtbot.keyClick(window.view, Qt.Key.Key_Return)
    monkeypatch.setattr("goldspan.ui.autosave.atomic_write_bytes", atomic.atomic_write_bytes)
    # the disk has room again: the edit reaches the file with no further edit
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=4000)
    assert read_document(corpus_dir / "small.json").span_by_id("e1").review == "accepted"
