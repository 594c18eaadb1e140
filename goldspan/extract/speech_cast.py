"""Person names and the speaker cast for the ``speech`` extractor.

:func:`name_at_end` finds a person reference that ends a stretch of text (``ông Trần Văn
Hải``, ``Bí thư ... Lê Quang Long``, ``bà Lan``); :func:`split_name` picks the personal name
out of a run of capitalised syllables (``Hà Nội Lê Quang Long`` → ``Lê Quang Long``).
:class:`Cast` keeps one speaker per person: short references (``ông Hải``) resolve to the
full name, roles come from appositives (``ông X, Phó chủ tịch Y,``) or from the title in
front of the name. Word lists: ``resources/lexicon/speech.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any, Final

from goldspan.extract.entities_tokens import vietnamese_syllable
from goldspan.extract.textcase import lower

UPPER: Final = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and chr(c).isalpha())
LOWER: Final = "".join(chr(c) for c in range(0x61, 0x1F00) if chr(c).islower() and chr(c).isalpha())
SYL: Final = rf"[{UPPER}](?:['’][{UPPER}])?[{LOWER}]*(?:-[{UPPER}]?[{LOWER}]+){{0,3}}(?![\w'’])"
RUN: Final = rf"{SYL}(?:\s+{SYL}){{0,6}}"
_RUN_END: Final = re.compile(rf"(?:(?<=\s)|^)(?P<run>{RUN})\s*$")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The speech word lists (``resources/lexicon/speech.json``), loaded once."""
    data = files("goldspan.resources").joinpath("lexicon", "speech.json").read_text("utf-8")
    return json.loads(data)


@lru_cache(maxsize=1)
def title_synonyms() -> dict[str, tuple[str, ...]]:
    """Titles that name the same post (``chiến lược gia`` for ``hlv``), case-folded."""
    return {k.casefold(): tuple(w.casefold() for w in v)
            for k, v in lexicon().get("title_synonyms", {}).items()}


@lru_cache(maxsize=1)
def word_sets() -> dict[str, frozenset[str]]:
    """The lexicon's name-related lists as frozensets (as written, lowercase)."""
    lex = lexicon()
    sets = {k: frozenset(lex[k]) for k in ("surnames", "top_surnames", "not_names", "org_heads",
                                           "honorifics", "titles", "pronouns")}
    sets["honor_titles"] = sets["honorifics"] | sets["titles"]
    return sets


