"""``speech@1``: interview TURNs and QUOTEs with their speakers (GUIDELINES.md, layer ``speech``).

Requires the ``zone`` layer. Works only inside content zones (TITLE, LEAD, BODY, CAPTION,
BYLINE; the whole text when there are no zones). Turns come from speaker labels
(:mod:`goldspan.extract.speech_labels`), quotes outside turns from quotation marks and cue
verbs (:mod:`goldspan.extract.speech_quotes`), and the cast — one speaker per person with
the role read from the text, short names resolved, the interviewer named by the byline — from
:mod:`goldspan.extract.speech_cast`. A pronoun subject (``ông``, ``bà này``) is the person
mentioned last before it.
"""

from __future__ import annotations

import bisect
import re
import typing
from functools import lru_cache
from importlib.resources import files

from goldspan.extract.base import Extractor, ExtractResult, make_span
from goldspan.extract.common import content_ranges, paragraph_ranges
from goldspan.extract.registry import register
from goldspan.extract.speech_cast import (
    LOWER,
    SYL,
    UPPER,
    Cast,
    NameRef,
    lexicon,
    name_at_end,
    role_after,
    split_name,
    title_re,
    title_start,
    vocab,
)
from goldspan.extract.speech_labels import find_turns, interviewer_name
from goldspan.extract.speech_quotes import Quote, dangling_cue, find_quotes, quote_pairs
from goldspan.extract.speech_subjects import ORG_ANAPHOR, is_org_name
from goldspan.model.document import Document, Speaker

_QUOTE_ZONES = ("TITLE", "LEAD", "BODY", "CAPTION")


