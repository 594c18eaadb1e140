"""Candidate entity spans of one paragraph, rule by rule.

Each ``*_candidates`` function returns ``Cand`` tuples ``(start, end, label, priority)``
with absolute offsets; :mod:`goldspan.extract.entities` keeps the longest non-overlapping
ones (priority breaks ties). Rules: listed names (LOC/ORG/MISC gazetteers), names after a
title (PER, ``ông Hải`` → ``Hải``), surname + given-name syllables (PER), organisation head
words with their distinguishing part (ORG, see :mod:`entities_org`), newspapers after
``báo`` (ORG without ``báo``), places after an administrative descriptor (LOC without it,
``thành phố Hồ Chí Minh`` kept whole), numbered documents (DOC), laws without numbers (MISC).
"""

from __future__ import annotations

import re
from itertools import compress, product
from typing import Final

from goldspan.extract.entities_gazetteer import Gazetteers
from goldspan.extract.entities_loc import cap_run
from goldspan.extract.entities_org import org_end
from goldspan.extract.entities_tokens import (
    CAP,
    DOC_TYPES,
    END,
    INITIAL,
    JOINED,
    START,
    STOPWORDS,
    TEXT,
    Token,
    TokIndex,
    is_stop,
    phrase_at,
    vietnamese_syllable,
)
from goldspan.extract.textcase import lower

Cand = tuple[int, int, str, int]

# Surnames that are also common words; alone with one syllable at a sentence start they
# are not taken for a name ("Mai Anh" stays, "Cao Bằng" is a LOC anyway).
AMBIGUOUS_SURNAMES: Final = frozenset("Mai Cao Hà Đồng Kim Lâm Từ Văn Ông Y Hoa Lại Ma La Tô Thân "
                               "Quan Đường Cung Mạnh Chu Thái Âu Lô Vi Hồ Ninh Mẫn Lạc "
                               "Châu Kha Lục Cù Hàn Phí Nhữ Ưng Ứng Giáp Tiêu".split())
# Capitalised words that follow a title but open no personal name.
NOT_NAMES: Final = frozenset("Báo Tạp Đài Thông Nhà Trường Khoa Phòng Ban Đội Tổ Hội Toán Tiếng Ngữ Vật "
                      "Sử Địa Tin".split())  # the last ones are school subjects: "giáo viên Toán"
_DOC_ALT: Final = "|".join(f"[{t[0]}{lower(t[0])}]{re.escape(t[1:])}" for t in DOC_TYPES)
_CODE: Final = r"\d+(?:[/.\-–][0-9A-Za-zĐđ]+)*"
# A number or code first (rare, so fast to find), then the type word in the 40 characters
# before it: "Kết luận số 67-KL/TU", "Chỉ thị 17".
# the look-behind after the first digit, so that the engine skips to digits (as
# "(?<![\w/.,])(" + _CODE + ")" but without a match attempt at every character)
_CODE_RE: Final = re.compile(rf"(\d(?<![\w/.,]\d)\d*{_CODE[3:]})(?![\w/])")
_TYPE_BEFORE: Final = re.compile(rf"(?<!\w)({_DOC_ALT})(\s+(?:số|Số)\s*:?)?\s+$")
# how the text before a match of _TYPE_BEFORE ends, trailing spaces left out
_TYPE_ENDINGS: Final = tuple({t[1:] for t in DOC_TYPES} | {"số", "Số", ":"})
_COUNTED: Final = frozenset("năm tháng ngày giờ phút tuần quý người lần điểm ca trường hợp %".split())
_LAW_STOP: Final = STOPWORDS | frozenset("quy sửa đổi hiện nêu cũng hành".split())
_BAO_TRIGGERS: Final = frozenset({"báo", "tờ", "tin", "tấn", "chí"})  # the only words the loop acts on
# every spelling whose lowercase is one of them ("Báo", "BÁO"…): no other character
# lowercases to these letters
_BAO_SPELLINGS: Final = frozenset("".join(p) for w in _BAO_TRIGGERS
                           for p in product(*[(c, c.upper()) for c in w]))
