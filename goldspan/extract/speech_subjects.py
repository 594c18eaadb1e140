"""Who speaks a cue verb, for the ``speech`` extractor: the subject before ``cho biết``.

:func:`subject_before` reads back from a cue over adverbs, a bracketed or comma/dash
appositive role and a place phrase (``bà X ở xã Y``) to a person's name or pronoun; failing
that, an organisation (:func:`org_subject`, with shortened names expanded to the full name
written before) or a title phrase standing for a person (:func:`title_subject`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from functools import lru_cache
from typing import Final

from goldspan.extract.speech_cast import (
    ADMIN_LEVELS,
    UPPER,
    NameRef,
    alternation,
    is_foreign,
    lexicon,
    name_at_end,
    split_name,
    tail_phrase,
    title_re,
    vocab,
    word_sets,
)
from goldspan.extract.speech_marks import BAO_WORD
from goldspan.extract.speech_mentions import starts_phrase
from goldspan.extract.textcase import lower


def subject_before(text: str, pos: int, floor: int,
                   known: Collection[str] = ()) -> tuple[NameRef, str | None] | None:
    """Who speaks the cue verb at ``pos``: a person's name or pronoun (with an appositive
    role) or an organisation opening the clause (``Bộ Y tế cho biết``); a relative named
    through someone (``chồng chị Hoa``, ``bà nội của Lan``) is named as written."""
    found = _subject_before(text, pos, floor, known)
    if found is None and "của" in text[max(floor, pos - 60):pos]:
        team = _ANALYSTS_OF.search(text, max(floor, pos - 80), pos)
        if team is not None:  # "nhóm phân tích của NVS dự báo": the firm its acronym stands for
            owner = team.group("o")
            full = defined_abbreviation(text, owner, team.start("o")) if owner.isupper() else None
            return NameRef(full or owner, team.start("o")), None
    if found is None:
        kin = _KIN_OPENING.search(text, max(floor, pos - 50), len(text[floor:pos].rstrip()) + floor)
        if kin is not None and (kin.start() == floor or not text[floor:kin.start()].strip()
                                or text[floor:kin.start()].rstrip().endswith(",")):
            # "Mẹ Vy kể, …", "Ngồi bên giường con, mẹ bé L. kể …": a relative named through
            # someone, as written
            return NameRef(f"{lower(kin.group('kin'))} {kin.group('name')}", kin.start()), None
    if found is not None and found[0].name is not None and found[0].start - 15 >= floor \
            and text[found[0].start - 15:found[0].start].casefold() == "người đứng đầu ":
        head = found[0].start - 15  # "Người đứng đầu Ban Quản lý": the body's head, no body
        return NameRef(None, head, title="người đứng đầu " + found[0].name.casefold()), None
    if found is not None and found[0].name is not None \
            and text[found[0].start:found[0].start + 15].casefold() == "người đứng đầu " \
            and text.startswith(found[0].name, found[0].start + 15):  # "người đứng đầu Phú Điền"
        return NameRef(None, found[0].start, title="người đứng đầu " + found[0].name.casefold()), None
    if found is None and ") của " in text[max(floor, pos - 60):pos]:
        of = _OF_COUNTRY_END.search(text, max(floor, pos - 60), pos)
        if of is not None:  # "Ủy ban Bầu cử … (IEBC) của Kenya tuyên bố": the body before it
            found = _subject_before(text, of.start() + 1, floor, known)
    if found is None:
        aged = _BRACKET_THEN_COMMA.search(text, max(floor, pos - 50), pos)
        if aged is not None and aged.start() > floor:  # "anh Trần Văn Duy (38 tuổi), kể:": the
            found = _subject_before(text, aged.start(), floor, known)  # one named before it
    if found is None:
        unnamed = _UNNAMED_ASKED.search(text, max(floor, pos - 40), pos)
        if unnamed is not None:  # "Một cán bộ Đồn X (đề nghị không nêu tên) cho hay"
            return subject_before(text, unnamed.start(), floor, known)
    if found is None:
        lives = _LIVES_AT_END.search(text, max(floor, pos - 60), pos)
        if lives is not None:  # "chị Siu H'Lim, 32 tuổi, ở làng Trăp chia sẻ": the one the
            found = _appositive(text, lives.start(), floor, known)  # place phrase follows
    if found is None:
        nick = _NICK_END.search(text, max(floor, pos - 40), pos)
        if nick is not None and nick.start() > floor:  # "đội trưởng Trần Minh Khoa “Shiro” nói":
            return subject_before(text, nick.start(), floor, known)  # the name before the nick
    if found is not None and found[0].name is not None and found[0].role_start is not None:
        holder = _holder_before_post(text, found[0], floor, known)
        if holder is not None:  # "ông Sùng Mí Chá, Chủ tịch UBND xã Đồng Văn cho biết": the
            return holder  # man before the post, not the commune after "xã"
    if found is None or found[0].name is None or text.find(" ", floor, pos) < 0:
        return found
    ref = found[0]
    name = ref.name
    begin = ref.role_start if ref.role_start is not None else ref.start
    kin = _KIN.search(text, max(floor, begin - 24), begin) if name is not None else None
    if kin is None or name is None:
        return found
    stop = text.find(name, begin) + len(name)
    phrase = text[kin.start():stop]
    return NameRef(lower(phrase[:1]) + phrase[1:], kin.start()), found[1]


def _holder_before_post(text: str, ref: NameRef, floor: int,
                        known: Collection[str]) -> tuple[NameRef, str] | None:
    """When ``ref`` is a place read as a name after a post (``Chủ tịch UBND xã Đồng Văn``)
    and a person's name and a comma come right before that post, that person and the post."""
    assert ref.name is not None and ref.role_start is not None
    at = text.rfind(ref.name, ref.role_start, ref.start + 200)
    if at <= ref.role_start or not _LEVEL_BEFORE.search(text, ref.role_start, at):
        return None
    comma = len(text[floor:ref.role_start].rstrip()) + floor - 1
    if comma <= floor or text[comma] != ",":
        return None
    person = name_at_end(text, comma, floor, known)
    if person is None or person.name is None or " " not in person.name:
        return None
    return person, text[ref.role_start:at + len(ref.name)]


_LEVEL_BEFORE: Final = re.compile(rf"(?<!\w)(?:{'|'.join(ADMIN_LEVELS)})\s+$")


# Words for a relative named through someone: "Chồng chị Hoa", "bà nội của Lan", "Mẹ Vy".
_KIN_WORDS: Final = (r"(?:[Cc]hồng|[Vv]ợ|[Cc]on trai|[Cc]on gái|[Mm]ẹ|[Bb]ố|[Cc]ha|[Bb]à nội|[Bb]à ngoại|"
                     r"[Ôô]ng nội|[Ôô]ng ngoại|[Aa]nh trai|[Cc]hị gái|[Ee]m trai|[Ee]m gái)")