# ``(?<!\w){RUN}`` with the first capital matched before the look-behind (``(?<!\w.)``
# over it and the character before): the engine can then skip to the next capital letter.
# The syllables after the first are group 1: ``m.lastindex`` is None for a one-syllable run.
_RUN_RE = re.compile(rf"[{UPPER}](?<!\w.){SYL.removeprefix(f'[{UPPER}]')}"
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
    organisation or department (``Hợp tác xã``, ``Phân tích``, ``Công ty``): the entity
    gazetteers' ``name_lexicon.txt`` and ``org_heads.txt`` and the speech lexicon's
    ``department_words``."""
    phrases = []
    for name in ("name_lexicon.txt", "org_heads.txt"):  # "Công ty …" after "Giám đốc"
        raw = files("goldspan.resources").joinpath("gazetteers", name).read_text("utf-8")
        phrases += [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    phrases += lexicon()["department_words"]  # "Giám đốc Phân tích", "Trưởng phòng Kinh doanh"
    return frozenset(" ".join(p.split()[:2]).lower() for p in phrases if len(p.split()) >= 2)


_NEXT_LOWER = re.compile(rf" ([{LOWER}]+)")


def _starts_phrase(text: str, word: str, end: int) -> bool:
    """``word`` (ending at ``end``) and the lowercase word after it begin a known phrase."""
    m = _NEXT_LOWER.match(text, end)
    return m is not None and f"{word.lower()} {m.group(1)}" in _continuations()


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


def mentions(text: str, ranges: list[tuple[int, int]], cast: Cast) -> tuple[list[int], list[str]]:
    """Positions and full names of people mentioned in ``ranges`` (for pronouns)."""
    pos: list[int] = []
    names: list[str] = []
    honor = _honor()
    enders = _honor_enders()
    runs: dict[str, tuple[int, str]] = {}  # run of several syllables -> (honorifics, rest)
    split: dict[tuple[str, bool], str | None] = {}  # split_name results of this document
    roles = cast.roles
    for s, e in ranges:
        for m in _RUN_RE.finditer(text, s, e):
            if m.lastindex is None:  # one syllable: a name only after an honorific or title
                start = m.start()
                if start <= s or not _honorific_before(text, start, s, enders):
                    continue
                group = rest = m.group()
                if _starts_phrase(text, group, m.end()):
                    continue  # "Giám đốc Hợp tác xã …": a title over a name, not a person
                titled = True
            else:
                group = m.group()
                parsed = runs.get(group)
                if parsed is None:
                    toks = group.split()
                    lead = 0
                    while lead < len(toks) - 1 and toks[lead].casefold() in honor:
                        lead += 1
                    parsed = runs[group] = (lead, " ".join(toks[lead:]))
                lead, rest = parsed
                titled = lead > 0 or _honorific_before(text, m.start(), s, enders)
            key = (rest, titled)
            if key in split:
                name = split[key]
            else:
                name = split[key] = split_name(rest, titled)
            if name is None:
                continue
            if name in roles:  # a role is kept only the first time: no need to read one
                cast.observe(name)
            else:
                cast.observe(name, role_after(text, m.end(), e)
                             or _title_before(text, m.start() + group.rfind(name), s))
            pos.append(m.end())
            names.append(name)
    return pos, names


def _title_before(text: str, name_start: int, floor: int) -> str | None:
    """The title written right before a name (``Giám đốc Sở Xây dựng`` Trần Minh Khoa)."""
    at = title_start(text, name_start, floor)
    if at is None:
        return None
    role = text[at:name_start].strip(" ,-–")
    return role if 0 < len(role.split()) <= 12 else None


class Speech(Extractor):
    """Interview turns and quotes with the speaker cast; see the module docstring."""

    name = "speech"
    version = "1"
    produces = ("speech",)
    requires = ("zone",)
    description = "interview turns from speaker labels, direct and indirect quotes, speakers"

    def extract(self, doc: Document) -> ExtractResult:
        """TURN and QUOTE spans of ``doc`` and the speakers they name."""
        text = doc.text
        paras, zones = paragraph_zones(doc)
        allowed = content_ranges(doc)
        cast = Cast()
        m_pos, m_names = mentions(text, allowed, cast)
        interviewer = interviewer_name([text[s:e] for (s, e), z in zip(paras, zones, strict=True)
                                        if z == "BYLINE"])
        turns = find_turns(text, paras, zones, cast, interviewer)
        spans = [make_span("speech", "TURN", t.start, t.end, text, {"speaker": t.sid})
                 for t in turns]
        known = cast.short_names()
        k = 0
        carry: str | None = None  # speaker of a direct quote left open by the last paragraph
        pending: list[tuple[int, int]] = []  # open quotes waiting for a cue in what follows
        starts = [a for a, _ in allowed]
        for (s, e), zone in zip(paras, zones, strict=True):
            while k < len(turns) and turns[k].end < s:
                k += 1
            if k < len(turns) and turns[k].start < e and s < turns[k].end:
                carry = None
                continue  # inside an interview turn
            if zone not in _QUOTE_ZONES or not _inside(allowed, starts, s, e):
                carry = None
                continue
            found = find_quotes(text, s, e, known)
            added = len(spans)  # spans from here on are the ones this paragraph adds
            if carry is not None:
                found, carry = _continued_quote(text, s, e, found, carry, spans)
            elif pending and not _opens_with_mark(text, s, e):
                pending = []
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
            pending = _unattributed_open(text, s, e, found, spans, pending, carry)
            if len(spans) > added:  # only a paragraph with a new quote has follow-on ones
                _follow_on(text, s, e, spans, added)
            dangling = dangling_cue(text, s, e, known)
            if dangling is not None:  # "Ông X nhấn mạnh:" then the quote in the next paragraph
                carry = self._speaker(dangling[0], dangling[1], text, cast, m_pos, m_names)
        main = _main_speaker(spans, cast)
        for s, e, before in headline_quotes(text, paras, zones):
            title = title_re().search(before)
            person = cast.by_title(title.group()) if title else None
            named = _name_before_mark(text, s, known)
            sid = (cast.speaker(named).sid if named is not None
                   else person.sid if person is not None else main)
            if sid is not None and not any(sp.start < e and s < sp.end for sp in spans):
                spans.append(make_span("speech", "QUOTE", s, e, text,
                                       {"speaker": sid, "kind": "direct"}))
        spans.sort(key=lambda sp: (sp.start, sp.end))
        spans = _join_paragraph_quotes(text, spans)
        used = {sp.attrs["speaker"] for sp in spans if sp.attrs}
        # built without validation: the values are the cast's strings (as Speaker(...) would)
        speakers = [Speaker.model_construct(id=p.sid, name=p.name, role=p.role)
                    for p in cast.people if p.sid in used]
        return ExtractResult(spans=spans, speakers=speakers)

    @staticmethod
    def _speaker(ref: NameRef, role: str | None, text: str, cast: Cast, m_pos: list[int],
                 m_names: list[str], spans: list | None = None) -> str | None:
        if ref.name is None:
            if ref.title in _SPOKESPEOPLE:
                # "Người phát ngôn khẳng định", "Đơn vị này đề nghị": the body that spoke last
                return _last_org_speaker(ref.start, spans or [], cast)
            if ref.title:
                person = cast.by_title(ref.title)
                if person is not None:
                    return person.sid
                if ref.title not in vocab()["titles"]:
                    return None  # "Giám đốc Sở Tài chính" nobody was introduced as
            if spans and _ADDS.match(text, ref.start):  # "Ông cho biết thêm": who spoke last
                last = _last_speaker(text, ref.start, spans, cast)
                if last is not None:
                    return last
            k = bisect.bisect_right(m_pos, ref.start) - 1
            if k < 0:
                return None
            return cast.speaker(m_names[_same_gender(text, ref.start, k, m_pos, m_names,
                                                     cast)]).sid
        if ref.role_start is not None and role is None:
            name_at = text.find(ref.name, ref.role_start, ref.start + 200)  # the name after it
            title = text[ref.role_start:name_at].strip(" ,-–") if name_at > ref.role_start else ""
            role = title if title and ". " not in title and not any(
                ch in title for ch in "!?:;\"“”") else None  # a title, not a sentence
        return cast.speaker(ref.name, role).sid


_ADDS = re.compile(r"\S+(?:\s+(?:này|ấy))?(?:\s+\S+){1,3}?\s+thêm(?!\w)")


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


_SPOKESPEOPLE = frozenset(("người phát ngôn", "phát ngôn viên", "đại diện", "người đại diện",
                           ORG_ANAPHOR))


def _last_org_speaker(at: int, spans: list, cast: Cast) -> str | None:
    """The organisation that spoke last before ``at`` (a QUOTE of a speaker named by an
    organisation head: ``Bộ Công an``), or None."""
    orgs = {p.sid for p in cast.people if is_org_name(p.name)}
    for sp in sorted((sp for sp in spans if sp.label == "QUOTE" and sp.end <= at),
                     key=lambda sp: sp.start, reverse=True):
        if sp.attrs["speaker"] in orgs:
            return typing.cast(str, sp.attrs["speaker"])
    return None


_MALE = frozenset("ông anh chú thầy cậu chàng nam".split())
_FEMALE = frozenset("bà chị cô nàng nữ".split())


def _gender(word: str, name: str) -> str | None:
    low = word.casefold()
    if low in _MALE:
        return "m"
    if low in _FEMALE:
        return "f"
    parts = name.casefold().split()
    if "thị" in parts[1:-1]:
        return "f"
    return "m" if "văn" in parts[1:-1] else None


def _same_gender(text: str, at: int, k: int, m_pos: list[int], m_names: list[str],
                 cast: Cast) -> int:
    """The latest mention before ``at`` (index ``k`` or earlier) that a pronoun can stand
    for: ``bà`` skips men (``ông X``, ``Nguyễn Văn X``), ``ông`` skips women."""
    word = text[at:at + 6].split(" ", 1)[0]
    want = _gender(word, "")
    if want is None:
        return k
    for j in range(k, max(-1, k - 12), -1):
        name = m_names[j]
        before = text[max(0, m_pos[j] - len(name) - 12):m_pos[j] - len(name)].split()
        got = _gender(before[-1] if before else "", cast.full_name(name))
        if got is None or got == want:
            return j
    return k


_SINGLE_QUOTED = re.compile(r"‘([^‘’\n]+)’")


def _single_quote_pairs(text: str, s: int, e: int) -> list[tuple[int, int | None]]:
    """``(open, close)`` of ``‘…’`` in a headline (``‘Cấm học sinh dùng AI là …’``); in
    body text ``’`` is also an apostrophe, so single marks count only in headlines."""
    return [(m.start(), m.end() - 1) for m in _SINGLE_QUOTED.finditer(text, s, e)]


def _name_before_mark(text: str, s: int, known: typing.Collection[str]) -> str | None:
    """The person's name (after a title or honorific) right before the ``:`` and the mark
    opening the headline quote at ``s`` (``…, HLV Trịnh Quốc Bảo: "…"``), or None."""
    colon = len(text[:s - 1].rstrip()) - 1
    if colon < 0 or text[colon] != ":":
        return None
    ref = name_at_end(text, colon, max(0, colon - 80), known)
    if ref is None or ref.name is None:
        return None
    if len(ref.name.split()) < 2 and text.rfind(ref.name, ref.start, colon) <= ref.start:
        return None  # one capitalised word with no title before it: no name to trust
    return ref.name


def headline_quotes(text: str, paras: list[tuple[int, int]],
                    zones: list[str]) -> list[tuple[int, int, str]]:
    """Quoted words in the title (and captions repeating it) that open it or follow ``:``,
    inside “ ”, " " or, in a headline, ‘ ’.

    A headline quoting someone without a cue (``Giá lúa: "Nông dân yên tâm"``) quotes the
    article's main speaker, or the person whose role starts with the title before the colon
    (``Bộ trưởng Y tế: "…"``). Returns ``(start, end, text before the quote)``.
    """
    title = next((text[s:e].strip() for (s, e), z in zip(paras, zones, strict=True)
                  if z == "TITLE"), None)
    if not title:
        return []
    out = []
    for (s, e), zone in zip(paras, zones, strict=True):
        if zone != "TITLE" and not (zone == "CAPTION" and text[s:e].strip() == title):
            continue
        for o, c in quote_pairs(text, s, e) + _single_quote_pairs(text, s, e):
            if c is None or len(text[o + 1:c].split()) < 3:
                continue
            before = text[s:o].rstrip()
            if before and not before.endswith((":", "-", "–")):
                continue
            out.append((o + 1, c, before))
    return out


def _follow_on(text: str, s: int, e: int, spans: list, added: int = 0) -> None:
    """Whole quoted sentences without a cue in the paragraph of a speaker's direct quote are
    that speaker's too (``"…", ông X nói. "…"``); they are added to ``spans``. ``added``:
    the spans before this index do not start in the paragraph (earlier paragraphs')."""
    here = [sp for sp in spans[added:] if s <= sp.start < e and sp.attrs.get("kind") == "direct"]
    if not here:
        return  # a quoted paragraph with no cue of its own stays unattributed
    sid = here[-1].attrs["speaker"]
    for o, c in quote_pairs(text, s, e):
        if c is None or not _whole_sentence(text, s, e, o, c):
            continue
        inner_s = o + 1 + (len(text[o + 1:c]) - len(text[o + 1:c].lstrip()))
        inner_e = o + 1 + len(text[o + 1:c].rstrip())
        if any(sp.start < inner_e + 1 and inner_s - 1 < sp.end for sp in spans):
            continue
        spans.append(make_span("speech", "QUOTE", inner_s, inner_e, text,
                               {"speaker": sid, "kind": "direct"}))


def _whole_sentence(text: str, s: int, e: int, o: int, c: int) -> bool:
    """The quote ``text[o:c+1]`` is a sentence of its own: it opens the paragraph or follows
    a sentence end, starts with a capital, has four words or more and nothing of the sentence
    follows it."""
    inner = text[o + 1:c].strip()
    if len(inner.split()) < 4 or not inner[:1].isupper():
        return False
    before = text[s:o].rstrip()
    if before and before[-1] not in ".!?…:":
        return False
    after = text[c + 1:e].lstrip()
    return not after or after[0] in ".!?…“\"" or after[0].isupper()


def _opens_with_mark(text: str, s: int, e: int) -> bool:
    """The paragraph ``text[s:e]`` opens (after any whitespace) with a quotation mark."""
    if s < e and not text[s].isspace():
        return text[s] in ("“", '"')  # no leading whitespace: no need to strip a copy
    head = text[s:e].lstrip()
    return head[:1] in ("“", '"')


def _unattributed_open(text: str, s: int, e: int, found: list[Quote], spans: list,
                       pending: list[tuple[int, int]], carry: str | None) -> list[tuple[int, int]]:
    """Quotes opening a paragraph and left open without a cue wait for the cue of the
    paragraph that closes them (``"…`` / ``"…", ông X nói.``)."""
    if carry is not None or not _opens_with_mark(text, s, e):
        return []
    pairs = quote_pairs(text, s, e)
    if len(pairs) != 1 or pairs[0][1] is not None or found:
        return []
    o = pairs[0][0]
    inner_s = o + 1 + (len(text[o + 1:e]) - len(text[o + 1:e].lstrip()))
    inner_e = o + 1 + len(text[o + 1:e].rstrip())
    if inner_e <= inner_s or any(sp.start < inner_e and inner_s < sp.end for sp in spans):
        return []
    return [*pending, (inner_s, inner_e)]


def _continued_quote(text: str, s: int, e: int, found: list[Quote], carry: str,
                     spans: list) -> tuple[list[Quote], str | None]:
    """A paragraph opening with a quotation mark continues the quote left open before it;
    so does a paragraph whose first mark closes it (``Sáng nay, mọi người chưa nghỉ."``)."""
    pairs = quote_pairs(text, s, e)
    close_first = _closing_first(text, s, e)
    if close_first is not None:
        inner_s = s + (len(text[s:close_first]) - len(text[s:close_first].lstrip()))
        inner_e = s + len(text[s:close_first].rstrip())
        if inner_e > inner_s:
            spans.append(make_span("speech", "QUOTE", inner_s, inner_e, text,
                                   {"speaker": carry, "kind": "direct"}))
        return [q for q in found if q.start > close_first], None
    if not pairs or text[s:pairs[0][0]].strip():
        return found, None
    o, c = pairs[0]
    close = c if c is not None else e
    inner_s = o + 1 + (len(text[o + 1:close]) - len(text[o + 1:close].lstrip()))
    inner_e = o + 1 + len(text[o + 1:close].rstrip())
    if inner_e <= inner_s or any(q.start <= inner_s < q.end for q in found):
        return found, None
    spans.append(make_span("speech", "QUOTE", inner_s, inner_e, text,
                           {"speaker": carry, "kind": "direct"}))
    return found, carry if c is None else None


_BETWEEN_PARTS = re.compile(r"[ \t]*\n\s*[“\"]?[ \t]*")


def _join_paragraph_quotes(text: str, spans: list) -> list:
    """One QUOTE for a direct quote running over several paragraphs (``nói: “A`` ⏎ ``B.”``):
    a direct QUOTE that ends its paragraph with no closing mark and the direct QUOTE of the
    same speaker opening the next paragraph are one span (inside the marks, GUIDELINES.md).
    ``spans`` is sorted by start; returns the joined list."""
    out: list = []
    for sp in spans:
        prev = out[-1] if out else None
        if (prev is not None and sp.label == "QUOTE" and prev.label == "QUOTE"
                and sp.attrs.get("kind") == prev.attrs.get("kind") == "direct"
                and sp.attrs.get("speaker") == prev.attrs.get("speaker")
                and _BETWEEN_PARTS.fullmatch(text, prev.end, sp.start) is not None):
            out[-1] = make_span("speech", "QUOTE", prev.start, sp.end, text, dict(prev.attrs))
            continue
        out.append(sp)
    return out


def _closing_first(text: str, s: int, e: int) -> int | None:
    """Index of a closing mark that comes before any opening one in the paragraph, or None."""
    for i in range(s, e):
        ch = text[i]
        if ch == "”":
            return i
        if ch == "“":
            return None
        if ch == '"':
            return i if text[s:e].count('"') % 2 == 1 and i > s else None
    return None


def _main_speaker(spans: list, cast: Cast) -> str | None:
    """The speaker with the most turns and quotes, the interviewer excluded."""
    counts: dict[str, int] = {}
    reporters = {p.sid for p in cast.people if p.role == "Phóng viên"}
    for sp in spans:
        sid = sp.attrs["speaker"]
        if sid not in reporters:
            counts[sid] = counts.get(sid, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _inside(ranges: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """``[s, e)`` lies in one of ``ranges`` (sorted and disjoint, as ``content_ranges``
    gives them; ``starts`` their starts): only the last one starting at or before ``s`` can
    hold it."""
    k = bisect.bisect_right(starts, s) - 1
    return k >= 0 and e <= ranges[k][1]


register(Speech)
