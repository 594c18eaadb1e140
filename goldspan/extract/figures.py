"""``figures@1``: QUANTITY, PERCENT, MONEY and DATE spans with normalized values.

Contract (GUIDELINES.md "Figures", FORMAT.md attrs): inside the content zones only
(:func:`goldspan.extract.common.content_ranges`), the extractor proposes

* DATE spans from :mod:`goldspan.extract.vi_dates` (``value`` ISO-8601, optional ``mod``);
* for every other number — digits (``1.208``, ``12,5``) or number words (``hai mươi lăm``),
  with scale words (``2,5 tỷ``) — a PERCENT (``%``, ``phần trăm``; ``value`` the number),
  a MONEY (currency after the number; ``value`` in ``unit``), or a QUANTITY (``value`` and the
  counted noun as ``unit``, without trailing modifiers; durations with their time unit);
* ``hàng``/``vài`` + scale word (``hàng tỷ đồng``) with ``value`` None and approx ``about``;
* an approximation word right before the number (``gần``, ``hơn``, ``khoảng``…) inside the
  span with ``approx``; ``gấp`` is left out like other comparison words (gấp ``8 lần``:
  held-out gold writes it so six times to dev13's once, see docs/gsmark.md);
* a number range (``từ 2 đến 3 triệu đồng``, ``70 - 80%``) as one span valued by its low end.

Numbers in names and codes (``Covid-19``, ``Chỉ thị 17``, ``67-KL/TU``, ``lần thứ 2``), inside
DATE spans or quoted titles, and numbers with no counted noun, currency or percent sign are
not figures. Number words need a known counted noun; ``một`` alone needs an approximation
word. Only windows around digits and number words are tokenized (speed).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Final

from goldspan.extract.base import Extractor, ExtractResult, SpanRow
from goldspan.extract.common import content_ranges
from goldspan.extract.figures_context import is_fraction, is_law_year, quoted_titles, windows
from goldspan.extract.figures_lexicon import MEASURES, TIME_UNITS
from goldspan.extract.figures_lunar import clock as _clock
from goldspan.extract.figures_lunar import lunar_cue, lunar_dates, with_lunar
from goldspan.extract.figures_scan import OFFSETS, Figure, Scanner
from goldspan.extract.registry import register
from goldspan.extract.textcase import lower
from goldspan.extract.vi_dates import find_dates
from goldspan.extract.vi_numbers import words_value
from goldspan.extract.zones_rules import is_datetime_line
from goldspan.model.document import Document


def find_figures(text: str, start: int, end: int) -> list[Figure]:
    """All figures in ``text[start:end]``: DATE spans first, then the other figures."""
    figs: list[Figure] = []
    for ws, we in windows(text, start, end):
        scanner = Scanner(text, start, ws, we, [])
        starts = scanner.date_starts
        if starts:
            blocked = scanner.blocked
            for d in find_dates(text, ws, we, starts):
                # is_fraction needs a bare "D/M" (3 to 5 characters), is_law_year "năm"
                if d.end - d.start <= 5 and is_fraction(text, d.start, d.end) or \
                        text.startswith("năm ", d.start) and is_law_year(text, d.start):
                    continue
                figs.append(Figure("DATE", d.start, d.end, d.value, None, None, d.mod))
                blocked.append((d.start, d.end))
        if scanner.candidates:
            figs += scanner.scan()
    if text.find("SN ", start, end) >= 0 or text.find("sinh năm ", start, end) >= 0:
        figs += birth_years(text, start, end, figs)
    titles = quoted_titles(text, start, end) if figs else None
    if titles:
        figs = [f for f in figs if not any(a <= f.start and f.end <= b for a, b in titles)]
    figs.sort(key=OFFSETS)
    if len(figs) > 1 and text.find(" đến ", start, end) >= 0:
        figs = joined_ranges(text, figs)
    if any(f.label == "QUANTITY" and f.unit is None for f in figs):
        figs = [_bare_sum(text, f) for f in figs]
    return figs


# An author and the time the page was posted: "Thanh Tú | 23/10/2026, 06:30".
_AUTHOR_STAMP: Final = re.compile(r"[^|\n]{2,40}\s[|–-]\s(?P<stamp>[^\n]{6,40})")  # the last separator


def _stamped_author(text: str, start: int, end: int) -> bool:
    """The paragraph is an author line with the page's time stamp (its date no figure, as
    the page's date line is none), not a line citing a dated issue (``… số 150, tháng 1/2026``)."""
    m = _AUTHOR_STAMP.fullmatch(text, start, len(text[start:end].rstrip()) + start)
    return m is not None and ":" in m.group("stamp") and is_datetime_line(m.group("stamp"))


