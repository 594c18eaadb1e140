"""Interview questions for the ``speech`` extractor: whether an article is an interview and
which unlabelled paragraphs are the interviewer's questions (dash-led, ``Thưa ông, …?``, the
closing thanks), for :func:`goldspan.extract.speech_labels.find_turns`.

:class:`Label` (a parsed speaker label) lives here so that both modules read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from goldspan.extract.speech_cast import UPPER, Cast, name_at_end


@dataclass
class Label:
    """A parsed speaker label: ``kind`` is ``interviewer``, ``answer``, ``person`` or
    ``title`` (a title alone, ``role`` holding it)."""

    kind: str
    end: int  # offset in the paragraph where the turn's words start
    name: str | None = None
    role: str | None = None
    bare: bool = False  # a name without honorific or title (needs interview context)
    paper: str | None = None  # "Phóng viên Báo Lao Động hỏi:": the paper the reporter writes for
    asks: bool = False  # a reader's question in a Q&A box ("Chị X (Sơn La) hỏi:")


def is_interview(text: str, paras: list[tuple[int, int]], zones: list[str],
                  labels: list[Label | None]) -> bool:
    """The article is an interview when its labels show it: two labels naming a person with a
    title, two title labels of different roles, an interviewer's label, two dash-led
    questions, an article with no label at all whose questions address a guest
    (:func:`_unlabelled_interview`), or a labelled answer (or a bare name labelling two
    paragraphs) with an unlabelled question. Counts stop as soon as the answer is known."""
    titled = sum(1 for (s, e), lab in zip(paras, labels, strict=True)
                 if lab and lab.kind == "person" and not lab.bare
                 and text[s + lab.end:s + lab.end + 1] not in ("“", '"'))  # 'Ông X trả lời: “…”'
    if titled >= 2 or any(lab and lab.kind == "interviewer" for lab in labels):
        return True
    if len({lab.role for lab in labels if lab and lab.kind == "title"}) >= 2:
        return True  # "Bạn đọc hỏi:" / "Luật sư trả lời:": two roles speak in turn
    if titled >= 1 and any(lab and lab.kind == "title" and (lab.role or "").casefold() in _READERS
                           for lab in labels):
        return True  # "Bạn đọc hỏi:" / "Luật sư Nguyễn Văn A (…) trả lời:"
    if not any(labels) and _unlabelled_interview(text, paras, zones):
        return True
    if dash_answered(text, paras, zones, labels):
        return True  # "Chị sẽ có đêm nhạc chứ?" / "- Có. …", twice or more
    dash_questions = sum(1 for (s, e), z in zip(paras, zones, strict=True)
                         if z == "BODY" and _DASH_AT.match(text, s, e) is not None
                         and _dash_question(text[s:e]))
    if dash_questions >= 2:
        return True
    answers = sum(1 for (s, e), lab in zip(paras, labels, strict=True)
                  if lab and lab.kind == "person" and not lab.bare
                  and text[s + lab.end:s + lab.end + 1] not in ("“", '"'))  # not 'Ông X: "…"'
    bare = [lab.name for lab in labels if lab and lab.kind == "person" and lab.bare]
    if answers < 1 and not any(bare.count(name) >= 2 for name in set(bare)):
        return False  # a bare name ("Hùng:") answers when it labels two paragraphs or more
    return any(z == "BODY" and lab is None and _is_question(text[s:e])
               for (s, e), z, lab in zip(paras, zones, labels, strict=True))


_READERS: Final = frozenset(("bạn đọc", "độc giả", "người hỏi"))  # who asks in a Q&A box
_DASH: Final = re.compile(r"^\s*[-–—+]\s+(?=\S)")  # "+ " asks in some papers, "- " answers
_DASH_AT: Final = re.compile(_DASH.pattern.removeprefix("^"))  # matched at a paragraph's start
THANKS: Final = re.compile(r"^\s*(?:xin\s+|trân trọng\s+|chân thành\s+)*cảm ơn\s+(?:(?:(?:ông|bà|anh|chị|"
                     r"đồng chí|thiếu tướng|trung tướng|đại tá|tiến sĩ|giáo sư|thầy|cô|bạn|em|"
                     r"bác sĩ|luật sư|nhà báo|kiến trúc sư|bác)"
                     r"\b[^.!?]{0,90}|[^\W\d_][^.!?]{0,70}!"
                     # "Xin cảm ơn GS.TS Trịnh Quang Huy!": a degree with dots before the name
                     r"|(?:pgs|gs|ts|ths|bs|ncs)(?:\.(?:ts|bs|ths|ckii?))*\.?\s+[^.!?]{0,70}!)[.!]*"
                     # "Cảm ơn Hoài về cuộc trò chuyện. Chúc em …!": thanks, then a wish
                     r"|[^\W\d_][^.!?]{0,60}[.!]\s+(?:xin\s+|kính\s+)?chúc\b[^.?]{0,160}[.!]*)\s*$",
                     re.IGNORECASE)
# (any addressee when the thanks ends with "!": "Cảm ơn Bảo Trâm và chúc em thi đấu thành công!")


_ASKS: Final = re.compile(r"(?:thưa|xin\s+(?:ông|bà|anh|chị|đồng chí)\s+cho\s+biết)\b", re.IGNORECASE)


_POLITE: Final = re.compile(r"\bthưa\s+(?:ông|bà|anh|chị|đồng chí|(?-i:[A-ZĐ][^\W\d_]*(?=[\s,?])))",
                            re.IGNORECASE)  # ("Thưa Đại tá", "Thưa Bộ trưởng": a title)


def _is_question(line: str) -> bool:
    """An unlabelled paragraph asking the guest: ends with ``?`` or opens ``Thưa ông, …``."""
    line = line.strip()
    return line.endswith("?") or _POLITE.match(line) is not None


# Words of the lead or byline that announce a conversation with the guest.
_CONVERSATION: Final = re.compile(r"(?:trao đổi với|phỏng vấn|trò chuyện|cuộc trao đổi|chia sẻ với "
                           r"(?:phóng viên|PV|báo|chúng tôi)|thực hiện\s*$)", re.IGNORECASE)
# The speaker talking of themselves (an answer, a reader's question in the first person).
FIRST_PERSON: Final = re.compile(r"(?<!\w)(?:tôi|chúng tôi|chúng ta|chúng em|mình|em|tớ)(?!\w)",
                                 re.IGNORECASE)
_YOU: Final = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|đồng chí|[Tt]hầy|[Cc]ô|[Bb]ạn|thưa\s+\w+)(?!\w)")
# ("…, thưa Đại tá?": the guest addressed by a rank or title at the question's end)


OPENS_FIRST_PERSON: Final = re.compile(r"(?:Tôi|Chúng tôi|Em|Mình|Chúng em)\s")


def _guest_question(line: str) -> bool:
    """A paragraph asking the guest without a label: ends with ``?``, at most 400 characters,
    and opens ``Thưa ông …`` or addresses the guest (``ông``, ``bà``…) inside."""
    line = line.strip()
    return (line.endswith("?") and len(line) <= 400
            and (_POLITE.match(line) is not None or _YOU.search(line) is not None)
            and not (len(line) > 150 and OPENS_FIRST_PERSON.match(line)))  # "Tôi sinh ra ở …,
    # tôi nghĩ: sao không …?": an answer ending with a question to itself


def _unlabelled_interview(text: str, paras: list[tuple[int, int]], zones: list[str]) -> bool:
    """An interview printed with no label at all: two questions to the guest or more
    (:func:`_guest_question`), one of them ``Thưa …``, and the lead or a byline announcing a
    conversation (``trao đổi với``, ``phỏng vấn``, ``X thực hiện``); or three ``Thưa``
    questions."""
    at = [k for k, ((s, e), z) in enumerate(zip(paras, zones, strict=True))
          if z == "BODY" and _guest_question(text[s:e])]
    asks = [text[paras[k][0]:paras[k][1]] for k in at]
    polite = sum(1 for line in asks if _POLITE.match(line.strip()))
    if len(asks) < 2 or (polite < 1 and len(asks) < 3):
        return False
    announced = any(z in ("TITLE", "LEAD", "BYLINE") and _CONVERSATION.search(text[s:e].rstrip())
                    for (s, e), z in zip(paras, zones, strict=True)) or (len(asks) >= 4 and any(
                        z == "TITLE" and _GUEST_HEADLINE.match(text, s, e)
                        for (s, e), z in zip(paras, zones, strict=True)))  # "NTK X: “…”" over four
    # questions or more, each answered in the first person: a portrait interview
    if polite < 1:  # three questions or more with no "Thưa": announced, and answered in the
        answered = sum(1 for k in at if k + 1 < len(paras) and zones[k + 1] == "BODY"  # first
                       and FIRST_PERSON.search(text, *paras[k + 1]) is not None)  # person
        return announced and answered * 4 >= len(at) * 3
    return announced or polite >= 3


# A headline giving a named guest's words: "NTK Hà Thu Phương: “Thổ cẩm không …”".
_GUEST_HEADLINE: Final = re.compile(r"[^:\n]{3,60}:\s*[“\"]")
_TALKS_WITH: Final = re.compile(r"(?:trao đổi với|phỏng vấn|trò chuyện với|cuộc trò chuyện với)\s+")


def lead_guest(text: str, paras: list[tuple[int, int]], zones: list[str],
                cast: Cast) -> str | None:
    """The speaker id of the person the lead says the reporter talked with (``trao đổi với
    ông X, Giám đốc Y``), or None."""
    for (s, e), zone in zip(paras, zones, strict=True):
        if zone != "LEAD":
            continue
        for m in _TALKS_WITH.finditer(text, s, e):
            stop = text.find(",", m.end(), e)
            ref = name_at_end(text, stop if stop > 0 else e, m.end())
            if ref is not None and ref.name is not None:
                return cast.speaker(ref.name).sid
    for (s, e), zone in zip(paras, zones, strict=True):
        said = _NAME_SAYS.match(text, s, e) if zone == "TITLE" else None
        if said is not None and text.count(said.group("name")) >= 3:  # "Hạ Miên: “Tôi …”" over
            return cast.speaker(said.group("name")).sid  # the interview: the guest
    return None


# A headline giving a person's words: "Hạ Miên: “Tôi ngủ quên gần hai năm …”".
_NAME_SAYS: Final = re.compile(rf"(?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,3}})\s*:\s*[“\"]")


def dash_answered(text: str, paras: list[tuple[int, int]], zones: list[str],
                  labels: list[Label | None]) -> bool:
    """An interview whose unlabelled questions (ending with ``?``) are each answered by a
    dash-led paragraph (``- Tôi về quê …``), at least twice, with no interviewer's or
    answer label anywhere (a pull quote ``X: “…”`` may be labelled)."""
    if any(lab is not None and lab.kind in ("interviewer", "answer") for lab in labels):
        return False
    pairs = 0
    for k in range(len(paras) - 1):
        (s, e), (s2, e2) = paras[k], paras[k + 1]
        if zones[k] == zones[k + 1] == "BODY" and labels[k] is None and text[s:e].rstrip().endswith("?") \
                and _DASH_AT.match(text, s2, e2) and not _DASH_AT.match(text, s, e):
            pairs += 1
    return pairs >= 2


def bare_questions(text: str, paras: list[tuple[int, int]], zones: list[str],
                    labels: list[Label | None]) -> None:
    """Label every question to the guest as the interviewer's (an interview with no label:
    the answers are the unlabelled paragraphs after each question); dash-led questions are
    left to :func:`implicit_questions`, which drops the dash."""
    for k, ((s, e), zone) in enumerate(zip(paras, zones, strict=True)):
        if zone == "BODY" and labels[k] is None and _guest_question(text[s:e]) and not _DASH_AT.match(text, s, e):
            labels[k] = Label("interviewer", len(text[s:e]) - len(text[s:e].lstrip()))


def _dash_question(line: str) -> bool:
    """A dash-led paragraph that asks: ends with ``?`` or opens with ``Thưa ông, …``."""
    dash = _DASH.match(line)
    if dash is None:
        return False
    return line.rstrip().endswith("?") or _ASKS.match(line, dash.end()) is not None


def implicit_questions(text: str, paras: list[tuple[int, int]], zones: list[str],
                        labels: list[Label | None], asked: bool) -> None:
    """In an interview, unlabelled questions are the interviewer's: a dash-led question, a
    (short, when other questions are labelled) question right before a labelled answer and
    the closing thanks. A paragraph right after a labelled question that did not end with
    ``?`` (the question spans two paragraphs) stays in that turn."""
    last: str | None = None  # kind of the last labelled paragraph
    for k, ((s, e), zone) in enumerate(zip(paras, zones, strict=True)):
        if zone != "BODY":
            continue
        known_label = labels[k]
        if known_label is not None:
            last = known_label.kind
            continue
        line = text[s:e].rstrip()
        dash = _DASH.match(line)
        nxt = labels[k + 1] if k + 1 < len(labels) else None
        before = labels[k - 1] if k > 0 and zones[k - 1] == "BODY" else None
        if (not dash and before is not None and (before.kind == "interviewer" or before.asks)
                and not text[paras[k - 1][0]:paras[k - 1][1]].rstrip().endswith("?")):
            continue  # the question after the interviewer's (or a reader's) statement: the
            # same turn goes on ("Bạn đọc X hỏi: [what happened]" then "Xin hỏi …?")
        if dash and _dash_question(line):
            labels[k] = Label("interviewer", dash.end())
        elif dash and last == "interviewer" and not (k > 0 and (
                text[paras[k - 1][0]:paras[k - 1][1]].rstrip().endswith(":")
                or (labels[k - 1] is None and _DASH_AT.match(text, *paras[k - 1])))):
            labels[k] = Label("answer", dash.end())  # "- " answers after a question (not the
            # items of a list its paragraph announces: "Dự báo ngày 15/5:" / "- Hà Nội: …")
        elif dash and THANKS.match(line[dash.end():]):
            labels[k] = Label("interviewer", dash.end())  # "- Xin cảm ơn ông!"
        elif THANKS.match(line):
            labels[k] = Label("interviewer", len(line) - len(line.lstrip()))
        elif ((line.endswith("?") or _ASKS.match(line.lstrip()) or _POLITE.search(line))
              and nxt is not None and nxt.kind == "person" and (not asked or len(line) <= 250)):
            labels[k] = Label("interviewer", len(line) - len(line.lstrip()))
        elif (line.endswith("?") and len(line) <= 300 and (
                last in ("person", "title", "answer")
                or (last == "interviewer" and k > 0 and labels[k - 1] is None))
              and nxt is None and k + 1 < len(labels) and zones[k + 1] == "BODY"):
            # an unlabelled question between unlabelled answers
            labels[k] = Label("interviewer", len(line) - len(line.lstrip()))
        new_label = labels[k]
        if new_label is not None:
            last = new_label.kind
