"""``entities@1``: PER, ORG, LOC, DOC and MISC by rules and gazetteers (GUIDELINES.md).

Only the content zones are read (:func:`goldspan.extract.common.content_ranges`), one
paragraph at a time. Every rule of :mod:`entities_rules` and :mod:`entities_credits`
proposes candidates; the result is flat: the longest candidate wins, a higher rule
priority breaks ties, and nothing nested or overlapping is kept. Bare generic words
(``Đảng``, ``Nhà nước``, ``Thành ủy``…) are never proposed because a head word needs a
distinguishing part. The spans have layer ``entity`` and no attributes.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from operator import itemgetter, le
from typing import Final

from goldspan.extract.base import Extractor, ExtractResult, make_span
from goldspan.extract.common import content_ranges
from goldspan.extract.entities_credits import (
    credit_candidates,
    has_credit_word,
    source_tag_candidates,
)
from goldspan.extract.entities_gazetteer import Gazetteers, gazetteers
from goldspan.extract.entities_loc import england_candidates, listed_places, loc_candidates
from goldspan.extract.entities_misc import (
    EVENT_WORDS,
    FIRM_WORDS,
    NICKNAME_WORDS,
    PRODUCT_WORDS,
    TICKER_WORDS,
    chain_candidates,
    code_names_and_pair,
    english_event_candidates,
    ethnic_names,
    event_candidates,
    firm_candidates,
    foreign_per_candidates,
    initial_occurrences,
    initials_candidates,
    league_candidates,
    lineup_candidates,
    model_candidates,
    name_occurrences,
    nickname_candidates,
    product_candidates,
    quoted_occurrences,
    quoted_titles,
    ticker_candidates,
    variety_names,
)
from goldspan.extract.entities_rules import (
    _BAO_SPELLINGS,
    BRAND_TRIGGERS,
    Cand,
    brand_candidates,
    doc_candidates,
    law_candidates,
    org_candidates,
    per_candidates,
    storm_candidates,
)
from goldspan.extract.entities_tokens import (
    CAP,
    END,
    INITIAL,
    JOINED,
    LOC_APPELLATIONS,
    LOC_DESCRIPTORS,
    START,
    TEXT,
    TEXT_OF,
    Token,
    TokIndex,
    phrase_at,
    token_tuples,
    vietnamese_syllable,
)
from goldspan.extract.registry import register
from goldspan.extract.textcase import lower
from goldspan.model.document import Document
from goldspan.model.scheme import LabelScheme, default_scheme

# Never an entity on their own (GUIDELINES.md exclusions).
EXCLUDED: Final = frozenset({"Đảng", "Nhà nước", "Thành ủy", "Đảng ủy", "Đảng bộ", "Công đoàn",
                      "Tỉnh ủy", "Chính quyền", "Trung ương", "Thành phố", "Thủ đô"})
_EXCLUDED_LENGTHS: Final = frozenset(map(len, EXCLUDED))


# Lowercase words after which a lone given name is a place or a direction.
NOT_BEFORE_NAMES: Final = frozenset({"miền", "phía", "hướng", "vùng", "phương", "cực", "gió", "mạn",
                              "ngõ", "hẻm", "kiệt"} | {lower(w) for d in LOC_DESCRIPTORS
                                                      + LOC_APPELLATIONS for w in d.split()})


# A capitalised word and a short number after it: where model_candidates can find a product.
_MODEL_NUMBER: Final = re.compile(r"[A-Za-z][a-z]*\s(?:\d{1,4}(?![\d/]|[.,]\d)|\(\d{1,2}[a-z]{0,2}\))")


def select(cands: list[Cand]) -> list[Cand]:
    """Longest first, then priority, then leftmost; drop anything overlapping a kept one."""
    if len(cands) < 2:
        return sorted(cands)
    ranked = sorted(cands, key=_rank)
    if any(map(le, map(_END_OF, cands), map(_START_OF, cands))):  # c[1] <= c[0]
        return _select_slow(ranked)
    # kept ranges are non-empty and disjoint: sorted by start, their ends are sorted too,
    # so the one starting last before ``e`` is the only one that can reach past ``s``
    kept: list[Cand] = []
    starts: list[int] = []
    ends: list[int] = []
    for cand in ranked:
        s, e = cand[0], cand[1]
        k = bisect_left(starts, e)
        if k and ends[k - 1] > s:
            continue
        starts.insert(k, s)
        ends.insert(k, e)
        kept.append(cand)
    return sorted(kept)


_START_OF: Final = itemgetter(0)
_END_OF: Final = itemgetter(1)
_SPAN_OF: Final = itemgetter(0, 1)
_LABEL_OF: Final = itemgetter(2)


def _rank(c: Cand) -> tuple[int, int, int]:
    return -(c[1] - c[0]), -c[3], c[0]


def _select_slow(ranked: list[Cand]) -> list[Cand]:
    """:func:`select` for candidates that include empty ranges: pairwise tests."""
    kept: list[Cand] = []
    for cand in ranked:
        s, e = cand[0], cand[1]
        if any(s < ke and ks < e for ks, ke, _, _ in kept):
            continue
        kept.append(cand)
    return sorted(kept)


def paragraph_candidates(text: str, start: int, end: int, zone: str | None,
                         gaz: Gazetteers) -> tuple[list[Cand], list[Token]]:
    """Every candidate of the paragraph ``text[start:end]`` and its tokens."""
    toks = token_tuples(text, start, end)
    texts = list(map(TEXT_OF, toks))
    return _candidates(text, start, end, zone, gaz, toks, texts, set(texts)), toks


_GIFT_WORDS: Final = frozenset(("thưởng", "Thưởng", "quà", "hàng"))
_PEOPLE_WORDS: Final = frozenset(("người", "Người", "tộc", "bào", "đồng"))
_CROP_WORDS: Final = frozenset(("lúa", "Lúa", "gạo", "Gạo", "giống", "Giống"))


def _candidates(text: str, start: int, end: int, zone: str | None, gaz: Gazetteers,
                toks: list[Token], texts: list[str], words: set[str]) -> list[Cand]:
    """:func:`paragraph_candidates` given the tokens, their texts and the set of them."""
    if not toks:
        return []
    idx = TokIndex(toks)
    names: list[Cand] = []
    heads: dict[int, int] = {}
    titles: list[tuple[int, int, str]] = []
    events: list[tuple[int, int]] = []
    descs: set[int] = set()
    has_doc = False
    n = len(toks)
    for s, e, tag in gaz.every.find_range(text, start, end):
        if tag == "DESC":
            i = bisect_left(toks, s, key=_START_OF)  # idx.at_start(s), without the call
            if i < n and toks[i][START] == s:
                descs.add(i)
        elif tag == "DOCTYPE":
            has_doc = True
        elif tag == "HEAD":
            i = bisect_left(toks, s, key=_START_OF)
            if i < n and toks[i][START] == s:
                j = bisect_left(toks, e, i, key=_END_OF)
                if j < n and toks[j][END] == e:
                    heads[i] = max(heads.get(i, 0), j + 1)
        elif tag == "TITLE":
            titles.append((s, e, tag))
        elif tag == "EVENT":
            events.append((s, e))
        else:
            names.append((s, e, tag, 5))
            if tag == "MISC" and text[s:e].isascii():  # "SEA Games 33", "World Cup 2026"
                m = _EDITION.match(text, e, end)
                if m:
                    names.append((s, m.end(), tag, 5))
    names_end: dict[int, int] = {}
    loc_end: dict[int, int] = {}
    cands: list[Cand] = []
    for cand in names:
        s, e, label, _ = cand
        i = bisect_left(toks, s, key=_START_OF)  # idx.at_start(s)
        if i == n or toks[i][START] != s:
            cands.append(cand)  # opens no token: neither a place test nor an index
            continue
        if label != "LOC" or not _not_a_place_at(i, cand, toks, gaz):
            cands.append(cand)
        j = bisect_left(toks, e, i, key=_END_OF)  # idx.at_end(e)
        if j == n or toks[j][END] != e:
            continue
        names_end[i] = max(names_end.get(i, 0), j + 1)
        if label == "LOC":
            loc_end[i] = max(loc_end.get(i, 0), j + 1)

    # token index -> end index of a head / place / listed name starting there (0: none);
    # the rules call these for token indices only, so a list's C-level __getitem__ does
    head_at = _ends_by_index(heads, n) if heads else _ZERO
    loc_at = _ends_by_index(loc_end, n) if loc_end else _ZERO
    names_at = _ends_by_index(names_end, n) if names_end else _ZERO

    inside_loc = {k for i, j in loc_end.items() for k in range(i + 1, j)} if loc_end else set()
    for i, j in loc_end.items():  # "Sài Gòn Lotus", "Thăng Long Dragons": a team or brand
        if j < n and toks[j][CAP] and toks[j][JOINED] and toks[j][TEXT].isascii() \
                and toks[j][TEXT].isalpha() and not vietnamese_syllable(toks[j][TEXT]) \
                and not (j + 1 < n and toks[j + 1][CAP] and toks[j + 1][JOINED]):
            cands.append((toks[i][START], toks[j][END], "ORG", 5))
    cands += per_candidates(toks, idx, titles, gaz, head_at, names_at, loc_at, inside_loc,
                            texts, words)
    if heads or not _BAO_SPELLINGS.isdisjoint(words):
        cands += org_candidates(toks, heads, gaz, head_at, loc_at, inside_loc, texts, words)
    if not BRAND_TRIGGERS.isdisjoint(words):
        cands += brand_candidates(toks, texts, words)
    if descs:
        cands += loc_candidates(toks, gaz, head_at, loc_at, sorted(descs), text)
    if has_doc:
        cands += doc_candidates(text, start, end)
    # the rules below are called only where their trigger occurs (each tests it again)
    if "Luật" in words or "Bộ" in words:
        cands += law_candidates(toks, gaz, texts, words, text)
    if text.find("ão ", start, end) >= 0:
        cands += storm_candidates(text, start, end)
    if "Anh" in words:
        cands += england_candidates(toks, texts, words)
    if events:
        cands += event_candidates(events, toks, idx, gaz, head_at, loc_at)
    if text.find("\"", start, end) >= 0 or text.find("“", start, end) >= 0:
        cands += quoted_titles(text, start, end)
        if not NICKNAME_WORDS.isdisjoint(words):
            cands += nickname_candidates(text, start, end)
    codes, latin_pair = code_names_and_pair(text, start, end)
    cands += codes
    if "phiếu" in words or "VN-Index" in words or "VN-INDEX" in words:  # a market report:
        cands += [(t[START], t[END], "ORG", 1) for t in toks  # "CTG, BID và TCB tăng": tickers
                  if len(t[TEXT]) == 3 and t[TEXT].isupper() and t[TEXT].isascii()
                  and t[TEXT].isalpha() and t[TEXT] not in _NOT_TICKERS
                  and not _ROMAN_NUMERAL.fullmatch(t[TEXT]) and not text.startswith(" ETF", t[END])]
    camel = _camel_brands(text, words) if any(map(_CAMEL.fullmatch, words)) else ()
    if camel:  # "LVSec", "HTBank": a brand written in mixed case is a company at least
        cands += [(t[START], t[END], "ORG", 1) for t in toks if t[TEXT] in camel]
    if not _PEOPLE_WORDS.isdisjoint(words):
        cands += ethnic_names(text, start, end)
    if not _CROP_WORDS.isdisjoint(words):
        cands += variety_names(text, start, end)
    if latin_pair:  # what foreign names need (tested there too)
        cands += foreign_per_candidates(toks, names_end, texts, text, start, end, words)
    first = text[start]
    if first == "(" or first == "Đ" or "A" <= first <= "Z":  # how a source tag opens
        cands += source_tag_candidates(text, start, end)
    if zone == "BYLINE" or has_credit_word(text, start, end):
        cands += credit_candidates(text, start, end, zone, gaz)
    if toks[0][CAP]:
        cands += label_name(text, toks, gaz)
    if "Tết" in words and not _GIFT_WORDS.isdisjoint(words):  # "thưởng Tết": a bonus, no event
        cands = [c for c in cands if not (c[2] == "MISC" and text.startswith("Tết", c[0])
                                          and not text[c[0] + 4:c[0] + 5].isupper()  # "Tết Bính Ngọ"
                                          and text[max(start, c[0] - 8):c[0]].split()[-1:]
                                          in (["thưởng"], ["quà"], ["hàng"], ["Thưởng"]))]
    if "tiếng" in words:  # "tiếng Pháp", "tiếng Anh": a language, no place or person
        cands = [c for c in cands if not (c[2] in ("LOC", "PER", "MISC") and text.endswith("tiếng ", start, c[0])
                                          and " " not in text[c[0]:c[1]])]  # ("tiếng Khmer" too)
    if text.find(".", start, end) >= 0:
        cands += initials_candidates(text, start, end, gaz.surnames)
    if not PRODUCT_WORDS.isdisjoint(words):
        cands += product_candidates(text, start, end)
    if not EVENT_WORDS.isdisjoint(words):
        cands += english_event_candidates(text, start, end)  # "Vietnam Open 2026"
    if not FIRM_WORDS.isdisjoint(words):
        cands += firm_candidates(text, start, end)  # "Chạm Labs", "Sông Hàn Ventures"
    if text.find(";", start, end) >= 0 and text.find(":", start, end) >= 0:
        cands += lineup_candidates(text, start, end)  # "Chelsea: Salgado; Jameson, Colby, …"
    if _MODEL_NUMBER.search(text, start, end):  # "Amazfit Balance 3", "Zepp OS 5"
        cands += model_candidates(text, start, end)
    if "chuỗi" in words or "Chuỗi" in words or "hiệu" in words:  # "chuỗi Rang Mộc"
        cands += chain_candidates(text, start, end)
    if "League" in words:
        cands += league_candidates(text, start, end)
    if not TICKER_WORDS.isdisjoint(words):
        cands += ticker_candidates(text, start, end)
    if "hứ" in text[start:end]:  # "Thứ Hai, 22/6", "sáng thứ Hai": a weekday, nobody's name
        cands = [c for c in cands if not (c[2] == "PER" and (
            _WEEKDAY.fullmatch(text, c[0], c[1])
            or (text[c[0]:c[1]] in _WEEKDAY_NUMBERS and lower(text[max(0, c[0] - 4):c[0]]) == "thứ ")))]
    if _UNIT_AFTER_NUMBER.search(text, start, end):  # "38 MB": a size, not MB Bank
        cands = [c for c in cands if not (c[1] - c[0] == 2 and text[c[0]:c[1]] in _SIZE_UNITS
                                          and text[c[0] - 2:c[0] - 1].isdigit())]
    return [c for c in cands if c[1] - c[0] not in _EXCLUDED_LENGTHS
            or text[c[0]:c[1]] not in EXCLUDED]


_SENTENCE_OPEN: Final = re.compile(r"(?:^|[.!?…:]\s+|\n|“)$")
_WEEKDAY: Final = re.compile(r"[Tt]hứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)")
_WEEKDAY_NUMBERS: Final = frozenset(("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"))
_SIZE_UNITS: Final = frozenset(("MB", "GB", "TB", "KB", "MP"))
_UNIT_AFTER_NUMBER: Final = re.compile(r"\d (?:MB|GB|TB|KB|MP)(?!\w)")


_ZERO: Final[Callable[[int], int]] = (0).__mul__  # 0 for any int, a C-level call


def _ends_by_index(ends: dict[int, int], n: int) -> Callable[[int], int]:
    """``ends.get(i, 0)`` for token indices ``0 <= i < n``, without a Python call."""
    if not ends:
        return _ZERO
    table = [0] * n
    for i, j in ends.items():
        table[i] = j
    return table.__getitem__


_NOT_NAME_LABELS: Final = frozenset("NÓNG HỎI ĐÁP MỚI CHÚ LƯU ẢNH TIN".split())  # "NÓNG: …" a ticker
_DAY_PARTS: Final = frozenset({"Sáng", "Trưa", "Chiều", "Tối", "Đêm"})
_DAY_NEXT: Final = frozenset({"thứ", "chủ", "nay", "mai", "qua", "hôm", "ngày", "mùng", "rằm"})
_NOT_PAPER_LABELS: Final = frozenset("PV MC BTV CTV GS PGS TS THS BS KTS NSND NSƯT VIDEO CLIP ẢNH "
                                     "LIVE PODCAST INFO NÓNG HOT MỚI".split())  # ("VIDEO: …")


def label_name(text: str, toks: list[Token], gaz: Gazetteers) -> list[Cand]:
    """PER (priority 2) for the name in a speaker label opening the paragraph and ending at
    its colon: two to four name syllables (``Ngọc Hà: Bà đến với nghề từ khi nào?``, a
    reporter signing questions), or one to four after a reporter's ``PV`` or a title
    (``PV Thu Hà:``, ``BÁC SĨ CKII HOÀNG THỊ LAN:``, ``Nghệ nhân ưu tú X:``); a label in
    capitals is read title-cased. ORG for a paper's acronym as the label (``KTSG: Doanh thu
    …``), but not ``PV:``, ``MC:``."""
    first = toks[0][TEXT]
    if (first.isupper() and 2 <= len(first) <= 6 and first not in _NOT_PAPER_LABELS
            and text[toks[0][END]:toks[0][END] + 1] == ":"):
        cap = first.capitalize()
        if vietnamese_syllable(cap) and first not in _NOT_NAME_LABELS and (cap in gaz.given or any(
                unicodedata.decomposition(ch) for ch in first if ch != "Đ")):
            return [(toks[0][START], toks[0][END], "PER", 2)]  # "HẠNH:": a guest's given name
        return [(toks[0][START], toks[0][END], "ORG", 2)]
    colon = text.find(":", toks[0][START], toks[0][START] + 80)
    if colon < 0:
        return []
    label = text[toks[0][START]:colon]
    if "\n" in label or not label[:1].isupper():
        return []
    k = 0  # the first token of the name, after a reporter's "PV" or a title
    if first in ("PV", "P") and toks[0][END] < colon:
        k = 2 if first == "P" and len(toks) > 1 and toks[1][TEXT] == "V" else 1
    else:
        folded = label.title() if label.isupper() else label
        ends = [e for s, e, _tag in gaz.titles.find_range(folded, 0, len(folded)) if s == 0]
        if ends:
            stop = toks[0][START] + max(ends)
            while k < len(toks) and toks[k][START] < stop:
                k += 1
            while k < len(toks) and toks[k][TEXT].isupper() and len(toks[k][TEXT]) <= 5 \
                    and _syllable(toks[k][TEXT]) not in gaz.surnames:
                k += 1  # a degree after the title: "CKII", "TS"
    least = 1 if k else 2
    n = 0
    while k + n < len(toks) and n < 4 and toks[k + n][END] <= colon and toks[k + n][CAP] and (
            _syllable(toks[k + n][TEXT]) in gaz.given or _syllable(toks[k + n][TEXT]) in
            gaz.surnames):
        n += 1
    if not least <= n or toks[k + n - 1][END] != colon or (k + n < len(toks)
                                                          and toks[k + n][END] <= colon):
        return []
    return [(toks[k][START], toks[k + n - 1][END], "PER", 2)]


def _syllable(word: str) -> str:
    """``word`` as a name syllable is written in the gazetteers (``HOÀNG`` → ``Hoàng``)."""
    return word.capitalize() if word.isupper() else word


def _not_a_place(cand: Cand, toks: list[Token], idx: TokIndex, gaz: Gazetteers) -> bool:
    """A listed LOC ``cand`` that is no place here: the last syllable of a personal name
    (a one-word LOC right after a given-name syllable, ``Minh Đức``) or a direction (a
    region named only by compass words after ``phía``/``hướng``: ``phía Tây Bắc Nghệ An``
    is not the region ``Tây Bắc``)."""
    i = idx.at_start(cand[0])
    return i is not None and _not_a_place_at(i, cand, toks, gaz)


def _not_a_place_at(i: int, cand: Cand, toks: list[Token], gaz: Gazetteers) -> bool:
    """:func:`_not_a_place` for ``cand`` opening token ``i``."""
    if toks[i][END] == cand[1] and toks[i][TEXT] in _ONE_WORD_COUNTRIES and i + 1 < len(toks) \
            and toks[i + 1][JOINED] and toks[i + 1][CAP] and vietnamese_syllable(toks[i + 1][TEXT]) \
            and not toks[i + 1][TEXT].isupper() and not (
                toks[i + 1][TEXT] in gaz.surnames and i + 2 < len(toks) and toks[i + 2][CAP]
                and toks[i + 2][JOINED]):
        return True  # "tại Mỹ Thuận", "Đức Thịnh": a Vietnamese name opening with a country's
    if toks[i][END] == cand[1] and i + 1 < len(toks) and toks[i + 1][JOINED] \
            and f"{lower(toks[i][TEXT])} {toks[i + 1][TEXT]}" in _COUNTRY_COMPOUNDS:
        return True  # "Mỹ thuật", "Anh văn": a word, no country
    if i == 0:
        return False
    prev = toks[i - 1]
    if (toks[i][END] == cand[1] and toks[i][JOINED] and prev[CAP] and prev[TEXT] in gaz.given
            and not prev[INITIAL]):
        return True
    if lower(prev[TEXT]) not in _TOWARDS:
        return False
    j = i
    while j < len(toks) and toks[j][START] < cand[1]:
        if toks[j][TEXT] not in _COMPASS:
            return False
        j += 1
    return True


_COMPASS: Final = frozenset("Đông Tây Nam Bắc".split())
# Words opening with a country's one-syllable name: "Mỹ thuật" is art, not America.
_COUNTRY_COMPOUNDS: Final = frozenset(("mỹ thuật", "mỹ phẩm", "mỹ nghệ", "mỹ học", "mỹ viện",
                                       "mỹ nhân", "mỹ mãn", "mỹ quan", "mỹ vị", "anh văn",
                                       "pháp luật", "pháp lý", "pháp nhân", "pháp chế", "pháp quyền",
                                       "pháp y", "nhật ký", "nhật báo", "nhật thực", "hàn gắn",
                                       "đức tính", "ý kiến", "ý tưởng", "ý nghĩa", "ý thức",
                                       "ý chí", "úc châu"))
_ONE_WORD_COUNTRIES: Final = frozenset("Mỹ Nga Lào Pháp Đức Anh Úc Ý Nhật Hàn Bỉ Thụy".split())
_TOWARDS: Final = frozenset("phía hướng".split())


# Two-word descriptors whose first word is also a given name ("thành phố", "thị xã").
_DESCRIPTOR_PAIRS: Final = frozenset(" ".join(lower(d).split()[:2]) for d in LOC_DESCRIPTORS
                              + LOC_APPELLATIONS if " " in d) | frozenset((
    # common words whose first syllable is a given name: "Thanh khoản", "Toàn bộ", "Anh em"
    "thanh khoản", "thanh toán", "thanh niên", "thanh tra", "thanh lý", "toàn bộ", "toàn diện",
    "toàn dân", "toàn cầu", "toàn quốc", "anh em", "nhân sự", "nhân viên", "nhân dân", "nhân lực",
    "an toàn", "an ninh", "bình quân", "bình thường", "hòa bình", "minh bạch", "phúc lợi",
    "hải quan", "hải sản", "trung bình", "trung tâm", "thành công", "thành viên", "tâm lý",
    "quang cảnh", "hưng thịnh", "cường độ", "tiến độ", "phát triển", "vinh dự", "hạnh phúc"))


def short_name_candidates(toks: list[Token], names: set[str], gaz: Gazetteers,
                          firsts: set[str] | None = None,
                          texts: list[str] | None = None) -> list[Cand]:
    """PER for a given name already seen at the end of a full name: one syllable
    (``Hoa`` after ``Lò Thị Hoa``, priority 1) or a double one (``Thanh Hà`` after
    ``Nguyễn Thị Thanh Hà``, priority 6: it outranks a district of the same name).

    ``firsts`` (the first words of ``names``) and ``texts`` (the token texts) may be
    given to save recomputing them: only tokens whose text is in ``firsts`` can open one.
    """
    out: list[Cand] = []
    n = len(toks)
    if firsts is None:
        firsts = {name.partition(" ")[0] for name in names}
    if texts is None:
        texts = list(map(TEXT_OF, toks))
    for i in compress(range(n), map(firsts.__contains__, texts)):
        t = toks[i]
        if not t[CAP]:
            continue
        two = i + 1 < n and toks[i + 1][JOINED] and f"{t[TEXT]} {toks[i + 1][TEXT]}" in names
        if not two and (t[TEXT] not in names
                        or phrase_at(toks, i, gaz.lexicon, gaz.lexicon_max) > 1):
            continue
        if (not two and i + 1 < n and toks[i + 1][JOINED] and not toks[i + 1][CAP]
                and f"{lower(t[TEXT])} {toks[i + 1][TEXT]}" in _DESCRIPTOR_PAIRS):
            continue  # "Thành phố …", "Thị xã …": a descriptor, not the given name "Thành"
        if (not two and t[TEXT] in _DAY_PARTS and i + 1 < n and toks[i + 1][JOINED]
                and (lower(toks[i + 1][TEXT]) in _DAY_NEXT or toks[i + 1][TEXT][:1].isdigit())):
            continue  # "Sáng thứ Bảy", "Chiều nay": a time of day, not the given name "Sáng"
        last = i + 1 if two else i
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and t[JOINED] and (
                lower(prev[TEXT]) in NOT_BEFORE_NAMES or prev[CAP] and not prev[INITIAL]):
            continue  # "miền Bắc", a place after its descriptor, or after another capital
        if last + 1 < n and toks[last + 1][JOINED] and toks[last + 1][CAP]:
            continue
        out.append((t[START], toks[last][END], "PER", 6 if two else 1))
    return out


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[start:end]`` holding a non-space character."""
    out = []
    pos = start
    for line in text[start:end].split("\n"):
        stop = pos + len(line)
        if line and not line.isspace():
            out.append((pos, stop))
        pos = stop + 1
    return out


