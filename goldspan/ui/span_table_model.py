"""A Qt table model over the spans of one document, kept up to date from change records.

:class:`SpanTableModel` has one row per span (position, layer, label, text, value or
speaker, source, review). It is driven by a :class:`DocumentSession`: each ``changed``
record inserts, removes or refreshes only the rows it names (a large removal resets the
model instead, which is cheaper). Sorting is done here in Python with one key per row, so
20,000 spans sort in milliseconds; :class:`SpanFilterModel` filters by layer, label,
review state and free text (case and Vietnamese diacritics ignored) without sorting itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from goldspan.model.commands import Change
from goldspan.model.document import Document, Span
from goldspan.model.scheme import LabelScheme, default_scheme
from goldspan.ui.colors import label_color, speaker_color
from goldspan.ui.corpus_model import fold
from goldspan.ui.sorted_model import Index, PythonSortedTableModel, SourceSortingProxy

SPAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NOT_REVIEWED = "(reviewed)"  # review filter value for spans without a review field
_BIG_CHANGE = 50


def value_text(span: Span, speaker_names: dict[str, str]) -> str:
    """What the value column shows: speaker (and kind), figure value and unit, or norm."""
    attrs = span.attrs or {}
    if span.layer == "speech" or "speaker" in attrs:
        ref = attrs.get("speaker")
        name = speaker_names.get(ref, f"? {ref}") if ref else "(no speaker)"
        kind = attrs.get("kind")
        return f"{name} · {kind}" if kind else name
    if "value" in attrs or "unit" in attrs:
        value = attrs.get("value")
        parts = ["∅" if value is None else str(value)]
        if attrs.get("unit"):
            parts.append(str(attrs["unit"]))
        if attrs.get("approx"):
            parts.insert(0, f"({attrs['approx']})")
        if attrs.get("mod"):
            parts.append(f"[{attrs['mod']}]")
        return " ".join(parts)
    if "norm" in attrs:
        return str(attrs["norm"])
    return ""


class SpanTableModel(PythonSortedTableModel):
    """Rows are the spans of ``doc``; call :meth:`apply_change` with each change record."""

    COLUMNS = ("Start", "Layer", "Label", "Text", "Value / speaker", "Source", "Review")
    START, LAYER, LABEL, TEXT, VALUE, SOURCE, REVIEW = range(7)

    def __init__(self, parent: Any = None, scheme: LabelScheme | None = None) -> None:
        super().__init__(parent)
        self.scheme = scheme or default_scheme()
        self.doc: Document | None = None
        self._spans: list[Span] = []
        self._rows: dict[str, int] = {}
        self._keys: dict[str, str] = {}
        self._speaker_names: dict[str, str] = {}
        self._speaker_index: dict[str, int] = {}
        self._layer_order = {name: i for i, name in enumerate(self.scheme.layer_names())}
        self.generation = 0  # bumped on every change of rows or their contents

    # -- contents ----------------------------------------------------------------------------
    def set_document(self, doc: Document | None) -> None:
        """Show the spans of ``doc`` (None empties the table)."""
        self.beginResetModel()
        self.doc = doc
        self._reload()
        self.endResetModel()

    def _reload(self) -> None:
        self._spans = list(self.doc.spans) if self.doc is not None else []
        self._refresh_speakers()
        self.sort_in_place()
        self._reindex()

    def _reindex(self) -> None:
        self.generation += 1
        self._rows = {s.id: row for row, s in enumerate(self._spans)}

    def _refresh_speakers(self) -> None:
        speakers = self.doc.speakers if self.doc is not None else []
        self._speaker_names = {s.id: s.name for s in speakers}
        self._speaker_index = {s.id: i for i, s in enumerate(speakers)}
        self._keys.clear()

    def span_at(self, row: int) -> Span:
        """The span in ``row`` (not ``span``: that name is a Qt virtual, QAbstractItemModel.span)."""
        return self._spans[row]

    def spans(self) -> list[Span]:
        """The spans in row order (do not modify the list)."""
        return self._spans

    def row_of(self, span_id: str) -> int:
        """The row of ``span_id``, or -1."""
        return self._rows.get(span_id, -1)

    def search_key(self, row: int) -> str:
        """Folded label, text and value of ``row`` for the free-text filter (cached)."""
        span = self._spans[row]
        key = self._keys.get(span.id)
        if key is None:
            key = fold(f"{span.label} {span.text} {value_text(span, self._speaker_names)} "
                       f"{span.id} {span.source or ''}")
            self._keys[span.id] = key
        return key

    def apply_change(self, change: Change, span_map: dict[str, Span] | None = None) -> None:
        """Update rows from a session change record (see module docstring); ``span_map``
        (the document's spans for the added and modified ids, e.g. from
        ``DocumentSession.spans_by_id``) saves a scan of every span."""
        if self.doc is None:
            return
        if change.speakers:
            self._refresh_speakers()
        if len(change.added) + len(change.removed) > _BIG_CHANGE:
            self.set_document(self.doc)
            return
        for span_id in change.removed:
            row = self._rows.get(span_id)
            if row is None:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._spans[row]
            self._keys.pop(span_id, None)
            self._reindex()
            self.endRemoveRows()
        if change.added:
            fresh = ({i: span_map[i] for i in change.added if i in span_map}
                     if span_map is not None else
                     {s.id: s for s in self.doc.spans if s.id in change.added})
            new = [fresh[i] for i in sorted(fresh) if i not in self._rows]
            if new:
                first = len(self._spans)
                self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
                self._spans.extend(new)
                self._reindex()
                self.endInsertRows()
        self.generation += 1
        # a command may replace a span object instead of changing it: take the doc's one
        if change.modified:
            current = span_map if span_map is not None else {s.id: s for s in self.doc.spans}
        else:
            current = {}
        for span_id in change.modified:
            self._keys.pop(span_id, None)
            row = self._rows.get(span_id)
            if row is not None and span_id in current:
                self._spans[row] = current[span_id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        if change.speakers and self._spans:
            self.dataChanged.emit(self.index(0, self.VALUE), self.index(len(self._spans) - 1,
                                                                        self.VALUE))
        if self._sort is not None and (change.added or not self._still_sorted(change.modified)):
            self.resort()

    def _still_sorted(self, span_ids: frozenset[str]) -> bool:
        """Whether the rows of ``span_ids`` are still in order with their neighbours."""
        if self._sort is None:
            return True
        column, order = self._sort
        sign = -1 if order == Qt.SortOrder.DescendingOrder else 1
        last = len(self._spans) - 1
        for span_id in span_ids:
            row = self._rows.get(span_id)
            if row is None:
                continue
            for a, b in ((row - 1, row), (row, row + 1)):
                if 0 <= a and b <= last:
                    ka = self.row_key(self._spans[a], column)
                    kb = self.row_key(self._spans[b], column)
                    if (ka > kb) if sign > 0 else (ka < kb):
                        return False
        return True

    # -- sorting -----------------------------------------------------------------------------
    def rows(self) -> list[Span]:
        """The spans in row order (the model's list)."""
        return self._spans

    def row_key(self, row: Span, column: int) -> tuple[Any, ...]:
        """The cell's sort key; position and id break ties."""
        return (self._sort_key(row, column), row.start, row.end, row.id)

    def rows_moved(self) -> None:
        """Rebuild the id -> row lookup after a sort."""
        self._reindex()

    def _sort_key(self, span: Span, col: int) -> Any:
        if col == self.START:
            return span.start
        if col == self.LAYER:
            return self._layer_order.get(span.layer, len(self._layer_order))
        if col == self.LABEL:
            return span.label
        if col == self.TEXT:
            return fold(span.text)
        if col == self.VALUE:
            return fold(value_text(span, self._speaker_names))
        if col == self.SOURCE:
            return span.source or ""
        return span.review or ""

    # -- QAbstractTableModel -----------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        span = self._spans[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(span, col)
        if role == SPAN_ID_ROLE:
            return span.id
        if role == Qt.ItemDataRole.DecorationRole:
            if col == self.LABEL:
                return QColor(label_color(self.scheme, span.layer, span.label))
            if col == self.VALUE and span.speaker is not None:
                return QColor(speaker_color(self._speaker_index.get(span.speaker, -1)))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TEXT:
            return f"{span.id} [{span.start}, {span.end})\n{span.text[:500]}"
        if role == Qt.ItemDataRole.ForegroundRole and col == self.REVIEW \
                and span.review == "suggested":
            return QColor("#C77C00")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.START:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, span: Span, col: int) -> Any:
        if col == self.START:
            return span.start
        if col == self.LAYER:
            return span.layer
        if col == self.LABEL:
            return span.label
        if col == self.TEXT:
            text = span.text.replace("\n", " ⏎ ")
            return text if len(text) <= 120 else text[:119] + "…"
        if col == self.VALUE:
            return value_text(span, self._speaker_names)
        if col == self.SOURCE:
            return span.source or "gold"
        return span.review or ""