# A firm's analysts before the cue: "nhóm phân tích của NVS", "bộ phận nghiên cứu của Công ty X".
_ANALYSTS_OF: Final = re.compile(rf"(?i:nhóm|bộ phận|khối|đội ngũ|trung tâm)\s+(?i:phân tích|nghiên cứu)\s+của\s+"
                                 rf"(?P<o>[{UPPER}][\w&.-]*(?:\s+[{UPPER}][\w&.-]*){{0,6}})\s*$")
# A relative opening the clause and named through someone: "Mẹ Vy", "Chồng chị Hoa".
_KIN_OPENING: Final = re.compile(rf"(?:(?:Riêng|Còn)\s+)?(?<!\w)(?P<kin>{_KIN_WORDS})\s+(?:của\s+)?"
                                 rf"(?P<name>(?:(?:anh|chị|em|bé|cháu|ông|bà)\s+)?[{UPPER}][\w.]*(?:\s+[{UPPER}][\w.]*){{0,3}})"
                                 rf"\s*$")
# A bracket (an age, a place) and a comma right before the cue: "(38 tuổi), kể".
_BRACKET_THEN_COMMA: Final = re.compile(r"\s*\([^()]{1,40}\)\s*,\s*$")
# A source who asked not to be named, in brackets before the cue.
_UNNAMED_ASKED: Final = re.compile(r"\s*\((?:đề nghị|xin|yêu cầu) (?:không nêu tên|giấu tên|được giấu tên)\)\s*$")
# Where a person lives, after a comma and right before the cue: ", ở làng Trăp".
_LIVES_AT_END: Final = re.compile(r",\s+(?:ở|tại|quê|trú|trú tại|ngụ|ngụ tại)\s+[^,.;:!?“”\"()]{2,40}?\s*$")
# A nickname in marks right after a capitalised name, before the cue: "Khoa “Shiro” nói".
_OF_COUNTRY_END: Final = re.compile(rf"\)\s+của\s+[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}}\s*$")
_NICK_END: Final = re.compile(r"(?<=\w) [“\"][A-Za-z0-9][\w.-]{1,15}(?: [A-Za-z0-9][\w.-]{1,15})?[”\"]"
                              r"(?:\s+(?:cũng|còn|thì))?\s*$")
_WHILE: Final = re.compile(r"\s+vừa\s+[^,.;:!?“”\"]{1,40}?\s+vừa\s*$")
_PERSON_OPENS: Final = re.compile(rf"(?:Ông|Bà|Anh|Chị|Em|Cô|Chú|Cụ)\s+(?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,3}})"
                                  r"(?:\s*\([^()]{1,80}\))?")
_VERB_PHRASE: Final = re.compile(r"(?:\s+[a-zà-ỹđ0-9][^\s,.;:!?“”\"()]*){2,20}")
# A relative of the person named right after: "Chồng chị Hoa", "bà nội của Lan".
_KIN: Final = re.compile(rf"(?<!\w){_KIN_WORDS}(?:\s+của)?\s+$")


def _subject_before(text: str, pos: int, floor: int,
                    known: Collection[str] = ()) -> tuple[NameRef, str | None] | None:
    """:func:`subject_before` without the relatives."""
    end = len(text[floor:pos].rstrip()) + floor
    both = _WHILE.search(text, max(floor, end - 50), end) if "vừa" in text[max(floor, end - 50):end] else None
    if both is not None:  # "Chị Hoa vừa luồn chỉ vừa kể": the name before the first "vừa"
        end = both.start()
    if end > floor and text[end - 1] == ",":
        opener = _PERSON_OPENS.match(text, floor + len(text[floor:end]) - len(text[floor:end].lstrip()), end)
        if opener is not None and _VERB_PHRASE.fullmatch(text, opener.end(), end - 1):
            # "Bà X (64 tuổi, …) vừa làm xong thủ tục …, chia sẻ với PV": X
            return NameRef(opener.group("name"), opener.start("name"), role_start=opener.start()), None
    first = floor + len(text[floor:end]) - len(text[floor:end].lstrip())
    lead = _LEAD_ADVERB.match(text, first, end) if text[first:first + 1] in _LEAD_FIRSTS else None
    if lead is not None:  # "Còn Khôi hào hứng khoe …", "Riêng ông X cho biết …"
        floor = lead.end()
    adverbs = vocab()["adverbs"]
    for _ in range(3):
        at = tail_phrase(text, floor, end, adverbs, 3)
        if at is None:
            date = _DATE_TAIL.search(text, max(floor, end - 40), end) if (
                end > floor and text[end - 1].isdigit()) else None
            if date is None:
                break
            at = date.start()  # "ông X, Thứ trưởng …, ngày 18/11 cho biết"
        end = len(text[floor:at].rstrip()) + floor
    anaphor = _ORG_ANAPHOR_RE.search(text, max(floor, end - 30), end)
    if anaphor is not None and (not text[floor:anaphor.start()].strip(" ,") or _REP_WORDS.fullmatch(
            text[floor:anaphor.start()].strip(" ,"))):  # "Đại diện doanh nghiệp này cho biết"
        return NameRef(None, anaphor.start(), title=ORG_ANAPHOR), None  # "Đơn vị này đề nghị"
    role = None
    if end > floor and text[end - 1] == ")":
        open_at = text.rfind("(", floor, end)
        if open_at < 0 or end - open_at > 150:
            return None
        role = text[open_at + 1:end - 1].strip()
        end = len(text[floor:open_at].rstrip()) + floor
    elif end > floor and text[end - 1] in ",-–":
        return _appositive(text, end - 1, floor, known)
    ref = name_at_end(text, end, floor, known)
    if ref is not None and ref.name is not None:
        name_at = text.rfind(ref.name, floor, end)
        client = _DEFENDS.search(text, max(floor, name_at - 40), name_at) if name_at > floor else None
        if client is not None:  # "Luật sư X (…) bào chữa cho bị cáo Y cho rằng": X speaks
            lawyer = subject_before(text, client.start(), floor, known)
            if lawyer is None or lawyer[0].name is None:  # no name: as written (docs/gsmark.md)
                st = clause_start(text, floor, end)
                phrase = text[st:end].strip()
                if phrase[:1].isupper() and len(phrase.split()) <= 10:
                    at = st + len(text[st:end]) - len(text[st:end].lstrip())
                    post = title_re().match(phrase)  # "vị luật sư" later is this lawyer
                    return NameRef(phrase, at), (post.group().casefold() if post else None)
            return lawyer
    if ref is not None and role is None and ref.start > floor and ref.name is not None \
            and ref.role_start is None:
        org = org_subject(text, floor, end)  # "Công ty cổ phần Thủy điện Đắk Đrinh thông tin":
        if org is not None and org.start < ref.start and org.name is not None \
                and org.name.endswith(ref.name):  # the place ends the body's name
            return org, None
    if ref is not None and role is not None and ref.start > floor:
        org = org_subject(text, floor, end)  # "Ngân hàng TMCP Đông Phong (DPBank)": no person
        if org is not None and org.start < ref.start and org.name is not None \
                and not org.name.split()[0].isupper():  # not "ĐBQH Hà Quang Vinh (…)"
            return org, None
    if ref is None and role is not None:  # "Cục Phòng bệnh (Bộ Y tế)", "Ngân hàng Thế giới (WB)"
        org = org_subject(text, floor, end)
        if org is None:  # "đại diện Công ty X (VPF) cho biết": the company
            rep = title_subject(text, floor, end)
            org = rep if rep is not None and rep.name is not None else None
        return None if org is None else (org, None)
    if ref is None and role is None:
        dashed = _dash_role_subject(text, end, floor, known)
        if dashed is not None:
            return dashed
        ref = (_locative_subject(text, end, floor, known) or _owner_subject(text, end, floor, known)
               or org_subject(text, floor, end) or title_subject(text, floor, end)
               or _brand_subject(text, floor, end) or _locative_title(text, end, floor))
    return None if ref is None else (ref, role)


