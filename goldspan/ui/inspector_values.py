"""Checking and formatting the values typed into the inspector (no Qt here).

``parse_number`` reads a figure's ``value`` as typed (``1208``, ``2.5``, ``-3``, ``5e6``;
spaces and ``_`` between digit groups are ignored) and rejects a comma with a hint, since
the stored value is a JSON number whatever the article's own notation. ``check_date``
accepts the ISO-8601 forms of GUIDELINES.md: ``2020``, ``2020-07``, ``2020-07-10``, an
unknown year ``XXXX-07-29``, a quarter ``2021-Q1``, a clock time ``XXXX-03-04T09:00`` and an
interval ``start/end`` of any of these. ``edit_review`` is the review state a span gets when
the editor changes an extractor's span; ``span_or_none`` finds the inspected span.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from goldspan.model.document import Document, Span

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_DATE = re.compile(
    r"^(?P<y>\d{4}|XXXX)"
    r"(?:-(?:(?P<q>Q[1-4])|(?P<m>\d{2}|XX)(?:-(?P<d>\d{2}|XX))?))?"
    r"(?:T(?P<h>\d{2})(?::(?P<min>\d{2}))?)?$")


class InvalidValue(ValueError):
    """A typed value that cannot be stored; the message tells the editor what to type."""


def parse_number(text: str) -> int | float:
    """The number typed in ``text`` (int when integral); InvalidValue with a hint otherwise."""
    raw = text.strip().replace(" ", "").replace("\u00a0", "").replace("_", "")
    if not raw:
        raise InvalidValue("empty: type a number, or clear the value to store null")
    if "," in raw:
        raise InvalidValue(f"{text.strip()!r}: use '.' for decimals and no thousands "
                          "separator (1208, 2.5)")
    if not _NUMBER.match(raw):
        raise InvalidValue(f"{text.strip()!r} is not a number (examples: 92, 1208, 2.5, 5e6)")
    if _INTEGER.match(raw):
        return int(raw)  # exact: a float would round integers beyond 2**53
    value = float(raw)
    if not math.isfinite(value):
        raise InvalidValue(f"{text.strip()!r} is too large")
    if value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _check_point(point: str) -> str | None:
    match = _DATE.match(point)
    if match is None:
        return (f"{point!r} is not an ISO date (2020, 2020-07, 2020-07-10, XXXX-07-29, "
                "2021-Q1, XXXX-03-04T09:00)")
    year, month, day = match["y"], match["m"], match["d"]
    if month and month != "XX" and not 1 <= int(month) <= 12:
        return f"{point!r}: month {month} does not exist"
    if day and day != "XX":
        if not 1 <= int(day) <= 31:
            return f"{point!r}: day {day} does not exist"
        if year != "XXXX" and month and month != "XX":
            try:
                dt.date(int(year), int(month), int(day))
            except ValueError:
                return f"{point!r}: there is no such date"
    if match["h"] is not None and (int(match["h"]) > 23 or int(match["min"] or 0) > 59):
        return f"{point!r}: no such time of day"
    return None


def check_date(text: str) -> str | None:
    """None when ``text`` is an ISO date or interval of GUIDELINES.md, else the reason."""
    value = text.strip()
    if not value:
        return "empty: type a date, or clear the value to store null"
    parts = value.split("/")
    if len(parts) > 2:
        if all(part.isdigit() for part in parts):
            return f"{value!r} is not an ISO date: write year-month-day (2020-07-10)"
        return f"{value!r}: an interval has one '/' (2020/2025)"
    for part in parts:
        problem = _check_point(part)
        if problem:
            return problem
    if len(parts) == 2 and "X" not in value and parts[0] > parts[1] \
            and len(parts[0]) == len(parts[1]):
        return f"{value!r}: the interval ends before it starts"
    return None


def parse_value(kind: str, text: str, nullable: bool = True) -> Any:
    """Typed ``text`` as the stored value for attribute type ``kind`` (number, date, string).

    Empty text gives None for a nullable value; InvalidValue explains anything else wrong.
    """
    if not text.strip():
        if nullable:
            return None
        raise InvalidValue("a value is required")
    if kind == "number":
        return parse_number(text)
    if kind == "date":
        problem = check_date(text)
        if problem:
            raise InvalidValue(problem)
        return text.strip()
    return text.strip()


def format_value(value: Any) -> str:
    """How a stored value reads in an editor (None is empty)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def span_or_none(doc: Document | None, span_id: str | None) -> Span | None:
    """The span ``span_id`` of ``doc``, or None when either is None or the span is gone
    (deleted, or undone since it was selected)."""
    if doc is None or span_id is None:
        return None
    try:
        return doc.span_by_id(span_id)
    except KeyError:
        return None


def is_extracted(span: Span) -> bool:
    """Whether ``span`` came from an extractor (its ``source`` is not gold or absent)."""
    return span.source not in (None, "", "gold")


def edit_review(span: Span) -> str | None:
    """The review an edit gives ``span``: ``edited`` for an extractor's span, else unchanged."""
    if is_extracted(span) and span.review in ("suggested", "accepted", None):
        return "edited"
    return None
