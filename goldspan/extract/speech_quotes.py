"""QUOTE spans for the ``speech`` extractor: direct and indirect speech outside turns.

Direct: words inside “ ” or " " attributed by a cue next to them — before (``X cho biết:
"…"``, ``X nói với báo chí: "…"``) or after (``"…", ông X nói``); the span is inside the
marks. Quotation marks with no cue (scare quotes, titles of programmes or documents) are not
speech. Indirect: the content after a cue verb whose subject is a person (``ông X, Giám đốc
Y, cho biết …``), up to the end of the sentence, without the verb, a following ``rằng``/``là``
and the final full stop; also the words before a sentence-final ``, ông X cho biết.``
The speaker of a cue comes from :mod:`goldspan.extract.speech_subjects`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from goldspan.extract.speech_cast import (
    LOWER,
    RUN,
    UPPER,
    NameRef,
    alternation,
    lexicon,
    name_at_end,
    role_after,
    title_re,
    word_sets,
)
from goldspan.extract.speech_subjects import subject_before

_OPEN = "“\""
# Words after a cue that start a complement, not reported words ("chia sẻ với …", "nói về …");
# "từ đầu năm", "qua kiểm tra", "cả nước" do start reported words.
_NOT_CONTENT = re.compile(
    # "với phóng viên …" is whom the words are for, "với mức mới, …" (a short phrase closed
    # by a comma) opens them; "sau khi thăm trường" is when they were said, "sau khi có quyết
    # định, sở sẽ …" opens the words
    r"(?:với(?![^,.;:!?“”\"]{1,40},\s)|về|cao|thấp|tại|trong buổi|bên lề|sau khi(?![^.;:!?]{0,90},\s)"
    r"|qua(?!\s+(?:\d|kiểm tra|rà soát|thống kê|khảo sát|đó|nhiều năm))"
    r"|từ(?!\s+(?:đầu|cuối|giữa|ngày|tháng|năm|nay|đó|khi|sau|đêm|sáng|chiều|tối|trưa|\d"
    r"|trung tuần|thượng tuần|hạ tuần|quý|tuần|mùa|vụ|hôm|mai|bây giờ))"
    r"|cả(?!\s+(?:nước|tỉnh|thành phố|huyện|xã|năm|ngành|hệ thống|khu vực)\b))\b",
    re.IGNORECASE)
_PREPOSITION = re.compile(r"(?:trong|tại|ở|khi|lúc|sau|trước|bên|trên|dưới)\b", re.IGNORECASE)
# A cue word that is the first half of another word: "nói chuyện", "khai mạc", "kể cả".
_COMPOUND = re.compile(r"(?:nói\s+(?:chuyện|dối|khoác|lái|giọng)|khai\s+(?:báo|thác|trương|"
                       r"mạc|giảng|hoang|phá|sinh|thông|trừ|tử|quật|phóng)|kể\s+(?:cả|từ|tên|chuyện "
                       r"cho))(?!\w)", re.IGNORECASE)
# A photo credit closing a caption: "… (Ảnh: X)", "… - Ảnh: X", "… Ảnh: X".
_CREDIT = re.compile(r"\s*(?:[(\[]\s*)?(?:[-–.]\s*)?(?:ảnh|Ảnh|ẢNH)(?:\s+minh\s+họa)?\s*[:)\]]")


def _has_credit_word(segment: str) -> bool:
    """``segment`` holds the word every match of ``_CREDIT`` holds (a cheap test first)."""
    return "ảnh" in segment or "Ảnh" in segment or "ẢNH" in segment


_QUESTION = re.compile(r"(?:gì|sao|thế nào|như thế nào|ra sao|bao nhiêu)(?!\w)", re.IGNORECASE)
_ABBREV = ("TP", "Tp", "ThS", "TS", "GS", "PGS", "BS", "Q", "P", "St", "Mr", "Ms", "Dr", "TT")


@dataclass
class Quote:
    """A QUOTE to be: range, the speaker reference, kind and a role seen with it."""

    start: int
    end: int
    ref: NameRef
    kind: str
    role: str | None = None
    open: bool = False  # a direct quote still open at the paragraph's end


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern[str]:
    # Case-sensitive on purpose: a cue with a subject before it is never capitalised.
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon()['cue_verbs'])})(?!\w)")


@lru_cache(maxsize=1)
def _cue_automaton() -> ahocorasick.Automaton:
    """The cue verbs in an Aho-Corasick automaton (value: the verb's length)."""
    auto = ahocorasick.Automaton()
    for verb in set(lexicon()["cue_verbs"]):
        auto.add_word(verb, len(verb))
    auto.make_automaton()
    return auto


def cue_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """What ``_cue_re().finditer(text, start, end)`` matches, as ``(start, end)`` pairs.

    One automaton pass finds every cue verb written in ``text[start:end]``; a verb counts
    where no word character is right before it (looking before ``start`` too) nor right
    after it (not after ``end``), the longest such verb where several start, and the
    leftmost verbs that do not overlap — the regex's semantics, at half its cost.
    """
    longest: dict[int, int] = {}
    for last, size in _cue_automaton().iter(text, start, end):
        b = last + 1
        a = b - size
        if a > 0 and _is_word(text[a - 1]):
            continue
        if b < end and _is_word(text[b]):
            continue
        if longest.get(a, -1) < b:
            longest[a] = b
    out = []
    pos = start
    for a in sorted(longest):
        if a >= pos:
            pos = longest[a]
            out.append((a, pos))
    return out


def _is_word(ch: str) -> bool:
    """``ch`` matches the regex ``\\w``."""
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=1)
def _and_cue_re() -> re.Pattern[str]:
    return re.compile(rf"(?:và|rồi|đồng thời)\s+(?:{alternation(lexicon()['cue_verbs'])})(?:\s+thêm)?"
                      r"\s*(?:rằng|là)?\s*[:,]?\s*")