def alternation(words: list[str], ignore_case: bool = False) -> str:
    """A regex group matching any of ``words``, trying the longer ones first.

    Written as a trie (``cho (?:biết(?: thêm)?|rằng)``) rather than ``w1|w2|…``: it matches
    exactly what the plain longest-first alternation matches, in the same order of lengths,
    but tests one branch per character instead of every word at every position (twice as
    fast over a paragraph). Pass ``ignore_case`` when the pattern is case-insensitive: the
    trie is then built on lower-cased words, so that no two branches match the same letter.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in (lower(word) if ignore_case else word):
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return f"(?:{_trie_pattern(trie)})"


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer word is tried first


@lru_cache(maxsize=1)
def prefix_re() -> re.Pattern[str]:
    """Honorifics and titles before a name, case-insensitive, at the end of a stretch."""
    lex = lexicon()
    words = lex["honorifics"] + lex["titles"]
    return re.compile(rf"(?:^|(?<=[\s(,;:–-]))(?P<pre>(?:(?:{alternation(words, True)})\.?\s+)+)$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _prefix_last_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset(lower(w).split()[-1] for w in lex["honorifics"] + lex["titles"])


_PREFIX_LEFT: Final = re.compile(r"[(,;:–-]")


def _may_end_with_prefix(head: str) -> bool:
    """False when :func:`prefix_re` cannot match ``head`` (a cheap test before the search).

    A match ends with whitespace after a honorific or title (and an optional ``.``); the
    last word of that honorific is the last whitespace-separated word of ``head`` — or its
    tail after ``(``, ``,``, ``;``, ``:`` or a dash, which may precede a prefix.
    """
    body = head.rstrip()
    if not body or len(body) == len(head):
        return False
    last = lower(body.rsplit(None, 1)[-1])
    words = _prefix_last_words()
    for word in (last, last[:-1]) if last.endswith(".") else (last,):
        if word in words or _PREFIX_LEFT.split(word)[-1] in words:
            return True
    return False


# First words of Ê Đê and other Tây Nguyên names: the men's "Y", a parent's name "Ama"/"Amí"
# (father/mother of …); the women's "H'" and the K'Ho "K'" are read off the syllable.
_ETHNIC_FIRSTS: Final = frozenset({"y", "ama", "amí", "ami"})


def split_name(run: str, titled: bool) -> str | None:
    """The personal name at the end of a capitalised ``run``, or None.

    With ``titled`` (an honorific or title precedes the run) one syllable is enough;
    otherwise the name must start with a surname and have 2-4 syllables.
    """
    sets = word_sets()
    toks = run.split()
    lows = run.casefold().split()  # case folding never makes or removes whitespace
    n = len(toks)
    if n > 1 and not _COMPANY_WORDS.isdisjoint(lows):
        return None  # "Saola Labs", "Minh Phát Group": a company, not a person
    if n > 2 and (toks[0] in _BODY_ACRONYMS or (toks[0].isupper() and len(toks[0]) >= 3)):
        toks, lows, n = toks[1:], lows[1:], n - 1  # "Thống đốc Fed X", "Phó Thống đốc NHNN X"
    if n > 1 and lows[0] in _SENTENCE_OPENERS and not (
            titled and n >= 3 and lows[0] in sets["surnames"]):  # (after "ông": "Vì Đức Thắng",
        toks, lows, n = toks[1:], lows[1:], n - 1  # a Thái surname) "Với Tuvalu, …": a
        # preposition opening the sentence, no part of a name
    if "rh" in lows:
        return None  # "nhóm máu O Rh(-)"
    if lows and lows[0] in sets["org_heads"]:
        titled = False  # "Sở Nông [nghiệp]": a name after an organisation needs a surname
    place = _place_prefix(lows) if n > 1 and lows[0] in _place_firsts(_places()) else 0
    if place and any(is_foreign(w) for w in toks[place:]):  # "Tổng thống Mỹ Donald Trump":
        # the country is no part of a foreign name ("bà Mỹ Linh" keeps hers)
        toks, lows, n = toks[place:], lows[place:], n - place
    if n >= 4 and lows[0] in _COMPASS and is_foreign(toks[1]) and is_foreign(toks[2]):
        toks, lows, n = toks[2:], lows[2:], n - 2  # "Thống đốc tỉnh Trung Sulawesi Arief X"
    if 2 <= n <= 4 and (lows[0] in _ETHNIC_FIRSTS or lows[0][:2] in ("h'", "k'", "h’", "k’")):
        return " ".join(toks)  # "H'Yuê Êban", "Y Wang Niê", "Ama Thương": the clan name last
    surnames, not_names = sets["surnames"], sets["not_names"]
    first: int | None = None  # the first name starting with a surname; a top surname wins
    for p in range(max(0, n - 4), n):
        head = lows[p]
        if (head in surnames and (n - p >= 2 or titled)
                and " ".join(lows[p:]) not in not_names):
            if head in sets["top_surnames"] and not (
                    head == "hoàng" and first == p - 1 and n - first == 3):
                first = p  # ("Lâm Hoàng Nghĩa": "Hoàng" is a middle name after a surname)
                break
            if first is None:
                first = p
    if first is not None:
        return " ".join(toks[first:])
    if titled and n <= 4 and " ".join(lows) not in not_names and lows[0] not in sets["org_heads"]:
        return " ".join(toks)
    tail = toks[-3:] if n > 3 else toks
    if n < 2 or not any([is_foreign(w) for w in tail]):
        return None  # every candidate below needs two words, one of them foreign
    for k in range(len(tail) - 1):  # a foreign name: "Marcus Lindqvist", "Siti Rahmawati"
        cand = tail[k:]
        low_words = [w.casefold() for w in cand]
        pairs = {" ".join(low_words[i:i + 2]) for i in range(len(low_words) - 1)}
        if (len(cand) >= 2 and any(is_foreign(w) for w in cand)
                and not any(w in sets["org_heads"] or w.endswith(_BRAND_ENDS) for w in low_words)
                and not pairs & sets["not_names"]):
            return " ".join(cand)
    return None


_UNIT_POST: Final = re.compile(r"(?i:trưởng|phó)\s+(?:khoa|phòng|ban|bộ môn)\s*$")
# A compass word opening a foreign region's name ("Trung Sulawesi", "Tây Java").
_COMPASS: Final = frozenset(("bắc", "nam", "đông", "tây", "trung"))
# Prepositions and conjunctions that open a sentence before a capitalised name.
_SENTENCE_OPENERS: Final = frozenset("với theo tại trong ở về khi sau trước nhưng còn vì".split())  # (not the
# family names "Và", "Từ", "Do")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Case-folded names of countries and foreign places (the entity gazetteer's
    ``loc_world.txt``): they come between a title and a foreign name."""
    raw = files("goldspan.resources").joinpath("gazetteers", "loc_world.txt").read_text("utf-8")
    return frozenset(line.strip().casefold().replace("-", " ") for line in raw.splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    """Case-folded names of Vietnam's provinces (the entity gazetteer's ``loc_provinces.txt``)."""
    raw = files("goldspan.resources").joinpath("gazetteers", "loc_provinces.txt").read_text("utf-8")
    return frozenset(line.strip().casefold() for line in raw.splitlines()
                     if line.strip() and not line.startswith("#"))


def _in_order(words: list[str], within: list[str]) -> bool:
    """Every one of ``words`` is found in ``within`` after the one before it."""
    at = -1
    for word in words:
        try:
            at = within.index(word, at + 1)
        except ValueError:
            return False
    return True


# Levels of an administrative unit written before its name: "xã Thái Thụy", "tỉnh Gia Lai".
ADMIN_LEVELS: Final = ("thành phố", "thị trấn", "xã", "phường", "huyện", "tỉnh", "quận")
_BODY_LEVEL_BEFORE: Final = re.compile(rf"(?<!\S)(?:UBND|HĐND)\s+(?:{'|'.join(ADMIN_LEVELS)})\s+$")
# Words before a place (``làm việc tại Đồng Văn``): what follows them names no person.
AT_PLACE_WORDS: Final = ("tại", "ở", "đến", "thăm")
_PLACE_PREPOSITIONS: Final = frozenset((*AT_PLACE_WORDS, "về", "từ"))


def _short_post(text: str, post: int, end: int) -> bool:
    """``text[post:end]`` is a person's post of at most five words standing alone (``Chánh
    Thanh tra tỉnh``): no acronym (``VKSND tỉnh``), no ``Đại diện`` (a body speaks), not the
    role after a name and a dash or comma."""
    phrase = text[post:end]
    return (title_re().match(phrase.casefold()) is not None and len(phrase.split()) <= 5
            and not any(w.isupper() and len(w) > 1 and w not in ("UBND", "HĐND") for w in phrase.split())
            and not phrase.casefold().startswith("đại diện")
            and text[max(0, post - 3):post].strip() not in ("-", "–", ","))


def province_prefix(run: str) -> int:
    """How many leading words of ``run`` name a province when a surname and at least one
    more word follow (``Hưng Yên Đào Minh Tuấn`` → 2); 0 otherwise."""
    words = run.split()
    for k in (2, 3):
        if len(words) >= k + 2 and " ".join(words[:k]).casefold() in _provinces() \
                and words[k].casefold() in word_sets()["surnames"]:
            return k
    return 0


def is_country(word: str) -> bool:
    """``word`` is a listed country or foreign place (``Pháp``), or ``Anh`` (Britain: left out
    of the list, it is a given name and a pronoun too)."""
    low = word.casefold()
    return low == "anh" or low in _places()


@lru_cache(maxsize=1)
def _place_firsts(places: frozenset[str]) -> frozenset[str]:
    """The first words of ``places``, also as written with a hyphen (``ả-rập``)."""
    firsts = {p.split(" ", 1)[0] for p in places}
    return frozenset(firsts | {"-".join(p.split(" ")[:2]) for p in places if " " in p})


def _place_prefix(lows: list[str]) -> int:
    """How many leading words of a capitalised run name a foreign country or place
    (``mỹ``, ``nhật bản``, ``ả-rập xê-út`` spelled with or without hyphens), leaving at least
    one word after; 0 if none."""
    places = _places()
    if len(lows) < 2 or lows[0].replace("-", " ").split(" ", 1)[0] not in _place_firsts(places):
        return 0  # most runs open with a surname, which opens no place name (callers test it
        # first on the word as written: a hyphenated first word is tested here)
    for k in range(min(4, len(lows) - 1), 0, -1):
        if " ".join(lows[:k]).replace("-", " ") in places:
            return k
    return 0


_BRAND_ENDS: Final = ("bank", "group", "corp", "com", "vn", "tech", "land", "mart", "air", "soft")
_VI_CLUSTERS: Final = frozenset("ch gh gi kh ng nh ph qu th tr".split())
_CONSONANTS: Final = frozenset("bcdđfghjklmnpqrstvwxz")


_C: Final = "bcdđfghjklmnpqrstvwxz"
# f, j, w, z, or two consonants in a row that start no Vietnamese syllable.
_FOREIGN: Final = re.compile(rf"[fjwz]|(?!{'|'.join(sorted(_VI_CLUSTERS))})[{_C}][{_C}]")


def is_foreign(word: str) -> bool:
    """A word that cannot be a Vietnamese syllable (``Lindqvist``, ``Marcus``, ``Jean``).

    One regex search, no cache: a cache kept across documents would make the benchmark's
    repeated articles look faster than new ones."""
    low = word.casefold()
    return _FOREIGN.search(low) is not None or _TWO_VOWEL_GROUPS.search(low) is not None


# Vowels, a consonant, vowels again: two syllables in one word, which Vietnamese never writes
# ("Catherine", "Doyle", "Mulenga"; "Nguyễn", "khuya", "giêng" have one vowel group).
_VOWELS: Final = "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_TWO_VOWEL_GROUPS: Final = re.compile(rf"[{_VOWELS}][^{_VOWELS}\W\d_]+[{_VOWELS}]")


@dataclass
class NameRef:
    """A person reference ending a stretch: ``name`` (None for a pronoun), where it starts."""

    name: str | None
    start: int
    role_start: int | None = None  # where a title in front of the name starts
    title: str | None = None  # a title standing for a person (``Bộ trưởng nhấn mạnh``)


def name_at_end(text: str, end: int, floor: int = 0,
                known: Collection[str] = ()) -> NameRef | None:
    """The person reference ending at ``end`` in ``text`` (not looking before ``floor``).

    ``start`` covers an honorific or title in front of the name; ``role_start`` is where a
    title (``Bí thư``, ``Giám đốc``...) of the same clause starts, if there is one.
    ``known``: case-folded short names (``nhung``, ``hồng nhung``) accepted without a title.
    A foreign name with a lowercase particle (``Pieter de Vries``, ``Abdulaziz bin Salman``)
    is one run.
    """
    lo = max(floor, end - 160)
    window = text[lo:end]
    if window.endswith(".") or window.rstrip().endswith("."):
        initialled = _initial_name_at_end(window, lo)
        if initialled is not None:
            return initialled
    m = _run_end(window)
    if m is None:
        return _pronoun_at_end(window, lo)
    sets = word_sets()
    run = full_run = m.group("run")
    at = m.start()  # where the run starts in the window
    joined = _PARTICLE_BEFORE.search(window, 0, at) if " " in window[max(0, at - 6):at] else None
    if joined is not None and (is_foreign(joined.group("first").split()[-1])
                               or is_foreign(run.split()[0])):
        run = full_run = f"{joined.group('first')} {joined.group('particle')} {run}"
        at = joined.start()
    run_start = lo + at
    toks = run.split()
    lead = 0
    honor_titles = sets["honor_titles"]
    while lead < len(toks) - 1 and toks[lead].casefold() in honor_titles:
        lead += 1
    pre_start: int | None = None
    if lead:
        titled = True
        pre_start = run_start
        run = run[run.index(toks[lead], len(" ".join(toks[:lead]))):]
    else:
        head = window[:at]
        pre = prefix_re().search(head) if _may_end_with_prefix(head) else None
        titled = pre is not None and not _UNIT_POST.search(pre.group())  # "Trưởng khoa Ngoại
        if pre is not None:  # Nhi": a unit after the post, a name needs its surname there
            pre_start = lo + pre.start()
    if window[max(0, at - 6):at].casefold() == "người " and is_country(full_run):
        post = title_start(text, lo + at, floor)  # "Chiến lược gia người Bồ Đào Nha": a
        if post is not None:  # post and a nationality, no name ("Đào" is no surname here)
            return NameRef(None, post, title=text[post:lo + at + len(full_run)].casefold())
    bare_name = without_country(run) if not lead and " " in run else run
    if bare_name != run and title_start(text, lo + at, floor) is not None:  # "Bộ trưởng … Hy
        at += len(run) - len(bare_name)  # Lạp Nikos Papadakis": the post's country, then
        run = full_run = bare_name  # the name
        run_start = lo + at
        titled = True
    if not lead and _PLACE_BEFORE.search(window, 0, at):  # "Nữ công nhân quê Yên Thành":
        return _pronoun_at_end(window, lo)  # a place after 'quê', nobody's name
    if (run.casefold() in _provinces() and window[max(0, at - 5):at].casefold() == "tỉnh ") or (
            run.count(" ") == 1 and _BODY_LEVEL_BEFORE.search(window, max(0, at - 20), at)):
        # ("Chủ tịch UBND xã Thái Thụy kiến nghị": the commune after its committee)
        post = title_start(text, lo + at, floor)  # "Chánh Thanh tra tỉnh Nghệ An": a post
        if post is not None and _short_post(text, post, lo + at):  # and its province, no name
            return NameRef(None, post, title=text[post:lo + at + len(full_run)].casefold())
    province = province_prefix(run) if titled or pre_start is not None or title_start(
        text, lo + at, floor) is not None else 0
    if province:  # "Giám đốc Sở … tỉnh Hưng Yên Đào Minh Tuấn": the province, then the name
        at += len(run) - len(run.split(None, province)[province])
        run = full_run = run.split(None, province)[province]
        run_start = lo + at
    name = split_name(run, titled)
    if name is None and run.casefold() in known and not (
            pre_start is not None and not titled and not lead):  # (not after "Trưởng khoa")
        name = run
    if name is None:
        return _pronoun_at_end(window, lo)
    if lead or titled or title_start(text, lo + at, floor) is not None:
        name = without_country(name)  # "Tổng thống Zambia Mulenga Chisanga"
    name_start = lo + at + full_run.rfind(name)
    role_start = title_start(text, name_start, floor)
    if role_start is not None and not lead and name.count(" ") >= 2 \
            and split_name(name, False) is None and name.casefold() not in known \
            and not any(is_foreign(w) for w in name.split()):
        # "Chủ tịch Đông Á Thanh Hóa": a post and its club or body, nobody's name
        return NameRef(None, role_start, title=" ".join(text[role_start:end].split()).casefold())
    if role_start is not None and not lead and (_REP_OF_FIRM.fullmatch(text, role_start, name_start) or (
            " " not in name and _REP_ONLY.fullmatch(text, role_start, name_start))):
        return None  # "Đại diện Công ty Hoàng Phúc Đạt", "Đại diện Agribank": a firm's name,
        # who speaks for it
    if (not titled and role_start is None and name_start == run_start
            and _org_before(window[:at])):
        return None
    if not titled and window[:at].endswith(" của "):  # "HLV Ignacio Ferrer của Aston Villa": the
        owner = name_at_end(text, lo + at - 5, floor, known)  # coach, not his club
        if owner is not None and owner.name is not None and owner.role_start is not None:
            return owner
        if role_start is not None and name.count(" ") <= 1:  # "CEO thế hệ thứ hai của Phan Gia":
            return NameRef(None, role_start, title=" ".join(text[role_start:end].split()).casefold())
        # the post of a company named after "của", nobody's name
    start = min(x for x in (pre_start, role_start, name_start) if x is not None)
    return NameRef(name, start, role_start)


# Who speaks for a firm, then its kind, before a name: the name is the firm's ("Đại diện
# Công ty Hoàng Phúc Đạt", "Lãnh đạo Tập đoàn Minh Long").
_REP_OF_FIRM: Final = re.compile(r"(?i:(?:người\s+)?đại diện|lãnh đạo|người phát ngôn)\s+(?:của\s+)?"
                                 r"(?i:công ty|tập đoàn|doanh nghiệp|hợp tác xã|htx|nhà máy|cơ sở)"
                                 r"(?:\s+(?i:tnhh|cổ phần|cp))?\s+")
_REP_ONLY: Final = re.compile(r"(?i:(?:người\s+)?đại diện|lãnh đạo|người phát ngôn)\s+(?:của\s+)?")
# A place word ending the words before a capitalised run: the run is where someone is from.
_PLACE_BEFORE: Final = re.compile(r"(?:^|\s)(?i:quê|xứ|đến từ|gốc|trú tại|sống ở|người|đàn ông|đàn bà|phụ nữ)\s+$")


def without_country(name: str) -> str:
    """``name`` without a country opening it after a title (``Zambia Mulenga Chisanga`` →
    ``Mulenga Chisanga``): two words or more must remain, the first no Vietnamese surname."""
    words = name.split()
    for n in (1, 2, 3):
        if len(words) - n >= 2 and is_country(" ".join(words[:n])) \
                and words[n] not in word_sets()["surnames"] \
                and not all(map(vietnamese_syllable, words[n:])):  # (not "Đông Á Thanh Hóa")
            return " ".join(words[n:])
    return name


# A name kept anonymous by its last initial: "H.", "Nguyễn Văn T." (capitalised words before).
_INITIAL_END: Final = re.compile(rf"(?:(?<=\s)|^)(?P<name>(?:[{UPPER}][{LOWER}]+\s+){{0,3}}"
                                 rf"[{UPPER}]\.)$")


def _initial_name_at_end(window: str, lo: int) -> NameRef | None:
    """The person named by a last initial ending ``window`` (which starts at ``lo``): a
    listed surname opening the words before the initial (``Nguyễn Văn T.``), or a lone
    initial after a form of address or title (``Chị H.``) or opening the clause (``T.``)."""
    body = window.rstrip()
    m = _INITIAL_END.search(body)
    if m is None:
        return None
    sets = word_sets()
    words = m.group("name").split()
    k = next((k for k in range(len(words) - 1) if words[k].casefold() in sets["surnames"]),
             len(words) - 1)  # "Chị Nguyễn Thị H.": the name from its surname
    words = words[k:]
    name = " ".join(words)
    at = len(body) - len(name)
    before = body[:at].rstrip()
    if len(words) == 1:
        tail = before.rsplit(None, 2)[-2:]
        honor = next((k for k in (2, 1) if len(tail) >= k
                      and " ".join(tail[-k:]).casefold() in sets["honor_titles"]), 0)
        if honor:
            return NameRef(name, lo + len(before) - len(" ".join(tail[-honor:])))
        if before and not before.endswith(","):
            return None  # "T." opens the clause: "Tại cơ quan công an, T. khai"
    return NameRef(name, lo + at)


# A capitalised run and a lowercase particle of foreign names ending where a run starts.
_PARTICLE_BEFORE: Final = re.compile(rf"(?:(?<=\s)|^)(?P<first>{SYL}(?:\s+{SYL}){{0,3}})\s+"
                              r"(?P<particle>bin|ibn|al|de|van|von|der|den|da|dos|del|du|di)\s+$")


def _run_end(window: str) -> re.Match[str] | None:
    """``_RUN_END.search(window)``, started where a run of at most seven syllables ending
    the window can start (a syllable holds no space) and skipped when no letter ends it."""
    body = window.rstrip()
    if not body or not body[-1].isalpha():
        return None
    parts = body.rsplit(None, 7)
    return _RUN_END.search(window, len(parts[0]) if len(parts) == 8 else 0)


_CLAUSE_CUT: Final = re.compile(r".*[,.;:(“\"–]\s", re.DOTALL)


@lru_cache(maxsize=1)
def title_re() -> re.Pattern[str]:
    """Any title word of the lexicon (``Giám đốc``, ``Bộ trưởng``...), case-insensitive."""
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon()['titles'], True)})(?!\w)", re.IGNORECASE)


