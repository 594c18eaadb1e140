"""Review findings: closing while the file changed on disk, and a failed Ctrl+S says why."""

from __future__ import annotations

from PySide6.QtCore import Qt

from goldspan.io.gold import read_document, write_document
from tests.ui import window_fixtures as fx

corpus_dir = fx.corpus_dir
window = fx.window


def test_review_close_with_external_change_and_reload_closes_cleanly(window, qtbot, corpus_dir,
                                                                     monkeypatch):
    window.select_span("e1")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # an unsaved edit
    other = read_document(corpus_dir / "small.json")
    other.status = "in_progress"
    write_document(other, corpus_dir / "small.json")  # changed elsewhere before the poll
    monkeypatch.setattr(window, "ask_external", lambda p: "reload")
    window.confirm_close = lambda failed: True
    assert window.close()  # no "dictionary changed size during iteration"
    assert read_document(corpus_dir / "small.json").status == "in_progress"
    lock = corpus_dir / ".small.json.lock"
    assert not lock.exists()