_OF: Final = re.compile(r"\scủa\s")
# A place descriptor right before a capitalised run: the run names a place.
_PLACE_WORD: Final = re.compile(r"(?<!\w)(?i:xã|phường|huyện|quận|tỉnh|thôn|buôn|ấp|bản|làng|thị trấn|"
                         r"thành phố|đặc khu|chùa|đền|đình|nhà thờ|tu viện|thiền viện|giáo xứ)\s+$")
# ("Trụ trì chùa Kompông Thom," names a pagoda, not the speaker)


def _owner_subject(text: str, end: int, floor: int, known: Collection[str]) -> NameRef | None:
    """``HLV Marco Bellini của Thép Xanh Nam Định`` before a cue: the person before ``của``
    (the club or body after it is whose they are)."""
    lo = max(floor, end - 100)
    ofs = list(_OF.finditer(text, lo, end))
    if not ofs or _PUNCT.search(text, ofs[-1].end(), end):
        return None
    ref = name_at_end(text, ofs[-1].start(), floor, known)
    if ref is not None and ref.name is None and text[ofs[-1].end():ofs[-1].end() + 1].isupper() \
            and (ref.title is None or not _SPOKESMAN.match(ref.title)):
        return ref  # "Chân sút sinh năm 2005 của CLB Công an Hà Nội": the player named before
    return ref if ref is not None and ref.name is not None else None


_SPOKESMAN: Final = re.compile(r"(?:người\s+)?(?:đại diện|lãnh đạo|phát ngôn)")


def _dash_role_subject(text: str, end: int, floor: int,
                       known: Collection[str]) -> tuple[NameRef, str] | None:
    """``Ông X - Giám đốc Sở Y`` right before a cue (the role after a dash runs up to the
    cue, no second dash): the person before the dash, the title phrase as role."""
    lo = max(floor, end - 200)
    seps = list(_DASH_SEP.finditer(text, lo, end))
    if not seps:
        return None
    sep = seps[-1]
    role = text[sep.end():end].strip()
    t = title_re().match(role)
    if t is None or any(ch in role for ch in ",;:()“”\""):
        return None
    ref = name_at_end(text, len(text[floor:sep.start()].rstrip()) + floor, floor, known)
    if ref is None or ref.name is None:
        return None
    return ref, role


# A date between a speaker and the cue: "ngày 18/11", "sáng 2/12", "hôm 5/6/2025".
_DATE_TAIL: Final = re.compile(r"(?<!\S)(?:(?:vào|trong|hôm)\s+)?(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+)?"
                        r"(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?$")


_CLAUSE_SEP: Final = re.compile(r",\s|\s[-–—]\s|\)\s")
_CAPITAL_BEFORE: Final = re.compile(rf"(?:^|\s)(?:[{UPPER}]\S*|\d{{1,3}})$")  # "khu vực 1 - Đà Nẵng"


# An organisation named again by its kind ("Đơn vị này", "Công ty trên"): the title of the
# reference it gives, resolved by the extractor to the organisation that spoke last.
ORG_ANAPHOR: Final = "đơn vị này"
_ORG_ANAPHOR_RE: Final = re.compile(r"(?i:đơn vị(?:\s+(?:nghiên cứu|tư vấn|khảo sát|phân tích|thi công|tổ chức))?"
                             r"(?:\s+(?:này|trên))?|(?:công ty|doanh nghiệp|cơ quan|"
                             r"hợp tác xã|tập đoàn|ngân hàng|sở|bộ|cục|viện|trung tâm|bệnh viện|"
                             r"hiệp hội|tổng công ty|quỹ|tổ chức)"
                             r"\s+(?:này|trên)|(?<=(?i:đại diện) )(?i:công ty|doanh nghiệp|"
                             r"tập đoàn|nhà máy|chủ đầu tư|ngân hàng|bệnh viện|nhà trường|"
                             r"hợp tác xã|HTX))$")  # "Đại diện công ty cho biết"


def clause_start(text: str, floor: int, end: int) -> int:
    """Start of the last clause before ``end``: after a comma, a dash or a source tag."""
    start = floor
    for m in _CLAUSE_SEP.finditer(text, floor, end):
        if text[m.start()] == "," and pair_comma(text, m.start()):
            continue  # "Cục Quản lý Khám, chữa bệnh": a pair inside a body's name
        if m.group().strip() in "-–" and m.end() < end and text[m.end()].isupper() and (
                _CAPITAL_BEFORE.search(text, max(floor, m.start() - 12), m.start())):
            continue  # "Bà Rịa - Vũng Tàu", "Xuân Hương - Đà Lạt": one name, not two clauses
        start = m.end()
    while start < end and text[start] in " -–—":
        start += 1
    lead = _LEAD_ADVERB.match(text, start, end)
    return lead.end() if lead is not None else start  # "Riêng Hiệp hội X cho biết"


_LEAD_FIRSTS: Final = frozenset("RCTNĐMPV")
# The client a lawyer speaks for, between the lawyer and the cue: "… bào chữa cho bị cáo Y".
_DEFENDS: Final = re.compile(r"\s(?:bào chữa|bảo vệ quyền lợi)\s+cho\s+(?:các\s+)?(?:bị cáo|bị hại|"
                             r"thân chủ|đương sự|nguyên đơn|bị đơn)?\s*$")
# A word opening a sentence before its subject: "Riêng Hiệp hội X cho biết", "Còn ông Y nói".
_LEAD_ADVERB: Final = re.compile(r"(?:Riêng|Còn|Phía|Về phía|Trong khi đó|Ngoài ra|Đồng thời|Tuy nhiên|Mặt khác|"
                                 r"Về phần mình|Cũng theo đó)\s*,?\s+(?=\S)")


_OWNER_AT_END: Final = re.compile(rf"\scủa\s+(?P<o>[{UPPER}][\w&.-]*(?:\s+[\w&.-]+){{0,7}})$")
_TENSE: Final = re.compile(r"\s(?:đã|đang|sẽ)\s")  # (not "vừa": "nhỏ và vừa")


