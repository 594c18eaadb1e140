"""Closed forms for the small components of ``components`` under nervaluate's schemes.

- one gold span and one differing prediction (:func:`single_key`, :func:`add_single`);
- one gold span and several predictions (:func:`fan_key`, :func:`add_fans`): each
  scheme lets the first prediction that overlaps the gold span enough take it.

Each component is reduced to a key holding only what decides it; keys are counted while
documents are scored and added to the counts (``nerval.NervalCounts``) once, when results
are read. ``tests/evaluate/test_nerval_fused.py`` checks them against the matching loop.
"""

from __future__ import annotations

from goldspan.evaluate.matching import Item
from goldspan.evaluate.nerval import SCHEMES, NervalCounts


def single_key(g: Item, p: Item, min_overlap_percentage: float = 1.0
               ) -> tuple[str, str, bool, bool]:
    """What decides a component of one gold span ``g`` and one overlapping prediction
    ``p`` that differ: (gold label, predicted label, enough overlap, same boundaries)."""
    gs, ge, gl, _ = g
    ps, pe, pl, _ = p
    enough = ((min(pe, ge) - max(ps, gs)) / (ge - gs)) * 100.0 >= min_overlap_percentage
    return gl, pl, enough, gs == ps and ge == pe


def add_single(key: tuple[str, str, bool, bool], n: int, overall: dict[str, NervalCounts],
               by_label: dict[str, dict[str, NervalCounts]]) -> None:
    """Add ``n`` components of one gold and one differing prediction described by ``key``
    (:func:`single_key`): the same counts the matching loop gives on such a pair.

    ``by_label`` must hold both labels (scheme -> counts for each)."""
    gl, pl, enough, bounds = key
    _bump(overall["strict"], False, enough, False, n)
    _bump(overall["exact"], bounds, enough, False, n)
    _bump(overall["partial"], bounds, enough, True, n)
    _bump(overall["ent_type"], gl == pl and enough, enough, False, n)
    if gl == pl:  # alone with its label, the boundaries differ
        per = by_label[gl]
        _bump(per["strict"], False, enough, False, n)
        _bump(per["exact"], False, enough, False, n)
        _bump(per["partial"], False, enough, True, n)
        _bump(per["ent_type"], enough, enough, False, n)
    else:  # each alone in its label
        for counts in by_label[gl].values():
            counts.missed += n
        for counts in by_label[pl].values():
            counts.spurious += n


def _bump(acc: NervalCounts, correct: bool, enough: bool, partial: bool, n: int) -> None:
    if correct:
        acc.correct += n
    elif not enough:
        acc.missed += n
        acc.spurious += n
    elif partial:
        acc.partial += n
    else:
        acc.incorrect += n


FanKey = tuple[str, int, int, int, int, tuple[tuple[str, int], ...]]


def fan_key(g: Item, fan: list[Item], min_overlap_percentage: float = 1.0) -> FanKey:
    """What decides a component of one gold span ``g`` and the sorted predictions ``fan``
    (see :func:`add_fan`): (gold label, number of predictions, how the first prediction
    overlapping enough compares (-1 none, else 2 * same boundaries + same label), the
    same for the first of the gold label (-1 none, else same boundaries), predictions of
    the gold label, and the number of predictions of each other label)."""
    gs, ge, gl, _gi = g
    first = first_same = -1
    counts: dict[str, int] = {}
    for ps, pe, pl, _pi in fan:
        counts[pl] = counts.get(pl, 0) + 1
        if first_same >= 0 or ps >= ge or pe <= gs:
            continue
        if ((min(pe, ge) - max(ps, gs)) / (ge - gs)) * 100.0 >= min_overlap_percentage:
            bounds = ps == gs and pe == ge
            if first < 0:
                first = 2 * bounds + (pl == gl)
            if pl == gl:
                first_same = int(bounds)
    k = counts.pop(gl, 0)
    return gl, len(fan), first, first_same, k, tuple(counts.items())


def add_fan(g: Item, fan: list[Item], overall: dict[str, NervalCounts],
            by_label: dict[str, dict[str, NervalCounts]],
            min_overlap_percentage: float = 1.0) -> None:
    """Add the counts of a component of one gold span ``g`` and the sorted predictions
    ``fan`` (rows of ``by_label`` made as needed): what :func:`add_all` gives on it.

    With one gold span, each scheme's loop lets the first prediction that overlaps it
    enough take it (strict: correct when label and boundaries agree, else incorrect;
    exact and partial: by boundaries; ent_type: by label); every other prediction is
    spurious, and the gold span is missed when none takes it. Within the gold label the
    same holds among the predictions of that label; other labels only have spurious."""
    add_fans(fan_key(g, fan, min_overlap_percentage), 1, overall, by_label)


def add_fans(key: FanKey, m: int, overall: dict[str, NervalCounts],
             by_label: dict[str, dict[str, NervalCounts]]) -> None:
    """Add ``m`` components described by ``key`` (:func:`fan_key`), as :func:`add_fan`."""
    gl, n, first, first_same, k, others = key
    if first < 0:
        for acc in overall.values():
            acc.missed += m
            acc.spurious += m * n
    else:
        bounds, same = first >= 2, first % 2 == 1
        _take(overall["strict"], bounds and same, False, n, m)
        _take(overall["exact"], bounds, False, n, m)
        _take(overall["partial"], bounds, True, n, m)
        _take(overall["ent_type"], same, False, n, m)
    for label, count in others:
        for acc in _row(by_label, label).values():
            acc.spurious += m * count
    row = _row(by_label, gl)
    if first_same < 0:
        for acc in row.values():
            acc.missed += m
            acc.spurious += m * k
    else:
        bounds = first_same == 1
        _take(row["strict"], bounds, False, k, m)
        _take(row["exact"], bounds, False, k, m)
        _take(row["partial"], bounds, True, k, m)
        _take(row["ent_type"], True, False, k, m)


def _row(by_label: dict[str, dict[str, NervalCounts]], label: str) -> dict[str, NervalCounts]:
    row = by_label.get(label)
    if row is None:
        row = by_label[label] = {s: NervalCounts() for s in SCHEMES}
    return row


def _take(acc: NervalCounts, correct: bool, partial: bool, n: int, m: int = 1) -> None:
    """In each of ``m`` components, one of ``n`` predictions took the gold span (correct,
    partial or incorrect); the others are spurious."""
    if correct:
        acc.correct += m
    elif partial:
        acc.partial += m
    else:
        acc.incorrect += m
    acc.spurious += m * (n - 1)
