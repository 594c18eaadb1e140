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

from goldspan.extract.base import Extractor
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
    table = available()
    base, _, version = name.partition("@")
    found = table.get(base)
    if found is None or (version and found.version != version):
        raise GoldspanError(f"unknown extractor {name!r}; available: {', '.join(sorted(table))}")
    return found


def default_names() -> list[str]:
    """The default pipeline's registered extractors (the fallback if none is registered)."""
    table = available()
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
    chosen = [get(n) for n in (names if names else default_names())]
    known = set(available())
    imported = {s.layer for s in doc.spans
                if s.source and s.source != "gold" and s.source.partition("@")[0] not in known}
    for extractor in order(chosen):
        layers = set(extractor.produces)
        if layers <= imported:
            continue
        doc.spans = [s for s in doc.spans if not (
            s.layer in layers and (s.review == "suggested" or not keep_reviewed))]
        try:
            result = extractor.extract(doc)
        except Exception as exc:  # a bug in an extractor must not take the tool down
            raise GoldspanError(Problem(
                f"extractor {extractor.key} failed: {type(exc).__name__}: {exc}",
                document=doc.id)) from exc
        speaker_map = _merge_speakers(doc, result.speakers)
        existing = {(s.layer, s.label, s.start, s.end) for s in doc.spans}
        ids = _IdAllocator(doc)
        prefixes: dict[str, str] = {}
        text = doc.text
        append = doc.spans.append
        for span in result.spans:
            key = (span.layer, span.label, span.start, span.end)
            if key in existing:
                continue
            existing.add(key)
            prefix = prefixes.get(span.layer)
            if prefix is None:
                prefix = prefixes[span.layer] = _span_prefix(scheme, span.layer)
            _adopt_span(span, text, ids.new(prefix), extractor.key, speaker_map)
            append(span)
    return doc


class _IdAllocator:
    """Fresh span ids ``<prefix><n>`` for one batch, without rescanning all spans each time.

    The first id of a prefix is one past the largest number in use with it
    (:meth:`Document.new_span_id`); ids after it count up from there and cannot be taken:
    every id in use with that prefix has a smaller number, and an id spelled another way
    (``e05``) never equals the canonical ``e<n>``.
    """

    def __init__(self, doc: Document):
        self.next: dict[str, int] = {}
        self.doc = doc

    def new(self, prefix: str) -> str:
        """An unused id with ``prefix`` (numbers continue past the largest one in use)."""
        n = self.next.get(prefix)
        if n is None:
            n = int(self.doc.new_span_id(prefix)[len(prefix):])
        self.next[prefix] = n + 1
        return f"{prefix}{n}"


def _merge_speakers(doc: Document, speakers: list[Speaker]) -> dict[str, str]:
    """Add result speakers to ``doc`` (reusing one with the same name); local id -> doc id."""
    mapping: dict[str, str] = {}
    by_name = {s.name.casefold(): s for s in doc.speakers}
    for speaker in speakers:
        same = by_name.get(speaker.name.casefold())
        if same is not None:
            if not same.role and speaker.role:
                same.role = speaker.role
            mapping[speaker.id] = same.id
            continue
        local = speaker.id
        speaker.id = doc.new_speaker_id()  # the pipeline owns the result's speakers (base.py)
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


_FINISHED_FIELDS = ("id", "text", "source", "review")


def _adopt_span(span: Span, text: str, span_id: str, source: str,
                speaker_map: dict[str, str]) -> None:
    """Make an extractor's span a document span, in place: id, text sliced from the
    document, ``source``, review ``suggested`` and the speaker id mapped to the document's.

    The pipeline owns the spans an extractor returns (base.py). The fields are written to
    the model's ``__dict__`` (and its set of fields set, so dumps see them) instead of
    building a second validated Span: every value here is a plain str of the validated
    type, and skipping the second validation saves a tenth of the pipeline's time
    (bench/extract_speed.py).
    """
    values = span.__dict__
    values["id"] = span_id
    values["text"] = text[span.start : span.end]
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
