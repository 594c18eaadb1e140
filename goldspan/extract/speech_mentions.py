"""People mentioned in an article, for the ``speech`` extractor: who a pronoun or a title can
stand for, and the roles written beside names.

:func:`mentions` reads every run of capitalised syllables in the content zones, keeps those
that are personal names (:func:`goldspan.extract.speech_cast.split_name`; one syllable only
after an honorific or a title, :func:`_honorific_before`) and tells the cast their roles.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import Final

from goldspan.extract.speech_cast import (
    LOWER,
    SYL,
    UPPER,
    Cast,
    alternation,
    is_foreign,
    lexicon,
    province_prefix,
    role_after,
    split_name,
    title_re,
    title_start,
    without_country,
    word_sets,
)
from goldspan.extract.textcase import lower

# ``(?<!\w){RUN}`` with the first capital matched before the look-behind (``(?<!\w.)``
# over it and the character before): the engine can then skip to the next capital letter.
# The syllables after the first are group 1: ``m.lastindex`` is None for a one-syllable run.
_RUN_RE: Final = re.compile(rf"[{UPPER}](?<!\w.){SYL.removeprefix(f'[{UPPER}]')}"
                     rf"(\s+{SYL}(?:\s+{SYL}){{0,5}})?", re.DOTALL)


@lru_cache(maxsize=1)
def _honor() -> frozenset[str]:
    lex = lexicon()
    return frozenset(w.casefold() for w in lex["honorifics"] + lex["titles"])


@lru_cache(maxsize=1)
def _honor_last_words() -> frozenset[str]:
    return frozenset(w.split()[-1] for w in _honor())


@lru_cache(maxsize=1)
def _honor_enders() -> frozenset[str]:
    return frozenset(w[-1] for w in _honor_last_words())


@lru_cache(maxsize=1)
def _honor_multi_last() -> frozenset[str]:
    """The last words of the honorifics and titles of two words or more."""
    return frozenset(w.rsplit(" ", 1)[-1] for w in _honor() if " " in w)


@lru_cache(maxsize=1)
def _honor_long_tails() -> frozenset[str]:
    """The last two words of the honorifics and titles of three words or more."""
    return frozenset(" ".join(w.split(" ")[-2:]) for w in _honor() if w.count(" ") >= 2)


@lru_cache(maxsize=1)
def _honor_suffixes() -> frozenset[str]:
    """Every ending (of any length) of the last words of the honorifics and titles."""
    return frozenset(w[k:] for w in _honor_last_words() for k in range(len(w)))


def _honorific_before(text: str, start: int, floor: int, enders: frozenset[str]) -> bool:
    """An honorific or title (``ông``, ``Bí thư``) ends the three words before ``start``
    (looking back 30 characters, not before ``floor``)."""
    # the last letter of the word before: most cannot end an honorific ("." needs a look)
    if start <= floor:
        return False
    end = start - 1  # the last character of the word before
    c = text[end]
    if c.isspace():
        end -= 1
        if end < floor:
            return False
        c = text[end]
        if c.isspace():
            return _honorific_words(text, start, floor)
    if c != ".":
        if c.casefold()[-1] not in enders:
            return False
        # its last two letters (folded) must end an honorific too
        if end > floor and not text[end - 1].isspace() and (
                text[end - 1:end + 1].casefold() not in _honor_suffixes()):
            return False
    # the word before without splitting the window: it starts after the last space, unless
    # it holds other whitespace (never printable), where the window is split as a whole
    lo = max(floor, start - 30)
    q = text.rfind(" ", lo, end)
    word = text[q + 1 if q >= 0 else lo:end + 1]
    if not word.isprintable():
        return _honorific_words(text, start, floor)
    if c == "." and word.islower():
        return False  # "… 9 học sinh. Năm 2023": a sentence's end, no "TS." or "PGS."
    last = word.casefold().rstrip(".")
    if last in _honor():
        return True
    if last not in _honor_multi_last():
        return False  # no honorific of several words ends with it
    if q <= lo or text[q - 1].isspace():
        return _honorific_words(text, start, floor)
    # the word before it, read the same way: "bí thư", then three words if some end so
    q2 = text.rfind(" ", lo, q)
    prev = text[q2 + 1 if q2 >= 0 else lo:q]
    if not prev.isprintable():
        return _honorific_words(text, start, floor)
    pair = f"{prev.casefold()} {last}"
    if pair in _honor():
        return True
    if pair not in _honor_long_tails():
        return False
    return _honorific_words(text, start, floor)


def _honorific_words(text: str, start: int, floor: int) -> bool:
    """:func:`_honorific_before` over the last three words of the window, split as a whole."""
    before = text[max(floor, start - 30):start].rsplit(None, 3)[-3:]
    if not before or before[-1].casefold().rstrip(".") not in _honor_last_words():
        return False
    honor = _honor()
    low = [w.casefold() for w in before]
    return any(" ".join(low[k:]).rstrip(".") in honor for k in range(len(low)))


@lru_cache(maxsize=1)
def _continuations() -> frozenset[str]:
    """Two-word lowercase phrases whose first word, capitalised, opens the name of an
    organisation, department or state (``Hợp tác xã``, ``Phân tích``, ``Công ty``,
    ``Cộng hòa``): the entity gazetteers' ``name_lexicon.txt`` and ``org_heads.txt``, the
    speech lexicon's ``department_words`` and the words opening a state's name."""
    phrases = []
    for name in ("name_lexicon.txt", "org_heads.txt"):  # "Công ty …" after "Giám đốc"
        raw = files("goldspan.resources").joinpath("gazetteers", name).read_text("utf-8")
        phrases += [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    phrases += lexicon()["department_words"]  # "Giám đốc Phân tích", "Trưởng phòng Kinh doanh"
    phrases += ["cộng hòa", "cộng hoà", "liên bang", "diễn đàn"]  # "phóng viên Diễn đàn X"  # "Tổng thống Cộng hòa Phần Lan X"
    return frozenset(lower(" ".join(p.split()[:2])) for p in phrases if len(p.split()) >= 2)


_NEXT_LOWER: Final = re.compile(rf" ([{LOWER}]+)")


def starts_phrase(word: str, nxt: str) -> bool:
    """``word`` (capitalised) and the lowercase word ``nxt`` begin a known phrase
    (``Chính phủ``, ``Hợp tác``): the capital opens a name of a body, not a person's."""
    return f"{lower(word)} {lower(nxt)}" in _continuations()