_LAW_OPENERS: Final = frozenset({"Bộ", "Luật"})
_AND_WITH: Final = frozenset({"và", "cùng", "với"})
_BAO_PREV: Final = frozenset("thông cảnh dự nhà họp khai tố tình chuyển mách bẩm đăng".split())


def per_candidates(toks: list[Token], idx: TokIndex, titles: list[tuple[int, int, str]],
                   gaz: Gazetteers, head_at, names_at, loc_at, inside_loc: set[int],
                   texts: list[str], words: set[str]) -> list[Cand]:
    """PER after a title (priority 6) and surname + given names (priority 2).

    ``inside_loc``: token indices inside (not opening) a listed place; ``texts``: the
    token texts.
    """
    out: list[Cand] = []
    title_starts = {s for s, _e, _tag in titles} if len(titles) > 1 else ()
    for _s, e, _tag in titles:
        i = idx.after(e)
        if i >= len(toks) or toks[i][START] - e > 1 or not toks[i][JOINED]:
            continue
        if toks[i][START] in title_starts:
            continue  # a title after a title: "đồng chí Phó Chủ tịch", not a name
        skip = names_at(i)
        if not skip and not toks[i][CAP]:
            continue  # the run of capitals below would be empty: "ông cho biết"
        if (skip and skip - i <= 2 and skip < len(toks) and toks[skip][CAP] and toks[skip][JOINED]
                and texts[i] in gaz.surnames and texts[skip] in gaz.given
                and texts[skip] not in gaz.surnames
                and not (skip + 1 < len(toks) and toks[skip + 1][CAP] and toks[skip + 1][JOINED])):
            skip = 0  # "ông Vũ Quang Thành": a surname opens the place, a given name follows it
        if skip and skip < len(toks) and toks[skip][CAP] and toks[skip][JOINED]:
            i = skip  # "Tổng thống Nga Vladimir Putin"
        elif skip and (skip - i > 1 or toks[i][TEXT] not in gaz.given):
            continue  # a listed place or body, not a person: "trẻ em Việt Nam"
        if phrase_at(toks, i, gaz.lexicon, gaz.lexicon_max) > 1:
            continue  # "Thủ tướng Chính phủ", "Cục trưởng Cảnh sát giao thông"
        if toks[i][TEXT] in NOT_NAMES:
            continue
        j = cap_run(toks, i, gaz, head_at)
        if j == i + 1 and _MIXED_CASE.fullmatch(toks[i][TEXT]):
            continue  # "Tổng Giám đốc TABank": a brand in mixed case, no person
        if j == i + 1 and toks[i][TEXT] not in gaz.given and j < len(toks) \
                and toks[j][JOINED] and not toks[j][CAP] and not is_stop(toks, j) \
                and texts[j] not in _AND_WITH:
            continue  # a capitalised word, not a name: "Giám đốc Phân tích" ("rapper Tyo và …")
        if j > i and not (toks[i][TEXT].isupper() and len(toks[i][TEXT]) > 1):
            out.append((toks[i][START], toks[j - 1][END], "PER", 6))
    if not _ETHNIC_FIRSTS.isdisjoint(words) or "'" in "".join(words):
        out += _ethnic_names(toks)
    here = gaz.surnames.intersection(words)
    for i in compress(range(len(toks)), map(here.__contains__, texts)) if here else ():
        t = toks[i]
        if not t[CAP] or loc_at(i) or i in inside_loc:
            continue
        if t[TEXT] == "Đoàn" and i + 1 < len(toks) and toks[i + 1][JOINED] and loc_at(i + 1):
            continue  # "Đoàn Gia Lai": a province's delegation, not Mr Đoàn
        j = i + 1
        n = len(toks)
        while j < n and j - i <= 3 and toks[j][JOINED] and toks[j][CAP] \
                and (toks[j][TEXT] in gaz.given or _sandwiched(toks, j, gaz, head_at, loc_at)) \
                and phrase_at(toks, j, gaz.lexicon, gaz.lexicon_max) < 2:
            j += 1
        if j == i + 1:
            continue
        if j < n and j - i <= 3 and toks[j][JOINED] and toks[j][CAP] and _loose_end(toks, j, gaz,
                                                                                  head_at, loc_at):
            j += 1  # one rarer last syllable: "Nguyễn Xuân Son"
        if t[INITIAL] and j - i == 2 and t[TEXT] in AMBIGUOUS_SURNAMES:
            continue
        out.append((t[START], toks[j - 1][END], "PER", 2))
    return out