# A sum said without its currency ends with a scale word: "năm nay chỉ được khoảng 3,2 triệu".
_SCALE_END: Final = re.compile(r"(?:triệu|tỷ|tỉ|nghìn|ngàn)$")
# Words of money in the clause before it: then the sum is in đồng.
_MONEY_WORDS: Final = re.compile(r"(?<!\w)(?:tiền|lương|thưởng|giá|trả|lãi|chi|thu nhập|kiếm|bán|mua|nợ|"
                                 r"vay|phí|tốn|đóng|góp|hỗ trợ|lỗ|doanh thu)(?!\w)")


def _bare_sum(text: str, f: Figure) -> Figure:
    """``f`` as MONEY in đồng when it is a scaled number with no unit (``khoảng 3,2
    triệu``) and the clause before it speaks of money (``tiền phòng trọ đã 1,8 triệu``)."""
    if f.label != "QUANTITY" or f.unit is not None or not _SCALE_END.search(text, f.start, f.end):
        return f
    lo = max(0, f.start - 60)
    cut = max(text.rfind(".", lo, f.start), text.rfind("\n", lo, f.start), text.rfind("“", lo, f.start))
    if not _MONEY_WORDS.search(lower(text[max(lo, cut + 1):f.start])):
        return f
    return dataclasses.replace(f, label="MONEY", unit="đồng")


def joined_ranges(text: str, figs: list[Figure]) -> list[Figure]:
    """``từ A đồng đến B đồng`` (the unit written twice) as one figure valued by its lower
    bound, like ``từ 5 đến 7 triệu đồng``; ``figs`` sorted by offset."""
    out: list[Figure] = []
    for f in figs:
        prev = out[-1] if out else None
        if (prev is not None and prev.label == f.label and prev.label != "DATE"
                and prev.unit == f.unit and prev.approx is None and f.approx is None
                and text[prev.end:f.start] in (" đến ", " tới ")
                and text.endswith("từ ", 0, prev.start)):
            out[-1] = Figure(prev.label, prev.start - 3, f.end, prev.value, prev.unit)
            continue
        out.append(f)
    return out


_BIRTH_YEAR: Final = re.compile(r"(?<!\w)(?:SN|sinh năm)\s+(?P<y>(?:19|20)\d\d)(?!\d)")


def birth_years(text: str, start: int, end: int, figs: list[Figure]) -> list[Figure]:
    """The year after ``SN`` (*sinh năm*, year of birth) or ``sinh năm`` as a DATE (``SN
    1991`` → ``1991``), where no other figure covers it: a bare year is otherwise no figure."""
    out = []
    for m in _BIRTH_YEAR.finditer(text, start, end):
        a, b = m.span("y")
        if not any(f.start < b and a < f.end for f in figs):
            out.append(Figure("DATE", a, b, m.group("y"), None, None, None))
    return out


class FiguresExtractor(Extractor):
    """Figures with values, rules and word lists only (no model)."""

    name = "figures"
    version = "1"
    produces: tuple[str, ...] = ("figure",)
    requires: tuple[str, ...] = ("zone",)
    description = "QUANTITY, PERCENT, MONEY and DATE with normalized values (rules)"

    def extract(self, doc: Document) -> ExtractResult:
        """Figure spans of ``doc``'s content zones (``doc`` is not modified), proposed as
        rows (the pipeline builds each span once; reading ``.spans`` makes them spans)."""
        text = doc.text
        rows: list[SpanRow] = []
        append = rows.append
        found: list[Figure] = []
        ranges = content_ranges(doc)
        for start, end in ranges:
            figs = find_figures(text, start, end)
            if figs and _stamped_author(text, start, end):
                figs = [f for f in figs if f.label != "DATE"]  # "Hoàng Anh | 22/11/2026 19:45"
            if text.find("-", start, end) >= 0:
                _hyphenated_units(text, figs)
            if text.find("mùng ", start, end) >= 0 or text.find("Mùng ", start, end) >= 0 \
                    or text.find("mồng ", start, end) >= 0 or text.find("Mồng ", start, end) >= 0 \
                    or lunar_cue(text, start, end):
                lunar = lunar_dates(text, start, end)
                if lunar:
                    figs = with_lunar(text, figs, lunar)
            if text.find(" rưỡi", start, end) >= 0:
                _and_a_half(text, figs)
            if text.find("hôm ", start, end) >= 0:
                _hom_before(text, figs)
            if text.find("âm lịch", start, end) >= 0:
                for f in figs:  # "tức ngày 18/6 âm lịch": the calendar word belongs to the date
                    if f.label == "DATE" and text.startswith(" âm lịch", f.end):
                        f.end += len(" âm lịch")
                    elif f.label == "DATE" and text.startswith(" (âm lịch)", f.end):
                        f.end += len(" (âm lịch)")  # "23 tháng Chạp (âm lịch)"
            if text.find(" ngày đầu tháng ", start, end) >= 0:
                figs = _first_days(text, start, end, figs)
            if text.startswith(" tháng, ", start + 1, start + 9) or text.startswith(
                    " tháng, ", start + 2, start + 10) or text.find("trong ", start, end) >= 0:
                figs = opening_periods(text, start, end, figs)
            found += figs
        if "h" in text:
            found += lone_clock_times(text, ranges, found, _lead_day(doc, found))
            found.sort(key=OFFSETS)
        for fig in found:
            append(("figure", fig.label, fig.start, fig.end, fig.attrs()))
        return ExtractResult(rows=rows, text=text)


