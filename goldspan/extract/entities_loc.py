"""Places: LOC after descriptors, lists after plural descriptors, ``Anh`` as England.

Administrative descriptors (``tỉnh``, ``huyện``, ``xã``, ``phường``, ``thành phố``…) are left
out of the LOC (``huyện Đông Anh`` → ``Đông Anh``); other descriptors stay in it
(``sông Hương``, ``cầu Trường Tiền``, ``đường Phạm Văn Đồng``), and so does ``thành phố`` in
``thành phố Hồ Chí Minh`` and a capitalised appellation (``Thủ đô Hà Nội``). A number after
a road or district word keeps its descriptor (``quốc lộ 1A``, ``quận 3``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from operator import itemgetter
from typing import Final

from goldspan.extract.entities_gazetteer import Gazetteers
from goldspan.extract.entities_org import is_per_start
from goldspan.extract.entities_tokens import (
    CAP,
    DASH,
    DESCRIPTOR_COMPOUNDS,
    END,
    JOINED,
    LOC_APPELLATIONS,
    LOC_CODED,
    LOC_DESCRIPTORS,
    START,
    TEXT,
    Token,
    vietnamese_syllable,
)
from goldspan.extract.textcase import lower

Cand = tuple[int, int, str, int]

_DESC_BY_FIRST: Final[dict[str, list[list[str]]]] = {}
for _d in LOC_DESCRIPTORS + LOC_APPELLATIONS + LOC_CODED:
    _DESC_BY_FIRST.setdefault(_d.split()[0], []).append(_d.split())
_DESC_MODIFIERS: Final = [m.split() for m in ("biên giới", "vùng cao", "miền núi", "đảo", "ven biển",
                                       "vùng biên", "nông thôn mới", "ngoại thành")]
_MODIFIERS_BY_FIRST: Final[dict[str, list[list[str]]]] = {}  # in list order: the first match wins
for _m in _DESC_MODIFIERS:
    _MODIFIERS_BY_FIRST.setdefault(_m[0], []).append(_m)


# Words that mark a larger or smaller model of a product: "bản Pro" names no trim.
_MODEL_SUFFIXES: Final = frozenset("Pro Max Plus Ultra Mini Lite".split())


def cap_run(toks: list[Token], i: int, gaz: Gazetteers, head_at, limit: int = 4,
            head_first: bool = False) -> int:
    """End index of a run of capitalised tokens joined to token ``i`` (no heads, acronyms).

    With ``head_first`` the run may open with a head word (``cầu Trường Tiền``).
    """
    j = i
    while j < len(toks) and j - i < limit:
        t = toks[j]
        linked = t[JOINED] or j == i
        if not t[CAP] or not linked or ((j > i or not head_first) and head_at(j)) or (
                t[TEXT].isupper() and len(t[TEXT]) > 1 and j > i):
            break
        j += 1
    return j


# Descriptors of hamlets that are numbered when split ("bản Cà Roòng 1", "ấp Tân Thành 2").
_NUMBERED_HAMLETS: Final = frozenset({"bản", "thôn", "ấp", "xóm", "buôn", "làng", "khu phố", "tổ dân phố",
                                      "Bản", "Thôn", "Ấp", "Xóm", "Buôn", "Làng"})
_ROMAN_NUMBER: Final = re.compile(r"[IVX]{1,4}")
# What a number counts when it follows a hamlet's name: "ấp Tân Thành 3 người dân".
_COUNTED_AFTER: Final = frozenset("người hộ gia nhà căn con ha km m tấn kg chiếc cái trường lớp em "
                                  "cháu thôn bản xã năm tháng ngày lần điểm ngôi tuyến".split())
# Descriptors of units no person gives a name to (wards and streets are named after people).
_PROVINCE_WORDS: Final = frozenset({"tỉnh", "Tỉnh", "huyện", "Huyện", "thành phố", "Thành phố"})
# Countries a route goes through ("qua đường Trung Quốc"), no street named after them.
_COUNTRIES: Final = frozenset(("Trung Quốc", "Lào", "Campuchia", "Cam-pu-chia", "Thái Lan", "Myanmar",
                        "Mi-an-ma", "Malaysia", "Singapore", "Hàn Quốc", "Nhật Bản", "Nga", "Mỹ"))


def loc_candidates(toks: list[Token], gaz: Gazetteers, head_at, loc_at,
                   starts: list[int], text: str) -> list[Cand]:
    """LOC after a descriptor (token indices ``starts``): administrative ones left out
    (priority 5)."""
    out: list[Cand] = []
    for i in starts:
        t = toks[i]
        d = 0
        for parts in _DESC_BY_FIRST.get(t[TEXT], ()):
            if len(parts) == 1 or all(i + k < len(toks) and toks[i + k][TEXT] == p
                                      and toks[i + k][JOINED] for k, p in enumerate(parts) if k):
                d = max(d, len(parts))
        if not d or i + d >= len(toks):
            continue
        if i > 0 and t[JOINED] and f"{lower(toks[i - 1][TEXT])} {lower(t[TEXT])}" in DESCRIPTOR_COMPOUNDS:
            continue
        desc = t[TEXT] if d == 1 else " ".join([x[TEXT] for x in toks[i:i + d]])
        j0 = i + d
        if desc in LOC_DESCRIPTORS:  # "xã biên giới Sín Thầu": skip the modifier
            for mod in _MODIFIERS_BY_FIRST.get(toks[j0][TEXT], ()):
                if all(j0 + k < len(toks) and toks[j0 + k][TEXT] == w and toks[j0 + k][JOINED]
                       for k, w in enumerate(mod)):
                    j0 += len(mod)
                    break
            if j0 >= len(toks):
                continue
        first = toks[j0]
        if not first[JOINED] or not (first[CAP] or first[TEXT][0].isdigit()):
            continue
        if first[TEXT][0].isdigit():
            if desc in LOC_CODED:
                out.append((t[START], first[END], "LOC", 5))
            continue
        if desc in _PROVINCE_WORDS and not loc_at(j0) and is_per_start(toks, j0, gaz):
            continue  # "Chủ tịch UBND tỉnh Nguyễn Văn Hùng": a person after the body
        j = cap_run(toks, j0, gaz, head_at, head_first=True)
        if (j > j0 and j < len(toks) and head_at(j) == j + 1 and toks[j][CAP] and toks[j][JOINED]
                and not (j + 1 < len(toks) and toks[j + 1][CAP] and toks[j + 1][JOINED])):
            j += 1  # "sân Thiên Trường": a head word with nothing to name is the name's end
        for p in range(j0 + 2, j):
            if is_per_start(toks, p, gaz):
                j = p
                break
        listed = loc_at(j0)
        if listed and (listed >= j or is_per_start(toks, listed, gaz)):
            j = listed
        while j + 1 < len(toks) and toks[j][DASH] and toks[j][CAP]:  # "Xuân Hương - Đà Lạt"
            nxt = max(loc_at(j) or 0, cap_run(toks, j, gaz, head_at))  # "… - Mỹ Thuận": not "Mỹ"
            if nxt <= j:  # "Sông Hương - Cơ quan của …": nothing to add, and no endless loop
                break
            j = nxt
        if j == j0:
            continue
        if desc in _NUMBERED_HAMLETS and j < len(toks) and toks[j][JOINED] and (
                toks[j][TEXT].isdigit() and len(toks[j][TEXT]) <= 2 or _ROMAN_NUMBER.fullmatch(
                    toks[j][TEXT])) and not (j + 1 < len(toks) and toks[j + 1][JOINED]
                                              and toks[j + 1][TEXT] in _COUNTED_AFTER):
            j += 1  # "bản Cà Roòng 1", "thôn Phú Mỹ 2": hamlets split in two keep the number
        name = " ".join(x[TEXT] for x in toks[j0:j])
        if desc == "kênh" and not all(vietnamese_syllable(x[TEXT]) and not x[TEXT].isupper()
                                      for x in toks[j0:j] if x[TEXT] not in "-–"):
            continue  # "kênh YouTube", "kênh VTV3": a channel, no canal
        if lower(desc) == "bản" and j == j0 + 1 and toks[j0][TEXT] in _MODEL_SUFFIXES:
            continue  # "bản Pro": the larger model of a product, no name of its own (ho444)
        if lower(desc) == "bản" and all(x[TEXT].isascii() for x in toks[j0:j]) and not all(
                vietnamese_syllable(x[TEXT]) for x in toks[j0:j] if x[TEXT] not in "-–"):
            out.append((first[START], toks[j - 1][END], "MISC", 5))  # "bản GT-Line", "Bản
            continue  # Deluxe": a car's trim, no village (held-out ho436)
        plural = i > 0 and lower(toks[i - 1][TEXT]) in ("các", "những")
        if name == "Hồ Chí Minh" or desc in LOC_APPELLATIONS and not plural and not (
                desc == "đường" and name in _COUNTRIES):
            out.append((t[START], toks[j - 1][END], "LOC", 5))  # "qua đường Trung Quốc": the
            # country; "các cửa khẩu Lạng Sơn": the province's gates, the province
        else:
            out.append((first[START], toks[j - 1][END], "LOC", 5))
            if i > 0 and lower(toks[i - 1][TEXT]) in ("các", "những", "hai", "ba", "bốn", "năm"):
                out.extend(_listed_after(toks, j, gaz, head_at, text))  # "các xã X, Y và Z"
    return out


def _listed_after(toks: list[Token], j: int, gaz: Gazetteers, head_at, text: str) -> list[Cand]:
    """Further places of a plural descriptor's list: ``, Tân Hòa, Tân Phước và …``."""
    out: list[Cand] = []
    n = len(toks)
    while j < n:
        t = toks[j]
        if lower(t[TEXT]) == "và" and t[JOINED] and j + 1 < n and toks[j + 1][JOINED]:
            j += 1
        elif t[JOINED] or text[toks[j - 1][END]:t[START]] != ", ":
            break
        k = cap_run(toks, j, gaz, head_at)
        if k == j or k - j > 3:
            break
        out.append((toks[j][START], toks[k - 1][END], "LOC", 5))
        j = k
    return out


