"""How spans look: the character formats of the highlighter and the pens of the overlay.

Entities are backgrounds (lighter while ``suggested``), figures a boxed underline (dashed
while ``suggested``), zones a band in the margin (text of muted zones such as BOILERPLATE
and RELATED is greyed), speech a side bar coloured per speaker. Formats are cached by the
tuple of what covers a segment, so a page needs only a handful of QTextCharFormat objects.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen, QTextCharFormat

from goldspan.model.document import Document, Span
from goldspan.model.scheme import LabelScheme
from goldspan.ui.colors import label_color, speaker_color

MUTED_TEXT = "#8A8A8A"
SELECTED_OUTLINE = "#111111"
TEXT_LAYERS = ("entity", "figure")


class SpanStyle:
    """Colours and formats of one label scheme (cached)."""

    def __init__(self, scheme: LabelScheme):
        self.scheme = scheme
        self._formats: dict[tuple, QTextCharFormat] = {}
        self._colors: dict[tuple[str, str], QColor] = {}

    def color(self, layer: str, label: str) -> QColor:
        """The label's colour as a QColor."""
        key = (layer, label)
        found = self._colors.get(key)
        if found is None:
            found = self._colors[key] = QColor(label_color(self.scheme, layer, label))
        return found

    def is_muted(self, span: Span) -> bool:
        """Whether the scheme marks the span's label as muted (greyed)."""
        try:
            return self.scheme.layer(span.layer).label(span.label).muted
        except KeyError:
            return False

    def segment_key(self, spans: list[Span], visible: set[str]) -> tuple:
        """What decides a segment's format: muted zone, innermost entity and its review."""
        muted = False
        entity: Span | None = None
        for s in spans:
            if s.layer not in visible:
                continue
            if s.layer == "zone" and self.is_muted(s):
                muted = True
            elif s.layer == "entity" and (entity is None
                                          or s.end - s.start < entity.end - entity.start):
                entity = s
        if entity is None:
            return (muted, None, False)
        return (muted, entity.label, entity.review == "suggested")

    def format_for(self, key: tuple) -> QTextCharFormat | None:
        """The char format of a segment key (None when the segment is plain)."""
        if key == (False, None, False):
            return None
        fmt = self._formats.get(key)
        if fmt is None:
            muted, label, suggested = key
            fmt = QTextCharFormat()
            if muted:
                fmt.setForeground(QColor(MUTED_TEXT))
            if label is not None:
                bg = QColor(self.color("entity", label))
                bg.setAlpha(45 if suggested else 95)
                fmt.setBackground(bg)
            self._formats[key] = fmt
        return fmt

    def pen_for(self, span: Span, width: float = 2.0) -> QPen:
        """The overlay pen of an entity or figure span: dashed while suggested."""
        pen = QPen(self.color(span.layer, span.label), width)
        if span.review == "suggested":
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen


def speaker_colour(doc: Document, span: Span) -> QColor:
    """The side bar colour of a speech span: its speaker's palette colour (grey if none)."""
    ref = span.speaker
    index = next((i for i, sp in enumerate(doc.speakers) if sp.id == ref), -1)
    return QColor(speaker_color(index))


def speaker_name(doc: Document, span: Span) -> str:
    """The name shown in the margin for a speech span (``?`` when unattributed)."""
    ref = span.speaker
    for sp in doc.speakers:
        if sp.id == ref:
            return sp.name
    return f"{span.label} ?"


def tooltip_text(doc: Document, spans: list[Span]) -> str:
    """Hover text for the spans under the mouse: label, figure value and unit, entity norm,
    speaker, review state; one line per span, innermost first."""
    lines = []
    for span in spans:
        parts = [f"{span.layer}: {span.label}"]
        if span.layer == "figure" and span.attrs and "value" in span.attrs:
            value = span.attrs.get("value")
            unit = span.attrs.get("unit")
            approx = span.attrs.get("approx")
            shown = "?" if value is None else str(value)
            parts.append(" = " + " ".join(str(x) for x in (approx, shown, unit) if x))
        elif span.layer == "entity" and span.attr("norm"):
            parts.append(f" → {span.attr('norm')}")
        elif span.layer == "speech":
            parts.append(f" — {speaker_name(doc, span)}")
        if span.review == "suggested":
            parts.append("  (suggested)")
        lines.append("".join(parts))
    return "\n".join(lines)