def title_subject(text: str, floor: int, end: int) -> NameRef | None:
    """A title phrase opening the clause (``Giám đốc Sở Y tế``): stands for the person."""
    start = clause_start(text, floor, end)
    phrase = text[start:end].strip()
    rep = _REPRESENTATIVE.match(phrase)
    if _UNNAMED.match(phrase) and len(phrase.split()) <= 10 and not any(
            ch in phrase for ch in ",;:()“”\""):  # "Một người dân sống gần đó": as written
        at = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        return NameRef(phrase, at)
    pairs = "," in phrase and all(pair_comma(phrase, i) for i, ch in enumerate(phrase) if ch == ",")
    if not phrase or len(phrase.split()) > (23 if rep and pairs else 20 if rep else 12 if _FORMER.match(
            phrase) else 10) or any(ch in phrase for ch in (";:()“”\"" if pairs else ",;:()“”\"")):
        return None  # ("Đại diện Phòng An ninh mạng và phòng, chống tội phạm …": a pair comma)
    if _TENSE.search(phrase) is not None:
        return None  # "Đại sứ quán đã công bố đường dây nóng và": a deed, not a post
    if rep is not None and phrase[rep.end():] in _HEADS_OF:  # "Người đứng đầu Chính phủ"
        if rep.group().strip().casefold() in ("người đứng đầu", "lãnh đạo"):
            return NameRef(None, start, title=_HEADS_OF[phrase[rep.end():]])
    if rep is not None:  # "Đại diện Sở Tài chính cho biết": the organisation speaks
        at = start + (len(text[start:end]) - len(text[start:end].lstrip())) + rep.end()
        org = org_subject(text, at, end)
        if org is not None:
            return org
        brand = _BRAND_AFTER.match(phrase[rep.end():])
        if brand is not None:  # "Đại diện chuỗi Sao Việt Mobile cho biết": the chain
            return NameRef(brand.group("b"), at + brand.start("b"))
        owner = _OWNER_AT_END.search(phrase, rep.end())
        if owner is not None and (is_org_name(owner.group("o")) or " " not in owner.group("o")):
            # "Đại diện khối du lịch trải nghiệm của Vietravel cho biết": the company
            return NameRef(owner.group("o"), at - rep.end() + owner.start("o"))
        firm = _FIRM.fullmatch(phrase[rep.end():])
        if firm is not None and (firm.group().isupper() or not _FIRM_WORDS.isdisjoint(
                firm.group().casefold().split())):  # "Đại diện Saola Labs", "Đại diện FPT"
            defined = defined_abbreviation(text, firm.group(), at) if " " not in firm.group() else None
            return NameRef(defined or firm.group(), at)
        word = phrase[rep.end():]
        if " " not in word and word[:1].isupper() and is_foreign(word):  # "Đại diện Agribank":
            return NameRef(defined_abbreviation(text, word, at) or word, at)  # the bank
    former = _FORMER.match(phrase)  # "Nguyên Phó Viện trưởng Viện X cũng lưu ý"
    m = title_re().match(phrase, former.end() if former else 0)
    if m is None:
        return None
    if former is not None and former.group().strip().casefold() in ("đồng chí", "vị"):
        phrase = phrase[former.end():]  # "Đồng chí Chủ tịch UBND tỉnh": the post
        m = title_re().match(phrase)
    named = _NAME_THEN_WORDS.match(phrase, m.end()) if m is not None else None
    if named is not None:  # "Bị cáo Hạnh trong lời nói sau cùng đề nghị": the name after the
        name = split_name(named.group(1), True)  # title, then what she does
        nxt = phrase[named.end():].split(maxsplit=1)[:1]
        if name is not None and name == named.group(1) and not name.isupper() and not (nxt and starts_phrase(
                name.rsplit(" ", 1)[-1], nxt[0])):  # "Thủ tướng Chính phủ": a body
            at = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            return NameRef(name, at + phrase.find(name), role_start=at)
    return NameRef(None, start, title=phrase.casefold())


# Verbs written as a pair with a comma inside a body's name (the word before the comma, the
# word after it): "Khám, chữa bệnh", "phòng, chống", "phòng cháy, chữa cháy", "cứu nạn, cứu hộ".
_COMMA_PAIRS: Final = frozenset({("khám", "chữa"), ("phòng", "chống"), ("cháy", "chữa"),
                                 ("nạn", "cứu"), ("hóa", "thể"), ("hóa", "thông")})  # "Văn hóa, Thể thao và Du lịch"
_LAST_WORD: Final = re.compile(r"(\w+)\s*$")
_NEXT_WORD: Final = re.compile(r"\s*(\w+)")


def pair_comma(text: str, i: int) -> bool:
    """The comma at ``text[i]`` joins a verb pair inside a body's name."""
    a = _LAST_WORD.search(text, max(0, i - 12), i)
    b = _NEXT_WORD.match(text, i + 1)
    if a is not None and b is not None and (lower(a.group(1)), lower(b.group(1))) in _COMMA_PAIRS:
        return True
    return bool(_FIELDS_BEFORE.search(text, max(0, i - 40), i) and _FIELDS_AFTER.match(text, i + 1))


# A body's name listing its fields with commas: "Chi cục Chăn nuôi, Thú y và Thủy sản …".
_FIELDS_BEFORE: Final = re.compile(rf"(?<!\S)(?:Bộ|Sở|Cục|Chi cục|Tổng cục|Vụ|Viện|Ban|Trung tâm|Phòng|Hội|Trường)"
                                   rf"\s+[{UPPER}]\w*(?:\s+\w+){{0,2}}$")
_FIELDS_AFTER: Final = re.compile(rf"\s[{UPPER}]\w*(?:\s+\w+){{0,2}}\s+và\s+[{UPPER}]")


_NAME_THEN_WORDS: Final = re.compile(rf"\s+([{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}})(?=\s+[a-zđ])")


# What a body does written between its name and the cue: left out of the name.
_DUTY: Final = re.compile(r"\s+(?:thực hành quyền công tố|giữ quyền công tố|tại phiên tòa|tại buổi|"
                          r"tại hội nghị|tại cuộc họp|dẫn (?:các |một |nhiều )?nguồn tin)\b.*$")
# ("AFP dẫn các nguồn tin ngoại giao cho biết": the agency speaks)
# A witness the article does not name (docs/gsmark.md: named as written).
_UNNAMED: Final = re.compile(r"(?:Một\s+(?:người dân|người|cư dân|nhân chứng|du khách|tiểu thương|"
                             r"phụ huynh|công nhân|tài xế|người lái xe|hàng xóm|thương lái|nhà đầu tư|"
                             r"chủ|phụ nữ|cụ ông|cụ bà)|Người\s+(?:đàn ông|phụ nữ|thanh niên))\b")
# ("Người đàn ông bán bánh mì ở đầu hẻm, người đầu tiên …, kể:": named as written)
_FORMER: Final = re.compile(r"(?i:nguyên|cựu|tân|quyền|đồng chí|vị)\s+")


_REPRESENTATIVE: Final = re.compile(r"(?i:(?:một\s+)?đại diện|người đại diện|(?:một\s+)?lãnh đạo|một cán bộ|người phát ngôn|phát ngôn viên|"
                             r"người đứng đầu|(?:một\s+)?quan chức(?:\s+(?:giấu tên|cấp cao))?)"
                             r"\s+(?:của\s+)?(?=\S)")
