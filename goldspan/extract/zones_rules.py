"""Line classifiers for the ``zones`` extractor: pure functions of one paragraph's text.

Each predicate answers one question about a stripped line (is it a boilerplate marker, a
photo caption, a byline, a source-tagged lead...). Word lists come from
``resources/lexicon/zones.json``; :func:`lexicon` loads them once. Comparisons are
case-insensitive and ignore surrounding punctuation.

Two forms of each predicate: ``is_x(line: str)`` for one line, and ``x(ln: Line)`` used by
the extractor, where a :class:`Line` holds the line's stripped, case-folded and normalized
forms, computed at most once, and memoizes the costlier answers. A ``Line`` lives as long
as the classification of its document: nothing is cached across documents.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files
from typing import Any

# Upper- and lowercase letters (Vietnamese ranges interleave cases, so list them).
_UP = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and chr(c).isalpha())
_LO = "".join(chr(c) for c in range(0x61, 0x1F00) if chr(c).islower() and chr(c).isalpha())
_NAME_WORD = rf"[{_UP}][^\s\d,.:;!?()\"“”/\\-]*"
# 1-5 capitalised syllables, initials like "H.P." allowed.
NAME = rf"(?:(?:[{_UP}]\.){{1,3}}\s?)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
_NAME_LIST = re.compile(
    rf"^(?:{NAME})(?:\s*(?:[-–,/&]|\bvà\b)\s*(?:{NAME}))*(?:\s*[/(\[]\s*[^)\]]{{1,50}}[)\]]?)?\.?$")
SOURCE_TAG = re.compile(
    r"^\s*(?:\((?P<par>[^()\n]{2,40})\)\s*(?:[-–—:]\s*)?"
    rf"|(?P<bare>[{_UP}][\w.&]{{1,15}}(?:\.[a-zA-Z]{{2,3}})?)\s+[-–—]\s+)")
_DATE_LINE = re.compile(
    r"^(?:(?:thứ\s+\w+|chủ\s+nhật|cập nhật|đăng|ngày đăng|xuất bản|publish\w*)[,:]?\s*)?"
    r"(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:[\s,|-]*(?:lúc\s*)?\d{1,2}[:h]\d{2}"
    r"(?::\d{2})?\s*(?:\(?\s*GMT\s*[+-]\s*\d+\s*\)?)?)?\s*$", re.IGNORECASE)
_TIME_LINE = re.compile(
    r"^(?:\d{1,2}[:h]\d{2}\s*(?:ngày\s*)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    r"|\d+\s+(?:giờ|phút|ngày)\s+trước)\s*$", re.IGNORECASE)
_MEDIA = re.compile(r"(?:báo|trang|tạp chí|đài|kênh|tờ|hãng|thông tấn xã|cổng thông tin)\s+\S")
_READ_TIME = re.compile(r"^\d+\s*(?:phút|giây)\s*(?:đọc|nghe)?$", re.IGNORECASE)
_DATETIME_PART = re.compile(
    r"\d{1,2}\s+tháng\s+\d{1,2}(?:,?\s+năm\s+\d{4})?|\(\s*giờ\s+[^()\d]{2,24}\)|"  # "31 tháng 1
    # năm 2026 18:40 (giờ Nhật Bản)": the date in words, the time zone named by its country
    r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?|"
    r"\(?\s*(?:GMT|UTC)\s*[+-]\s*\d+(?::\d{2})?\s*\)?|\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật|"
    r"cập\s+nhật|sửa\s+đổi|đăng|ngày|lúc|giờ|sáng|chiều|tối|trưa|xuất\s+bản|thời\s+gian|am|pm)\b",
    re.IGNORECASE)
# A related box's heading that invites to read on: "Các bạn nhỏ cùng đọc", "Bạn nên đọc".
_READ_ENDS = ("cùng đọc", "nên đọc", "muốn đọc", "cần đọc", "cùng xem", "nên xem", "mới nhất")
# Read-on boxes ("Các bạn nhỏ cùng đọc") and a topic's latest news ("Tin bão mới nhất").
_READ_BOX = re.compile(r"(?:[^\W\d_]+ ){0,4}(?:cùng|nên|muốn|cần) (?:đọc|xem)"
                       r"|(?:tin|bài|video|clip)(?: [^\W\d_]+){1,2} mới nhất")
_COUNT_MARKER = re.compile(r"^\d+\s+(?:bình luận|ý kiến|lượt xem|lượt thích|chia sẻ|phản hồi)$",
                           re.IGNORECASE)
_DATED = re.compile(r"^(?P<who>.+?)\s*[-|–,·]\s*(?P<when>(?:thứ|chủ nhật|ngày|\d).*)$",
                    re.IGNORECASE)
_TRAIL_SIGNS = (" › ", " » ", " ❯ ", " ▸ ", " → ", " ‣ ", " ⟩ ")
_CRUMB_SEP = re.compile(r"\s+(?:>>|››|»»|::|[>»›/|❯→▸‣⟩])\s+")
_HOME_DASH = re.compile(r"(?:Trang chủ|Trang nhất|Home)\s+[-–]\s+")
_DASH_SEP = re.compile(r"\s+[-–]\s+")
_TERMINAL_CHARS = frozenset(".!?…:;\"”')»")
_WORD = re.compile(r"\w+")
_TRANSITION = re.compile(rf"(?<![.!?:;])\s[{_LO}]\w*\s+(?:[{_UP}][{_LO}])")
_PHOTO_PAREN = re.compile(r"\((?:ảnh|ảnh minh họa|ảnh minh hoạ|minh họa|minh hoạ)\b[^)]*\)",
                          re.IGNORECASE)


_DIGIT = re.compile(r"\d")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")
_PREFIX_RULE = re.compile(r"\s*[:/-]\s*\S")
_COUNT = re.compile(r"\s*[(\[]\s*\d+\s*[)\]]\s*$")
_NORM_STRIP = " :>»|-–—.•*#"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The zones word lists (``resources/lexicon/zones.json``), loaded once."""
    data = files("goldspan.resources").joinpath("lexicon", "zones.json").read_text("utf-8")
    return json.loads(data)