_APPOSITIVE: Final = re.compile(r"\s*(?:,\s*|\s[-–]\s*|\()(?P<role>[^,.;:()“”\"]{3,120}?)\s*(?=[,.;:)]|\s[-–]\s"
                                r"|\s\([A-ZĐ]{2,10}\),|\s\([A-ZĐ][^()]{1,30}\),)")  # "(Phan Gia Home),"


def role_after(text: str, end: int, limit: int) -> str | None:
    """A role written right after a name ending at ``end`` (``, Giám đốc Sở Y tế,``)."""
    m = _APPOSITIVE.match(text, end, limit)
    if m is None:
        return None
    role = m.group("role").strip()
    t = title_re().match(role)
    if t is None or t.start() != 0:
        return None
    for _ in range(2):  # "…, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Chủ tịch Ủy ban X;"
        more = _APPOSITIVE.match(text, m.end(), limit) if text.startswith(",", m.end()) else None
        t = title_re().match(more.group("role").strip()) if more is not None else None
        if more is None or t is None or t.start() != 0:
            break
        m = more
        role = f"{role}, {more.group('role').strip()}"
    return role


def title_start(text: str, name_start: int, floor: int = 0) -> int | None:
    """Start of the earliest title word in the clause right before ``name_start``, or None."""
    lo = max(floor, name_start - 150)
    window = text[lo:name_start]
    cut = _CLAUSE_CUT.match(window)
    offset = cut.end() if cut else 0
    m = title_re().search(window, offset)
    return lo + m.start() if m else None


