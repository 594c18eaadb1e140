"""Regression guard: PySide6 6.12.0 on CPython 3.11 crashes with ``none_dealloc`` after a
few thousand void method calls (QTextCursor.setPosition, mergeCharFormat...). The project
pins PySide6-Essentials below 6.12 on Python 3.11; these tests fail if that slips."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_pyside_regression_version_below_612_on_python_311():
    import PySide6

    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    if sys.version_info[:2] == (3, 11):
        assert (major, minor) < (6, 12), f"PySide6 {PySide6.__version__} crashes on Python 3.11"


def test_pyside_regression_many_void_calls_do_not_crash():
    code = textwrap.dedent("""
        import os
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication, QTextCharFormat, QTextCursor, QTextDocument
        app = QGuiApplication([])
        doc = QTextDocument("Hà Nội có 1.208 đảng viên. " * 200)
        cursor = QTextCursor(doc)
        fmt = QTextCharFormat()
        fmt.setFontUnderline(True)
        n = doc.characterCount() - 2
        for i in range(30000):
            cursor.setPosition(i % n)
            cursor.setPosition(i % n + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
