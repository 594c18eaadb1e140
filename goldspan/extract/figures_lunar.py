"""Lunar dates and clock values for the ``figures`` extractor.

Contract: :func:`lunar_dates(text, start, end)` returns DATE :class:`Figure` items for the
lunar calendar in ``text[start:end]`` — ``mùng 10 tháng 3 âm lịch``, ``rằm tháng Bảy``,
``ngày 14 tháng Giêng năm Bính Ngọ``, ``mùng 4 Tết``, ``đêm 29 Tết`` (the 12th month), months
(``đầu tháng 10 âm lịch``, ``tháng Mười``) and intervals (``từ mùng 5 Tết đến rằm tháng
Giêng``), valued as written (``XXXX-MM-DD``, ``XXXX-MM``; the year when written in digits; a
clock time before one adds ``THH:MM``); ``âm lịch`` is in the span. :func:`lunar_cue` is the
cheap test a paragraph passes before the patterns run; :func:`with_lunar` puts the lunar
dates in place of the figures they overlap; :func:`clock` writes ``HH:MM``.
"""

from __future__ import annotations

import re
from typing import Final

from goldspan.extract.figures_scan import Figure
from goldspan.extract.textcase import lower

# A lunar date: "mùng 10 tháng 3 âm lịch", "từ mùng 1 đến mùng 10 tháng 3 âm lịch" (value as
# written: month and day of the lunar calendar, docs/gsmark.md).
_LUNAR: Final = re.compile(r"(?:[Tt]ừ (?=(?:mùng|mồng) \d+ (?:đến|-) ))?(?:[Mm]ùng|[Mm]ồng) (?P<d1>[1-9]|[12]\d|30)"
                           r"(?: (?:đến(?: hết)?|-) (?:mùng|mồng) (?P<d2>[1-9]|[12]\d|30))? tháng (?P<m>1[0-2]|[1-9]|Giêng|"
                           r"giêng|Chạp|chạp)(?: âm lịch| âl)?(?![\w/])")


def with_lunar(text: str, figs: list[Figure], lunar: list[Figure]) -> list[Figure]:
    """``figs`` with the lunar dates in place of what they overlap, except a range that
    starts before a lunar date (``từ 17 đến 19 tháng 10 âm lịch``): it stays, ``âm lịch``
    joined to it."""
    keep = []
    for x in lunar:
        wider = next((f for f in figs if f.label == "DATE" and f.start < x.start < f.end), None)
        if wider is None:
            keep.append(x)
        elif text.startswith(" âm lịch", wider.end):
            wider.end += len(" âm lịch")
    return [f for f in figs if not any(x.start < f.end and f.start < x.end for x in keep)] + keep


# A lunar day with the month in words or "rằm" (the 15th): "rằm tháng Bảy", "đêm rằm tháng
# Giêng", "ngày 14 tháng Giêng năm Bính Ngọ", "rằm tháng 7 âm lịch"; "mùng 4 Tết" (month 1).
_PART_BEFORE: Final = (r"(?:(?P<h>[01]?\d|2[0-3])h(?P<mi>[0-5]\d)? )?"
                       r"(?:(?:[Rr]ạng sáng|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Kk]huya) )?")
