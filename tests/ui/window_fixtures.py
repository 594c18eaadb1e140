"""Fixtures shared by the window tests: a corpus in tmp_path and a shown MainWindow."""

from __future__ import annotations

from pathlib import Path

import pytest

from goldspan.io.gold import write_document
from goldspan.model.document import Span, new_document

SECOND_TEXT = "Bản tin thứ hai\n\nCông ty Bình Minh tuyển 30 kỹ sư tại Đà Nẵng."


def second_doc():
    """A second small document (for switching and 'next not done')."""
    doc = new_document("second", SECOND_TEXT, {"title": "Bản tin thứ hai"})
    start = SECOND_TEXT.index("Đà Nẵng")
    doc.spans.append(Span(id="e1", layer="entity", label="LOC", start=start,
                          end=start + len("Đà Nẵng"), text="Đà Nẵng", source="entities@1",
                          review="suggested"))
    return doc


@pytest.fixture
def corpus_dir(tmp_path: Path, small_doc, monkeypatch) -> Path:
    """A corpus folder with ``small.json`` and ``second.json``; settings in tmp."""
    monkeypatch.setenv("GOLDSPAN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GOLDSPAN_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "corpus"
    folder.mkdir()
    small_doc.meta["title"] = "Tin nhỏ"
    small_doc.spans[2].source = "entities@1"
    small_doc.spans[2].review = "suggested"
    write_document(small_doc, folder / "small.json")
    write_document(second_doc(), folder / "second.json")
    return folder


@pytest.fixture
def window(qtbot, corpus_dir: Path):
    """The real main window showing ``small.json``, shown and focused on the view."""
    from goldspan.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.open_path(corpus_dir / "small.json")
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.view.setFocus()
    yield win
    win.confirm_close = lambda failed: True  # a test must never wait on a dialog
    win.close()


def key(qtbot, win, text: str, modifier=None) -> None:
    """Type a key into the article view (shortcuts fire as for a user)."""
    from PySide6.QtCore import Qt

    mod = modifier if modifier is not None else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(win.view, text, mod)
