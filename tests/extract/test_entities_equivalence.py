"""The ``entities`` extractor gives exactly the spans of a stored snapshot.

Guards speed work on the extractor: every text of ``tests/corpus/**/*.json`` is run twice
(with its gold zone spans, so BYLINE and boilerplate handling count, and with no zones, so
the whole text is content) and every ``goldspan/resources/demo/*.txt`` once (no zones).
The spans (doc id, label, start, end) must equal ``data/entities_snapshot.json``;
articles added to the corpus later are not compared until the snapshot is rewritten.

The snapshot is only rewritten on purpose, when the extractor's behaviour is meant to
change: ``python tests/extract/test_entities_equivalence.py --write``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from goldspan.extract.entities import Entities
from goldspan.extract.entities_tokens import tokenize
from goldspan.model.document import Document, new_document

try:
    from tests.extract.snapshot_texts import corpus_gold, demo_texts, write_snapshot
except ImportError:  # run as a script (--write) from its own folder
    from snapshot_texts import corpus_gold, demo_texts, write_snapshot  # type: ignore[no-redef]

SNAPSHOT = Path(__file__).resolve().parent / "data" / "entities_snapshot.json"


def snapshot_documents() -> list[Document]:
    """The documents of the snapshot, in a fixed order, with their ids."""
    docs: list[Document] = []
    for rel, gold in corpus_gold():
        zoned = new_document(f"{rel}#zones", gold.text)
        zoned.spans = [s for s in gold.spans if s.layer == "zone"]
        docs.append(zoned)
        docs.append(new_document(f"{rel}#bare", gold.text))
    docs += [new_document(name, text) for name, text in demo_texts()]
    return docs


def current_spans() -> dict[str, list[list]]:
    """``doc id -> [[label, start, end], ...]`` (sorted) from the extractor as it is now."""
    ext = Entities()
    out: dict[str, list[list]] = {}
    for doc in snapshot_documents():
        spans = ext.extract(doc).spans
        out[doc.id] = sorted([s.label, s.start, s.end] for s in spans)
    return out


def test_entities_equivalence_matches_snapshot():
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    got = current_spans()
    missing = sorted(set(expected) - set(got))
    assert not missing, f"snapshot documents no longer found: {missing[:5]}"
    diffs = []
    for doc_id, spans in expected.items():
        want = {tuple(x) for x in spans}
        have = {tuple(x) for x in got[doc_id]}
        if want != have or len(spans) != len(got[doc_id]):
            diffs.append((doc_id, sorted(want - have)[:5], sorted(have - want)[:5]))
    assert not diffs, diffs[:5]


def test_entities_equivalence_snapshot_is_not_trivial():
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    labels = {x[0] for spans in expected.values() for x in spans}
    assert labels >= {"PER", "ORG", "LOC", "DOC", "MISC"}
    assert sum(len(v) for v in expected.values()) > 500


if __name__ == "__main__":
    if "--write" in sys.argv:
        write_snapshot(SNAPSHOT, current_spans())


_REFERENCE_TOKEN = re.compile(r"(\W*?)(TP\.(?=\s)|\w+(?:['’&-]\w+)*)", re.UNICODE)


def _reference_tokens(text: str) -> list[tuple]:
    """The tokenizer's definition: one regex pass, each token classed by the gap before it."""
    out: list[tuple] = []
    pos = 0
    for gap, word in _REFERENCE_TOKEN.findall(text):
        s = pos + len(gap)
        pos = s + len(word)
        first = not out
        stripped = gap.strip()
        out.append((s, pos, word, word.lower(), word[0].isupper(),
                    not first and gap.isspace() and "\n" not in gap,
                    first or (bool(stripped) and stripped[-1] in set(".!?:;…\"“”'(")),
                    stripped in ("-", "–") and gap[:1] == " " and gap[-1:] == " "))
    return out


@pytest.mark.parametrize("text", [
    "Ông Lê Văn Tám ở TP. Hồ Chí Minh, TP.HCM và (TP. Huế) rồi về TP.",
    "“Chúng tôi” nói: (TTXVN) - Sáng 12/9, COVID-19 ở M'Đrắk; Nội, abc_ _abc a_b",
    "  hai  dấu cách\tvà tab\u00a0nbsp - gạch - đầu – dòng -- x-y 'a' ’b’ & c&d 😀 Hà😀Nội",
    "", "   ", "-", "TP", "TP.", "(TP.", ".TP. x", "a.", ".a", "_", "x_", "…Hà Nội…",
])
def test_entities_equivalence_tokenizer_matches_its_pattern(text):
    got = [(t.start, t.end, t.text, t.lower, t.cap, t.joined, t.initial, t.dash)
           for t in tokenize(text, 0, len(text))]
    assert got == _reference_tokens(text)
