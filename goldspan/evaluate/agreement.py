"""Agreement between two annotators: Cohen's kappa over syllables, per layer.

Each syllable (a run of word characters, hyphen-joined parts kept) of a document gets, from
each annotator and for each layer, the label of the earliest span by (start, end) of that
layer that shares a character with it, or ``O``. Kappa = (pₒ - pₑ) / (1 - pₑ) with pₒ the
observed agreement and pₑ the agreement expected from each annotator's label shares (1.0
when pₑ = 1 and the two agree everywhere). The span-level agreement (pairwise F1) is the
evaluation of one annotator against the other (``evaluate_documents``), which is symmetric
for F1.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from goldspan.model.document import Document

OUTSIDE = "O"
_SYLLABLE = re.compile(r"\w+(?:[-'’]\w+)*")


def syllables(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each syllable of ``text``."""
    return [m.span() for m in _SYLLABLE.finditer(text)]


def syllable_labels(doc: Document, layer: str, syls: list[tuple[int, int]]) -> list[str]:
    """The label of each syllable in ``layer`` by the rule of the module docstring."""
    labels = [OUTSIDE] * len(syls)
    ends = [e for _, e in syls]
    for s in sorted((s for s in doc.spans if s.layer == layer),
                    key=lambda s: (s.start, s.end, s.label)):
        k = bisect_right(ends, s.start)  # first syllable ending after the span starts
        while k < len(syls) and syls[k][0] < s.end:
            if labels[k] is OUTSIDE:
                labels[k] = s.label
            k += 1
    return labels


def cohen_kappa(a: list[str], b: list[str]) -> tuple[float, float]:
    """``(kappa, observed agreement)`` of two equally long label sequences."""
    n = len(a)
    if n != len(b):
        raise ValueError("label sequences differ in length")
    if not n:
        return 1.0, 1.0
    observed = sum(1 for x, y in zip(a, b, strict=True) if x == y) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    if expected >= 1.0:
        return (1.0 if observed == 1.0 else 0.0), observed
    return (observed - expected) / (1 - expected), observed


@dataclass
class LayerKappa:
    """Kappa of one layer with the syllable labels it was computed from."""

    layer: str
    a: list[str] = field(default_factory=list)
    b: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """``{"kappa", "observed", "syllables"}``."""
        kappa, observed = cohen_kappa(self.a, self.b)
        return {"kappa": kappa, "observed": observed, "syllables": len(self.a)}


def kappa_by_layer(pairs: list[tuple[Document, Document]],
                   layers: tuple[str, ...]) -> dict[str, LayerKappa]:
    """Syllable labels of every pair of documents (same text) pooled per layer."""
    out = {layer: LayerKappa(layer) for layer in layers}
    for a, b in pairs:
        syls = syllables(a.text)
        for layer in layers:
            out[layer].a.extend(syllable_labels(a, layer, syls))
            out[layer].b.extend(syllable_labels(b, layer, syls))
    return out
