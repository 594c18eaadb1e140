"""``speech@1``: interview TURNs and QUOTEs with their speakers (GUIDELINES.md, layer ``speech``).

Requires the ``zone`` layer. Works only inside content zones (TITLE, LEAD, BODY, CAPTION,
BYLINE; the whole text when there are no zones). Turns come from speaker labels
(:mod:`goldspan.extract.speech_labels`), quotes outside turns from quotation marks and cue
verbs (:mod:`goldspan.extract.speech_quotes`), and the cast — one speaker per person with
the role read from the text, short names resolved, the interviewer named by the byline — from
:mod:`goldspan.extract.speech_cast`. A pronoun subject (``ông``, ``bà này``) is the person
mentioned last before it (:mod:`goldspan.extract.speech_mentions`); quotes that depend on
paragraphs (headline quotes, quotes over several paragraphs) are in
:mod:`goldspan.extract.speech_paragraphs`.
"""

from __future__ import annotations

import bisect
import re
import typing
from typing import Final

from goldspan.extract.base import Extractor, ExtractResult, make_span
from goldspan.extract.common import content_ranges, paragraph_ranges
from goldspan.extract.registry import register
from goldspan.extract.speech_cast import (
    ADMIN_LEVELS,
    HEAD_TITLES,
    UPPER,
    Cast,
    NameRef,
    Person,
    epithet_head,
    is_country,
    is_foreign,
    name_at_end,
    split_name,
    title_re,
    title_synonyms,
    vocab,
    word_sets,
)
from goldspan.extract.speech_direct import dangling_cue
from goldspan.extract.speech_labels import find_turns, interviewer_name, reporter_in_lead
from goldspan.extract.speech_mentions import mentions
from goldspan.extract.speech_paragraphs import (
    continued_quote,
    follow_on,
    headline_quotes,
    join_paragraph_quotes,
    main_speaker,
    name_before_mark,
    opens_with_mark,
    said_before,
    unattributed_open,
)
from goldspan.extract.speech_quotes import find_quotes
from goldspan.extract.speech_refs import (
    BODY_KIND,
    WORDS,
    body_of_kind,
    named_investor,
    namesake,
    shortened_from,
)
from goldspan.extract.speech_subjects import (
    ANAPHOR_KINDS,
    ORG_ANAPHOR,
    PROSECUTION,
    defined_abbreviation,
    is_org_name,
    last_org_mention,
    org_acronyms,
    org_mentions,
    procuracy_before,
)
from goldspan.extract.textcase import lower
from goldspan.model.document import Document, Speaker

_QUOTE_ZONES: Final = ("TITLE", "LEAD", "BODY", "CAPTION")


def paragraph_zones(doc: Document) -> tuple[list[tuple[int, int]], list[str]]:
    """Paragraph ranges and the zone label of each (``NONE`` outside zones, all BODY if none)."""
    paras = paragraph_ranges(doc.text)
    zones = sorted((s.start, s.end, s.label) for s in doc.spans if s.layer == "zone")
    if not zones:
        return paras, ["BODY"] * len(paras)
    # disjoint zones (the zones extractor's output): one lookup per paragraph
    if all(a[1] <= b[0] for a, b in zip(zones, zones[1:], strict=False)):
        exact = {(a, b): lab for a, b, lab in zones}
        found = [exact.get(p) for p in paras]
        if None not in found:
            return paras, typing.cast(list[str], found)
    starts = [z[0] for z in zones]
    labels = []
    for s, e in paras:
        k = bisect.bisect_right(starts, s) - 1
        best = "NONE"
        for j in range(max(0, k - 2), min(len(zones), k + 3)):
            zs, ze, lab = zones[j]
            if zs < e and s < ze:
                best = lab
                if zs <= s:
                    break
        labels.append(best)
    return paras, labels


# A television report's name line ("Bà Nguyễn Thị Xuân - Người dân phường X") over the
# words the person says, a paragraph that is one quotation in marks.
_NAME_LINE: Final = re.compile(rf"(?:(?:Ông|Bà|Anh|Chị|Cô|Chú|Em|Cụ|Phóng viên|PV|Nhà báo|"
                               rf"(?:Đại|Thượng|Trung|Thiếu) (?:tá|úy|tướng)|Bác sĩ|Luật sư)\s+)?"
                               rf"(?P<name>[{UPPER}]\w*"
                               rf"(?:\s+[{UPPER}]\w*(?:-\w+)?){{1,4}})\s+[-–]\s+"  # "Lee Soo-jin"
                               rf"(?P<role>[^.!?“”\"\n]{{3,80}})$")
# A two-line strap: the name alone ("Ông Trần Văn Lâm", "CHỊ NGUYỄN THỊ HỒNG"), the role on
# the next line, then the person's words as one quotation.
_NAME_ALONE: Final = re.compile(rf"(?:(?:Ông|Bà|Anh|Chị|Cô|Chú|Em|Cụ|ÔNG|BÀ|ANH|CHỊ|CÔ|CHÚ|EM|CỤ|"
                                rf"(?:Đại|Thượng|Trung|Thiếu) (?:tá|úy|tướng)|Đại tướng|Binh (?:nhất|nhì)|"
                                rf"(?:Hạ|Trung|Thượng) sĩ|Bác sĩ|Nghệ nhân|Luật sư|Kỹ sư)\s+)?"
                                rf"(?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*(?:-\w+)?){{1,4}})")
# A name of two to four syllables whose first is no Vietnamese surname ("Alăng Thơ", "Bríu
# Quân"): a strap's name line over a role and a quotation is taken whole.
_CLAN_NAME: Final = re.compile(rf"[{UPPER}]\w+(?:\s+[{UPPER}]\w*){{1,3}}")
_ROLE_ALONE: Final = re.compile(r"[^.!?:;“”\"\n]{3,100}")
# Paragraphs with no quotation mark that an open quote may run over ("… phân tích: “A" ⏎
# "B" ⏎ "C.”", each paragraph not reopening the quote with a mark).
_HOLD: Final = 4