class SpanFilterModel(SourceSortingProxy):
    """Filters a :class:`SpanTableModel` by layer, label, review and words; sorts the source."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.layer = ""
        self.label = ""
        self.review = ""
        self._words: list[str] = []
        self._mask: list[bool] = []
        self._mask_generation = -1

    def set_filter(self, layer: str | None = None, label: str | None = None,
                   review: str | None = None, text: str | None = None) -> None:
        """Change some filters (``""`` means any); :data:`NOT_REVIEWED` for review absent."""
        self.beginFilterChange()
        if layer is not None:
            self.layer = layer
        if label is not None:
            self.label = label
        if review is not None:
            self.review = review
        if text is not None:
            self._words = fold(text).split()
        self._compute_mask()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _compute_mask(self) -> None:
        """Decide every row in one Python loop; filterAcceptsRow then only looks it up."""
        model = self.sourceModel()
        if not isinstance(model, SpanTableModel) or not self._active():
            self._mask_generation = -1
            return
        layer, label, review, words = self.layer, self.label, self.review, self._words
        key = model.search_key
        mask = []
        for row, span in enumerate(model.spans()):  # inlined _accepts: 20,000 rows per key
            ok = (not layer or span.layer == layer) and (not label or span.label == label)
            if ok and review:
                ok = span.review is None if review == NOT_REVIEWED else span.review == review
            if ok and words:
                text = key(row)
                ok = all(word in text for word in words)
            mask.append(ok)
        self._mask = mask
        self._mask_generation = model.generation

    def _active(self) -> bool:
        return bool(self.layer or self.label or self.review or self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not (self.layer or self.label or self.review or self._words):
            return True
        model = self.sourceModel()
        assert isinstance(model, SpanTableModel)
        if model.generation == self._mask_generation:
            return self._mask[source_row]
        return self._accepts(model, source_row)

    def _accepts(self, model: SpanTableModel, source_row: int) -> bool:
        span = model.span_at(source_row)
        if self.layer and span.layer != self.layer:
            return False
        if self.label and span.label != self.label:
            return False
        if self.review:
            if self.review == NOT_REVIEWED:
                if span.review is not None:
                    return False
            elif span.review != self.review:
                return False
        if self._words:
            key = model.search_key(source_row)
            return all(word in key for word in self._words)
        return True