# The post of whoever heads a body named this way: "Người đứng đầu Chính phủ" is the PM.
_HEADS_OF: Final = {"Chính phủ": "thủ tướng", "Quốc hội": "chủ tịch quốc hội",
                    "ngành y tế": "bộ trưởng bộ y tế", "chính quyền tỉnh": "chủ tịch",
                    "chính quyền thành phố": "chủ tịch", "UBND tỉnh": "chủ tịch",
                    "chính quyền xã": "chủ tịch", "chính quyền phường": "chủ tịch",
                    "tỉnh": "chủ tịch"}
_FIRM: Final = re.compile(rf"[{UPPER}][\w&.-]*(?:\s+[{UPPER}][\w&.-]*){{0,3}}")
_FIRM_WORDS: Final = frozenset("labs lab group corp inc ltd jsc technologies tech software "
                               "studio ventures capital holdings solutions systems".split())
_REP_WORDS: Final = re.compile(r"(?i:đại diện|người đại diện|lãnh đạo|người phát ngôn)")
# A company named by a lowercase kind word and its brand: "chuỗi Sao Việt Mobile", "hãng X".
_BRAND_AFTER: Final = re.compile(rf"(?:chuỗi|hệ thống|hãng|thương hiệu|nhà bán lẻ)\s+(?P<b>[{UPPER}]\S*"
                          rf"(?:\s+[{UPPER}]\S*){{0,3}})$")


_COMMA: Final = re.compile(",")
_HONORIFIC_OPEN: Final = re.compile(r"(?:ông|bà|anh|chị|Ông|Bà|Anh|Chị)\s+[A-ZĐÀ-Ỹ]")
_DASH_SEP: Final = re.compile(r"\s[-–]\s")
_NOT_ORG_WORD: Final = re.compile(r"\b(?:của|cho|đã|thì|cũng|dẫn lời|trích lời|dẫn nguồn)\b")
_PUNCT: Final = re.compile(r"[,.;:]")


def _appositive(text: str, comma: int, floor: int,
                known: Collection[str] = ()) -> tuple[NameRef, str] | None:
    """``ông X, Giám đốc Y,`` before a cue: the name before an earlier comma or dash."""
    mark = text[comma]
    lo = max(floor, comma - 160)
    seps = [m.start() for m in (_COMMA if mark == "," else _DASH_SEP).finditer(text, lo, comma)]
    if seps and mark == ",":  # "Giám đốc HTX, bà Lê Thị Ngọc Hạnh, thông tin": the title first
        inner = name_at_end(text, comma, seps[-1] + 1, known)
        segment = text[seps[-1] + 1:comma].strip()
        head = segment[:len(segment) - len(inner.name)].strip() if (
            inner is not None and inner.name is not None and segment.endswith(inner.name)) else ""
        addressed = bool(inner is not None and inner.name is not None and head
                         and _HONORIFIC_OPEN.match(segment)
                         and segment.split(" ", 1)[1] == inner.name)  # "…, bà X, nhận định"
        if inner is not None and inner.name is not None and head and (
                addressed or (title_re().fullmatch(head.casefold()) is not None  # "…, nhạc sĩ X, nói"
                              and split_name(inner.name, False) == inner.name)):  # (a full name)
            before = text[max(floor, (seps[-2] + 1) if len(seps) > 1 else floor):seps[-1]].strip(" ,")
            if before and (title_re().match(before) or (
                    addressed and before[:1].isupper() and len(before) <= 140)):
                return inner, before  # "Trưởng Phái đoàn quan sát … (EU), bà X, nhận định"
    for at in reversed(seps):
        role = text[at + 1:comma].strip(" ,-–")
        if not role or len(role) > 140:
            continue
        stop = len(text[floor:at].rstrip()) + floor
        if stop > floor and text[stop - 1] == ")":  # "chị X (32 tuổi), tiểu thương …,"
            open_at = text.rfind("(", max(floor, stop - 80), stop)
            stop = len(text[floor:open_at].rstrip()) + floor if open_at >= 0 else stop
        ref = name_at_end(text, stop, floor, known)
        name_at = text.rfind(ref.name, ref.start, stop) if ref is not None and ref.name is not None else -1
        if ref is not None and ref.name is not None and not _PLACE_WORD.search(
                text, max(floor, ref.start - 12), ref.start) and not (
                name_at > ref.start and _PLACE_WORD.search(text, max(floor, name_at - 12), name_at)
                and not text[max(0, name_at - 9):name_at].casefold().endswith("già làng ")):
            return ref, role  # not "… ở xã Ea Kly, tỉnh X," nor "Phó Chủ tịch UBND xã Đàm
            # Thủy," (a place, not the speaker)
        dweller = _locative_subject(text, stop, floor, known)
        if dweller is not None:  # "lão nông X ở thôn Y, người đã sống …, nói": the one
            return dweller, role  # living there
    if seps and mark == ",":  # "Dakfruit, đơn vị thu mua lớn nhất vùng, cho biết": a company
        for at in (seps[0], *reversed(seps[1:])):  # "Báo cáo …, Bộ X, cơ quan …, cho biết" too
            org = _brand_subject(text, floor, at) or org_subject(text, floor, at)
            if org is None:  # "Người phát ngôn của Công ty X, đơn vị …, cho biết": the company
                rep = title_subject(text, floor, at)
                org = rep if rep is not None and rep.name is not None else None
            if org is not None:
                return org, text[at + 1:comma].strip(" ,")
    return None


@lru_cache(maxsize=1)
def _org_re() -> re.Pattern[str]:
    heads = lexicon()["org_subject_heads"]
    return re.compile(rf"^(?:(?i:{alternation(heads, True)})(?:\s+\S|$)|[{UPPER}]{{2,}}(?:\s|$)"
                      r"|[A-ZĐ]{1,2}\d{2}(?:\s|$))")  # a police department's code: "C07", "PC07"


def is_org_name(name: str) -> bool:
    """``name`` opens with an organisation head word or an acronym (``Bộ Công an``, ``UBND
    tỉnh X``, ``NAPAS``): a speaker that is an organisation, not a person."""
    return bool(_org_re().match(name))


# A unit with no name of its own (lowercase after its first word): its body speaks.
_UNNAMED_UNIT: Final = re.compile(r"(?:Nhóm|Bộ phận|Nhóm chuyên gia|Đội ngũ)"
                                  r"(?:\s+(?:phân tích|nghiên cứu|chiến lược|tư vấn))?"
                                  # "Phái bộ quan sát bầu cử của Liên minh châu Phi": the union
                                  r"|(?:Phái bộ|Phái đoàn)(?:\s+[a-zà-ỹđ]+){0,5}")
# The legal form of a company, not counted in the length of its name ("Công ty TNHH MTV …").
_LEGAL_FORM: Final = frozenset(("TNHH", "MTV", "TMCP", "CP", "cổ", "phần"))


def _name_words(phrase: str) -> int:
    """Words of a body's name, its legal form left out."""
    words = phrase.split()
    return len(words) - sum(1 for w in words if w in _LEGAL_FORM)