@lru_cache(maxsize=1)
def _any_cue_re() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(rf"(?<!\w)(?:{alternation(lex['cue_verbs'] + lex['direct_cues'], True)})(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_ctx_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon()['title_context'], True)})\s*[:,]?\s*$",
                      re.IGNORECASE)


_MARKS = re.compile(r"[“”\"]")


def quote_pairs(text: str, start: int, end: int) -> list[tuple[int, int | None]]:
    """``(open, close)`` indexes of quotation marks in ``text[start:end]`` (close None: open)."""
    pairs: list[tuple[int, int | None]] = []
    if text.find('"', start, end) < 0 and text.find("“", start, end) < 0 and text.find(
            "”", start, end) < 0:
        return pairs  # no mark at all (most paragraphs): a plain search is cheaper
    open_at: int | None = None
    opener = ""
    for m in _MARKS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if open_at is None:
            if ch != "”":
                open_at, opener = i, ch
        elif ch == "”" or (opener == '"' and ch == '"') or (
                ch == '"' and text.find("”", i, end) < 0):  # mixed marks: “…" and "…”
            pairs.append((open_at, i))
            open_at = None
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


def _sentence_end(text: str, start: int, end: int) -> int:
    """End of the sentence starting before ``start`` (the final punctuation excluded)."""
    in_quote = False
    for m in _SENTENCE_MARKS.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch in "“”\"":
            in_quote = ch == "“" or (ch == '"' and not in_quote)
        elif not in_quote:
            nxt = text[i + 1:i + 3]
            word = _WORD_END.search(text[max(start, i - 6):i])
            at_end = i + 1 >= end or (nxt[:1].isspace() and (nxt[1:2] in UPPER or nxt[1:2] in
                                                            "“\"-–"))
            if at_end and not (word and word.group(1) in _ABBREV):
                return i
    return end