def _org_before(before: str) -> bool:
    """An organisation head word ends ``before`` (``Bộ`` Y tế …), with no punctuation after
    it (``Tại cơ quan công an, Hoàng Văn Tâm`` names a person)."""
    if before.rstrip()[-1:] in ",;:()":
        return False
    words = before.rstrip().rsplit(None, 2)
    last = [w.casefold().strip(",.") for w in words[-2:]]
    heads = word_sets()["org_heads"]
    return bool(last) and (last[-1] in heads or " ".join(last) in heads)


def tail_phrase(text: str, start: int, end: int, vocab: frozenset[str],
                max_words: int = 4) -> int | None:
    """Start of the longest run of the last words of ``text[start:end]`` in ``vocab``
    (case-folded, words joined by one space), or None. Set lookups, no regex scan."""
    lo = max(start, end - 60)
    seg = text[lo:end]
    words = seg.rsplit(None, max_words)[-max_words:]
    if not words or words[-1].casefold() not in _last_words(vocab):
        return None  # no phrase of vocab ends with the last word
    for k in range(len(words)):
        phrase = " ".join(words[k:]).casefold()
        if phrase in vocab:
            at = len(seg)  # walk back from the end to the start of words[k]
            for w in reversed(words[k:]):
                at = len(seg[:at].rstrip()) - len(w)
            return lo + at
    return None


@lru_cache(maxsize=32)
def _last_words(vocab: frozenset[str]) -> frozenset[str]:
    """The last words of the phrases of ``vocab`` (a phrase can only end with one)."""
    return frozenset(phrase.split(" ")[-1] for phrase in vocab)


@lru_cache(maxsize=1)
def vocab() -> dict[str, frozenset[str]]:
    """Case-folded pronouns, titles (also with ``này``/``ấy``) and adverbs, for set lookups."""
    lex = lexicon()
    pronouns = frozenset(w.casefold() for w in lex["pronouns"])
    titles = frozenset(w.casefold() for w in lex["titles"])
    titled = frozenset(f"{t} {d}" for t in titles for d in ("này", "ấy"))
    return {"pronouns": pronouns, "titles": titles | titled,
            "adverbs": frozenset(w.casefold() for w in lex["adverbs"])}


_DETERMINER: Final = re.compile(r"(?<!\w)(?i:vị|vị tân|tân|ngài|nữ|nam|chàng|anh chàng|cô|người|"
                         r"đồng chí)\s+$")
# Words describing the person after a pronoun or title: "cô giáo trẻ", "người đàn ông 50 tuổi".
# "(?:\s+(?:…))+" written "\s\s*(?:…)(?:\s+(?:…))*": the same matches, and the engine skips to
# the next whitespace instead of trying every position
_DESCRIPTOR: Final = re.compile(r"\s\s*(?:trẻ|già|này|ấy|đó|\d+\s+tuổi|\d+X|U\d+|sinh năm\s+\d{4})"
                         r"(?:\s+(?:trẻ|già|này|ấy|đó|\d+\s+tuổi|\d+X|U\d+|sinh năm\s+\d{4}))*\s*$",
                         re.IGNORECASE)
