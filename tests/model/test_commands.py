"""Tests of edit commands: each one applies and reverts exactly; random sequences keep
every invariant (property test)."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from goldspan.model.commands import (
    AddSpan,
    AddSpeaker,
    CommandError,
    Compound,
    DeleteSpan,
    DeleteSpans,
    History,
    MergeSpeakers,
    SetAttribute,
    SetStatus,
    UpdateSpeaker,
    relabel,
    resize,
    set_review,
    set_speaker,
)
from goldspan.model.document import Span, Speaker, check_document, document_to_dict


def _snapshot(doc):
    return copy.deepcopy(document_to_dict(doc))


def test_commands_add_sets_text_and_reverts(small_doc):
    before = _snapshot(small_doc)
    cmd = AddSpan(Span(id="e9", layer="entity", label="ORG", start=0, end=6, text=""))
    change = cmd.apply(small_doc)
    assert change.added == {"e9"}
    assert small_doc.span_by_id("e9").text == "Hà Nội"
    cmd.revert(small_doc)
    assert _snapshot(small_doc) == before


def test_commands_add_refuses_bad_offsets_and_duplicate_ids(small_doc):
    with pytest.raises(CommandError):
        AddSpan(Span(id="x", layer="entity", label="PER", start=5, end=5, text="")).apply(small_doc)
    with pytest.raises(CommandError):
        AddSpan(Span(id="e1", layer="entity", label="PER", start=0, end=2, text="")).apply(small_doc)
    with pytest.raises(CommandError):
        AddSpan(Span(id="q9", layer="speech", label="TURN", start=0, end=2, text="",
                     attrs={"speaker": "nobody"})).apply(small_doc)


def test_commands_delete_restores_position(small_doc):
    before = _snapshot(small_doc)
    cmd = DeleteSpan("e1")
    cmd.apply(small_doc)
    assert "e1" not in [s.id for s in small_doc.spans]
    cmd.revert(small_doc)
    assert _snapshot(small_doc) == before


def test_commands_delete_spans_restores_every_position(small_doc):
    before = _snapshot(small_doc)
    ids = [s.id for s in small_doc.spans]
    gone = [ids[-1], ids[0]] + ids[2:3]
    cmd = DeleteSpans(gone + [ids[0]])  # a repeated id counts once
    change = cmd.apply(small_doc)
    assert change.removed == frozenset(gone)
    assert [s.id for s in small_doc.spans] == [i for i in ids if i not in gone]
    assert cmd.label == f"Delete {len(gone)} spans"
    assert cmd.revert(small_doc).added == frozenset(gone)
    assert _snapshot(small_doc) == before
    cmd.apply(small_doc)  # redo after undo
    assert [s.id for s in small_doc.spans] == [i for i in ids if i not in gone]


def test_commands_delete_spans_unknown_id_changes_nothing(small_doc):
    before = _snapshot(small_doc)
    first = small_doc.spans[0].id
    with pytest.raises(CommandError, match="'nope'"):
        DeleteSpans([first, "nope"]).apply(small_doc)
    assert _snapshot(small_doc) == before


def test_commands_relabel_resize_review(small_doc):
    before = _snapshot(small_doc)
    history = History(small_doc)
    history.do(relabel("e1", "ORG", review="edited"))
    history.do(resize("e2", small_doc.span_by_id("e2").start + 7, small_doc.span_by_id("e2").end))
    history.do(set_review("f1", "accepted"))
    assert small_doc.span_by_id("e1").label == "ORG"
    assert small_doc.span_by_id("e1").review == "edited"
    assert small_doc.span_by_id("e2").text == "Văn An"
    assert small_doc.span_by_id("f1").review == "accepted"
    assert check_document(small_doc) == []
    while history.undo():
        pass
    assert _snapshot(small_doc) == before
    history.redo()
    assert small_doc.span_by_id("e1").label == "ORG"


def test_commands_resize_refuses_empty_range(small_doc):
    with pytest.raises(CommandError):
        resize("e1", 3, 3).apply(small_doc)


def test_commands_set_attribute_and_remove(small_doc):
    before = _snapshot(small_doc)
    cmds = [SetAttribute("f1", "value", 93), SetAttribute("f1", "unit", None, remove=True),
            SetAttribute("e1", "norm", "Hà Nội")]
    for cmd in cmds:
        cmd.apply(small_doc)
    assert small_doc.span_by_id("f1").attrs == {"value": 93}
    assert small_doc.span_by_id("e1").attrs == {"norm": "Hà Nội"}
    for cmd in reversed(cmds):
        cmd.revert(small_doc)
    assert _snapshot(small_doc) == before


def test_commands_speakers_add_rename_merge(small_doc):
    before = _snapshot(small_doc)
    history = History(small_doc)
    history.do(AddSpeaker(Speaker(id="s2", name="An", role=None)))
    history.do(UpdateSpeaker("s2", name="Nguyễn An", role="Phóng viên"))
    history.do(set_speaker("q1", "s2"))
    assert small_doc.span_by_id("q1").speaker == "s2"
    history.do(MergeSpeakers(keep="s1", drop="s2"))
    assert [s.id for s in small_doc.speakers] == ["s1"]
    assert small_doc.span_by_id("q1").speaker == "s1"
    assert check_document(small_doc) == []
    with pytest.raises(CommandError):
        set_speaker("q1", "s7").apply(small_doc)
    while history.undo():
        pass
    assert _snapshot(small_doc) == before


def test_commands_status_and_compound_rollback(small_doc):
    before = _snapshot(small_doc)
    SetStatus("done").apply(small_doc)
    assert small_doc.status == "done"
    with pytest.raises(CommandError):
        SetStatus("finished")
    small_doc.status = "todo"
    bad = Compound([relabel("e1", "ORG"), DeleteSpan("nope")], label="two")
    with pytest.raises(CommandError):
        bad.apply(small_doc)
    assert _snapshot(small_doc) == before


# -- property test ---------------------------------------------------------------------------

LABELS = {"entity": ["PER", "ORG", "LOC"], "figure": ["QUANTITY", "DATE"], "speech": ["QUOTE"]}


@st.composite
def command_for(draw, doc):
    """A random command that is valid for ``doc`` as it is now."""
    n = len(doc.text)
    span_ids = [s.id for s in doc.spans]
    kinds = ["add", "speaker", "status"]
    if span_ids:
        kinds += ["delete", "delete_many", "relabel", "resize", "attr", "review"]
    if len(doc.speakers) >= 2:
        kinds += ["merge", "set_speaker"]
    kind = draw(st.sampled_from(kinds))
    if kind == "add":
        start = draw(st.integers(0, n - 1))
        end = draw(st.integers(start + 1, n))
        layer = draw(st.sampled_from(sorted(LABELS)))
        attrs = {"speaker": doc.speakers[0].id} if layer == "speech" and doc.speakers else None
        return AddSpan(Span(id=doc.new_span_id(layer[0]), layer=layer,
                            label=draw(st.sampled_from(LABELS.get(layer, ["X"]))),
                            start=start, end=end, text="", attrs=attrs))
    if kind == "speaker":
        return AddSpeaker(Speaker(id=doc.new_speaker_id(), name=draw(st.text(min_size=1, max_size=5))))
    if kind == "status":
        return SetStatus(draw(st.sampled_from(["todo", "in_progress", "done"])))
    if kind in ("merge", "set_speaker"):
        ids = [s.id for s in doc.speakers]
        keep = draw(st.sampled_from(ids))
        other = draw(st.sampled_from([i for i in ids if i != keep]))
        if kind == "merge":
            return MergeSpeakers(keep, other)
        speech = [s.id for s in doc.spans if s.layer == "speech"]
        return set_speaker(draw(st.sampled_from(speech)), keep) if speech else SetStatus("todo")
    if kind == "delete_many":
        return DeleteSpans(draw(st.lists(st.sampled_from(span_ids), min_size=1, max_size=4)))
    span_id = draw(st.sampled_from(span_ids))
    if kind == "delete":
        return DeleteSpan(span_id)
    if kind == "relabel":
        return relabel(span_id, draw(st.sampled_from(["PER", "ORG", "DATE"])))
    if kind == "resize":
        start = draw(st.integers(0, n - 1))
        return resize(span_id, start, draw(st.integers(start + 1, n)))
    if kind == "review":
        return set_review(span_id, draw(st.sampled_from(["accepted", "edited", None])))
    return SetAttribute(span_id, draw(st.sampled_from(["value", "norm"])),
                        draw(st.integers(-5, 5)), remove=draw(st.booleans()))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_commands_random_sequences_keep_invariants_and_revert_exactly(data, small_doc):
    doc = small_doc.model_copy(deep=True)
    before = _snapshot(doc)
    history = History(doc)
    for _ in range(data.draw(st.integers(1, 25))):
        cmd = data.draw(command_for(doc))
        history.do(cmd)
        assert check_document(doc) == []
    while history.undo() is not None:
        pass
    assert _snapshot(doc) == before