@lru_cache(maxsize=1)
def _scheme() -> LabelScheme:
    """The default label scheme, read once (``default_scheme`` parses its file per call)."""
    return default_scheme()


def document_entities(doc: Document, gaz: Gazetteers) -> list[Cand]:
    """Selected entities of the content zones of ``doc``, in two passes.

    The second pass adds what the first taught about the document: lone given names of
    people named in full (``Nhung`` after ``Nguyễn Thị Nhung``) and quoted titles seen
    after a naming noun.
    """
    zone_at = {s.start: s.label for s in doc.spans if s.layer == "zone"}
    paras = []
    for a, b in content_ranges(doc, _scheme()):
        for ps, pe in _paragraphs(doc.text, a, b):
            toks = token_tuples(doc.text, ps, pe)
            texts = list(map(TEXT_OF, toks))
            vocab = set(texts)
            cands = _candidates(doc.text, ps, pe, zone_at.get(ps), gaz, toks, texts, vocab)
            paras.append((ps, pe, cands, toks, texts, vocab, select(cands)))
    given: set[str] = set()
    quoted: set[str] = set()
    acronyms: set[str] = set()
    places: set[str] = set()
    nicknames: set[str] = set()
    initials: set[str] = set()
    brands: set[str] = set()
    stage: set[str] = set()
    firms: set[str] = set()
    for _ps, _pe, _c, _t, _x, _w, kept in paras:
        for s, e, label, _ in kept:
            name = doc.text[s:e]
            words = name.split()
            if label == "ORG" and name.startswith(_FIRM_HEADS):
                firms.update(firm_short_names(name, gaz))  # "Công ty cổ phần Nông sản Phú
                # Điền": "Nông sản Phú Điền" and "Phú Điền" name it further on
            if label == "PER" and name[-1] == ".":
                if len(words) >= 2 and len(words[-1]) == 2:
                    initials.add(words[-1])  # "Nguyễn Văn T." is "T." further on
            elif label == "PER" and s > 0 and doc.text[s - 1] in "“\"" and len(words) >= 2:
                nicknames.add(name)  # "hay “Nam Bơ”": the nickname names him elsewhere too
            elif label == "PER" and len(words) >= 2 and words[-1][0].isupper():
                if words[0] not in gaz.surnames and len(words) <= 3 and name not in gaz.loc_names \
                        and not any(w.isupper() and len(w) >= 2 for w in words):
                    stage.add(name)  # "ca sĩ Vân Du": a name with no surname, whole elsewhere
                    # (not a place or a body read as a name after a post: "CDC Lào Cai")
                given.add(words[-1])
                if len(words) >= 3 and words[-2] not in ("Văn", "Thị"):
                    given.add(f"{words[-2]} {words[-1]}")
            elif (label == "PER" and len(words) == 1 and name[0].isupper() and name[1:].islower()
                  and name not in gaz.given and name not in gaz.surnames
                  and _PERFORMER.search(doc.text, max(0, s - 14), s) is not None):
                stage.add(name)  # "rapper Tyo": "Tyo" names him elsewhere too
            elif label == "MISC" and s > 0 and doc.text[s - 1] in "“\"":
                quoted.add(name)
            elif label == "ORG" and s > 7 and doc.text[max(0, s - 13):s].rstrip().endswith(
                    ("chuỗi", "thương hiệu")):
                brands.add(name)  # "chuỗi Rang Mộc": "Rang Mộc" names the chain elsewhere too
            elif label == "ORG" and name.isupper() and len(name) >= 2:
                acronyms.add(name)  # "ANTĐ" of a source tag, named again in the body
            elif label == "ORG" and doc.text.startswith(" (", e):
                inner = _BRACKET_ACRONYM.match(doc.text, e + 2)
                if inner is not None:  # "Công ty … Đông Hòa (DHPC)": "DHPC" names it later
                    acronyms.add(inner.group(1))
            elif (label == "LOC" and name[:1].isupper() and len(words) <= 3
                  and not (len(words) == 1 and name in gaz.given)):
                places.add(name)  # "xã Minh Châu" teaches that "Minh Châu" is a place
    stage |= _speaker_names(doc, gaz)
    if "tên thật" in doc.text:  # "Mia Khuê tên thật là Phạm Ngọc Khuê": the stage name is hers
        for m in _STAGE_NAME.finditer(doc.text):
            words = m.group(1).split()
            if words[0] in _HONORIFICS_CAP:  # "Ông Tư Lành (tên thật …)": the name after it
                words = words[1:]
            if words and all(w[:1].isupper() for w in words):
                stage.add(" ".join(words))
    out: list[Cand] = []
    firsts = {n.partition(" ")[0] for n in given}
    place_firsts = {p.partition(" ")[0] for p in places}
    for ps, pe, cands, toks, texts, vocab, kept in paras:
        extra = short_name_candidates(toks, given, gaz, firsts, texts) \
            if given and not firsts.isdisjoint(vocab) else []
        if extra and "Anh" in vocab:  # "Anh là một trong 37 hộ": the pronoun opening a
            extra = [c for c in extra if not (  # sentence, not Kim Anh
                doc.text[c[0]:c[1]] == "Anh" and _SENTENCE_OPEN.search(doc.text, max(0, c[0] - 3), c[0])
                and doc.text[c[1]:c[1] + 2][1:2].islower())]
        if extra and not _WEEKDAY_NUMBERS.isdisjoint(vocab):  # "sáng thứ Hai": not ông Hai
            extra = [c for c in extra if not (doc.text[c[0]:c[1]] in _WEEKDAY_NUMBERS and lower(
                doc.text[max(0, c[0] - 4):c[0]]) == "thứ ")]
        if acronyms and not acronyms.isdisjoint(vocab):
            extra += [(toks[i][START], toks[i][END], "ORG", 1)
                      for i in compress(range(len(toks)), map(acronyms.__contains__, texts))]
        if quoted and (doc.text.find("\"", ps, pe) >= 0 or doc.text.find("“", ps, pe) >= 0):
            extra += quoted_occurrences(doc.text, ps, pe, quoted)
        if nicknames:
            extra += name_occurrences(doc.text, ps, pe, nicknames)
        if brands:
            extra += name_occurrences(doc.text, ps, pe, brands, "ORG")
        if firms:  # (not "hồ thủy điện Đắk Đrinh", "dự án Phú Đông Riverside": a place)
            extra += [c for c in name_occurrences(doc.text, ps, pe, firms, "ORG")
                      if not _PLACE_BEFORE_FIRM.search(doc.text, max(ps, c[0] - 14), c[0])
                      and not doc.text[c[1]:c[1] + 2].strip()[:1].isupper()]
        if stage:
            extra += name_occurrences(doc.text, ps, pe, stage)
        if initials:
            extra += initial_occurrences(doc.text, ps, pe, initials)
        if places and not place_firsts.isdisjoint(vocab):
            found = known_places(toks, places, place_firsts, texts)
            if found:  # a place the first pass found here already needs no second look
                have = set(map(_SPAN_OF, cands))
                extra += [c for c in found if (c[0], c[1]) not in have]
        chosen = select(cands + extra) if extra else kept
        if places and "PER" in map(_LABEL_OF, chosen):
            chosen = [(s, e, "LOC", prio) if label == "PER" and doc.text[s:e] in places
                      and _PLACE_WORD_BEFORE.search(doc.text, max(ps, s - 12), s) else (s, e, label, prio)
                      for s, e, label, prio in chosen]  # "Trưởng thôn Xà Ơi" of "thôn Xà Ơi"
        if doc.text.find(" - ", ps, pe) >= 0 or doc.text.find(" – ", ps, pe) >= 0:
            chosen = dash_continued(doc.text, chosen, pe, gaz)
        if "ORG" in map(_LABEL_OF, chosen) and doc.text.find(" Việt Nam", ps, pe) >= 0:
            chosen = national_branches(doc.text, chosen)
        if "ORG" in map(_LABEL_OF, chosen) and doc.text.find("Khối ", ps, pe) >= 0:
            chosen = [_without_division(doc.text, c) for c in chosen]
        if "ORG" in map(_LABEL_OF, chosen) and doc.text.find(" báo", ps, pe) >= 0:
            chosen = [_without_cue(doc.text, c) for c in chosen]
        out.extend(chosen)
        labels = set(map(_LABEL_OF, chosen))
        if "ORG" in labels and doc.text.find("(", ps, pe) >= 0:  # how an acronym opens
            out.extend(paren_acronyms(doc.text, chosen, pe))
        if "LOC" in labels:
            out.extend(listed_places(doc.text, toks, chosen, pe, gaz))
    return out


