"""Edit commands: every change to a document is a small object with ``apply`` and ``revert``.

``apply(doc)`` and ``revert(doc)`` each return a :class:`Change` record naming the spans and
parts of the document they touched, so views redraw only that. ``revert`` restores the
document exactly (same span order, same values). A command raises :class:`CommandError` from
``apply`` when it cannot be carried out, before changing anything. The UI wraps these in a
QUndoCommand adapter; the core can use :class:`History` directly.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from goldspan.model.document import STATUSES, Document, Span, Speaker


class CommandError(ValueError):
    """A command that cannot apply to this document (unknown id, bad offsets...)."""


@dataclass(frozen=True)
class Change:
    """What a command touched: span ids added, removed or modified; speakers; status."""

    added: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    modified: frozenset[str] = frozenset()
    speakers: bool = False
    status: bool = False

    def __or__(self, other: Change) -> Change:
        return Change(self.added | other.added, self.removed | other.removed,
                      self.modified | other.modified, self.speakers or other.speakers,
                      self.status or other.status)


class Command:
    """Base class: ``label`` is what the user reads in the undo menu."""

    label = "Edit"

    def apply(self, doc: Document) -> Change:  # pragma: no cover - abstract
        """Carry out the command on ``doc``."""
        raise NotImplementedError

    def revert(self, doc: Document) -> Change:  # pragma: no cover - abstract
        """Undo exactly what ``apply`` did."""
        raise NotImplementedError


def _check_range(doc: Document, start: int, end: int) -> None:
    if not (0 <= start < end <= len(doc.text)):
        raise CommandError(f"offsets [{start}, {end}) are not a non-empty range of the text "
                           f"({len(doc.text)} characters)")


def _find(doc: Document, span_id: str) -> tuple[int, Span]:
    for i, span in enumerate(doc.spans):
        if span.id == span_id:
            return i, span
    raise CommandError(f"no span {span_id!r} in document {doc.id!r}")


class AddSpan(Command):
    """Add ``span`` (its ``text`` is set from the document) at the end of ``spans``."""

    def __init__(self, span: Span):
        self.span = span
        self.label = f"Add {span.label} span"

    def apply(self, doc: Document) -> Change:
        _check_range(doc, self.span.start, self.span.end)
        if any(s.id == self.span.id for s in doc.spans):
            raise CommandError(f"span id {self.span.id!r} is already used")
        ref = self.span.speaker
        if ref is not None and all(sp.id != ref for sp in doc.speakers):
            raise CommandError(f"no speaker {ref!r}")
        span = self.span.model_copy(deep=True)
        span.text = doc.text[span.start : span.end]
        doc.spans.append(span)
        return Change(added=frozenset({span.id}))

    def revert(self, doc: Document) -> Change:
        index, _ = _find(doc, self.span.id)
        del doc.spans[index]
        return Change(removed=frozenset({self.span.id}))


class DeleteSpan(Command):
    """Remove the span ``span_id``; revert puts it back at the same position."""

    def __init__(self, span_id: str):
        self.span_id = span_id
        self.label = "Delete span"
        self._saved: tuple[int, Span] | None = None

    def apply(self, doc: Document) -> Change:
        index, span = _find(doc, self.span_id)
        self._saved = (index, span)
        del doc.spans[index]
        return Change(removed=frozenset({self.span_id}))

    def revert(self, doc: Document) -> Change:
        assert self._saved is not None, "revert before apply"
        index, span = self._saved
        doc.spans.insert(index, span)
        return Change(added=frozenset({self.span_id}))


class UpdateSpan(Command):
    """Set fields of one span (``label``, ``start``/``end``, ``review``, ``layer``).

    Changing offsets also updates ``text``. ``review`` may be given with any change.
    """

    FIELDS = ("layer", "label", "start", "end", "review")

    def __init__(self, span_id: str, label_text: str = "Edit span", **fields: Any):
        unknown = set(fields) - set(self.FIELDS)
        if unknown:
            raise CommandError(f"cannot set {sorted(unknown)} on a span")
        self.span_id = span_id
        self.fields = fields
        self.label = label_text
        self._old: dict[str, Any] | None = None

    def apply(self, doc: Document) -> Change:
        _, span = _find(doc, self.span_id)
        start = self.fields.get("start", span.start)
        end = self.fields.get("end", span.end)
        _check_range(doc, start, end)
        self._old = {k: getattr(span, k) for k in self.fields} | {"text": span.text}
        for key, value in self.fields.items():
            setattr(span, key, value)
        span.text = doc.text[span.start : span.end]
        return Change(modified=frozenset({self.span_id}))

    def revert(self, doc: Document) -> Change:
        assert self._old is not None, "revert before apply"
        _, span = _find(doc, self.span_id)
        for key, value in self._old.items():
            setattr(span, key, value)
        return Change(modified=frozenset({self.span_id}))


def relabel(span_id: str, label: str, review: str | None = None) -> UpdateSpan:
    """Command giving span ``span_id`` the label ``label`` (and optionally a review state)."""
    fields: dict[str, Any] = {"label": label}
    if review is not None:
        fields["review"] = review
    return UpdateSpan(span_id, f"Relabel as {label}", **fields)


def resize(span_id: str, start: int, end: int, review: str | None = None) -> UpdateSpan:
    """Command moving span ``span_id`` to ``[start, end)``."""
    fields: dict[str, Any] = {"start": start, "end": end}
    if review is not None:
        fields["review"] = review
    return UpdateSpan(span_id, "Resize span", **fields)


def set_review(span_id: str, review: str | None) -> UpdateSpan:
    """Command setting the review state (``accepted``...) of span ``span_id``."""
    return UpdateSpan(span_id, "Accept span" if review == "accepted" else "Set review",
                      review=review)


_MISSING = object()


class SetAttribute(Command):
    """Set ``attrs[key] = value`` on a span; ``value=None`` with ``remove=True`` deletes it."""

    def __init__(self, span_id: str, key: str, value: Any, remove: bool = False,
                 review: str | None = None):
        self.span_id, self.key, self.value, self.remove = span_id, key, value, remove
        self.review = review
        self.label = f"Remove {key}" if remove else f"Set {key}"
        self._old: tuple[Any, Any, Any] | None = None

    def apply(self, doc: Document) -> Change:
        _, span = _find(doc, self.span_id)
        if self.key == "speaker" and not self.remove and self.value is not None and all(
            sp.id != self.value for sp in doc.speakers
        ):
            raise CommandError(f"no speaker {self.value!r}")
        had_attrs = span.attrs
        old_value = (span.attrs or {}).get(self.key, _MISSING)
        self._old = (had_attrs is None, old_value, span.review)
        attrs = dict(span.attrs or {})
        if self.remove:
            attrs.pop(self.key, None)
        else:
            attrs[self.key] = copy.deepcopy(self.value)
        span.attrs = attrs
        if self.review is not None:
            span.review = self.review  # type: ignore[assignment]
        return Change(modified=frozenset({self.span_id}))

    def revert(self, doc: Document) -> Change:
        assert self._old is not None, "revert before apply"
        _, span = _find(doc, self.span_id)
        was_none, old_value, old_review = self._old
        attrs = dict(span.attrs or {})
        if old_value is _MISSING:
            attrs.pop(self.key, None)
        else:
            attrs[self.key] = old_value
        span.attrs = None if (was_none and not attrs) else attrs
        span.review = old_review
        return Change(modified=frozenset({self.span_id}))


def set_speaker(span_id: str, speaker_id: str) -> SetAttribute:
    """Command attributing speech span ``span_id`` to ``speaker_id``."""
    cmd = SetAttribute(span_id, "speaker", speaker_id)
    cmd.label = "Set speaker"
    return cmd


class AddSpeaker(Command):
    """Add a speaker to the document's cast."""

    def __init__(self, speaker: Speaker):
        self.speaker = speaker
        self.label = f"Add speaker {speaker.name}"

    def apply(self, doc: Document) -> Change:
        if any(s.id == self.speaker.id for s in doc.speakers):
            raise CommandError(f"speaker id {self.speaker.id!r} is already used")
        doc.speakers.append(self.speaker.model_copy(deep=True))
        return Change(speakers=True)

    def revert(self, doc: Document) -> Change:
        doc.speakers = [s for s in doc.speakers if s.id != self.speaker.id]
        return Change(speakers=True)


