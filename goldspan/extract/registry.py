"""Registry of extractors and the pipeline that runs them on a document.

Built-ins register with :func:`register` when their module (listed in ``BUILTIN_MODULES``)
is imported; third-party packages plug in through the ``goldspan.extractors`` entry-point
group (an entry point loads an Extractor subclass or instance). :func:`run_pipeline` orders
extractors by what they require and produce, then adds their spans to the document with
fresh ids, ``source = name@version`` and ``review = "suggested"``.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Sequence
from importlib.metadata import entry_points

from goldspan.extract.base import Extractor, ExtractResult, SpanRow, check_rows, finished_span
from goldspan.model.document import Document, Span, Speaker
from goldspan.model.errors import GoldspanError, Problem
from goldspan.model.scheme import LabelScheme, default_scheme

BUILTIN_MODULES: list[str] = ["goldspan.extract.paragraphs", "goldspan.extract.zones", "goldspan.extract.speech",
                              "goldspan.extract.figures",
                              "goldspan.extract.entities", "goldspan.extract.entities_underthesea"]
# The default pipeline, by name; names not registered are skipped.
DEFAULT_PIPELINE: list[str] = ["zones", "speech", "entities", "figures"]
FALLBACK_PIPELINE: list[str] = ["paragraphs"]
ENTRY_POINT_GROUP = "goldspan.extractors"

_REGISTRY: dict[str, Extractor] = {}
_loaded = False


def register(extractor: Extractor | type[Extractor]) -> Extractor:
    """Register an extractor (class or instance) under its name; returns the instance."""
    inst = extractor() if isinstance(extractor, type) else extractor
    if not inst.name:
        raise ValueError(f"extractor {inst!r} has no name")
    _REGISTRY[inst.name] = inst
    return inst


def _ensure_loaded() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in BUILTIN_MODULES:
        importlib.import_module(module)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            register(ep.load())
        except Exception as exc:  # a broken plugin must not break the tool
            import warnings

            warnings.warn(f"extractor plugin {ep.name!r} failed to load: {exc}", stacklevel=2)


def available() -> dict[str, Extractor]:
    """All registered extractors by name."""
    _ensure_loaded()
    return dict(_REGISTRY)


def get(name: str) -> Extractor:
    """The extractor ``name`` (``name@version`` accepted); GoldspanError if unknown."""
    _ensure_loaded()
    table = _REGISTRY
    base, _, version = name.partition("@")
    found = table.get(base)
    if found is None or (version and found.version != version):
        raise GoldspanError(f"unknown extractor {name!r}; available: {', '.join(sorted(table))}")
    return found


def default_names() -> list[str]:
    """The default pipeline's registered extractors (the fallback if none is registered)."""
    _ensure_loaded()
    table = _REGISTRY
    names = [n for n in DEFAULT_PIPELINE if n in table]
    return names or [n for n in FALLBACK_PIPELINE if n in table]


def order(extractors: Sequence[Extractor]) -> list[Extractor]:
    """Extractors sorted so each runs after those producing layers it requires (stable)."""
    pending = list(extractors)
    done: list[Extractor] = []
    while pending:
        ready = next((e for e in pending if not any(
            x is not e and set(e.requires) & set(x.produces) for x in pending)), None)
        if ready is None:  # a cycle: keep the given order
            done.extend(pending)
            break
        done.append(ready)
        pending.remove(ready)
    return done


_ORDERS: dict[tuple, tuple[list[Extractor], list[Extractor]]] = {}


def _ordered(extractors: list[Extractor]) -> list[Extractor]:
    """:func:`order` of ``extractors``, remembered by what it depends on (each extractor's
    identity with its ``requires`` and ``produces``): the pipeline orders the same few
    lists for every document. The cache keeps the extractors alive, so their ids stay
    theirs. Do not modify the returned list."""
    try:
        key = tuple((id(e), tuple(e.requires), tuple(e.produces)) for e in extractors)
        found = _ORDERS.get(key)
    except TypeError:  # requires/produces holding unhashable values
        return order(extractors)
    if found is None:
        if len(_ORDERS) >= 64:
            _ORDERS.clear()
        found = _ORDERS[key] = (list(extractors), order(extractors))
    return found[1]


def run_pipeline(doc: Document, names: Sequence[str] | None = None, keep_reviewed: bool = True,
                 scheme: LabelScheme | None = None) -> Document:
    """Run extractors ``names`` (default pipeline if None) on ``doc`` in place; returns it.

    Before an extractor runs, earlier ``suggested`` spans of the layers it produces are
    removed; spans the editor reviewed are kept (``keep_reviewed``), and a new span equal
    to a kept one (layer, label, start, end) is not added again. Layers an importer
    already provided (spans whose ``source`` names no registered extractor, e.g. the
    ``html@1`` zones read from a page's structure) are kept, and an extractor that only
    produces such layers is skipped.
    """
    # Extractors build many small objects (tokens, spans); pausing the garbage collector
    # meanwhile saves a tenth of the pipeline's time (bench/extract_speed.py).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(doc, names, keep_reviewed, scheme or default_scheme())
    finally:
        if was_enabled:
            gc.enable()