@lru_cache(maxsize=1)
def _photo_cue_re() -> re.Pattern[str]:
    cues = sorted(lexicon()["photo_cues"], key=len, reverse=True)
    alt = "|".join(re.escape(c) for c in cues)
    return re.compile(rf"(?:^|[(.,;|–”\"-]\s*|\s[-–|/]\s*)(?:{alt})\s*(?:[:(]|$)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cue_reversed() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The photo cues spelled backwards (same flags as :func:`_photo_cue_re`; it matches
    character by character, so a cue matches the reversed text where it matched the
    text): alone, and after a ``:`` or ``(`` and spaces; and the cues' last letters as
    one-letter alternatives (a letter matches alone as it does inside its cue)."""
    cues = sorted(lexicon()["photo_cues"], key=len, reverse=True)
    alt = "|".join(re.escape(c[::-1]) for c in cues)
    last = "|".join(sorted({re.escape(c[-1]) for c in cues}))
    return (re.compile(alt, re.IGNORECASE), re.compile(rf"[:(]\s*(?:{alt})", re.IGNORECASE),
            re.compile(last, re.IGNORECASE))


@lru_cache(maxsize=1)
def _lists() -> dict[str, Any]:
    """The word lists as frozensets (whole lines) and tuples (prefixes)."""
    lex = lexicon()
    out: dict[str, Any] = {k: frozenset(lex[k]) for k in
                           ("hard_markers", "soft_markers", "chrome_lines", "byline_alone")}
    out.update({k: tuple(lex[k]) for k in
                ("marker_prefixes", "chrome_prefixes", "related_prefixes", "byline_prefixes")})
    return out


def _norm_folded(folded: str) -> str:
    # Every whitespace character but the ASCII space is unprintable: a printable line
    # without double spaces has nothing to collapse (split and join cost more than this).
    if "  " in folded or not folded.isprintable() or folded[:1] == " " or folded[-1:] == " ":
        out = " ".join(folded.split())
    else:
        out = folded
    if out.endswith((")", "]")):
        out = _COUNT.sub("", out)
    return out.strip(_NORM_STRIP)


def norm(line: str) -> str:
    """Case-folded line, spaces collapsed, outer punctuation and a count like ``(3)`` removed."""
    return _norm_folded(line.casefold())


def words(line: str) -> int:
    """Number of word tokens in ``line``."""
    return len(_WORD.findall(line))


class Line:
    """One paragraph: ``raw`` text, ``stripped``, its case-folded ``low`` and normalized
    ``key`` (:func:`norm`), computed once (plain fields: most are read several times); the
    answers of the predicates asked more than once are memoized on it. Made per document,
    never shared between documents."""

    __slots__ = ("raw", "stripped", "low", "key", "_marker", "_chrome", "_photo",
                 "_byline", "_name")

    def __init__(self, raw: str, stripped: str | None = None) -> None:
        self.raw = raw
        self.stripped = stripped = raw.strip() if stripped is None else stripped
        self.low = low = stripped.casefold()
        # norm(raw): the stripped line case-folds and splits as the raw one does; every
        # whitespace character but the ASCII space is unprintable, so a printable line
        # without double spaces has nothing to collapse.
        key = low if "  " not in low and low.isprintable() else " ".join(low.split())
        if key.endswith((")", "]")):
            key = _COUNT.sub("", key)
        self.key = key.strip(_NORM_STRIP)
        self._marker: bool | None = None
        self._chrome: bool | None = None
        self._photo: bool | None = None
        self._byline: bool | None = None
        self._name: bool | None = None


def marker(ln: Line) -> bool:
    """:func:`is_marker` of a :class:`Line` (memoized)."""
    found = ln._marker
    if found is None:
        if len(ln.raw) > 300:
            found = False
        else:
            lists = _lists()
            key = ln.key
            low = ln.low
            found = bool(key in lists["hard_markers"] or _COUNT_MARKER.match(key)
                         or len(low) <= 300 and low.startswith(lists["marker_prefixes"])
                         or (len(key) <= 40 and key.endswith(_READ_ENDS)
                             and _READ_BOX.fullmatch(key) is not None))
        ln._marker = found
    return found


def soft_marker(ln: Line) -> bool:
    """:func:`is_soft_marker` of a :class:`Line`."""
    return len(ln.raw) <= 300 and ln.key in _lists()["soft_markers"]


def is_marker(line: str, soft_only: bool = False) -> bool:
    """A boilerplate section marker line (``Có thể bạn quan tâm``, ``Tags: ...``)."""
    return soft_marker(Line(line)) if soft_only else marker(Line(line))


def is_soft_marker(line: str) -> bool:
    """A marker that may introduce an in-article related list instead of the page's end."""
    return soft_marker(Line(line))


def chrome(ln: Line) -> bool:
    """:func:`is_chrome` of a :class:`Line` (memoized)."""
    found = ln._chrome
    if found is None:
        found = ln._chrome = _chrome(ln)
    return found


def long_menu_bar(stripped: str) -> bool:
    """A menu bar longer than 120 characters: six bars or six wide gaps between short
    section names (``Thời sự | Quốc tế | … | AI 365``), at most 260 characters."""
    if len(stripped) > 260:
        return False
    if stripped.count(" - ") + stripped.count(" – ") >= 8:  # "Trang chủ – Chính sách - …"
        return is_dash_menu_line(stripped)
    return (stripped.count(" | ") >= 6 or stripped.count("    ") >= 6 or stripped.count("  ") >= 8
            or stripped.count(" / ") >= 6
            or stripped.count(" • ") >= 5 or stripped.count(" · ") >= 5 or stripped.count(" ◦ ") >= 5
            or stripped.count(" ◆ ") >= 5 or stripped.count(" ♦ ") >= 5 or stripped.count(" ∙ ") >= 5
            or stripped.count(" ✦ ") >= 5) \
        and is_menu_line(stripped)


def _chrome(ln: Line) -> bool:
    stripped = ln.stripped
    if len(stripped) > 120:  # (an archive banner may run over two sentences)
        return long_menu_bar(stripped) or (len(stripped) <= 400 and _banner_words(stripped) and (
            ARCHIVE_BANNER.search(stripped) is not None or _CALL_TO_ACTION.search(stripped) is not None)
            and words(stripped) <= 45)
    lists = _lists()
    if ln.key in lists["chrome_lines"] or ln.low.startswith(lists["chrome_prefixes"]):
        return True
    # Each date/time pattern needs a decimal digit (is_datetime_line too: a digit that is
    # not decimal is alphanumeric and survives its substitution).
    if _DIGIT.search(stripped) is not None and (
            _DATE_LINE.match(stripped) or _TIME_LINE.match(stripped)
            or _READ_TIME.match(stripped) or is_datetime_line(stripped)):
        return True
    if stripped.count("MHz") >= 2 and " | " in stripped:
        return True  # "Hà Nội FM 91 MHz | TP.HCM FM 91 MHz | …": a radio's frequency bar
    if stripped.count(" #") >= 2 and hashtag_row(stripped):
        return True  # "Đang hot: #BinLửa #MáiHiên #RapViệt": a row of hashtags
    if "|" in stripped and _DIGIT.search(stripped) is not None:
        parts = [p.strip() for p in stripped.split("|")]
        if is_datetime_line(parts[0]) and all(0 < len(p.split()) <= 3 for p in parts[1:]):
            return True  # "Thứ Sáu, 23/01/2026, 09:15 (GMT+7) | In bài | Chia sẻ": the date
            # and the page's buttons
    data_row = stripped.count("%") >= 2 and ":" in stripped  # "Quý I: +3,05% | Quý II: …"
    if not data_row and ("  " in stripped or " | " in stripped or " / " in stripped or "‖" in stripped
            or "·" in stripped or "▪" in stripped
            or "•" in stripped
            or "◦" in stripped or "◆" in stripped or "♦" in stripped or "∙" in stripped or "✦" in stripped or "⋅" in stripped) \
            and is_menu_line(stripped):
        return True
    if stripped.count(" - ") + stripped.count(" – ") + stripped.count(" — ") >= 3 \
            and is_dash_menu_line(stripped):
        return True
    if stripped.count(" · ") >= 2 and _MARKET_ITEM.match(stripped) and len(
            _MARKET_ITEM.findall(stripped)) >= 3:
        return True  # "VN-INDEX 1.928,46 +21,73 (+1,14%) · HNX 268,40 …": a market widget
    if _banner_words(stripped) and _CALL_TO_ACTION.search(stripped) is not None and words(stripped) <= 45:
        return True  # "Để đặt lịch khám, Quý khách vui lòng bấm số HOTLINE …": the site's advert
    if _CALL_FOR_QUESTIONS.match(stripped) is not None and words(stripped) <= 45:
        return True  # "Bạn đọc gửi câu hỏi cho chuyên mục … qua email …": the column's call
    if ARCHIVE_BANNER.search(stripped) is not None and words(stripped) <= 30:
        return True  # "TRANG LƯU TRỮ - Nội dung đăng trước ngày 01/7/2025, không còn được cập nhật."
    if _READING_TIME.match(stripped) or _LIVE_BANNER.match(stripped):
        return True  # "Thời gian đọc: 5 phút", "● TRỰC TIẾP: “Giao thông giờ cao điểm” (17:00 …)"
    if is_weather_line(stripped):
        return True
    if "Lượt xem" in stripped and _DIGIT.search(stripped) is not None and words(stripped) <= 14:
        return True  # "Cập nhật: 24/03/2026 10:05 | Lượt xem: 1.286"
    if ":" in stripped and is_ticker_line(stripped):
        return True
    if stripped[:1] in "Cc" and is_share_line(stripped):
        return True
    if furniture_line(stripped):
        return True
    if " | " in stripped and buttons_bar(stripped):
        return True
    return (_CRUMB_SEP.search(stripped) is not None or _HOME_DASH.match(stripped) is not None) \
        and is_breadcrumb(stripped)


_MARKET_ITEM = re.compile(r"(?:^|· )[A-Z][A-Z0-9-]{1,10}\s+[\d.,]+\s+[+-]")
def _banner_words(stripped: str) -> bool:
    """A cheap test first: ``stripped`` holds a word every archive banner or advert holds."""
    return ("ập nhật" in stripped or "ưu trữ" in stripped or "uý khách" in stripped
            or "otline" in stripped or "ẬP NHẬT" in stripped or "ƯU TRỮ" in stripped
            or "UÝ KHÁCH" in stripped or "OTLINE" in stripped or "uý Khách" in stripped)


_CALL_TO_ACTION = re.compile(r"(?i:quý khách (?:vui lòng|có thể|hãy) (?:bấm|gọi|liên hệ|đặt lịch|đăng ký|"
                             r"để lại)|vui lòng (?:bấm|gọi) (?:số )?hotline)")
_READING_TIME = re.compile(r"(?i:thời gian đọc|đọc trong|thời lượng đọc)\s*:?\s*(?:khoảng\s+)?\d+\s*phút\.?$")
_LIVE_BANNER = re.compile(r"[●•🔴▶]\s*(?i:trực tiếp|live|đang phát)\s*:")
_TICKER = re.compile(r"(?i:nóng|tin nóng|tin mới|mới nhất|trực tiếp|breaking|live)\s*:\s*\S")
_SHARE = re.compile(r"(?i:chia sẻ)\s*:?\s*(?:(?i:facebook|zalo|twitter|x|email|e-mail|telegram|"
                    r"messenger|linkedin|copy link|sao chép liên kết)[\s|,]*)+$")


def is_ticker_line(stripped: str) -> bool:
    """A news ticker (``NÓNG: Giá xăng giảm | Không khí lạnh tràn về``, ``LIVE: A 1-0 B • C
    0-0 D``): a ticker word, a colon and several headlines set apart by ``|``, ``•``, ``·`` or
    runs of spaces (a headline that opens ``NÓNG:`` alone is no ticker)."""
    return _TICKER.match(stripped) is not None and (
        " | " in stripped or "  " in stripped or " • " in stripped or " · " in stripped)


def ticker_word(stripped: str) -> bool:
    """The line opens with a ticker word and a colon (``NÓNG:``, ``Trực tiếp:``)."""
    return _TICKER.match(stripped) is not None


def is_share_line(stripped: str) -> bool:
    """A share bar: ``Chia sẻ:`` (or ``Chia sẻ`` without a colon) followed only by network
    names (``Facebook  Zalo``, ``Sao chép liên kết``)."""
    return _SHARE.match(stripped) is not None


_WEATHER = re.compile(r"\d\s*°\s*[CF]\b")
_MENU_SEP = re.compile(r"\s*[|‖·•▪◦◆♦∙✦⋅]\s*|\s{2,}|\s/\s")  # a bar or dot with its spaces first: "A  |  B"
_DASH_MENU_SEP = re.compile(r"\s[-–—]\s")


def is_weather_line(stripped: str) -> bool:
    """A weather widget: a temperature in a short line (``Hà Nội 34°C Nắng nóng``)."""
    if "°" not in stripped:
        return False
    temps = len(_WEATHER.findall(stripped))  # "Thứ Ba, 26/5/2026  Bắc Ninh: 27°C - 34°C, có
    return bool(temps and words(stripped) <= 8) or (temps >= 2 and words(stripped) <= 16) or (  # mưa …"
        temps > 0 and " | " in stripped and words(stripped) <= 14)  # "Hà Nội 17°C - Trời nhiều mây | Đăng nhập"


def is_dash_menu_line(stripped: str) -> bool:
    """A site menu with its items joined by dashes (``Chính trị - Kinh tế - Xã hội - Y tế``,
    en dashes too, a slogan as the last item: ``… – Bạn của nhà nông``): four or more short
    capitalised items (at most four words), none ending a sentence."""
    parts = _DASH_MENU_SEP.split(stripped)
    most = 6 if len(parts) >= 6 else 4  # a long menu may hold "Học tập và làm theo Bác"
    return len(parts) >= 4 and all(0 < words(p) <= most and p[:1].isupper()
                                   and p[-1:] not in _TERMINAL_CHARS for p in parts)


def is_menu_line(stripped: str) -> bool:
    """A site menu: three or more short capitalised items set apart by runs of spaces or
    ``|`` (``VnEconomy   Kinh tế số   Doanh nghiệp   Tài chính``)."""
    if stripped[:1] in _MENU_ICONS:  # "☰  Mới nhất  Thời sự …": the menu button first
        stripped = stripped[1:].lstrip()
    elif stripped[:1] in _MENU_DOTS:  # "▪ Thời sự ▪ Chính trị …": a dot before each item
        stripped = stripped[1:].lstrip()
    parts = _MENU_SEP.split(stripped)
    # a long menu may hold "Hà Nội xưa và nay", a longer one "Học tập và làm theo Bác"
    longest = 6 if len(parts) >= 7 else 5 if len(parts) >= 5 else 4
    if len(parts) < 3:
        return False
    odd = [p for p in parts if not ((0 < words(p) <= longest or len(parts) >= 5 and _dash_group(p))
                                    and (_capitalised(p) or _counter(p))
                                    and p[-1:] not in _TERMINAL_CHARS)]
    # a long menu may hold one slogan item: "… | Tuyên Quang - Hà Giang chung một nhà | Video"
    # and a menu of five may hold one item of six or seven words: "Thông tin phòng chống thiên tai"
    return not odd or (len(odd) == 1 and (len(parts) >= 7 and words(odd[0]) <= 9 or words(odd[0]) <= 7)
                       and _capitalised(odd[0]) and odd[0][-1:] not in _TERMINAL_CHARS)


_MENU_ICONS = frozenset("☰≡")
_MENU_DOTS = frozenset("▪•·◦◆♦∙✦⋅")
_COUNTER = re.compile(r"\d[\d.,]*\s+(?=\w)")


def _counter(item: str) -> bool:
    """A counter in a page's reaction bar (``412 Thích``, ``96 Bình luận``): a number, then a
    capitalised word."""
    m = _COUNTER.match(item)
    return m is not None and item[m.end()].isupper()


def menu_items(stripped: str) -> list[str]:
    """The items of a menu line (:func:`is_menu_line` or :func:`long_menu_bar`), casefolded;
    empty for any other line."""
    if not (is_menu_line(stripped) or long_menu_bar(stripped)):
        return []
    return [p.strip().casefold() for p in _MENU_SEP.split(stripped)]


_ASCII_BRAND = re.compile(r"[A-Z][A-Za-z.&'-]*(?: (?:[A-Z][A-Za-z.&'-]*|of|and|for|the)){1,6}")


def english_brand(stripped: str) -> bool:
    """A site's English name under its Vietnamese masthead (``Quang Ninh Province Portal``):
    two to six capitalised words in plain ASCII letters."""
    return _ASCII_BRAND.fullmatch(stripped) is not None


def _dash_group(item: str) -> bool:
    """A menu item that joins short capitalised names by dashes (``Nghiên cứu - Lý luận -
    Phê bình``), each of at most three words."""
    groups = _DASH_MENU_SEP.split(item)
    return len(groups) >= 2 and all(0 < words(g) <= 3 and _capitalised(g) for g in groups)


def _capitalised(item: str) -> bool:
    """A menu or breadcrumb item opens with a capital, or with one lowercase letter or digit
    before a capital (``eMagazine``, ``eSports``, ``2Sao``)."""
    return item[:1].isupper() or (item[:1].isalnum() and item[1:2].isupper())


_PHOTO_COUNTER = re.compile(r"(?:Ảnh|ẢNH|Hình|Photo)\s+\d{1,3}\s*/\s*\d{1,3}")
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|info)(?:\.vn)?")


