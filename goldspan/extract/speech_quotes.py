"""QUOTE spans for the ``speech`` extractor: direct and indirect speech outside turns.

:func:`find_quotes` gives both: direct quotes come from :mod:`goldspan.extract.speech_direct`
(words inside the marks, a cue next to them), the indirect ones are read here. Indirect: the content after a cue verb whose subject is a person (``ông X, Giám đốc
Y, cho biết …``), up to the end of the sentence, without the verb, a following ``rằng``/``là``
and the final full stop; also the words before a sentence-final ``, ông X cho biết.``
The speaker of a cue comes from :mod:`goldspan.extract.speech_subjects`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from goldspan.extract.speech_cast import LOWER, NameRef
from goldspan.extract.speech_direct import direct_quotes, named_before
from goldspan.extract.speech_marks import (
    OPEN,
    Quote,
    and_cue_re,
    clause_floor,
    cue_spans,
    sentence_end,
)
from goldspan.extract.speech_subjects import is_org_name, subject_before

# Words after a cue that start a complement, not reported words ("chia sẻ với …", "nói về …");
# "từ đầu năm", "qua kiểm tra", "cả nước", "về lâu dài", "về phía …" do start reported words.
_NOT_CONTENT: Final = re.compile(
    # "với phóng viên …" is whom the words are for, "với mức mới, …" (a short phrase closed
    # by a comma) opens them; "sau khi thăm trường" is when they were said, "sau khi có quyết
    # định, sở sẽ …" opens the words
    r"(?:với(?![^,.;:!?“”\"]{1,40},\s)|về(?!\s+(?:lâu dài|lâu lâu|sau này|cơ bản|nguyên tắc|phía)\b)"
    r"|như vậy|như thế"  # "bà X nói như vậy trước Hội đồng": the words said before
    r"|rõ hơn|rõ thêm|thêm về|thật về|thẳng về"  # "nói rõ hơn về cách làm", "nói thật về
    # chuyện …": what the words are about
    r"|bằng\s+tiếng"  # "nói bằng tiếng Mông": the language, not the words
    r"|cao|thấp|tại|trong buổi|bên lề|sau khi(?![^.;:!?]{0,90},\s)"
    r"|qua(?!\s+(?:\d|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|kiểm tra|rà soát|thống kê|khảo sát"
    r"|đó|nhiều năm))"
    r"|từ(?!\s+(?:đầu|cuối|giữa|ngày|tháng|năm|nay|đó|khi|sau|đêm|sáng|chiều|tối|trưa|\d"
    r"|trung tuần|thượng tuần|hạ tuần|quý|tuần|mùa|vụ|hôm|mai|bây giờ|một"
    r"|chập|rạng|tờ mờ|lâu|trước|xưa|hồi|lúc|nhỏ|bé|thời|khuya|kỳ|đợt|rằm|mùng|mồng|dịp|Tết"
    r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật))"  # "thông tin từ Thứ Hai (8/6), …": a time
    r"|cả(?!\s+(?:nước|tỉnh|thành phố|huyện|xã|năm|ngành|hệ thống|khu vực|\d|hai|ba|bốn|sáu"
    r"|bảy|tám|chín|mười|hai bên|các|những|gia đình|nhà|lớp|đội|nhóm|làng|thôn|bản|trường|khu phố)\b"
    r"|\s+\S+(?:\s+\S+){0,3}\s+đều\b))\b",  # "cả chuyền 36 công nhân đều …": the whole of it
    re.IGNORECASE)
_PREPOSITION: Final = re.compile(r"(?:trong|tại|ở|khi|lúc|sau|trước|bên|trên|dưới)\b", re.IGNORECASE)
# A cue word that is the first half of another word: "nói chuyện", "khai mạc", "kể cả".
_COMPOUND: Final = re.compile(r"(?:nói\s+(?:chuyện|dối|khoác|lái|giọng|được)|khai\s+(?:báo|thác|trương|"
                       r"mạc|giảng|hoang|phá|sinh|thông|trừ|tử|quật|phóng|sơn)|kể\s+(?:cả|từ|tên|chuyện "
                       r"cho)|bảo\s+(?:vệ|đảm|hiểm|quản|tồn|trì|dưỡng|lãnh|hành|mật|trợ|tàng|an|"
                       r"vật|hộ|kê|lưu|toàn|chứng|đồng|nhau))(?!\w)"
                       # "bổ sung 600 triệu euro", "cam kết khoảng 2 tỷ USD": money, not words
                       r"|(?:bổ sung|cam kết|hứa)\s+(?:(?:đóng góp|lần lượt|thêm|tài trợ|hỗ trợ)\s+)?"
                       r"(?:(?:khoảng|gần|hơn|trên|ít nhất|tới)\s+)?(?=\d)", re.IGNORECASE)
# A photo credit closing a caption: "… (Ảnh: X)", "… - Ảnh: X", "… Ảnh: X".
_CREDIT: Final = re.compile(r"\s*(?:[(\[]\s*)?(?:[-–.]\s*)?(?:ảnh|Ảnh|ẢNH)(?:\s+minh\s+họa)?\s*[:)\]]")


def _has_credit_word(segment: str) -> bool:
    """``segment`` holds the word every match of ``_CREDIT`` holds (a cheap test first)."""
    return "ảnh" in segment or "Ảnh" in segment or "ẢNH" in segment


# A word that makes a clause of reported words (not a noun phrase a photo shows).
_CLAUSE_VERB: Final = re.compile(r"(?<!\w)(?:sẽ|đã|đang|là|có|được|cần|phải|không|chưa|vẫn|nên|bị|rằng)(?!\w)")
_QUESTION: Final = re.compile(r"(?:gì|sao|thế nào|như thế nào|ra sao|bao nhiêu)(?!\w)", re.IGNORECASE)


def find_quotes(text: str, start: int, end: int, known: Collection[str] = ()) -> list[Quote]:
    """Direct and indirect QUOTEs in the paragraph ``text[start:end]``; ``known`` short names."""
    quotes = direct_quotes(text, start, end, known)
    taken = [(q.start - 1, q.end + 1) for q in quotes]
    for a, b in cue_spans(text, start, end):
        if any(s <= a < e for s, e in taken) or _NOUN_CUE.search(text, max(start, a - 14), a) \
                or _SITE_WORDS.match(text, a):
            continue  # ("Trang thông tin điện tử Công an tỉnh …": a site's name)
        if text[a:b].casefold() in _FIELD_CUES and _POST_BEFORE_FIELD.search(text, max(start, a - 14), a) \
                and (not _EPITHET_FORECAST.search(text, max(start, a - 20), a) or not _WILL.match(text, b, end)):
            continue  # "Nữ chuyên gia dự báo lợi suất sẽ …" does say words
        negated = _NEGATED.search(text, max(start, a - 10), a) is not None  # "từ chối tiết lộ
        # con số", "không cho biết": no words reported (a second cue after "song" may be)
        floor = clause_floor(text, start, a)
        subject = subject_before(text, a, floor, known)
        chained = False
        if subject is None:
            subject = _chained_subject(text, a, floor, known)
            chained = subject is not None
        if subject is None:  # "Ông Tư (62 tuổi) vừa gặt xong tám sào lúa, khoe …"
            doing = _DOING.search(text, max(floor, a - 100), a)
            if doing is not None:
                subject = subject_before(text, doing.start() + 1, floor, known)
                chained = subject is not None and subject[0].name is not None
                subject = subject if chained else None
        if subject is None:
            continue
        cm = _CUE_TAIL.match(text, b, end)
        c = cm.end() if cm else b
        if _COLON_ONLY.match(text, a, b) and not any(x in text[b:c] for x in (":", ",", "rằng")):
            continue  # "đại biểu X chất vấn Bộ trưởng về …": whom, not words ("chất vấn: …" is)
        again = and_cue_re().match(text, c, end)
        if again is not None:  # "khẳng định và cho biết thêm …": the words follow the last cue
            c = again.end()
        when = _WHEN_THEN_RANG.match(text, c, end) if "rằng" in text[c:c + 40] else None
        if when is not None:  # "cho biết cùng ngày rằng …": the words follow "rằng"
            c = when.end()
        if (c >= end or text[c] in ".!?…") and ":" not in text[b:c]:
            before = _content_before(text, floor, subject[0].start, taken)
            if before is not None:  # "Sản lượng tăng 20%, ông X cho biết."
                quotes.append(Quote(before[0], before[1], subject[0], "indirect", subject[1]))
                taken.append(before)
            continue
        if ((text[c] in OPEN and not _title_opens(text, c, end)) or (
                text[c] not in OPEN and not text[c].isalnum())
                or (_COMPOUND.match(text, a) and not _told_since(text, a, end, subject[0]))
                or ("," not in text[b:c] and _NOT_CONTENT.match(text, c))):  # "cho biết, tại
            # xã X, …": after a comma a phrase of place or time opens the reported words
            continue
        if _REPORT_CUE.match(text, a, b) and _REPORT_NOUN.match(text, c) and "," not in text[b:c]:
            continue  # "họp báo thông tin kết quả …": a noun phrase, not reported words
        if text[a:b].casefold() == "bổ sung" and _ADDED_AMOUNT.match(text, b):
            continue  # "các hãng đã bổ sung tổng cộng 1.284 chuyến bay": added, not said
        if again is None and not chained and _AFTER_QUOTE.search(text, max(start, subject[0].start - 4),
                                                 subject[0].start) and not _name_in_marks_before(
                                                     text, start, subject[0].start):
            continue  # '"…", ông X nhấn mạnh khi …': the cue attributes the quote before it
        stop = sentence_end(text, c, end)
        if ":" in text[b:c]:  # 'X nói: A. B tôi …': unmarked words in the first person go on
            stop = _first_person_run(text, stop, end)
        if _PREPOSITION.match(text, c) and len(text[c:stop].split()) < 7:
            continue  # "ông X nói trong cuộc họp": a circumstance, not reported words
        if (stop < end and text[stop] == "?") or _QUESTION.match(text, c):
            continue  # "Ông X nói gì về giá thuốc?": a question, not reported words
        credit = _CREDIT.search(text, c, stop) if _has_credit_word(text[c:stop]) else None
        stop = credit.start() if credit else stop
        if credit is not None and len(text[c:stop].split()) <= 10 and not _CLAUSE_VERB.search(text, c, stop):
            continue  # "Đại tá X chỉ ra dấu hiệu nhận biết link giả - Ảnh: Y": what a photo shows
        source = _SOURCE_TAIL.search(text[c:stop]) if "theo" in text[c:stop] else None
        stop = c + source.start() if source else stop  # "…, theo Reuters.": the source
        back = _BACK_TO_SPEAKER.search(text, c, stop)
        stop = back.start() if back else stop  # "thừa nhận A, nhưng ông không đổ lỗi …"
        stop = _semicolon_clause(text, c, stop)  # "cho rằng A; vị luật sư đề nghị B"
        second = _second_cue(text, c, stop, _DONE.match(text, c) is not None)
        if second is not None:  # "X thừa nhận A nhưng cho rằng B": two quotes of X
            stop, c2 = second
        inner = [s for s, _e in taken if c < s < stop and text[s] in OPEN]
        if inner and text[c:inner[0]].rstrip().endswith(","):
            stop = inner[0]  # "X kể A, “B”": A reported, B quoted (a direct quote already)
        content_end = len(text[c:stop].rstrip(" .…,;")) + c
        if _ONLY_AN_OBJECT.fullmatch(text, c, content_end):
            continue  # "bị cáo khai nhận toàn bộ hành vi": what was admitted, not words
        if negated and second is None:
            continue
        if not negated and (len(text[c:content_end].split()) < 3
                            or any(s < content_end and c < e for s, e in taken)):
            continue
        ref, role = subject
        if not negated:
            quotes.append(Quote(c, content_end, ref, "indirect", role))
        taken.append((a, content_end))
        if second is not None and text[c2:c2 + 1] in OPEN:
            continue  # "…, đồng thời khẳng định: “…”": the words in marks are a direct quote
        if second is not None:
            end2 = sentence_end(text, c2, end)
            end2 = len(text[c2:end2].rstrip(" .…,;")) + c2
            if len(text[c2:end2].split()) >= 3:
                quotes.append(Quote(c2, end2, ref, "indirect", role))
                taken.append((c2, end2))
    return sorted(quotes, key=lambda q: q.start)


# A short phrase of time or place between the cue and "rằng" ("cùng ngày", "tại cuộc họp").
_WHEN_THEN_RANG: Final = re.compile(r"(?:[a-zà-ỹđ0-9/]+\s+){1,5}?rằng\s+(?=\S)")


def _title_opens(text: str, c: int, end: int) -> bool:
    """The words at ``c`` open with a capitalised title in marks that the sentence goes on
    after (``“Chuyến đò cuối năm” được quay trong 36 ngày``): reported words, not a quote."""
    close = text.find(_CLOSE_OF.get(text[c], text[c]), c + 1, min(end, c + 120))
    return (close > c + 1 and text[c + 1].isupper()
            and _LOWER_AFTER.match(text, close + 1) is not None)


_CLOSE_OF: Final = {"“": "”", "«": "»", "‘": "’"}
_LOWER_AFTER: Final = re.compile(r"\s+[a-zà-ỹđ]")


# The narrative turning back to the speaker inside the sentence: the words end before it.
_BACK_TO_SPEAKER: Final = re.compile(r",\s+(?:nhưng|song|tuy nhiên|dù vậy)\s+(?:ông|bà|anh|chị|cô)\s+"
                                     r"(?:không|vẫn|cũng|lại|chưa|luôn)\s"
                                     # "…, rồi lại cười: “…”": the speaker goes on in marks
                                     r"|,\s+rồi\s+(?:lại\s+)?[^\s,.:“”]+(?:\s+[^\s,.:“”]+)?\s*:\s*[“\"]")
def _semicolon_clause(text: str, c: int, stop: int) -> int:
    """``stop``, or the semicolon before a new clause with its own subject and cue inside the
    words ``text[c:stop]`` (``A; vị luật sư đề nghị B``): the words end there."""
    for a, _b in cue_spans(text, c, stop):
        semi = text.rfind(";", c, a)
        if semi > c and 1 <= len(text[semi + 1:a].split()) <= 4 \
                and _PERSON_AFTER_SEMICOLON.match(text, semi + 1, a) is not None:
            return semi
    return stop


# A person who speaks next, right after a semicolon: "; vị luật sư", "; ông", "; bà Lan",
# "; tuy nhiên bị cáo".
_PERSON_AFTER_SEMICOLON: Final = re.compile(r"\s*(?:(?:tuy nhiên|nhưng|song|còn),?\s+)?"
                                            r"(?:vị|ông|bà|anh|chị|luật sư|bị cáo|đại diện)\b")


_SINCE_WORDS: Final = re.compile(r"kể\s+từ\s+[^,.;:!?“”\"]{3,40},\s")


def _told_since(text: str, a: int, end: int, ref: NameRef) -> bool:
    """``bà X kể từ cuối tháng 11, lượng khách …``: a person's ``kể`` and reported words
    opening with a time phrase closed by a comma (not the compound ``kể từ`` "since")."""
    return (ref.name is not None or ref.title is None) and not (
        ref.name is not None and is_org_name(ref.name)) and _SINCE_WORDS.match(text, a, end) is not None


_FIRST_PERSON: Final = re.compile(r"(?<!\w)(?:tôi|chúng tôi|mình|chúng mình|chúng ta|tao|"
                                   r"chúng em|em)(?!\w)", re.IGNORECASE)


def _first_person_run(text: str, stop: int, end: int) -> int:
    """``stop`` moved over the next sentences of the paragraph (unmarked words after ``X
    nói:`` run to the paragraph's end, docs/gsmark.md) until one holds a quotation mark, or
    a cue verb or ``Theo …`` without speaking in the first person."""
    while stop < end and text[stop] == ".":
        nxt = stop + 1 + (len(text[stop + 1:end]) - len(text[stop + 1:end].lstrip()))
        if nxt >= end:
            break
        nxt_stop = sentence_end(text, nxt, end)
        sentence = text[nxt:nxt_stop]
        if any(m in sentence for m in "“”\"«»") or (
                not _FIRST_PERSON.search(sentence) and (cue_spans(text, nxt, nxt_stop)
                                                       or sentence.startswith("Theo "))):
            break  # a quote or another attribution: the narrative goes on
        stop = nxt_stop
    return stop


_CONJ: Final = re.compile(r",?\s+(?:nhưng|song|đồng thời|và)\s+(?:vẫn\s+|cũng\s+)?$")


def _second_cue(text: str, c: int, stop: int, deeds: bool = False) -> tuple[int, int] | None:
    """``(end of the first content, start of the second)`` when reported words ``text[c:stop]``
    go on with a conjunction and another cue of the same subject (``… nhưng cho rằng …``).
    ``deeds``: the words report what the speaker did (``đã tiếp nhận 90 đơn``); then a cue
    after ``và`` is one more deed (``… và yêu cầu các ngân hàng …``), not a second quote."""
    for a, b in cue_spans(text, c, stop):
        m = _CONJ.search(text, c, a)
        if m is None or (deeds and m.group().split()[-1] == "và"):
            continue
        if _COLON_ONLY.match(text, a, b) or _REPORT_CUE.match(text, a, b):
            continue  # "… và báo cáo kết quả tại kỳ họp": one more thing asked, no words
        if _COMPOUND.match(text, a):
            continue  # "… mất kết nối và khai thác sai vùng": a word, no cue
        tail = _CUE_TAIL.match(text, b, stop)
        return m.start(), tail.end() if tail else b
    return None


_CHAIN: Final = re.compile(r"(?:\s+thêm)?,?\s+(?:đồng thời|và|rồi|sau đó|nhưng|song)\s+"
                    r"(?:vẫn\s+|cũng\s+|còn\s+)?$")


def _chained_subject(text: str, a: int, floor: int,
                     known: Collection[str]) -> tuple[NameRef, str | None] | None:
    """The subject of an earlier cue joined to the cue at ``a`` by a conjunction (``bà X nói,
    đồng thời khẳng định …``, ``ông Y cho biết và đề nghị …``): both report the same speaker."""
    m = _CHAIN.search(text, max(floor, a - 40), a)
    if m is None:
        return None
    prev = [c for c in cue_spans(text, max(floor, m.start() - 40), m.start()) if c[1] == m.start()]
    if not prev:  # "X tiếp thu ý kiến đại biểu và khẳng định …": a deed of the same subject
        deed = _DEED.search(text, max(floor, m.start() - 80), m.start())
        return subject_before(text, deed.start() + 1, floor, known) if deed is not None else None
    return subject_before(text, prev[-1][0], floor, known)


# A person doing something right before a cue, after a comma: "… vừa gặt xong lúa, khoe".
# A news source closing reported words: "…, theo Reuters", "…, theo AFP và EFE".
_SOURCE_TAIL: Final = re.compile(r",\s*theo\s+[A-ZĐ][\w.]*(?:\s+(?:[A-ZĐ][\w.]*|và))*\s*$")
_DOING: Final = re.compile(r"\s(?:vừa|đang)\s[^,.;:!?“”\"()]{3,80},\s*$"
                           # "Chị Mơ (44 tuổi) thở dài rồi kể …": a gesture, then the cue
                           rf"|\s(?:[{LOWER}]+\s+){{1,3}}rồi\s*$")
# What a speaker does at a meeting before saying something: "tiếp thu ý kiến …, đồng thời".
_DEED: Final = re.compile(r"\s(?:tiếp thu|ghi nhận|cảm ơn|công bố|ban bố|hoan nghênh|đánh giá cao|chúc mừng|"
                          r"biểu dương|lắng nghe|trả lời)\s[^,.;:!?“”\"]{0,60}$")


_ONLY_AN_OBJECT: Final = re.compile(r"(?:toàn bộ\s+)?hành vi(?:\s+(?:phạm tội|vi phạm|sai phạm|của mình))?")


# Cues that also announce a document or a topic, and the nouns that then follow them
# ("trình bày tham luận", "kết luận phiên họp", "kết luận thanh tra").
_REPORT_CUE: Final = re.compile(r"(?:thông tin|công bố|báo cáo|thông báo|trình bày|kết luận|đánh giá)$")
_REPORT_NOUN: Final = re.compile(r"(?:kết quả|tình hình|nội dung|kế hoạch|chương trình|số liệu|quy định|"
                          r"dự thảo|phương án|danh sách|báo cáo|tham luận|tờ trình|đề án|ý kiến|"
                          r"quan điểm|phiên|hội nghị|buổi|cuộc|thanh tra|kiểm tra|vụ việc|vụ án)\b")
# Cues that report words only before a colon, a comma or "rằng": "chất vấn: …", "trả lời,
# …" (after them without one comes whom or where: "chất vấn Bộ trưởng", "phát biểu tại hội
# nghị", "trả lời phỏng vấn").
_NEGATED: Final = re.compile(r"(?<!\w)(?:từ chối|không|chưa)\s+$")
_COLON_ONLY: Final = re.compile(r"(?:chất vấn|phát biểu|trả lời|báo cáo|báo cáo bổ sung)$")
# Reported words that open with what the speaker has done ("Công an cho biết đã tiếp nhận
# 90 đơn và yêu cầu …"): a "và <cue>" inside them is one more deed (_second_cue).
_DONE: Final = re.compile(r"(?:đã|vừa)\s")


# A closing quotation mark and a comma or dash right before a cue's subject.
_AFTER_QUOTE: Final = re.compile(r"[”\"»]\s*[,–-]\s*$")


def _name_in_marks_before(text: str, start: int, at: int) -> bool:
    """The marks closing right before ``at`` hold a name (``Trong đợt cao điểm “Tết an toàn”,
    Phòng X đề nghị …``), not a quotation the cue after them could attribute."""
    close = max(text.rfind("”", start, at), text.rfind('"', start, at))
    opened = max(text.rfind("“", start, close), text.rfind('"', start, close)) if close > start else -1
    return opened >= start and named_before(text, start, opened)


# A cue word used as a noun: "IMF nâng dự báo tăng trưởng", "giữ nguyên đánh giá".
# Case-sensitive: "Nhật Bản khuyến cáo" is a name; "triển khai", "công khai" hold no "khai".
# The search starts at most 14 characters before the cue: a word there starts at a space.
_NOUN_CUE: Final = re.compile(r"(?<!\S)(?:nâng|hạ|giữ nguyên|điều chỉnh|đưa ra|công bố|các|những|"
                       r"bản|mức|lời|triển|công|tờ|(?<![Tt]hống )kê|"
                       # "tiêm bổ sung", "cấp bổ sung", "sửa đổi, bổ sung": to add, not to say
                       r"tiêm|cấp|nộp|chi|sửa đổi,"
                       # "chấp nhận yêu cầu khởi kiện", "theo yêu cầu của …": a request, no words
                       r"|chấp nhận|bác|bác bỏ|rút|theo|đáp ứng"
                       # "Phóng viên Cổng thông tin điện tử Bộ X đã trao đổi": a site's name
                       r"|[Cc]ổng"
                       # "hồ sơ đề nghị", "hệ thống cảnh báo", "đơn phản ánh": a paper or a system
                       r"|hồ sơ|hệ thống|đơn|văn bản|tờ trình|công văn|phiếu"
                       # "công tác tiếp nhận, xử lý phản ánh, kiến nghị": the matters handled
                       r"|tiếp nhận|xử lý|giải quyết|phản ánh,)\s+$")
_ADDED_AMOUNT: Final = re.compile(r"\s+(?:thêm\s+)?(?:tổng cộng\s+|khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d")
_SITE_WORDS: Final = re.compile(r"(?i:thông tin)\s+điện tử\b")
# A field named after a post ("chuyên gia phân tích mã độc", "Công ty tư vấn"): no cue.
_FIELD_CUES: Final = frozenset(("phân tích", "tư vấn", "dự báo", "đánh giá"))
# "Nữ chuyên gia dự báo …" refers back to a person (who forecasts words with "sẽ"/"rằng").
_EPITHET_FORECAST: Final = re.compile(r"(?<!\S)(?i:nữ|nam|vị)\s+chuyên gia\s+$")
_WILL: Final = re.compile(r"\s+(?:rằng\b|[^.;:!?“”\"]{1,60}?\s(?:sẽ|có thể)\s)")
_POST_BEFORE_FIELD: Final = re.compile(r"(?<!\S)(?i:chuyên gia|chuyên viên|nhà|trưởng nhóm|công ty|"
                                       r"trung tâm|bộ phận|phòng|giám đốc)\s+$")


_CUE_TAIL: Final = re.compile(r"(?:\s+thêm)?(?:\s+(?:người dân|nhà đầu tư|du khách|phụ huynh|bà con|"
                       r"doanh nghiệp|các địa phương|ngư dân|nông dân|người tiêu dùng|người bệnh|"
                       r"người lao động|khách hàng|người chăn nuôi|học sinh|sinh viên|hội viên|"
                       r"cha mẹ|các hộ dân|các đơn vị|cộng đồng)(?=\s*:))?"  # "khuyến cáo người dân: …"
                       r"(?:\s+(?:với|cho|tại|trong|ở|bên lề|sau khi|khi|qua)\s+"
                       r"[^,.:;“\"]{1,40}?(?=\s+rằng))?"
                       # "khai nhận là người rủ cả nhóm": "là" is the verb of the words there
                       r"\s*(?:(?:rằng|là(?!\s+(?:người|kẻ|đối tượng|chủ mưu)\b))(?!\w))?\s*[:,]?\s*")


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
    if text[s] in OPEN and text.find(text[s] if text[s] == '"' else "”", s + 1, e) < 0:
        return None
    if (text[s] not in OPEN and not text[s].isalnum()) or (_PREPOSITION.match(text, s)
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