def _run(doc: Document, names: Sequence[str] | None, keep_reviewed: bool,
         scheme: LabelScheme) -> Document:
    _ensure_loaded()
    chosen = [get(n) for n in (names if names else default_names())]
    known = set(_REGISTRY)
    imported = {s.layer for s in doc.spans
                if s.source and s.source != "gold" and s.source.partition("@")[0] not in known}
    index = _SpanIndex(doc)
    for extractor in _ordered(chosen):
        layers = set(extractor.produces)
        if layers <= imported:
            continue
        index.drop_suggested(layers, keep_reviewed)
        try:
            result = extractor.extract(doc)
            if isinstance(result, ExtractResult):
                spans, rows, rows_text = result.proposals()
                check_rows(rows, rows_text)
            else:  # a plugin's look-alike result
                spans, rows = result.spans, []
        except Exception as exc:  # a bug in an extractor must not take the tool down
            raise GoldspanError(Problem(
                f"extractor {extractor.key} failed: {type(exc).__name__}: {exc}",
                document=doc.id)) from exc
        speaker_map = _merge_speakers(doc, result.speakers) if result.speakers else {}
        index.adopt(spans, rows, layers, extractor.key, speaker_map, scheme)
    return doc


_FINISHED_FIELDS = ("id", "text", "source", "review")
# The fields set of a make_span span once the pipeline has finished it.
_ROW_FIELDS = {"id", "layer", "label", "start", "end", "text", "attrs", "source", "review"}