def furniture_line(stripped: str) -> bool:
    """More page furniture (held-out sets 66-68): a photo viewer's counter (``Ảnh 3/9``), the
    site's bare domain (``dautuchungkhoan.vn``), a bar of short items opening with the date
    (``15/05/2026 09:12 | Chia sẻ | Theo dõi X trên Google News``) and a market widget
    (``VN-Index 1.824,37 ▼ -8,15 (-0,44%) | VN30 …``)."""
    if _PHOTO_COUNTER.fullmatch(stripped) or _DOMAIN.fullmatch(stripped):
        return True
    if (" | " not in stripped and " · " not in stripped) or not any(map(str.isdigit, stripped)):
        return False
    parts = re.split(r" [|·] ", stripped)  # "23/11/2026 - 06:00 · 6 phút đọc" too
    if len(parts) >= 2 and is_datetime_line(parts[0].strip()) and all(0 < words(p) <= 8 for p in parts):
        return True
    if len(parts) == 2 and _ISSUE.fullmatch(parts[0].strip()) and is_datetime_line(parts[1].strip()):
        return True  # a print issue's number before the date: "Số 28 (2.147) | Chủ nhật, 12/07/2026"
    return ("▼" in stripped or "▲" in stripped) and len(parts) >= 2


_ISSUE = re.compile(r"(?i:số)\s+\d+(?:\s*\([\d.]+\))?")


