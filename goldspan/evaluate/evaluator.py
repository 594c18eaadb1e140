"""Evaluate predicted documents against gold: the entry point of ``goldspan.evaluate``.

:func:`evaluate_documents` pairs documents by id (``pairing``), scores each pair layer by
layer (``layers``) and returns an :class:`Evaluation` with micro-summed scores, per-document
scores, the problems found and, when ``collect_errors`` is set, every error with its
context and the label confusion counts (``diff``). A gold document without prediction is
scored against an empty one; a pair whose texts differ is left out.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from goldspan.evaluate import diff
from goldspan.evaluate.layers import SpanLayerScores, SpeechScores, ZoneScores
from goldspan.evaluate.matching import Item
from goldspan.evaluate.pairing import Pair, pair_documents
from goldspan.evaluate.prf import PRF
from goldspan.evaluate.zones import paragraph_labels, paragraphs
from goldspan.model.document import Document

LAYERS: tuple[str, ...] = ("zone", "entity", "figure", "speech")


@dataclass
class Options:
    """What to score: layers, an optional label filter, and whether to collect errors.

    ``labels``: only spans with these labels are scored; for zones, only paragraphs whose
    gold or predicted label is one of them.
    """

    layers: tuple[str, ...] = LAYERS
    labels: frozenset[str] | None = None
    collect_errors: bool = False
    min_overlap_percentage: float = 1.0


@dataclass
class DocScore:
    """Scores of one document (``status``: ``ok``, ``missing`` or ``mismatch``)."""

    id: str
    status: str
    paragraphs: int = 0
    zone_agree: int = 0
    layers: dict[str, PRF] = field(default_factory=dict)

    @property
    def zone_accuracy(self) -> float:
        """Share of paragraphs whose zone labels agree (0 with no paragraph)."""
        return self.zone_agree / self.paragraphs if self.paragraphs else 0.0


@dataclass
class Evaluation:
    """The result of :func:`evaluate_documents`."""

    options: Options
    documents: int = 0
    problems: list[str] = field(default_factory=list)
    zone: ZoneScores = field(default_factory=ZoneScores)
    entity: SpanLayerScores = field(default_factory=lambda: SpanLayerScores("entity"))
    figure: SpanLayerScores = field(default_factory=lambda: SpanLayerScores("figure"))
    speech: SpeechScores = field(default_factory=SpeechScores)
    per_document: list[DocScore] = field(default_factory=list)
    errors: list[diff.ErrorItem] = field(default_factory=list)
    confusion: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` shape of issue 6 (only the evaluated layers)."""
        out: dict[str, Any] = {"documents": self.documents}
        for layer in LAYERS:
            if layer in self.options.layers:
                out[layer] = getattr(self, layer).to_json()
        out["problems"] = list(self.problems)
        return out


def split_layers(doc: Document | None, layers: Iterable[str],
                 labels: frozenset[str] | None = None) -> dict[str, list[Item]]:
    """The spans of ``doc`` as sorted :data:`Item` tuples per layer (labels filtered)."""
    out: dict[str, list[Item]] = {layer: [] for layer in layers}
    if doc is None:
        return out
    get = out.get
    for i, s in enumerate(doc.spans):
        f = s.__dict__  # pydantic keeps field values here; reading it is ~3x faster
        bucket = get(f["layer"])
        if bucket is not None and (labels is None or f["label"] in labels
                                   or f["layer"] == "zone"):
            bucket.append((f["start"], f["end"], f["label"], i))
    for bucket in out.values():
        bucket.sort()
    return out


def evaluate_documents(gold: Iterable[Document], pred: Iterable[Document],
                       options: Options | None = None) -> Evaluation:
    """Pair, score and sum (see the module docstring)."""
    options = options or Options()
    paused = gc.isenabled()
    gc.disable()  # no reference cycles are made here; collections would only rescan input
    try:
        return _evaluate(gold, pred, options)
    finally:
        if paused:
            gc.enable()


def _evaluate(gold: Iterable[Document], pred: Iterable[Document], options: Options
              ) -> Evaluation:
    pairs, problems = pair_documents(gold, pred)
    ev = Evaluation(options=options, problems=problems)
    ev.zone = ZoneScores(options.labels)
    ev.entity = SpanLayerScores("entity", options.min_overlap_percentage)
    ev.figure = SpanLayerScores("figure", options.min_overlap_percentage)
    for pair in pairs:
        if pair.mismatch:
            ev.per_document.append(DocScore(pair.gold.id, "mismatch"))
            continue
        ev.documents += 1
        ev.per_document.append(_score_pair(ev, pair))
    return ev


def _score_pair(ev: Evaluation, pair: Pair) -> DocScore:
    opts = ev.options
    gdoc, pdoc = pair.gold, pair.pred
    g = split_layers(gdoc, opts.layers, opts.labels)
    p = split_layers(pdoc, opts.layers, opts.labels)
    score = DocScore(gdoc.id, "ok" if pdoc is not None else "missing")
    if "zone" in opts.layers:  # the paragraphs and their labels, once per document
        paras = paragraphs(gdoc.text)
        gz, pz = paragraph_labels(paras, g["zone"]), paragraph_labels(paras, p["zone"])
        score.zone_agree, score.paragraphs = ev.zone.add_labels(gz, pz)
        if opts.collect_errors:
            ev.errors.extend(diff.zone_errors(gdoc, g["zone"], p["zone"], opts.labels,
                                              (paras, gz, pz)))
    for layer in ("entity", "figure"):
        if layer in opts.layers:
            acc: SpanLayerScores = getattr(ev, layer)
            strict, _over, spairs = acc.add(gdoc, pdoc, g[layer], p[layer],
                                            want_pairs=opts.collect_errors)
            score.layers[layer] = strict
            if opts.collect_errors:
                errors, confusion = diff.span_errors(layer, gdoc, pdoc, g[layer], p[layer],
                                                     spairs)
                ev.errors.extend(errors)
                ev.confusion.setdefault(layer, Counter()).update(confusion)
    if "speech" in opts.layers:
        span, att, pairs = ev.speech.add(gdoc, pdoc, g["speech"], p["speech"])
        score.layers["speech"] = span
        score.layers["attribution"] = att
        if opts.collect_errors:
            ev.errors.extend(diff.speech_errors(gdoc, pdoc, g["speech"], p["speech"], pairs))
    if opts.collect_errors and "zone" in opts.layers:
        ev.confusion.setdefault("zone", Counter())
        ev.confusion["zone"] = ev.zone.confusion
    return score
