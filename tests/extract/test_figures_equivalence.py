"""The ``figures`` extractor gives exactly the spans and values of a stored snapshot.

Guards speed work on the extractor: every text of ``tests/corpus/**/*.json`` and
``goldspan/resources/demo/*.txt`` is put in a fresh document and run through
:func:`goldspan.extract.registry.run_pipeline` with ``["zones", "figures"]`` (as the default
pipeline does), and once more through the figures extractor alone on a document without
zones (the whole text is content, so more numbers are exercised). The figure spans (doc id,
label, start, end, attrs) must equal ``data/figures_snapshot.*.json`` (four shards); articles added to the
corpus later are not compared until the snapshot is rewritten.

The snapshot is only rewritten on purpose, when the extractor's behaviour is meant to
change: ``python tests/extract/test_figures_equivalence.py --write``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from goldspan.extract.figures import FiguresExtractor
from goldspan.extract.registry import run_pipeline
from goldspan.model.document import new_document

try:
    from tests.extract.snapshot_texts import all_texts, read_snapshot, write_snapshot
except ImportError:  # run as a script (--write) from its own folder
    from snapshot_texts import all_texts, read_snapshot, write_snapshot  # type: ignore[no-redef]

SNAPSHOT = Path(__file__).resolve().parent / "data" / "figures_snapshot.json"
SHARDS = 4  # figures_snapshot.0.json … .3.json: each well under 2 MB


def current_spans() -> dict[str, list[list]]:
    """``doc id -> [[label, start, end, attrs], ...]`` (sorted) from the code as it is now."""
    out: dict[str, list[list]] = {}
    bare_ext = FiguresExtractor()
    for name, text in all_texts():
        doc = run_pipeline(new_document(f"{name}#zones", text), ["zones", "figures"])
        out[doc.id] = _rows(s for s in doc.spans if s.layer == "figure")
        bare = new_document(f"{name}#bare", text)
        out[bare.id] = _rows(bare_ext.extract(bare).spans)
    return out


def _rows(spans) -> list[list]:
    """Comparable rows of figure spans; attrs go through JSON like the snapshot does."""
    rows = [[s.label, s.start, s.end, json.loads(json.dumps(s.attrs, sort_keys=True))]
            for s in spans]
    return sorted(rows, key=lambda r: (r[1], r[2], r[0], json.dumps(r[3], sort_keys=True)))


def test_figures_equivalence_matches_snapshot():
    expected = read_snapshot(SNAPSHOT)
    got = current_spans()
    # articles added to the corpus after the snapshot are not compared until it is rewritten
    assert set(expected) <= set(got), "documents of the snapshot are gone from the corpus"
    diffs = []
    for doc_id, rows in expected.items():
        if rows != got[doc_id]:
            want = [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows]
            have = [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in got[doc_id]]
            diffs.append((doc_id, sorted(set(want) - set(have))[:5],
                          sorted(set(have) - set(want))[:5]))
    assert not diffs, diffs[:5]


def test_figures_equivalence_snapshot_is_not_trivial():
    expected = read_snapshot(SNAPSHOT)
    labels = {r[0] for rows in expected.values() for r in rows}
    assert labels >= {"QUANTITY", "PERCENT", "MONEY", "DATE"}
    assert sum(len(v) for v in expected.values()) > 300
    assert any(r[3].get("approx") for rows in expected.values() for r in rows)


if __name__ == "__main__":
    if "--write" in sys.argv:
        write_snapshot(SNAPSHOT, current_spans(), SHARDS)
