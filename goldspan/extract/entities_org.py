"""Organisation names that open with a head word (``Bộ``, ``Sở``, ``Ủy ban``, ``Đảng ủy``…).

:func:`org_end` extends a head word over its distinguishing part: capitalised words with
the lowercase syllables that belong to them (``Y tế``, ``Tài nguyên và Môi trường``),
lowercase words inside the name that lead to a further capital (``Khu công nghiệp và chế
xuất Hà Nội``), administrative descriptors with their place (``UBND tỉnh Quảng Ninh``) and
nested heads (``Ban Thường vụ Thành ủy Hà Nội``). It stops at punctuation, at function
words and verbs, before ``và`` + another organisation, and before a personal name that
follows a complete name (``… Chế xuất Hà Nội Lê Quang Long``). A head with nothing
distinguishing (``Thành ủy``, ``Ban Chấp hành công đoàn cơ sở``) gives no name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from goldspan.extract.entities_gazetteer import Gazetteers
from goldspan.extract.entities_tokens import (
    CAP,
    DASH,
    END,
    JOINED,
    LOC_APPELLATIONS,
    LOC_DESCRIPTORS,
    START,
    STOP_PHRASES,
    TEXT,
    Token,
    is_stop,
    phrase_at,
    vietnamese_syllable,
)
from goldspan.extract.figures_lexicon import COUNT_NOUNS, VAGUE_SCALES
from goldspan.extract.textcase import lower

# Capitalised words that do not distinguish one organisation from another.
GENERIC: Final = frozenset(w.strip() for w in """
Thường vụ, Chấp hành, Thường trực, Chỉ đạo, Công đoàn, Đảng ủy, Đảng uỷ, Đảng bộ, Thành ủy,
Tỉnh ủy, Chi bộ, Nhân dân, Giám đốc, Giám hiệu, THPT, THCS, Tiểu học, Mầm non, Trung học,
Phổ thông, Cơ sở, Quản trị, Quản lý, Cổ phần, TNHH, MTV, CP, Liên doanh, Khu, Ban, Hội, Đảng,
Bộ, Sở, Văn phòng, Phòng, Tổ, Nhà nước, Đội, Cục, Ủy ban, Uỷ ban, Đoàn, Hội đồng, Trách nhiệm,
Trách nhiệm hữu hạn, Công ty, Tổng công ty, Cơ quan, Hội đồng quản trị, Một thành viên
""".replace("\n", " ").split(",") if w.strip())
# Head words that distinguish when they follow another head (``Bộ Công an``).
DISTINCT_HEADS: Final = frozenset({"Công an", "Cảnh sát", "Hải quan", "Thanh tra", "Kiểm toán",
                            "Kho bạc", "Quân đội", "Bảo hiểm xã hội", "Tòa án", "Toà án",
                            "Viện Kiểm sát", "Công đoàn Việt Nam", "Ngân hàng"})
# Lowercase phrases that make a name specific: "Tòa án nhân dân tối cao".
DISTINCT_LOWER: Final = frozenset({"tối cao", "trung ương", "quốc gia"})
# Words after which a head word is a title or another word, not an organisation.
HEAD_BLOCKERS: Final[dict[str, frozenset[str]]] = {
    "Bộ": frozenset({"trưởng", "phận", "đội", "máy", "luật", "mặt", "đồ", "phim", "sưu",
                     "môn", "óc", "ngành"}),
    "Hội": frozenset({"nghị", "thảo", "thi", "viên", "trường", "chợ", "diễn", "tụ", "chứng",
                      "sở", "ý", "nhập", "đàm", "trại", "làng", "khỏe", "xuân", "họp"}),
    "Ban": frozenset({"đầu", "ngày", "đêm", "hành", "bố", "phát", "trưởng", "ơn"}),
    "Trường": frozenset({"hợp", "Sa", "đua", "ca", "kỳ", "tồn", "thọ", "phái", "quay"}),
    "Sở": frozenset({"hữu", "dĩ", "trưởng", "thích", "cứ", "đoản"}),
    "Cục": frozenset({"trưởng", "diện", "bộ"}),
    "Viện": frozenset({"trưởng", "phí", "dẫn", "trợ"}),
    "Vụ": frozenset({"việc", "án", "cháy", "tai", "trưởng", "nổ", "mùa", "lúa", "tấn"}),
    "Phòng": frozenset({"chống", "ngừa", "khám", "họp", "bệnh", "thủ", "tránh", "the"}),
    "Trung tâm": frozenset({"thương", "điểm"}),
    "Đài": frozenset({"tưởng", "loan", "phun", "quan"}),
    "Tổ chức": frozenset(),
    "Đội": frozenset({"bóng", "tuyển", "ngũ", "viên", "trưởng", "mũ", "quân", "hình", "xe", "tàu",
                      "nhà", "lốt", "sổ", "trời", "ơn", "phó"}),
    "Khối": frozenset({"lượng", "u", "óc", "ngành", "thi", "đoàn", "phố", "nhà", "tài", "ngoại",
                       "nội", "băng", "khí", "đá", "lập", "hộp"}),
    "Công an": frozenset({"viên"}),
    "Hãng": frozenset({"tin", "thông", "phim", "sản", "xe"}),
    # event words (entities_misc) share this table
    "Giải": frozenset({"pháp", "quyết", "ngân", "thích", "trình", "phóng", "tỏa", "thể",
                       "cứu", "đáp", "tán", "trí", "nhiệt", "độc", "khát", "vây", "mã", "tỏ"}),
    "Đại hội": frozenset({"đồng"}),
    "Huy chương": frozenset({"vàng", "bạc", "đồng"}),
    "Tết": frozenset({"này", "năm", "đến", "rồi", "xong"}),
}
_NONE: Final[frozenset[str]] = frozenset()
MAX_RUN: Final = 8  # lowercase syllables inside a name between two capitals
# Lowercase words after "và" that open another body or place, not the rest of this name.
_OTHER_PLACE_OPENERS: Final = frozenset({"nhà", "trường", "trạm", "bệnh", "ủy", "điểm", "sân",
                                          "chợ", "đình", "chùa", "nhà văn hóa", "trụ"})
RUN_WORDS: Final = frozenset({"và", "các", "châu", "quốc", "tế", "trưởng", "về", "miền"} | {
    lower(w) for d in LOC_DESCRIPTORS + LOC_APPELLATIONS for w in d.split()})


def is_per_start(toks: list[Token], i: int, gaz: Gazetteers) -> bool:
    """True if a personal name (surname + given-name syllable) starts at token ``i``."""
    if i + 1 >= len(toks):
        return False
    a, b = toks[i], toks[i + 1]
    return (a[TEXT] in gaz.surnames and b[JOINED] and b[CAP] and b[TEXT] in gaz.given)


# Heads whose names are often a person's (``Trường THPT Chu Văn An``, ``Đại học Tôn Đức
# Thắng``): a personal name after their distinguishing part stays in the name.
_NAMED_AFTER_PEOPLE: Final = frozenset({"Trường", "Đại học", "Học viện", "Bệnh viện", "Nhà văn hóa"})


_ROMAN: Final = re.compile(r"[IVX]{1,5}")
# Party committees and councils named by their place alone: no person's name is part of them.
_ADMIN_BODIES: Final = frozenset({"Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy",
                           "Tỉnh uỷ", "Thành uỷ", "Huyện uỷ", "Quận uỷ", "Thị uỷ", "Đảng uỷ",
                           "UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân", "Công an"})
# Heads written alone after a post, then a full name of three words: the person, no body.
_SHORT_HEADS: Final = frozenset({"Sở", "Bộ", "Cục", "Vụ", "Ban", "Phòng", "Viện", "Chi cục"})
# (not "xã", "phường": communes and wards are named after people, "xã Nguyễn Phích")
_ADMIN_DESCS: Final = frozenset(("tỉnh", "huyện", "thành phố", "quận", "thị xã"))
# compass words end a region ("miền Nam", "phía Bắc"): no lowercase tail goes on after them
_DIRECTIONS: Final = frozenset(("Bắc", "Nam", "Đông", "Tây"))


def org_end(toks: list[Token], h: int, he: int, gaz: Gazetteers,
            head_at: Callable[[int], int], loc_at: Callable[[int], int],
            lenient: bool = False) -> int | None:
    """Token index just past the organisation whose head spans tokens ``[h, he)``.

    ``head_at(i)``/``loc_at(i)`` give the end index of a head word / LOC name starting
    at token ``i`` (0 if none). With ``lenient`` (event names: ``Liên hoan phim Việt
    Nam``) any lowercase words may follow the head on the way to a capital. Returns None
    when the name has no distinguishing part.
    """
    head = toks[h][TEXT] if he == h + 1 else " ".join([t[TEXT] for t in toks[h:he]])
    nxt = toks[he] if he < len(toks) else None
    if nxt is not None and nxt[JOINED] and not nxt[CAP]:
        if lower(nxt[TEXT]) in HEAD_BLOCKERS.get(head, _NONE):
            return None
        if head in ("Bộ", "Ban", "Cục", "Vụ", "Viện", "Sở") and lower(nxt[TEXT]) == "trưởng":
            return None
    n = len(toks)
    i = he
    last = he
    distinct = False
    after_loc = False
    after_desc = False  # the last word was a descriptor before a capital: "miền" of "miền Nam"
    bare_cap = False  # the last word was a capital with no lexicon phrase: "Dự" of "Dự báo"
    # A company's trade in lowercase before its name, after its legal form ("Công ty TNHH tư
    # vấn du học và việc làm Kim Phát"): any lowercase words, on the way to the name.
    business = head in ("Công ty TNHH", "Công ty CP") or (
        head == "Công ty" and he < n and toks[he][TEXT] in _FIRM_KINDS)  # a legal form named
    # (not "Công ty khởi nghiệp Saola Labs": a kind of company before its name)
    while i < n:
        t = toks[i]
        if i > he + 1 and t[JOINED] and t[TEXT].isdecimal() and len(t[TEXT]) <= 2 \
                and toks[i - 1][TEXT] == "vực" and lower(toks[i - 2][TEXT]) == "khu":
            last = i + 1  # "Tòa án nhân dân khu vực 2": the region's number ends the name
            distinct = True
            break
        if not t[JOINED] and not (t[DASH] and t[CAP] and distinct and not after_loc
                                 and not is_per_start(toks, i, gaz)) \
                and not (distinct and not after_loc and _comma_series(toks, i, head_at)) \
                and not (t[DASH] and t[CAP] and after_loc and _country_pair(toks, i, loc_at)) \
                and not _comma_pair(toks, i):
            break
        if not t[JOINED] and not t[CAP] and _comma_pair(toks, i):
            if head not in _PAIR_HEADS:
                break
            k = i + 1  # "… phòng, chống tội phạm sử dụng công nghệ cao": name words after it
            while k < n and k - i < MAX_RUN and toks[k][JOINED] and not toks[k][CAP] \
                    and (lower(toks[k][TEXT]) in gaz.lex_syllables or lower(toks[k][TEXT]) in RUN_WORDS
                         or lower(toks[k][TEXT]) in _PAIR_OBJECTS) and not is_stop(toks, k):
                k += 1
            i = last = k
            continue
        loc_end = loc_at(i)
        if loc_end and phrase_at(toks, i, gaz.lexicon, gaz.lexicon_max) > loc_end - i:
            loc_end = 0  # "Mỹ thuật" of "Đại học Mỹ thuật": name words, not the place "Mỹ"
        if t[CAP] and loc_end:
            if distinct and loc_end < n and is_per_start(toks, i, gaz) and loc_end - i < 2:
                break
            i = last = loc_end
            distinct = after_loc = True
            continue
        if t[CAP] and i > he and toks[i - 1][TEXT] in ("vực", "vùng") and _ROMAN.fullmatch(t[TEXT]):
            last = i + 1  # "Chi cục Hải quan khu vực VI": the code ends the name
            distinct = True
            break
        if t[CAP] and i == he and (head in _ADMIN_BODIES or head in _SHORT_HEADS and i + 2 < n
                                   and toks[i + 2][CAP] and toks[i + 2][JOINED]) \
                and is_per_start(toks, i, gaz) and not loc_at(i):
            break  # "Bí thư Tỉnh ủy Hoàng Văn Đức", "Phó Giám đốc Sở Đỗ Minh Quang": the person
        if t[CAP]:
            if distinct and is_per_start(toks, i, gaz) and head not in _NAMED_AFTER_PEOPLE and not (
                    i + 1 < n and f"{lower(t[TEXT])} {lower(toks[i + 1][TEXT])}" in gaz.lexicon) \
                    and not (head in _COMPANY_HEADS and _two_syllable_brand(toks, i)):
                break  # a person's name ends it, not a lexicon phrase: "Nông Lâm", "Hà Nội"
            sub_head = head_at(i)
            sub = " ".join([x[TEXT] for x in toks[i:sub_head]]) if sub_head else ""
            if sub_head and sub_head < n and toks[sub_head][JOINED] and lower(toks[sub_head][TEXT]) in \
                    HEAD_BLOCKERS.get(sub, _NONE):
                sub_head = 0  # "Phòng thủ", "Hội nghị": a word, not a nested head
            if sub_head:
                if sub in DISTINCT_HEADS:
                    distinct = True
                i = last = sub_head
                bare_cap = False
                continue
            k = phrase_at(toks, i, gaz.lexicon, gaz.lexicon_max) or 1
            word = t[TEXT] if k == 1 else " ".join([x[TEXT] for x in toks[i:i + k]])
            if word not in GENERIC:
                distinct = True
            # a lone capital syllable with no lexicon phrase: its word may go on in lowercase
            bare_cap = k == 1 and vietnamese_syllable(t[TEXT]) and not t[TEXT].isupper() and not (
                i - 1 >= he and toks[i - 1][CAP]) and t[TEXT] not in _DIRECTIONS
            i = last = i + k
            after_loc = after_desc  # "… miền Nam": a place, nothing lowercase after it
            after_desc = False
            continue
        if t[TEXT].isdigit():
            if i == he:
                i = last = i + 1
                distinct = True
                continue
            if last == i and (_final_number(toks, i) or head in _UNIT_HEADS and len(t[TEXT]) <= 4):
                last = i + 1  # "… số 6", "Đại đội bảo vệ biên giới 509"
                distinct = distinct or head in _UNIT_HEADS
            break
        # lowercase: descriptor + place, a lexicon phrase, or a run leading to a capital
        if business and distinct and i - 2 >= he and toks[i - 1][CAP] and toks[i - 2][CAP] \
                and toks[i - 2][TEXT] not in _FIRM_KINDS and lower(t[TEXT]) != "và":
            break  # "Công ty … Biển Xanh sản xuất": the company's name ended with its capitals
        if t[TEXT] == "số" and distinct and last == i and i + 1 < n and toks[i + 1][JOINED] \
                and toks[i + 1][TEXT].isdigit() and len(toks[i + 1][TEXT]) <= 3:
            last = i + 2  # "Đội Cảnh sát giao thông đường bộ số 6": the unit's number
            break
        if (t[TEXT] == "cơ" and i + 2 < n and toks[i + 1][TEXT] == "sở" and toks[i + 2][CAP]
                and toks[i + 2][JOINED] and not head_at(i + 2)):
            break  # "Bệnh viện … cơ sở Kim Chung": a campus (a place) after the name
        desc = _descriptor_len(toks, i)
        if desc and i + desc < n and toks[i + desc][CAP] and toks[i + desc][JOINED]:
            if " ".join([x[TEXT] for x in toks[i:i + desc]]) in _ADMIN_DESCS \
                    and is_per_start(toks, i + desc, gaz) and not loc_at(i + desc) and not loc_at(i):
                break  # "Chủ tịch UBND tỉnh Nguyễn Văn Hùng", "HĐND thành phố Ngô Xuân
                # Quang": the person, no place
            i += desc
            after_desc = True
            continue
        if after_loc:
            break
        k = phrase_at(toks, i, gaz.lexicon, gaz.lexicon_max, first_any_case=False)
        phrase = " ".join([lower(x[TEXT]) for x in toks[i:i + k]]) if k else ""
        if k and phrase not in STOP_PHRASES and (k > 1 or not is_stop(toks, i)):
            if phrase in DISTINCT_LOWER:
                distinct = True
            i = last = i + k
            continue
        j = i
        run_words = []
        loose = False  # a word of no lexicon phrase: the run must reach a place to be a name
        while j < n and j - i < MAX_RUN and toks[j][JOINED] and not toks[j][CAP]:
            w = lower(toks[j][TEXT])
            if w == "và" and j == i and j + 1 < n and not toks[j + 1][CAP] and lower(toks[j + 1][TEXT]) in _OTHER_PLACE_OPENERS:
                break  # "Trường … Thạnh An và nhà văn hóa ấp …": a second place begins
            if w == "về" and j >= 2 and f"{lower(toks[j - 2][TEXT])} {lower(toks[j - 1][TEXT])}" in (
                    "quốc gia", "trung ương"):
                pass  # "Ban Chỉ đạo quốc gia về Phòng thủ dân sự"
            elif is_stop(toks, j) and not (w == "các" and j == i) and not (
                    business and not distinct and w not in _CLAUSE_WORDS):
                break  # ("việc" of "tư vấn du học và việc làm" before a company's name)
            if loose and _descriptor_len(toks, j):
                break  # "… tình nguyện phường Hai Bà Trưng": the place's word goes on below
            if w not in gaz.lex_syllables and w not in RUN_WORDS and not (
                    j == i and bare_cap) and not (lenient and last == he) and not (
                    business and not distinct):
                if head in _LOOSE_HEADS and (last > he or head in ("Hợp tác xã", "Ban")) and j - i < 5 \
                        and vietnamese_syllable(toks[j][TEXT]):
                    loose = True  # "Trung tâm Đào tạo bóng đá trẻ Việt Nam", "Đài Thông tin
                    run_words.append(w)  # duyên hải Quảng Ngãi": words of the name
                    j += 1
                    continue
                j = i  # only name words inside a name: not "khẩn trương trình"
                break
            run_words.append(w)
            j += 1
        if loose and not (j < n and toks[j][JOINED] and (
                toks[j][CAP] and loc_at(j) or _descriptor_len(toks, j))):
            j = i  # the run reaches no place: "Quỹ Khuyến học vì tương lai" ends before it
        elif loose and not toks[j][CAP]:
            i = j  # "… tình nguyện" then "phường Hai Bà Trưng": the place's word, above
            continue
        stop_here = j == i or j >= n or not toks[j][CAP] or not toks[j][JOINED] or (
            head_at(j) and run_words != ["các"]
            and (last == he or "và" in run_words or "với" in run_words)) or (
            "và" in run_words and is_per_start(toks, j, gaz)
            and not (business and not distinct))
        if j > i and j < n and head in _UNIT_HEADS and toks[j][JOINED] and toks[j][TEXT].isdigit() \
                and len(toks[j][TEXT]) <= 4:
            last = j + 1  # "Đại đội bảo vệ biên giới 509": a unit's name ends with its number
            distinct = True
            break
        if j > i and j < n and _comma_pair(toks, j):
            i = j  # "… và phòng, chống …": the pair goes on (above)
            continue
        if stop_here:
            if bare_cap and last == i:  # a tail of name words: "Dự báo khí tượng thủy văn"
                last = _tail_end(toks, i, gaz)
            break
        i = j
    if not distinct:
        return None
    return last


# Heads of public bodies whose names carry lowercase words before their place.
_LOOSE_HEADS: Final = frozenset({"Trung tâm", "Đài", "Đội", "Ban quản lý", "Ban Quản lý", "Trường",
                                 "Quỹ", "Hội", "Chi cục", "Phòng", "Hợp tác xã", "Nhà văn hóa", "Ban"})
# Heads of businesses, whose names often end with two name-like syllables ("Công ty TNHH Thiết
# bị Y tế Hoàng Nam"); a person after them has three ("… Công ty X Nguyễn Văn An").
_COMPANY_HEADS: Final = frozenset({"Công ty", "Tổng công ty", "Tổng Công ty", "Công ty CP",
                                   "Công ty TNHH", "Tập đoàn", "Hợp tác xã", "Doanh nghiệp"})


# Words that end a company's lowercase trade: the sentence goes on.
_CLAUSE_WORDS: Final = frozenset("là đã sẽ đang được bị với cho của tại ở có không này đó khi để từ "
                                 "theo trong ngoài vì nên mà thì cũng vẫn còn rằng".split())
# Legal forms after "Công ty" ("Công ty TNHH", "Công ty cổ phần", "Công ty Luật").
_FIRM_KINDS: Final = frozenset({"TNHH", "cổ", "CP", "MTV", "Luật", "luật"})


def _two_syllable_brand(toks: list[Token], i: int) -> bool:
    """Tokens ``i``, ``i + 1`` (surname + given name) end the name: nothing joined and
    capitalised follows them."""
    k = i + 2
    return k >= len(toks) or not (toks[k][JOINED] and toks[k][CAP])


def _country_pair(toks: list[Token], i: int, loc_at: Callable[[int], int]) -> bool:
    """A place after a dash right after a place (``Hội Hữu nghị Việt Nam - Nhật Bản``): the
    second of a pair the name joins; it ends the name (nothing capitalised follows it)."""
    end = loc_at(i)
    return bool(end) and (end >= len(toks) or not (toks[end][JOINED] and toks[end][CAP]))


# Military and police units named by what they do and a number.
_UNIT_HEADS: Final = frozenset({"Đại đội", "Tiểu đoàn", "Trung đoàn", "Sư đoàn", "Lữ đoàn", "Hải đội",
                                "Hải đoàn", "Đội", "Trung đội", "Phân đội", "Ban", "Ban Quản lý",
                                "Ban Chỉ đạo"})  # "Ban Quản lý dự án 7"
# Heads of the bodies whose names hold such a pair, and the words of what they fight.
_PAIR_HEADS: Final = frozenset({"Cục", "Ban", "Ban Chỉ đạo", "Trung tâm", "Chi cục", "Phòng",
                                "Đội", "Vụ", "Viện", "Quỹ", "Hội", "Cục Cảnh sát"})
_PAIR_OBJECTS: Final = frozenset("tội phạm sử dụng công nghệ cao ma túy thiên tai dịch bệnh buôn cháy hộ "
                                 "lậu gian lận thương mại hàng giả tham nhũng lãng phí cháy nổ "
                                 "cứu nạn cứu hộ về môi trường kinh tế chức vụ".split())
# Verbs written as a pair with a comma inside a body's name: "phòng, chống", "khám, chữa".
_COMMA_PAIRS: Final = frozenset({("phòng", "chống"), ("khám", "chữa"), ("cháy", "chữa"), ("nạn", "cứu"),
                                 ("hóa", "thể"), ("hóa", "thông")})  # "Sở Văn hóa, Thể thao và Du lịch"


def _comma_pair(toks: list[Token], i: int) -> bool:
    """Token ``i`` is the second verb of a pair after ``, ``: ``Cục … phòng, chống tội phạm``,
    ``Cục Quản lý Khám, chữa bệnh``."""
    return i > 0 and toks[i][START] - toks[i - 1][END] == 2 and (
        lower(toks[i - 1][TEXT]), lower(toks[i][TEXT])) in _COMMA_PAIRS


def _comma_series(toks: list[Token], i: int, head_at: Callable[[int], int]) -> bool:
    """``, Thể thao và Du lịch``: a comma inside a name whose parts end with ``và`` + capital."""
    t = toks[i]
    if not t[CAP] or head_at(i) or t[START] - toks[i - 1][END] != 2:
        return False
    for k in range(i + 1, min(len(toks) - 1, i + 5)):
        if not toks[k][JOINED]:
            return False
        if lower(toks[k][TEXT]) == "và":
            return toks[k + 1][JOINED] and toks[k + 1][CAP] and not head_at(k + 1)
    return False


def _tail_end(toks: list[Token], i: int, gaz: Gazetteers) -> int:
    """End of the lowercase tail from ``i`` of a lone capital: its second syllable, then
    name words (``Dự`` + ``báo khí tượng thủy văn``) and a short final number."""
    n = len(toks)
    k = i
    if toks[i][JOINED] and not is_stop(toks, i) and not _descriptor_len(toks, i) \
            and toks[i][TEXT].isalpha() and lower(toks[i][TEXT]) != "và":
        k = i + 1  # the second syllable of the capitalised word
    while k < n and k - i < 6 and toks[k][JOINED] and not toks[k][CAP] \
            and lower(toks[k][TEXT]) in gaz.lex_syllables and not is_stop(toks, k):
        k += 1
    if k < n and _final_number(toks, k):
        k += 1
    return k


def _final_number(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a short number ending a name: before punctuation (``Nhi đồng 1,``) or
    before a lowercase word that counts nothing (``Nhi đồng 1 cho biết``, not ``… 3 năm``)."""
    t = toks[i]
    if not (t[JOINED] and t[TEXT].isdigit() and len(t[TEXT]) <= 3):
        return False
    if i + 1 == len(toks) or not toks[i + 1][JOINED]:
        return True
    nxt = toks[i + 1][TEXT]
    return not toks[i + 1][CAP] and nxt not in COUNT_NOUNS and nxt not in VAGUE_SCALES \
        and not nxt.isdigit()


_ADMIN_DESCRIPTORS: Final[dict[str, list[tuple[str, ...]]]] = {}
for _d in ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường"):
    _ADMIN_DESCRIPTORS.setdefault(_d.split()[0], []).append(tuple(_d.split()))


def _descriptor_len(toks: list[Token], i: int) -> int:
    """Tokens of a lowercase administrative descriptor at ``i`` (0 if none)."""
    text = toks[i][TEXT]
    for parts in _ADMIN_DESCRIPTORS.get(text, ()):  # in list order: the first match wins
        if all(i + k < len(toks) and toks[i + k][TEXT] == p for k, p in enumerate(parts)):
            return len(parts)
    if text in ("TP", "TP.") and text in LOC_DESCRIPTORS:
        return 1
    return 0
