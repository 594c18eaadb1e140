"""Direct quotes for the ``speech`` extractor: words inside “ ” or " " attributed by a cue
next to them — before (``X cho biết: "…"``, ``Bà X trải lòng: "…"``) or after (``"…", ông X
nói``, ``"…". Đó là lời X``). Quotation marks with no cue (scare quotes, titles) are not speech.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import Final

from goldspan.extract.speech_cast import (
    AT_PLACE_WORDS,
    LOWER,
    RUN,
    UPPER,
    NameRef,
    alternation,
    is_foreign,
    lexicon,
    name_at_end,
    role_after,
    split_name,
    title_re,
    word_sets,
)
from goldspan.extract.speech_labels import parse_label
from goldspan.extract.speech_marks import (
    Quote,
    any_cue_re,
    clause_floor,
    quote_pairs,
    title_ctx_re,
)
from goldspan.extract.speech_mentions import starts_phrase
from goldspan.extract.speech_subjects import org_subject, subject_before


def direct_quotes(text: str, start: int, end: int, known: Collection[str]) -> list[Quote]:
    out: list[Quote] = []
    for o, c in quote_pairs(text, start, end):
        close = c if c is not None else end
        inner_s = o + 1 + (len(text[o + 1:close]) - len(text[o + 1:close].lstrip()))
        inner_e = o + 1 + len(text[o + 1:close].rstrip())
        if inner_e <= inner_s:
            continue
        found = _cue_before(text, start, o, known)
        if found is not None and not text[start:o].rstrip().endswith((":", ",")) and (
                len(text[inner_s:inner_e].split()) < 3
                or (text[inner_s].isupper() and _GOES_ON.match(text, close + 1))):
            found = None  # 'nói "không" với thuốc lá', 'cho biết “Tên phim” được quay …': a
            # word or a title quoted inside the sentence
        elif found is not None and c is not None and len(text[inner_s:inner_e].split()) <= 4 \
                and text[start:o].rstrip().endswith(",") and _LOWER_GOES_ON.match(text, c + 1) \
                and text[inner_e - 1:inner_e] not in ".!?…":
            found = None  # '… tự bật camera, "xác thực khuôn mặt" giúp chúng': a term in marks
        if found is None and c is not None and not named_before(text, start, o):
            found = _cue_after(text, c + 1, end, known)
        if found is None:
            continue
        ref, role = found
        out.append(Quote(inner_s, inner_e, ref, "direct", role, open=c is None))
    return out


_LOWER_GOES_ON: Final = re.compile(r"[ \t]+[a-zà-ỹđ]")


def named_before(text: str, start: int, o: int) -> bool:
    """The words right before the mark at ``o`` name what is in marks (``Trong đợt cao điểm
    “Tết an toàn - Về nhà bình yên”, Phòng X đề nghị …``, ``phong trào “…”``): a name, so a
    cue after it reports other words."""
    left_end = len(text[start:o].rstrip()) + start
    return left_end > start and text[left_end - 1].isalpha() and title_ctx_re().search(
        text, max(start, left_end - 40), left_end + 1) is not None


def _cue_before(text: str, start: int, o: int,
                known: Collection[str]) -> tuple[NameRef, str | None] | None:
    """``X cho biết: "``, ``X nói với báo chí: "``, ``Ông X: "`` before the mark at ``o``."""
    left_end = len(text[start:o].rstrip()) + start
    colon = left_end > start and text[left_end - 1] in ":,"
    if colon:
        left_end -= 1
    if title_ctx_re().search(text, max(start, left_end - 40), left_end + 1):
        return None
    floor = clause_floor(text, start, left_end)
    if _SPECIFICALLY.fullmatch(text, floor, left_end):
        return None  # "Cụ thể:" ("specifically") opens a list; "Cụ" is no old man here
    cues = [m for m in any_cue_re().finditer(text, floor, left_end) if not _in_name(text, m)]
    if cues:
        cue = cues[-1]
        gap = text[cue.end():left_end]
        goes_on = text[left_end] == "," and text[o + 1:o + 2].islower()  # 'giải thích A, “b…”'
        if gap.strip() and (not colon or (len(gap) > 80 and not goes_on)):
            return None
        if gap.strip() and text[left_end] == "," and _term_goes_on(text, o):
            return None  # "Sở này thông tin, từ tháng 10, “Đêm ca trù” sẽ diễn ra …": a name
            # in marks inside the reported clause, no quotation
        found = subject_before(text, cue.start(), floor, known)
        if found is None and len(cues) >= 2 and _JOINED_CUES.fullmatch(
                text, cues[-2].end(), cue.start()):  # "bà Lụa cười rồi nói tiếp, “…”"
            found = subject_before(text, cues[-2].start(), floor, known)
        if found is not None and found[0].name is None and (found[0].title or "").endswith(
                (" rồi", " mới")):
            found = None  # "…, người dân địa phương rồi nghẹn giọng": whom, then the deed
        if found is None and text[floor:cue.start()].rstrip().endswith((" rồi", " mới", " và")):
            deed = _LOWER_TAIL.search(text, floor, len(text[:cue.start()].rstrip()))
            if deed is not None:  # "Bà trầm ngâm một lúc rồi nói: “…”"
                found = _subject_of_words(text, deed, floor, known)
            comma = text.rfind(", ", floor, cue.start())
            if found is None and comma > floor:  # "…, bị cáo X xin lỗi A, B rồi nghẹn giọng:"
                first = _LOWER_TAIL.search(text, floor, comma)
                inner = text.rfind(", ", floor, first.start()) if first is not None else -1
                if first is not None and inner > floor:
                    found = _subject_of_words(text, first, inner + 2, known)
        if found is None and text[floor:cue.start()].rstrip().endswith(","):
            comma = len(text[:cue.start()].rstrip()) - 1  # "em X (9 tuổi) ôm cuốn truyện,
            deed = _LOWER_TAIL.search(text, floor, comma)  # thỏ thẻ: “…”": who did it speaks
            if deed is not None:
                found = _subject_of_words(text, deed, floor, known)
        if found is not None or not gap.strip():
            return found
        # 'Hỏi chị X …, chị lắc đầu: "…"': the cue has no subject; the words before ":" may
        # still name one (below)
    if colon and text[left_end] == ":":
        quoting = _QUOTING.search(text, floor, left_end)
        if quoting is not None:  # 'Bà dẫn lời ông X, chuyên gia …, trong chuyến …: "…"': X
            cut = _CUT.search(text, quoting.end(), left_end)
            stop = len(text[quoting.end():cut.start() if cut else left_end].rstrip()) + quoting.end()
            named = name_at_end(text, stop, quoting.end(), known)
            if named is not None and named.name is not None:
                return named, role_after(text, stop, left_end)
        ref = name_at_end(text, left_end, floor, known)
        if ref is not None and ref.name is not None and ref.start == floor:
            if ref.role_start is not None and _post_and_place(ref.name, known):
                return None  # "Trưởng thôn Xà Ơi: “…”": the village head, named elsewhere
            at = text.rfind(ref.name, ref.start, left_end)
            if at > ref.start and _AT_PLACE.search(text, ref.start, at):
                return None  # "Chủ tịch UBND tỉnh làm việc tại Đồng Văn: “…”": a place
            return ref, None
        verb = _LOWER_TAIL.search(text, floor, left_end)
        if verb is not None:  # 'Bà X trải lòng: "…"', 'Ông X bức xúc: "…"': any verb of saying
            found = _subject_of_words(text, verb, floor, known)
            comma = text.rfind(", ", floor, verb.start())
            if found is None and comma > floor:  # "Nói lời sau cùng, bị cáo X nghẹn ngào:"
                found = _subject_of_words(text, verb, comma + 2, known)
            if found is not None:
                return found
        if not text[left_end + 1:o].strip():
            return _label_before(text, floor, left_end, known)
    return None


