"""The ``spacy`` exporter: a spaCy ``DocBin`` (``.spacy``), optional extra ``spacy``.

Each document becomes a ``Doc`` whose tokens are goldspan's syllable tokens
(:func:`~goldspan.io.formats.common.tokens`) with whitespace kept exactly, so
``doc.text`` equals the gold text and every span that starts and ends on token edges maps
to a token span. ``doc.ents`` holds the flat entity layer (spans nested in or overlapping
an earlier one, and spans cutting a token, are reported through ``warn``); every exported
layer is a span group ``doc.spans[layer]`` (overlaps allowed). ``doc.user_data`` keeps
the goldspan id, meta, span ids and attrs. spaCy is imported only when exporting; without
it the exporter says how to install it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from goldspan.io.atomic import atomic_write_bytes
from goldspan.io.formats.common import Warn, ignore_warning, selected_spans, tokens
from goldspan.io.formats.conll import flat_spans
from goldspan.io.registry import Exporter, register_exporter
from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError


def words_and_spaces(text: str) -> tuple[list[str], list[bool], list[int]]:
    """spaCy ``words``/``spaces`` reproducing ``text`` exactly, and each word's start offset.

    A single space after a token is its ``space``; any other whitespace run becomes a
    whitespace token of its own.
    """
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    pos = 0
    for start, end in tokens(text) + [(len(text), len(text))]:
        gap = text[pos:start]
        if gap:
            if gap == " " and words and not words[-1].isspace():
                spaces[-1] = True
            else:
                words.append(gap)
                spaces.append(False)
                starts.append(pos)
        if start < end:
            words.append(text[start:end])
            spaces.append(False)
            starts.append(start)
        pos = end
    return words, spaces, starts


def to_spacy_doc(doc: Document, vocab: Any, layers: Iterable[str] | None = None,
                 warn: Warn = ignore_warning) -> Any:
    """The spaCy ``Doc`` of ``doc`` (see the module contract)."""
    from spacy.tokens import Doc

    words, spaces, _ = words_and_spaces(doc.text)
    sdoc = Doc(vocab, words=words, spaces=spaces)
    if sdoc.text != doc.text:  # cannot happen with words_and_spaces; guard the offsets
        raise GoldspanError(f"document {doc.id!r}: spaCy tokens do not reproduce the text")
    spans = selected_spans(doc, layers)
    groups: dict[str, list[Any]] = {}
    for span in spans:
        sspan = sdoc.char_span(span.start, span.end, label=span.label)
        if sspan is None:
            warn(f"document {doc.id!r}, span {span.id!r} {span.label} {span.text[:40]!r}: "
                 "its edges cut a token; not in the DocBin")
            continue
        groups.setdefault(span.layer, []).append(sspan)
    for layer, group in groups.items():
        sdoc.spans[layer] = group
    if "entity" in {s.layer for s in spans}:
        ents = [sdoc.char_span(s.start, s.end, label=s.label)
                for s in flat_spans(doc, "entity", warn)]
        sdoc.ents = [e for e in ents if e is not None]
    sdoc.user_data["goldspan"] = {
        "id": doc.id, "meta": doc.meta, "status": doc.status,
        "spans": [{"id": s.id, "layer": s.layer, "start": s.start, "end": s.end,
                   "attrs": s.attrs} for s in spans]}
    return sdoc


def write_spacy(docs: Iterable[Document], out: str | Path, layers: list[str] | None = None,
                warn: Warn | None = None, **_: object) -> None:
    """Write the DocBin file ``out``."""
    try:
        import spacy
        from spacy.tokens import DocBin
    except ImportError:
        raise GoldspanError("the spacy export needs spaCy: pip install 'goldspan[spacy]'") from None
    vocab = spacy.blank("xx").vocab
    docbin = DocBin(store_user_data=True)
    for doc in docs:
        docbin.add(to_spacy_doc(doc, vocab, layers, warn or ignore_warning))
    atomic_write_bytes(out, docbin.to_bytes())


register_exporter(Exporter("spacy", "spaCy DocBin (.spacy); needs the 'spacy' extra",
                           write_spacy, {"out": "file"}))