_MIXED_CASE: Final = re.compile(r"[A-Z]{2,}[a-z]{2,}[A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*")
# First words of Tây Nguyên names: the Ê Đê men's "Y", a parent's name "Ama"/"Amí"/"Ami";
# the women's "H'" and the K'Ho "K'" open the first syllable itself ("H'Yuê", "K'Bình").
_ETHNIC_FIRSTS: Final = frozenset({"Y", "Ama", "Amí", "Ami"})
_NOT_AFTER_Y: Final = frozenset({"dược", "học", "khoa", "tế", "sinh", "đức", "tý", "bác", "sĩ"})


def _ethnic_names(toks: list[Token]) -> list[Cand]:
    """PER (priority 2) for ``Y``/``Ama``/``Amí`` + one to three capitalised syllables, and
    ``H'``/``K'`` syllables with the capitalised ones after them (``Y Blơi``, ``Ama Thương``,
    ``H'Yuê Êban``)."""
    out: list[Cand] = []
    n = len(toks)
    for i, t in enumerate(toks):
        word = t[TEXT]
        if i > 0 and toks[i - 1][CAP] and t[JOINED] and not toks[i - 1][INITIAL]:
            continue  # inside another name: "Đại học Y Hà Nội", "Trường Y Dược"
        if word in _ETHNIC_FIRSTS:
            if i + 1 < n and lower(toks[i + 1][TEXT]) in _NOT_AFTER_Y:
                continue
            j = i + 1
        elif len(word) > 2 and word[0] in "HK" and word[1] in "'’" and word[2].isupper():
            j = i + 1 if i + 1 < n and toks[i + 1][JOINED] and toks[i + 1][CAP] else i
        else:
            continue
        k = j
        while k < n and k - j < 3 and toks[k][JOINED] and toks[k][CAP] and toks[k][TEXT].isalpha() \
                and not toks[k][TEXT].isupper():
            k += 1
        if k > j or (j == i and k == i):
            out.append((t[START], toks[max(k, i + 1) - 1][END], "PER", 2))
    return out


def _sandwiched(toks: list[Token], j: int, gaz: Gazetteers, head_at, loc_at) -> bool:
    """An unlisted middle syllable between listed ones: ``Nguyễn Khuất Duy``."""
    return (j + 1 < len(toks) and toks[j + 1][JOINED] and toks[j + 1][CAP]
            and toks[j + 1][TEXT] in gaz.given and toks[j][TEXT].isalpha()
            and not toks[j][TEXT].isupper() and not head_at(j) and not loc_at(j))


def _loose_end(toks: list[Token], j: int, gaz: Gazetteers, head_at, loc_at) -> bool:
    """Token ``j`` may end a personal name though it is not a listed given name."""
    t = toks[j]
    if t[TEXT].isupper() or head_at(j) or loc_at(j) or t[TEXT] in gaz.surnames:
        return False
    if j + 1 < len(toks) and toks[j + 1][JOINED] and toks[j + 1][CAP]:
        return False
    return phrase_at(toks, j, gaz.lexicon, gaz.lexicon_max) < 2 and t[TEXT].isalpha()