def _term_goes_on(text: str, o: int) -> bool:
    """The marks opening at ``o`` close on a few words (at most six) that the sentence goes
    on after in lowercase (``“Đêm ca trù phố cổ” sẽ diễn ra``)."""
    close = text.find("”" if text[o] == "“" else '"', o + 1, o + 80)
    if close < 0 or len(text[o + 1:close].split()) > 6:
        return False
    after = text[close + 1:close + 3]
    return after[:1] == " " and after[1:2].islower()


def _post_and_place(name: str, known: Collection[str]) -> bool:
    """``name``, read after a title, is no person's name but the place or body of the post
    (``Xà Ơi`` of ``Trưởng thôn Xà Ơi``): no surname opens it, no word is foreign, and no one
    was named so."""
    return (split_name(name, False) is None and name.casefold() not in known
            and not any(w[:1].islower() or is_foreign(w) for w in name.split()))


# A form of address or a title in capitals before a name: "HLV Reinholt", "bà Lan".
_ADDRESSED: Final = re.compile(rf"(?:HLV|TS|PGS\.TS|GS|ThS|BS|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+[{UPPER}]")


# A person named with a form of address, maybe a note in brackets, then what they do:
# 'Chị X (du khách Hà Nội) chụp ảnh bên …: “…”' (a caption) — the person speaks.
_PERSON_OPENS_CLAUSE: Final = re.compile(
    rf"(?P<who>(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Ee]m|[Cc]ô|[Cc]hú|[Cc]ụ)(?:\s+[{UPPER}]\w*){{1,4}})"
    rf"(?:\s*\([^()]{{1,60}}\))?\s+[{LOWER}][^,;.!?:“”\"]*$")