def _starts_phrase(text: str, word: str, end: int) -> bool:
    """``word`` (ending at ``end``) and the lowercase word after it begin a known phrase."""
    m = _NEXT_LOWER.match(text, end)
    return m is not None and f"{lower(word)} {m.group(1)}" in _continuations()


_CREDIT_ENDS: Final = ("Ảnh: ", "ảnh: ", "ẢNH: ")


# An organisation's head word with only name words after it, up to the run that follows.
_ORG_BEFORE: Final = re.compile(r"(?:Hợp tác xã|Công ty|Trường|Bệnh viện|Ủy ban|UBND|Hội|Viện|"
                                r"Trung tâm|Ban|Sở|Chi cục|Cục|Tổng công ty|Tập đoàn|Ngân hàng|"
                                r"Quỹ|Nhà máy)[^,.;:()“”\"\n]{0,45}\s$")
_LOWER_NEXT: Final = re.compile(rf" ([{LOWER}]+)")
@lru_cache(maxsize=1)
def _districts() -> frozenset[str]:
    """Lower-case names of Vietnamese provinces, districts and other places (``Hồ Tây``: the
    entity gazetteers)."""
    folder = files("goldspan.resources").joinpath("gazetteers")
    return frozenset(lower(line.strip()) for name in ("loc_provinces.txt", "loc_districts.txt", "loc_vietnam.txt")
                     for line in folder.joinpath(name).read_text("utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


# A place's kind word right before a capitalised run: the run names the place.
_PLACE_BEFORE: Final = re.compile(r"(?<!\w)(?i:sông|suối|núi|đèo|bản|làng|thôn|ấp|xã|phường|huyện|"
                                  r"tỉnh|hồ|cầu|chùa|đình|đền|đường|phố|mốc|đồn|bến|chợ|buôn|sóc|"
                                  r"bãi|đảo|vịnh|đồi|dốc|kênh|rạch|cồn|biên phòng|cửa khẩu|"
                                  r"thị trấn|quận|khu phố|tổ dân phố|thành phố|thị xã|TP\.?|"
                                  r"mang tên|thương hiệu|nhãn hiệu|hãng|startup)\s+$")  # a brand


# A school, street or bridge named after a person: the name that follows is no mention.
# A body's unit whose first syllable is capitalised: "Chi nhánh", "Chi cục".
_UNIT_WORDS: Final = frozenset({"chi nhánh", "chi cục", "chi hội", "chi bộ", "chi đoàn", "phân hiệu"})
_NAMED_AFTER: Final = re.compile(r"(?<!\w)(?<![Mm]ôi )(?<![Tt]hị )(?<![Cc]on )(?<![Tt]hành )(?:Trường|trường|Đường|đường|Phố|phố|Cầu|cầu"
                                 # "Nhà thi đấu Nguyễn Du", "sân vận động Thống Nhất", "Nhà văn hóa …"
                                 r"|[Nn]hà thi đấu|[Ss]ân vận động|[Nn]hà văn hóa|[Nn]hà hát|[Cc]ung thể thao"
                                 r"|[Bb]ệnh viện|[Ll]ăng|[Đđ]ền|[Tt]ượng đài|[Qq]uảng trường"
                                 # products and makers: "một chiếc Mitsubishi Xpander"
                                 r"|chiếc|mẫu|dòng|hãng|thương hiệu|ứng dụng|tàu)(?:\s+(?:THPT|THCS|TH|"
                                 r"PTDTNT|Chuyên|chuyên|Tiểu học|Trung học cơ sở|Trung học phổ thông|"
                                 r"Mầm non|mầm non|tiểu học))?\s+$")


# The last two capitalised syllables of a company's name: "Công ty cổ phần Nội thất Phan Gia".
_FIRM_TAIL: Final = re.compile(rf"(?:Công ty|Tập đoàn)[^,.;:()“”\"\n]{{0,60}}?\s({SYL}\s{SYL})"
                               rf"(?=\s*[(,.;:)“”\"\n]|\s+[{LOWER}])")


# A product, platform or brand named after its kind: "ứng dụng đặt cơm nhà nấu Bếp Nhà".
_PRODUCT: Final = re.compile(rf"(?<!\w)(?:ứng dụng|nền tảng|thương hiệu|chuỗi|startup|sàn|app)(?:\s+[{LOWER}]+){{0,5}}"
                             rf"\s+({SYL}\s{SYL})"
                             rf"(?=\s+[{LOWER}]|\s*[,.;:)])")


_PRODUCT_KINDS: Final = ("ứng dụng", "nền tảng", "thương hiệu", "chuỗi", "startup", "sàn ", "app ")


def _firm_tails(text: str) -> frozenset[str]:
    """The last two syllables of every company named in ``text`` in full: the company's short
    name (``Phan Gia``), which is nobody's name there even when it opens with a surname."""
    out = set()
    for m in _FIRM_TAIL.finditer(text):
        out.add(m.group(1))
        brand = _BRAND_IN_BRACKETS.match(text, m.end())
        if brand is not None:  # "… Phan Gia (Phan Gia Home)": its brand too
            out.add(brand.group(1))
    return frozenset(out)


_BRAND_IN_BRACKETS: Final = re.compile(r"\s*\(([^()]{2,30})\)")


def mentions(text: str, ranges: list[tuple[int, int]], cast: Cast) -> tuple[list[int], list[str]]:
    """Positions and full names of people mentioned in ``ranges`` (for pronouns)."""
    pos: list[int] = []
    names: list[str] = []
    honor = _honor()
    enders = _honor_enders()
    runs: dict[str, tuple[int, str]] = {}  # run of several syllables -> (honorifics, rest)
    split: dict[tuple[str, bool], str | None] = {}  # split_name results of this document
    roles = cast.roles
    firms = _firm_tails(text) if "Công ty" in text or "Tập đoàn" in text else frozenset()
    products = frozenset(m.group(1) for m in _PRODUCT.finditer(text)) if any(
        k in text for k in _PRODUCT_KINDS) else frozenset()
    for s, e in ranges:
        for m in _RUN_RE.finditer(text, s, e):
            if text.endswith(_CREDIT_ENDS, max(s, m.start() - 6), m.start()):
                continue  # "(Ảnh: Thạch Hoàng)": a photographer, never the one who speaks
            if m.lastindex is None:  # one syllable: a name only after an honorific or title
                start = m.start()
                bare = not (start > s and _honorific_before(text, start, s, enders))
                if bare and not _introduced(text, start, m.end(), s):
                    continue
                group = rest = m.group()
                if _starts_phrase(text, group, m.end()):
                    continue  # "Giám đốc Hợp tác xã …": a title over a name, not a person
                titled = True
                if bare and group not in cast.known:  # "Quân, sinh viên …": later "Quân kể"
                    cast.known.append(group)
            else:
                group = m.group()
                parsed = runs.get(group)
                if parsed is None:
                    toks = group.split()
                    lead = 0
                    while lead < len(toks) - 1:
                        if toks[lead].casefold() in honor:
                            lead += 1
                        elif lead < len(toks) - 2 and f"{toks[lead]} {toks[lead + 1]}".casefold() \
                                in honor and toks[lead + 1].casefold() not in _BODY_WORDS:
                            lead += 2  # "Luật sư Nga", "Bác sĩ Khánh" opening a sentence (not
                            # "Trưởng Ban Trị sự": a body's name after a title)
                        else:
                            break
                    parsed = runs[group] = (lead, " ".join(toks[lead:]))
                lead, rest = parsed
                low = _LOWER_NEXT.match(text, m.end())
                if low is not None and (f"{rest.rsplit(' ', 1)[-1]} {low.group(1)}".casefold() in honor
                                        or f"{rest.rsplit(' ', 1)[-1]} {low.group(1)}".casefold() in _UNIT_WORDS):
                    continue  # "Đoàn Luật sư thành phố", "Hội Nhà báo": a title in a body's name;
                    # "Agribank Chi nhánh Lâm Đồng": a bank's branch, no one's name
                titled = (lead > 0 or _honorific_before(text, m.start(), s, enders)
                          or (rest.count(" ") == 1 and (_introduced(text, m.start(), m.end(), s)
                                                        or _KIN_BEFORE.search(
                                                            text, max(s, m.start() - 16), m.start())
                                                        is not None)))
                if not titled and rest.count(" ") == 1 and _ORG_BEFORE.search(
                        text, max(s, m.start() - 60), m.start()):
                    continue  # "Hợp tác xã Vải thiều Hồng Giang": a place ending a body's name
                if not titled and rest in firms:
                    continue  # "Phan Gia" of "Công ty cổ phần Nội thất Phan Gia": the company
            if titled and rest.count(" ") <= 2 and _place_elsewhere(
                    text, m.start() + len(group) - len(rest), rest):
                continue  # "Trưởng thôn Xà Ơi" where "thôn Xà Ơi" is written too: the village
            if not titled and rest.count(" ") == 1 and (_PLACE_BEFORE.search(
                    text, max(s, m.start() - 12), m.start()) or lower(rest) in _districts()):
                continue  # "sông Thạch Hãn", "bản Cà Roòng", "núi Sam, Châu Đốc": a place
            province = province_prefix(rest) if " " in rest else 0
            if province:  # "… tỉnh Hưng Yên Đào Minh Tuấn": the province, then the name
                rest = rest.split(None, province)[province]
            key = (rest, titled)
            if key in split:
                name = split[key]
            else:
                name = split[key] = split_name(rest, titled)
            if name is None or (not titled and name != rest and lower(name) in _districts()) \
                    or name in products:  # ("Chiều Hồ Tây": a song about a lake, nobody named
                continue  # Hồ Tây; "CEO Bếp Nhà" where "ứng dụng … Bếp Nhà" is an app)
            if not titled and rest.endswith(" " + name) and rest.count(" ") == 2 and " " in name and _PLACE_BEFORE.search(
                    text, max(s, m.start() - 12), m.start()):
                continue  # "xã An Lục Long": a place's name holding a surname, nobody's
            if titled and " " in name:
                name = without_country(name)  # "Tổng thống Zambia Mulenga Chisanga"
            if _NAMED_AFTER.search(text, max(s, m.start() + group.rfind(name) - 40),
                                   m.start() + group.rfind(name)) is not None:
                continue  # "Trường THPT Chu Văn An", "đường Lê Lợi": named after someone
            if name == "Hồ Chí Minh" and text.endswith(("phố ", "TP "), max(s, m.start() - 4), m.start()):
                continue  # the city (but "UBND thành phố Nguyễn Thành Vinh" is the chairman)
            tail = _PARTICLE_TAIL.match(text, m.end()) if text.startswith(" ", m.end()) else None
            if tail is not None and rest.endswith(name):  # "Pieter Jan van Smits", "Ursula von der Leyen"
                name = f"{name} {tail.group(1)}"
            if name in roles:  # a role is kept only the first time: no need to read one
                cast.observe(name)
            else:
                after = role_after(text, m.end(), e)
                before = _title_before(text, m.start() + group.rfind(name), s)
                cast.observe(name, after or before)
                if after and before:  # "luật sư Đỗ Thị Hoàng Yến (Đoàn Luật sư …)": the post
                    cast.posts.setdefault(name, before)  # before the name as well
            pos.append(m.end())
            names.append(name)
            if text.startswith(" (", m.end()):
                _alias(text, m.end() + 2, name, cast)
    if "“" in text or '"' in text or "tên thật" in text or "tên khai sinh" in text or "gọi là " in text:
        _nickname_aliases(text, ranges, cast)
    for s, e in ranges:
        if _INITIAL_GATE.search(text, s, e):
            _initial_names(text, s, e, cast)
        if text.find(".", s, e) >= 0:
            for m in _DOTTED.finditer(text, s, e):  # "bà T.T.M.": later "bà M."
                if m.group(1) not in cast.known:
                    cast.known.append(m.group(1))
    return pos, names


_DESCRIPTOR_END: Final = re.compile(r"(?<!\w)(thôn|bản|ấp|làng|xã|buôn|phường|sóc|khu phố|"
                                    r"tổ dân phố)\s+$")


def _place_elsewhere(text: str, start: int, rest: str) -> bool:
    """The capitalised ``rest`` at ``start`` follows a post ending in a place word
    (``Trưởng thôn Xà Ơi``) and the document names that place elsewhere with the word alone
    (``bà con thôn Xà Ơi``): the post's place, not the person holding it."""
    d = _DESCRIPTOR_END.search(text, max(0, start - 16), start)
    if d is None:
        return False
    key = f"{d.group(1)} {rest}"
    post = text[max(0, d.start(1) - 10):d.start(1)].split()[-1:]  # "Trưởng", "Già" (làng)
    posts = {"trưởng", *(w.casefold() for w in post)}
    at = text.find(key)
    while at >= 0:
        before = text[max(0, at - 10):at].split()[-1:]
        if at != d.start(1) and not (before and before[0].casefold() in posts):
            return True
        at = text.find(key, at + 1)
    return False


# What introduces a bare given name as a person at a sentence's start: "Quân, sinh viên năm
# ba …", "Thảo Vy (20 tuổi), tình nguyện viên …" (young people in features go by given name).
_INTRO: Final = re.compile(r"\s*(?:\(\d{1,3}\s+tuổi[^()]{0,60}\)|,\s*(?:\d{1,3}\s+tuổi|sinh viên|học sinh|"
                           r"tình nguyện viên|công nhân|nông dân|giáo viên|cô giáo|thầy giáo|"
                           r"bác sĩ|điều dưỡng|kỹ sư|tiểu thương|đội trưởng|tổ trưởng|cựu chiến binh|"
                           r"chiến sĩ|vận động viên|nghệ nhân|ngư dân|thợ)\b)")
# A relative named by a bare given name: "có con trai là Minh Khôi học lớp 9".
_KIN_BEFORE: Final = re.compile(r"(?:con trai|con gái|cháu nội|cháu ngoại|em trai|em gái|anh trai|"
                                r"chị gái|cháu trai|cháu gái)\s+(?:là\s+|tên\s+|tên là\s+)?$")
_SENTENCE_OPEN: Final = re.compile(r"(?:[.!?…:]|[.!?…]”)\s+$")


def _introduced(text: str, start: int, end: int, floor: int) -> bool:
    """The capitalised run ``text[start:end]`` opens a sentence and is introduced as a
    person (:data:`_INTRO`): a given name used without honorific."""
    if not _INTRO.match(text, end):
        return False
    return start <= floor or _SENTENCE_OPEN.search(text, max(floor, start - 4), start) is not None


# Initials only, after a form of address or a patient's or defendant's title: "Bà T.T.M. (76
# tuổi)", "bệnh nhân N.V.A.".
_DOTTED: Final = re.compile(rf"(?<!\w)(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Ee]m|[Cc]ô|[Cc]hú|[Cc]ụ|[Cc]háu|"
                            rf"[Bb]ệnh nhân|[Bb]ệnh nhi|[Nn]gười bệnh|[Ss]ản phụ|[Nn]ạn nhân|"
                            rf"[Bb]ị cáo|[Bb]ị can|[Bb]é)\s+"
                            rf"((?:[{UPPER}]\.){{2,4}})")
# Names kept anonymous by their last initial: "Nguyễn Văn T.", "Lê Thị Thu H." (a surname first).
_INITIAL_GATE: Final = re.compile(rf" [{UPPER}]\.(?=[\s,;:)(])")
_INITIAL_NAME: Final = re.compile(rf"(?<!\w)(?P<name>[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+){{1,3}}"
                                  rf"\s+[{UPPER}]\.)(?=[\s,;:)(]|$)")


def _initial_names(text: str, start: int, end: int, cast: Cast) -> None:
    """Let the cast know the names of ``text[start:end]`` that end with an initial, so that a
    lone ``T.`` or ``H.`` resolves to them (their role from the words after them)."""
    surnames = word_sets()["surnames"]
    for m in _INITIAL_NAME.finditer(text, start, end):
        words = m.group("name").split()
        k = next((k for k, w in enumerate(words[:-1]) if w.casefold() in surnames), -1)
        if k < 0 or len(words) - k < 2:
            continue
        name = " ".join(words[k:])
        cast.observe(name, role_after(text, m.end(), end))


# A nickname in quotation marks tied to a full name: "Trần Văn Sáu, hay “Sáu Bưởi”", "“Sáu
# Bưởi” ấy là cựu chiến binh Trần Văn Sáu".
_NICK_AFTER: Final = re.compile(rf"(?P<full>{SYL}(?:\s+{SYL}){{1,3}})\s*,?\s*(?:hay|còn gọi là|"
                                rf"thường gọi là|tức)\s+[“\"](?P<nick>[{UPPER}][^”\"\n]{{1,25}})[”\"]")
_NICK_BEFORE: Final = re.compile(rf"[“\"](?P<nick>[{UPPER}][^”\"\n]{{1,25}})[”\"][^.!?“”\n]{{0,30}}?"
                                 rf"\blà\b[^.!?“”\n]{{0,40}}?(?P<full>{SYL}(?:\s+{SYL}){{1,3}})")


_AFTER_CUES: Final = (" hay “", " hay \"", "gọi là “", "gọi là \"", " tức “", " tức \"")
_BEFORE_CUES: Final = ("gọi là “", "gọi là \"", "gọi “", "danh “")


_BODY_WORDS: Final = frozenset("ban phòng sở hội viện khoa đoàn tổ cục vụ".split())
# The lowercase particle and family name closing a European or Arab name.
_PARTICLE_TAIL: Final = re.compile(rf"\s+((?:van|von|de|der|den|da|dos|del|du|di|bin|ibn|al|la|le)"
                                   rf"(?:\s+(?:der|den|de|la))?\s+[{UPPER}]\w+(?:-[{UPPER}]?\w+)?)(?!\s+[{UPPER}])")
# A stage name and the real name: "Trà Mibi tên thật là Nguyễn Thị Thu Trà", "Trà Mibi (tên
# thật Nguyễn Thị Thu Trà)".
_REAL_NAME: Final = re.compile(rf"(?P<nick>{SYL}(?:\s+{SYL}){{0,2}})\s*[,(]?\s*(?:có\s+)?tên\s+"
                               rf"(?:thật|khai sinh)\s+(?:là\s+)?(?P<full>{SYL}(?:\s+{SYL}){{1,3}})")


# A Southern nickname given after the name without marks: "ông Nguyễn Văn Đực (58 tuổi),
# người trong ấp quen gọi là Tư Đực".
_CALLED: Final = re.compile(rf"(?P<full>{SYL}(?:\s+{SYL}){{1,3}})[^.!?\n“”]{{0,60}}?(?:quen gọi là|thường gọi là|"
                            rf"hay gọi là|gọi là|còn gọi là)\s+(?P<nick>(?:Út|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|"
                            rf"Mười)\s+{SYL})")


def _nickname_aliases(text: str, ranges: list[tuple[int, int]], cast: Cast) -> None:
    """Let a quoted nickname stand for the full name the same sentence ties it to; a stage
    name stands for the real name written after ``tên thật``."""
    if "gọi là " in text:
        for s, e in ranges:
            for m in _CALLED.finditer(text, s, e):
                full = split_name(m.group("full"), False)
                if full is not None and full.count(" ") >= 2:
                    cast.aliases.setdefault(m.group("nick").casefold(), full)
    if "tên thật" in text or "tên khai sinh" in text:
        for s, e in ranges:
            for m in _REAL_NAME.finditer(text, s, e):
                full = split_name(m.group("full"), False)
                nick = m.group("nick")
                if full is not None and nick != full:  # ho169, ho219 (ho39 keeps "Năm Thảo":
                    cast.aliases.setdefault(nick.casefold(), full)  # docs/gsmark.md)
    for s, e in ranges:  # "Trần Minh Khoa “Shiro”": a player's in-game name after his name
        for m in _NICK_AFTER_NAME.finditer(text, s, e):
            full = split_name(m.group("full"), False)
            if full is not None and full.count(" ") >= 1:
                cast.aliases.setdefault(m.group("nick").casefold(), full)
    patterns = [rx for rx, cues in ((_NICK_AFTER, _AFTER_CUES), (_NICK_BEFORE, _BEFORE_CUES))
                if any(c in text for c in cues)]  # the cue words, before scanning for them
    for s, e in ranges if patterns else ():
        for rx in patterns:
            for m in rx.finditer(text, s, e):
                full = split_name(m.group("full"), False)
                if full is not None and full.count(" ") >= 2 and m.group("nick") != full:
                    cast.aliases.setdefault(m.group("nick").casefold(), full)


_NICK_AFTER_NAME: Final = re.compile(rf"(?P<full>[{UPPER}]\w+(?: [{UPPER}]\w+){{1,3}}) [“\"]"
                                     r"(?P<nick>[A-Za-z0-9][\w.-]{1,15})[”\"]")
_BRACKETED_NAME: Final = re.compile(rf"((?:Ama|Amí|Ami|Y|[{UPPER}]['’])\s*{SYL}(?:\s+{SYL}){{0,2}})\)")


def _alias(text: str, at: int, name: str, cast: Cast) -> None:
    """Remember a parent's name or a nickname in brackets right after ``name`` (``Y Wang Niê
    (Ama Thương)``): a later ``Ama Thương nói`` is the same person."""
    m = _BRACKETED_NAME.match(text, at)
    if m is not None and m.group(1) != name:
        cast.aliases.setdefault(m.group(1).casefold(), name)
        return
    m = _NICK_IN_BRACKETS.match(text, at)
    if m is not None and not m.group(1).isupper() and is_foreign(m.group(1)):
        cast.aliases.setdefault(m.group(1).casefold(), name)  # "Trịnh Quốc Bảo (Pilot)": a
        return  # player's tag, later "Pilot nói"
    m = _ORIGINAL_NAME.match(text, at)
    if m is not None and any(map(is_foreign, m.group(1).split())):
        cast.aliases.setdefault(m.group(1).casefold(), name)  # "Trương Vĩnh Khang (Zhang
        # Yongkang)": the name in its own script; "ông Trương" is then his family name


# One foreign word in brackets after a name: a nickname or tag ("Trịnh Quốc Bảo (Pilot)").
_NICK_IN_BRACKETS: Final = re.compile(r"([A-Z][A-Za-z0-9]{2,15})\)")
# A foreign name written in its own spelling in brackets after the Vietnamese one.
_ORIGINAL_NAME: Final = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+){1,3})\)")