def org_candidates(toks: list[Token], heads: dict[int, int], gaz: Gazetteers,
                   head_at, loc_at, inside_loc: set[int], texts: list[str],
                   words: set[str]) -> list[Cand]:
    """ORG from head words (priority 3) and newspapers after ``báo`` (priority 4).

    A head word inside a listed place (``Phòng`` of ``Hải Phòng``) or opening one
    (``Hội An``) opens no organisation.
    """
    out: list[Cand] = []
    for h, he in heads.items():
        if loc_at(h) > he or h in inside_loc:
            continue
        if h >= 2 and texts[h - 1] == "phòng" and texts[h - 2] in ("Trưởng", "trưởng") \
                and texts[h] != "Phòng":
            continue  # "Trưởng phòng Cảnh sát hình sự Công an X": the department is no name
        end = org_end(toks, h, he, gaz, head_at, loc_at)
        if end is not None and _head_then_person(toks, h, he, end, texts, gaz):
            continue  # "Chủ tịch Liên đoàn Hồ Sĩ Nguyên": the federation's chairman, by name
        if end is not None:
            end = _org_tail(toks, h, he, end, loc_at)
            out.append((toks[h][START], toks[end - 1][END], "ORG", 3))
    # the loop acts only on these words ("thông tin" is common: only its "tin" is tried)
    bao = () if _BAO_SPELLINGS.isdisjoint(words) else \
        compress(range(len(toks) - 1), map(_BAO_SPELLINGS.__contains__, texts))
    for i in bao:
        t = toks[i]
        if lower(t[TEXT]) == "tờ" or lower(t[TEXT]) == "tin" and i > 0 and lower(toks[i - 1][TEXT]) == "hãng" \
                or lower(t[TEXT]) == "tấn" and i > 1 and lower(toks[i - 2][TEXT]) == "hãng" \
                or lower(t[TEXT]) == "chí" and i > 0 and lower(toks[i - 1][TEXT]) == "tạp":
            pass  # "tờ Bangkok Post", "hãng tin Reuters", "hãng thông tấn TASS", "Tạp chí X"
        elif lower(t[TEXT]) != "báo" or (i > 0 and lower(toks[i - 1][TEXT]) in _BAO_PREV and toks[i][JOINED]):
            continue
        j = i + 1
        if not toks[j][CAP] or not toks[j][JOINED]:
            continue
        k = j
        while k < len(toks) and toks[k][JOINED] and toks[k][CAP] and k - j < 5:
            k += phrase_at(toks, k, gaz.lexicon, gaz.lexicon_max) or 1
        # priority 6: a paper named after its province is the paper ("Báo Lâm Đồng")
        out.append((toks[j][START], toks[k - 1][END], "ORG", 6))
    return out


def _head_then_person(toks: list[Token], h: int, he: int, end: int, texts: list[str],
                      gaz: Gazetteers) -> bool:
    """A post (``Chủ tịch``, ``Giám đốc``…) ends right before the head word ``h`` and the rest
    of the name (``he``..``end``) is a surname and two given names: a bare body, then the
    person holding the post (``Chủ tịch Liên đoàn Hồ Sĩ Nguyên``)."""
    if end - he != 3 or h < 1 or texts[he] not in gaz.surnames or not all(
            texts[k] in gaz.given for k in (he + 1, he + 2)):
        return False
    before = " ".join(texts[max(0, h - 3):h]).casefold()
    return before.endswith(_POSTS)


# Posts right before a body's bare head word and a person's name.
_POSTS: Final = ("chủ tịch", "giám đốc", "phó chủ tịch", "phó giám đốc", "tổng thư ký", "trưởng",
                 "viện trưởng", "hiệu trưởng", "bí thư", "phó bí thư")


# Heads of missions abroad, named with "tại" + the host place: "Đại sứ quán Việt Nam tại Hàn
# Quốc" is the embassy's full name (held-out gold ho41, ho63).
_MISSION_HEADS: Final = frozenset({"Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán", "Phái đoàn",
                            "Cơ quan đại diện", "Văn phòng Kinh tế và Văn hóa"})