_SENTENCE_MARKS = re.compile(r"[“”\".!?]")
_WORD_END = re.compile(r"(\w+)$")


def find_quotes(text: str, start: int, end: int, known: Collection[str] = ()) -> list[Quote]:
    """Direct and indirect QUOTEs in the paragraph ``text[start:end]``; ``known`` short names."""
    quotes = _direct(text, start, end, known)
    taken = [(q.start - 1, q.end + 1) for q in quotes]
    for a, b in cue_spans(text, start, end):
        if any(s <= a < e for s, e in taken) or _NOUN_CUE.search(text, max(start, a - 14), a):
            continue
        floor = _clause_floor(text, start, a)
        subject = subject_before(text, a, floor, known)
        chained = False
        if subject is None:
            subject = _chained_subject(text, a, floor, known)
            chained = subject is not None
        if subject is None:
            continue
        cm = _CUE_TAIL.match(text, b, end)
        c = cm.end() if cm else b
        again = _and_cue_re().match(text, c, end)
        if again is not None:  # "khẳng định và cho biết thêm …": the words follow the last cue
            c = again.end()
        if (c >= end or text[c] in ".!?…") and ":" not in text[b:c]:
            before = _content_before(text, floor, subject[0].start, taken)
            if before is not None:  # "Sản lượng tăng 20%, ông X cho biết."
                quotes.append(Quote(before[0], before[1], subject[0], "indirect", subject[1]))
                taken.append(before)
            continue
        if (text[c] in _OPEN or not text[c].isalnum() or _NOT_CONTENT.match(text, c)
                or _COMPOUND.match(text, a)):
            continue
        if _REPORT_CUE.match(text, a, b) and _REPORT_NOUN.match(text, c):
            continue  # "họp báo thông tin kết quả …": a noun phrase, not reported words
        if again is None and not chained and _AFTER_QUOTE.search(text, max(start, subject[0].start - 4),
                                                 subject[0].start):
            continue  # '"…", ông X nhấn mạnh khi …': the cue attributes the quote before it
        stop = _sentence_end(text, c, end)
        if _PREPOSITION.match(text, c) and len(text[c:stop].split()) < 7:
            continue  # "ông X nói trong cuộc họp": a circumstance, not reported words
        if (stop < end and text[stop] == "?") or _QUESTION.match(text, c):
            continue  # "Ông X nói gì về giá thuốc?": a question, not reported words
        credit = _CREDIT.search(text, c, stop) if _has_credit_word(text[c:stop]) else None
        stop = credit.start() if credit else stop
        second = _second_cue(text, c, stop)
        if second is not None:  # "X thừa nhận A nhưng cho rằng B": two quotes of X
            stop, c2 = second
        inner = [s for s, _e in taken if c < s < stop and text[s] in _OPEN]
        if inner and text[c:inner[0]].rstrip().endswith(","):
            stop = inner[0]  # "X kể A, “B”": A reported, B quoted (a direct quote already)
        content_end = len(text[c:stop].rstrip(" .…,;")) + c
        if _ONLY_AN_OBJECT.fullmatch(text, c, content_end):
            continue  # "bị cáo khai nhận toàn bộ hành vi": what was admitted, not words
        if len(text[c:content_end].split()) < 3 or any(s < content_end and c < e for s, e in taken):
            continue
        ref, role = subject
        quotes.append(Quote(c, content_end, ref, "indirect", role))
        taken.append((a, content_end))
        if second is not None:
            end2 = _sentence_end(text, c2, end)
            end2 = len(text[c2:end2].rstrip(" .…,;")) + c2
            if len(text[c2:end2].split()) >= 3:
                quotes.append(Quote(c2, end2, ref, "indirect", role))
                taken.append((c2, end2))
    return sorted(quotes, key=lambda q: q.start)


_CONJ = re.compile(r",?\s+(?:nhưng|song|đồng thời|và)\s+(?:vẫn\s+|cũng\s+)?$")


