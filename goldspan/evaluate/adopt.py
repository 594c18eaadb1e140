"""Adjudication: turn a predicted span shown in an error into an undoable gold edit.

:func:`adopt_command` builds one :class:`~goldspan.model.commands.Compound` command that
puts the prediction of an :class:`~goldspan.evaluate.diff.ErrorItem` into the gold
document: a spurious span is added; for a wrong label, boundary, value or speaker the gold
span is replaced by the prediction, keeping the gold span's id (ids stay stable). The new
span gets ``review = "accepted"`` and keeps the prediction's ``source``. A speaker is
mapped to the gold speaker with the same name (NFC, case folding, white space), or added.
A zone error (by paragraph) relabels the gold zone span covering exactly that paragraph,
or adds one. The command is not applied here; the caller pushes it (the UI onto its undo
stack, the core through ``History``).
"""

from __future__ import annotations

from goldspan.evaluate.diff import ErrorItem
from goldspan.evaluate.speech import normalize_name
from goldspan.model.commands import AddSpan, AddSpeaker, Command, Compound, DeleteSpan, relabel
from goldspan.model.document import Document, Span, Speaker
from goldspan.model.scheme import LabelScheme, default_scheme


class AdoptError(ValueError):
    """The error has nothing to adopt, or the prediction cannot be found."""


def adopt_command(gold: Document, pred: Document, error: ErrorItem,
                  scheme: LabelScheme | None = None) -> Command:
    """The command adopting ``error``'s prediction into ``gold`` (see the module docstring)."""
    if error.pred is None:
        raise AdoptError(f"a {error.kind.replace('_', ' ')} error has no predicted span to adopt")
    if error.layer == "zone":
        return _adopt_zone(gold, error, scheme or default_scheme())
    try:
        pspan = pred.span_by_id(error.pred.id)
    except KeyError:
        raise AdoptError(f"no span {error.pred.id!r} in the prediction {pred.id!r}") from None
    commands: list[Command] = []
    new = Span(id="", layer=pspan.layer, label=pspan.label, start=pspan.start, end=pspan.end,
               text=gold.text[pspan.start:pspan.end],
               attrs=dict(pspan.attrs) if pspan.attrs is not None else None,
               source=pspan.source, review="accepted")
    if error.gold is not None and error.gold.id:
        new.id = error.gold.id
        commands.append(DeleteSpan(error.gold.id))
    else:
        new.id = gold.new_span_id(_prefix(scheme or default_scheme(), pspan.layer))
    ref = pspan.speaker
    if ref is not None and new.attrs is not None:
        speaker = _speaker(pred, ref)
        found = next((s for s in gold.speakers
                      if normalize_name(s.name) == normalize_name(speaker.name)), None)
        if found is None:
            found = Speaker(id=gold.new_speaker_id(), name=speaker.name, role=speaker.role)
            commands.append(AddSpeaker(found))
        new.attrs["speaker"] = found.id
    commands.append(AddSpan(new))
    return Compound(commands, label=f"Adopt predicted {new.label} span")


def _adopt_zone(gold: Document, error: ErrorItem, scheme: LabelScheme) -> Command:
    assert error.pred is not None
    start, end, label = error.pred.start, error.pred.end, error.pred.label
    covering = [s for s in gold.spans
                if s.layer == "zone" and s.start < end and start < s.end]
    exact = [s for s in covering if (s.start, s.end) == (start, end)]
    if exact:
        return Compound([relabel(exact[0].id, label, review="accepted")],
                        label=f"Adopt predicted zone {label}")
    if covering:
        raise AdoptError("the gold zone span covers more than this paragraph; "
                         "split it first")
    span = Span(id=gold.new_span_id(_prefix(scheme, "zone")), layer="zone", label=label,
                start=start, end=end, text=gold.text[start:end], review="accepted")
    return Compound([AddSpan(span)], label=f"Adopt predicted zone {label}")


def _speaker(doc: Document, ref: str) -> Speaker:
    try:
        return doc.speaker_by_id(ref)
    except KeyError:
        raise AdoptError(f"speaker {ref!r} is not in the prediction {doc.id!r}") from None


def _prefix(scheme: LabelScheme, layer: str) -> str:
    try:
        return scheme.layer(layer).span_prefix
    except KeyError:
        return layer[:1] or "x"
