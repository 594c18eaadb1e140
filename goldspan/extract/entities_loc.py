"""Places: LOC after descriptors, lists after plural descriptors, ``Anh`` as England.

Administrative descriptors (``tỉnh``, ``huyện``, ``xã``, ``phường``, ``thành phố``…) are left
out of the LOC (``huyện Đông Anh`` → ``Đông Anh``); other descriptors stay in it
(``sông Hương``, ``cầu Trường Tiền``, ``đường Phạm Văn Đồng``), and so does ``thành phố`` in
``thành phố Hồ Chí Minh`` and a capitalised appellation (``Thủ đô Hà Nội``). A number after
a road or district word keeps its descriptor (``quốc lộ 1A``, ``quận 3``).
"""

from __future__ import annotations

from goldspan.extract.entities_gazetteer import Gazetteers
from goldspan.extract.entities_org import is_per_start
from goldspan.extract.entities_tokens import (
    DESCRIPTOR_COMPOUNDS,
    LOC_APPELLATIONS,
    LOC_CODED,
    LOC_DESCRIPTORS,
    Tok,
)

Cand = tuple[int, int, str, int]

_DESC_BY_FIRST: dict[str, list[list[str]]] = {}
for _d in LOC_DESCRIPTORS + LOC_APPELLATIONS + LOC_CODED:
    _DESC_BY_FIRST.setdefault(_d.split()[0], []).append(_d.split())
_DESC_MODIFIERS = [m.split() for m in ("biên giới", "vùng cao", "miền núi", "đảo", "ven biển",
                                       "vùng biên", "nông thôn mới", "ngoại thành")]
_MODIFIERS_BY_FIRST: dict[str, list[list[str]]] = {}  # in list order: the first match wins
for _m in _DESC_MODIFIERS:
    _MODIFIERS_BY_FIRST.setdefault(_m[0], []).append(_m)


def cap_run(toks: list[Tok], i: int, gaz: Gazetteers, head_at, limit: int = 4,
            head_first: bool = False) -> int:
    """End index of a run of capitalised tokens joined to token ``i`` (no heads, acronyms).

    With ``head_first`` the run may open with a head word (``cầu Trường Tiền``).
    """
    j = i
    while j < len(toks) and j - i < limit:
        t = toks[j]
        linked = t.joined or j == i
        if not t.cap or not linked or ((j > i or not head_first) and head_at(j)) or (
                t.text.isupper() and len(t.text) > 1 and j > i):
            break
        j += 1
    return j


def loc_candidates(toks: list[Tok], gaz: Gazetteers, head_at, loc_at,
                   starts: list[int], text: str) -> list[Cand]:
    """LOC after a descriptor (token indices ``starts``): administrative ones left out
    (priority 5)."""
    out: list[Cand] = []
    for i in starts:
        t = toks[i]
        d = 0
        for parts in _DESC_BY_FIRST.get(t.text, ()):
            if len(parts) == 1 or all(i + k < len(toks) and toks[i + k].text == p
                                      and toks[i + k].joined for k, p in enumerate(parts) if k):
                d = max(d, len(parts))
        if not d or i + d >= len(toks):
            continue
        if i > 0 and t.joined and f"{toks[i - 1].lower} {t.lower}" in DESCRIPTOR_COMPOUNDS:
            continue
        desc = t.text if d == 1 else " ".join([x.text for x in toks[i:i + d]])
        j0 = i + d
        if desc in LOC_DESCRIPTORS:  # "xã biên giới Sín Thầu": skip the modifier
            for mod in _MODIFIERS_BY_FIRST.get(toks[j0].text, ()):
                if all(j0 + k < len(toks) and toks[j0 + k].text == w and toks[j0 + k].joined
                       for k, w in enumerate(mod)):
                    j0 += len(mod)
                    break
            if j0 >= len(toks):
                continue
        first = toks[j0]
        if not first.joined or not (first.cap or first.text[0].isdigit()):
            continue
        if first.text[0].isdigit():
            if desc in LOC_CODED:
                out.append((t.start, first.end, "LOC", 5))
            continue
        j = cap_run(toks, j0, gaz, head_at, head_first=True)
        for p in range(j0 + 2, j):
            if is_per_start(toks, p, gaz):
                j = p
                break
        listed = loc_at(j0)
        if listed and (listed >= j or is_per_start(toks, listed, gaz)):
            j = listed
        while j + 1 < len(toks) and toks[j].dash and toks[j].cap:  # "Xuân Hương - Đà Lạt"
            j = loc_at(j) or cap_run(toks, j, gaz, head_at)
        if j == j0:
            continue
        name = " ".join(x.text for x in toks[j0:j])
        if name == "Hồ Chí Minh" or desc in LOC_APPELLATIONS:
            out.append((t.start, toks[j - 1].end, "LOC", 5))
        else:
            out.append((first.start, toks[j - 1].end, "LOC", 5))
            if i > 0 and toks[i - 1].lower in ("các", "những", "hai", "ba", "bốn", "năm"):
                out.extend(_listed_after(toks, j, gaz, head_at, text))  # "các xã X, Y và Z"
    return out


def _listed_after(toks: list[Tok], j: int, gaz: Gazetteers, head_at, text: str) -> list[Cand]:
    """Further places of a plural descriptor's list: ``, Tân Hòa, Tân Phước và …``."""
    out: list[Cand] = []
    n = len(toks)
    while j < n:
        t = toks[j]
        if t.lower == "và" and t.joined and j + 1 < n and toks[j + 1].joined:
            j += 1
        elif t.joined or text[toks[j - 1].end:t.start] != ", ":
            break
        k = cap_run(toks, j, gaz, head_at)
        if k == j or k - j > 3:
            break
        out.append((toks[j].start, toks[k - 1].end, "LOC", 5))
        j = k
    return out


_TO_PLACE = frozenset("tại ở sang đến tới về từ thăm nước quốc xứ và".split())


def england_candidates(toks: list[Tok], texts: list[str]) -> list[Cand]:
    """LOC for ``Anh`` (England) after a word of place: ``du học tại Anh``, ``nước Anh``.

    ``texts``: the token texts (the loop runs only where one is ``Anh``).
    """
    out: list[Cand] = []
    if "Anh" not in texts:
        return out
    for i, t in enumerate(toks):
        if t.text != "Anh" or i == 0 or not t.joined or toks[i - 1].lower not in _TO_PLACE:
            continue
        if toks[i - 1].lower == "và" and not (i > 1 and toks[i - 2].cap):
            continue
        if i + 1 < len(toks) and toks[i + 1].joined and toks[i + 1].cap:
            continue  # "anh Nguyễn …" is a person
        out.append((t.start, t.end, "LOC", 5))
    return out