# Where the person of a caption's label stood: 'Vân Du tại buổi họp báo: “…”'.
_SETTING: Final = re.compile(r"\s+(?:tại|trong|khi|bên|trên)\s+[^,]*$")


_AT_PLACE: Final = re.compile(rf"(?<!\w)(?:{'|'.join(AT_PLACE_WORDS)})\s+$")


def _label_before(text: str, floor: int, colon: int,
                  known: Collection[str]) -> tuple[NameRef, str | None] | None:
    """A label opening the clause right before ``: “``, as captions and headlines quote a
    person: ``Du khách Emma Lindqvist: “…”``, ``Thượng tá X, Trưởng Công an phường Y: “…”``,
    ``Vân Du tại buổi họp báo: “…”``. A name without a title speaks only when it is known."""
    head = text[floor:colon]
    setting = _SETTING.search(head)
    comma = head.rfind(", ")
    last = head[comma + 2:] if comma >= 0 and _ADDRESSED.match(head, comma + 2) else ""
    if last:  # "Newcastle ngược dòng hạ Aston Villa, HLV Reinholt: “…”": the clause after it
        floor, head = floor + comma + 2, last
    opener = _PERSON_OPENS_CLAUSE.match(head) if not _WRITTEN.search(head) else None
    for words in (head, head[:setting.start()] if setting is not None else "",
                  opener.group("who") if opener is not None else ""):
        label = parse_label(words + ": x") if words else None
        if label is None or label.kind != "person" or not label.name:
            continue
        if label.bare and label.name.casefold() not in known:
            continue
        at = head.find(label.name)
        if at > 0 and _AT_PLACE.search(head, 0, at):
            continue  # "Chủ tịch UBND tỉnh làm việc tại Đồng Văn: “…”": a place, nobody's name
        ref = name_at_end(text, floor + at + len(label.name), floor, known) if at >= 0 else None
        if ref is None or ref.name != label.name or (
                label.role is not None and _post_and_place(label.name, known)):
            continue  # 'Chủ tịch Đông Á Thanh Hóa', 'Trưởng thôn Xà Ơi': a post, its holder
            # is found elsewhere
        return NameRef(label.name, floor, floor if label.role else None), label.role
    return None


def _subject_of_words(text: str, verb: re.Match[str], floor: int,
                      known: Collection[str]) -> tuple[NameRef, str | None] | None:
    """The speaker before lowercase words ending at a colon (``Chị X chỉnh đường may cho học
    viên:``, ``…, chị lắc đầu:``): the words are tried as the verb phrase from the shortest
    on; a person's name (:func:`_person_opens`) or a pronoun opening the clause speaks."""
    if _WRITTEN.search(verb.group()):
        return None  # 'anh treo tấm biển: "Miễn phí …"': a sign's words, not speech
    starts = [m.start() for m in _WORD_START.finditer(text, verb.start(), verb.end())]
    for at in reversed(starts):
        found = subject_before(text, at, floor, known)
        if found is None:
            continue
        ref = found[0]  # the first subject found decides (an organisation speaks no colon)
        if ref.name is not None and _person_opens(text, ref, at):
            return found
        if ref.name is None and ref.title is not None and any(
                ch.isupper() for ch in text[ref.start + 1:at]):
            continue  # "bị cáo Chiến nghẹn" read as a title phrase: a shorter verb names him
        opening = text[floor:ref.start].rstrip()
        if ref.name is None and ref.title is None and (not opening or opening.endswith(",")):
            return found  # '…, chị lắc đầu: "…"': a pronoun opening the clause
        return None
    return None