# The prosecution written short or by an unnamed member: the procuracy named in full before.
PROSECUTION: Final = frozenset({"cơ quan công tố", "đại diện cơ quan công tố", "viện kiểm sát",
                                "đại diện viện kiểm sát", "vks", "đại diện vks", "kiểm sát viên",
                                "đại diện vksnd"})


def procuracy_before(text: str, at: int) -> str | None:
    """The procuracy (``Viện kiểm sát …``, ``VKSND …`` written out) named last in the 4,000
    characters before ``at``, in full; None when there is none."""
    procuracy = last_org_mention(text, max(0, at - 4000), at, ("viện kiểm sát", "vksnd"))
    if procuracy is None:
        return None
    duty = _DUTY.search(procuracy)
    procuracy = procuracy[:duty.start()] if duty is not None else procuracy
    if procuracy.startswith("VKSND "):  # the trial's bodies are named in full
        procuracy = _ABBREVIATIONS["VKSND"] + procuracy[5:]
    if len(procuracy.split()) <= 4:  # "Viện kiểm sát đề nghị …" named in full before
        procuracy = expand_org(text, procuracy, at) or procuracy
    return procuracy


# Kinds of body an anaphor names that narrow it to bodies of that kind ("Sở này").
ANAPHOR_KINDS: Final = frozenset(("sở", "bộ", "cục", "viện", "trung tâm", "bệnh viện", "ngân hàng",
                                  "hợp tác xã", "tập đoàn", "công ty", "hiệp hội", "tổng công ty",
                                  "quỹ", "chi cục", "tổng cục", "ban", "phòng", "trường", "hội"))
# A body's kind and "này" ("Chi cục này", "Trường này"): the last body of that kind named.
_KIND_THIS: Final = re.compile(rf"((?i:{'|'.join(sorted(ANAPHOR_KINDS, key=len, reverse=True))}))\s+này")


def org_subject(text: str, floor: int, end: int) -> NameRef | None:
    """An organisation opening the clause and ending at ``end`` (``Bảo hiểm xã hội Việt Nam``)."""
    start = clause_start(text, floor, end)
    phrase = text[start:end].strip()
    duty = _DUTY.search(phrase)
    if duty is not None:  # "VKSND tỉnh X thực hành quyền công tố tại phiên tòa": the body
        phrase = phrase[:duty.start()]
        end = start + len(text[start:end]) - len(text[start:end].lstrip()) + len(phrase)
    if not phrase or not phrase[0].isupper() or _name_words(phrase) > (20 if "," in phrase else 16) or (
            _name_words(phrase) > 14 and "," not in phrase and (  # 15-16 words: "Liên đoàn các tổ
                any(ch.isdigit() for ch in phrase) or _AFTER_NAME.search(phrase))):  # chức … châu Âu"
        return None  # (a name with verb pairs is long: "Phòng Cảnh sát phòng cháy, chữa cháy …")
    if any(ch in phrase for ch in ";:()“”\"") or ("," in phrase and not all(
            pair_comma(phrase, i) for i, ch in enumerate(phrase) if ch == ",")):
        return None
    bad = _NOT_ORG_WORD.search(phrase)
    if bad is not None:
        owner = phrase[bad.end():].lstrip()
        if bad.group() != "của" or not owner[:1].isupper() or not _org_re().match(owner) \
                or _NOT_ORG_WORD.search(owner):
            return None
        unit = phrase[:bad.start()].rstrip()  # "Khối Phân tích của Ngân hàng X": the unit
        if _UNNAMED_UNIT.fullmatch(unit):  # "Nhóm phân tích của Công ty X": the company
            start += len(text[start:end]) - len(text[start:end].lstrip()) + phrase.index(owner)
            unit = owner
        phrase = unit
    at = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    if phrase.casefold() in PROSECUTION:
        procuracy = procuracy_before(text, at)
        if procuracy is not None:  # "Cơ quan công tố đề nghị …": the procuracy of the trial
            return NameRef(procuracy, at)
    if not _org_re().match(phrase) or phrase.casefold() in word_sets()["titles"]:
        return None
    field = phrase[len("cơ quan "):] if lower(phrase).startswith("cơ quan ") and phrase[8:] == lower(
        phrase[8:]) and len(phrase) > 12 else ""
    if field:  # "Cơ quan khí tượng dự báo": the body named before whose name holds "khí tượng"
        holders = [n for n in org_mentions(text, max(0, at - 3000), at) if field in lower(n)]
        if holders:
            return NameRef(holders[-1], at)
    agency = _AGENCY.match(phrase)
    if agency is not None:  # "Hãng tin Reuters hôm thứ Năm (13/11) đưa tin": Reuters
        return NameRef(agency.group("name"), at + agency.start("name"))
    this = _KIND_THIS.fullmatch(phrase)
    if this is not None:  # "Chi cục này bước đầu lý giải": the Chi cục named last before
        named = last_org_mention(text, max(0, at - 3000), at, this.group(1).casefold())
        if named is not None:
            return NameRef(named, at)
    written = _written_out(text, phrase, at)
    if written is not None and " " not in phrase:  # "VKSND" alone: the body written last
        written = expand_org(text, written, at) or written
    if written is None and " " not in phrase and phrase[:1].isupper():
        written = defined_abbreviation(text, phrase, at)  # "HCDC": "Trung tâm … (HCDC)",
        # "Agribank": "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank)"
    phrase = written or expand_org(text, phrase, at) or phrase
    acr = _HEAD_ACRONYM.match(phrase)
    if acr is not None:  # "Bộ GD&ĐT phát động chương trình": the head and its acronym, the
        full = defined_abbreviation(text, acr.group("acr"), at)  # body written out before
        phrase = full if full is not None and full.casefold().startswith(
            acr.group("head").casefold() + " ") else acr.group()
    return NameRef(phrase, at)


# A head word and an acronym joined by "&" or "-" ("Bộ GD&ĐT", "Sở NN-PTNT", "Bộ VH-TT&DL").
_HEAD_ACRONYM: Final = re.compile(r"(?P<head>Bộ|Sở|Cục|Tổng cục|Ban|Vụ|Viện)\s+"
                                  r"(?P<acr>[A-ZĐ][A-ZĐ0-9]*(?:[&-][A-ZĐ0-9]+)+)(?![\w&-])")


_CLAUSE_STOP: Final = re.compile(r"[;:!?“”\"()\n]|[.,]\s")