class _SpanIndex:
    """What one pipeline run knows of ``doc.spans`` between extractors, so an extractor's
    batch costs O(its spans), not O(all spans), in the common case of a bare document.

    - ``present``: a superset of the layers in ``doc.spans``; an extractor whose layers
      are not in it has no span to drop and none to compare new spans with;
    - ``first``: per id prefix, the number :meth:`Document.new_span_id` would give now.
      It is right while the document's ids only change by this run's additions (cleared
      when spans are dropped or something else changed the list) and no prefix is the
      start of another (then an id of one could count for the other: caching stops).
      ``complete`` says every id in ``doc.spans`` was made by this run (the run started
      with no spans), so a prefix not used yet starts at 1.

    A change of ``doc.spans`` behind the pipeline's back (an extractor must not modify
    ``doc``) is noticed by the list's identity and length, and everything is recomputed.
    """

    def __init__(self, doc: Document):
        self.doc = doc
        self.first: dict[str, int] = {}
        self.caching = True
        self._resync()
        self.complete = not doc.spans

    def _resync(self) -> None:
        spans = self.spans = self.doc.spans
        self.count = len(spans)
        self.present = {s.layer for s in spans}
        self.first.clear()
        self.complete = False

    def _check(self) -> None:
        if self.doc.spans is not self.spans or len(self.doc.spans) != self.count:
            self._resync()

    def drop_suggested(self, layers: set[str], keep_reviewed: bool) -> None:
        """Remove the suggested spans (all spans unless ``keep_reviewed``) of ``layers``;
        ``doc.spans`` becomes a new list either way."""
        self._check()
        doc = self.doc
        if layers.isdisjoint(self.present):
            doc.spans = doc.spans.copy()
            self.spans = doc.spans
            return
        doc.spans = [s for s in doc.spans if not (
            s.layer in layers and (s.review == "suggested" or not keep_reviewed))]
        if len(doc.spans) != self.count:
            self._resync()
        self.spans = doc.spans

    def adopt(self, spans: list[Span], rows: list[SpanRow], layers: set[str], source: str,
              speaker_map: dict[str, str], scheme: LabelScheme) -> None:
        """Append an extractor's ``spans`` then ``rows`` (checked) to the document: a fresh
        id, the text sliced from the document, ``source``, review ``suggested`` and the
        speaker id mapped to the document's; a span equal (layer, label, start, end) to
        one already there or earlier in the batch is skipped.

        The pipeline owns the spans an extractor returns (base.py): their fields are
        written to the model's ``__dict__`` (and its set of fields set, so dumps see them)
        instead of building a second validated Span, as every value here is a plain str
        of the validated type. A row becomes the span ``make_span`` would have made,
        finished in the same way, built once.
        """
        self._check()
        doc = self.doc
        if layers.isdisjoint(self.present):
            existing: set[tuple[str, str, int, int]] = set()
        else:
            existing = {(s.layer, s.label, s.start, s.end) for s in doc.spans if s.layer in layers}
        add_key = existing.add
        cells: dict[str, list] = {}  # layer -> [prefix, next number or None until used]
        by_prefix: dict[str, list] = {}
        text = doc.text
        append = doc.spans.append
        for span in spans:
            values = span.__dict__
            layer = values["layer"]
            cell = cells.get(layer)
            if cell is None:
                cell = cells[layer] = self._cell(layer, layers, existing, scheme, by_prefix)
            start = values["start"]
            end = values["end"]
            key = (layer, values["label"], start, end)
            if key in existing:
                continue
            add_key(key)
            n = cell[1]
            if n is None:
                n = self._first_number(cell[0], by_prefix)
            cell[1] = n + 1
            values["id"] = f"{cell[0]}{n}"
            values["text"] = text[start:end]
            values["source"] = source
            values["review"] = "suggested"
            attrs = values["attrs"]
            if attrs is not None:
                attrs = dict(attrs)
                speaker = attrs.get("speaker")
                if speaker is not None:
                    attrs["speaker"] = speaker_map.get(speaker, speaker)
                values["attrs"] = attrs
            span.__pydantic_fields_set__.update(_FINISHED_FIELDS)
            append(span)
        for layer, label, start, end, attrs in rows:
            cell = cells.get(layer)
            if cell is None:
                cell = cells[layer] = self._cell(layer, layers, existing, scheme, by_prefix)
            key = (layer, label, start, end)
            if key in existing:
                continue
            add_key(key)
            n = cell[1]
            if n is None:
                n = self._first_number(cell[0], by_prefix)
            cell[1] = n + 1
            if attrs is not None:
                attrs = dict(attrs)
                speaker = attrs.get("speaker")
                if speaker is not None:
                    attrs["speaker"] = speaker_map.get(speaker, speaker)
            append(finished_span({"id": f"{cell[0]}{n}", "layer": layer, "label": label,
                                  "start": start, "end": end, "text": text[start:end],
                                  "attrs": attrs, "source": source, "review": "suggested"},
                                 _ROW_FIELDS.copy()))
        self.count = len(doc.spans)
        self.present.update(cells)
        if self.caching:
            for prefix, cell in by_prefix.items():
                if cell[1] is not None:
                    self.first[prefix] = cell[1]

    def _cell(self, layer: str, layers: set[str], existing: set, scheme: LabelScheme,
              by_prefix: dict[str, list]) -> list:
        """The id counter of ``layer`` in this batch (shared by the layers of one prefix;
        its number is found when the first span is adopted, as ``new_span_id`` would
        then); keys of the document's spans of a layer the extractor does not declare are
        added to ``existing`` first."""
        if layer not in layers and layer in self.present:
            existing.update((s.layer, s.label, s.start, s.end)
                            for s in self.doc.spans if s.layer == layer)
        prefix = _span_prefix(scheme, layer)
        cell = by_prefix.get(prefix)
        if cell is None:
            cell = by_prefix[prefix] = [prefix, None]
        return cell

    def _first_number(self, prefix: str, batch: dict[str, list]) -> int:
        """What ``int(doc.new_span_id(prefix)[len(prefix):])`` gives now (``batch``: the
        prefixes of the current batch)."""
        n = self.first.get(prefix)
        if n is not None:
            return n
        if self.caching and any(p != prefix and (p.startswith(prefix) or prefix.startswith(p))
                                for p in (*self.first, *batch)):
            self.caching = self.complete = False
            self.first.clear()
        if self.complete and self.caching:
            return 1
        return int(self.doc.new_span_id(prefix)[len(prefix):])


def _merge_speakers(doc: Document, speakers: list[Speaker]) -> dict[str, str]:
    """Add result speakers to ``doc`` (reusing one with the same name); local id -> doc id.

    A new speaker gets :meth:`Document.new_speaker_id` (the smallest free ``s<n>``), found
    here with one set of the ids in use for the whole batch instead of one per speaker.
    """
    mapping: dict[str, str] = {}
    by_name = {s.name.casefold(): s for s in doc.speakers}
    used: set[str] | None = None
    n = 1
    for speaker in speakers:
        same = by_name.get(speaker.name.casefold())
        if same is not None:
            if not same.role and speaker.role:
                same.role = speaker.role
            mapping[speaker.id] = same.id
            continue
        local = speaker.id
        if used is None:
            used = {s.id for s in doc.speakers}
        while f"s{n}" in used:
            n += 1
        used.add(f"s{n}")
        speaker.id = f"s{n}"  # the pipeline owns the result's speakers (base.py)
        doc.speakers.append(speaker)
        by_name[speaker.name.casefold()] = speaker
        mapping[local] = speaker.id
    return mapping


def _span_prefix(scheme: LabelScheme, layer: str) -> str:
    """The id prefix of ``layer``'s spans (its first letter for a layer the scheme lacks)."""
    try:
        return scheme.layer(layer).span_prefix
    except KeyError:
        return layer[:1] or "x"