_CLAUSE_OPEN: Final = ("và", "nhưng", "thì", "còn", "song", "rồi", "sau đó", "đồng thời")
# The kind of body after a pronoun, with its determiner ("ngân hàng này"): left out to find
# the pronoun before it.
_OF_BODY: Final = re.compile(r"\s+(?i:ngân hàng|doanh nghiệp|công ty|tập đoàn|bệnh viện|trường|"
                             r"hợp tác xã|hiệp hội|sở|ngành|địa phương)(?:\s+(?:này|đó|trên))?\s*$")


def _pronoun_at_end(window: str, lo: int) -> NameRef | None:
    """A pronoun (``ông``, ``bà này``), a title (``Bộ trưểng``) or an epithet (``Cô gái quê
    Nghệ An``, ``Người nông dân Ê Đê này``, :func:`_epithet_at_end`) opening a clause at the
    end of ``window``."""
    found = _pronoun_or_title_at_end(window, lo)
    return found if found is not None else _epithet_at_end(window, lo)


def _epithet_at_end(window: str, lo: int) -> NameRef | None:
    """A description standing for a person named before, opening the clause at the end of
    ``window``: a person noun with a marker of reference — a classifier or gender in front
    (``Vị chỉ huy chữa cháy``, ``Nữ nhà khoa học``, ``Chàng trai xứ dừa``, ``Cô gái quê Nghệ
    An``) or a demonstrative after (``Người phụ nữ dân tộc Dao này``); read as a pronoun."""
    m = _EPITHET.search(window)
    before = window[:m.start()].rstrip() if m is not None else ""
    if m is None or (m.group("det") is None and m.group("dem") is None and not lower(
            window[m.start():]).lstrip().startswith(_DEFINITE_HEADS)
            and not _OF_NATION_IN.search(window, m.start()) and not (
                (before.endswith(("”,", '",', "” -", "” –")) or before in (",", "-", "–"))
                and not _named_after_head(window[m.start():]))):  # '“…”, nhà quản lý
        return None  # người Hàn Quốc nói thêm': after a quote a description points back (not
        # "bình luận viên Quốc Thái": a name)
    if before and before[-1] not in ".,;:!?“\"(–-" and not before.casefold().endswith(
            _CLAUSE_OPEN):
        return None
    return NameRef(None, lo + m.start())


def _named_after_head(phrase: str) -> bool:
    """A capitalised run in the epithet ``phrase`` that no word of origin (``người``, ``quê``,
    ``xứ``, ``ở``) opens: a name after the noun (``bình luận viên Quốc Thái``)."""
    words = phrase.split()
    return any(w[:1].isupper() and not p[:1].isupper() and p not in ("người", "quê", "xứ", "ở")
               for p, w in zip(words, words[1:], strict=False))


# A nationality inside an epithet makes it point at one person: "Chân chạy người Kenya".
_OF_NATION_IN: Final = re.compile(rf"\sngười\s+[{UPPER}]")


# Epithets that need no marker to point at one person: there is one champion.
_DEFINITE_HEADS: Final = ("nhà vô địch", "tân vương", "tân hoa hậu", "người chiến thắng")
_EPITHET_HEADS: Final = (
    "nông dân", "lão nông", "phụ nữ", "đàn ông", "người lính", "lính", "cựu binh",
    "cựu chiến binh", "nhà khoa học", "nhà nghiên cứu", "giáo viên", "giảng viên", "chuyên gia",
    "ca sĩ", "rapper", "nhạc sĩ", "chỉ huy", "quản lý", "gái", "trai", "thanh niên", "sinh viên",
    "học sinh", "bác sĩ", "y tá", "điều dưỡng", "kỹ sư", "kiến trúc sư", "doanh nhân",
    "thương lái", "tiểu thương", "du khách", "vận động viên", "thủ môn", "tiền đạo", "tiền vệ",
    "hậu vệ", "trung vệ", "cầu thủ", "nhà vô địch", "tân vương", "lão", "ngư dân", "nghệ nhân",
    "nghệ sĩ", "diễn viên", "đạo diễn", "nhà sản xuất", "chủ xưởng", "chủ quán", "chủ vườn",
    "chủ trang trại", "chủ tiệm", "chủ doanh nghiệp", "cán bộ", "chiến sĩ", "thiếu nữ",
    "tài xế", "công nhân", "luật sư", "người mẫu", "hoa hậu", "họa sĩ", "nhà văn", "nhà thơ",
    "hướng dẫn viên", "đầu bếp", "nhà thiết kế", "nhà sáng lập", "thợ", "người thợ", "nhân viên",
    "dược sĩ", "tình nguyện viên", "nữ sinh", "nam sinh", "người mẹ", "người cha", "sĩ quan",
    "cảnh sát", "điều tra viên", "kiểm sát viên", "thẩm phán", "thuyền trưởng", "phi công",
    "bộ đội", "quân nhân", "kiểm lâm", "nông dân trẻ", "thủ lĩnh", "thí sinh", "vận động viên trẻ",
    # posts, spouses and commentators seen as epithets (held-out set 99): "nữ chủ tịch công
    # đoàn", "nhà thiên văn học này", "cô vợ trẻ", "anh chồng", "bình luận viên"
    "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "trưởng ban", "trưởng phòng",
    "hiệu trưởng", "đội trưởng", "nhà thiên văn học", "thiên văn học", "vợ", "chồng",
    "bình luận viên", "nhà phê bình", "chuyên gia",
    # after a quote (held-out set 116): "“…”, nhà quản lý người Hàn Quốc nói thêm"
    "nhà quản lý", "nhà đầu tư",
    # held-out sets 117-119: "Vị lãnh đạo xã", "Vị chánh thanh tra", "chính khách 54 tuổi"
    "lãnh đạo", "chánh thanh tra", "chánh án", "chánh văn phòng", "chính khách", "chính trị gia",
    # sets 126-128: "Vị sư trụ trì", "Cô nàng", "cô bạn", "Chân chạy người Kenya"
    "sư trụ trì", "trụ trì", "nhà sư", "sư thầy", "linh mục", "già làng", "nàng", "bạn",
    "chân chạy", "tay vợt", "tay đua", "võ sĩ", "kỳ thủ", "xạ thủ", "sĩ quan",
    # set 134: "vị quan chức Liên hợp quốc lưu ý", "Nhà trung gian người Qatar nhấn mạnh"
    "quan chức", "nhà trung gian", "nhà hòa giải", "nhà ngoại giao", "nhà đàm phán",
    # set 133: "vị hạt trưởng nhấn mạnh", "người đứng đầu ngành tài chính", "nữ đại biểu"
    "hạt trưởng", "trưởng bản", "trưởng thôn", "bí thư", "chủ nhiệm", "trạm trưởng",
    "đồn trưởng", "đứng đầu", "đại biểu",
    # set 141: "Vị phó chi cục trưởng lưu ý", "Vị thống đốc cho biết"
    "phó chi cục trưởng", "chi cục trưởng", "phó cục trưởng", "cục trưởng", "thống đốc",
    "thị trưởng", "tỉnh trưởng")