_FIRM_HEADS: Final = ("Công ty", "Tổng công ty", "Tổng Công ty", "Tập đoàn")
_LEGAL_WORDS: Final = frozenset("cổ phần TNHH CP MTV một thành viên trách nhiệm hữu hạn Cổ phần Cổ Phần".split())


_PLACE_BEFORE_FIRM: Final = re.compile(r"(?:dự án|thủy điện|hồ|nhà máy|khu|xã|huyện|tỉnh|phường|sông|cầu|"
                                       r"đường|thôn|bản|làng)\s+$")


def firm_short_names(name: str, gaz: Gazetteers) -> set[str]:
    """The short names a company's full name gives (``Công ty cổ phần Nông sản Phú Điền`` →
    ``Nông sản Phú Điền``, ``Phú Điền``): its words after the head and the legal form, and
    its last two capitalised syllables when they are no place (``Thủy điện Đắk Đrinh`` gives
    no ``Đắk Đrinh``) and no personal name's ending."""
    words = name.split()
    k = 2 if words[0] in ("Công", "Tập") else 3  # "Công ty", "Tập đoàn", "Tổng công ty"
    while k < len(words) and words[k] in _LEGAL_WORDS:
        k += 1
    rest = words[k:]
    out: set[str] = set()
    if len(rest) >= 2 and rest[0][:1].isupper() and len(rest) <= 5 \
            and sum(w[:1].isupper() for w in rest) >= 2:  # (not a bare trade: "Bảo hiểm")
        out.add(" ".join(rest))
        tail = rest[-2:]
        if len(rest) >= 3 and all(w[:1].isupper() and w[1:].islower() for w in tail) \
                and " ".join(tail) not in gaz.loc_names and tail[0] not in gaz.surnames:
            out.add(" ".join(tail))
    return out