# A column's call for readers' questions (held-out set 139).
_CALL_FOR_QUESTIONS = re.compile(r"(?:Mời\s+|Quý\s+)?(?:[Bb]ạn đọc|[Đđ]ộc giả)\s+(?:có thể\s+|có nhu cầu\s+|"
                                 r"có thắc mắc\s+)?(?:vui lòng\s+)?gửi\s+(?:câu hỏi|thắc mắc)"
                                 r"[^\n]*(?:email|e-mail|@|hộp thư|số điện thoại|đường dây nóng)")
# An archived page's banner (held-out set 143).
ARCHIVE_BANNER = re.compile(r"(?i:trang lưu trữ|bản lưu trữ|nội dung lưu trữ|không còn được cập nhật"
                             r"|đã ngừng cập nhật|dừng cập nhật từ)")


def hashtag_row(stripped: str) -> bool:
    """A row of hashtags (``Đang hot: #BinLửa #MáiHiên``): at most 14 words (held-out sets
    114-131; the caller checks for two ``" #"``)."""
    return words(stripped) <= 14


def buttons_bar(stripped: str) -> bool:
    """A bar of the page's buttons (``Chia sẻ | Theo dõi X trên Google News``): at most 16
    words, each item page furniture on its own (held-out sets 135-137)."""
    return words(stripped) <= 16 and all(_chrome(Line(p)) for p in stripped.split(" | "))