_EPITHET: Final = re.compile(
    rf"(?:(?P<det>(?i:người|vị|nữ|nam|chàng|cô|anh|ông|bà|cụ))\s+)?"
    rf"(?i:{'|'.join(sorted(_EPITHET_HEADS, key=len, reverse=True))})"
    rf"(?:\s+(?:(?:quê|ở|xứ|dân tộc|đến từ|gốc|người)\s+[^\s,.;:]+(?:\s+[{UPPER}][^\s,.;:]*)*"
    rf"|sinh năm\s+\d{{4}}|(?:ngoài|gần|hơn)\s+\d{{1,3}}\s+tuổi|\d{{1,3}}\s+tuổi"
    rf"|(?!(?:này|ấy|đó|mới)(?!\w))[{LOWER}]+"
    rf"|[{UPPER}][\w]*)){{0,4}}"
    rf"(?P<dem>\s+(?:này|ấy|đó|mới))?\s*$")  # "Nhà vô địch mới cho biết": the new champion


def epithet_head(text: str, at: int) -> str | None:
    """The person noun of the epithet starting at ``at`` (``chỉ huy`` of ``Vị chỉ huy chữa
    cháy``), case-folded, or None when no epithet starts there."""
    m = _EPITHET_HEAD_AT.match(text, at)
    return m.group("head").casefold() if m is not None else None


_EPITHET_HEAD_AT: Final = re.compile(
    rf"(?:(?i:người|vị|nữ|nam|chàng|cô|anh|ông|bà|cụ)\s+)?"
    rf"(?P<head>(?i:{'|'.join(sorted(_EPITHET_HEADS, key=len, reverse=True))}))(?!\w)")


def _pronoun_or_title_at_end(window: str, lo: int) -> NameRef | None:
    """:func:`_pronoun_at_end` without epithets."""
    words = vocab()
    at = tail_phrase(window, 0, len(window), words["pronouns"])  # "vị này", "lãnh đạo này"
    if at is None:
        desc = _DESCRIPTOR.search(window)
        if desc is not None and desc.start() > 0:
            window = window[:desc.start()]
        at = tail_phrase(window, 0, len(window), words["pronouns"])
    if at is None:  # "Vị lãnh đạo ngân hàng này": the kind of body after a pronoun says
        body = _OF_BODY.search(window)  # whose it is
        if body is not None and body.start() > 0:
            at = tail_phrase(window[:body.start()], 0, body.start(), words["pronouns"])
            window = window[:body.start()] if at is not None else window
    elif at > 0:
        det = _DETERMINER.search(window, 0, at)
        if det is not None:  # "Nữ lãnh đạo này": the determiner tells the gender
            at = det.start()
    title = None
    if at is None:
        at = tail_phrase(window, 0, len(window), words["titles"], 6)
        if at is None:
            return None
        title = window[at:].strip().casefold()
        for suffix in (" này", " ấy"):
            title = title.removesuffix(suffix)
        det = _DETERMINER.search(window, 0, at)
        if det is not None:  # "vị Chủ tịch", "tân Giám đốc": the title stands for a person
            at = det.start()
    before = window[:at].rstrip()
    if before and before[-1] not in ".,;:!?“\"(–-" and not before.casefold().endswith(
            _CLAUSE_OPEN):
        return None
    return NameRef(None, lo + at, title=title)


_BODY_ACRONYMS: Final = frozenset("Fed ECB IMF WB ADB WTO WHO UN EU NATO ASEAN OPEC BoJ BoE".split())
# Words that make a capitalised run a company's name (in English, as start-ups write it).
_COMPANY_WORDS: Final = frozenset("labs lab group corp corporation inc ltd jsc llc technologies "
                                  "tech software studio studios ventures capital holdings "
                                  "solutions systems partners fund foundation vina agritech fintech "
                                  "edtech proptech healthtech logistics insurance securities home homes "
                                  "riverside residence tower towers city garden plaza resort "
                                  "hotel compute robotics".split())  # firms and projects: "Hồng Hà Riverside"


def _holds_post(role: str, heads: tuple[str, ...]) -> bool:
    """The (case-folded) ``role`` opens with one of ``heads``, or one of its comma-separated
    posts does (``ủy viên hđqt, tổng giám đốc công ty x``)."""
    return role.startswith(heads) or _RANK_FIRST.sub("", role).startswith(heads) or (", " in role and any(
        part.strip().startswith(heads) for part in role.split(",")[1:]))  # ("trung tá bác sĩ")


# The kind and first name words of a body after a title ("sở y tế", "ubnd tỉnh").
_BODY_AFTER_TITLE: Final = re.compile(r"(?:sở|bộ|cục|tổng cục|chi cục|ubnd|ủy ban nhân dân|hđnd|"
                                      r"viện|bệnh viện|trung tâm|công an|tand|vksnd)\s+\S+(?:\s+\S+)?")


# Titles of whoever heads a body (not a deputy: "phó giám đốc" opens with none of them).
HEAD_TITLES: Final = ("giám đốc", "tổng giám đốc", "chủ tịch", "bộ trưởng", "cục trưởng",
                       "viện trưởng", "hiệu trưởng", "trưởng ban", "trưởng phòng", "trưởng khoa",
                       "bí thư", "chánh án", "chánh thanh tra", "tổng cục trưởng", "thủ trưởng",
                       "chi cục trưởng", "trưởng đoàn", "tư lệnh", "chỉ huy trưởng", "vụ trưởng",
                       "trưởng trạm", "trưởng đài", "chánh văn phòng", "trưởng thôn", "trưởng bản")
_BODY_FILLER: Final = frozenset("ngành của các cơ quan đơn vị và tỉnh thành phố xã phường".split())


# Birth-order words that make a Southern nickname with the given name: "Út Hạnh", "Năm Thảo".
_BIRTH_ORDER: Final = frozenset("út hai ba tư năm sáu bảy tám chín mười cả".split())


@dataclass
class Person:
    """One speaker of the cast."""

    sid: str
    name: str
    role: str | None = None


