"""nervaluate's four schemes: our sweep against the installed ``nervaluate`` package."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldspan.evaluate import Options, evaluate_documents
from goldspan.evaluate.nerval import SCHEMES, score_scheme
from goldspan.model.document import Document, Span

nervaluate = pytest.importorskip("nervaluate")

LABELS = ["PER", "ORG", "LOC"]
TEXT = "Ông Phạm Minh Đức đến thăm Công ty Sông Hồng ở Hải Phòng hôm qua. " * 2
N = len(TEXT)

span_st = st.tuples(st.integers(0, N - 1), st.integers(1, 12), st.sampled_from(LABELS)).map(
    lambda t: (t[0], min(N, t[0] + t[1]), t[2]))
doc_st = st.tuples(st.lists(span_st, max_size=12), st.lists(span_st, max_size=12))


def _theirs(docs):
    """nervaluate results, spans passed in (start, end, label) order with inclusive ends."""
    true = [[{"label": lb, "start": s, "end": e - 1} for s, e, lb in sorted(g)] for g, _ in docs]
    pred = [[{"label": lb, "start": s, "end": e - 1} for s, e, lb in sorted(p)] for _, p in docs]
    return nervaluate.Evaluator(true, pred, tags=LABELS, loader="dict").evaluate()


def _doc(doc_id: str, spans) -> Document:
    doc = Document(id=doc_id, text=TEXT)
    doc.refresh_hash()
    doc.spans = [Span(id=f"s{k}", layer="entity", label=lb, start=s, end=e, text=TEXT[s:e])
                 for k, (s, e, lb) in enumerate(spans)]
    return doc


def _ours(docs):
    gold = [_doc(f"d{i}", g) for i, (g, _) in enumerate(docs)]
    pred = [_doc(f"d{i}", p) for i, (_, p) in enumerate(docs)]
    return evaluate_documents(gold, pred, Options(layers=("entity",))).to_json()["entity"][
        "nervaluate"]


def _same(ours: dict, theirs) -> None:
    for key in ("correct", "incorrect", "partial", "missed", "spurious", "possible", "actual"):
        assert ours[key] == getattr(theirs, key), key
    for key in ("precision", "recall", "f1"):
        assert ours[key] == pytest.approx(getattr(theirs, key)), key


@settings(max_examples=300, deadline=None)
@given(st.lists(doc_st, min_size=1, max_size=3))
def test_nerval_matches_nervaluate_overall_and_by_label(docs):
    ours = _ours(docs)
    theirs = _theirs(docs)
    for scheme in SCHEMES:
        _same(ours[scheme], theirs["overall"][scheme])
    for label, per in theirs["entities"].items():
        for scheme in SCHEMES:
            _same(ours["by_label"][label][scheme], per[scheme])
    assert set(ours["by_label"]) == set(theirs["entities"])


def test_nerval_hand_made_cases_agree_with_nervaluate():
    gold = [(4, 17, "PER"), (27, 44, "ORG"), (47, 56, "LOC")]
    pred = [(4, 17, "PER"), (27, 33, "ORG"), (47, 56, "ORG"), (60, 63, "PER")]
    theirs = _theirs([(gold, pred)])
    for scheme in SCHEMES:
        ours = score_scheme([(*g, i) for i, g in enumerate(gold)],
                            [(*p, i) for i, p in enumerate(pred)], scheme)
        assert ours.to_dict(scheme)["f1"] == pytest.approx(theirs["overall"][scheme].f1)
    strict = score_scheme([(*g, i) for i, g in enumerate(gold)],
                          [(*p, i) for i, p in enumerate(pred)], "strict")
    assert (strict.correct, strict.incorrect, strict.missed, strict.spurious) == (1, 2, 0, 1)
    partial = score_scheme([(*g, i) for i, g in enumerate(gold)],
                           [(*p, i) for i, p in enumerate(pred)], "partial")
    assert (partial.correct, partial.partial, partial.spurious) == (2, 1, 1)


def test_nerval_long_gold_span_needs_one_percent_overlap():
    # a gold span of 200 characters touched by one character is under 1 %: spurious + missed
    gold = [(0, 200, "ORG", 0)]
    pred = [(199, 203, "ORG", 0)]
    counts = score_scheme(gold, pred, "ent_type")
    assert (counts.correct, counts.spurious, counts.missed) == (0, 1, 1)
