"""Vietnamese calendar expressions → DATE spans with ISO-8601 values (GUIDELINES.md).

Contract: :func:`find_dates(text, start, end)` returns non-overlapping :class:`DateMatch`
items (code point offsets into ``text``), leftmost-longest, for the forms

* days ``ngày 10/7/2020``, ``10-7-2020``, ``29/7``, ``ngày 4 tháng 3 năm 2021``, optionally
  led by a clock time and/or a part of the day (``9h sáng 4/3`` → ``XXXX-03-04T09:00``,
  ``tối 29/7`` → ``XXXX-07-29``: the part of the day is in the span, adds nothing);
* months ``tháng 12/1999``, ``tháng 7 năm 2021``, ``tháng 7`` (``XXXX-07``); years
  ``năm 2020``; quarters ``quý I/2021`` (``2021-Q1``);
* parts of a year ``6 tháng đầu năm 2021`` (``2021-01/2021-06``), ``6 tháng cuối năm``,
  ``9 tháng năm 2023``;
* ``đầu``/``giữa``/``cuối`` before a month, year or quarter set ``mod`` START/MID/END;
* ranges ``giai đoạn 2020 - 2025`` (``2020/2025``), ``từ năm 2020 đến năm 2022``,
  ``từ ngày 14 đến 17/10`` (``XXXX-10-14/XXXX-10-17``), ``14 - 17/10``,
  ``từ tháng 1 đến tháng 6/2021``.

A number directly glued to a code (``67/QĐ``, ``2/3 số``) is not a date. Values use
``XXXX`` for an unknown year; an invalid day or month rejects the candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from goldspan.extract.textcase import lower
from goldspan.extract.vi_numbers import words_value


@dataclass(frozen=True)
class DateMatch:
    """One DATE: half-open offsets into the text, ISO value, optional mod."""

    start: int
    end: int
    value: str
    mod: str | None = None


_L: Final = r"(?<![\w/.,-])"  # left edge of a number
_R: Final = r"(?![\w]|[/.,:-]\d)"  # right edge of a number
_SEP: Final = r"\s*[-–—]\s*"
_TO: Final = r"\s*(?:-|–|—|(?:đến|tới)(?:\s+hết)?)\s*"
_PART: Final = r"(?:rạng sáng|sáng sớm|sáng|trưa|chiều|tối|đêm|khuya)"
_TIME: Final = r"(?P<h>\d{1,2})\s*(?:h|giờ|g|:)\s*(?:(?P<mi>\d{1,2})(?:\s*phút)?)?"
_Y: Final = r"(?:1[89]\d\d|20\d\d)"
_ROMAN: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_COUNT: Final = (r"(?:\d{1,2}|mười một|mười hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)")
_MOD: Final = {"đầu": "START", "giữa": "MID", "cuối": "END", "thượng tuần": "START",
        "trung tuần": "MID", "hạ tuần": "END"}
_MODS: Final = r"đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần"


def _day(d: str | None, m: str | None, y: str | None) -> str | None:
    """``YYYY-MM-DD`` / ``XXXX-MM-DD`` or None when the day or month is out of range."""
    if d is None or m is None:
        return None
    di, mi = int(d), int(m)
    if not (1 <= di <= 31 and 1 <= mi <= 12):
        return None
    return f"{y or 'XXXX'}-{mi:02d}-{di:02d}"


def _month(m: str | None, y: str | None) -> str | None:
    if m is None or not 1 <= int(m) <= 12:
        return None
    return f"{y or 'XXXX'}-{int(m):02d}"


def _time(g: dict[str, str | None]) -> str:
    """``THH:MM`` from a clock time in the match (empty when there is none)."""
    if not g.get("h"):
        return ""
    hour, minute = int(g["h"] or 0), int(g.get("mi") or 0)
    part = lower(g.get("part") or "")
    if part in ("chiều", "tối", "đêm") and 1 <= hour < 12 and not (part == "đêm" and hour < 4):
        hour += 12
    if hour > 24 or minute > 59:
        return ""
    return f"T{hour:02d}:{minute:02d}"


Handler = Callable[[dict[str, str | None]], tuple[str, str | None] | None]


def _h_day(g: dict[str, str | None]) -> tuple[str, str | None] | None:
    value = _day(g["d"], g["m"], g.get("y"))
    return None if value is None else (value + _time(g), None)


def _h_month(g: dict[str, str | None]) -> tuple[str, str | None] | None:
    value = _month(g["m"], g.get("y"))
    mod = _MOD.get(lower(g.get("mod") or ""))
    return None if value is None else (value, mod)


def _h_year(g: dict[str, str | None]) -> tuple[str, str | None] | None:
    return g["y"] or "", _MOD.get(lower(g.get("mod") or ""))


def _h_quarter(g: dict[str, str | None]) -> tuple[str, str | None] | None:
    q = _ROMAN.get(lower(g["q"] or ""))
    if q is None:
        return None
    return f"{g.get('y') or 'XXXX'}-Q{q}", _MOD.get(lower(g.get("mod") or ""))


def _h_part_of_year(g: dict[str, str | None]) -> tuple[str, str | None] | None:
    raw = lower(g["n"] or "")
    n = 6 if raw == "nửa" else int(raw) if raw.isdigit() else words_value(raw)
    if not isinstance(n, int) or not 1 <= n <= 12:
        return None
    if "nay" in g and not (g.get("edge") or g.get("y") or g.get("nay")):
        return None  # "5 tháng năm học": "năm" starts another noun
    y = g.get("y") or "XXXX"
    if lower(g.get("edge") or "") == "cuối":
        return f"{y}-{13 - n:02d}/{y}-12", None
    return f"{y}-01/{y}-{n:02d}", None


def _h_year_range(g: dict[str, str | None]) -> tuple[str, str | None] | None:
    a, b = g["y"] or "", g["y2"] or ""
    return (f"{a}/{b}", None) if a < b else None


def _h_day_range(g: dict[str, str | None]) -> tuple[str, str | None] | None:
    y2 = g.get("y2")
    m1 = g.get("m") or g["m2"]
    end = _day(g["d2"], g["m2"], y2)
    start = _day(g["d"], m1, g.get("y") or y2)
    if start is None or end is None or start >= end and g.get("y") == y2:
        return None
    return f"{start}/{end}", None


def _h_month_range(g: dict[str, str | None]) -> tuple[str, str | None] | None:
    y2 = g.get("y2")
    start = _month(g["m"], g.get("y") or y2)
    end = _month(g["m2"], y2)
    if start is None or end is None or start >= end:
        return None
    return f"{start}/{end}", None


_WEEKDAY: Final = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*,?\s*"
_DAY_LEAD: Final = (rf"(?:(?:{_TIME})\s*(?:(?P<part>{_PART})\s*)?,?\s*(?:{_WEEKDAY})?(?:ngày\s+)?"
             rf"|(?P<part2>{_PART})\s+(?:ngày\s+)?|ngày\s+|hôm\s+)")  # ("tối thứ Bảy, 21/8": "21/8")
_NUM_FIRST: Final = "0mhbnstcgđ"  # digits ("0") and the first letters of number words
_LEAD_FIRST: Final = "0rstcđknh"  # a clock time, a part of the day, "ngày" or "hôm"
# (pattern, handler, lower-case first characters a match can start with; "0" = a digit)
_PATTERNS: Final[list[tuple[str, Handler, str]]] = [
    # ranges first: they are the longest
    (rf"(?:(?:giai đoạn|nhiệm kỳ|năm học|niên khóa|niên vụ|thời kỳ|mùa khô|mùa mưa|mùa giải"
     rf"|mùa vụ|vụ (?:đông xuân|hè thu|thu đông|xuân hè|mùa))\s+(?:từ\s+)?(?:năm\s+)?"
     rf"|(?:từ\s+)?năm\s+){_L}(?P<y>{_Y})(?!\d){_TO}(?:năm\s+)?(?P<y2>{_Y}){_R}", _h_year_range,
     "gntmv"),
    (rf"(?:từ\s+)?(?:{_PART}\s+)?(?:ngày\s+)?{_L}(?P<d>\d{{1,2}})(?:/(?P<m>\d{{1,2}})"
     rf"(?:/(?P<y>{_Y}))?)?{_TO}(?:{_PART}\s+)?(?:ngày\s+)?(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})"
     rf"(?:/(?P<y2>{_Y}))?{_R}", _h_day_range, "t" + _LEAD_FIRST),
    (rf"(?:từ\s+)?tháng\s+{_L}(?P<m>\d{{1,2}})(?:/(?P<y>{_Y}))?{_TO}(?:tháng\s+)?"
     rf"(?P<m2>\d{{1,2}})(?:\s*/\s*(?P<y2>{_Y})|\s+năm\s+(?P<y3>{_Y})"
     rf"|\s+năm\s+(?:nay|ngoái|trước|sau|tới)(?!\w))?{_R}", _h_month_range,
     "t"),
    (rf"{_L}(?P<n>{_COUNT})\s+tháng\s+(?:(?P<edge>đầu|cuối)\s+)?năm(?:\s+(?P<y>{_Y}){_R}|\s+(?P<nay>nay)\b)?",
     _h_part_of_year, _NUM_FIRST),
    (rf"(?P<n>nửa)\s+(?P<edge>đầu|cuối)\s+năm\s+(?P<y>{_Y}){_R}", _h_part_of_year, "n"),
    (rf"(?P<n>nửa)\s+năm\s+(?P<edge>đầu|cuối)\s+(?P<y>{_Y}){_R}", _h_part_of_year, "n"),
    (rf"(?:(?<=quân\s)|(?<=khẩu\s)|(?<=kế\s)|(?<=chung\s))(?P<n>{_COUNT})\s+tháng{_R}",
     _h_part_of_year, _NUM_FIRST),
    (rf"{_L}(?P<n>{_COUNT})\s+tháng(?=\s+(?:đạt|tăng|giảm|ước|vượt|chiếm|bằng)\b)",
     _h_part_of_year, _NUM_FIRST),
    (rf"(?:{_DAY_LEAD})?{_L}(?P<d>\d{{1,2}})\s*(?P<s>[/.-])\s*(?P<m>\d{{1,2}})\s*(?P=s)\s*"
     rf"(?P<y>{_Y}){_R}", _h_day, _LEAD_FIRST),
    (rf"(?:{_DAY_LEAD})?{_L}(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})"
     rf"(?:\s*(?:năm\s+|/)(?P<y>{_Y}))?{_R}", _h_day, _LEAD_FIRST),
    (rf"(?:{_DAY_LEAD}){_L}(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}}){_R}", _h_day, _LEAD_FIRST),
    (rf"{_L}(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}}){_R}(?!\s+(?:số|dân số|tổng số|diện tích)\b)",
     _h_day, "0"),
    (rf"(?:(?P<mod>{_MODS})\s+)?tháng\s+{_L}(?P<m>\d{{1,2}})"
     rf"(?:\s*[/-]\s*(?P<y>{_Y})|\s+năm\s+(?P<y3>{_Y}))?{_R}"
     # a year said relatively stays unresolved: "tháng 6 năm ngoái" is XXXX-06
     r"(?:(?P<rel>\s+năm\s+(?:ngoái|trước|nay|sau|tới))(?!\w))?", _h_month, "đgcth"),
    (rf"(?:(?P<mod>{_MODS})\s+)?quý\s+(?P<q>IV|III|II|I|[1-4])"
     rf"(?:\s*[/-]\s*(?P<y>{_Y})|\s+năm\s+(?P<y3>{_Y})|\s+năm\s+(?:ngoái|trước|nay|sau|tới)(?!\w))?{_R}",
     _h_quarter, "đgcqth"),  # "quý III năm nay" stays XXXX-Q3
    (rf"(?:(?P<mod>{_MODS})\s+|mùa\s+(?:xuân|hạ|hè|thu|đông|khô|mưa)\s+)?năm\s+{_L}(?P<y>{_Y}){_R}",
     _h_year, "đgcnthm"),
]
_BY_FIRST: Final[dict[str, list[tuple[re.Pattern[str], Handler]]]] = {}
for _p, _h, _first in _PATTERNS:
    for _c in _first:
        _BY_FIRST.setdefault(_c, []).append((re.compile(_p, re.IGNORECASE), _h))
# The patterns (indices into _PATTERNS) that can match where a start word opens: a match's
# first word is one of these (each list keeps _PATTERNS' order and is a subset of the list
# for the word's first letter). Starts at other words use _BY_FIRST.
_COUNT_WORDS: Final = "mười một hai ba bốn năm sáu bảy tám chín"
_PART_WORDS: Final = "rạng sáng trưa chiều tối đêm khuya ngày hôm"
_MOD_WORDS: Final = "đầu giữa cuối thượng trung hạ"
_FIRST_WORDS: Final[list[tuple[str, tuple[int, ...]]]] = [
    ("giai nhiệm niên thời vụ", (0,)), ("mùa", (0, 14)), ("từ", (0, 1, 2)), (_PART_WORDS, (1, 8, 9, 10)),
    ("tháng", (2, 12)), (_COUNT_WORDS, (3, 6, 7)), ("năm", (0, 3, 6, 7, 14)),
    ("nửa", (4, 5)), (_MOD_WORDS, (12, 13, 14)), ("quý", (13,)),
]
_BY_WORD: dict[str, list[tuple[re.Pattern[str], Handler]]] = {}
for _words, _indices in _FIRST_WORDS:
    for _w in _words.split():
        _BY_WORD[_w] = [
            rx for n, rx in enumerate(_BY_FIRST[_w[0]]) if rx not in _BY_FIRST[_w[0]][:n]
            and any(rx[0].pattern == _PATTERNS[k][0] for k in _indices)]
_LETTERS: Final = re.compile(r"[^\W\d_]+")
# What must follow a start word for any of its patterns to match (a cheap test first): a
# count word other than "năm" opens only "N tháng ..." (patterns 3, 6, 7); "năm" a year,
# "năm học" or "năm tháng"; "từ" a year, month, day or part of the day; "ngày"/"tháng"
# digits; đầu/giữa/cuối (thượng/trung/hạ tuần) a month, quarter or year.
_TAILS: Final[list[tuple[str, str]]] = [
    (" ".join(w for w in _COUNT_WORDS.split() if w != "năm"),
     r"(?:mười\s+(?:một|hai)|[^\W\d_]+)\s+tháng"),
    ("năm", r"năm\s+(?:\d|tháng|học)"),
    ("từ", rf"từ\s+(?:năm|tháng|ngày|\d|{_PART})"),
    ("ngày tháng hôm", r"[^\W\d_]+\s+\d"),
    (_MOD_WORDS, r"[^\W\d_]+(?:\s+tuần)?\s+(?:tháng|quý|năm)"),
]
_WORD_TAIL: dict[str, re.Pattern[str]] = {
    w: re.compile(tail, re.IGNORECASE) for words, tail in _TAILS for w in words.split()}
# A date opening with digits opens with one or two of them and goes on with one of these
# (after optional spaces); each names the patterns that can match there. After a dot only
# "D.M.YYYY" can follow, so the dot needs one or two digits after it (not "1.208").
_DIGIT_NEXT = re.compile(r"\d{1,2}(?!\d)\s*(?:(?P<slash>/)|(?P<dash>-)"
                         r"|(?P<dot>\.(?=\s*\d{1,2}(?!\d)))|(?P<long>[–—])"
                         r"|(?P<time>[hg:])|(?P<month>tháng)|(?P<to>đến|tới))", re.IGNORECASE)
_DIGIT_GROUPS: Final[dict[str, tuple[int, ...]]] = {
    "slash": (1, 8, 11), "dash": (1, 8), "dot": (8,), "long": (1,), "time": (8, 9, 10),
    "month": (3, 6, 7, 9), "to": (1,)}
_BY_DIGIT_NEXT: dict[str, list[tuple[re.Pattern[str], Handler]]] = {
    group: [rx for rx in _BY_FIRST["0"] if any(rx[0].pattern == _PATTERNS[k][0] for k in indices)]
    for group, indices in _DIGIT_GROUPS.items()}
# A date holds a digit, "quý" or "tháng"; it starts at most _REACH characters before it.
_ANCHOR: Final = re.compile(r"\d+|quý|tháng", re.IGNORECASE)
_WORD: Final = re.compile(r"(?<!\w)\w+")
START_WORDS: Final = frozenset(
    "giai nhiệm năm niên nửa thời mùa vụ từ rạng sáng trưa chiều tối đêm khuya ngày hôm tháng quý đầu giữa "
    "cuối thượng trung hạ một hai ba bốn sáu bảy tám chín mười".split())
_REACH: Final = 26
_APPROX_BEFORE: Final = re.compile(r"(?:khoảng|gần|hơn|trên|dưới|chiếm|đạt|vòng|số|lệ)\s*$", re.IGNORECASE)


def _groups(m: re.Match[str]) -> dict[str, str | None]:
    g = dict(m.groupdict())
    if g.get("y3") and not g.get("y"):
        g["y"] = g["y3"]
    if g.get("y3") and "y2" in g and not g.get("y2"):
        g["y2"] = g["y3"]
    if g.get("part2") and not g.get("part"):
        g["part"] = g["part2"]
    return g


def _starts(text: str, start: int, stop: int) -> list[int]:
    """Offsets where a date may start: digits and date words shortly before each anchor."""
    found: set[int] = set()
    last = start
    for m in _ANCHOR.finditer(text, start, stop):
        lo = max(start, last, m.start() - _REACH)
        for w in _WORD.finditer(text, lo, m.end()):
            word = w.group()
            if word[0].isdigit() or lower(word) in START_WORDS:
                found.add(w.start())
        last = m.end()
    return sorted(found)


def find_dates(text: str, start: int = 0, end: int | None = None,
               starts: list[int] | None = None) -> list[DateMatch]:
    """DATE expressions in ``text[start:end]``, non-overlapping, leftmost-longest.

    ``starts`` may give the candidate start offsets (word starts that are digits or in
    :data:`START_WORDS`, in order) when the caller has tokenized the text already.
    """
    stop = len(text) if end is None else end
    # Leftmost-longest: starts come in order, so the date kept at a start is its longest
    # match (the earlier pattern on a tie) unless it begins inside the date kept last;
    # a start inside that date is not even tried.
    out: list[DateMatch] = []
    taken = -1  # end of the last date kept
    for pos in _starts(text, start, stop) if starts is None else sorted(set(starts)):
        if pos < taken:
            continue
        first = lower(text[pos])
        rxs = None
        if first.isdigit():
            nxt = _DIGIT_NEXT.match(text, pos, stop)
            if nxt is None:
                continue  # no date pattern goes on after these digits
            rxs = _BY_DIGIT_NEXT[nxt.lastgroup or ""]
        else:
            word = _LETTERS.match(text, pos, stop)
            if word is not None:
                low = lower(word.group())
                tail = _WORD_TAIL.get(low)
                if tail is not None and tail.match(text, pos, stop) is None:
                    continue
                rxs = _BY_WORD.get(low)
        best: DateMatch | None = None
        for rx, handler in _BY_FIRST.get(first, ()) if rxs is None else rxs:
            m = rx.match(text, pos, stop)
            if m is None or (best is not None and m.end() <= best.end):
                continue
            gd = m.groupdict()
            if handler is _h_day and "/" in m.group(0) and not any(
                    gd.get(k) for k in ("y", "part", "part2", "h")):
                if not lower(m.group(0)).startswith("ngày") and _APPROX_BEFORE.search(
                        text[max(start, m.start() - 12):m.start()]):
                    continue  # "khoảng 2/3": a fraction
            res = handler(_groups(m))
            if res is None or not res[0]:
                continue
            best = DateMatch(m.start(), m.end(), res[0], res[1])
        if best is not None:
            out.append(best)
            taken = best.end
            if len(best.value) == 4 and best.value.isdigit():
                more = _AND_YEAR.match(text, best.end, stop)
                if more is not None:  # "năm 2025 và 2026": the second year is a DATE too
                    out.append(DateMatch(more.start(1), more.end(1), more.group(1)))
                    taken = more.end(1)
    return _join_ranges(text, start, out) if len(out) > 1 else out  # a range needs two


_AND_YEAR: Final = re.compile(r"\s+(?:và|hoặc)\s+((?:19|20)\d\d)(?![\w/.,-]\d)(?!\w)", re.IGNORECASE)


_BETWEEN: Final = re.compile(r"\s*(?:-|–|—|đến|tới)\s+(?:hết\s+)?$|\s*[-–—]\s*$", re.IGNORECASE)
_FROM: Final = re.compile(r"(?:^|\s)(từ)\s+$", re.IGNORECASE)
_YEAR_PART: Final = re.compile(r"^(?:\d{4}|XXXX)")


def _join_ranges(text: str, floor: int, dates: list[DateMatch]) -> list[DateMatch]:
    """Join ``[từ] A đến B`` (or ``A - B``) of two dates into one range ``A/B``.

    A value without a year (``XXXX-12-31``) borrows the year of the other end when that
    one has a year; the range keeps neither ``mod``.
    """
    out: list[DateMatch] = []
    for d in dates:
        prev = out[-1] if out else None
        if prev is not None and "/" not in prev.value and "/" not in d.value \
                and _BETWEEN.match(text, prev.end, d.start) and not prev.mod and not d.mod:
            a, b = prev.value, d.value
            if a.startswith("XXXX") and not b.startswith("XXXX") and len(a) > 4:
                a = b[:4] + a[4:]
            if b.startswith("XXXX") and not a.startswith("XXXX") and len(b) > 4:
                b = a[:4] + b[4:]
            lead = _FROM.search(text, max(floor, prev.start - 4), prev.start)
            begin = lead.start(1) if lead else prev.start
            out[-1] = DateMatch(begin, d.end, f"{a}/{b}")
            continue
        out.append(d)
    return out