_WORD_START: Final = re.compile(r"(?<=\s)\S")
# The sentence goes on in lowercase right after a closing mark.
_GOES_ON: Final = re.compile(rf"\s+[{LOWER}]")
_SPECIFICALLY: Final = re.compile(r"\s*(?:[Cc]ụ thể|CỤ THỂ)(?:\s+(?:là|như sau|gồm))?\s*")
# Between two verbs of one speaker: "cười rồi nói", "ngập ngừng, rồi kể".
_JOINED_CUES: Final = re.compile(r",?\s+(?:rồi|và|mà|,)?\s*")
# Citing another's words: the person after it speaks the quote after the colon.
_QUOTING: Final = re.compile(r"(?<!\w)(?:dẫn lời|trích lời|nhắc lại lời)\s+")
_CUT: Final = re.compile(r"[,;(]|\s[-–]\s")
# Things that carry written words: what follows their colon is no one's speech.
_WRITTEN: Final = re.compile(r"(?<!\w)(?:biển|bảng|băng rôn|khẩu hiệu|tờ giấy|dòng chữ|tờ rơi|"
                      r"tiêu đề|nhãn|áp phích|tấm thiệp)(?!\w)")
_NAME_PARTICLES: Final = frozenset("bin ibn al de van von der den da dos del du di".split())
_NAME_BEFORE: Final = re.compile(rf"[{UPPER}]\w*\s+$")


def _in_name(text: str, cue: re.Match[str]) -> bool:
    """The cue word is capitalised after a capitalised word: the end of a name (``Trịnh Quốc
    Bảo``), not the verb ``bảo``."""
    a = cue.start()
    return text[a].isupper() and (_NAME_BEFORE.search(text, max(0, a - 30), a) is not None
                                  or _JOINED_BEFORE.search(text, max(0, a - 30), a) is not None)


# A capitalised cue word after "và" inside a name: "Chi cục Trồng trọt và Bảo vệ thực vật".
_JOINED_BEFORE: Final = re.compile(rf"[{UPPER}]\w*\s+\w+\s+và\s+$")


def _person_opens(text: str, ref: NameRef, verb: int) -> bool:
    """``ref`` is a person's name or an honorific with a name, not a place or organisation
    name (``Trường Nguyễn Du``, ``Bộ trưởng Giáo dục``)."""
    sets = word_sets()
    head = text[ref.start:verb].split()
    if not head or ref.name is None:
        return False
    words = ref.name.split()
    if words[0].casefold() in sets["org_heads"] or any(
            w.islower() and w not in _NAME_PARTICLES for w in words):
        return False  # "Trường Nguyễn Du treo băng": an organisation and a verb
    before = text[max(0, ref.start - 20):ref.start].split()
    if before and before[-1].casefold() in sets["org_heads"]:
        return False
    if head[0].casefold() in sets["honorifics"]:
        return True
    name_at = text.find(ref.name, ref.start, verb)
    begin = ref.role_start if ref.role_start is not None and ref.role_start < name_at else ref.start
    prefix = text[begin:name_at].strip() if name_at > begin else ""
    post = title_re().match(prefix) if prefix else None
    nxt = [w.strip(":,.;") for w in text[verb:verb + 20].split()[:1]]
    if post is not None and post.end() == len(prefix) and not (
            nxt and starts_phrase(ref.name.rsplit(" ", 1)[-1], nxt[0])):
        return True  # "Bị cáo Chiến nghẹn ngào:", "Luật sư Hà phân tích:": a title and a name
        # (not "Bộ trưởng Giáo dục:": a body's word)
    lead = text[max(0, name_at - 20):name_at].split() if name_at >= 0 else []
    return (len(ref.name.split()) >= 2
            and not (lead and lead[-1].casefold() in sets["org_heads"]))


_LOWER_TAIL: Final = re.compile(rf"(?<=\S)(?:\s+[{LOWER}]+){{1,6}}$")


def dangling_cue(text: str, start: int, end: int,
                 known: Collection[str] = ()) -> tuple[NameRef, str | None] | None:
    """A paragraph ending with ``X cho biết:``: the speaker of the quote that follows."""
    last = text[end - 1] if end > start else ""
    if last != ":" and not last.isspace():
        return None  # the paragraph ends with another character
    stop = len(text[start:end].rstrip()) + start
    if stop <= start or text[stop - 1] != ":":
        return None
    return _cue_before(text, start, stop, known)