def _has_mark(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` holds a quotation mark."""
    return any(text.find(m, s, e) >= 0 for m in "“”\"«»")


_WHOLE_QUOTE: Final = re.compile(r"“([^“”]+)”\.?\s*$")
# The line signing a pull quote: "— Ông Trương Đình Khoa, cố vấn Đề án 844".
_SIGNATURE: Final = re.compile(rf"[—–-]\s*(?P<title>(?:Ông|Bà|Anh|Chị|TS\.?|PGS\.TS\.?|GS\.?)\s+)?"
                               rf"(?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,4}})(?:\s*,\s*(?P<role>[^\n]{{2,160}}))?")
_BULLET: Final = re.compile(r"(?:[•●▪+\-–]|\d{1,2}[.)])\s+(?=\S)")  # "• …", "- …", "1. …"


def bullet_item(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The words of a bullet paragraph ``text[s:e]`` (``• Hoàn thiện quy hoạch …;``), its mark
    and final ``.``/``;`` left out; None when it opens with no bullet mark."""
    m = _BULLET.match(text, s, e)
    if m is None:
        return None
    stop = len(text[m.end():e].rstrip(" .;")) + m.end()
    return (m.end(), stop) if stop - m.end() >= 10 else None


_PRESIDES: Final = re.compile(r"\s(?:chủ tọa|chủ trì)\s+(?:phiên|kỳ họp|hội nghị|cuộc họp|buổi)")


def _presider(text: str, allowed: list[tuple[int, int]], known_names: frozenset[str]) -> str | None:
    """The person written as chairing the meeting (``Chủ tịch HĐND tỉnh Võ Thành Trung chủ tọa
    phiên chất vấn``), whom a later ``Chủ tọa phiên họp kết luận`` stands for."""
    if "chủ tọa" not in text and "chủ trì" not in text:
        return None
    for s, e in allowed:
        for m in _PRESIDES.finditer(text, s, e):
            ref = name_at_end(text, m.start(), max(s, m.start() - 120), known_names)
            if ref is not None and ref.name is not None:
                return ref.name
    return None


def _repeated_by(text: str, s: int, e: int, spans: list) -> str | None:
    """The speaker of the first direct QUOTE or TURN after the headline quote ``text[s:e]`` that
    says it again (the same words, maybe inside more: ``“Có cầu rồi, … đi học. Mấy đứa …”``,
    ``“Đêm nào … Bây giờ không còn phải gùi nước lúc nửa đêm nữa”``)."""
    said = text[s:e].strip(" .…!")
    if len(said.split()) < 4:
        return None
    words = WORDS.findall(said.casefold())
    later = [sp for sp in spans if sp.start > e and (sp.label == "TURN" or (
                 sp.label == "QUOTE" and (sp.attrs or {}).get("kind") == "direct"))
             and (said.casefold() in text[sp.start:sp.end].casefold()  # maybe its end, or a
                  or shortened_from(words, WORDS.findall(text[sp.start:sp.end].casefold())))]
    # guest's answer that says it ("Với chúng tôi, dân chưa ở yên thì bộ đội chưa rút."), or
    # the words shortened for the headline ("Sống gần 70 năm rồi, tôi chưa thấy …")
    return min(later, key=lambda sp: sp.start).attrs["speaker"] if later else None


def _next_paragraph(paras: list[tuple[int, int]], end: int) -> tuple[int, int]:
    """The paragraph after the one ending at ``end`` (an empty range at the end)."""
    k = bisect.bisect_left(paras, (end, end))
    return paras[k] if k < len(paras) else (end, end)


class Speech(Extractor):
    """Interview turns and quotes with the speaker cast; see the module docstring."""

    name = "speech"
    version = "1"
    produces: tuple[str, ...] = ("speech",)
    requires: tuple[str, ...] = ("zone",)
    description = "interview turns from speaker labels, direct and indirect quotes, speakers"

    def extract(self, doc: Document) -> ExtractResult:
        """TURN and QUOTE spans of ``doc`` and the speakers they name."""
        text = doc.text
        paras, zones = paragraph_zones(doc)
        allowed = content_ranges(doc)
        cast = Cast()
        m_pos, m_names = mentions(text, allowed, cast)
        star = _headline_star(text, paras, zones)
        if star is not None and star not in cast.known:  # "Vân Du: “…”" over an article that
            cast.known.append(star)  # names her again and again: a stage name, her name
        for acronym, name in org_acronyms(text, allowed).items():
            cast.aliases.setdefault(acronym, name)
        bylines = [text[s:e] for (s, e), z in zip(paras, zones, strict=True) if z == "BYLINE"]
        asking = reporter_in_lead(text, paras, zones)  # one of several authors the lead names
        interviewer = (asking if asking is not None and any(asking in b for b in bylines)
                       else interviewer_name(bylines))
        cast.reporter = interviewer
        cast.presider = _presider(text, allowed, known_names=cast.short_names())
        turns = find_turns(text, paras, zones, cast, interviewer)
        spans = [make_span("speech", "TURN", t.start, t.end, text, {"speaker": t.sid})
                 for t in turns]
        known = cast.short_names()
        k = 0
        carry: str | None = None  # speaker of a direct quote left open by the last paragraph
        held: list[tuple[int, int]] = []  # paragraphs with no mark since the quote opened
        pending: list[tuple[int, int]] = []  # open quotes waiting for a cue in what follows
        starts = [a for a, _ in allowed]
        headline = next((text[s:e].strip() for (s, e), z in zip(paras, zones, strict=True)
                         if z == "TITLE"), None)
        listing: str | None = None  # speaker of "X đề xuất ba giải pháp:" before a bullet list
        for (s, e), zone in zip(paras, zones, strict=True):
            while k < len(turns) and turns[k].end < s:
                k += 1
            if k < len(turns) and turns[k].start < e and s < turns[k].end:
                carry = None
                held = []
                continue  # inside an interview turn
            if zone not in _QUOTE_ZONES or not _inside(allowed, starts, s, e):
                carry = None
                held = []
                continue
            name_line = _NAME_LINE.match(text, s, e) if zone == "BODY" else None
            if name_line is not None and split_name(name_line.group("name"), True) is not None:
                said = _WHOLE_QUOTE.match(text, *_next_paragraph(paras, e))
                if said is not None and said.end() - said.start() > 12:  # a TV name line
                    named = name_line.group("name")
                    if named.isupper():  # "Trung tá NGUYỄN ĐỨC MẠNH - Phó Trưởng phòng …"
                        named = " ".join(w.capitalize() for w in named.split())
                    who = cast.speaker(named, name_line.group("role").strip())
                    spans.append(make_span("speech", "QUOTE", said.start(1), said.end(1), text,
                                           {"speaker": who.sid, "kind": "direct"}))
            elif zone == "BODY" and e - s <= 40 and _NAME_ALONE.fullmatch(text, s, e):
                self._strap(text, paras, s, e, cast, spans)
            elif zone == "BODY" and text.startswith(("“", '"'), s) and _WHOLE_QUOTE.match(text, s, e):
                self._signed(text, paras, s, e, cast, spans)
            if listing is not None:
                item = bullet_item(text, s, e) if zone == "BODY" else None
                if item is not None:
                    spans.append(make_span("speech", "QUOTE", item[0], item[1], text,
                                           {"speaker": listing, "kind": "indirect"}))
                    continue
                listing = None
            found = find_quotes(text, s, e, known)
            if zone == "TITLE" or (zone == "CAPTION" and text[s:e].strip() == headline):
                # a headline's "X kiến nghị …" is telegraphic, not speech (its alt text too)
                found = [q for q in found if q.kind == "direct"]
            added = len(spans)  # spans from here on are the ones this paragraph adds
            if carry is not None and not found and zone == "BODY" and len(held) < _HOLD \
                    and not _has_mark(text, s, e):
                held.append((s, e))  # inside the open quote if a later paragraph closes it
            else:
                if carry is not None:
                    found, carry = continued_quote(text, s, e, found, carry, spans, held)
                elif pending and not opens_with_mark(text, s, e):
                    pending = []
                held = []
            for q in found:
                sid = self._speaker(q.ref, q.role, text, cast, m_pos, m_names, spans)
                if sid is not None:
                    if pending and q.start - s <= 2:  # the quote opened paragraphs before
                        spans.extend(make_span("speech", "QUOTE", ps, pe, text,
                                               {"speaker": sid, "kind": "direct"})
                                     for ps, pe in pending)
                    spans.append(make_span("speech", "QUOTE", q.start, q.end, text,
                                           {"speaker": sid, "kind": q.kind}))
                    carry = sid if q.open else None
            last_attrs = (spans[-1].attrs or {}) if len(spans) > added else {}
            if last_attrs.get("kind") == "indirect" \
                    and text[spans[-1].end:e].strip() == "" and text[spans[-1].end - 1] == ":" \
                    and bullet_item(text, *_next_paragraph(paras, e)) is not None:
                listing = last_attrs["speaker"]  # the items are the words, not "… :"
                spans.pop()
            pending = unattributed_open(text, s, e, found, spans, pending, carry)
            if len(spans) > added:  # only a paragraph with a new quote has follow-on ones
                follow_on(text, s, e, spans, added)
            dangling = dangling_cue(text, s, e, known)
            if dangling is not None:  # "Ông X nhấn mạnh:" then the quote in the next paragraph
                carry = self._speaker(dangling[0], dangling[1], text, cast, m_pos, m_names)
                held = []
                if carry is not None and zone == "BODY" and text[s:e].rstrip().endswith(":") \
                        and bullet_item(text, *_next_paragraph(paras, e)) is not None:
                    listing, carry = carry, None  # "HCDC khuyến cáo người dân:" over a list
        main = main_speaker(spans, cast)
        echoed: dict[str, str] = {}  # headline quote -> the speaker the body gives it
        for s, e, before in headline_quotes(text, paras, zones):
            title = title_re().search(before)
            post = before.rstrip(" :-–").strip()
            person = (cast.by_title(post[title.start():]) if title and title.start() < len(post) else None) \
                or (cast.by_title(title.group()) if title else None)  # "Giám đốc ILO tại Việt Nam:
            # “…”": the director of that body first, any director after
            named = name_before_mark(text, s, known)
            again = _repeated_by(text, s, e, spans) or (  # the body quotes it again, with a
                echoed.get(text[s:e]))  # cue; an alt text's copy as the headline's
            if again is not None:
                echoed[text[s:e]] = again
            sid = (cast.speaker(named).sid if named is not None
                   else again if again is not None
                   else None if said_before(before)  # "X tuyên bố '…'" said by nobody after
                   else person.sid if person is not None else main)
            same = [sp for sp in spans if sp.start < e and s < sp.end]
            if sid is not None and not same:
                spans.append(make_span("speech", "QUOTE", s, e, text,
                                       {"speaker": sid, "kind": "direct"}))
            if again is not None:  # the alt text's copies of the headline: the same speaker
                for sp in spans:
                    if sp.label == "QUOTE" and sp.attrs and sp.attrs.get("kind") == "direct" \
                            and text[sp.start:sp.end] == text[s:e]:
                        sp.attrs["speaker"] = again
        for sp in spans:  # "…, Lam Vy: “…”" in a headline or caption: the stage name the cast
            if sp.label == "QUOTE" and sp.attrs and sp.attrs.get("kind") == "direct":  # knows
                run = _cast_name_before_mark(text, sp.start, cast)
                if run is not None and split_name(run, False) is None and any(
                        a <= sp.start < b and z in ("TITLE", "CAPTION") for (a, b), z in zip(paras, zones, strict=True)):
                    sp.attrs["speaker"] = cast.speaker(run).sid
        spans.sort(key=lambda sp: (sp.start, sp.end))
        spans = join_paragraph_quotes(text, spans)
        used = {sp.attrs["speaker"] for sp in spans if sp.attrs}
        # built without validation: the values are the cast's strings (as Speaker(...) would)
        speakers = [Speaker.model_construct(id=p.sid, name=full_firm(text, real_name(text, p.name)), role=p.role)
                    for p in cast.people if p.sid in used]
        return ExtractResult(spans=spans, speakers=speakers)

    @staticmethod
    def _signed(text: str, paras: list[tuple[int, int]], s: int, e: int, cast: Cast,
                spans: list) -> None:
        """A pull quote at ``text[s:e]`` (one quotation) signed on the next line by a dash and
        a name (``— Ông Trương Đình Khoa, cố vấn …``): the named person's QUOTE."""
        said = _WHOLE_QUOTE.match(text, s, e)
        ns, ne = _next_paragraph(paras, e)
        sign = _SIGNATURE.fullmatch(text, ns, ne) if said is not None else None
        if said is None or sign is None:
            return
        name = split_name(sign.group("name"), sign.group("title") is not None)
        if name is None:
            return
        who = cast.speaker(name, (sign.group("role") or "").strip() or None)
        spans.append(make_span("speech", "QUOTE", said.start(1), said.end(1), text,
                               {"speaker": who.sid, "kind": "direct"}))

    @staticmethod
    def _strap(text: str, paras: list[tuple[int, int]], s: int, e: int, cast: Cast,
               spans: list) -> None:
        """A TV strap's name line at ``text[s:e]``: when a role line and a paragraph that is
        one quotation follow, that quotation is the named person's (a QUOTE added to
        ``spans``)."""
        raw = _NAME_ALONE.fullmatch(text, s, e)
        if raw is None:
            return
        name = raw.group("name")
        if name.isupper():
            name = " ".join(w.capitalize() for w in name.split())  # "NGUYỄN THỊ HỒNG"
        found = split_name(name, raw.group("name") != text[s:e])
        if len(name.split()) <= 4 and (found is not None or _CLAN_NAME.fullmatch(name)):
            found = name  # a strap prints the whole name: "Bà Bhling Thị Hoa", "Alăng Thơ"
        name = found
        rs, re_ = _next_paragraph(paras, e)
        if name is None or not _ROLE_ALONE.fullmatch(text, rs, re_):
            return
        said = _WHOLE_QUOTE.match(text, *_next_paragraph(paras, re_))
        if said is None or said.end() - said.start() <= 12:
            return
        who = cast.speaker(name, text[rs:re_].strip())
        spans.append(make_span("speech", "QUOTE", said.start(1), said.end(1), text,
                               {"speaker": who.sid, "kind": "direct"}))

    @staticmethod
    def _speaker(ref: NameRef, role: str | None, text: str, cast: Cast, m_pos: list[int],
                 m_names: list[str], spans: list | None = None) -> str | None:
        post = _VI_POST.match(text, ref.start) if ref.name is None and ref.title is None else None
        held = cast.by_title(lower(post.group(1))) if post is not None else None
        if held is not None and title_re().match(held.name.casefold()):  # "vị Chủ tịch xã
            return held.sid  # khẳng định": the speaker named by that post ("Chủ tịch UBND xã X")
        if ref.name is None:
            head_of = _HEAD_OF_GOVERNMENT.match(text, ref.start) if ref.title is None else None
            if head_of is not None:  # "người đứng đầu chính quyền thành phố nói": its chairman
                level = head_of.group(1).casefold()
                chair = (cast.by_title("chủ tịch ubnd tp") or cast.by_title("chủ tịch ubnd thành phố")
                         if level == "thành phố" else cast.by_title(f"chủ tịch ubnd {level}"))
                chair = chair or cast.by_title("chủ tịch")
                if chair is not None:
                    return chair.sid
            if ref.title in PROSECUTION and cast.by_title(ref.title) is None:
                procuracy = procuracy_before(text, ref.start)  # "Kiểm sát viên phân tích"
                # with no prosecutor named: the procuracy
                if procuracy is not None:
                    return cast.speaker(procuracy).sid
            if ref.title in ("người phát ngôn", "phát ngôn viên"):
                named = cast.by_title(ref.title)  # "Người phát ngôn Bộ Ngoại giao Đỗ Thu Hà"
                if named is not None and not is_org_name(named.name):
                    return named.sid
            kin = _KIN_EPITHET.match(text, ref.start) if ref.title is None else None
            if kin is not None:  # "người mẹ 47 tuổi cười" after "Mẹ Vy kể, …": that mother
                word = lower(kin.group(1)) + " "
                relative = next((p for p in reversed(cast.people) if p.name.startswith(word)), None)
                if relative is not None:
                    return relative.sid
            if ref.title in ("đại diện chủ đầu tư", "đại diện doanh nghiệp", "đại diện công ty"):
                rep = ref.start + max(0, lower(text[ref.start:ref.start + len(ref.title) + 4]).find(ref.title))
                return _last_org_speaker(rep + len("đại diện "), spans or [], cast, text)  # (after "vị")
            if ref.title in _SPOKESPEOPLE:
                # "Người phát ngôn khẳng định", "Đơn vị này đề nghị": the body that spoke last
                return _last_org_speaker(ref.start, spans or [], cast, text)
            if ref.title and ref.title.startswith("phóng viên "):
                paper = _PAPER_OF.match(text, ref.start)
                if paper is not None:  # "Phóng viên Báo Thanh Niên đặt câu hỏi": the paper
                    return cast.speaker(paper.group("paper")).sid
            if ref.title and ref.title.startswith("đại diện "):
                acr = text[ref.start:ref.start + len(ref.title) + 3].split()[-1]
                if acr.isupper() and acr.isalpha() and len(acr) >= 2 and lower(acr) == ref.title.split()[-1]:
                    full = defined_abbreviation(text, acr, ref.start)  # "vị đại diện EVN": the
                    return cast.speaker(full or acr).sid  # body its acronym stands for
            if ref.title and ref.title.startswith("đại diện ") and lower(
                    text[ref.start:ref.start + 3]) == "vị ":
                member = cast.member_of(ref.title.removeprefix("đại diện ").strip())
                if member is not None:  # "Vị đại diện Bộ Công Thương": the official of that
                    return member.sid  # ministry introduced before
            if ref.title and ref.title.startswith("đại diện "):
                phrase = text[ref.start:ref.start + len(ref.title)]
                body = phrase.split(None, 2)[2] if len(phrase.split(None, 2)) == 3 else ""
                if body[:1].isupper() and is_org_name(body):  # "Đại diện Ban Quản lý dự án
                    return cast.speaker(body).sid  # … thành phố Hà Nội cho biết": the body
                kind = BODY_KIND.fullmatch(ref.title)
                body_sid = body_of_kind(kind.group(1), cast) if kind is not None else None
                if body_sid is not None:  # "vị đại diện cơ quan công an": the police unit
                    return body_sid  # that the article named
            if ref.title and _NATION_IN_EPITHET.match(text, ref.start):
                holder = cast.by_title(ref.title)
                foreigner = _foreigner_by_epithet(text, ref.start, cast, m_pos, m_names) if (
                    holder is not None and not any(is_foreign(w) for w in holder.name.split())) else None
                if foreigner is not None:  # "chiến lược gia người Brazil": the coach with a
                    return foreigner  # foreign name, not the home team's Vietnamese coach
            if ref.title:
                person = cast.by_title(ref.title)
                if person is not None and m_names and _gender(
                        text[ref.start:ref.start + 6].split(" ", 1)[0], "") is not None and not any(
                        cast.full_name(n) == person.name
                        for n in m_names[:bisect.bisect_right(m_pos, ref.start)]) \
                        and person.name in {cast.full_name(n) for n in m_names}:
                    person = None  # named only later in the text: not who "nữ bác sĩ" is
                body = text[ref.start + 15:ref.start + len(ref.title)] if (
                    person is None and ref.title.startswith("người đứng đầu ")) else ""
                if body[:1].isupper() and sum(w[:1].isupper() for w in body.split()) >= 2:
                    # "Người đứng đầu Vụ Bảo hiểm y tế" with no head named: the body speaks
                    # (not "Đảng bộ tỉnh", not "ngành ngoại giao Trung Quốc")
                    return cast.speaker(body).sid
                want = _gender(text[ref.start:ref.start + 6].split(" ", 1)[0], "")
                if person is not None and want is not None and _person_gender(
                        text, person.name) != want:
                    same = cast.by_role_word(ref.title, lambda name: _person_gender(text, name) != want)
                    if same is None and _person_gender(text, person.name) is not None:
                        # "Thận trọng hơn, bà X … Giám đốc Phân tích …" then "nữ
                        # chuyên gia lưu ý": the latest woman mentioned, if any
                        k = bisect.bisect_right(m_pos, ref.start) - 1
                        for j in range(k, max(-1, k - 12), -1):
                            full = cast.full_name(m_names[j])
                            if _person_gender(text, full) == want:
                                same = cast.speaker(full)
                                break
                    if same is not None:  # "nữ chuyên gia lưu ý": the woman among the experts
                        person = same
                    elif _person_gender(text, person.name) is not None:
                        person = None  # "nữ chuyên gia nói": not the man who is also an expert
                if person is not None and m_names:
                    person = _holder_named_before(ref.title, ref.start, person, cast, m_pos, m_names)
                if person is not None:
                    return person.sid
                post = title_re().match(ref.title)
                if post is not None and post.end() < len(ref.title) and is_country(
                        ref.title[post.end():].strip()):  # "Thủ tướng Nhật Bản khẳng định"
                    return cast.speaker(text[ref.start:ref.start + len(ref.title)]).sid
                inspector = post is not None and post.group().endswith("chánh thanh tra")
                body = "thanh tra" if inspector else post.group().rsplit(" ", 1)[-1] if post is not None \
                    and post.group().endswith((" ubnd", " hđnd")) else ""
                if body and post is not None and _BARE_LEVEL.fullmatch(ref.title, post.end()):
                    level = ref.title[post.end():].strip()  # "Chánh Thanh tra tỉnh khẳng định",
                    office = next((n for n in org_mentions(text, 0, len(text))  # "Phó Chủ tịch
                                   if lower(n).startswith(f"{body} {level} ")), None)  # UBND tỉnh
                    place = _CAPITALS.match(office, len(body + " " + level) + 1) if office else None
                    if place is not None:  # yêu cầu": the province of the body the text names
                        said = text[ref.start:ref.start + len(ref.title)]
                        return cast.speaker(f"{said} {place.group()}").sid
                if post is not None and (_BODY_AFTER_POST.match(ref.title, post.end()) or (
                        (post.group().endswith((" ubnd", " hđnd")) or inspector) and _PLACE_AFTER_BODY.match(
                            ref.title, post.end()))):
                    # "Giám đốc Sở Y tế thành phố Đà Nẵng giải trình" nobody was introduced
                    # as: the post is the speaker (docs/gsmark.md, sets 26-27, 45-47)
                    return cast.speaker(text[ref.start:ref.start + len(ref.title)]).sid
                if ref.title not in vocab()["titles"]:
                    return None  # "Giám đốc Sở Tài chính" nobody was introduced as
            head = epithet_head(text, ref.start) if ref.title is None else None
            if head in ("nhà vô địch", "tân vương"):
                winner = _winner(text, ref.start, cast)
                if winner is not None:  # "Nhà vô địch mới cho biết": who won, in the title
                    return winner
            if head is not None:
                aged = _by_age(text, ref.start, cast)
                if aged is not None:  # "“…”, người nông dân Chăm 62 tuổi nói": the person
                    return aged  # introduced as "(62 tuổi)"
            if head == "đứng đầu":
                leader = _by_head(text, ref.start, cast)
                if leader is not None:  # "Người đứng đầu doanh nghiệp cảng": who heads it
                    return leader
            if head is not None and len(head) > 4:
                want = _gender(text[ref.start:ref.start + 6].split(" ", 1)[0], "")
                seen = {cast.full_name(n) for n in m_names[:bisect.bisect_right(m_pos, ref.start)]}
                for word in dict.fromkeys((head, head.removeprefix("nhà "))):  # "nhà thiên văn
                    # học" of "Hội Thiên văn học"
                    holder = cast.by_role_word(word, lambda name: _person_gender(
                        text, name) != want or name not in seen) if want is not None else None
                    # "nữ bác sĩ": a woman doctor named before, not a doctor named later
                    holder = holder or cast.by_role_word(word, lambda name: want is not None and _person_gender(
                        text, name) not in (None, want))  # "Vị chỉ huy chữa cháy": the commander
                    if holder is not None:
                        return holder.sid
                officer = _member_by_epithet(text, ref.start, cast)
                if officer is not None:  # "Vị cán bộ công an": the officer whose post names
                    return officer  # the police
                foreigner = _foreigner_by_epithet(text, ref.start, cast, m_pos, m_names)
                if foreigner is not None:  # "nhà quản lý người Hàn Quốc": the latest person
                    return foreigner  # with a foreign name, not the Vietnamese interpreter
            if ref.title is None:
                coach = _by_synonym(text, ref.start, cast)
                if coach is not None:  # "Nhà cầm quân 51 tuổi cũng thừa nhận": the coach
                    return coach
            if spans and _ADDS.match(text, ref.start):  # "Ông cho biết thêm": who spoke last
                last = _last_speaker(text, ref.start, spans, cast)
                if last is not None:
                    return last
            k = bisect.bisect_right(m_pos, ref.start) - 1
            if spans and ref.title is None:
                went_on = _went_on(text, ref.start, spans, cast, m_pos[k] if k >= 0 else -1)
                if went_on is not None:  # "Luật sư X … cho rằng A. Ông đề nghị B": X again
                    return went_on
            if text[max(0, ref.start - 6):ref.start].rstrip(" ,-–").endswith("”"):
                opened = text.rfind("“", 0, ref.start)  # '“… bà Montoya …”, chính khách 54
                while k >= 0 and m_pos[k] > opened:  # tuổi nhấn mạnh': not someone named
                    k -= 1  # inside the quote
            if k < 0:
                return None
            return cast.speaker(m_names[_same_gender(text, ref.start, k, m_pos, m_names,
                                                     cast)]).sid
        if ref.role_start is not None and ref.name.count(" ") <= 2 and is_country(ref.name) \
                and cast.full_name(ref.name) == ref.name:  # (not "Luật sư Nga" of Quỳnh Nga)
            name_at = text.find(" " + ref.name, ref.role_start, ref.start + 200) + 1
            title = text[ref.role_start:name_at].strip(" ,-–") if name_at > ref.role_start else ""
            if title and len(title.split()) <= 4 and title_re().match(title):
                return cast.speaker(f"{title} {ref.name}").sid  # "Thủ tướng Anh tuyên bố": a
                # leader named by the post, no person's name
        if ref.role_start is not None and role is None:
            name_at = text.find(ref.name, ref.role_start, ref.start + 200)  # the name after it
            title = text[ref.role_start:name_at].strip(" ,-–") if name_at > ref.role_start else ""
            role = title if title and ". " not in title and not any(
                ch in title for ch in "!?:;\"“”") else None  # a title, not a sentence
        shared = namesake(text, ref, cast) if " " not in ref.name else None
        if shared is not None:  # "Bác sĩ Sơn" when the father is "ông Sơn" too
            return shared
        return cast.speaker(ref.name, role).sid


_BODY_AFTER_POST: Final = re.compile(r"\s+(?:(?:kinh tế|văn hóa - xã hội|văn hóa|tư pháp|tài chính|nội vụ|"
                                     r"kinh tế - hạ tầng|tài nguyên và môi trường|nông nghiệp)\s+)?"  # a section
                                     r"(?:sở|bộ|cục|tổng cục|chi cục|ubnd|ủy ban nhân dân|"
                                     r"hđnd|viện|bệnh viện|trung tâm|công an)\s+[^\s,]+")
_HEAD_OF_GOVERNMENT: Final = re.compile(r"(?i:người đứng đầu chính quyền)\s+(tỉnh|thành phố|xã|phường)(?!\w)")


def _headline_star(text: str, paras: list[tuple[int, int]], zones: list[str]) -> str | None:
    """The capitalised name with no surname opening a headline quote (``Vân Du: “…”``) when
    the article writes it three times or more: a stage name, known as a person's name."""
    for (s, e), zone in zip(paras, zones, strict=True):
        if zone != "TITLE":
            continue
        said = _STAR_SAYS.match(text, s, e)
        if said is not None and split_name(said.group("name"), False) is None \
                and text.count(said.group("name")) >= 3 and not is_org_name(said.group("name")):
            return said.group("name")
    return None


_STAR_SAYS: Final = re.compile(rf"(?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,2}})\s*:\s*[“\"]")


def _cast_name_before_mark(text: str, s: int, cast: Cast) -> str | None:
    """The capitalised run right before the ``:`` of a headline quote at ``s`` when the cast
    knows it as a person's whole name (``…, Lam Vy: “…”`` after ``nữ diễn viên Lam Vy``)."""
    m = _RUN_BEFORE_COLON.search(text, max(0, s - 60), s)
    if m is None:
        return None
    run = m.group("run")
    if text[max(0, m.start() - 2):m.start()] not in (", ", "\n") and m.start() > 0:
        return None  # "Chủ tịch Đông Á Thanh Hóa: “…”": a post and its club, not a name
    role = cast.roles.get(run) or next((p.role for p in cast.people if p.name == run), None)
    return run if role and title_re().match(role) else None  # (a person with a post, not a club)


_RUN_BEFORE_COLON: Final = re.compile(rf"(?P<run>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,3}})\s*:\s*[“\"‘']?$")


def full_firm(text: str, name: str) -> str:
    """``name``, or the company's full name the text wrote first when ``name`` shortens it to
    its head and its last words (``Công ty Sao Việt`` → ``Công ty cổ phần Dịch vụ thanh toán
    Sao Việt``)."""
    if not name.startswith(("Công ty ", "Tập đoàn ")) or len(name.split()) > 5:
        return name
    head, tail = (" ".join(name.split()[:2]), " ".join(name.split()[2:]))
    if not tail:
        return name
    m = re.search(rf"{head}(?:\s+[^\s,.;:()“”\"]+){{1,8}}?\s+{re.escape(tail)}(?![\w])", text)
    return m.group() if m is not None and m.group() != name else name


def real_name(text: str, name: str) -> str:
    """``name``, or the real name the text gives for it when ``name`` is a stage name
    (``Hạ Miên tên thật là Lục Thanh Miên``, ``Trọng Khang (tên thật Lê Trọng Khang)``):
    speakers go by their real names (docs/gsmark.md, held-out sets 149 and 151)."""
    if "tên thật" not in text:
        return name
    m = re.search(re.escape(name) + _REAL_NAME_AFTER, text)
    return m.group("real") if m is not None else name


_REAL_NAME_AFTER: Final = (rf"\s*[(,]?\s*(?:có\s+)?tên thật(?:\s+là)?\s+"
                           rf"(?P<real>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,4}})")
# "Phó Chủ tịch UBND TP Hà Nội": a post of a people's committee, then its place.
# "vị" before a capitalised post and its level: "vị Chủ tịch xã", "vị Phó Giám đốc Sở".
_VI_POST: Final = re.compile(rf"(?i:vị)\s+([{UPPER}]\w*(?:\s+\w+){{1,3}}?)(?=\s+[a-zà-ỹđ]+\b(?:\s|[.,]|$))")
_CAPITALS: Final = re.compile(rf"[{UPPER}]\w*(?:\s+[{UPPER}]\w*)*")
_BARE_LEVEL: Final = re.compile(rf"\s+(?:{'|'.join(ADMIN_LEVELS)})")
_PLACE_AFTER_BODY: Final = re.compile(r"\s+(?:tỉnh|tp\.?|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)\s+\S+")
_PAPER_OF: Final = re.compile(rf"(?i:phóng viên)\s+(?i:báo|tạp chí|đài|truyền hình|kênh)\s+"
                              rf"(?P<paper>[{UPPER}]\w*(?:\s+[{UPPER}\d]\w*){{0,4}})")
_ADDS: Final = re.compile(r"\S+(?:\s+(?:này|ấy))?(?:\s+\S+){1,3}?\s+thêm(?!\w)")


def _went_on(text: str, at: int, spans: list, cast: Cast, mentioned: int) -> str | None:
    """The speaker of the quote ending the sentence right before the pronoun at ``at``
    (same paragraph, no name mentioned after that quote), when the pronoun can stand for
    them: a pronoun opening the next sentence goes on with the speaker."""
    before = [sp for sp in spans if sp.label == "QUOTE" and sp.end <= at]
    if not before:
        return None
    last = max(before, key=lambda sp: sp.end)
    gap = text[last.end:at]
    if "\n" in gap:
        return None
    if len(gap) > 4:  # '“…”, Thu Trang nói trong buổi họp báo lúc 21h30. Cô cho biết …': the
        said = _SAID_CLAUSE.fullmatch(gap)  # sentence of the quote names its speaker only
        name = {p.sid: p.name for p in cast.people}.get(last.attrs.get("speaker"), "")
        caps = [w for w in re.findall(rf"[{UPPER}]\w*", gap)]
        if said is None or not name or not caps or any(w not in name.split() for w in caps):
            return None
        return _last_speaker(text, at, [last], cast)
    if mentioned >= last.end:
        return None
    return _last_speaker(text, at, [last], cast)


# The rest of a quote's sentence: its cue and speaker, then the sentence's end.
_SAID_CLAUSE: Final = re.compile(r"[”\"]?\s*,\s*[^.!?\n“”]{2,100}[.!?]\s+")


def _last_speaker(text: str, at: int, spans: list, cast: Cast) -> str | None:
    """The speaker of the latest QUOTE before ``at`` that the pronoun at ``at`` can stand for."""
    want = _gender(text[at:at + 6].split(" ", 1)[0], "")
    names = {p.sid: p.name for p in cast.people}
    for sp in sorted((sp for sp in spans if sp.label == "QUOTE" and sp.end <= at),
                     key=lambda sp: sp.start, reverse=True):
        sid = sp.attrs["speaker"]
        got = _gender("", names.get(sid, ""))
        if want is None or got is None or got == want:
            return sid
    return None


def _member_by_epithet(text: str, at: int, cast: Cast) -> str | None:
    """The speaker id of the person whose role names the body in the epithet at ``at``
    (``công an`` of ``Vị cán bộ công an khuyến cáo``): the two or three lowercase words after
    the person noun, longest first, or None."""
    m = _EPITHET_BODY.match(text, at)
    if m is None:
        return None
    words = m.group("rest").split()
    for n in (3, 2):
        if len(words) >= n:
            member = cast.member_of(" ".join(words[:n]))
            if member is not None:
                return member.sid
    if words and lower(words[0]) in _UNIT_WORDS and lower(text[at:at + 20]).split()[1] == "lãnh":
        for person in reversed(cast.people):  # "Vị lãnh đạo xã": who heads a commune
            role = (person.role or "").casefold()
            if any(t in role for t in HEAD_TITLES) and f" {lower(words[0])} " in f" {role} ":
                return person.sid
    return None


def _by_head(text: str, at: int, cast: Cast) -> str | None:
    """The speaker id of the person heading what the epithet at ``at`` names (``Người đứng
    đầu doanh nghiệp cảng`` → the Tổng Giám đốc of Công ty … Cảng …): among the people whose
    role opens with a head's title, the one sharing most words (one at least) with the
    epithet, the latest on a tie; else None."""
    tail = lower(text[at:at + 80]).split("đứng đầu", 1)[-1]
    words = set(re.findall(r"[^\W\d_]+", re.split(r"[,.;:!?“”\"(]", tail, maxsplit=1)[0])[:5])
    words -= _BODY_FILLER_WORDS
    best: str | None = None
    best_score = 1  # one word shared at least: not "nước chủ nhà" for a guest
    posts = [(p.name, p.role, True) for p in cast.people]  # speakers (the latest on a tie),
    posts += [(name, role, False) for name, role in cast.roles.items()]  # then people
    for name, post, spoke in posts:  # introduced with a post who have not spoken yet
        role = (post or "").casefold()
        if not any(part.strip().startswith(_LEADER_TITLES) for part in role.split(",")):
            continue  # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": a head in one of the posts
        score = len(words & set(role.split()))
        if score > best_score or (score == best_score and (spoke or best is None)):
            best, best_score = name, score
    return cast.speaker(best).sid if best is not None else None


_LEADER_TITLES: Final = (*HEAD_TITLES, "thủ tướng", "tổng thống", "chủ nhiệm", "tổng bí thư",
                         "trưởng", "người đứng đầu")
_BODY_FILLER_WORDS: Final = frozenset("ngành của các cơ quan đơn vị và cũng đã vừa".split())


def _by_age(text: str, at: int, cast: Cast) -> str | None:
    """The speaker id of the person last introduced with the age that the epithet at ``at``
    gives (``người nông dân 62 tuổi`` → ``ông X (62 tuổi)``), or None."""
    m = _EPITHET_AGE.match(text, at)
    if m is None:
        return None
    found = None
    for intro in _AGED_NAME.finditer(text, 0, at):
        if intro.group("age") == m.group("age"):
            found = intro.group("name").split()
    honor = word_sets()["honor_titles"]
    while found and found[0].casefold() in honor:
        found = found[1:]  # "Ông Đàng Văn Sơn (62 tuổi)" opening a sentence
    return cast.speaker(cast.full_name(" ".join(found))).sid if found else None


# An age inside an epithet, before the cue: "người nông dân Chăm 62 tuổi nói".
_EPITHET_AGE: Final = re.compile(r"[^.,;:!?“”\"()\n]{0,50}?(?<!\d)(?P<age>\d{1,3})\s+tuổi(?!\w)")
# A name introduced with an age: "ông Đàng Văn Sơn (62 tuổi)", "chị Lan, 35 tuổi,".
_AGED_NAME: Final = re.compile(rf"(?<!\w)(?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}})"
                               rf"\s*[(,]\s*(?P<age>\d{{1,3}})\s+tuổi(?!\w)")


def _by_synonym(text: str, at: int, cast: Cast) -> str | None:
    """The speaker id of the latest person whose role holds a title that the description at
    ``at`` is a synonym of (``Nhà cầm quân`` → ``HLV``), or None."""
    low = lower(text[at:at + 24])
    for key, heads in title_synonyms().items():
        if low.startswith(key + " ") and key not in heads:
            for head in heads:
                person = cast.by_role_word(head)
                if person is not None:
                    return person.sid
            named = None
            for m in _TITLED_NAME.finditer(text, 0, at):  # a coach named, not yet speaking:
                if lower(m.group("title")) in heads:  # "HLV Trần Đình Khải tung …"
                    named = m.group("name")
            if named is not None:
                return cast.speaker(cast.full_name(named)).sid
    return None


_TITLED_NAME: Final = re.compile(rf"(?<!\w)(?P<title>HLV|[Hh]uấn luyện viên|[Ll]uật sư|LS|[Bb]ác sĩ|BS)"
                                 rf"\s+(?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,3}})")


# Units a leader heads: "Vị lãnh đạo xã", "lãnh đạo sở".
_UNIT_WORDS: Final = frozenset("xã phường tỉnh huyện sở bộ ngành thành phố đặc khu".split())


_EPITHET_BODY: Final = re.compile(r"(?i:vị|người|nữ|nam)\s+(?:cán bộ|chiến sĩ|chuyên gia|đại diện|"
                                  r"lãnh đạo|nhân viên)\s+(?P<rest>(?:[^\W\d_]+\s+){1,3})")


def _foreigner_by_epithet(text: str, at: int, cast: Cast, m_pos: list[int],
                          m_names: list[str]) -> str | None:
    """For an epithet naming a foreign nationality (``nhà quản lý người Hàn Quốc``), the
    speaker id of the latest person mentioned before ``at`` whose name is foreign (a word no
    Vietnamese syllable, or a hyphen: ``Park Jun-young``), or None."""
    m = _OF_NATION.match(text, at)
    if m is None or not is_country(m.group("nation")) or m.group("nation") == "Việt Nam":
        return None
    k = bisect.bisect_right(m_pos, at)
    nation = m.group("nation")
    found: list[str] = []
    for j in range(k - 1, max(-1, k - 13), -1):
        full = cast.full_name(m_names[j])
        words = full.split()
        if 2 * sum(is_foreign(w) or "-" in w for w in words) >= len(words) and not is_org_name(full):
            if nation in text[max(0, m_pos[j] - 80):m_pos[j] + 60]:
                return cast.speaker(full).sid  # "Kenta Moriyama (Nhật Bản)": his country
            found.append(full)  # (not the team "Sài Gòn Lotus")
    return cast.speaker(found[0]).sid if found else None


_NATION_IN_EPITHET: Final = re.compile(rf"[a-zà-ỹđ ]{{2,30}}\sngười\s+[{UPPER}]")
_OF_NATION: Final = re.compile(rf"[^,.;:“”\n]{{0,40}}?\bngười\s+(?P<nation>[{UPPER}]\w*(?:\s+[{UPPER}]\w*)?)")


# A winner's verb: "Trần Quốc Hưng đoạt đai …", "X lên ngôi vô địch".
_WON: Final = re.compile(r"\s(?:đoạt|giành|lên ngôi|đăng quang|vô địch)(?!\w)")


def _winner(text: str, before: int, cast: Cast) -> str | None:
    """The speaker id of the first person named right before a winner's verb (``đoạt``,
    ``giành``, ``lên ngôi``) in ``text[:before]``, or None."""
    for m in _WON.finditer(text, 0, before):
        ref = name_at_end(text, m.start(), max(0, m.start() - 80))
        if ref is not None and ref.name is not None and split_name(ref.name, True):
            return cast.speaker(cast.full_name(ref.name)).sid
    return None


_SPOKESPEOPLE: Final = frozenset(("người phát ngôn", "phát ngôn viên", "đại diện", "người đại diện",
                           ORG_ANAPHOR))


# Bodies "doanh nghiệp này" can stand for (not an industrial park or a ministry named later).
_COMPANY_KINDS: Final = ("công ty", "tổng công ty", "tập đoàn", "doanh nghiệp", "hợp tác xã",
                         "ngân hàng", "nhà máy", "xí nghiệp")


def _holder_named_before(title: str, at: int, person: Person, cast: Cast, m_pos: list[int],
                         m_names: list[str]) -> Person:
    """``person`` holding ``title``, or, when the text names ``person`` only after ``at``,
    the latest of the 12 people named before ``at`` who holds it (``Luật sư đề nghị …`` after
    ``luật sư Đỗ Thị Yến (Đoàn Luật sư …)``, before ``Còn luật sư Vũ Mạnh Cường``)."""
    before = [cast.full_name(n) for n in m_names[max(0, bisect.bisect_right(m_pos, at) - 12):
                                                 bisect.bisect_right(m_pos, at)]]
    if person.name in before or not any(cast.full_name(n) == person.name for n in m_names):
        return person
    for full in reversed(before):
        if full != person.name and cast.has_title(full, title):
            return cast.speaker(full)
    return person


def _last_org_speaker(at: int, spans: list, cast: Cast, text: str = "") -> str | None:
    """The organisation that spoke last before ``at`` (a QUOTE of a speaker named by an
    organisation head: ``Bộ Công an``), or one named after it in the paragraphs just
    before (``Tại siêu thị của Công ty X, … Đại diện doanh nghiệp này cho biết``), or None."""
    orgs = {p.sid for p in cast.people if is_org_name(p.name)}
    spoke_at, sid = -1, None
    for sp in sorted((sp for sp in spans if sp.label == "QUOTE" and sp.end <= at),
                     key=lambda sp: sp.start, reverse=True):
        if sp.attrs["speaker"] in orgs:
            spoke_at, sid = sp.end, typing.cast(str, sp.attrs["speaker"])
            break
    if text:
        head = lower(text[at:at + 24]).split(" này")[0].split(" trên")[0]
        investor = named_investor(text, at) if head.startswith("chủ đầu tư") else None
        if investor is not None:  # "Ban Quản lý dự án X, chủ đầu tư, …": that body
            return cast.speaker(investor).sid
        kind = _COMPANY_KINDS if head == "doanh nghiệp" or head.startswith(("chủ đầu tư", "đơn vị tổ chức")) \
            else head if head in ANAPHOR_KINDS else ""  # "Đại diện chủ đầu tư": the company
        if kind:  # "Sở này": the last body of that kind, spoken or named
            named = last_org_mention(text, max(at - 3000, 0), at, kind)
            if named is not None:
                longer = next((p.sid for p in cast.people if p.sid in orgs and p.name != named
                               and p.name.startswith(named)), None)
                return longer or cast.speaker(named).sid  # ("Sở Nội vụ TP" cut at "TP.HCM")
        named = last_org_mention(text, max(spoke_at, at - 600, 0), at)
        if named is not None:
            return cast.speaker(named).sid
    return sid


_MALE: Final = frozenset("ông anh chú thầy cậu chàng nam".split())
_FEMALE: Final = frozenset("bà chị cô nàng nữ".split())


def _gender(word: str, name: str) -> str | None:
    low = word.casefold()
    if low in _MALE:
        return "m"
    if low in _FEMALE:
        return "f"
    parts = name.casefold().split()
    if "thị" in parts[1:-1]:
        return "f"
    return "m" if not _MALE_MIDDLES.isdisjoint(parts[1:-1]) else None


# Middle names given to men only ("Trần Quốc Huy", "Nguyễn Hữu Tài"); "Thị" is women's.
_MALE_MIDDLES: Final = frozenset("văn quốc đức hữu công trọng đình mạnh bá".split())


def _person_gender(text: str, name: str) -> str | None:
    """``m``/``f`` from the name (``Văn``/``Thị``) or the form of address written before it
    in ``text`` (``ông Martin Kessler``), else None."""
    by_name = _gender("", name)
    if by_name is not None:
        return by_name
    at = text.find(" " + name)
    while at > 0:
        word = text[max(0, at - 5):at].split()[-1:] or [""]
        got = _gender(word[0], "")
        if got is not None:
            return got
        kin = text[max(0, at - 16):at].split()[-3:]  # "con trai là Minh Khôi"
        if "trai" in kin or "gái" in kin:
            return "m" if "trai" in kin else "f"
        at = text.find(" " + name, at + 1)
    return None


# A religious title or an elder's address standing alone for the person so named before.
_TITLE_AS_PRONOUN: Final = re.compile(r"(?i:(hòa thượng|thượng tọa|đại đức|ni sư|linh mục|mục sư|già làng|già))"
                                      r"\s+(?=[a-zà-ỹđ])")


def _same_gender(text: str, at: int, k: int, m_pos: list[int], m_names: list[str],
                 cast: Cast) -> int:
    """The latest mention before ``at`` (index ``k`` or earlier) that a pronoun can stand
    for: ``bà`` skips men (``ông X``, ``Nguyễn Văn X``), ``ông`` skips women."""
    titled = _TITLE_AS_PRONOUN.match(text, at)
    if titled is not None:  # "Hòa thượng nói": the latest one named after that title
        key = lower(titled.group(1))
        for j in range(k, max(-1, k - 20), -1):
            start = m_pos[j] - len(m_names[j])
            if lower(text[max(0, start - 16):start]).rstrip().endswith(key):
                return j
    word = text[at:at + 6].split(" ", 1)[0]
    elder = _ELDER_EPITHET.match(text, at)
    if elder is not None:  # "người bà 67 tuổi tâm sự": a grandmother, not "chị Hoa"
        word = elder.group(1)
    want = _gender(word, "")
    if want is None:
        kind = _KIND_OF_PERSON.match(text, at)  # "Người phụ nữ này", "Người đàn ông"
        want = None if kind is None else "f" if kind.group(1).casefold() in ("phụ nữ", "mẹ") else "m"
    if want is None:
        return k
    senior = word.casefold() in _SENIOR
    peer = lower(text[at:at + 8]).startswith(("cô bạn ", "cậu bạn ", "cô bé ", "cậu bé "))
    # An epithet ("Nữ nhà khoa học") goes to the latest person known to be of its gender
    # (from any form of address in the text), else to the latest of no known gender; a
    # pronoun to the latest that may be of it.
    described = epithet_head(text, at) is not None
    unknown: int | None = None
    for j in range(k, max(-1, k - 12), -1):
        name = m_names[j]
        before = text[max(0, m_pos[j] - len(name) - 12):m_pos[j] - len(name)].split()
        honorific = before[-1].casefold() if before else ""
        if honorific in _RANK_IN_FAMILY and len(before) >= 2:
            honorific = before[-2].casefold()  # "chị cả Lê Thị Thảo": "chị"
        if peer and honorific in _ELDERS:
            continue  # "cô bạn người H'Mông cười": a pupil, not "cô Hằng" her teacher
        if honorific and (honorific in _SENIOR) != senior and (
                honorific in _SENIOR or honorific in _JUNIOR) and (
                senior or word.casefold() in _JUNIOR):  # "nữ"/"nam" say no age
            continue  # "ông nói" is not "anh Hưng" (his son), "anh nói" not "ông Đông"
        got = _gender(before[-1] if before else "", cast.full_name(name))
        if got is None and len(before) >= 2 and before[-2] in ("trai", "gái"):
            got = "m" if before[-2] == "trai" else "f"  # "con trai là Minh Khôi"
        if got is None and described:
            got = _person_gender(text, cast.full_name(name))  # "anh Vũ Minh Khôi" elsewhere
        if got == want or (got is None and not described):
            return j
        if got is None and unknown is None:
            unknown = j
    return k if unknown is None else unknown


_SENIOR: Final = frozenset(("ông", "bà"))
_KIN_EPITHET: Final = re.compile(r"(?i:người)\s+(mẹ|cha|bố|vợ|chồng)(?!\w)")
_ELDER_EPITHET: Final = re.compile(r"(?i:người|cụ)\s+(bà|ông)(?!\w)")
_KIND_OF_PERSON: Final = re.compile(r"(?:người|bà|ông)\s+(phụ nữ|đàn ông|mẹ|cha|bố)(?!\w)",
                                    re.IGNORECASE)
_JUNIOR: Final = frozenset(("anh", "chị", "em", "cô", "cậu", "cháu", "bé"))
_ELDERS: Final = frozenset(("cô", "thầy", "ông", "bà", "anh", "chị", "chú", "bác"))
_RANK_IN_FAMILY: Final = frozenset(("cả", "út", "trai", "gái", "hai", "ba"))  # "chị cả X", "em út Y"


def _inside(ranges: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """``[s, e)`` lies in one of ``ranges`` (sorted and disjoint, as ``content_ranges``
    gives them; ``starts`` their starts): only the last one starting at or before ``s`` can
    hold it."""
    k = bisect.bisect_right(starts, s) - 1
    return k >= 0 and e <= ranges[k][1]


register(Speech)
