"""The inspector: the selected span (layer, label, text, offsets, source, review), its
attribute editors, and the document's speaker cast.

``Inspector.set_session(session)`` follows ``session.selection_changed`` and
``session.changed``: a change record that touches the selected span or the speakers
refreshes the view without losing what is being typed. The label box relabels the span,
Accept marks a suggested span accepted; attribute editors are in
:mod:`goldspan.ui.inspector_attrs`, the cast in :mod:`goldspan.ui.inspector_cast`. Every
edit is a model command pushed through ``session.push``, so it undoes and saves like any
other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from goldspan.model.commands import Change, relabel, set_review
from goldspan.model.document import Span
from goldspan.model.scheme import LabelScheme, default_scheme
from goldspan.ui.colors import label_color, text_color_on
from goldspan.ui.inspector_attrs import AttributeEditors
from goldspan.ui.inspector_cast import CastEditor
from goldspan.ui.inspector_values import edit_review, span_or_none
from goldspan.ui.session import DocumentSession
from goldspan.ui.widgets import named

TEXT_LIMIT = 240


class Inspector(QWidget):
    """Details and editors of the selected span, and the speaker cast."""

    def __init__(self, parent: QWidget | None = None, scheme: LabelScheme | None = None) -> None:
        super().__init__(parent)
        self.scheme = scheme or default_scheme()
        self.session: DocumentSession | None = None
        self.span_id: str | None = None
        self._speaker_spans: set[str] = set()

        self.span_box = QGroupBox("Span")
        form = QFormLayout(self.span_box)
        self.layer_label = named(QLabel(), "inspLayer")
        self.label_box = named(QComboBox(), "inspLabel")
        self.text_label = named(QLabel(), "inspText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.offsets_label = named(QLabel(), "inspOffsets")
        self.source_label = named(QLabel(), "inspSource")
        self.review_label = named(QLabel(), "inspReview")
        self.accept_button = QPushButton("Accept")
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_label, 1)
        review_row.addWidget(self.accept_button)
        form.addRow("Layer", self.layer_label)
        form.addRow("Label", self.label_box)
        form.addRow("Text", self.text_label)
        form.addRow("Offsets", self.offsets_label)
        form.addRow("Source", self.source_label)
        form.addRow("Review", review_row)
        self.none_label = QLabel("No span selected. Click a span in the article or the list.")
        self.none_label.setWordWrap(True)
        self.none_label.setStyleSheet("color: #777")

        self.attrs_box = QGroupBox("Attributes")
        self.attrs = AttributeEditors(self.scheme)
        QVBoxLayout(self.attrs_box).addWidget(self.attrs)
        self.cast_box = QGroupBox("Speakers")
        self.cast = CastEditor()
        QVBoxLayout(self.cast_box).addWidget(self.cast)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.none_label)
        column.addWidget(self.span_box)
        column.addWidget(self.attrs_box)
        column.addWidget(self.cast_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.label_box.activated.connect(self._label_chosen)
        self.accept_button.clicked.connect(self.accept_span)
        self.cast.use_for_span.connect(self.attrs.choose_speaker)
        self._show(None)

    # -- session -----------------------------------------------------------------------------
    def set_session(self, session: DocumentSession | None) -> None:
        """Inspect ``session`` (None empties the inspector)."""
        if self.session is not None:
            self.attrs.commit_pending()
            self.session.changed.disconnect(self._on_changed)
            self.session.selection_changed.disconnect(self._on_selection)
        self.session = session
        self.attrs.memory.clear()
        self.cast.set_session(session)
        self._speaker_spans = _speaker_span_ids(session)
        if session is not None:
            session.changed.connect(self._on_changed)
            session.selection_changed.connect(self._on_selection)
        self._on_selection(session.selected if session is not None else None)

    def span(self) -> Span | None:
        """The inspected span, or None."""
        return span_or_none(self.session.doc if self.session else None, self.span_id)

    def _on_selection(self, span_id: str | None) -> None:
        self.span_id = span_id
        self._show(self.span())

    def _on_changed(self, change: Change) -> None:
        # the cast's span counts change only with speakers or spans that carry one: recounting
        # 20,000 spans on every relabel cost most of the window's relabel time
        if change.speakers or self._touches_speaker_spans(change):
            self.cast.refresh()
            self._speaker_spans = _speaker_span_ids(self.session)
        if self.span_id is not None and (
                change.speakers or self.span_id in change.modified
                or self.span_id in change.added or self.span_id in change.removed):
            self._show(self.span())

    def _touches_speaker_spans(self, change: Change) -> bool:
        """Whether ``change`` adds, removes or edits a span that has (or had) a speaker."""
        if (change.added | change.modified | change.removed) & self._speaker_spans:
            return True
        fresh = change.added | change.modified
        if not fresh or self.session is None:
            return False
        return any(span.attrs is not None and span.attrs.get("speaker") is not None
                   for span in self.session.spans_by_id(fresh).values())

    # -- display -----------------------------------------------------------------------------
    def _show(self, span: Span | None) -> None:
        has = span is not None
        self.none_label.setVisible(not has)
        self.span_box.setVisible(has)
        self.attrs_box.setVisible(has)
        self.attrs.show_span(self.session, span)
        self.cast.set_span_accepts_speaker(
            has and any(a.type == "speaker" for a in self._attr_defs(span)))
        if span is None:
            return
        if span.speaker is not None:
            self.cast.select_speaker(span.speaker)
        title = self.scheme.layer(span.layer).title if span.layer in \
            self.scheme.layer_names() else ""
        self.layer_label.setText(f"{span.layer}" + (f" ({title})" if title else ""))
        self.label_box.blockSignals(True)
        self.label_box.clear()
        names = self.scheme.layer(span.layer).label_names() if span.layer in \
            self.scheme.layer_names() else []
        for name in names or [span.label]:
            self.label_box.addItem(name, name)
        if span.label not in names:
            self.label_box.addItem(f"{span.label} (not in scheme)", span.label)
        self.label_box.setCurrentIndex(self.label_box.findData(span.label))
        color = label_color(self.scheme, span.layer, span.label)
        self.label_box.setStyleSheet(
            f"QComboBox {{ background: {color}; color: {text_color_on(color)}; }}")
        self.label_box.blockSignals(False)
        text = span.text if len(span.text) <= TEXT_LIMIT else span.text[: TEXT_LIMIT - 1] + "…"
        self.text_label.setText(text)
        self.offsets_label.setText(f"[{span.start}, {span.end}) · {span.end - span.start} "
                                   f"characters · id {span.id}")
        self.source_label.setText(span.source or "gold (annotator)")
        self.review_label.setText(span.review or "reviewed")
        self.accept_button.setVisible(span.review == "suggested")

    def _attr_defs(self, span: Span | None) -> list:
        if span is None or span.layer not in self.scheme.layer_names():
            return []
        return self.scheme.layer(span.layer).attrs_for(span.label)

    # -- edits -------------------------------------------------------------------------------
    def _label_chosen(self, _index: int) -> None:
        label = self.label_box.currentData()
        if label:
            self.set_label(label)

    def set_label(self, label: str) -> bool:
        """Relabel the inspected span (an extractor's span becomes ``edited``)."""
        span = self.span()
        if span is None or self.session is None or label == span.label:
            return False
        return self.session.push(relabel(span.id, label, edit_review(span)))

    def accept_span(self) -> bool:
        """Mark the inspected span ``accepted``."""
        span = self.span()
        if span is None or self.session is None or span.review == "accepted":
            return False
        return self.session.push(set_review(span.id, "accepted"))


def _speaker_span_ids(session: DocumentSession | None) -> set[str]:
    """Ids of the spans of ``session``'s document that name a speaker."""
    if session is None:
        return set()
    return {s.id for s in session.doc.spans if s.attrs and s.attrs.get("speaker") is not None}
