"""The F1 shortcut sheet: a table of every key of the window (``keymap.shortcut_rows``)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from goldspan.model.scheme import LabelScheme
from goldspan.ui.keymap import shortcut_rows


def shortcut_html(scheme: LabelScheme) -> str:
    """The sheet as an HTML table."""
    rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                   for k, v in shortcut_rows(scheme))
    return f"<h3>Goldspan keyboard shortcuts</h3><table cellpadding=3>{rows}</table>"


class ShortcutSheet(QDialog):
    """A non-modal dialog showing :func:`shortcut_html`."""

    def __init__(self, scheme: LabelScheme, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(620, 640)
        layout = QVBoxLayout(self)
        browser = QTextBrowser(self)
        browser.setHtml(shortcut_html(scheme))
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