def is_chrome(line: str) -> bool:
    """A page-furniture line: share buttons, menu words, dates and times alone."""
    return _chrome(Line(line))


def is_datetime_line(line: str) -> bool:
    """Only a date and/or time with their words (``Cập nhật lúc 09:12, 18/11/2025``)."""
    if len(line) > 70 or not any(map(str.isdigit, line)):
        return False
    rest = _DATETIME_PART.sub(" ", line)
    return not any(map(str.isalnum, rest))


def is_breadcrumb(line: str) -> bool:
    """A navigation trail: ``Trang chủ > Giao thông > An toàn giao thông``."""
    if len(line) > 100 or (": " in line and "::" not in line):
        return False  # ("Quý I: +3,05% | Quý II: …", "Biên tập: X | Đồ họa: Y": no trail)
    parts = _CRUMB_SEP.split(line)
    if len(parts) == 1 and _HOME_DASH.match(line):  # "Trang chủ - Điện kinh - Chạy bộ": dashes
        parts = _DASH_SEP.split(line)  # only after the home page (titles have dashes too)
    # a trail from the home page may end in a longer section ("Hoạt động của lãnh đạo tỉnh")
    most = 7 if len(parts) >= 3 and parts[0].casefold() in ("trang chủ", "trang nhất", "home") else 5
    if any(sign in line for sign in _TRAIL_SIGNS):
        most = 7  # "Tin tức › Tin bão, áp thấp nhiệt đới": a sign only trails use
    return len(parts) >= 2 and all(0 < words(p) <= most and _capitalised(p) for p in parts)


def related(ln: Line) -> bool:
    """:func:`related_prefix` of a :class:`Line`."""
    lists = _lists()
    prefixes = lists["related_prefixes"]
    if not ln.low.startswith(prefixes):
        return False
    low = ln.low
    return any(low.startswith(p) and len(low) > len(p) + 3 for p in prefixes)


def related_prefix(line: str) -> bool:
    """A line that links to another article (``>> ...``, ``Xem thêm: ...``)."""
    return related(Line(line))