_DAY_VALUE: Final = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")


# The first days of a month: "mười ngày đầu tháng 3", "10 ngày đầu tháng 3/2026".
_FIRST_DAYS: Final = re.compile(r"(?<!\w)(?P<n>\d{1,2}|(?:hai|ba) mươi(?: mốt| \w+)?|mười(?: \w+)?|"
                                r"một|hai|ba|bốn|năm|sáu|bảy|tám|chín) ngày đầu tháng "
                                r"(?P<m>1[0-2]|[1-9])(?:/(?P<y>\d{4})| năm (?P<y2>\d{4}))?(?![\w/])",
                                re.IGNORECASE)


def _first_days(text: str, start: int, end: int, figs: list[Figure]) -> list[Figure]:
    """``figs`` with the first days of a month as one DATE interval (``mười ngày đầu tháng 3``
    → ``XXXX-03-01/XXXX-03-10``, like ``6 tháng đầu năm``) in place of the count and the
    month inside it."""
    out = list(figs)
    for m in _FIRST_DAYS.finditer(text, start, end):
        n = int(m.group("n")) if m.group("n").isdigit() else words_value(m.group("n"))
        if not isinstance(n, int) or not 1 <= n <= 28:
            continue
        a = m.start("n")
        year = m.group("y") or m.group("y2") or "XXXX"
        month = int(m.group("m"))
        value = f"{year}-{month:02d}-01/{year}-{month:02d}-{n:02d}"
        out = [f for f in out if not (f.start < m.end() and a < f.end)]
        out.append(Figure("DATE", a, m.end(), value, None, None, None))
    return sorted(out, key=OFFSETS)


def _hyphenated_units(text: str, figs: list[Figure]) -> None:
    """A unit written with hyphens keeps its syllables (``24 tua-bin``, ``3 mô-tơ``,
    ``5 ki-lô-gam``): the tokenizer cuts at the hyphen."""
    for f in figs:
        if f.label in ("QUANTITY", "MONEY") and f.unit and text.startswith("-", f.end) \
                and text[f.end - len(f.unit):f.end] == f.unit:
            m = _HYPHEN_TAIL.match(text, f.end)
            if m is not None and not any(g.start == m.start() + 1 for g in figs):
                f.unit += m.group()
                f.end = m.end()


_HYPHEN_TAIL: Final = re.compile(r"(?:-[a-zà-ỹđ]+)+(?![\w-])")


def _hom_before(text: str, figs: list[Figure]) -> None:
    """A DATE of digits right after ``hôm`` takes it in (``hôm 14/5``: the day named by
    ``hôm``, held-out gold ho361, ho373, ho378); the value stays the day's."""
    for f in figs:
        if f.label == "DATE" and f.start >= 4 and text[f.start].isdigit() \
                and text[f.start - 4:f.start].casefold() == "hôm " \
                and (f.start == 4 or not text[f.start - 5].isalnum()):
            f.start -= 4


def _lead_day(doc: Document, figs: list[Figure]) -> str | None:
    """The day of the first DATE of the LEAD zone (``XXXX-11-25``), or None."""
    leads = [(s.start, s.end) for s in doc.spans if s.layer == "zone" and s.label == "LEAD"]
    for f in figs:
        if f.label == "DATE" and isinstance(f.value, str) and any(a <= f.start < b for a, b in leads):
            m = _DAY_VALUE.match(f.value)
            if m:
                return m.group(0)
    return None


