"""Compare mode: one document's gold against a prediction, with adjudication.

:class:`CompareView` shows the gold text with every difference drawn distinctly (matches,
missed, spurious, wrong label, wrong boundary, wrong value, wrong speaker: see
:data:`KIND_STYLES` and the legend), a per-label score table and the list of errors
(``goldspan.evaluate``, the same definitions as ``goldspan evaluate``). Clicking a score
row jumps to the first error of that label; clicking an error (or the text of one) selects
it, moves the text to it, selects its gold span in the session and emits
:attr:`CompareView.jump_requested` so a host window can move its own article view too.
"Adopt prediction" turns the selected error's predicted span into gold through
``goldspan.evaluate.adopt`` and :meth:`DocumentSession.push`, so it is one undo step; the
view re-scores on every change of the session (undo and redo included).

Wiring (for the main window): ``view = CompareView(scheme)``, then
``view.set_comparison(session, prediction_doc)`` or ``view.run_extractor(session)``;
connect ``view.jump_requested(start, end)`` to the article view (code point offsets).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from goldspan.evaluate import LAYERS, Evaluation, Options, evaluate_documents
from goldspan.evaluate.adopt import AdoptError, adopt_command
from goldspan.evaluate.diff import ErrorItem
from goldspan.model.commands import Change
from goldspan.model.document import Document
from goldspan.model.scheme import LabelScheme, default_scheme
from goldspan.ui.offsets import OffsetMap
from goldspan.ui.session import DocumentSession

# kind -> (background or "", underline colour or "", underline style)
KIND_STYLES: dict[str, tuple[str, str, QTextCharFormat.UnderlineStyle]] = {
    "match": ("#d8f0dc", "", QTextCharFormat.UnderlineStyle.NoUnderline),
    "missed": ("#f9d6d5", "#c0392b", QTextCharFormat.UnderlineStyle.SingleUnderline),
    "spurious": ("", "#8e44ad", QTextCharFormat.UnderlineStyle.DashUnderline),
    "wrong_label": ("#fbe0c4", "#d35400", QTextCharFormat.UnderlineStyle.SingleUnderline),
    "wrong_boundary": ("#d6e6f5", "#2471a3", QTextCharFormat.UnderlineStyle.WaveUnderline),
    "wrong_value": ("#cdeee6", "#117a65", QTextCharFormat.UnderlineStyle.DotLine),
    "wrong_speaker": ("#efe7c0", "#7d6608", QTextCharFormat.UnderlineStyle.DashDotLine),
}
# matched speech spans run over whole paragraphs: underlined only, so entities stay readable
SPEECH_MATCH = ("", "#27ae60", QTextCharFormat.UnderlineStyle.SingleUnderline)
SCORE_COLUMNS = ("layer", "label", "P", "R", "F1", "tp", "fp", "fn")
ERROR_COLUMNS = ("kind", "layer", "gold", "prediction")


class CompareView(QWidget):
    """Gold vs prediction of one document: drawn differences, scores, errors, adoption."""

    jump_requested = Signal(int, int)  # code point start, end of the error jumped to
    adopted = Signal(str)  # the undo label of an adoption that was pushed

    def __init__(self, scheme: LabelScheme | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.scheme = scheme or default_scheme()
        self.session: DocumentSession | None = None
        self.prediction: Document | None = None
        self.layers: tuple[str, ...] = LAYERS
        self.evaluation: Evaluation | None = None
        self.errors: list[ErrorItem] = []
        self._offsets = OffsetMap("")
        self._score_rows: list[tuple[str, str]] = []
        self._build()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.cursorPositionChanged.connect(self._on_cursor)
        self.scores = _table(SCORE_COLUMNS, self)
        self.scores.cellClicked.connect(lambda row, _col: self.jump_to_label(row))
        self.error_table = _table(ERROR_COLUMNS, self)
        self.error_table.cellClicked.connect(lambda row, _col: self.jump_to_error(row))
        self.error_table.itemSelectionChanged.connect(self._update_buttons)
        self.adopt_button = QPushButton("Adopt prediction", self)
        self.adopt_button.setToolTip("Put the selected error's predicted span into the gold "
                                     "(one undo step)")
        self.adopt_button.clicked.connect(self.adopt_selected)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        legend = QLabel(" ".join(
            f'<span style="background:{bg or "transparent"};color:{ul or "#222222"}">'
            f'&nbsp;{kind.replace("_", " ")}&nbsp;</span>'
            for kind, (bg, ul, _) in KIND_STYLES.items()), self)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.status)
        column.addWidget(self.scores, 2)
        column.addWidget(self.error_table, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.adopt_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.text)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(legend)
        outer.addWidget(split, 1)
        self._update_buttons()

    # -- input -------------------------------------------------------------------------------
    def set_comparison(self, session: DocumentSession, prediction: Document,
                       layers: tuple[str, ...] = LAYERS) -> None:
        """Compare ``session``'s document (the gold) with ``prediction``; re-scores on
        every change of the session."""
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session, self.prediction, self.layers = session, prediction, tuple(layers)
        session.changed.connect(self._on_changed)
        self._offsets = OffsetMap(session.doc.text)
        self.text.setPlainText(session.doc.text)
        self.refresh()

    def run_extractor(self, session: DocumentSession, names: list[str] | None = None) -> None:
        """Run extractors ``names`` (default pipeline if None) on a span-less copy of the
        session's document and compare with it; only the layers they produce are scored."""
        from goldspan.extract.registry import default_names, get, run_pipeline

        chosen = list(names) if names else default_names()
        copy = session.doc.model_copy(deep=True)
        copy.spans, copy.speakers, copy.status = [], [], "todo"
        run_pipeline(copy, chosen)
        produced = {layer for n in chosen for layer in get(n).produces}
        self.set_comparison(session, copy, tuple(x for x in LAYERS if x in produced))

    def _on_changed(self, _change: Change) -> None:
        self.refresh()

    # -- scoring and drawing -------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-score and redraw everything (keeps the selected error's position if it can)."""
        if self.session is None or self.prediction is None:
            return
        gold = self.session.doc
        self.evaluation = evaluate_documents(
            [gold], [self.prediction], Options(layers=self.layers, collect_errors=True))
        self.errors = list(self.evaluation.errors)
        if self.evaluation.documents == 0:
            self.status.setText("The prediction's text differs from the gold text: "
                                "nothing can be compared.")
        else:
            self.status.setText(f"{len(self.errors)} difference(s) in "
                                f"{', '.join(self.layers)}")
        self._fill_scores()
        self._fill_errors()
        self._draw()
        self._update_buttons()

    def _fill_scores(self) -> None:
        assert self.evaluation is not None
        data = self.evaluation.to_json()
        rows: list[tuple[str, str, dict]] = []
        if "zone" in data:
            rows += [("zone", k, v) for k, v in data["zone"]["by_label"].items()]
        for layer in ("entity", "figure"):
            if layer in data:
                rows += [(layer, k, v["strict"]) for k, v in data[layer]["by_label"].items()]
                rows.append((layer, "micro", data[layer]["strict"]))
        if "speech" in data:
            rows += [("speech", "span", data["speech"]["span"]),
                     ("speech", "attribution", data["speech"]["attribution"])]
        self._score_rows = [(layer, label) for layer, label, _ in rows]
        self.scores.setRowCount(len(rows))
        for r, (layer, label, prf) in enumerate(rows):
            cells = [layer, label, f"{prf['precision']:.3f}", f"{prf['recall']:.3f}",
                     f"{prf['f1']:.3f}", str(prf["tp"]), str(prf["fp"]), str(prf["fn"])]
            for c, value in enumerate(cells):
                self.scores.setItem(r, c, _item(value, numeric=c >= 2))

    def _fill_errors(self) -> None:
        self.error_table.setRowCount(len(self.errors))
        for r, e in enumerate(self.errors):
            cells = [e.kind.replace("_", " "), e.layer, _describe(e.gold), _describe(e.pred)]
            for c, value in enumerate(cells):
                item = _item(value)
                if c == 0:
                    item.setBackground(QColor(KIND_STYLES[e.kind][0] or "#eeeeee"))
                self.error_table.setItem(r, c, item)
        self.error_table.resizeColumnToContents(0)
        self.error_table.resizeColumnToContents(1)

    def _draw(self) -> None:
        selections = []
        for start, end, kind in self._regions():
            bg, ul, style = SPEECH_MATCH if kind == "speech_match" else KIND_STYLES[kind]
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            if bg:
                fmt.setBackground(QColor(bg))
            if ul:
                fmt.setUnderlineStyle(style)
                fmt.setUnderlineColor(QColor(ul))
            sel.format = fmt
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self._offsets.to_qt(start))
            cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.text.setExtraSelections(selections)

    def _regions(self) -> list[tuple[int, int, str]]:
        """``(start, end, kind)`` to draw: matched gold spans first, then each error."""
        assert self.session is not None
        in_error = {s.id for e in self.errors for s in (e.gold,) if s is not None and s.id}
        out = [(s.start, s.end, "speech_match" if s.layer == "speech" else "match")
               for s in self.session.doc.spans
               if s.layer in self.layers and s.layer != "zone" and s.id not in in_error]
        out.sort(key=lambda r: r[0] - r[1])  # longer first: shorter spans drawn on top
        out += [(e.start, e.end, e.kind) for e in self.errors]
        return out

    # -- navigation -------------------------------------------------------------------------
    def jump_to_error(self, row: int) -> None:
        """Select error ``row``, show it in the text, select its gold span in the session."""
        if not 0 <= row < len(self.errors):
            return
        e = self.errors[row]
        if self.error_table.currentRow() != row:
            self.error_table.selectRow(row)
        self._show_range(e.start, e.end)
        if self.session is not None and e.gold is not None and e.gold.id:
            self.session.select(e.gold.id)
        self.jump_requested.emit(e.start, e.end)
        self._update_buttons()

    def jump_to_label(self, row: int) -> None:
        """Jump to the first error of the label of score row ``row`` (if any)."""
        if not 0 <= row < len(self._score_rows):
            return
        layer, label = self._score_rows[row]
        for i, e in enumerate(self.errors):
            sides = [s.label for s in (e.gold, e.pred) if s is not None]
            if e.layer == layer and (label in sides or label in ("micro", "span",
                                                                 "attribution")):
                self.jump_to_error(i)
                return

    def _show_range(self, start: int, end: int) -> None:
        cursor = self.text.textCursor()
        cursor.setPosition(self._offsets.to_qt(end))
        cursor.setPosition(self._offsets.to_qt(start), QTextCursor.MoveMode.KeepAnchor)
        self.text.blockSignals(True)
        self.text.setTextCursor(cursor)
        self.text.blockSignals(False)
        self.text.centerCursor()

    def _on_cursor(self) -> None:
        """A click in the text selects the (first) error there."""
        pos = self._offsets.from_qt(self.text.textCursor().position())
        for i, e in enumerate(self.errors):
            if e.start <= pos < e.end:
                if self.error_table.currentRow() != i:
                    self.error_table.selectRow(i)
                    self.jump_requested.emit(e.start, e.end)
                return

    # -- adjudication ------------------------------------------------------------------------
    def selected_error(self) -> ErrorItem | None:
        """The error selected in the list, or None."""
        row = self.error_table.currentRow()
        return self.errors[row] if 0 <= row < len(self.errors) else None

    def adopt_selected(self) -> bool:
        """Adopt the selected error's prediction into the gold (one undo step)."""
        e = self.selected_error()
        if e is None or self.session is None or self.prediction is None:
            return False
        try:
            command = adopt_command(self.session.doc, self.prediction, e, self.scheme)
        except AdoptError as exc:
            self.status.setText(str(exc))
            return False
        if not self.session.push(command):
            return False
        self.adopted.emit(command.label)
        return True

    def _update_buttons(self) -> None:
        e = self.selected_error()
        self.adopt_button.setEnabled(e is not None and e.pred is not None)


def _table(columns: tuple[str, ...], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(list(columns))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, numeric: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _describe(side) -> str:
    if side is None:
        return "—"
    text = side.text if len(side.text) <= 40 else side.text[:39] + "…"
    note = f" ({side.note})" if side.note else ""
    return f"{side.label} «{text}»{note}"