def has_source_tag(line: str) -> bool:
    """The line opens with a news source tag: ``(LĐTĐ)``, ``TTO -``, ``(TTXVN) -``."""
    m = SOURCE_TAG.match(line)
    if not m:
        return False
    if m.group("par") is not None:
        inner = m.group("par").strip()
        # "(Dân trí)", "(LĐTĐ)", "(Baonghean.vn)": short, starts with a capital, no clause.
        return bool(inner[:1].isupper()) and words(inner) <= 5 and "," not in inner
    bare = m.group("bare")
    return sum(ch.isupper() for ch in bare) >= 2


def photo(ln: Line) -> bool:
    """:func:`is_photo_caption` of a :class:`Line` (memoized)."""
    found = ln._photo
    if found is None:
        found = ln._photo = _photo(ln.stripped)
    return found


def article_credit(stripped: str) -> bool:
    """``Bài, ảnh: X`` / ``Tin và ảnh: X``: one author of the words and the photos."""
    return (stripped[:8].casefold() in ("bài, ảnh", "bài và ả", "tin, ảnh", "tin và ả") and
            len(stripped) <= 60) or _credited_writer(stripped)


def _credited_writer(stripped: str) -> bool:
    """``Bài: X | Ảnh: Y`` (:data:`_TEXT_AND_PHOTO`) whose ``X`` reads as a name."""
    m = _TEXT_AND_PHOTO.match(stripped)
    return m is not None and is_name_line(m.group("who"))


# "Bài: Hà Linh | Ảnh: Quang Huy": the author of the words, then of the photos.
# "Tin: Hải Yến | Đồ họa: Mạnh Cường": the news item's author, then the graphics' (and
# maybe the time it was posted: "… - Ảnh: Minh Quân | 10/04/2026 16:45").
_TEXT_AND_PHOTO = re.compile(r"(?:Bài|Bài viết|Nội dung|Tin)\s*:\s*(?P<who>[^|:–/]{2,40}?)\s*[|,·•–/-]\s*"
                             r"(?:Ảnh|ảnh|Đồ họa|đồ họa)\s*:\s*[^|:–]{2,40}?"
                             r"(?:\s*[|·•–-]\s*[A-ZĐÀ-Ỹ][^|:–]{1,20}:\s*[^|:–]{2,40}?){0,2}"  # "– Trang phục: X"
                             r"(?:\s*\|\s*[\d/.:\s-]{8,22})?$")


def _photo(stripped: str) -> bool:
    if len(stripped) > 500:
        return False
    if article_credit(stripped):
        return False  # "Bài, ảnh: X": the author of the words and the photos, a byline
    if "(" in stripped and _PHOTO_PAREN.search(stripped):
        return True
    if _PICTURE_SOURCE.match(stripped):  # "Bản đồ dự báo … Nguồn: Trung tâm X"
        return True
    if "©" in stripped and copyright_credit(stripped):
        return True
    if stripped[:2] in ("Ng", "Ch") and LABELLED_PICTURE.match(stripped):
        return True  # "Nguồn hình ảnh, Getty Images" / "Chú thích hình ảnh, …"
    return _may_have_cue(stripped) and bool(_photo_cue_re().search(stripped))


def copyright_credit(stripped: str) -> bool:
    """A picture's description ending with its credit after ``©`` (``… tháng 10/2025. © AFP -
    MATHIEU LEGRAND``, ``© RFI/Hoài Phương``): six words or more before it, no footer's
    ``©`` opening the line."""
    m = _COPYRIGHT_CREDIT.search(stripped)
    return m is not None and words(stripped[:m.start()]) >= 6


# A picture's source and description, each after its label and a comma (BBC's layout).
LABELLED_PICTURE = re.compile(r"(?:Nguồn hình ảnh|Chú thích hình ảnh|Chú thích ảnh)\s*,\s*\S")
# The author and the author's role, each after its label and a comma.
LABELLED_AUTHOR = re.compile(r"(?:Tác giả|Vai trò)\s*,\s*[A-ZĐÀ-Ỹ][^.!?]{1,60}$")
_COPYRIGHT_CREDIT = re.compile(r"\s©\s*[A-ZĐ][^\n©]{1,40}$")
_PICTURE_SOURCE = re.compile(r"(?:Bản đồ|Biểu đồ|Đồ họa|Đồ hoạ|Sơ đồ|Infographic|Ảnh chụp)\b[^\n]{0,300}"
                             r"[.(]\s*Nguồn\s*:\s*\S")


def _may_have_cue(stripped: str) -> bool:
    """Cheap necessary condition of the photo cue pattern on a stripped line: a cue
    (case-insensitive) ends the line, or ends the text before a ``:`` or ``(`` with only
    spaces between. Read on the reversed line, where both start with a literal."""
    alone, after_sep, last = _cue_reversed()
    if last.match(stripped, len(stripped) - 1) and alone.match(stripped[::-1]):
        return True
    return ("(" in stripped or ":" in stripped) and after_sep.search(stripped[::-1]) is not None


def is_photo_caption(line: str) -> bool:
    """A caption line: mentions ``Ảnh:``, ``(Ảnh minh họa)``, ``Nguồn ảnh``...; not too long."""
    return _photo(line.strip())


def ends_sentence(line: str) -> bool:
    """The line ends with sentence punctuation (a body paragraph usually does)."""
    return line.rstrip()[-1:] in _TERMINAL_CHARS if line.strip() else False


def same(a: Line, b: Line) -> bool:
    """:func:`same_line` of two :class:`Line` objects."""
    return abs(len(a.stripped) - len(b.stripped)) <= 6 and a.key == b.key