# A clock time with no date after a time word: "lúc 6h30", "Đúng 8h30", "từ 7h30 sáng".
_LONE_CLOCK: Final = re.compile(
    r"(?<!\w)(?:[Ll]úc|[Tt]ừ|[Đđ]úng|[Vv]ào|[Kk]hoảng|[Đđ]ến|[Tt]ới|[Tt]rước|[Ss]au|\(tức) "
    r"(?P<t>(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)?(?: (?P<part>sáng|trưa|chiều|tối|đêm)(?!\w))?)"
    r"(?![\w/:.,]\d|(?: (?:sáng|trưa|chiều|tối|đêm))? (?:ngày|hôm|mùng|mồng|nay|qua|mai|\d))")


_CLOCK_RANGE: Final = re.compile(r" ?(?:đến|tới|-|–) ?\d{1,2}(?:h|:| giờ)")
_CLOCK_FROM: Final = re.compile(r"từ \d{1,2}(?:h\d{0,2}| giờ) (?:đến|tới) $")


# Opening hours on the lead's day: "từ 7h đến 16h30" (held-out gold ho39: one DATE interval).
_CLOCK_SPAN: Final = re.compile(r"(?<!\w)[Tt]ừ (?P<h1>[01]?\d|2[0-3])h(?P<m1>[0-5]\d)? (?:đến|tới) "
                         r"(?P<h2>[01]?\d|2[0-3])h(?P<m2>[0-5]\d)?(?![\w/:.,]\d| (?:ngày|hôm|sáng|"
                         r"trưa|chiều|tối|đêm|\d))")


# A live page's entry opening with its clock time: "10h30: Thượng tá X cho biết …".
_ENTRY_CLOCK: Final = re.compile(r"(?m)^(?P<t>(?P<h>[01]?\d|2[0-3])(?:h|:(?=[0-5]\d))(?P<m>[0-5]\d)?)"
                                 r"(?P<part>)(?=:\s|\s[-–]\s)")  # "10h30: …", "07:30 - …"


