"""Attribute editors of the inspector, built from the label scheme's attribute definitions.

``AttributeEditors.show_span(session, span)`` lays out one editor per ``AttrDef`` that
applies to the span's label: a checked line for ``number`` and ``date`` values (the reason
is shown in red and nothing is stored while the text is wrong; empty stores null), a line
for ``string`` (empty removes the attribute), a box for ``choice``, a check box for
``bool`` and, for ``speaker``, a line that completes speaker names from a few typed letters
(case and diacritics ignored; a new name adds the speaker). Every change is a
``SetAttribute`` (or a ``Compound``) pushed through ``session.push``; editing an extractor's
span marks it ``edited``. For an edited extractor span, the extractor's own value is shown
under each editor for comparison (:mod:`goldspan.ui.inspector_extracted`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from goldspan.model.commands import AddSpeaker, Command, Compound, SetAttribute, set_speaker
from goldspan.model.document import Span, Speaker
from goldspan.model.scheme import AttrDef, LabelScheme
from goldspan.ui.colors import speaker_color
from goldspan.ui.corpus_model import fold
from goldspan.ui.inspector_extracted import ExtractorMemory
from goldspan.ui.inspector_values import (
    InvalidValue,
    edit_review,
    format_value,
    parse_value,
    span_or_none,
)
from goldspan.ui.session import DocumentSession
from goldspan.ui.widgets import named

SPEAKER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class AttributeEditors(QWidget):
    """One editor per attribute of the selected span; see the module docstring."""

    def __init__(self, scheme: LabelScheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheme = scheme
        self.memory = ExtractorMemory()
        self.session: DocumentSession | None = None
        self.span_id: str | None = None
        self._shape: tuple[str, str] | None = None
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.compare: dict[str, QLabel] = {}
        self.swatches: dict[str, QLabel] = {}
        self._defs: dict[str, AttrDef] = {}
        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        self._form.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel("This label has no attributes.")
        self.empty_label.setStyleSheet("color: #777")
        self.other_label = named(QLabel(), "otherAttrs")  # attrs the scheme does not define
        self.other_label.setWordWrap(True)
        self.other_label.setStyleSheet("color: #555")
        self.other_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._form_host)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.other_label)
        self.speaker_model = QStandardItemModel(self)

    # -- building ----------------------------------------------------------------------------
    def show_span(self, session: DocumentSession | None, span: Span | None) -> None:
        """Edit ``span`` of ``session`` (None clears); rebuilds only when the label changed."""
        self.session = session
        if span is None or session is None:
            self.commit_pending()
            self.span_id = None
            self._rebuild(None)
            return
        shape = (span.layer, span.label)
        if span.id != self.span_id or shape != self._shape:
            self.commit_pending()
            self.span_id = span.id
            self._rebuild(span)
        self._refresh_speakers()
        self._load(span)

    def _rebuild(self, span: Span | None) -> None:
        for widget in self.editors.values():
            widget.blockSignals(True)
        while self._form.rowCount():
            self._form.removeRow(0)
        self.editors.clear()
        self.errors.clear()
        self.compare.clear()
        self.swatches.clear()
        self._defs.clear()
        self._shape = (span.layer, span.label) if span is not None else None
        defs: list[AttrDef] = []
        if span is not None and span.layer in self.scheme.layer_names():
            defs = self.scheme.layer(span.layer).attrs_for(span.label)
        for adef in defs:
            self._defs[adef.name] = adef
            editor = self._make_editor(adef)
            self.editors[adef.name] = editor
            box = QVBoxLayout()
            box.setSpacing(1)
            if adef.type == "speaker":
                row = QHBoxLayout()
                swatch = named(QLabel(), f"swatch_{adef.name}")
                swatch.setFixedSize(12, 22)
                self.swatches[adef.name] = swatch
                row.addWidget(swatch)
                row.addWidget(editor, 1)
                box.addLayout(row)
            else:
                box.addWidget(editor)
            error = named(QLabel(), f"error_{adef.name}")
            error.setStyleSheet("color: #B00020")
            error.setWordWrap(True)
            error.hide()
            self.errors[adef.name] = error
            compare = named(QLabel(), f"compare_{adef.name}")
            compare.setStyleSheet("color: #555; font-style: italic")
            compare.hide()
            self.compare[adef.name] = compare
            box.addWidget(error)
            box.addWidget(compare)
            title = adef.name + (" *" if adef.required else "")
            self._form.addRow(title, box)
        self.empty_label.setVisible(span is not None and not defs)
        self.other_label.hide()

    def _make_editor(self, adef: AttrDef) -> QWidget:
        name = adef.name
        if adef.type == "choice":
            combo = named(QComboBox(), f"attr_{name}")
            combo.addItem("—", None)
            for choice in adef.choices:
                combo.addItem(choice, choice)
            combo.activated.connect(lambda _i, n=name: self._commit_choice(n))
            return combo
        if adef.type == "bool":
            check = named(QCheckBox(), f"attr_{name}")
            check.clicked.connect(lambda _c, n=name: self._commit_bool(n))
            return check
        line = named(QLineEdit(), f"attr_{name}")
        line.setClearButtonEnabled(True)
        if adef.type == "speaker":
            line.setPlaceholderText("type a few letters of the speaker's name")
            # the model is filtered here (diacritics ignored), not by QCompleter
            completer = QCompleter(self.speaker_model, line)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setCompletionRole(NAME_ROLE)
            completer.activated[QModelIndex].connect(  # type: ignore[index]
                lambda index, n=name: self._speaker_picked(n, index))
            line.setCompleter(completer)
            line.textEdited.connect(lambda text, c=completer: self._complete_speaker(c, text))
            line.returnPressed.connect(lambda n=name: self._commit_speaker_text(n, True))
            line.editingFinished.connect(lambda n=name: self._commit_speaker_text(n))
        else:
            if adef.type == "number":
                line.setPlaceholderText("a number, e.g. 1208 or 2.5; empty = null")
            elif adef.type == "date":
                line.setPlaceholderText("ISO: 2020-07-10, XXXX-07-29, 2021-01/2021-06")
            line.editingFinished.connect(lambda n=name: self._commit_line(n))
            line.textEdited.connect(lambda _t, n=name: self._check_line(n))
        return line

    # -- loading -----------------------------------------------------------------------------
    def _span(self) -> Span | None:
        return span_or_none(self.session.doc if self.session else None, self.span_id)

    def _load(self, span: Span) -> None:
        assert self.session is not None
        other = {k: v for k, v in (span.attrs or {}).items() if k not in self._defs}
        self.other_label.setText("Other attributes (kept, not edited here): " + ", ".join(
            f"{k} = {v!r}" for k, v in other.items()))
        self.other_label.setVisible(bool(other))
        self.empty_label.setVisible(not self._defs and not other)
        proposal = None
        if span.review == "edited":
            proposal = self.memory.proposal(self.session.doc, span)
        for name, editor in self.editors.items():
            value = span.attr(name)
            editor.blockSignals(True)
            if isinstance(editor, QComboBox):
                index = editor.findData(value)
                if index < 0 and value is not None:
                    editor.addItem(f"{value} (not in scheme)", value)
                    index = editor.count() - 1
                editor.setCurrentIndex(max(index, 0))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QLineEdit) and not editor.isModified():
                if self._defs[name].type == "speaker":
                    editor.setText(self._speaker_name(value))
                else:
                    editor.setText(format_value(value))
            editor.blockSignals(False)
            self._paint_swatch(name, value)
            compare = self.compare[name]
            if span.review == "edited" and span.source:
                if proposal is None:
                    compare.setText(f"{span.source}: no proposal available")
                else:
                    shown = proposal.describe(name)
                    if self._defs[name].type == "speaker":
                        shown = "(its own cast)" if shown != "∅" else shown
                    compare.setText(f"{span.source} said: {shown}")
                compare.show()
            else:
                compare.hide()

    def _paint_swatch(self, name: str, speaker_id: Any) -> None:
        swatch = self.swatches.get(name)
        if swatch is None or self.session is None:
            return
        ids = [s.id for s in self.session.doc.speakers]
        color = speaker_color(ids.index(speaker_id)) if speaker_id in ids else "transparent"
        swatch.setStyleSheet(f"background: {color}; border-radius: 2px")
        swatch.setToolTip("the speaker's colour, as in the article" if speaker_id in ids else "")

    def _speaker_name(self, speaker_id: Any) -> str:
        if self.session is None or not isinstance(speaker_id, str):
            return ""
        try:
            return self.session.doc.speaker_by_id(speaker_id).name
        except KeyError:
            return f"? {speaker_id}"

    def _refresh_speakers(self) -> None:
        self.match_speakers("")

    def match_speakers(self, text: str) -> list[str]:
        """Fill the completion list with speakers whose name or role holds every typed word
        (case and diacritics ignored); returns their ids."""
        self.speaker_model.clear()
        if self.session is None:
            return []
        words = fold(text).split()
        ids = []
        for i, speaker in enumerate(self.session.doc.speakers):
            key = fold(f"{speaker.name} {speaker.role or ''}")
            if not all(word in key for word in words):
                continue
            item = QStandardItem(speaker.name + (f" — {speaker.role}" if speaker.role else ""))
            item.setData(speaker.id, SPEAKER_ID_ROLE)
            item.setData(speaker.name, NAME_ROLE)
            item.setData(QColor(speaker_color(i)), Qt.ItemDataRole.DecorationRole)
            self.speaker_model.appendRow(item)
            ids.append(speaker.id)
        return ids

    def _complete_speaker(self, completer: QCompleter, text: str) -> None:
        popup = completer.popup()
        if self.match_speakers(text) and text.strip():
            completer.complete()
        elif popup is not None:
            popup.hide()

    # -- committing --------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Store what was typed in a line not yet committed (before the span changes)."""
        for name, editor in list(self.editors.items()):
            if isinstance(editor, QLineEdit) and editor.isModified():
                if self._defs[name].type == "speaker":
                    self._commit_speaker_text(name)
                else:
                    self._commit_line(name)

    def _push(self, command: Command) -> bool:
        return self.session is not None and self.session.push(command)

    def _set(self, name: str, value: Any, remove: bool = False) -> bool:
        span = self._span()
        if span is None:
            return False
        attrs = span.attrs or {}
        if remove and name not in attrs:
            return False
        if not remove and name in attrs and attrs[name] == value \
                and type(attrs[name]) is type(value):
            return False
        return self._push(SetAttribute(span.id, name, value, remove=remove,
                                       review=edit_review(span)))

    def _check_line(self, name: str) -> str | None:
        editor = self.editors[name]
        assert isinstance(editor, QLineEdit)
        adef = self._defs[name]
        try:
            parse_value(adef.type, editor.text(), adef.nullable or not adef.required)
        except InvalidValue as exc:
            self.errors[name].setText(str(exc))
            self.errors[name].show()
            return str(exc)
        self.errors[name].hide()
        return None

    def _commit_line(self, name: str) -> bool:
        editor = self.editors.get(name)
        if not isinstance(editor, QLineEdit) or not editor.isModified():
            return False  # focus left an untouched field: 92.0 must not become 92 (edited)
        if self._check_line(name) is not None:
            return False
        editor.setModified(False)
        adef = self._defs[name]
        value = parse_value(adef.type, editor.text(), True)
        if value is None and not (adef.nullable and adef.type in ("number", "date")):
            return self._set(name, None, remove=True)
        return self._set(name, value)

    def _commit_choice(self, name: str) -> bool:
        editor = self.editors[name]
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        return self._set(name, None, remove=True) if value is None else self._set(name, value)

    def _commit_bool(self, name: str) -> bool:
        editor = self.editors[name]
        assert isinstance(editor, QCheckBox)
        return self._set(name, editor.isChecked())

    def _speaker_picked(self, name: str, index: QModelIndex) -> None:
        speaker_id = index.data(SPEAKER_ID_ROLE)
        editor = self.editors.get(name)
        if isinstance(editor, QLineEdit):
            editor.setModified(False)
            editor.setText(self._speaker_name(speaker_id))
        if speaker_id:
            self.choose_speaker(speaker_id, name)

    def choose_speaker(self, speaker_id: str, name: str = "speaker") -> bool:
        """Attribute the selected span to ``speaker_id``."""
        span = self._span()
        if span is None or span.attr(name) == speaker_id:
            return False
        command = set_speaker(span.id, speaker_id) if name == "speaker" else \
            SetAttribute(span.id, name, speaker_id)
        command.review = edit_review(span)
        return self._push(command)

    def _commit_speaker_text(self, name: str, create: bool = False) -> bool:
        """Set the speaker whose name was typed; with ``create`` (Return), a new name adds
        a speaker; otherwise (focus moving away) an unknown name is dropped."""
        editor = self.editors.get(name)
        span = self._span()
        if not isinstance(editor, QLineEdit) or span is None or self.session is None:
            return False
        completer = editor.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible():
            return False  # still choosing in the list
        if not editor.isModified() and not create:
            return False  # focus left an untouched field
        editor.setModified(False)
        typed = editor.text().strip()
        doc = self.session.doc
        match = [s for s in doc.speakers if fold(s.name) == fold(typed)] if typed else []
        if match:
            # two speakers may share a name (before a merge): keep the span's own one
            current = [s for s in match if s.id == span.attr(name)]
            return self.choose_speaker((current or match)[0].id, name)
        if not typed or not create:
            editor.setText(self._speaker_name(span.attr(name)))
            return False
        new = Speaker(id=doc.new_speaker_id(), name=typed)
        pick = SetAttribute(span.id, name, new.id, review=edit_review(span))
        return self._push(Compound([AddSpeaker(new), pick], f"Add speaker {typed}"))