# Words after which a short code ends a name: "Bệnh viện Quân y 7A", "Khu vực 15".
_CODE_TAKERS: Final = frozenset({"y", "vực", "khu", "đoàn", "vùng"})
_NAME_CODE: Final = re.compile(r"\d{1,3}[A-Z]{0,2}|[IVX]{1,5}")  # "Khu vực 15", "khu vực VI"


def _org_tail(toks: list[Token], h: int, he: int, end: int, loc_at) -> int:
    """``end`` moved past ``tại`` + the host place of a mission (``Đại sứ quán Việt Nam tại
    Hàn Quốc``) or past a short code the name takes (``Bệnh viện Quân y 7A``)."""
    n = len(toks)
    head = " ".join(t[TEXT] for t in toks[h:he])
    if (head in _MISSION_HEADS and end + 1 < n and toks[end][TEXT] == "tại"
            and toks[end][JOINED] and loc_at(end + 1)):
        return loc_at(end + 1)
    if (end < n and toks[end][JOINED] and lower(toks[end - 1][TEXT]) in _CODE_TAKERS
            and _NAME_CODE.fullmatch(toks[end][TEXT])):
        return end + 1
    return end


# Lowercase words naming a company before its name: "tập đoàn Nordvind Energy", "hãng Takeda".
_COMPANY_WORDS: Final = frozenset({"hãng", "tập đoàn", "công ty", "nhà sản xuất", "startup"})
BRAND_TRIGGERS: Final = frozenset({"hãng", "đoàn", "ty", "startup", "xuất"})  # their last words


def brand_candidates(toks: list[Token], texts: list[str], words: set[str]) -> list[Cand]:
    """ORG (priority 4) for a foreign-looking name after a lowercase company word (``tập đoàn
    Nordvind Energy``, ``hãng Takeda``): one to three capitalised words, one of them no
    Vietnamese syllable; the company word stays out."""
    if BRAND_TRIGGERS.isdisjoint(words):
        return []
    out: list[Cand] = []
    n = len(toks)
    for i in range(n - 1):
        one, two = texts[i], f"{texts[i]} {texts[i + 1]}"
        k = i + 2 if two in _COMPANY_WORDS else i + 1 if one in _COMPANY_WORDS else 0
        if not k or k >= n or not toks[k][CAP] or not toks[k][JOINED]:
            continue
        j = k
        while j < n and j - k < 3 and toks[j][CAP] and toks[j][JOINED]:
            j += 1
        if any(not vietnamese_syllable(t[TEXT]) for t in toks[k:j]):
            out.append((toks[k][START], toks[j - 1][END], "ORG", 4))
    return out


def doc_candidates(text: str, start: int, end: int) -> list[Cand]:
    """DOC: a document type word, optional ``số`` and a number or code (priority 5)."""
    out: list[Cand] = []
    for c in _CODE_RE.finditer(text, start, end):
        before = text[max(start, c.start() - 40):c.start()]
        if not before[-1:].isspace() or not before.rstrip().endswith(_TYPE_ENDINGS):
            continue  # _TYPE_BEFORE needs a type word or "số" and spaces right before
        m = _TYPE_BEFORE.search(text, max(start, c.start() - 40), c.start())
        if m is None:
            long_start = _long_title_start(text, start, c)
            if long_start >= 0:
                out.append((long_start, c.end(), "DOC", 5))
            continue
        kind, code = m.group(1), c.group(1)
        has_so = m.group(2) is not None
        coded = any(ch in code for ch in "/-–") and any(ch.isalpha() for ch in code)
        if not (has_so or coded):
            if kind[0].islower() or not code.isdigit() or re.fullmatch(r"(19|20)\d\d", code):
                continue  # "kế hoạch 12", "Kế hoạch 2025" (a year) are no documents
            after = text[c.end():c.end() + 12].split()
            if after and after[0].strip(",.;") in _COUNTED:
                continue
        out.append((m.start(), c.end(), "DOC", 5))
    return out


