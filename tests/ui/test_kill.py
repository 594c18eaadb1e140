"""SIGKILL in the middle of a burst of edits never leaves an invalid file (atomic autosave)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from goldspan.io.gold import read_document
from goldspan.model.document import check_document
from tests.ui import window_fixtures as fx

corpus_dir = fx.corpus_dir

EDITOR = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from goldspan.model.commands import AddSpan, relabel
from goldspan.model.document import Span
from goldspan.ui.main_window import MainWindow
win = MainWindow()
win.open_path(Path(sys.argv[1]))
session = win.session
win.current.saver.saved.connect(lambda p: print("saved", len(session.doc.spans), flush=True))
text = session.doc.text
n = 0
while True:
    n += 1
    session.push(relabel("e1", "ORG" if n % 2 else "LOC"))
    start = n % (len(text) - 5)
    span = Span(id=session.doc.new_span_id("e"), layer="entity", label="MISC",
                start=start, end=start + 3, text=text[start:start + 3], review="added")
    session.push(AddSpan(span))
    app.processEvents()
    if n % 10 == 0:
        print("count", len(session.doc.spans), time.time(), flush=True)
    time.sleep(0.005)
"""


@pytest.mark.parametrize("delay", [0.05, 0.7, 2.5])
def test_kill_during_edit_burst_leaves_valid_file(corpus_dir, delay):
    path = corpus_dir / "small.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", EDITOR, str(path)], stdout=subprocess.PIPE,
                            env=env, text=True)
    lines = []
    try:
        while True:  # wait for the first autosave
            line = proc.stdout.readline()
            assert line, "the editor process ended before saving"
            lines.append(line)
            if line.startswith("saved"):
                break
        time.sleep(delay)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        killed_at = time.time()
        lines += proc.stdout.readlines()
        proc.wait(timeout=10)
    doc = read_document(path)  # loads and validates
    assert check_document(doc) == []
    assert len(doc.spans) > 6  # the edits before the last 2 s are on disk
    counts = [(float(t), int(c)) for _, c, t in (ln.split() for ln in lines
                                                  if ln.startswith("count"))]
    older = [c for t, c in counts if t <= killed_at - 2.0]
    if older:  # at most the last 2 seconds of edits are lost
        assert len(doc.spans) >= max(older)
    leftovers = [p.name for p in corpus_dir.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 1  # at most the temp file of the interrupted write


def test_kill_leaves_a_stale_lock_that_the_next_window_takes_over(corpus_dir, qtbot):
    path = corpus_dir / "small.json"
    proc = subprocess.Popen([sys.executable, "-c", EDITOR, str(path)], stdout=subprocess.PIPE,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), text=True)
    try:
        line = "?"
        while line and not line.startswith("saved"):
            line = proc.stdout.readline()
        assert line, "the editor process ended before saving"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    from goldspan.ui.file_lock import lock_path
    from goldspan.ui.main_window import MainWindow

    assert lock_path(path).exists()
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_path(path)
    assert not win.current.read_only
    win.close()