def _title_before(text: str, name_start: int, floor: int) -> str | None:
    """The title written right before a name (``Giám đốc Sở Xây dựng`` Trần Minh Khoa)."""
    at = title_start(text, name_start, floor)
    if at is None:
        return None
    role = text[at:name_start].strip(" ,-–")
    if "(" in role or ")" in role:
        return None  # "Bạn đọc Đỗ Thị Oanh (phường Buôn …": another name's bracket, no title
    for link in (" và ", " với "):  # "Chủ tịch nước X (đã hội đàm) với Tổng thống" Y
        if link in role:
            tail = role.rsplit(link, 1)[1]
            role = tail if title_re().match(tail) else ""
    said = _cue_inside().search(role)
    if said is not None:  # "Chiến lược gia X cho biết tiền đạo" Caio: the post after the cue
        role = role[said.end():].strip()
        post = title_re().match(role)
        if post is None or post.start() != 0:
            return None
    return role if 0 < len(role.split()) <= 12 else None


@lru_cache(maxsize=1)
def _cue_inside() -> re.Pattern[str]:
    """The last speech cue inside a title phrase (``… cho biết``)."""
    cues = alternation(lexicon()["cue_verbs"])
    return re.compile(rf"(?s:.*)(?<!\w)(?:{cues})(?!\w)")