def national_branches(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a foreign brand's ORG and the ``Việt Nam`` right after it made one ORG,
    the brand's Vietnamese branch (``OPPO Việt Nam``, ``Forbes Việt Nam``); the place or the
    name read in ``Việt Nam`` goes."""
    out: list[Cand] = []
    skip = -1
    for k, (s, e, label, prio) in enumerate(chosen):
        if k == skip:
            continue
        if label == "ORG" and text.startswith(" Việt Nam", e) and _LATIN_BRAND.fullmatch(text, s, e) \
                and not text[e + 9:e + 10].isalnum():
            nxt = chosen[k + 1] if k + 1 < len(chosen) else None
            if nxt is not None and nxt[0] == e + 1:
                if nxt[1] != e + 9:
                    out.append((s, e, label, prio))  # "Việt Nam Airlines": a name of its own
                    continue
                skip = k + 1
            out.append((s, e + 9, label, prio))
            continue
        out.append((s, e, label, prio))
    return out


def _without_division(text: str, cand: Cand) -> Cand:
    """``cand`` without a division opening it when a firm's name follows (``Khối Nguồn vốn
    Ngân hàng TMCP X`` → ``Ngân hàng TMCP X``): a division named in a job title is no ORG."""
    s, e, label, prio = cand
    if label != "ORG" or not text.startswith("Khối ", s):
        return cand
    m = _FIRM_HEAD.search(text, s + 5, e)
    return (m.start(), e, label, prio) if m is not None else cand


def _without_cue(text: str, cand: Cand) -> Cand:
    """``cand`` without a speech verb run into its end before a comma (``Trung tâm Dự báo
    khí tượng thủy văn quốc gia dự báo, …``: the centre forecasts)."""
    s, e, label, prio = cand
    m = _CUE_END.search(text, s, e) if label == "ORG" else None
    if m is None or m.start() <= s or text[e:e + 1] not in ",:":
        return cand
    return (s, m.start(), label, prio)


_CUE_END: Final = re.compile(r" (?:dự báo|thông báo|cảnh báo)$")
_FIRM_HEAD: Final = re.compile(r"(?<= )(?:Công ty|Tổng công ty|Tổng Công ty|Ngân hàng|Tập đoàn) ")


# A brand in Latin letters with no Vietnamese diacritic: "OPPO", "Xiaomi", "Counterpoint".
_LATIN_BRAND: Final = re.compile(r"[A-Za-z][A-Za-z0-9&.+-]*(?: [A-Z][A-Za-z0-9&.+-]*){0,2}")


# A stage name before the real one: "Mia Khuê tên thật là Phạm Ngọc Khuê", "(tên thật: …)".
_HONORIFICS_CAP: Final = frozenset("Ông Bà Anh Chị Cô Chú Em Cụ Bác Thầy".split())
_STAGE_NAME: Final = re.compile(r"(?<![\w-])([A-ZĐÀ-Ỹ][\w'-]*(?: [A-ZĐÀ-Ỹ][\w'-]*){0,2})"
                                r"\s*(?:,\s*|\(\s*)?tên thật(?:\s+là|\s*:)?\s+[A-ZĐ]")


# A brand written in mixed case: capitals then lowercase then a capital, or two capitals
# and lowercase ("LVSec", "VinFast", "CafeBiz", "NSBank").
_CAMEL: Final = re.compile(r"[A-Z]{2,}[a-z]{2,}[A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*")


_ROMAN_NUMERAL: Final = re.compile(r"[IVXLC]+")  # "quý III"
# Three capitals that name no listed company in a market report.
_NOT_TICKERS: Final = frozenset("USD VND EUR JPY CNY GDP CPI FDI ODA ETF IPO ROE ROA EPS CEO CFO "
                                "ATM AGM OTC NAV USA WTO IMF CEO KCN BĐS".split())
_DEGREES: Final = frozenset({"ThS", "PGS", "TSKH", "BSCKI", "BSCKII", "KTS", "NCS"})
_PRODUCT_WORDS: Final = ("ứng dụng", "nền tảng", "phần mềm", "sản phẩm", "app", "mạng xã hội",
                         "thiết bị", "giải pháp", "dịch vụ", "trợ lý", "tính năng", "hệ điều hành")


def _camel_brands(text: str, words: set[str]) -> set[str]:
    """The mixed-case words of a paragraph (``words``) that name a company: four letters or
    more, no degree (``ThS``), and never written after a product word in the article
    (``ứng dụng TalkBook`` is a product)."""
    out = set()
    for w in words:
        if len(w) < 4 or w in _DEGREES or not _CAMEL.fullmatch(w):
            continue
        product = re.search(rf"(?i:{'|'.join(_PRODUCT_WORDS)})\s+{re.escape(w)}(?!\w)", text)
        if product is None:
            out.add(w)
    return out


# A place word right before a name the article also writes as a place: the post's place
# ("Trưởng thôn Xà Ơi"), not a person.
_PLACE_WORD_BEFORE: Final = re.compile(r"(?<!\w)(?i:thôn|xã|bản|ấp|làng|phường|buôn|sóc|"
                                       r"khu phố|tổ dân phố)\s+$|(?<!\w)(?:ở|tại)\s+$")  # (a place
# the text named with its kind, then "ở Kim Long": still that place)


def _speaker_names(doc: Document, gaz: Gazetteers) -> set[str]:
    """Names of the people the speech layer found speaking (``Mộc Miên`` of an interview
    labelled ``Mộc Miên:``): PER wherever the article writes them. Only names of two or three
    capitalised words with no family name (a stage name the rules cannot read), not a body
    (its first word an organisation head), a place or a title."""
    out: set[str] = set()
    for sp in doc.speakers:
        words = sp.name.split()
        if not 2 <= len(words) <= 3 or words[0] in gaz.surnames or sp.name in gaz.loc_names \
                or not all(w[:1].isupper() and w[1:].islower() and vietnamese_syllable(w)
                           for w in words):
            continue  # ("Saola Labs" is a company)
        if gaz.heads.find(sp.name) or gaz.titles.find(sp.name) or gaz.names.find(sp.name):
            continue
        out.add(sp.name)
    return out


# What a name runs on to over a dash: a regional court's or procuracy's province ("Tòa án nhân
# dân khu vực 2 - Hà Tĩnh"), the partner of "Việt Nam" in an agreement's or a body's name
# ("Hiệp định Thương mại tự do Việt Nam - EU"), the Pacific after Asia.
_DASH_PLACE: Final = re.compile(r" [-–] ([A-ZĐÀ-Ỹ]\w*(?:\.\w+)*(?: [A-ZĐÀ-Ỹ]\w*(?:\.\w+)*){0,3})")
_REGION_END: Final = re.compile(r"(?:khu vực|Khu vực) \d{1,2}$")
_NOT_PLACE_FIRST: Final = frozenset("Cơ Báo Tạp Đài Trang Ban Sở Bộ Công Hội Trung Kênh Thông".split())
_EVENT_HEAD: Final = re.compile(r"(?:Giải|Cuộc thi|Lễ hội|Liên hoan|Festival|Hội thi)\s")


def dash_continued(text: str, chosen: list[Cand], end: int, gaz: Gazetteers) -> list[Cand]:
    """``chosen`` with an ORG/MISC/LOC name extended over `` - `` to the place that belongs to
    it (see ``_DASH_PLACE``), the candidates inside the extension dropped."""
    out = list(chosen)
    for s, e, label, prio in chosen:
        if label not in ("ORG", "MISC", "LOC"):
            continue
        m = _DASH_PLACE.match(text, e, end)
        if m is None:
            continue
        name, place = text[s:e], m.group(1)
        words = place.split()
        if _REGION_END.search(name) and label == "ORG":
            stop = next((m.start(1) + len(" ".join(words[:n])) for n in range(len(words), 0, -1)
                         if " ".join(words[:n]) in gaz.loc_names), None)
        elif name.endswith("Việt Nam") and label in ("ORG", "MISC"):
            first = words[0]
            stop = m.start(1) + len(first) if (first in gaz.loc_names or (
                first.isupper() and len(first) >= 2)) else None
            two = " ".join(words[:2])
            if len(words) >= 2 and two in gaz.loc_names:  # "Hữu nghị Việt Nam - Cu Ba": the
                stop = m.start(1) + len(two)  # country in two words, then its town if any
                rest = " ".join(words[2:4])
                if label == "ORG" and rest and rest in gaz.loc_names:
                    stop = m.start(1) + len(two) + 1 + len(rest)  # "… - Cu Ba Đồng Hới"
        elif label == "MISC" and _EVENT_HEAD.match(name) and any(
                " ".join(name.split()[-n:]) in gaz.loc_names for n in (1, 2, 3)) and \
                words[0] not in _NOT_PLACE_FIRST:  # "Giải Bán marathon Đồng Hới -
            year = _EDITION.match(text, m.end(), end)  # Nhật Lệ 2026": a race between two places
            stop = year.end() if year is not None else m.end()
        elif name == "châu Á" and place.startswith("Thái Bình Dương"):
            stop = m.start(1) + len("Thái Bình Dương")
        else:
            stop = None
        if stop is None:
            continue
        out = [c for c in out if not (c[0] >= e and c[1] <= stop)]
        out[out.index((s, e, label, prio))] = (s, stop, label, prio)
    return out


# A performer's title right before a one-word stage name ("rapper Tyo", "DJ Mie").
_PERFORMER: Final = re.compile(r"(?i:rapper|ca sĩ|DJ|MC|nghệ sĩ|người mẫu|hoa hậu|diễn viên|"
                               r"nhạc sĩ|vũ công|producer) $")
_BRACKET_ACRONYM: Final = re.compile(r"([A-ZĐ][A-ZĐ0-9&]{1,9})\)")
_EDITION: Final = re.compile(r" (?:19|20)?\d{2}(?![\w/.,]\d)(?!\w)")


def known_places(toks: list[Token], places: set[str], firsts: set[str],
                 texts: list[str]) -> list[Cand]:
    """LOC (priority 1) for another occurrence of a place the document named with a
    descriptor or in a list: the same capitalised words, not opening a sentence, with no
    capital right after. ``firsts``: the first words of ``places``; ``texts``: the token
    texts (only tokens opening a known place are looked at)."""
    out: list[Cand] = []
    n = len(toks)
    for i in compress(range(n), map(firsts.__contains__, texts)):
        t = toks[i]
        if t[INITIAL] or not t[CAP] or (
                i > 0 and lower(toks[i - 1][TEXT]) in _TOWARDS):
            continue
        joined = 1  # tokens i .. i + joined - 1 are joined to each other (at most 3)
        while joined < 3 and i + joined < n and toks[i + joined][JOINED]:
            joined += 1
        for k in (3, 2, 1):
            j = i + k
            if k > joined:
                continue
            if (t[TEXT] if k == 1 else " ".join(texts[i:j])) in places:
                if not (j < n and toks[j][JOINED] and toks[j][CAP]):
                    out.append((t[START], toks[j - 1][END], "LOC", 1))
                break
    return out
_PAREN_ACRONYM: Final = re.compile(r"\s*\(([A-ZĐ][A-ZĐa-z0-9&\-]{1,11})\)")


def paren_acronyms(text: str, chosen: list[Cand], end: int) -> list[Cand]:
    """ORG for an acronym in parentheses right after an organisation: ``… Quốc tế (MRC)``."""
    out: list[Cand] = []
    for _s, e, label, _ in chosen:
        m = _PAREN_ACRONYM.match(text, e, end) if label == "ORG" else None
        if m and all(c[0] != m.start(1) for c in chosen) and _acronym(m.group(1)):
            out.append((m.start(1), m.end(1), "ORG", 1))
    return out


def _acronym(word: str) -> bool:
    """Two capitals (``MRC``, ``VARSI``), one with digits and no lowercase (``C02``), or a
    short name that is no Vietnamese syllable (``Vinacas``, ``Vicofa``; not ``Huế``)."""
    caps = sum(c.isupper() for c in word)
    return caps >= 2 or (caps == 1 and any(c.isdigit() for c in word)
                         and not any(c.islower() for c in word)) or (
        caps == 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()
        and len(word) >= 5 and word.isascii() and not vietnamese_syllable(word))


class Entities(Extractor):
    """Rule and gazetteer entity extractor for Vietnamese news."""

    name = "entities"
    version = "1"
    produces: tuple[str, ...] = ("entity",)
    requires: tuple[str, ...] = ("zone",)
    description = "PER/ORG/LOC/DOC/MISC by rules and gazetteers, in content zones"

    def extract(self, doc: Document) -> ExtractResult:
        """Entity spans of the content zones of ``doc`` (read-only).

        The cyclic garbage collector is paused meanwhile (as ``read_document`` does): the
        tens of thousands of short-lived tokens and candidates all die by reference count,
        and collections triggered by them only re-walked the caller's documents (a fifth
        of the extractor's time in ``bench/extract_speed.py``).
        """
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            spans = [make_span("entity", label, s, e, doc.text)
                     for s, e, label, _ in document_entities(doc, gazetteers())]
        finally:
            if was_enabled:
                gc.enable()
        return ExtractResult(spans=spans)


register(Entities)