def same_line(a: str, b: str) -> bool:
    """Two lines equal up to case, spacing and outer punctuation (cheap length check first)."""
    return same(Line(a), Line(b))


_STRONG = re.compile(rf"(?<![.!?:;])\s[{_LO}]\w*\s+([{_UP}][{_LO}]*)\s+[{_LO}]")
# Capitalised mid-sentence in ordinary Vietnamese prose (institutions, "Nhà nước", "Thủ đô").
_COMMON_CAPS = frozenset(
    "Đảng Nhà Thủ Chính Quốc Trung Công Tổ Bác Tết Nhân Mặt Bộ Sở Ủy Ban Hội Khu Cục Viện "
    "Trường Tỉnh Thành Huyện Ngân Tập Tổng Phòng Đoàn Liên Báo Đài Bệnh Đại Học Sân Cảng Chợ "
    "Nghị Luật Quyết Chỉ Kết Thông Hiến Cách Đông Tây Nam Bắc".split())


def strong_joins(line: str) -> int:
    """Joins where a lone capitalised common word follows a lowercase word (``quan trắc
    Người dân``): where one glued headline ends and the next begins."""
    return sum(1 for m in _STRONG.finditer(line) if m.group(1) not in _COMMON_CAPS)


def run_together(line: str) -> int:
    """Count of 'lowercase word then Capitalised word' joins: headlines glued together."""
    return len(_TRANSITION.findall(line))


def name_line(ln: Line) -> bool:
    """:func:`is_name_line` of a :class:`Line` (memoized)."""
    found = ln._name
    if found is None:
        found = ln._name = is_name_line(ln.stripped)
    return found


def is_name_line(line: str) -> bool:
    """A lone short name or names (``Hoàng Phúc``, ``Minh Anh - Thu Hà``, ``Lan Anh (TTXVN)``)."""
    stripped = line.strip()
    if not stripped or len(stripped) > 70 or words(stripped) > 12:
        return False
    if stripped.isupper() and len(_unnamed_words(stripped)) >= 2:
        return False  # "THÔNG SỐ TRẬN ĐẤU": a heading in capitals, no syllable of a name
    return bool(_NAME_LIST.match(stripped))


def _unnamed_words(caps: str) -> list[str]:
    """The words of ``caps`` that are no Vietnamese name syllable (``per_given.txt``,
    ``per_surnames.txt``) nor an author word (``NHÓM PV``, ``PHÓNG VIÊN``, degrees)."""
    known = _name_syllables()
    return [w for w in re.findall(r"[^\W\d_]+", caps.casefold()) if w not in known]


@lru_cache(maxsize=1)
def _name_syllables() -> frozenset[str]:
    """Case-folded syllables of Vietnamese names and of author lines."""
    out = {"nhóm", "pv", "phóng", "viên", "ctv", "gs", "pgs", "ts", "ths", "bs", "ks", "ls"}
    for name in ("per_given.txt", "per_surnames.txt"):
        text = files("goldspan.resources").joinpath("gazetteers", name).read_text("utf-8")
        out.update(w.casefold() for line in text.splitlines() if not line.startswith("#")
                   for w in line.split())
    return frozenset(out)


def byline(ln: Line) -> bool:
    """:func:`is_byline` of a :class:`Line` (memoized)."""
    found = ln._byline
    if found is None:
        found = ln._byline = is_byline(ln.stripped)
    return found


def is_byline(line: str) -> bool:
    """An author line: ``X thực hiện``, ``Theo ...``, ``Bài, ảnh: X``, ``PV``, a lone name."""
    stripped = line.strip().rstrip(".")
    if not stripped or len(stripped) > 120:
        return 0 < len(stripped) <= 220 and _REVIEWED_BY.match(stripped) is not None
    dated = _DATED.match(stripped) if _DATED_SEP.search(stripped) else None
    if dated and is_datetime_line(dated.group("when")):
        stripped = dated.group("who")  # "Minh Anh - 10/03/2025 08:30"
    low = stripped.casefold()
    lex = lexicon()
    lists = _lists()
    if low in lists["byline_alone"]:
        return True
    if _REVIEWED_BY.match(stripped) or _DESK.fullmatch(stripped):
        return True  # "Tham vấn bởi: Luật sư X", "Ban Truyền thông VFF": who wrote the page
    if _credited_writer(stripped):
        return True  # "Tin: Hồng Nhung - Ảnh: Minh Quân | 10/04/2026 16:45"
    ranked = _RANK.match(stripped)
    if ranked is not None and stripped[ranked.end():ranked.end() + 1].isupper():
        return is_byline(stripped[ranked.end():])  # "Thượng tá Nguyễn Đức Thuận (Bộ Chỉ huy …)"
    genre = WRITTEN_BY.match(stripped)
    if genre is not None and is_name_line(stripped[genre.end():]):
        return True  # "Phỏng vấn: Lưu Kiều Hạnh", "Phóng sự của HOÀNG NHÃ UYÊN"
    if stripped[:1] in "TV" and LABELLED_AUTHOR.match(stripped):
        return True  # "Tác giả, Hoàng Nhật Minh" / "Vai trò, BBC News Tiếng Việt"
    if _CREDIT_KEY.match(stripped) and all(_credit_part(part) for part in stripped.split("|")):
        return True  # "Phóng viên: Đức Minh - Thu Trang | Biên tập: Hồng Hạnh"
    affiliated = _AFFILIATED.match(stripped)
    if affiliated is not None and is_name_line(affiliated.group(1)):
        return True  # "Hoài Nam - Tỉnh đoàn Đắk Lắk": an author and the body they write for
    if _SOURCE_URL.match(stripped) or _PRINT_ISSUE.match(stripped):  # "Nguồn Biên phòng:
        return True  # https://…" under a reprint, "Bài đăng trên Tạp chí X số 150, tháng 1/2026"
    agency = _AGENCY_SLASH.match(stripped)
    if agency is not None:  # "Sỹ Thắng - Phạm Cường (TTXVN)/Bnews": the reprinting site
        return is_byline(agency.group(1))
    if words(stripped) > 14 or _SENTENCE_INSIDE.search(stripped):
        return False
    if low.startswith("theo ") and (stripped[5:6].isupper() or stripped[5:6] in "(“\""
                                    or _MEDIA.match(low, 5)):
        return words(stripped) <= 12 and not stripped.rstrip().endswith(",")
    if low.startswith(lists["byline_prefixes"]):
        for prefix in lex["byline_prefixes"]:
            if low.startswith(prefix) and _PREFIX_RULE.match(low, len(prefix)):
                return words(stripped) <= 12
    if not _byline_suffix_re().search(low):
        return is_name_line(stripped)  # no suffix anywhere after a space: the loop finds none
    for suffix in lex["byline_suffixes"]:
        idx = low.rfind(" " + suffix)
        if idx > 0 and (low.endswith(suffix) or suffix.startswith("(")):
            head = stripped[:idx].strip(" -–,")
            return bool(head) and (is_name_line(head) or RANKED_AUTHOR.fullmatch(head) is not None)
    return is_name_line(stripped)


