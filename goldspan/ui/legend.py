"""The legend strip above the article view: every layer's labels in their colours, with
the layer key and label keys, the active layer highlighted and hidden layers struck out.

It is the on-screen key mapping of the editing grammar; it redraws when the active layer
or layer visibility changes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from goldspan.model.scheme import LabelScheme
from goldspan.ui.colors import label_color, text_color_on


def legend_html(scheme: LabelScheme, active: str, visible: set[str]) -> str:
    """Rich text of the legend (one row per layer)."""
    rows = []
    for layer in scheme.layers:
        is_active = layer.name == active
        title = escape(layer.title or layer.name)
        head = f"[{escape(layer.hotkey or '')}] {title}"
        if layer.name not in visible:
            head = f"<s>{head}</s>"
        head = f"<b>▶ {head}</b>" if is_active else head
        chips = []
        for lab in layer.labels:
            bg = label_color(scheme, layer.name, lab.name)
            fg = text_color_on(bg)
            key = f"{escape(lab.hotkey)}&nbsp;" if lab.hotkey and is_active else ""
            chips.append(f'<span style="background:{bg}; color:{fg};">&nbsp;{key}'
                         f'{escape(lab.name)}&nbsp;</span>')
        rows.append(f"<td style='padding-right:8px; white-space:nowrap'>{head}</td>"
                    f"<td>{' '.join(chips)}</td>")
    hint = ("Select text + number key: new span · click: select (again: next overlap) · "
            "Enter accept · Del delete · N/P next suggested · F1 all keys")
    body = "".join(f"<tr>{r}</tr>" for r in rows)
    return (f"<table cellspacing=0 cellpadding=1>{body}</table>"
            f"<span style='color:#666'>{escape(hint)}</span>")


class Legend(QLabel):
    """Shows :func:`legend_html` for a scheme; call :meth:`refresh` on state changes."""

    def __init__(self, scheme: LabelScheme, parent=None):
        super().__init__(parent)
        self.scheme = scheme
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setContentsMargins(6, 3, 6, 3)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setStyleSheet("QLabel { background: #FAFAF7; border-bottom: 1px solid #DDD; }")

    def refresh(self, active: str, visible: set[str]) -> None:
        """Redraw for ``active`` layer and ``visible`` layers."""
        self.setText(legend_html(self.scheme, active, visible))