_LIST_LINKS: Final = (", ", " và ", " hay ", " hoặc ")
_START_OF: Final = itemgetter(START)
_LIST_STOPS: Final = (",", ".", ";", ")", "…", "?", "!", " và ", " hay ", " hoặc ")


def listed_places(text: str, toks: list[Token], chosen: list[Cand], end: int,
                  gaz: Gazetteers) -> list[Cand]:
    """LOC for names listed right after a place, whatever their descriptor: ``Ba Vì, Minh
    Châu hay Yên Bài``, ``Đồng Văn, Mèo Vạc, Lũng Cú`` (priority 1).

    A listed name is one to three capitalised syllables after ``, ``/``và``/``hay``/``hoặc``
    that ends at a comma, a full stop, a conjunction or the paragraph's end (so ``, Chủ
    tịch …`` or ``, Lan cho biết`` are no list items), overlaps no chosen entity and does
    not open a personal name.
    """
    out: list[Cand] = []
    taken: list[tuple[int, int]] | None = None  # built on first use
    for _s, e, label, _ in chosen:
        pos = e
        while label == "LOC" and text.startswith(_LIST_LINKS, pos):
            link = next(w for w in _LIST_LINKS if text.startswith(w, pos))
            if taken is None:
                taken = [(c[0], c[1]) for c in chosen]
            # the token starting right after the link, if any
            k = bisect_left(toks, pos + len(link), key=_START_OF)
            if k == len(toks) or toks[k][START] != pos + len(link):
                break
            j = k
            while (j < len(toks) and j - k < 3 and toks[j][CAP] and (j == k or toks[j][JOINED])
                   and not (toks[j][TEXT].isupper() and len(toks[j][TEXT]) > 1)):
                j += 1
            if j == k:
                break
            stop = toks[j - 1][END]
            if not (stop >= end or text.startswith(_LIST_STOPS, stop)):
                break
            if any(a < stop and toks[k][START] < b for a, b in taken) or is_per_start(toks, k, gaz):
                break
            out.append((toks[k][START], stop, "LOC", 1))
            taken.append((toks[k][START], stop))
            pos = stop
    return out


_TO_PLACE: Final = frozenset("tại ở sang đến tới về từ thăm nước quốc xứ và".split())


def england_candidates(toks: list[Token], texts: list[str], words: set[str]) -> list[Cand]:
    """LOC for ``Anh`` (England) after a word of place: ``du học tại Anh``, ``nước Anh``.

    ``texts``: the token texts (the loop runs only where one is ``Anh``).
    """
    out: list[Cand] = []
    if "Anh" not in words:
        return out
    for i in compress(range(len(toks)), map("Anh".__eq__, texts)):
        t = toks[i]
        if i == 0 or not t[JOINED] or lower(toks[i - 1][TEXT]) not in _TO_PLACE:
            continue
        if lower(toks[i - 1][TEXT]) == "và" and not (i > 1 and toks[i - 2][CAP]):
            continue
        if i + 1 < len(toks) and toks[i + 1][JOINED] and toks[i + 1][CAP]:
            continue  # "anh Nguyễn …" is a person
        out.append((t[START], t[END], "LOC", 5))
    return out
