"""Text-level helpers of the ``figures`` extractor.

Contract:

* :func:`windows(text, start, end)` gives merged stretches of ``text[start:end]`` around
  digits and number words, cut at whitespace; only they can hold a figure.
* :func:`is_fraction(text, start, end)`: a bare ``D/M`` followed by a counted noun
  (``3/5 thành viên``) and not led by a date word (``dịp 2/9``) is a fraction, not a DATE.
* :func:`is_law_year(text, start)`: ``năm 2024`` right after a law's name
  (``Luật Đất đai năm 2024``) is part of the name, not a DATE.
* :func:`quoted_titles(text, start, end)`: ranges inside closed quotation marks that a
  title word introduces (``tài liệu “Hỏi - đáp … năm 2025”``); figures there are part of a
  title. Quoted speech is not affected.
"""

from __future__ import annotations

import re
from typing import Final

from goldspan.extract.figures_lexicon import COUNT_NOUNS, TIME_UNITS
from goldspan.extract.textcase import lower

_ANCHOR_WORDS: Final = ("một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|hàng|vài|mấy|dăm|hằng|quý"
                 "|tháng")
_BEFORE, _AFTER = 20, 40
# The look-ahead on the first characters rejects most positions at once (speed).
_FIRSTS: Final = "".join(sorted({w[0] for w in _ANCHOR_WORDS.split("|")}))
_ONE: Final = rf"(?=[\d{_FIRSTS}])(?:\d+|\b(?:{_ANCHOR_WORDS})\b)"
# A chain of anchors (digits, number words) each starting at most _BEFORE + _AFTER
# characters after the previous one ends: the anchors of one window, found in C. Greedy
# repetition takes the farthest anchor in reach, which reaches at least as far as a nearer one.
_CHAIN: Final = re.compile(rf"{_ONE}(?:[\s\S]{{0,{_BEFORE + _AFTER}}}{_ONE})*")
_CHAIN_I: Final = re.compile(_CHAIN.pattern, re.IGNORECASE)


def windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Merged stretches of ``text[start:end]`` around digits and number words.

    Only these can hold a figure; skipping the rest keeps the extractor fast. A window runs
    from ``_BEFORE`` characters before an anchor to ``_AFTER`` after one, widened to
    whitespace so no token is cut; windows that touch merge.
    """
    chunk = text[start:end]
    low = lower(chunk)
    if len(low) == len(chunk):
        chains = [(m.start() + start, m.end() + start) for m in _CHAIN.finditer(low)]
    else:  # a rare letter whose lower case has another length: search the original
        chains = [m.span() for m in _CHAIN_I.finditer(text, start, end)]
    out: list[tuple[int, int]] = []
    for a, b in chains:
        we = min(end, b + _AFTER)
        ws = max(start, a - _BEFORE)
        while ws > start and not text[ws - 1].isspace():
            ws -= 1
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], we))
        else:
            out.append((ws, we))
    snapped = []
    for ws, we in out:
        while we < end and not text[we].isspace():
            we += 1
        snapped.append((ws, we))
    return snapped


_DATE_CONTEXT: Final = frozenset({"dịp", "ngày", "hôm", "lễ", "tết"})
_BARE_DAY: Final = re.compile(r"\d{1,2}/\d{1,2}")
_NEXT_WORDS: Final = re.compile(r" (\w+)(?: (\w+))?")


def is_fraction(text: str, start: int, end: int) -> bool:
    """``3/5 thành viên``: a bare ``D/M`` followed by a counted noun is a fraction."""
    if not _BARE_DAY.fullmatch(text, start, end):
        return False
    before = text[max(0, start - 8):start].split()
    if before and lower(before[-1]).strip("(") in _DATE_CONTEXT:
        return False
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    one = lower(m.group(1))
    two = f"{one} {lower(m.group(2))}" if m.group(2) else ""
    return any(w in COUNT_NOUNS and w not in TIME_UNITS for w in (one, two) if w)


_LAW_STOP: Final = frozenset("được đã sẽ có này đó từ thông qua ban hành và của theo với là bị do "
                      "trong tại khi sau trước".split())
_LAW_BEFORE: Final = re.compile(r"(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh"
                                # an event's name: its first word after the head is capitalised
                                r"|(?:Lễ hội|Festival|Tuần Văn hóa|Tuần lễ|Hội chợ|Liên hoan|Hội thi|"
                                r"Ngày hội|Hội báo Xuân)(?= [-–A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝ]))"
                                r"((?: [^\s,.;:()“”\"]+){1,6}) $")


def is_law_year(text: str, start: int) -> bool:
    """``Luật Đất đai năm 2024``, ``Lễ hội Đền Hùng năm 2025``: the year is part of a law's
    or an event's name, not a figure."""
    if not text.startswith("năm ", start):
        return False
    m = _LAW_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and not any(lower(w) in _LAW_STOP for w in m.group(1).split())


_TITLE_QUOTE: Final = re.compile(
    r"\b(?:tài liệu|cuốn sách|sách|chương trình|chủ đề|cuộc thi|hội thi|khẩu hiệu|phong trào|"
    r"mô hình|đề án|chuyên đề|hội thảo|tọa đàm|diễn đàn|mang tên|có tên|tác phẩm|bài hát|"
    r"bộ phim|phim|ấn phẩm|chuyên mục|cẩm nang|sổ tay|triển lãm|về) ?[“\"]([^”\"\n]{3,200})[”\"]")


def quoted_titles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of quoted titles in ``text[start:end]`` (see the module docstring)."""
    if text.find("“", start, end) < 0 and text.find('"', start, end) < 0:
        return []
    return [(m.start(1), m.end(1)) for m in _TITLE_QUOTE.finditer(text, start, end)
            if m.group(1)[:1].isupper()]