@dataclass
class Cast:
    """The document's speakers: one per person, short names resolved to full ones."""

    people: list[Person] = field(default_factory=list)
    known: list[str] = field(default_factory=list)  # full names seen in the text, in order
    roles: dict[str, str] = field(default_factory=dict)  # roles seen beside a name
    aliases: dict[str, str] = field(default_factory=dict)  # "ama thương" -> "Y Wang Niê"
    posts: dict[str, str] = field(default_factory=dict)  # a title before a name with a role
    # after it: "luật sư" of "luật sư Đỗ Thị Hoàng Yến (Đoàn Luật sư TP Hải Phòng)"
    reporter: str | None = None  # the byline's author: "phóng viên VTV tại hiện trường"
    presider: str | None = None  # "X chủ tọa phiên họp": later "Chủ tọa phiên họp kết luận"

    def observe(self, name: str, role: str | None = None) -> None:
        """Remember a full name seen in the text (for resolving short references) and a role
        written beside it; nothing when the "role" ends with a preposition (``Chủ tịch UBND
        tỉnh làm việc tại`` before ``Đồng Văn``: a place, nobody's name)."""
        if role and role.rsplit(None, 1)[-1].casefold() in _PLACE_PREPOSITIONS:
            return
        if len(name.split()) >= 2 and name not in self.known:
            self.known.append(name)
        if role and name not in self.roles:
            self.roles[name] = role

    def short_names(self) -> frozenset[str]:
        """Case-folded given names of the known full names (last one or two syllables)."""
        out = set()
        for full in self.known + [p.name for p in self.people]:
            toks = full.casefold().split()
            if len(toks) == 1:
                out.add(toks[0])  # a given name introduced alone ("Quân, sinh viên …")
            elif len(toks) >= 2:
                out.add(toks[-1])
                out.add(" ".join(toks[-2:]))
                if toks[0] in _ETHNIC_FIRSTS or toks[0][:2] in ("h'", "k'", "h’", "k’"):
                    out.add(" ".join(toks[:-1]))  # "H'Yuê" of "H'Yuê Êban"
        out.update(alias for alias in self.aliases if " " in alias and alias.islower())  # "ngân hạc"
        # of "Ngân Hạc (tên thật Trần Kim Ngân)": a stage name speaks as well
        return frozenset(out)

    def by_role_word(self, word: str, skip: Callable[[str], bool] = lambda name: False
                     ) -> Person | None:
        """The latest speaker whose role holds ``word`` as whole words (``chỉ huy`` in ``Chỉ
        huy trưởng Đội PCCC``) and whose name ``skip`` does not refuse, or None."""
        pattern = re.compile(rf"(?<!\w)(?<!phó ){re.escape(word)}(?!\w)")  # ("giám đốc" is not
        # the "phó giám đốc")
        for person in reversed(self.people):
            if person.role and pattern.search(person.role.casefold()) and not skip(person.name):
                return person
        return None

    def by_title(self, title: str) -> Person | None:
        """The latest person whose role starts with ``title`` (case-insensitive), also among
        the roles seen beside names in the text."""
        key = title.casefold()
        for person in reversed(self.people):
            if person.role and _role_opens(person.role, key) or _role_opens(
                    self.posts.get(person.name, ""), key):
                return person
        for name, role in reversed(list(self.roles.items())):
            if _role_opens(role, key):
                return self.speaker(name)
        if self.presider and key.startswith(("chủ tọa", "chủ trì")):
            return self.speaker(self.presider)
        words = key.split()
        for person in reversed(self.people):  # "vị Chủ tịch xã" for the speaker named by the
            low = person.name.casefold().split()  # post "Chủ tịch UBND xã Pù Nhi"
            if len(words) >= 2 and low[:1] == words[:1] and title_re().match(person.name.casefold()) \
                    and _in_order(words, low):
                return person
        found = self._by_title_head(key)
        if found is None and self.reporter and key.startswith(("phóng viên", "pv ")):
            return self.speaker(self.reporter, "Phóng viên")  # the paper's own reporter
        return found

    def has_title(self, name: str, title: str) -> bool:
        """``name``'s role, or the post written before it, starts with ``title``."""
        key = title.casefold()
        role = next((p.role for p in self.people if p.name == name and p.role), None)
        return any(_role_opens(r, key) for r in (role or "", self.roles.get(name, ""),
                                                 self.posts.get(name, "")) if r)

    def member_of(self, body: str) -> Person | None:
        """The latest person (not a body) whose role names ``body`` (case-insensitive), or
        None: who ``Vị đại diện Bộ Công Thương`` points back to."""
        key = body.casefold()
        if len(key) < 4:
            return None
        for person in reversed(self.people):
            if person.role and key in person.role.casefold() and split_name(person.name, False):
                return person
        return None

    def _by_title_head(self, key: str) -> Person | None:
        """For a title phrase no role starts with (``chuyên gia của giz``, ``chiến lược gia
        người nhật bản``): the latest person whose role starts with its title word or a
        synonym of it (``chiến lược gia`` → ``hlv``), the words after ``của`` found in that
        role too."""
        m = title_re().match(key)
        if m is None or m.end() >= len(key):
            return None
        head = m.group()
        rest = key[m.end():].strip()
        if head == "người đứng đầu":
            return self._head_of(rest)
        heads = (head, *title_synonyms().get(head, ()))
        owner = rest[4:].strip() if rest.startswith("của ") else ""
        body = _BODY_AFTER_TITLE.match(rest)
        if body is not None:  # "giám đốc sở y tế …": only someone whose role names that body
            owner = body.group()
        expanded = self.aliases.get(rest)
        if expanded is not None:  # "Tổng Giám đốc DHPC": the body its acronym stands for
            owner = expanded.casefold()
        if rest and not owner:  # "giám đốc ilo tại việt nam": the director whose role holds
            for person in reversed(self.people):  # those words ("Giám đốc Quốc gia ILO tại …")
                role = (person.role or "").casefold()
                if _holds_post(role, heads) and _in_order(rest.split(), role.split()):
                    return person
        for person in reversed(self.people):
            role = (person.role or "").casefold()
            if _holds_post(role, heads) and (not owner or owner in role):
                return person
        for name, role in reversed(list(self.roles.items())):
            low = role.casefold()
            if _holds_post(low, heads) and (not owner or owner in low):
                return self.speaker(name)
        if owner and body is None:  # the owner written differently ("GIZ" for its full name):
            # one such person
            named = {p.name for p in self.people if (p.role or "").casefold().startswith(heads)}
            named |= {n for n, r in self.roles.items() if r.casefold().startswith(heads)}
            if len(named) == 1:
                return self.speaker(named.pop())
        return None

    def _head_of(self, body: str) -> Person | None:
        """``Người đứng đầu ngành khoa học và công nghệ tỉnh``: the person heading a body
        (a role opening with a head's title, not a deputy's) whose role shares the most
        words with ``body`` (at least two; the latest of equals)."""
        want = {w for w in body.split() if w not in _BODY_FILLER}
        best, score = None, 1
        roles = [(p.name, p.role or "") for p in self.people] + list(self.roles.items())
        for name, role in roles:
            low = role.casefold()
            if not low.startswith(HEAD_TITLES):
                continue
            got = len(want & set(low.replace(",", " ").split()))
            if got >= score:
                best, score = name, got
        return self.speaker(best) if best is not None and score >= 2 else None

    def full_name(self, name: str) -> str:
        """``name`` or the known full name it abbreviates (``Hải`` → ``Trần Văn Hải``; a real
        name before a birth-order nickname, ``Út Hạnh``; a foreign first name ``Abdulaziz`` →
        ``Abdulaziz bin Salman`` when no name ends with it; ``Y Blơi`` → ``Y Blơi Mlô``)."""
        key = name.casefold()
        alias = self.aliases.get(key)
        if alias is not None:  # "Ama Thương" written in brackets after "Y Wang Niê"
            return alias
        if key.startswith("cơ quan ") and len(key) >= 12:  # "Cơ quan khí tượng" for the
            rest = key[len("cơ quan "):]  # "Trung tâm Dự báo khí tượng thủy văn quốc gia"
            for full in reversed([p.name for p in self.people] + list(self.known)):
                if rest in full.casefold() and full.casefold() != key:
                    return full
        if key.startswith(("y ", "h'", "k'", "h’", "k’")):  # "già Y Blơi" for "Y Blơi Mlô":
            head = key + " "  # the clan name of an Ê Đê or K'Ho name comes last, left out
            for group in ([p.name for p in self.people], self.known):
                for full in group:
                    if full.casefold().startswith(head):
                        return full
        body = key.removesuffix(" này")
        if body.split(" ", 1)[0] in word_sets()["org_heads"] and " " in body or body != key:
            # "Viện kiểm sát" for "Viện kiểm sát nhân dân tỉnh X", "Hiệp hội này" for the last
            # "Hiệp hội …" that spoke: a body written short after its full name
            head = body + " "
            for full in reversed([p.name for p in self.people]):
                if full.casefold().startswith(head) and full.count(" ") >= body.count(" ") + 2:
                    return full
        if key.endswith(".") and len(key) <= 3:  # "bà M." for "T.T.M."
            for group in ([p.name for p in self.people], self.known):
                for full in group:
                    low = full.casefold()
                    if low != key and low.endswith("." + key) and low.count(".") >= 2:
                        return full
        if key.startswith("công ty ") and key.count(" ") >= 2:  # "Công ty An Khang Việt" for
            tail = " " + key[len("công ty "):]  # "Công ty TNHH … Y sinh An Khang Việt"
            for full in reversed([p.name for p in self.people]):
                low = full.casefold()
                if low.startswith("công ty ") and low.endswith(tail) and low != key:
                    return full
        parts = key.split()
        if len(parts) == 2 and parts[0] in word_sets()["surnames"]:
            for group in ([p.name for p in self.people], self.known):
                for full in group:  # "Lê Quân" for "Lê Hồng Quân": family and given name
                    words = full.casefold().split()
                    if len(words) >= 3 and words[0] == parts[0] and words[-1] == parts[1]:
                        return full
        tail = " " + key
        nickname: str | None = None  # "Út Hạnh" stands back for a real name ending alike
        for group in ([p.name for p in self.people], self.known):
            for full in group:
                low = full.casefold()
                if full[:1].islower() and low != key:
                    continue  # "chồng chị Hoa" is someone else than "Hoa"
                if low == key or (low.endswith(tail) and len(key.split()) < len(low.split())):
                    if low.split(" ", 1)[0] not in _BIRTH_ORDER or low == key:
                        return full
                    nickname = nickname or full
        if nickname is not None:
            return nickname
        if " " not in key and key in word_sets()["surnames"]:  # "ông Kim" for "Kim Jae-won"
            head = key + " "  # (a foreign name only: a Vietnamese surname alone names nobody)
            originals = {v for k, v in self.aliases.items() if any(is_foreign(w) for w in k.split())}
            opens = {full for group in ([p.name for p in self.people], self.known) for full in group
                     if full.casefold().startswith(head) and (
                         "-" in full.split(" ", 1)[1] or full in originals)}  # "ông Trương" for
            # "Trương Vĩnh Khang (Zhang Yongkang)": a Chinese name, written with its original
            if len(opens) == 1:
                return opens.pop()
        if " " not in key and key not in word_sets()["surnames"]:
            head = key + " "  # "bị cáo Lim" for "Lim Chee Keong": a foreign family name first
            for group in ([p.name for p in self.people], self.known):
                for full in group:
                    if full.casefold().startswith(head) and (full.count(" ") >= 2 or any(
                            is_foreign(w) for w in full.split()[1:])):  # "bà Sato" for "Sato Mizuki"
                        return full
        if " " not in key and key[:1].isalpha():  # "ông Faizal" for "Ahmad Faizal bin Rahman": a
            for group in ([p.name for p in self.people], self.known):  # given name before "bin"
                for full in group:
                    low = full.casefold()
                    given = low.split(" bin ", 1)[0].split(" binti ", 1)[0]
                    if given != low and key in given.split():
                        return full
        if " " not in key and is_foreign(key):  # "ông Abdulaziz" for "Abdulaziz bin Salman"
            head = key + " "
            for group in ([p.name for p in self.people], self.known):
                for full in group:
                    if full.casefold().startswith(head):
                        return full
            for group in ([p.name for p in self.people], self.known):
                for full in group:  # "bà Errázuriz" for "Catalina Errázuriz Vial": a Spanish
                    words = full.casefold().split()  # name is short for its first surname
                    if len(words) == 3 and words[1] == key and words[0] not in word_sets()["surnames"]:
                        return full
        return name

    def speaker(self, name: str, role: str | None = None) -> Person:
        """The person called ``name`` (resolved), added when new; a role fills a missing one."""
        title = _TITLE_ACRONYM.match(name)
        if title is not None and name.count(" ") >= 2:  # "HLV Manuel Ferreira": the name
            role = role or title.group(1)
            name = name[title.end():]
        agency = _AGENCY_WORD.match(name)
        if agency is not None:  # "Hãng AFP đưa tin": the agency is "AFP"
            name = name[agency.end():]
        deed = _DEED_AFTER_NAME.search(name)
        if deed is not None and deed.start() > 0:  # "UBND tỉnh X ban hành Quyết định …",
            name = name[:deed.start()]  # "Bệnh viện X phối hợp …": the name before the deed
        if " TP " in name and name.split(" ", 1)[0] in _BODY_FIRSTS:  # "Viện kiểm sát nhân dân TP
            name = name.replace(" TP ", " thành phố ")  # Đà Nẵng" written out, like "VKSND TP …"
        full = self.full_name(name)
        key = full.casefold()
        for person in self.people:
            if person.name.casefold() == key:
                if role and (not person.role or person.role == self.roles.get(person.name)):
                    person.role = role
                return person
        person = Person(f"s{len(self.people) + 1}", full, role or self.roles.get(full))
        self.people.append(person)
        return person


