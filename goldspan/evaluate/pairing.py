"""Pair gold and predicted documents by ``id``.

Every gold document yields one :class:`Pair`: with its prediction, with ``pred = None``
when there is none (all its spans then count as missed), or marked ``mismatch`` when the
two texts differ (left out of the scores). Each of these cases, duplicate ids and
predictions without a gold document are also reported as problem strings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from goldspan.model.document import Document


@dataclass(slots=True)
class Pair:
    """A gold document and its prediction (None when missing)."""

    gold: Document
    pred: Document | None
    mismatch: bool = False


def pair_documents(gold: Iterable[Document],
                   pred: Iterable[Document]) -> tuple[list[Pair], list[str]]:
    """Pairs in gold order and the problems found (see the module docstring)."""
    problems: list[str] = []
    by_id: dict[str, Document] = {}
    for doc in pred:
        if doc.id in by_id:
            problems.append(f"prediction {doc.id!r} appears more than once; "
                            "the first one is used")
            continue
        by_id[doc.id] = doc
    pairs: list[Pair] = []
    seen: set[str] = set()
    for doc in gold:
        if doc.id in seen:
            problems.append(f"gold document {doc.id!r} appears more than once; "
                            "the first one is used")
            continue
        seen.add(doc.id)
        p = by_id.get(doc.id)
        if p is None:
            problems.append(f"document {doc.id!r}: no prediction; its {len(doc.spans)} "
                            "span(s) count as missed")
            pairs.append(Pair(doc, None))
        elif p.text != doc.text:
            problems.append(f"document {doc.id!r}: the prediction's text differs from the gold "
                            f"text ({_first_difference(doc.text, p.text)}); left out of the scores")
            pairs.append(Pair(doc, p, mismatch=True))
        else:
            pairs.append(Pair(doc, p))
    for pid in by_id:
        if pid not in seen:
            problems.append(f"prediction {pid!r} has no gold document; ignored")
    return pairs, problems


def _first_difference(a: str, b: str) -> str:
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return f"first difference at character {i}"
    return f"lengths {len(a)} and {len(b)}"
