"""The pipeline gives exactly the documents of its frozen copy at 493546f.

Guards the overhead work of issue #3 on ``registry``, ``base`` and ``common``: every text
of ``tests/corpus/**/*.json`` and every demo article is run through the current
:func:`goldspan.extract.registry.run_pipeline` and through the frozen one
(``test_pipeline_reference.py``), with the current extractors on both sides, from equal
starting documents:

- ``bare``: the text alone (what ``goldspan extract`` and the benchmark do);
- ``gold``: the gold document (spans without source or review, speakers);
- ``imported``: the gold zones marked as read by an importer (``html@1``), so zones are
  skipped;
- ``rerun`` / ``rerun-discard``: a pipeline result where the editor accepted, edited,
  added and deleted spans, run again keeping (and not keeping) the reviewed spans;
- ``subset``: gold zones and only ``figures`` then ``entities`` (given in reverse order).

Compared: ``document_to_dict``, ``model_dump(exclude_unset=True)`` of the document, and
for every span and speaker its field values in ``__dict__`` order, its set of fields set
and its extras.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable

import pytest

from goldspan.extract import registry
from goldspan.extract.base import make_span
from goldspan.model.document import Document, Span, document_to_dict, new_document
from tests.extract.snapshot_texts import corpus_gold, demo_texts
from tests.extract.test_pipeline_reference import (
    old_content_ranges,
    old_helpers,
    old_make_span,
    old_paragraph_ranges,
    old_run_pipeline,
)


def _prepared(doc: Document) -> Document:
    """``doc`` after the frozen pipeline and some editing: accepted, edited (relabelled),
    deleted and added spans."""
    with old_helpers():
        old_run_pipeline(doc)
    kept = []
    for i, span in enumerate(doc.spans):
        if i % 9 == 4:
            continue
        if i % 4 == 1:
            span.review = "accepted"
        elif i % 7 == 3:
            span.review = "edited"
            span.label = "MISC" if span.layer == "entity" else span.label
        kept.append(span)
    if doc.text:
        end = min(len(doc.text), 5)
        kept.append(Span(id="e999", layer="entity", label="PER", start=0, end=end,
                         text=doc.text[:end], source="gold", review="added"))
    doc.spans = kept
    return doc


@functools.cache
def _cases() -> list[tuple[str, Callable[[], Document], dict]]:
    """``(name, a function building a fresh starting document, run_pipeline arguments)``."""
    out: list[tuple[str, Callable[[], Document], dict]] = []
    for rel, gold in corpus_gold():
        zones = [s for s in gold.spans if s.layer == "zone"]

        def imported(rel=rel, gold=gold, zones=zones) -> Document:
            doc = new_document(f"{rel}#imported", gold.text)
            doc.spans = [z.model_copy(update={"source": "html@1"}) for z in zones]
            return doc

        def subset(rel=rel, gold=gold, zones=zones) -> Document:
            doc = new_document(f"{rel}#subset", gold.text)
            doc.spans = [z.model_copy() for z in zones]
            return doc

        rerun = _prepared(new_document(f"{rel}#rerun", gold.text))
        out += [
            (f"{rel}#bare", lambda rel=rel, gold=gold: new_document(f"{rel}#bare", gold.text), {}),
            (f"{rel}#gold", lambda gold=gold: copy.deepcopy(gold), {}),
            (f"{rel}#imported", imported, {}),
            (f"{rel}#rerun", lambda rerun=rerun: copy.deepcopy(rerun), {}),
            (f"{rel}#rerun-discard", lambda rerun=rerun: copy.deepcopy(rerun),
             {"keep_reviewed": False}),
            (f"{rel}#subset", subset, {"names": ["figures", "entities"]}),
        ]
    for name, text in demo_texts():
        out.append((name, lambda name=name, text=text: new_document(name, text), {}))
    return out


def _fingerprint(doc: Document) -> list:
    """Everything a dump or a later edit could see of ``doc``."""
    rows: list = [document_to_dict(doc), doc.model_dump(exclude_unset=True),
                  sorted(doc.model_fields_set)]
    for obj in [*doc.speakers, *doc.spans]:
        rows.append((type(obj).__name__, list(obj.__dict__.items()),
                     sorted(obj.model_fields_set), obj.__pydantic_extra__))
    return rows


def test_pipeline_equivalence_same_documents_as_the_frozen_pipeline():
    cases = _cases()
    assert len(cases) > 300
    with old_helpers():
        want = [_fingerprint(old_run_pipeline(build(), **kwargs)) for _, build, kwargs in cases]
    differing = [name for (name, build, kwargs), old in zip(cases, want, strict=True)
                 if _fingerprint(registry.run_pipeline(build(), **kwargs)) != old]
    assert not differing, f"{len(differing)} documents differ: {differing[:8]}"


def test_pipeline_equivalence_cases_are_not_trivial():
    cases = {name: (build, kwargs) for name, build, kwargs in _cases()}
    rerun_build, _ = next(v for k, v in cases.items() if k.endswith("#rerun"))
    doc = rerun_build()
    reviews = {s.review for s in doc.spans}
    assert {"accepted", "edited", "added", "suggested"} <= reviews
    imported_build, _ = next(v for k, v in cases.items() if k.endswith("#imported"))
    before = imported_build()
    after = registry.run_pipeline(imported_build())
    assert [s for s in after.spans if s.layer == "zone"] == before.spans


@pytest.mark.parametrize("args", [
    ("zone", "BODY", 0, 4, "Hà Nội", None),
    ("speech", "QUOTE", 2, 6, "Hà Nội", {"speaker": "s1", "kind": "direct"}),
    ("figure", "MONEY", 0, 0, "", {}),
    ("entity", "PER", 3, 2, "Hà Nội", None),
    ("entity", "PER", -1, 2, "Hà Nội", None),
    ("entity", "PER", 0, 99, "Hà Nội", None),
    ("entity", 3, 0, 2, "Hà Nội", None),
    ("entity", "PER", 0, 2.0, "Hà Nội", None),
    ("entity", "PER", 0, 2, "Hà Nội", [("speaker", "s1")]),
])
def test_pipeline_equivalence_make_span_matches_the_frozen_one(args):
    try:
        want: object = old_make_span(*args)
    except (TypeError, ValueError) as exc:
        with pytest.raises(type(exc)):
            make_span(*args)
        return
    got = make_span(*args)
    assert list(got.__dict__.items()) == list(want.__dict__.items())  # type: ignore[union-attr]
    assert got.model_fields_set == want.model_fields_set  # type: ignore[union-attr]
    assert got.__pydantic_extra__ == {} and got.__pydantic_private__ is None


def test_pipeline_equivalence_common_helpers_match_the_frozen_ones():
    from goldspan.extract import common

    for _rel, gold in corpus_gold():
        bare = new_document("bare", gold.text)
        assert common.paragraph_ranges(gold.text) == old_paragraph_ranges(gold.text)
        assert common.content_ranges(gold) == old_content_ranges(gold)
        assert common.content_ranges(bare) == old_content_ranges(bare)
    assert common.content_ranges(new_document("e", "")) == old_content_ranges(new_document("e", ""))