class UpdateSpeaker(Command):
    """Rename a speaker and/or set its role."""

    def __init__(self, speaker_id: str, name: str | None = None, role: str | None = None):
        self.speaker_id, self.name, self.role = speaker_id, name, role
        self.label = "Rename speaker" if name is not None else "Set speaker role"
        self._old: tuple[str, str | None] | None = None

    def apply(self, doc: Document) -> Change:
        try:
            speaker = doc.speaker_by_id(self.speaker_id)
        except KeyError:
            raise CommandError(f"no speaker {self.speaker_id!r}") from None
        self._old = (speaker.name, speaker.role)
        if self.name is not None:
            speaker.name = self.name
        if self.role is not None:
            speaker.role = self.role or None
        return Change(speakers=True)

    def revert(self, doc: Document) -> Change:
        assert self._old is not None, "revert before apply"
        speaker = doc.speaker_by_id(self.speaker_id)
        speaker.name, speaker.role = self._old
        return Change(speakers=True)


class MergeSpeakers(Command):
    """Merge speaker ``drop`` into ``keep``: its spans move to ``keep``, then it is removed."""

    def __init__(self, keep: str, drop: str):
        if keep == drop:
            raise CommandError("cannot merge a speaker into itself")
        self.keep, self.drop = keep, drop
        self.label = "Merge speakers"
        self._saved: tuple[int, Speaker, list[str]] | None = None

    def apply(self, doc: Document) -> Change:
        ids = [s.id for s in doc.speakers]
        if self.keep not in ids or self.drop not in ids:
            raise CommandError(f"no speaker {self.keep if self.keep not in ids else self.drop!r}")
        index = ids.index(self.drop)
        moved = [s.id for s in doc.spans if s.speaker == self.drop]
        for span in doc.spans:
            if span.speaker == self.drop:
                span.attrs = {**(span.attrs or {}), "speaker": self.keep}
        self._saved = (index, doc.speakers.pop(index), moved)
        return Change(modified=frozenset(moved), speakers=True)

    def revert(self, doc: Document) -> Change:
        assert self._saved is not None, "revert before apply"
        index, speaker, moved = self._saved
        doc.speakers.insert(index, speaker)
        moved_set = set(moved)
        for span in doc.spans:
            if span.id in moved_set:
                span.attrs = {**(span.attrs or {}), "speaker": self.drop}
        return Change(modified=frozenset(moved), speakers=True)