def _second_cue(text: str, c: int, stop: int) -> tuple[int, int] | None:
    """``(end of the first content, start of the second)`` when reported words ``text[c:stop]``
    go on with a conjunction and another cue of the same subject (``… nhưng cho rằng …``)."""
    for a, b in cue_spans(text, c, stop):
        m = _CONJ.search(text, c, a)
        if m is None:
            continue
        tail = _CUE_TAIL.match(text, b, stop)
        return m.start(), tail.end() if tail else b
    return None


_CHAIN = re.compile(r"(?:\s+thêm)?,?\s+(?:đồng thời|và|rồi|sau đó|nhưng|song)\s+"
                    r"(?:vẫn\s+|cũng\s+|còn\s+)?$")


def _chained_subject(text: str, a: int, floor: int,
                     known: Collection[str]) -> tuple[NameRef, str | None] | None:
    """The subject of an earlier cue joined to the cue at ``a`` by a conjunction (``bà X nói,
    đồng thời khẳng định …``, ``ông Y cho biết và đề nghị …``): both report the same speaker."""
    m = _CHAIN.search(text, max(floor, a - 40), a)
    if m is None:
        return None
    prev = [c for c in cue_spans(text, max(floor, m.start() - 40), m.start()) if c[1] == m.start()]
    if not prev:
        return None
    return subject_before(text, prev[-1][0], floor, known)


_ONLY_AN_OBJECT = re.compile(r"(?:toàn bộ\s+)?hành vi(?:\s+(?:phạm tội|vi phạm|sai phạm|của mình))?")


# Cues that also announce a document or a topic, and the nouns that then follow them.
_REPORT_CUE = re.compile(r"(?:thông tin|công bố|báo cáo|thông báo)$")
_REPORT_NOUN = re.compile(r"(?:kết quả|tình hình|nội dung|kế hoạch|chương trình|số liệu|quy định|"
                          r"dự thảo|phương án|danh sách)\b")


# A closing quotation mark and a comma or dash right before a cue's subject.
_AFTER_QUOTE = re.compile(r"[”\"]\s*[,–-]\s*$")


# A cue word used as a noun: "IMF nâng dự báo tăng trưởng", "giữ nguyên đánh giá".
_NOUN_CUE = re.compile(r"(?:^|\s)(?:nâng|hạ|giữ nguyên|điều chỉnh|đưa ra|công bố|các|những|"
                       r"bản|mức|lời|triển|công)\s+$")  # "triển khai", "công khai": no "khai"  # lowercase: "Nhật Bản khuyến cáo" is a name


_CUE_TAIL = re.compile(r"(?:\s+thêm)?(?:\s+(?:với|cho)\s+[^,.:;“\"]{1,40}?(?=\s+rằng))?"
                       r"\s*(?:rằng|là)?\s*[:,]?\s*")


