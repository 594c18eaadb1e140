"""The ``zones`` and ``speech`` extractors give exactly the spans of a stored snapshot.

Guards speed work on both extractors: every text of ``tests/corpus/**/*.json`` and of
``goldspan/resources/demo/*.txt`` goes, as a fresh document (no spans, no speakers),
through ``run_pipeline(doc, ["zones", "speech"])``. The zone and speech spans (doc id,
layer, label, start, end, attrs with the speaker's name in place of its id) and the
speaker cast (name, role) must equal ``data/speech_snapshot.json``; articles added to
the corpus later are not compared until the snapshot is rewritten.

The snapshot is only rewritten on purpose, when the extractors' behaviour is meant to
change: ``python tests/extract/test_speech_equivalence.py --write``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from goldspan.extract.registry import run_pipeline
from goldspan.extract.speech_cast import alternation
from goldspan.model.document import Document, new_document

try:
    from tests.extract.snapshot_texts import all_texts
except ImportError:  # run as a script (--write) from its own folder
    from snapshot_texts import all_texts  # type: ignore[no-redef]

SNAPSHOT = Path(__file__).resolve().parent / "data" / "speech_snapshot.json"


def snapshot_documents() -> list[Document]:
    """Fresh documents of every corpus and demo text, in a fixed order, with their ids."""
    return [new_document(name, text) for name, text in all_texts()]


def _attrs(attrs: dict[str, Any] | None, names: dict[str, str]) -> dict[str, Any] | None:
    if attrs is None:
        return None
    out = dict(attrs)
    if isinstance(out.get("speaker"), str):
        out["speaker"] = names.get(out["speaker"], "?" + out["speaker"])
    return out


def describe(doc: Document) -> dict[str, Any]:
    """The zone and speech spans and the speaker cast of ``doc``, independent of ids."""
    names = {s.id: s.name for s in doc.speakers}
    spans = sorted(
        ([s.layer, s.label, s.start, s.end, _attrs(s.attrs, names)]
         for s in doc.spans if s.layer in ("zone", "speech")),
        key=lambda x: (x[0], x[2], x[3], x[1], json.dumps(x[4], sort_keys=True)))
    cast = sorted([s.name, s.role] for s in doc.speakers)
    return {"spans": spans, "speakers": cast}


def current() -> dict[str, dict[str, Any]]:
    """``doc id -> description`` from the extractors as they are now."""
    out: dict[str, dict[str, Any]] = {}
    for doc in snapshot_documents():
        run_pipeline(doc, ["zones", "speech"])
        out[doc.id] = json.loads(json.dumps(describe(doc)))  # tuples -> lists, as stored
    return out


def test_speech_equivalence_matches_snapshot():
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    got = current()
    missing = sorted(set(expected) - set(got))
    assert not missing, f"snapshot documents no longer found: {missing[:5]}"
    diffs = []
    for doc_id, want in expected.items():
        have = got[doc_id]
        if want["speakers"] != have["speakers"]:
            diffs.append((doc_id, "speakers", want["speakers"], have["speakers"]))
        if want["spans"] != have["spans"]:
            lost = [x for x in want["spans"] if x not in have["spans"]][:5]
            new = [x for x in have["spans"] if x not in want["spans"]][:5]
            diffs.append((doc_id, "spans", lost, new))
    assert not diffs, diffs[:5]


def test_speech_equivalence_snapshot_is_not_trivial():
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    layers = {x[0] for d in expected.values() for x in d["spans"]}
    assert layers == {"zone", "speech"}
    speech = [x for d in expected.values() for x in d["spans"] if x[0] == "speech"]
    assert len(speech) > 100
    assert sum(1 for x in speech if x[4] and x[4].get("speaker")) > 50
    assert sum(len(d["speakers"]) for d in expected.values()) > 30


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def test_speech_equivalence_trie_alternation_matches_plain():
    words = ["nói", "nói thêm", "nhấn mạnh", "cho biết", "cho biết thêm", "cho rằng", "Bộ trưởng",
             "bộ trưởng bộ", "ông", "ông bà", "a.b", "(x)"]
    text = ("Ông bà Bộ trưởng Bộ Y tế cho biết thêm, ông nói thêmx rồi nói. Cho rằng a.b (x) "
            "BỘ TRƯỞNG bộ nhấn mạnh cho biết")
    for flags, ignore in ((0, False), (re.IGNORECASE, True)):
        for tail in ("", r"(?!\w)", r"\s+\S"):
            plain = re.compile(rf"(?<!\w)(?:{_plain(words)}){tail}", flags)
            trie = re.compile(rf"(?<!\w){alternation(words, ignore)}{tail}", flags)
            assert ([m.span() for m in plain.finditer(text)]
                    == [m.span() for m in trie.finditer(text)])
            for i in range(len(text)):
                a, b = plain.match(text, i), trie.match(text, i)
                assert (a and a.span()) == (b and b.span()), (flags, tail, i)


if __name__ == "__main__":
    if "--write" in sys.argv:
        SNAPSHOT.write_text(json.dumps(current(), ensure_ascii=False, indent=0) + "\n",
                            encoding="utf-8")
        print(f"wrote {SNAPSHOT}")
    else:
        print(__doc__)