class SetStatus(Command):
    """Set the document's status (``todo``, ``in_progress``, ``done``)."""

    def __init__(self, status: str):
        if status not in STATUSES:
            raise CommandError(f"unknown status {status!r}; expected one of {STATUSES}")
        self.status = status
        self.label = f"Mark {status.replace('_', ' ')}"
        self._old: str | None = None

    def apply(self, doc: Document) -> Change:
        self._old = doc.status
        doc.status = self.status  # type: ignore[assignment]
        return Change(status=True)

    def revert(self, doc: Document) -> Change:
        assert self._old is not None, "revert before apply"
        doc.status = self._old  # type: ignore[assignment]
        return Change(status=True)


@dataclass
class Compound(Command):
    """Several commands as one undo step; a failure part-way reverts the applied ones."""

    commands: list[Command] = field(default_factory=list)
    label: str = "Edit"  # type: ignore[assignment]

    def apply(self, doc: Document) -> Change:
        change = Change()
        done: list[Command] = []
        try:
            for cmd in self.commands:
                change = change | cmd.apply(doc)
                done.append(cmd)
        except Exception:
            for cmd in reversed(done):
                cmd.revert(doc)
            raise
        return change

    def revert(self, doc: Document) -> Change:
        change = Change()
        for cmd in reversed(self.commands):
            change = change | cmd.revert(doc)
        return change


class History:
    """A plain undo/redo stack for headless use (the UI uses QUndoStack instead)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def do(self, cmd: Command) -> Change:
        """Apply ``cmd`` and push it; clears the redo list."""
        change = cmd.apply(self.doc)
        self._done.append(cmd)
        self._undone.clear()
        return change

    def undo(self) -> Change | None:
        """Revert the last command, or None if there is nothing to undo."""
        if not self._done:
            return None
        cmd = self._done.pop()
        self._undone.append(cmd)
        return cmd.revert(self.doc)

    def redo(self) -> Change | None:
        """Re-apply the last undone command, or None."""
        if not self._undone:
            return None
        cmd = self._undone.pop()
        self._done.append(cmd)
        return cmd.apply(self.doc)


class DeleteSpans(Command):
    """Remove several spans in one pass over ``spans``; revert puts each back where it was.

    Deleting 1,000 spans with as many :class:`DeleteSpan` commands searches the span list
    1,000 times; this command walks it once. ``apply`` raises :class:`CommandError` naming
    every unknown id before changing anything; ``revert`` restores the exact order.
    """

    def __init__(self, span_ids: list[str] | tuple[str, ...] | frozenset[str]):
        self.span_ids = tuple(dict.fromkeys(span_ids))  # unique, in the order given
        self.label = "Delete span" if len(self.span_ids) == 1 else \
            f"Delete {len(self.span_ids)} spans"
        self._saved: list[tuple[int, Span]] | None = None

    def apply(self, doc: Document) -> Change:
        wanted = set(self.span_ids)
        saved = [(i, s) for i, s in enumerate(doc.spans) if s.id in wanted]
        missing = wanted - {s.id for _, s in saved}
        if missing:
            raise CommandError(f"no span {', '.join(repr(m) for m in sorted(missing))} "
                               f"in document {doc.id!r}")
        doc.spans[:] = [s for s in doc.spans if s.id not in wanted]
        self._saved = saved
        return Change(removed=frozenset(wanted))

    def revert(self, doc: Document) -> Change:
        assert self._saved is not None, "revert before apply"
        kept = iter(doc.spans)
        out: list[Span] = []
        for index, span in self._saved:  # ascending positions in the list before apply
            while len(out) < index:
                out.append(next(kept))
            out.append(span)
        out.extend(kept)
        doc.spans[:] = out
        return Change(added=frozenset(self.span_ids))