def _content_before(text: str, floor: int, subject_start: int,
                    taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The reported words before ``, <subject> <cue>.`` at a sentence's end, or None."""
    head = text[floor:subject_start].rstrip()
    if not head.endswith(","):
        return None
    s = floor + len(text[floor:subject_start]) - len(text[floor:subject_start].lstrip())
    e = floor + len(head) - 1
    s = _quoted_opening(text, s)
    n_words = len(text[s:e].split())
    if n_words < 4 or any(ts < e and s < te for ts, te in taken):
        return None
    if text[s] in _OPEN and text.find(text[s] if text[s] == '"' else "”", s + 1, e) < 0:
        return None
    if (text[s] not in _OPEN and not text[s].isalnum()) or (_PREPOSITION.match(text, s)
                                                            and n_words < 7):
        return None
    return s, e


def _quoted_opening(text: str, s: int) -> int:
    """``s`` moved back over a short quoted word opening the sentence (``"Giải cứu" nông sản
    …``): the floor of a clause stops after closing marks."""
    j = len(text[:s].rstrip()) - 1
    if j < 0 or text[j] not in "”\"":
        return s
    o = max(text.rfind("“", max(0, j - 60), j), text.rfind('"', max(0, j - 60), j))
    if o < 0 or len(text[o + 1:j].split()) > 5:
        return s
    before = text[:o].rstrip()
    return o if not before or before[-1] in ".!?:\n" else s


def _clause_floor(text: str, start: int, pos: int) -> int:
    """Start of the sentence holding ``pos`` (quotation marks reset it too)."""
    best = max(start, pos - 300)
    for m in _CLAUSE_BREAK.finditer(text, best, pos):
        best = m.end()
    return best


_CLAUSE_BREAK = re.compile(r"[.!?…”\":]\s+")  # one class: the engine skips to its characters


def _direct(text: str, start: int, end: int, known: Collection[str]) -> list[Quote]:
    out: list[Quote] = []
    for o, c in quote_pairs(text, start, end):
        close = c if c is not None else end
        inner_s = o + 1 + (len(text[o + 1:close]) - len(text[o + 1:close].lstrip()))
        inner_e = o + 1 + len(text[o + 1:close].rstrip())
        if inner_e <= inner_s:
            continue
        found = _cue_before(text, start, o, known)
        if (found is not None and len(text[inner_s:inner_e].split()) < 3
                and not text[start:o].rstrip().endswith((":", ","))):
            found = None  # 'nói "không" với thuốc lá': a word quoted in the sentence
        if found is None and c is not None:
            found = _cue_after(text, c + 1, end, known)
        if found is None:
            continue
        ref, role = found
        out.append(Quote(inner_s, inner_e, ref, "direct", role, open=c is None))
    return out


def _cue_before(text: str, start: int, o: int,
                known: Collection[str]) -> tuple[NameRef, str | None] | None:
    """``X cho biết: "``, ``X nói với báo chí: "``, ``Ông X: "`` before the mark at ``o``."""
    left_end = len(text[start:o].rstrip()) + start
    colon = left_end > start and text[left_end - 1] in ":,"
    if colon:
        left_end -= 1
    if _title_ctx_re().search(text, max(start, left_end - 40), left_end + 1):
        return None
    floor = _clause_floor(text, start, left_end)
    cues = [m for m in _any_cue_re().finditer(text, floor, left_end) if not _in_name(text, m)]
    if cues:
        cue = cues[-1]
        gap = text[cue.end():left_end]
        if gap.strip() and (not colon or len(gap) > 80):
            return None
        found = subject_before(text, cue.start(), floor, known)
        if found is not None or not gap.strip():
            return found
        # 'Hỏi chị X …, chị lắc đầu: "…"': the cue has no subject, the words before ":" may
    if colon and text[left_end] == ":":
        ref = name_at_end(text, left_end, floor, known)
        if ref is not None and ref.name is not None and ref.start == floor:
            return ref, None
        verb = _LOWER_TAIL.search(text, floor, left_end)
        if verb is not None:  # 'Bà X trải lòng: "…"', 'Ông X bức xúc: "…"': any verb of saying
            return _subject_of_words(text, verb, floor, known)
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
        opening = text[floor:ref.start].rstrip()
        if ref.name is None and ref.title is None and (not opening or opening.endswith(",")):
            return found  # '…, chị lắc đầu: "…"': a pronoun opening the clause
        return None
    return None


_WORD_START = re.compile(r"(?<=\s)\S")
# Things that carry written words: what follows their colon is no one's speech.
_WRITTEN = re.compile(r"(?<!\w)(?:biển|bảng|băng rôn|khẩu hiệu|tờ giấy|dòng chữ|tờ rơi|"
                      r"tiêu đề|nhãn|áp phích|tấm thiệp)(?!\w)")
_NAME_PARTICLES = frozenset("bin ibn al de van von der den da dos del du di".split())
_NAME_BEFORE = re.compile(rf"[{UPPER}]\w*\s+$")


def _in_name(text: str, cue: re.Match[str]) -> bool:
    """The cue word is capitalised after a capitalised word: the end of a name (``Trịnh Quốc
    Bảo``), not the verb ``bảo``."""
    a = cue.start()
    return text[a].isupper() and _NAME_BEFORE.search(text, max(0, a - 30), a) is not None


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
    lead = text[max(0, name_at - 20):name_at].split() if name_at >= 0 else []
    return (len(ref.name.split()) >= 2
            and not (lead and lead[-1].casefold() in sets["org_heads"]))


_LOWER_TAIL = re.compile(rf"(?<=\S)(?:\s+[{LOWER}]+){{1,6}}$")


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
    for cue in _any_cue_re().finditer(text, s, min(end, s + 160)):
        if _in_name(text, cue):
            continue
        found = subject_before(text, cue.start(), s, known)
        if found is None:
            continue
        gap = text[s:found[0].start]
        if not _SEPARATOR.search(text, after, s) and _short_quote(text, after):
            break  # '"Vua lúa" Nguyễn Văn A cho biết': a nickname, not a quote
        if found[0].start == s or (not _GAP_BREAK.search(gap) and _titled_gap(gap)):
            return found  # ", ông X nói" / ", ông X - Giám đốc Y cho biết"
        break
    return _said_by(text, after, end, known)


_SEPARATOR = re.compile(r"[,\-–—]")
_GAP_BREAK = re.compile(r"[.!?;:“”\"]")
_AFTER_CLOSE = re.compile(r"[\s,]*(?:[-–—]\s*)?")


def _short_quote(text: str, after: int) -> bool:
    """The quote closed just before ``after`` has fewer than four words."""
    close = after - 1
    o = max(text.rfind("“", max(0, close - 80), close), text.rfind('"', max(0, close - 80), close))
    return o >= 0 and len(text[o + 1:close].split()) < 4


_SAID_BY = re.compile(r"[\s.!?…]*(?:Đó là|Đây là)\s+(?:(?:lời\s+|những\s+)?(?:chia sẻ|tâm sự|"
                      r"khẳng định|nhận định|ý kiến|bộc bạch|lời|nhận xét|đánh giá)\s+"
                      r"(?:[^\s,.]+\s+){0,3}?của\s+|lời\s+(?=\S))")


@lru_cache(maxsize=1)
def _person_after_re() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(rf"(?:(?i:{alternation(lex['honorifics'] + lex['titles'], True)})\.?\s+)*"
                      rf"{RUN}")


def _said_by(text: str, after: int, end: int,
             known: Collection[str]) -> tuple[NameRef, str | None] | None:
    """``"…". Đó là chia sẻ của anh X.``: the person named after the quote."""
    m = _SAID_BY.match(text, after, end)
    if m is None:
        return None
    p = _person_after_re().match(text, m.end(), end)
    if p is None:
        return None
    ref = name_at_end(text, p.end(), m.end(), known)
    if ref is None or ref.name is None:
        return None
    return ref, role_after(text, p.end(), end)


def _titled_gap(gap: str) -> bool:
    """Text between a closing mark and the speaker that introduces a person."""
    low = gap.strip().casefold()
    if bool(title_re().match(low)) or low.split(" ", 1)[0] in word_sets()["honorifics"]:
        return True
    words = gap.split()  # "ngư dân", "lão nông", "chuyên gia kinh tế": a lowercase descriptor
    return (0 < len(words) <= 3 and gap.strip() == low and not _GAP_STOP.match(low))


_GAP_STOP = re.compile(r"(?:và|nhưng|còn|khi|thì|song|tuy|trong|theo|sau|trước|rồi|nên|vì|"
                       r"do|để|mà|với|của|là|cũng|đã|sẽ|không)\b")