def _cue_after(text: str, after: int, end: int,
               known: Collection[str]) -> tuple[NameRef, str | None] | None:
    """``", ông X nói``, ``" - bà Y chia sẻ`` right after the closing mark."""
    m = _AFTER_CLOSE.match(text, after, end)
    s = m.end() if m else after
    for cue in any_cue_re().finditer(text, s, min(end, s + 160)):
        if _in_name(text, cue):
            continue
        found = subject_before(text, cue.start(), s, known)
        if found is None and s > after:  # '“…”, nhà quản lý người Hàn Quốc nói': read with
            found = subject_before(text, cue.start(), after, known)  # the comma, a description
        if found is None:
            continue
        gap = text[s:found[0].start]
        if not _SEPARATOR.search(text, after, s) and _short_quote(text, after):
            break  # '"Vua lúa" Nguyễn Văn A cho biết': a nickname, not a quote
        if found[0].start == s or (not _GAP_BREAK.search(gap) and _titled_gap(gap)):
            return found  # ", ông X nói" / ", ông X - Giám đốc Y cho biết"
        break
    moved = _MOVED.match(text, after, end)
    if moved is not None and _SEPARATOR.search(text, after, moved.start("who")):
        ref = name_at_end(text, moved.end("who"), moved.start("who"), known)
        if ref is not None and ref.name is not None and ref.start == moved.start("who"):
            return ref, None  # '"…", chị Hạnh nghẹn ngào.': the feeling says who spoke
    moved = _MOVED_EPITHET.match(text, after, end)
    if moved is not None and _SEPARATOR.search(text, after, moved.start("who")):
        ref = name_at_end(text, moved.end("who"), moved.start("who"), known)
        if ref is not None and ref.name is None and ref.start == moved.start("who"):
            return ref, None  # '"…", vị giám đốc HTX trầm ngâm, rồi …': the one so described
    return _said_by(text, after, end, known)


# A person and how they felt right after a closing mark, ending the sentence.
_MOVED: Final = re.compile(rf"[\s,]*(?:[-–—]\s*)?(?P<who>(?:ông|bà|anh|chị|cô|chú|em|cụ)\s+"
                           rf"[{UPPER}]\w*\.?(?:\s+[{UPPER}]\w*\.?){{0,3}})\s+(?:nghẹn ngào|xúc động|"
                           rf"rưng rưng|bức xúc|bùi ngùi|trầm ngâm|cười|cười hiền|phấn khởi|"
                           rf"hào hứng|lo lắng|buồn bã|tự hào|vui vẻ|nhẩm tính|tính nhẩm)(?:\s+\w+)?\s*[.!]")


# The same feelings after a description ("vị giám đốc HTX", "người nông dân 62 tuổi"), ending
# the sentence or going on with ", rồi …".
_MOVED_EPITHET: Final = re.compile(r"[\s,]*(?:[-–—]\s*)?(?P<who>(?:vị|người|nữ|nam|cụ|lão)\s+"
                                   r"\w+(?:\s+\w+){0,4}?)\s+(?:nghẹn ngào|xúc động|rưng rưng|"
                                   r"bức xúc|bùi ngùi|trầm ngâm|cười|cười hiền|phấn khởi|hào hứng|"
                                   r"lo lắng|buồn bã|tự hào|vui vẻ|nhẩm tính|tính nhẩm)"
                                   r"(?:\s*[.!]|,\s+rồi\s)")
_SEPARATOR: Final = re.compile(r"[,\-–—]")
_GAP_BREAK: Final = re.compile(r"[.!?;:“”\"]")
_AFTER_CLOSE: Final = re.compile(r"[\s,]*(?:[-–—]\s*)?")


def _short_quote(text: str, after: int) -> bool:
    """The quote closed just before ``after`` has fewer than four words."""
    close = after - 1
    o = max(text.rfind("“", max(0, close - 80), close), text.rfind('"', max(0, close - 80), close))
    return o >= 0 and len(text[o + 1:close].split()) < 4