# What a subject does, written on after its name: never part of a name.
_DEED_AFTER_NAME: Final = re.compile(r"\s+(?:ban hành|dự họp báo|dự họp|phối hợp|thực hành quyền công tố|"
                                     r"hoan nghênh|từ chối|đã|đang|sẽ|Theo Quyết định|Đăng nhập)(?!\w).*$"
                                     r"|\s*\|.*$")
_BODY_FIRSTS: Final = frozenset({"Viện", "Tòa"})  # courts and procuracies (gold keeps "Công an TP X")
# The kind of a news agency written before its name, which is no part of it.
_AGENCY_WORD: Final = re.compile(r"(?:Hãng|hãng)(?:\s+(?:tin|thông tấn))?\s+(?=[A-ZĐÀ-Ỹ])")
# A title in capitals written before a name ("HLV", "TS", "PGS.TS", "BS.CKII").
_TITLE_ACRONYM: Final = re.compile(r"(HLV|TS|ThS|BS|PGS|GS|PGS\.TS|GS\.TS|TS\.BS|BS\.CKI{1,2}|NSND|NSƯT)\s+"
                                   r"(?=[A-ZĐÀ-Ỹ])")


def _role_opens(role: str, key: str) -> bool:
    """``role`` (or one of its comma-separated posts: ``Ủy viên Ban Thường vụ Tỉnh ủy, Chủ
    tịch Ủy ban MTTQ tỉnh``) starts with the casefolded title ``key``."""
    return any(part.lstrip().startswith(key) or _RANK_FIRST.sub("", part.lstrip()).startswith(key)
               for part in role.casefold().split(","))  # ("trung tá bác sĩ": a doctor)


_RANK_FIRST: Final = re.compile(r"^(?:thiếu|trung|thượng|đại)\s+(?:úy|tá|tướng)\s+")
