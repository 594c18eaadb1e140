"""The extractor pipeline as it was at revision 493546f (before the overhead work of issue #3).

A frozen copy of ``goldspan/extract/registry.py``'s ``_run`` (with its id allocator,
speaker merge and span adoption), ``base.make_span`` and ``common.content_ranges`` /
``common.paragraph_ranges`` at that revision. ``test_pipeline_equivalence.py`` runs it
beside the current pipeline on the same inputs and the current extractors: while it runs,
the extractor modules' ``make_span``, ``content_ranges`` and ``paragraph_ranges`` are the
frozen ones (:func:`old_helpers`), so only the pipeline's own code differs between the two
sides. Keep this file unchanged: it is the contract, not code to improve.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from goldspan.extract import base, common, registry
from goldspan.model.document import Document, Span, Speaker
from goldspan.model.errors import GoldspanError, Problem
from goldspan.model.scheme import LabelScheme, default_scheme

# -- base.make_span at 493546f ------------------------------------------------------------
_new_object = object.__new__
_set = object.__setattr__
_SPAN_FIELDS = frozenset(("id", "layer", "label", "start", "end", "text", "attrs"))


def old_make_span(layer: str, label: str, start: int, end: int, text: str,
                  attrs: dict | None = None) -> Span:
    """``base.make_span`` at 493546f."""
    if type(start) is not int or type(end) is not int or not 0 <= start <= end <= len(text):
        raise ValueError(f"bad span range {start!r}..{end!r} for a text of {len(text)}")
    if type(layer) is not str or type(label) is not str or not (
            attrs is None or type(attrs) is dict):
        raise TypeError(f"bad span fields: layer {layer!r}, label {label!r}, attrs {attrs!r}")
    span = _new_object(Span)
    _set(span, "__dict__", {"id": "_", "layer": layer, "label": label, "start": start,
                            "end": end, "text": text[start:end], "attrs": attrs,
                            "source": None, "review": None})
    _set(span, "__pydantic_fields_set__", set(_SPAN_FIELDS))
    _set(span, "__pydantic_extra__", {})
    _set(span, "__pydantic_private__", None)
    return span


# -- common at 493546f ---------------------------------------------------------------------
def old_paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """``common.paragraph_ranges`` at 493546f."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def old_content_ranges(doc: Document, scheme: LabelScheme | None = None) -> list[tuple[int, int]]:
    """``common.content_ranges`` at 493546f."""
    scheme = scheme or default_scheme()
    zones = [s for s in doc.spans if s.layer == "zone"]
    if not zones:
        return [(0, len(doc.text))] if doc.text else []
    wanted = set(scheme.content_zones)
    ranges = sorted((s.start, s.end) for s in zones if s.label in wanted)
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@contextmanager
def old_helpers() -> Iterator[None]:
    """While inside, every ``goldspan.extract`` module's ``make_span``, ``content_ranges``
    and ``paragraph_ranges`` that is the current helper is the frozen one instead."""
    registry.available()
    swaps = {base.make_span: old_make_span, common.content_ranges: old_content_ranges,
             common.paragraph_ranges: old_paragraph_ranges}
    undo: list[tuple[object, str, object]] = []
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith("goldspan.extract"):
            continue
        for attr, value in list(vars(module).items()):
            try:
                new = swaps.get(value)
            except TypeError:  # an unhashable module attribute
                continue
            if new is not None:
                undo.append((module, attr, value))
                setattr(module, attr, new)
    try:
        yield
    finally:
        for module, attr, value in reversed(undo):
            setattr(module, attr, value)


# -- registry._run at 493546f --------------------------------------------------------------
def old_run_pipeline(doc: Document, names: Sequence[str] | None = None,
                     keep_reviewed: bool = True, scheme: LabelScheme | None = None) -> Document:
    """``registry.run_pipeline`` at 493546f (the garbage collector left as it is)."""
    scheme = scheme or default_scheme()
    get, available, order = registry.get, registry.available, registry.order
    chosen = [get(n) for n in (names if names else registry.default_names())]
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
        except Exception as exc:
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
    def __init__(self, doc: Document):
        self.next: dict[str, int] = {}
        self.doc = doc

    def new(self, prefix: str) -> str:
        n = self.next.get(prefix)
        if n is None:
            n = int(self.doc.new_span_id(prefix)[len(prefix):])
        self.next[prefix] = n + 1
        return f"{prefix}{n}"


def _merge_speakers(doc: Document, speakers: list[Speaker]) -> dict[str, str]:
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
        speaker.id = doc.new_speaker_id()
        doc.speakers.append(speaker)
        by_name[speaker.name.casefold()] = speaker
        mapping[local] = speaker.id
    return mapping


def _span_prefix(scheme: LabelScheme, layer: str) -> str:
    try:
        return scheme.layer(layer).span_prefix
    except KeyError:
        return layer[:1] or "x"


_FINISHED_FIELDS = ("id", "text", "source", "review")


def _adopt_span(span: Span, text: str, span_id: str, source: str,
                speaker_map: dict[str, str]) -> None:
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


def test_pipeline_reference_make_span_equals_a_validated_span():
    text = "Bà Lan nói."
    made = old_make_span("speech", "QUOTE", 3, 6, text, {"speaker": "s1"})
    built = Span(id="_", layer="speech", label="QUOTE", start=3, end=6, text="Lan",
                 attrs={"speaker": "s1"})
    assert made.__dict__ == built.__dict__
    assert made.model_fields_set == built.model_fields_set
    assert made.model_dump(exclude_unset=True) == built.model_dump(exclude_unset=True)


def test_pipeline_reference_old_helpers_swaps_and_restores():
    from goldspan.extract import entities

    current = entities.make_span
    with old_helpers():
        assert entities.make_span is old_make_span
        assert entities.content_ranges is old_content_ranges
    assert entities.make_span is current