# a capitalised type word, lowercase words saying what it decides, "số" (the code follows):
# "Quyết định đưa vụ án ra xét xử số 41/2025/QĐXXST-HS"
_LONG_TITLE: Final = re.compile(rf"(?<!\w)({_DOC_ALT})((?:\s+\w+){{1,8}}?)\s+(?:số|Số)\s+$")


def _long_title_start(text: str, start: int, code: re.Match[str]) -> int:
    """Start of a capitalised type word whose lowercase title runs up to ``số`` and a code
    with letters and ``/`` or ``-`` (``code``); -1 if there is none."""
    value = code.group(1)
    if not (any(ch in value for ch in "/-–") and any(ch.isalpha() for ch in value)):
        return -1
    if not text.endswith(("số ", "Số "), start, code.start()):
        return -1
    m = _LONG_TITLE.search(text, max(start, code.start() - 90), code.start())
    if m is None or not m.group(1)[0].isupper():
        return -1
    words = m.group(2).split()
    if not all(w.islower() for w in words):
        return -1
    return m.start()


STORM_RE: Final = re.compile(r"(?<!\w)[Bb]ão (?:số \d+|[A-Z][a-z]+)(?!\w)")


def storm_candidates(text: str, start: int, end: int) -> list[Cand]:
    """MISC: a named storm with its word ``bão``: ``bão số 3``, ``bão Yagi`` (priority 4;
    ``Siêu`` of ``Siêu bão Krovanh`` stays outside, docs/gsmark.md)."""
    if text.find("ão ", start, end) < 0:
        return []
    return [(m.start(), m.end(), "MISC", 4) for m in STORM_RE.finditer(text, start, end)]


def law_candidates(toks: list[Token], gaz: Gazetteers, texts: list[str],
                   words: set[str], text: str | None = None) -> list[Cand]:
    """MISC: ``Luật``/``Bộ luật`` + a capitalised name, without a number (priority 4); with
    ``số`` and a code after the name (``text`` given) the whole citation is a DOC."""
    out: list[Cand] = []
    if "Luật" not in words and "Bộ" not in words:
        return out
    for i in compress(range(len(toks) - 1), map(_LAW_OPENERS.__contains__, texts)):
        t = toks[i]
        start = i
        if t[TEXT] == "Bộ" and toks[i + 1][TEXT] == "luật":
            i += 1
        elif t[TEXT] != "Luật":
            continue
        j = i + 1
        if j >= len(toks) or not toks[j][CAP] or not toks[j][JOINED]:
            continue
        k = j
        while k < len(toks) and k - j < 6 and toks[k][JOINED]:
            if toks[k][TEXT] == "và" and k + 1 < len(toks) and toks[k + 1][CAP]:
                break  # "Luật Di sản văn hóa và Thông tư 05/…": a law's name goes on in lowercase
            lex = phrase_at(toks, k, gaz.lexicon, gaz.lexicon_max)
            if lex:
                k += lex
            elif toks[k][CAP] or lower(toks[k][TEXT]) not in _LAW_STOP and not is_stop(toks, k):
                k += 1
            else:
                break
        code = _LAW_NUMBER.match(text, toks[k - 1][END]) if text is not None else None
        if code is not None:  # "Luật Điện ảnh số 05/2022/QH15": a numbered law is a DOC
            out.append((toks[start][START], code.end(), "DOC", 6))
        else:  # "Luật Doanh nghiệp năm 2020", "Luật Đất đai 2024": the year names the law
            year = _LAW_YEAR.match(text, toks[k - 1][END]) if text is not None else None
            out.append((toks[start][START], year.end() if year else toks[k - 1][END], "MISC", 4))
    return out


_LAW_NUMBER: Final = re.compile(r"\s+số\s+\d+/\d{4}/[A-ZĐ]+\d*\b")
_LAW_YEAR: Final = re.compile(r" (?:năm )?(?:19|20)\d\d(?![\d/])")