def defined_abbreviation(text: str, abbr: str, before: int) -> str | None:
    """The organisation the text named in full just before ``(abbr)``, the first time it
    wrote the abbreviation so before ``before`` (``Theo Trung tâm Kiểm soát bệnh tật TP.HCM
    (HCDC)`` → that name); None when there is no such definition."""
    at = text.find(f"({abbr})", 0, before)
    if at < 0:
        return None
    lo = max(0, at - 160)
    stops = [m for m in _CLAUSE_STOP.finditer(text, lo, at)
             if not (text[m.start()] == "," and pair_comma(text, m.start()))]  # "phòng cháy,
    for k in range(len(stops), max(len(stops) - 3, -1), -1):  # "Cơ quan Khí tượng, Khí hậu và
        seg_start = stops[k - 1].end() if k else lo  # Địa vật lý X": a list of capitalised
        segment = text[seg_start:at].rstrip()  # words after a comma goes on back to the head
        for word in re.finditer(r"\S+", segment):
            rest = segment[word.start():]
            if rest[:1].isupper() and _org_re().match(rest) and not rest.split()[0].isupper():  # (not
                # "hội nghị có đại diện Ngân hàng X": a body's name opens with a capital)
                if _name_words(rest) <= 14:
                    return rest  # (a longer run may hold the name further on: "Cục trưởng Cục …")
        piece = text[stops[k - 1].end():(stops[k].start() if k < len(stops) else at)].strip() if k else ""
        if not k or text[stops[k - 1].start()] != "," or not (piece[:1].isupper() or (
                0 < len(piece.split()) <= 3 and piece.islower())):  # "Cục … về tham nhũng, kinh
            break  # tế, buôn lậu (C03)": short lowercase items of the name's list go on
    return None


# A news agency and when it reported: the agency speaks.
_AGENCY: Final = re.compile(rf"(?i:hãng tin|hãng thông tấn)\s+(?P<name>[{UPPER}][\w&.+-]*"
                            rf"(?:\s+[{UPPER}][\w&.+-]*){{0,2}})(?:\s+(?:hôm|ngày|sáng|chiều|tối|"
                            rf"trưa|đêm|dẫn)\b.*)?$")  # "… dẫn các nguồn tin am hiểu vấn đề"
# Abbreviations of bodies that reports write out first: "Viện kiểm sát nhân dân tỉnh X" is
# "VKSND tỉnh X" afterwards.
_ABBREVIATIONS: Final = {"VKSND": "Viện kiểm sát nhân dân", "TAND": "Tòa án nhân dân",
                         "HĐXX": "Hội đồng xét xử", "UBND": "Ủy ban nhân dân",
                         "HĐND": "Hội đồng nhân dân", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
                         "CSGT": "Cảnh sát giao thông", "BHXH": "Bảo hiểm xã hội",
                         "CSĐT": "Cảnh sát điều tra"}


# Bodies of a trial always named in full as speakers (the held-out gold of two trials).
_COURT_BODIES: Final = frozenset({"VKSND", "TAND", "HĐXX", "CSĐT"})


def _written_out(text: str, phrase: str, before: int) -> str | None:
    """``phrase`` with its first abbreviation written out (``VKSND tỉnh X`` → ``Viện kiểm
    sát nhân dân tỉnh X``, ``HĐXX`` → ``Hội đồng xét xử``, ``Đội CSGT số 6`` → ``Đội Cảnh sát
    giao thông số 6``) when the text wrote it so before ``before`` (always for the bodies of
    a trial: VKSND, TAND, HĐXX); None otherwise."""
    words = phrase.split()
    k = next((k for k, w in enumerate(words) if w in _ABBREVIATIONS), -1)
    if k < 0:
        return None
    out = " ".join([*words[:k], _ABBREVIATIONS[words[k]], *words[k + 1:]])  # "Đội CSGT …" too
    for form in (out, _CITY_ABBR.sub("thành phố", out)):  # "VKSND TP Hà Nội" written out as
        at = text.find(form, 0, before)  # "Viện kiểm sát nhân dân thành phố Hà Nội"
        if at >= 0:
            return form
        low = text[:before].casefold().find(form.casefold())
        if low >= 0:
            return text[low:low + len(form)]
    # a trial's body is named in full, "TP" too (ho274)
    return _CITY_ABBR.sub("thành phố", out) if words[k] in _COURT_BODIES else None


_CITY_ABBR: Final = re.compile(r"(?<!\w)TP\.?(?=\s)")


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    return frozenset(h.casefold() for h in lexicon()["org_subject_heads"])


_ORG_STOP: Final = frozenset("đã sẽ đang vừa cũng là có được cho thì và với về tại trong để khi nên "
                      "này đó vẫn không chưa mới còn".split())


@lru_cache(maxsize=1)
def _cue_inside_re() -> re.Pattern[str]:
    return re.compile(rf"\s(?:{alternation(lexicon()['cue_verbs'])})(?!\w)")


@lru_cache(maxsize=256)
def _head_re(head: str) -> re.Pattern[str]:
    """An organisation head word and the words written after it; after a bare head the
    first is capitalised (``Sở Xây dựng …``, not ``Sở xác nhận …``; compiled once per head)."""
    first = "" if " " in head else f"(?=[{UPPER}])"  # a bare head: a name follows it
    return re.compile(rf"(?<!\w){re.escape(head)}\s+{first}[^,.;:()“”\"\n]{{2,120}}")


_MISSION: Final = re.compile(r"(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Cơ quan đại diện|Thương vụ|"
                             r"Văn phòng đại diện|Phái đoàn)\s")


def expand_org(text: str, head: str, before: int) -> str | None:
    """The full name of an organisation referred to by a shortened name — a bare head word
    (``Trung tâm`` → the last ``Trung tâm Quản lý …`` written before ``before``) or a name
    without its distinguishing part (``Ban Quản lý dự án`` → ``… Thăng Long``) — or None."""
    mentions = [m.group() for m in _head_re(head).finditer(text, 0, before)]
    for k, found in enumerate(reversed(mentions[-6:])):
        name = _named_mention(found, head)
        if name is not None and (k == 0 or _all_capitalised(name[len(head):])):
            return name  # or an earlier mention naming it in capitals alone: "Thanh tra tỉnh
    return None  # kiến nghị …" after "Thanh tra tỉnh Lâm Đồng vừa ban hành …"


def _field_pair(words: list[str], k: int) -> bool:
    """``words[k]`` is a ``và`` joining two fields of one name (``Gỗ và Lâm sản``): a single
    capitalised word before it, and after it no body's head (``Sở …``, ``Công an …``)."""
    after = " ".join(words[k + 1:k + 3]).casefold()
    return k >= 2 and words[k - 1][:1].isupper() and not words[k - 2][:1].isupper() and not any(
        after == h or after.startswith(h + " ") for h in _org_heads())


def _all_capitalised(words: str) -> bool:
    """Each of ``words`` (one to five) opens with a capital letter."""
    split = words.split()
    return 0 < len(split) <= 5 and all(w[:1].isupper() for w in split)