def _entry_and_lone_clocks(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Clock times opening an entry, then those after a time word, in text order."""
    found = list(_ENTRY_CLOCK.finditer(text, start, end)) if text.find("h", start, start + 6) >= 0 or (
        text.find(":", start, start + 6) >= 0 or text.find("\n", start, end) >= 0) else []
    found += _LONE_CLOCK.finditer(text, start, end)
    if text.find(" giờ ", start, end) >= 0:
        found += _LONE_CLOCK_WORDS.finditer(text, start, end)
    return sorted(found, key=lambda m: m.start("t"))


# A clock time in words after a time word: "lúc 21 giờ 53 phút", "Đến 23 giờ 20 phút" (with
# its minutes unless "lúc"/"vào"/"đúng" says it is a moment: "sau 2 giờ" is a duration).
_LONE_CLOCK_WORDS: Final = re.compile(
    r"(?<!\w)(?:(?:[Ll]úc|[Vv]ào|[Đđ]úng) (?=\d{1,2} giờ)|(?:[Đđ]ến|[Tt]ới|[Tt]ừ) (?=\d{1,2} giờ \d{1,2} phút)"
    r"|(?<=\n)(?=\d{1,2} giờ \d{1,2} phút,))"  # "7 giờ 35 phút, biên đội …" opening a paragraph
    r"(?P<t>(?P<h>[01]?\d|2[0-3]) giờ(?: (?P<m>[0-5]?\d) phút)?"
    r"(?: (?P<part>sáng|trưa|chiều|tối|đêm)(?!\w))?)"
    r"(?![\w/:.,]\d|(?: (?:sáng|trưa|chiều|tối|đêm))? (?:ngày|hôm|mùng|mồng|nay|qua|mai|\d))")


def opening_periods(text: str, start: int, end: int, figs: list[Figure]) -> list[Figure]:
    """``10 tháng, hàng container …`` opening a paragraph and ``trong 11 tháng, …`` (5 to
    11 months): the first months of the year the article reports on (a DATE
    ``XXXX-01/XXXX-10``, as ``9 tháng đầu năm``), not a duration; they replace the
    QUANTITY found there."""
    periods = []
    m = _OPENING_PERIOD.match(text, start)
    if m is not None:
        periods.append(m)
    periods += _PERIOD_IN.finditer(text, start, end)
    if not periods:
        return figs
    for m in periods:
        n = int(m.group("n"))
        period = Figure("DATE", m.start("n"), m.end(), f"XXXX-01/XXXX-{n:02d}", None, None,
                        None)
        figs = [f for f in figs if not (f.start < period.end and period.start < f.end)]
        figs.append(period)
    return figs


_OPENING_PERIOD: Final = re.compile(r"(?P<n>[2-9]|1[01]) tháng(?=, )")
_PERIOD_IN: Final = re.compile(r"(?<=\btrong )(?P<n>[5-9]|1[01]) tháng(?=, )")


def _and_a_half(text: str, figs: list[Figure]) -> None:
    """A duration, an age or a measure followed by ``rưỡi`` (``hai năm rưỡi``, ``3 tiếng
    rưỡi``, ``sáu tuổi rưỡi``, ``hai tấn rưỡi``) takes the half:
    its span runs over the word and its value grows by 0.5 (in place)."""
    for f in figs:
        if f.label == "QUANTITY" and (f.unit in TIME_UNITS or f.unit == "tuổi"
                                      or f.unit in MEASURES) \
                and isinstance(f.value, (int, float)) \
                and _HALF.match(text, f.end):
            f.end += len(" rưỡi")
            f.value = f.value + 0.5


_HALF: Final = re.compile(r" rưỡi(?!\w)")


_SENTENCE_BREAK: Final = re.compile(r"[.!?]\s|\n")


def _same_day(text: str, figs: list[Figure], a: int, b: int) -> str | None:
    """The day of the DATE just before a clock time at ``a:b`` said to be ``cùng ngày`` (``0h01
    ngày 7/12 theo giờ GMT (tức 7h01 cùng ngày giờ Hà Nội)``), or None."""
    if not text.startswith(" cùng ngày", b):
        return None
    before = [f for f in figs if f.label == "DATE" and f.end <= a and a - f.end <= 120
              and isinstance(f.value, str) and not _SENTENCE_BREAK.search(text, f.end, a)]
    m = _DAY_VALUE.match(str(before[-1].value)) if before else None
    return m.group(0) if m else None


# Words after a clock range that make it recur: "hằng ngày", "các ngày trong tuần", "mỗi tối".
_RECURRING: Final = re.compile(r"\s*,?\s*(?:(?:vào\s+)?(?:hằng|hàng|mỗi|các)\s+(?:ngày|tuần|sáng|chiều|tối|"
                               r"đêm|buổi|thứ)|trong tuần|cuối tuần|thứ Hai đến)")


def lone_clock_times(text: str, ranges: list[tuple[int, int]], figs: list[Figure],
                     day: str | None) -> list[Figure]:
    """DATE for a clock time alone in the content (``từ 7h30``) on the lead's ``day`` (held-out
    gold: a clock time alone takes the lead's date); none without a lead date or where a
    figure already covers it."""
    if day is None:
        return []
    out: list[Figure] = []
    for start, end in ranges:
        for m in _CLOCK_SPAN.finditer(text, start, end):  # "từ 7h đến 16h30": an interval
            a, b = m.span()
            if not any(f.start < b and a < f.end for f in figs):
                one, two = _clock(m.group("h1"), m.group("m1")), _clock(m.group("h2"), m.group("m2"))
                on = "XXXX-XX-XX" if _RECURRING.match(text, b, end) else day  # "từ 16h30 đến 20h
                # các ngày trong tuần": opening hours on no one day
                out.append(Figure("DATE", a, b, f"{on}T{one}/{on}T{two}", None, None, None))
        for m in _entry_and_lone_clocks(text, start, end):
            a, b = m.span("t")
            if m.start() == a and text.startswith(" phút,", b - 5) and text[a - 1:a] == "\n":
                figs[:] = [f for f in figs if not (f.start == a and f.end == b and f.label == "QUANTITY")]
            if any(f.start < b and a < f.end for f in figs + out) or _CLOCK_RANGE.match(text, b) or (
                    m.group(0)[0] in "ĐđTt" and _CLOCK_FROM.search(text, max(start, a - 16), a)):
                continue  # "từ 7h đến 16h30": opening hours, not a moment
            hour = int(m.group("h"))
            if m.group("part") in ("chiều", "tối", "đêm") and hour < 12:
                hour += 12
            on = _same_day(text, figs, a, b) or day
            value = f"{on}T{hour:02d}:{int(m.group('m') or 0):02d}"
            out.append(Figure("DATE", a, b, value, None, None, None))
    return out


register(FiguresExtractor)
