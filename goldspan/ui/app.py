"""Start the Qt application: ``run_app(path)`` opens the window, ``main()`` is the GUI script.

PATH may be a corpus folder, a document ``.json`` or a raw ``.txt``/``.html`` file; with no
PATH the last corpus of the settings opens, else the per-user demo corpus. ``screenshot`` renders the window to a PNG and exits.
"""

from __future__ import annotations

import sys
from pathlib import Path

from goldspan.model.errors import GoldspanError


def demo_corpus_path() -> Path:
    """The user's copy of the demo corpus (bundled articles imported, pre-annotated, on
    first use)."""
    from goldspan.ui.demo_corpus import ensure_demo_corpus

    return ensure_demo_corpus()


def default_path(recent: list[str]) -> Path:
    """With no PATH: the most recent corpus that still exists, else the demo corpus."""
    for folder in recent:
        if Path(folder).is_dir():
            return Path(folder)
    return demo_corpus_path()


def run_app(path: str | None = None, screenshot: str | None = None, select: str | None = None,
            size: str = "1400x900", into: str | None = None) -> int:
    """Open the main window on ``path`` and run the event loop; returns the exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from goldspan.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Goldspan")
    try:
        width, height = (int(x) for x in size.lower().split("x"))
    except ValueError:
        raise GoldspanError(f"--size must look like 1400x900, not {size!r}") from None
    window = MainWindow()
    window.resize(width, height)
    target = Path(path) if path else default_path(window.settings.recent_corpora)
    # a raw article goes into --into; without it the user is asked, except when only a
    # screenshot is wanted (then beside the article)
    corpus_dir = Path(into) if into else (target.parent if screenshot else None)
    window.open_path(target, corpus_dir=corpus_dir)
    if select:
        window.select_span(select)
    window.show()
    if screenshot:
        def grab() -> None:
            window.grab().save(screenshot)
            app.quit()
        QTimer.singleShot(300, grab)
    return int(app.exec())


def main() -> int:
    """Entry point of ``goldspan-gui`` and ``python main.py``: ``[PATH]`` from argv."""
    from goldspan.cli import main as cli_main

    return cli_main(["open", *sys.argv[1:]])
