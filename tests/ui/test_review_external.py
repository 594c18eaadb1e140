"""Review findings: an external change to a document open read-only is not a conflict."""

from __future__ import annotations

from goldspan.io.gold import read_document, write_document
from tests.ui import window_fixtures as fx
from tests.ui.test_review_readonly import _read_only_window

corpus_dir = fx.corpus_dir
window = fx.window


def test_review_read_only_document_reloads_external_change_without_overwriting(
        window, qtbot, corpus_dir, monkeypatch):
    second = _read_only_window(qtbot, corpus_dir, monkeypatch)
    asked = []
    # answering "keep" would make the read-only window write over the lock holder's file
    monkeypatch.setattr(second, "ask_external", lambda p: asked.append(p) or "keep")
    other = read_document(corpus_dir / "small.json")
    other.status = "in_progress"
    write_document(other, corpus_dir / "small.json")  # the lock holder saved
    second.current.saver.check_external()
    assert not asked  # nothing of its own to keep: no question
    assert read_document(corpus_dir / "small.json").status == "in_progress"
    assert second.session.doc.status == "in_progress"  # shows the holder's version
    assert second.current.read_only
    second.close()