_SAID_BY: Final = re.compile(r"[\s.!?…]*Người nói (?:câu|những lời|lời) (?:ấy|đó|này) là\s+"  # (ho831)
                      r"|[\s.!?…]*(?:Đó là|Đây là)\s+(?:(?:lời\s+|những\s+)?(?:chia sẻ|tâm sự|"
                      r"khẳng định|nhận định|ý kiến|bộc bạch|lời|nhận xét|đánh giá|yêu cầu|chỉ đạo|"
                      r"nhắn nhủ|lời nhắn nhủ|mong muốn|tâm nguyện|trăn trở|cảnh báo|lưu ý)\s+"
                      r"(?:[^\s,.]+\s+){0,3}?của\s+|lời\s+(?=\S))"
                      r"|\s*,\s*theo lời(?:\s+kể)?(?:\s+của)?\s+"  # "“…”, theo lời ông X" (ho107)
                      # "“…”, theo ông Khoa." (ho464): a person with a form of address
                      rf"|\s*,\s*theo\s+(?=(?:ông|bà|anh|chị|TS\.?|ThS\.?|PGS\.TS\.?|GS\.TS\.?|"
                      rf"luật sư|bác sĩ|BS\.?)\s+[{UPPER}]"
                      # "“…”, theo Thứ trưởng Bộ Tài chính X." (ho467): a post and a name
                      rf"|(?:Phó\s+)?(?:Thứ trưởng|Bộ trưởng|Chủ tịch|Giám đốc|Tổng Giám đốc|"
                      rf"Cục trưởng|Vụ trưởng|Viện trưởng|Hiệu trưởng|Trưởng phòng|Trưởng ban)\s)")


@lru_cache(maxsize=1)
def _person_after_re() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(rf"(?:(?i:{alternation(lex['honorifics'] + lex['titles'], True)})\.?\s+)*"
                      rf"{RUN}")


def _said_by(text: str, after: int, end: int,
             known: Collection[str]) -> tuple[NameRef, str | None] | None:
    """``"…". Đó là chia sẻ của anh X.``, ``"…", theo lời ông X``: the person named after the
    quote."""
    rep = _SAID_BY_REP.match(text, after, end)
    if rep is not None:  # '“…”, theo một lãnh đạo Ban X (đề nghị không nêu tên)': the body
        stop = _REP_STOP.search(text, rep.end(), end)
        body = org_subject(text, rep.end(), stop.start() if stop else end)
        if body is not None and body.name:
            return body, None
    m = _SAID_BY.match(text, after, end)
    if m is None:
        return None
    p = _person_after_re().match(text, m.end(), end)
    if p is None:
        return None
    ref = name_at_end(text, p.end(), m.end(), known)
    if ref is None or ref.name is None:
        stop = _SENTENCE_STOP.search(text, m.end(), end)  # "theo Thứ trưởng Bộ Tài chính X.":
        at = stop.start() if stop is not None else end  # the name ends the sentence, or the
        setting = next((w.start() for w in _SAID_WHEN.finditer(text, m.end(), at)  # setting
                        if _NAME_BEFORE.search(text, m.end(), w.start() + 1)), at)  # after it
        at = setting  # ("… Trương Công Hậu khi kiểm tra dự án")
        ref = name_at_end(text, at, m.end(), known) if at - m.end() <= 90 else None
        return (ref, None) if ref is not None and ref.name is not None else None
    return ref, role_after(text, p.end(), end)


_SAID_BY_REP: Final = re.compile(rf"\s*,\s*theo\s+(?:một\s+)?(?:lãnh đạo|đại diện|cán bộ|người đại diện)\s+"
                                 rf"(?:của\s+)?(?=[{UPPER}])")
_REP_STOP: Final = re.compile(r"\s*[(.,;!?]")
_SENTENCE_STOP: Final = re.compile(r"[.!?;]\s|[.!?;]$|\n")
_SAID_WHEN: Final = re.compile(r"\s+(?:khi|tại|trong|lúc)\s")


def _titled_gap(gap: str) -> bool:
    """Text between a closing mark and the speaker that introduces a person."""
    low = gap.strip().casefold()
    if bool(title_re().match(low)) or low.split(" ", 1)[0] in word_sets()["honorifics"]:
        return True
    words = gap.split()  # "ngư dân", "lão nông", "tài xế xe khách": a lowercase descriptor
    return (0 < len(words) <= 4 and gap.strip() == low and not _GAP_STOP.match(low))


_GAP_STOP: Final = re.compile(r"(?:và|nhưng|còn|khi|thì|song|tuy|trong|theo|sau|trước|rồi|nên|vì|"
                       r"do|để|mà|với|của|là|cũng|đã|sẽ|không)\b")
