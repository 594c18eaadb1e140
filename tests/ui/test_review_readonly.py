"""Review findings: a document open read-only (locked by another window) stays untouched."""

from __future__ import annotations

from tests.ui import window_fixtures as fx

corpus_dir = fx.corpus_dir
window = fx.window


def _read_only_window(qtbot, corpus_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from goldspan.ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    second = MainWindow()
    qtbot.addWidget(second)
    second.open_path(corpus_dir / "small.json")
    assert second.current.read_only
    return second


def test_review_read_only_document_refuses_inspector_edits(window, qtbot, corpus_dir,
                                                          monkeypatch):
    second = _read_only_window(qtbot, corpus_dir, monkeypatch)
    second.select_span("e1")
    second._sync_panels()
    # the Inspector and the span list push on the session directly, not through the controller
    assert not second.inspector.accept_span()
    assert second.session.doc.span_by_id("e1").review == "suggested"
    assert not second.session.dirty
    second.close()