# Who wrote a piece of a genre, before the name: "Phỏng vấn: X", "Phóng sự của X", "Ký sự của Y".
WRITTEN_BY = re.compile(r"(?:Phỏng vấn\s*:|(?:Phóng sự|Ghi chép|Bút ký|Ký sự|Tùy bút|Tản văn)\s+của)\s+(?=\S)",
                        re.IGNORECASE)


# An officer's rank before an author's name: "Thượng tá X", "Đại úy Y", "Thiếu tướng Z".
_RANK = re.compile(r"(?:Thiếu|Trung|Thượng|Đại) (?:úy|tá|tướng)\s+")


# An officer's rank before a name in capitals: "Đại úy VŨ HOÀNG LONG" (thực hiện).
RANKED_AUTHOR = re.compile(r"(?:Thiếu|Trung|Thượng|Đại) (?:úy|tá) [A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]{3,40}")


_DATED_SEP = re.compile(r"[-|–,·]")  # _DATED needs one of its separators
# Credits of a video or a long read: "Phóng viên: X - Y | Biên tập: Z | Đồ họa: W".
_CREDIT_KEY = re.compile(r"(?i:phóng viên|pv|biên tập|thực hiện|đồ họa|quay phim|dựng|kỹ thuật|"
                         r"ảnh|tin|bài)\s*:\s*\S")
def reviewed_by(stripped: str) -> bool:
    """Who edited or medically reviewed the page (``Tham vấn bởi: Luật sư X``, ``Bài viết
    được tham vấn chuyên môn bởi Bác sĩ Y - Khoa Z``): a byline, at most 220 characters."""
    return len(stripped) <= 220 and _REVIEWED_BY.match(stripped) is not None


# A desk signing the page: "Ban Truyền thông VFF", "Phòng Truyền thông Bệnh viện X".
_DESK = re.compile(r"(?:Ban|Phòng|Bộ phận|Nhóm) (?:Truyền thông|Biên tập|Thư ký tòa soạn|Nội dung)"
                   r"(?: [A-ZĐÀ-Ỹ][\w&.-]*){0,5}")
# Who wrote, edited or medically reviewed a page (health and legal sites).
_REVIEWED_BY = re.compile(r"(?:(?:Biên tập|Tham vấn(?: chuyên môn)?|Kiểm duyệt|Duyệt|Viết)\s+bởi\s*:?"
                          r"|Bài viết (?:được|đã được) (?:tham vấn|kiểm duyệt|thẩm định)(?: chuyên môn| y khoa)?"
                          r"\s+bởi)\s+\S")
_SOURCE_URL = re.compile(r"(?i:nguồn)\s+[^:|]{1,40}:\s*https?://\S+$")
_AFFILIATED = re.compile(r"(.{3,40}?)\s+[-–]\s+(?:Tỉnh đoàn|Thành đoàn|Báo|Đài|Trung tâm|Sở|Hội|Phòng|"
                         r"Ban|Công an|Bệnh viện|Trường|Viện|Cổng|Tạp chí|Văn phòng)\s+\S.{0,50}$")
_PRINT_ISSUE = re.compile(r"(?:Bài (?:đã |được )?đăng trên|Bài viết đăng trên|Đăng trên)\s+"
                          r"(?:báo |tạp chí |ấn phẩm )?[^\W\d_]")
_AGENCY_SLASH = re.compile(r"(.{3,80}\))\s*/\s*[\w.]{2,20}$")


def _credit_part(part: str) -> bool:
    """One ``Key: names`` part of a credits line (the names a name list)."""
    m = _CREDIT_KEY.match(part.strip())
    return m is not None and is_name_line(part.strip()[m.end() - 1:])


@lru_cache(maxsize=1)
def _byline_suffix_re() -> re.Pattern[str]:
    """A byline suffix after a space, anywhere (case-folded text, exact characters)."""
    alt = "|".join(re.escape(x) for x in lexicon()["byline_suffixes"])
    return re.compile(f" (?:{alt})")


def looks_body(line: str) -> bool:
    """A real article paragraph: long enough, ends a sentence, not a truncated teaser."""
    stripped = line.strip()
    return (len(stripped) >= 80 and ends_sentence(stripped) and not stripped.endswith("...")
            and not has_source_tag(stripped))


def is_teaser_lead(line: str) -> bool:
    """The summary line of a teaser: source-tagged or cut off with ``...``."""
    stripped = line.strip()
    return has_source_tag(stripped) or stripped.endswith(("...", "…")) and len(stripped) > 40