_MONTH_WORDS: Final = {"giêng": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
                       "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "chạp": 12}
_LUNAR_NAMED: Final = re.compile(
    r"(?:(?:[Tt]ừ )?(?:(?:[Nn]gày|[Mm]ùng|[Mm]ồng) )?(?P<d0>[1-9]|[12]\d|30) (?:đến(?: hết)?|-|–) )?"
    + _PART_BEFORE + r"(?:(?:(?:[Nn]gày|[Mm]ùng|[Mm]ồng) )?(?P<d>[1-9]|[12]\d|30)|(?P<ram>(?:[Nn]gày )?[Rr]ằm)) tháng "
    r"(?P<m>Giêng|giêng|Chạp|chạp|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười một|Mười|(?P<digits>1[0-2]|[1-9]))"
    r"(?: năm (?:[A-ZĐ]\w+ [A-ZĐ]\w+|(?P<y>(?:19|20)\d\d)))?(?P<al> âm lịch)?(?![\w/])")
_LUNAR_TET: Final = re.compile(r"(?:[Tt]ừ (?:mùng|mồng) (?P<d0>[1-9]|10) (?:đến|-|–) )?"  # a range
                               + _PART_BEFORE + r"(?:(?:[Mm]ùng|[Mm]ồng) (?P<d>[1-9]|10)|(?:[Nn]gày )?"
                               r"(?P<eve>2\d|30)) Tết(?!\w)")  # "đêm 29 Tết": the 12th month
# A lunar month: "tháng 10 âm lịch", "đầu tháng Giêng âm lịch" (XXXX-MM, the mod as for dates).
_MONTH_NAME: Final = r"Giêng|giêng|Chạp|chạp|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười một|Mười|1[0-2]|[1-9]"
_LUNAR_MONTH: Final = re.compile(rf"(?:(?P<mod>[Đđ]ầu|[Gg]iữa|[Cc]uối) )?(?:(?:[Tt]ừ )?tháng (?P<m0>{_MONTH_NAME})"
                                 rf" (?:đến|-|–) )?tháng (?P<m>{_MONTH_NAME})(?: âm lịch|(?<=[a-zà-ỹ]))(?!\w)"
                                 r"(?! (?:năm|[A-ZĐ]))")  # "tháng Mười" alone: a month named in words
# "từ mùng 5 Tết đến rằm tháng Giêng": two lunar dates made one interval
_LUNAR_TO: Final = re.compile(r"[Tt]ừ $")
_MODS_OF: Final = {"đầu": "START", "giữa": "MID", "cuối": "END"}
# a month named in words (what a lunar date in words needs, with "rằm", "Tết", "âm lịch")
_NAMED_MONTH: Final = re.compile(r"tháng (?:Giêng|giêng|Chạp|chạp|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám"
                                 r"|Chín|Mười)(?!\w)")


def lunar_cue(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` may hold a lunar date in words (``rằm``, ``Tết``, ``âm lịch``, a
    month named in words): substring tests first, the month pattern only after ``tháng``."""
    return (text.find("ằm ", start, end) >= 0 or text.find(" Tết", start, end) >= 0
            or text.find(" âm lịch", start, end) >= 0
            or (text.find("tháng ", start, end) >= 0
                and _NAMED_MONTH.search(text, start, end) is not None))


def lunar_dates(text: str, start: int, end: int) -> list[Figure]:
    """DATE for lunar dates written with ``mùng``, ``rằm``, a month in words or ``Tết``
    (value ``XXXX-MM-DD``, a range as an interval; the year when written in digits); they
    replace the DATE found inside them (``10 tháng 3``). The patterns run only over the
    lines that hold a cue (the range may be a whole article)."""
    out: list[Figure] = []
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        if stop - pos > 8 and (text.find("ùng ", pos, stop) >= 0 or text.find("ồng ", pos, stop) >= 0
                               or lunar_cue(text, pos, stop)):
            out += _lunar_in_line(text, pos, stop)
        pos = stop + 1
    return _lunar_intervals(text, sorted(out, key=lambda f: f.start)) if len(out) > 1 else out


def _lunar_in_line(text: str, start: int, end: int) -> list[Figure]:
    """:func:`lunar_dates` of one line (intervals not joined yet)."""
    out = []
    for m in _LUNAR.finditer(text, start, end):
        month = {"giêng": 1, "chạp": 12}.get(lower(m.group("m")), 0) or int(m.group("m"))
        one = f"XXXX-{month:02d}-{int(m.group('d1')):02d}"
        value = one if not m.group("d2") else f"{one}/XXXX-{month:02d}-{int(m.group('d2')):02d}"
        out.append(Figure("DATE", m.start(), m.end(), value, None, None, None))
    if not lunar_cue(text, start, end):
        return out
    for m in _anchored(_LUNAR_NAMED, text, start, end, "tháng ", 48):
        if m.group("digits") and not (m.group("ram") or m.group("al")):
            continue  # "ngày 14 tháng 7": a day of the solar calendar (find_figures has it)
        if any(f.start < m.end() and m.start() < f.end for f in out):
            continue
        word = lower(m.group("m"))
        month = int(word) if m.group("digits") else _MONTH_WORDS[word]
        day = 15 if m.group("ram") else int(m.group("d"))
        value = f"{m.group('y') or 'XXXX'}-{month:02d}-{day:02d}{_at_clock(m)}"
        if m.group("d0"):
            value = f"{m.group('y') or 'XXXX'}-{month:02d}-{int(m.group('d0')):02d}/{value}"
        out.append(Figure("DATE", m.start(), m.end(), value, None, None, None))
    for m in _anchored(_LUNAR_TET, text, start, end, " Tết", 24):
        if not any(f.start < m.end() and m.start() < f.end for f in out):
            eve = f"01-{int(m.group('d')):02d}" if m.group("d") else f"12-{m.group('eve')}"
            value = f"XXXX-{eve}{_at_clock(m)}"
            if m.group("d0") and m.group("d"):  # "từ mùng 2 đến mùng 6 Tết"
                value = f"XXXX-01-{int(m.group('d0')):02d}/{value}"
            out.append(Figure("DATE", m.start(), m.end(), value, None, None, None))
    for m in _anchored(_LUNAR_MONTH, text, start, end, "tháng ", 24):
        if not any(f.start < m.end() and m.start() < f.end for f in out):
            value = f"XXXX-{_month_number(m.group('m')):02d}"
            if m.group("m0"):
                value = f"XXXX-{_month_number(m.group('m0')):02d}/{value}"
            mod = _MODS_OF[lower(m.group("mod"))] if m.group("mod") else None
            out.append(Figure("DATE", m.start(), m.end(), value, None, None, mod))
    return out


def _anchored(rx: re.Pattern[str], text: str, start: int, end: int, anchor: str,
              reach: int) -> list[re.Match[str]]:
    """The matches of ``rx`` in ``text[start:end]`` that run over an ``anchor`` (a word every
    match holds), left to right, not overlapping: ``rx`` is tried only at the word starts up to
    ``reach`` characters before each anchor, not at every character (its optional openings
    make a scan slow)."""
    out: list[re.Match[str]] = []
    taken = start
    pos = text.find(anchor, start, end)
    while pos >= 0:
        found = None
        for w in _WORD_START.finditer(text, max(taken, pos - reach), pos + 1):
            m = rx.match(text, w.start(), end)
            if m is not None and m.end() > pos:
                found = m
                break
        if found is not None:
            out.append(found)
            taken = found.end()
            pos = text.find(anchor, taken, end)
        else:
            pos = text.find(anchor, pos + 1, end)
    return out


_WORD_START: Final = re.compile(r"(?<!\w)\w")


def _month_number(word: str) -> int:
    """The month of ``10`` or ``Giêng``/``Chạp``/``Bảy``…"""
    return int(word) if word.isdigit() else _MONTH_WORDS[lower(word)]


def _lunar_intervals(text: str, dates: list[Figure]) -> list[Figure]:
    """Two lunar dates written ``từ A đến B`` made one DATE ``A/B``."""
    out: list[Figure] = []
    for f in dates:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:f.start] in (" đến ", " - ", " – ") \
                and _LUNAR_TO.search(text, max(0, prev.start - 3), prev.start) is not None \
                and "/" not in str(prev.value) and "/" not in str(f.value):
            out[-1] = Figure("DATE", prev.start - 3, f.end, f"{prev.value}/{f.value}", None, None,
                             None)
        else:
            out.append(f)
    return out


def _at_clock(m: re.Match[str]) -> str:
    """``THH:MM`` of the clock time opening a lunar date (``5h sáng mùng 1 Tết``), or ``""``."""
    if not m.group("h"):
        return ""
    hour = int(m.group("h"))
    if hour < 12 and lower(m.group(0)).split()[1:2] in (["chiều"], ["tối"], ["đêm"]):
        hour += 12
    return f"T{clock(str(hour), m.group('mi'))}"


def clock(hours: str, minutes: str | None) -> str:
    """``HH:MM`` of a clock time's parts."""
    return f"{int(hours):02d}:{int(minutes or 0):02d}"