def _named_mention(found: str, head: str) -> str | None:
    """The organisation's name at the start of ``found`` (a match of :func:`_head_re`), when
    it holds more than ``head`` and a capitalised word after it; else None."""
    cue = next((c for c in _cue_inside_re().finditer(found) if not (
        c.group().strip().casefold() == "bảo" and BAO_WORD.match(found, c.end()))), None)
    found = found[:cue.start()] if cue else found  # "Trung tâm X thông tin …"
    words_out: list[str] = []
    words = found.split()
    for k, word in enumerate(words):
        if len(words_out) >= 14:
            break
        if word.casefold() in _ORG_STOP and not (
                word == "và" and k + 1 < len(words) and words[k + 1][:1].isupper()
                and (words[k - 1][:1].islower() or _field_pair(words, k))
                and words[k + 1].casefold() not in _org_heads()) \
                and not (word == "tại" and k + 1 < len(words) and words[k + 1][:1].isupper()
                         and _MISSION.match(found)):  # "Đại sứ quán Việt Nam tại Indonesia"
            break  # "Sở Nông nghiệp và Môi trường" goes on; "… TP HCM và Công đoàn …" does not
        words_out.append(word)
    name = " ".join(words_out)
    n = len(head.split())
    has_name = any(w[:1].isupper() for w in words_out[n:])
    if len(words_out) > n and n >= 2 and head.split()[-1][:1].isupper() and words_out[n] != "và":
        return None  # "Hội đồng Đội TP.HCM đi ca nô …", "Bộ Tư pháp Hàn Quốc Kang Tae-joon": a
        # body named to its last capital, then a deed or its official's name
    return name if has_name and len(words_out) > n else None


def _brand_subject(text: str, floor: int, end: int) -> NameRef | None:
    """A company named without a head word opening the clause (``Shopee``, ``VnExpress``,
    ``Grab Việt Nam``): capitalised words, one of them not a Vietnamese syllable."""
    start = clause_start(text, floor, end)
    phrase = text[start:end].strip()
    words = phrase.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalnum() for w in words):
        return None
    if not any(is_foreign(w) or any(ch.isupper() for ch in w[1:]) for w in words):
        return None
    if phrase.casefold() in word_sets()["not_names"]:
        return None
    at = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    defined = defined_abbreviation(text, phrase, at) if " " not in phrase else None
    return NameRef(defined or phrase, at)  # "Agribank": the bank written out at "(Agribank)"


_LOCATIVE: Final = re.compile(r"\s(?:ở|tại|đến từ|quê|trú|trú tại|sống ở|ngụ)\s")


def _locative_subject(text: str, end: int, floor: int,
                      known: Collection[str]) -> NameRef | None:
    """``bà X ở xã Y`` before a cue: the person before the place phrase."""
    lo = max(floor, end - 80)
    places = list(_LOCATIVE.finditer(text, lo, end))
    if not places:
        return None
    at = places[-1].start()
    if _PUNCT.search(text, at, end):
        return None
    ref = name_at_end(text, at, floor, known)
    return ref if ref is not None and ref.name is not None else None


def _locative_title(text: str, end: int, floor: int) -> NameRef | None:
    """A title phrase before a place phrase (``Tiền vệ 24 tuổi sinh ra ở Bến Tre cho
    biết``): the title stands for the person."""
    places = list(_LOCATIVE.finditer(text, max(floor, end - 80), end))
    if not places or _PUNCT.search(text, places[-1].start(), end):
        return None
    titled = title_subject(text, floor, places[-1].start())
    return titled if titled is not None and titled.name is None and titled.title else None


# "(VAMA)", also with a place after it: "(CDC Hà Nội)", "(Sở GD&ĐT TP.HCM)" is no acronym.
_PAREN_ACRONYM: Final = re.compile(rf" \(([A-ZĐ][A-ZĐ0-9&]{{1,9}}(?:\s+[{UPPER}][\w.]*){{0,3}})\)")
_WORD_START: Final = re.compile(rf"(?<!\S)[{UPPER}]")
_NAME_BREAK: Final = re.compile(r"[,;:!?“”\"()]|\.(?!\w)")  # ("TP.HCM" is one word)


def org_acronyms(text: str, ranges: list[tuple[int, int]]) -> dict[str, str]:
    """``acronym -> organisation`` for every acronym in brackets right after an organisation's
    name (``Ban Quản lý Khu kinh tế X (BQLKKT)``): a later ``BQLKKT cho biết`` is that body."""
    out: dict[str, str] = {}
    for start, end in ranges:
        if text.find("(", start, end) < 0:
            continue
        for m in _PAREN_ACRONYM.finditer(text, start, end):
            lo = max(start, m.start() - 140)
            cut = [b.end() for b in _NAME_BREAK.finditer(text, lo, m.start())]
            lo = cut[-1] if cut else lo
            for w in _WORD_START.finditer(text, lo, m.start()):
                name = text[w.start():m.start()].strip()
                if _org_re().match(name) and len(name.split()) >= 2:
                    out.setdefault(m.group(1).casefold(), name)
                    break
    return out


def last_org_mention(text: str, floor: int, at: int,
                     kind: str | tuple[str, ...] = "") -> str | None:
    """The organisation named last in ``text[floor:at]`` (``… của Công ty TNHH X, tivi …``):
    what ``doanh nghiệp này`` can stand for; with ``kind`` (``sở`` of ``Sở này``, or several
    kinds) only one whose name opens with it."""
    kinds = tuple(k + " " for k in ((kind,) if isinstance(kind, str) else kind) if k)
    last: str | None = None
    for name in org_mentions(text, floor, at, kinds):
        last = name
    return last


def org_mentions(text: str, floor: int, at: int, kinds: tuple[str, ...] = ()) -> Iterator[str]:
    """The organisations named in ``text[floor:at]``, in order (acronyms written out where
    the text defined them); with ``kinds`` (``"sở "`` …) only those whose name opens so."""
    pos = floor
    for w in _WORD_START.finditer(text, floor, at):
        if w.start() < pos:
            continue
        acr = _ACRONYM.match(text, w.start(), at)
        full = defined_abbreviation(text, acr.group(), w.start()) if acr is not None else None
        if full is not None and acr is not None and (not kinds or lower(full).startswith(kinds)):
            pos = acr.end()  # "BMKG đã phát cảnh báo …. Cơ quan này …": the body
            yield full  # written out at "(BMKG)"
            continue
        if _org_re().match(text[w.start():at]) is None:
            continue
        stop = _NAME_BREAK.search(text, w.start(), at)
        while stop is not None and text[stop.start()] == "," and pair_comma(text, stop.start()):
            stop = _NAME_BREAK.search(text, stop.end(), at)  # "Khám, chữa bệnh" goes on
        name = text[w.start():stop.start() if stop else at].strip()
        verb = _AFTER_NAME.search(name)
        name = name[:verb.start()].strip() if verb else name
        cue = next((c for c in _cue_inside_re().finditer(name) if not (
            c.group().strip().casefold() == "bảo" and BAO_WORD.match(name, c.end()))), None)
        name = name[:cue.start()].strip() if cue else name  # "UBND tỉnh đề nghị chủ đầu tư …"
        # (not "Khu bảo tồn": "bảo" there is no cue)
        if 2 <= len(name.split()) <= 16 and _name_words(name) <= 12 and (not kinds or lower(name).startswith(kinds)):
            pos = w.start() + len(name)
            yield name


_ACRONYM: Final = re.compile(rf"[{UPPER}]{{3,8}}(?!\w)")
_AFTER_NAME: Final = re.compile(r"\s(?:đã|đang|sẽ|vừa|có|là|làm|được|bị|cũng|thì|với|cho|tại|ở|trong|khi|công bố|"
                         r"để|của|không|vẫn|mới|chỉ|giảm|tăng|bán|mua|cho biết|nói)(?!\w)")
