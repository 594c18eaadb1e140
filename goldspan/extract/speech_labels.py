"""Interview turns for the ``speech`` extractor: speaker labels and the TURN spans they open.

A label opens a paragraph and ends with a colon: ``Phóng viên:``, ``PV:``, ``P.V:``,
``Đồng chí Lê Quang Long:``, ``Ông Hải:``, ``GS.TS Nguyễn Văn A:``, or a bare name in an
interview. A turn runs from after the label over the following BODY paragraphs until the
next label; a CAPTION or RELATED paragraph splits it (the turn resumes after it with the same
speaker) and any other zone ends it. The interviewer is the byline's author when there is one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Final

from goldspan.extract.entities_tokens import vietnamese_syllable
from goldspan.extract.speech_cast import (
    LOWER,
    RUN,
    UPPER,
    Cast,
    alternation,
    lexicon,
    name_at_end,
    split_name,
    title_re,
    word_sets,
)
from goldspan.extract.speech_questions import (
    FIRST_PERSON,
    OPENS_FIRST_PERSON,
    THANKS,
    Label,
    bare_questions,
    dash_answered,
    implicit_questions,
    is_interview,
    lead_guest,
)
from goldspan.extract.speech_subjects import is_org_name

_LABEL: Final = re.compile(r"^(?P<label>[^:\n“”\"]{1,80}?)\s*:\s*(?=\S)")
# An expert answering a Q&A box with the firm and bar in brackets or after commas (longer
# than a label): "Luật sư X (Công ty Luật Y, Đoàn Luật sư Z) trả lời: …", "Bác sĩ X, Phó
# Trưởng khoa Y, Bệnh viện Z, trả lời: …".
_LONG_BOX_LABEL: Final = re.compile(r"^(?P<label>[^:\n“”\"]{1,160}?[),]\s*(?:trả lời|giải đáp|tư vấn))"
                                    r"\s*:\s*(?=\S)")
_BULLETS: Final = frozenset("•●▪◦")
_CREDIT_ROLE: Final = r"(?:Phóng viên|PV|Quay phim|Biên tập|Dựng phim|Kỹ thuật|Đồ họa|Ảnh|Bài|Video|Dẫn)"
_TV_CREDITS: Final = re.compile(rf"{_CREDIT_ROLE}\s*:\s*[^:|]+?(?:\s+[-|–]\s+{_CREDIT_ROLE}\s*:\s*[^:|]+?)+")
_DASH_BULLETS: Final = frozenset({"- ", "– ", "+ ", "* "})  # "- COD: 96 mg/l": a list item
_TRAILING_PAREN: Final = re.compile(r"\s*\(([^()]+)\)\s*$")
_LONG_BOX_LABEL_AT: Final = re.compile(_LONG_BOX_LABEL.pattern.removeprefix("^"))
# "Hỏi - …" / "Trả lời - …": question and answer words labelled with a dash, not a colon.
# A box heading "Hỏi - đáp" / "Hỏi – Trả lời" is no label.
_DASH_LABEL: Final = re.compile(r"(Hỏi|Đáp|Trả lời|PV|Phóng viên)\s*[-–]\s+(?=\S)"
                                r"(?!(?:đáp|Đáp|trả lời|Trả lời|ĐÁP)[\s.:]*$)")
# _LABEL without "^", for Pattern.match(text, start, end) on a paragraph of the whole text
_LABEL_AT: Final = re.compile(_LABEL.pattern.removeprefix("^"))
_LABEL_PARTS: Final = re.compile(r"\s[-–]\s|,\s")  # "Ông X, Giám đốc Y" / "Bà X - Z"
_THEO_CUT: Final = re.compile(r"\s*[-–,/&(]\s*")  # what ends the name in "Theo X (VOV)"
_AUTHOR_CUT: Final = re.compile(r"\s*(?:[-–,/&(|·•]|\bvà\b)\s*")  # what ends the first author
_RUN_FULL: Final = re.compile(rf"^{RUN}$")
_PAREN_ROLE: Final = re.compile(r"^(?P<body>.*?)\s*[(\[](?P<role>[^)\]]{2,120})[)\]]$")
_BYLINE_HEAD: Final = re.compile(
    r"^(?:(?:(?:bài|tin)\s*(?:và|,|/)?\s*ảnh|bài|tin|ảnh|tác giả|thực hiện|ghi chép|nhóm phóng viên|phỏng vấn)"
    r"\s*[:/-]|(?:phóng sự|ghi chép|bút ký|ký sự|tùy bút|tản văn)\s+của)\s*",
    re.IGNORECASE)
_BYLINE_TAIL: Final = re.compile(
    r"\s*[(\[]?\s*(?:thực hiện|ghi|ghi chép|tổng hợp|lược dịch|biên dịch)\s*[)\]]?\.?\s*$",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def _prefix_start_re() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(rf"^(?:(?:{alternation(lex['honorifics'] + lex['titles'] + ['già'], True)})(?:\.\s*|\s+))+",
                      re.IGNORECASE)  # ("Già Cầm Văn Nọi:": an elder addressed as such)


_ACRONYM: Final = re.compile(r"^[A-ZĐ][A-ZĐ&]{1,6}$")


@lru_cache(maxsize=1)
def _cue_end_re() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(rf"(?:^|\s)(?:{alternation(lex['cue_verbs'] + lex['direct_cues'])})"
                      r"(?:\s+(?:thêm|rằng|lại))?$"
                      rf"|,\s*(?:{alternation(lex['cue_verbs'] + lex['direct_cues'])})"
                      r"(?:\s+(?:với\s+)?(?:em|tôi|chúng tôi|mình|phóng viên|PV|báo chí))?$")


def _title_upper_runs(raw: str) -> str:
    """Runs of two or more upper-case words written as names (``NGUYỄN VĂN AN`` →
    ``Nguyễn Văn An``); a lone acronym (``HĐQT``) stays."""
    words = raw.split(" ")
    upper = [len(w) > 1 and w.isupper() for w in words]
    out = []
    for i, w in enumerate(words):
        in_run = upper[i] and ((i > 0 and upper[i - 1]) or (i + 1 < len(words) and upper[i + 1]))
        after_address = upper[i] and i == len(words) - 1 and i > 0 and words[i - 1][:1].isupper() \
            and words[i - 1].casefold() in word_sets()["honorifics"] \
            and w.isalpha() and vietnamese_syllable(w.title())  # (not "Ông UBND")
        out.append(w.title() if in_run or after_address else w)  # ("Em KHOA": "Em Khoa")
    return " ".join(out)



def _described_name(raw: str, name: str | None) -> tuple[str, str] | None:
    """``(description, name)`` for a label made of a capitalised description and a full name
    (``Nghệ nhân Nguyễn Văn An``, ``Nông dân Lò Văn Pọm``), or None."""
    if name is None or len(name.split()) < 2 or not raw.endswith(name):
        return None
    head = raw[: len(raw) - len(name)].strip()
    words = head.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or any(ch.isdigit() for ch in head):
        return None
    if split_name(name, False) != name or any(ch in head for ch in ",;()-–"):
        return None
    return head, name


def _join_title_chain(raw: str) -> str:
    """``Phó Giáo sư, Tiến sĩ Nguyễn Hữu Khang`` → ``Phó Giáo sư Tiến sĩ Nguyễn Hữu Khang``:
    commas between titles opening a label are not the ``Name, role`` comma."""
    titles = word_sets()["honor_titles"]
    prefix, rest = "", raw
    while True:
        head, sep, tail = rest.partition(", ")
        if not (sep and head.casefold() in titles and tail[:1].isupper()):
            break
        prefix, rest = f"{prefix}{head} ", tail
    return f"{prefix}{rest}" if prefix else raw


_REPORTER: Final = re.compile(rf"(?i:phóng viên|pv|p\.v)\s+(?P<name>(?:[{UPPER}]\S*\s*){{1,4}})$")
_NOT_REPORTER: Final = frozenset("báo tạp tờ đài truyền kênh trang thông".split())


def _reporter_name(raw: str) -> str | None:
    """The reporter's name in ``PV Thu Hà`` / ``Phóng viên Minh Đức`` (two reporters asking
    in turn), or None (``PV``, ``Phóng viên Báo X``, ``PV VTV``)."""
    m = _REPORTER.match(raw.strip())
    if m is None:
        return None
    name = m.group("name").strip()
    words = name.split()
    if words[0].casefold() in _NOT_REPORTER or any(w.isupper() and len(w) > 1 for w in words):
        return None
    return name


# A reporter of a named paper asking at a press conference: "Phóng viên Báo Lao Động hỏi".
_REPORTER_OF: Final = re.compile(r"(?i:phóng viên|pv|p\.v)\s+(?:(?i:báo|tạp chí|tờ|đài|truyền hình)\s+"
                          rf"(?P<paper>[{UPPER}][^:\s]*(?:\s+[{UPPER}\d][^:\s]*){{0,5}})"
                          # "Phóng viên Thông tấn xã Việt Nam hỏi:": the agency in full
                          rf"|(?P<agency>Thông tấn xã(?:\s+[{UPPER}][^:\s]*){{1,3}}))(?:\s+hỏi)?$")
# A question-and-answer box: "Bạn đọc hỏi", "Luật sư trả lời", "Bác sĩ tư vấn".
_BOX_LABEL: Final = re.compile(r"^(?P<who>\S.*?)\s+(?:hỏi|trả lời|đáp|tư vấn|giải đáp|bổ sung)$",
                               re.IGNORECASE)


# A guest addressed in a question: "Thưa ông", "Ông có đồng ý …", "… của bà".
_ADDRESSES: Final = re.compile(r"(?<!\w)(?:[Tt]hưa|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Đđ]ồng chí)(?!\w)")
# A question numbered in an interview: "1. Thưa ông, cơ duyên nào …?" (one line, ending "?").
_NUMBERED_QUESTION: Final = re.compile(r"\s*\d{1,2}[.)]\s+(?=[^\n]{8,400}\?\s*$)")


def parse_label(paragraph: str) -> Label | None:
    """The speaker label opening ``paragraph``, or None."""
    if paragraph[:1] in _BULLETS or paragraph[:2] in _DASH_BULLETS:
        return None  # "• Allopurinol: khởi đầu 100 mg/ngày": an item of a list, no speaker
    if _TV_CREDITS.fullmatch(paragraph.strip()):
        return None  # "Phóng viên: X - Quay phim: Y": a TV report's credits
    m = _LABEL.match(paragraph) or _LONG_BOX_LABEL.match(paragraph)
    if m is None:
        return None
    raw = m.group("label").strip(" -–•*")
    key = " ".join(raw.casefold().split())
    lex = lexicon()
    if key in _MODERATOR_LABELS:
        return Label("interviewer", m.end(), role="moderator")  # "MC:" of a round-table
    paper = _REPORTER_OF.match(raw)
    if paper is not None:  # "Phóng viên Báo Lao Động hỏi:" at a press conference
        if re.match(r"(?:phóng viên|pv|p\.v)\s+tờ\s", key):  # "Phóng viên tờ Ruhr Nachrichten:"
            return Label("person", m.end(), paper.group("paper"), None)  # another paper asks
        return Label("interviewer", m.end(), paper=paper.group("paper") or paper.group("agency"))
    if key in lex["interviewer_labels"] or (
            key.startswith(("phóng viên ", "pv ", "p.v ")) and len(key.split()) <= 6):
        return Label("interviewer", m.end(), _reporter_name(raw))  # "Phóng viên Báo Tin tức:"
    if key in lex["answer_labels"]:
        return Label("answer", m.end())
    box = _BOX_LABEL.match(raw)
    if box is not None:  # "Bạn đọc hỏi:" / "Luật sư trả lời:": the reader and the expert
        who = box.group("who")
        t = title_re().match(who)
        if t is not None and t.end() == len(who):
            return Label("title", m.end(), role=who)
        inner = parse_label(who + ": x")  # "Ông X, Phó Giám đốc Sở Y, trả lời:"
        paren = _TRAILING_PAREN.search(who)
        if inner is None and paren is not None:  # "Luật sư X (Công ty Luật Y, Đoàn …)"
            inner = parse_label(who[:paren.start()] + ": x")
            if inner is not None and inner.kind == "person" and inner.role is None:
                inner = Label("person", 0, inner.name, paren.group(1).strip(), inner.bare)
        elif inner is None and "," in who:  # "Bác sĩ X, Phó Trưởng khoa Y, Bệnh viện Z,"
            head, _, rest = who.partition(",")
            inner = parse_label(head + ": x")
            if inner is not None and inner.kind == "person" and inner.role is None:
                inner = Label("person", 0, inner.name, rest.strip(" ,"), inner.bare)
        if inner is not None and inner.kind == "person":
            return Label("person", m.end(), inner.name, inner.role, inner.bare,
                         asks=raw.casefold().endswith("hỏi"))
        if is_org_name(who) and len(who.split()) <= 12:  # "Bảo hiểm xã hội Việt Nam trả lời:"
            return Label("person", m.end(), who.strip(), None)
        body = who.strip()[len("đại diện "):] if who.strip().casefold().startswith("đại diện ") else ""
        if body and is_org_name(body) and len(body.split()) <= 12:  # "Đại diện Bảo hiểm xã hội
            return Label("person", m.end(), body, None)  # Việt Nam bổ sung:": the body
    if _cue_end_re().search(raw):
        return None  # "Ông X, Giám đốc Y, cho biết:" announces a quote, not a turn
    if _ACRONYM.match(raw):
        return Label("interviewer", m.end())  # the paper's acronym: "PNVN:", "NLĐ:"
    if raw.isupper():
        raw = raw.title()
    else:
        raw = _title_upper_runs(raw)  # "Ông NGUYỄN VĂN AN"
    role = None
    pm = _PAREN_ROLE.match(raw)
    if pm:
        raw, role = pm.group("body").strip(), pm.group("role").strip()
        if " ".join(raw.casefold().split()) in lex["interviewer_labels"]:
            return Label("interviewer", m.end())  # "Phóng viên (PV):"
    else:
        raw = _join_title_chain(raw)
        parts = _LABEL_PARTS.split(raw, maxsplit=1)
        if len(parts) == 2 and parts[1].strip():  # "Ông X, Giám đốc Y:" / "Bà X - Z:"
            inner = parse_label(parts[0] + ": x")
            if inner is not None and inner.kind == "person":
                return Label("person", m.end(), inner.name, parts[1].strip(), inner.bare)
    pre = _prefix_start_re().match(raw)
    rest = raw[pre.end():].strip(" .") if pre else raw
    if not rest or not _RUN_FULL.match(rest) or len(rest.split()) > 5:
        ref = name_at_end(raw, len(raw))
        described = _described_name(raw, ref.name if ref is not None else None)
        if described is not None:  # "Nghệ nhân Nguyễn Văn An:"
            return Label("person", m.end(), described[1], role or described[0])
        if ref is None or ref.name is None or ref.start != 0 or ref.role_start is None:
            lone = title_re().match(raw)
            if lone is not None and lone.start() == 0 and len(raw.split()) <= 8:
                return Label("title", m.end(), role=raw)  # "Thứ trưởng:" stands for a person
            return None
        title = raw[: raw.rfind(ref.name)].strip(" ,-–")
        if title.endswith(" của") and title_re().match(title):
            return Label("title", m.end(), role=raw)  # "CEO thế hệ thứ hai của Phan Gia:": the
            # company after "của", the post holder speaks
        return Label("person", m.end(), ref.name, role or title or None)
    if pre:  # "Bác sĩ CKII Hoàng Thị Lan:": the name starts at its surname
        name = split_name(rest, True)
        if name is None and rest.split()[0].casefold() in word_sets()["org_heads"]:
            return Label("title", m.end(), role=raw)  # "Giám đốc Sở:" stands for a person
        return Label("person", m.end(), name or rest, role)
    if split_name(rest, False) != rest and len(rest.split()) > 1:
        return None
    if rest.casefold() in _vn_places():
        return None  # "Đồng Văn: Phụ nữ Mông giữ nghề …": a headline's place, no speaker
    return Label("person", m.end(), rest, role, bare=True)


@lru_cache(maxsize=1)
def _vn_provinces() -> frozenset[str]:
    """Case-folded names of Vietnamese provinces (the entity gazetteer)."""
    folder = files("goldspan.resources").joinpath("gazetteers")
    return frozenset(line.strip().casefold() for line in
                     folder.joinpath("loc_provinces.txt").read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _vn_places() -> frozenset[str]:
    """Case-folded names of Vietnamese provinces and districts (the entity gazetteers)."""
    folder = files("goldspan.resources").joinpath("gazetteers")
    out: set[str] = set()
    for name in ("loc_provinces.txt", "loc_districts.txt"):
        out.update(line.strip().casefold() for line in folder.joinpath(name).read_text(
            "utf-8").splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(out)


def byline_author(line: str) -> str | None:
    """The first author named in a byline (``Hoàng Phúc thực hiện`` → ``Hoàng Phúc``)."""
    text = line.strip()
    low = text.casefold()
    if low.startswith(("nguồn", "ảnh")):
        return None
    if low.startswith("theo "):
        # "Theo Vũ Hà (VOV)" names a person; "Theo báo Thanh Niên", "Theo Tuổi Trẻ" do not.
        first = _THEO_CUT.split(text[5:].strip(), maxsplit=1)[0].strip(" .")
        if _RUN_FULL.match(first) and split_name(first, False) == first:
            return first
        return None
    text = _BYLINE_HEAD.sub("", text)
    text = _BYLINE_TAIL.sub("", text)
    if _TEAM.match(text.strip(" .")):
        return None  # "NHÓM PV": a team, not an author (interviewer_name keeps it)
    if text.isupper():
        text = text.title()  # "VĂN CHIẾN (thực hiện)"
    first = _AUTHOR_CUT.split(text, maxsplit=1)[0].strip(" .")
    if first.isupper() and len(first) > 3:
        first = _caps_as_name(first)  # "Bài: KHÁNH LINH - Ảnh: NVCC": the writer in capitals
    rank = title_re().match(first) if not first.isupper() else None
    if rank is not None and first[rank.end():].strip().isupper():  # "Đại úy VŨ HOÀNG LONG
        first = _caps_as_name(first[rank.end():].strip())  # thực hiện": the name after the rank
    if not _RUN_FULL.match(first) or not 2 <= len(first.split()) <= 4:
        return None
    if first.casefold() in word_sets()["not_names"] and not (
            len(first.split()) == 2 and text.rstrip().endswith(")")):
        return None  # (a byline "Quang Minh (Bongdanet)" names its author all the same)
    return first


_TEAM: Final = re.compile(r"^(?:nhóm\s+(?:pv|p\.v|phóng viên|ctv|tác giả)|pv|p\.v|ban\s+\w+(?:\s+\w+)?)\.?$",
                   re.IGNORECASE)


def interviewer_name(bylines: list[str]) -> str | None:
    """Who asks the questions: the author of a byline saying so (``Minh Khuê (thực hiện)``),
    else the first author named in the bylines, else a team byline as written (``Nhóm PV``),
    else None."""
    for line in bylines:
        author = byline_author(line) if "thực hiện" in line or line.startswith("Phỏng vấn") else None
        if author:
            return author
    for line in bylines:
        author = byline_author(line)
        if author:
            return author
    for line in bylines:
        team = _BYLINE_TAIL.sub("", _BYLINE_HEAD.sub("", line.strip())).strip(" .")
        if _TEAM.match(team):
            return _caps_as_name(team) if team.isupper() else team
    for line in bylines:  # a lone two-word name that is also a place's ("Quang Minh"): in a
        name = line.strip(" .")  # byline it is the author, not a province; a source line
        if name.startswith("Theo "):  # ("Theo Tuổi Trẻ") names a paper, not who asks
            continue
        if _RUN_FULL.match(name) and 2 <= len(name.split()) <= 4 and name.casefold() not in _vn_provinces():
            return name
    return None


# "Phóng viên Hải Yến đã trao đổi với …" in the lead: the reporter who asks.
_LEAD_REPORTER: Final = re.compile(
    rf"(?:[Pp]hóng viên|PV|[Nn]hà báo)\s+(?P<name>[{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*)"
    rf"{{1,3}})\s+(?:đã\s+|có\s+(?:cuộc\s+)?)?(?:trao đổi|phỏng vấn|trò chuyện|kết nối với)")


def reporter_in_lead(text: str, paras: list[tuple[int, int]], zones: list[str]) -> str | None:
    """The reporter the lead names as talking with the guest (``Phóng viên Hải Yến đã trao
    đổi với …``), or None; the extractor takes it for the interviewer when a byline names
    that reporter too (a paper's name, ``Phóng viên Hà Nội Mới``, is in no byline)."""
    for (s, e), zone in zip(paras, zones, strict=True):
        if zone in ("LEAD", "BODY"):  # (or a paragraph before the exchange: "Lúc 7h30,
            m = _LEAD_REPORTER.search(text, s, e)  # phóng viên X đã kết nối với …")
            if m is not None and m.group("name").split()[0].casefold() not in _NOT_REPORTER:
                return m.group("name")  # not "Phóng viên Báo Vĩnh Long đã trao đổi …"
    return None


_VOWELS: Final = frozenset("aăâeêioôơuưy")


def _caps_as_name(text: str) -> str:
    """An all-capitals byline written as a name: words with a vowel title-cased, an
    abbreviation kept (``NHÓM PV`` → ``Nhóm PV``, ``MINH AN`` → ``Minh An``)."""
    out = []
    for word in text.split(" "):
        base = unicodedata.normalize("NFD", word.casefold())
        out.append(word.title() if _VOWELS.intersection(base) else word)
    return " ".join(out)


@dataclass
class Turn:
    """A TURN span to be: character range and the cast person speaking."""

    start: int
    end: int
    sid: str


def find_turns(text: str, paras: list[tuple[int, int]], zones: list[str], cast: Cast,
               interviewer: str | None) -> list[Turn]:
    """TURN spans of the interview paragraphs; adds their speakers to ``cast``."""
    papers = _paper_names(text, paras, zones) | _media_names()
    if interviewer:  # "Ngọc Hà:" asks when the byline names Ngọc Hà
        papers |= {interviewer.casefold()}
    labels = _labels(text, paras, zones, papers)
    if not is_interview(text, paras, zones, labels):
        return []  # no paragraph opens a turn
    asking = {lab.paper for lab in labels if lab is not None and lab.paper}
    if len(asking) >= 2:  # reporters of several papers: each other paper asks for itself
        own = _paper_names(text, paras, zones)
        labels = [Label("person", lab.end, lab.paper, None, False) if (
            lab is not None and lab.paper and lab.paper.casefold() not in own) else lab
            for lab in labels]
    asked = any(lab and lab.kind == "interviewer" for lab in labels)
    guest = None
    if not any(labels) or dash_answered(text, paras, zones, labels):  # no label at all (or
        # only a pull quote): questions asked without one (bold in the page)
        bare_questions(text, paras, zones, labels)
        guest = lead_guest(text, paras, zones, cast)
    implicit_questions(text, paras, zones, labels, asked)
    boxed = _box_guest(text, paras, zones, labels, cast)  # "Bên lề …, PV trao đổi nhanh với
    if boxed is not None:  # ông X, …": the guest of a Q&A box at a report's end
        guest = boxed
    moderator = (_moderator(text, paras, zones)
                 if any(lab and lab.role == "moderator" for lab in labels) else None)
    expert = _expert_of_box(text)  # "Chuyên gia tư vấn: ThS.BS X, …": who "Trả lời:" is
    turns: list[Turn] = []
    current: Turn | None = None
    sid: str | None = None
    last_guest: str | None = guest  # who answered last (at first: the guest the lead names)
    if boxed is not None:
        last_guest = cast.speaker(boxed).sid
    asked_last = False  # the last BODY paragraph was the interviewer's and ended with "?"
    thanked = False  # the interviewer's closing thanks came
    asker = False  # the turn is a reader's unsigned "Hỏi: …", who may sign a later paragraph
    for (s, e), zone, lab in zip(paras, zones, labels, strict=True):
        end = s + len(text[s:e].rstrip())
        if zone == "BODY" and lab is not None and lab.kind == "interviewer" and lab.name is None \
                and lab.role is None and lab.paper is None:
            raw = text[s:s + lab.end].strip().rstrip(":").strip()
            full = _by_initials(raw, cast)
            if full is not None:  # "PTKO:" after "Bà Phan Thị Kim Oanh:": her initials, no
                lab = Label("person", lab.end, full, None, False)  # paper's acronym
            elif raw.casefold() in _ANCHOR_TITLES and interviewer is None:
                named = re.search(rf"(?i:{re.escape(raw)})\s+(?P<n>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,3}})", text)
                anchor = split_name(named.group("n"), True) if named is not None else None
                if anchor is not None:  # "Biên tập viên:" after "biên tập viên Mai Phương đã
                    lab = Label("interviewer", lab.end, anchor)  # trao đổi với …": the anchor
        if zone == "BODY" and lab is not None:
            signed = None
            if lab.role == "moderator" and moderator is not None:
                sid = cast.speaker(moderator, "người dẫn chương trình").sid
            else:
                sid = (last_guest if lab.kind == "answer" and last_guest is not None
                       else cast.speaker(expert).sid if lab.kind == "answer" and expert
                       else _speaker_of(lab, cast, interviewer))
                reader = _reader_before(text, paras, s) if lab.kind == "interviewer" and \
                    text[s:s + lab.end].lstrip().casefold().startswith("hỏi") else None
                if reader is not None:  # "Bạn đọc X (…) gửi câu hỏi …" then "Hỏi: …"
                    sid = cast.speaker(reader, "bạn đọc").sid
                self_named = _SELF_NAMED.match(text, s + lab.end, e) if lab.kind in (
                    "title", "interviewer") and text[s:s + lab.end].rstrip(": ").casefold().endswith(
                    "hỏi") else None
                if self_named is not None:  # "Phụ huynh hỏi: Tôi là Đỗ Thu Hằng, …": she asks
                    sid = cast.speaker(self_named.group("name"), lab.role).sid
                signed = _SIGNED.search(text, s + lab.end, end) if lab.kind == "interviewer" and \
                    text[s:s + lab.end].strip().casefold().startswith("hỏi") else None
                if signed is not None:  # "Hỏi: … (Phạm Thị Ánh, 31 tuổi, Hà Nội)": the reader
                    sid = cast.speaker(signed.group("name"), "bạn đọc").sid  # signs below
                    end = signed.start()
            if lab.kind != "interviewer" and not lab.asks:
                last_guest = sid  # a reader asking in a Q&A box does not answer
            current = None
            asker = lab.kind == "interviewer" and signed is None and \
                text[s:s + lab.end].strip().casefold().startswith("hỏi")
            answering = asked_last
            asked_last = lab.kind == "interviewer" and text[s:end].endswith("?")
            if sid is None:
                continue
            if lab.kind == "person" and not answering and _PULL_QUOTE.fullmatch(text, s + lab.end, end):
                sid = None  # "Ông X, Giám đốc HTX Y: “…”" over a Q&A box: his quote, no turn
                continue
            if _ROSTER.match(text, s + lab.end, end):
                current, sid = None, None  # "Tiền đạo: Nguyễn Quang Khải (Yokohama FC), Hà Văn
                continue  # Tú (…), …": a squad list, nobody speaking
            start = s + lab.end
            current = Turn(start, end, sid)
            turns.append(current)
            if lab.kind == "interviewer" and THANKS.match(text[start:end]):
                current, sid = None, None  # "Xin cảm ơn ông!" closes the interview
                thanked = True
            elif thanked and lab.kind != "interviewer":
                current, sid = None, None  # the guest's "Em cảm ơn chị ạ!" is one paragraph
        elif zone == "BODY" and sid is not None and _leaves_interview(text, s, end):
            current, sid = None, None  # a subheading or the report going on after a Q&A box
        elif zone == "BODY" and sid is not None:
            signed = _SIGNED.search(text, s, end) if current is not None and asker else None
            if signed is not None and current is not None:  # "Hỏi: …" over two paragraphs, the
                # reader signs the second
                sid = current.sid = cast.speaker(signed.group("name"), "bạn đọc").sid
                end = signed.start()
            if asked_last and (not text[s:end].endswith("?") or (
                    end - s > 150 and OPENS_FIRST_PERSON.match(text, s) is not None)):
                guest = last_guest or _speaker_of(Label("answer", 0), cast, interviewer)
                if guest is not None and guest != sid:  # an unlabelled answer to a question
                    sid, current = guest, None
            asked_last = False
            if current is None:
                current = Turn(s, end, sid)
                turns.append(current)
            else:
                current.end = end
        elif zone in ("CAPTION", "RELATED"):
            current = None
        else:
            current, sid = None, None
    return [t for t in turns if t.end > t.start]


def _expert_of_box(text: str) -> str | None:
    """The expert a Q&A box names on its own line (``Chuyên gia tư vấn: ThS.BS X, Bệnh viện
    Y``), who answers a bare ``Trả lời:``; None when no such line."""
    m = _EXPERT_LINE.search(text)
    return m.group("name") if m is not None else None


_EXPERT_LINE: Final = re.compile(
    rf"(?m)^(?:Chuyên gia(?: tư vấn)?|Người trả lời|Tư vấn)\s*:\s*(?:(?:ThS|TS|BS|PGS|GS|BSCKII|BSCKI|"
    rf"CKII|CKI|Luật sư|LS|Bác sĩ|Dược sĩ|DS)[.\s]+)*(?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,4}})")


# A reader's signature closing the question: "(Phạm Thị Ngọc Ánh, 31 tuổi, Hà Nội)".
_SIGNED: Final = re.compile(rf"\s*\((?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,4}})(?:,[^()\n]{{0,60}})?\)\s*$")


# A list of names with their clubs or bodies in brackets: "Nguyễn Văn Hòa (Hà Nội FC), Trần …".
_ROSTER: Final = re.compile(rf"\s*[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,4}}\s*\([^()]{{1,40}}\)\s*,\s*"
                            rf"[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,4}}\s*\([^()]{{1,40}}\)")
# A label's words that are one quotation: a pull quote when no question came before.
_PULL_QUOTE: Final = re.compile(r"\s*“[^“”]+”[.!]?")
_READER_NAMED: Final = re.compile(rf"(?:Bạn đọc|bạn đọc|Độc giả|độc giả)(?:\s+khác)?,?\s+"
                                  rf"(?:(?:anh|chị|ông|bà|cô|chú|em)\s+)?(?P<name>[{UPPER}]\w*"
                                  rf"(?:\s+[{UPPER}]\w*){{1,4}})")
# A paragraph bringing in the next reader's question: "Một bạn đọc khác, anh X …, gửi câu hỏi".
_NEXT_READER: Final = re.compile(r"(?:bạn đọc|độc giả)[^.?!]{0,120}(?:gửi|hỏi|thắc mắc)", re.IGNORECASE)


def _reader_before(text: str, paras: list[tuple[int, int]], s: int) -> str | None:
    """The reader named in the paragraph before the one at ``s`` (``Bạn đọc Lưu Văn Thắng
    (…) gửi câu hỏi …``), who asks in a Q&A box's ``Hỏi:``; None when none is."""
    k = next((i for i, (a, _b) in enumerate(paras) if a == s), 0)
    if k == 0:
        return None
    a, b = paras[k - 1]
    m = _READER_NAMED.search(text, a, b)
    return m.group("name") if m is not None else None


def _leaves_interview(text: str, s: int, end: int) -> bool:
    """The unlabelled BODY paragraph ``text[s:end]`` is no longer part of a turn: a
    subheading (at most twelve words, capitalised, no final punctuation: ``Những điểm mới
    cần lưu ý``), narrative quoting a named third person (``“…”, bà Sa Phol nói``), a dated
    report with no first person (``Ngày 13/3, tại Công văn …``) or a footnote (``(*) …``)."""
    line = text[s:end]
    words = line.split()
    if 0 < len(words) <= 12 and line[:1].isupper() and line[-1] not in ".!?:;…”\")»":
        return True
    if _NEXT_READER.search(line) is not None and _READER_NAMED.search(line) is not None \
            and FIRST_PERSON.search(line) is None:
        return True  # "Một bạn đọc khác, anh X ở Y, gửi câu hỏi …": the next question comes
    if _narrated_re().match(line) is not None or line.startswith(("(*)", "*)")):
        return True  # a report in the third person, or a footnote: "(*) Thông tin chỉ …"
    if (_DATED_REPORT.match(line) is not None or _SOURCED_REPORT.match(line) is not None) \
            and FIRST_PERSON.search(line) is None:
        return True  # "Ngày 13/3, tại Công văn số …, Bộ Y tế đề nghị …": the report goes on
    if ("”" in line or '"' in line) and (
            _third_party_re().search(line) is not None or _announced_re().search(line) is not None):
        return True
    return _reports_someone(text, s, end)


def _reports_someone(text: str, s: int, end: int) -> bool:
    """The paragraph reports a named person's or a titled person's words (``Ở khu vực phỏng
    vấn, người hùng Đức Lâm chia sẻ: “…”``, ``HLV X thừa nhận …``) and speaks in no first
    person outside the quotation marks: the report goes on after the Q&A."""
    from goldspan.extract.speech_quotes import find_quotes  # (speech_quotes imports this module)
    found = find_quotes(text, s, end)
    if not any(q.ref.name is not None and (q.ref.role_start is not None or " " in q.ref.name)
               and not is_org_name(q.ref.name) for q in found):
        return False  # (a body speaking, "Sở cũng đã đề nghị", may be the guest's own words)
    outside = text[s:end]
    for q in sorted(found, key=lambda q: q.start, reverse=True):
        outside = outside[:q.start - s] + " " + outside[q.end - s:]
    return FIRST_PERSON.search(outside) is None and _ADDRESSED_READER.search(outside) is None


# A paragraph opening with a calendar date and a comma: the reporter's narrative, unless the
# speaker is in it ("Trưa 30/4/1975, … đơn vị tôi …").
_DATED_REPORT: Final = re.compile(r"(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng)\s+(?:ngày\s+)?"
                                  r"\d{1,2}/\d{1,2}(?:/\d{4})?,")
# A paragraph opening with its source, a body ("Theo Cục Cảnh sát giao thông (Bộ Công an),").
_SOURCED_REPORT: Final = re.compile(rf"Theo\s+(?:Cục|Bộ|Sở|Tổng cục|Ủy ban|UBND|Trung tâm|Viện|"
                                    rf"Ban|Tổng công ty|Tập đoàn|Công an|Bệnh viện)\s+[{UPPER}]"
                                    # or a plan: "Theo kế hoạch, thí sinh đăng ký …"
                                    rf"|(?:Theo\s+(?:kế hoạch|dự kiến|lịch trình|thông báo|quy định)|Dự kiến)"
                                    rf"(?:\s+của\s+[^,]{{1,60}})?,"
                                    # "Kết thúc họp báo, Thứ trưởng đề nghị …": the meeting is over
                                    rf"|(?:Kết thúc|Cuối|Khép lại)\s+(?:buổi|cuộc|phiên|họp báo|hội nghị)[^,]{{0,40}},")
# The reader or listener addressed: an answer, not the report ("Tòa án sẽ thông báo để bạn …").
_ADDRESSED_READER: Final = re.compile(r"(?<!\w)(?:bạn|các bạn|quý vị|anh chị|bà con)(?!\w)",
                                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _narrated_re() -> re.Pattern[str]:
    """A paragraph reporting what someone said in the third person: ``Nhà cầm quân 52 tuổi
    cũng cho biết …``, ``Ông Hải nhấn mạnh …`` (the report goes on after the Q&A)."""
    lex = lexicon()
    ranks = alternation([t[:1].upper() + t[1:] for t in lex["titles"] if " " in t or len(t) > 3])
    return re.compile(
        rf"(?:(?:Ông|Bà|HLV|Huấn luyện viên|Nhà cầm quân|Chiến lược gia|Vị)(?:\s+[{UPPER}]\w*(?:-\w+)?)*"
        rf"|(?:{ranks})(?:\s+[{UPPER}]\w*(?:-\w+)?)+)"  # "Thiếu tá Nghĩa cho biết thêm, …"
        rf"(?:\s+\d+\s+tuổi)?\s+(?:cũng\s+|còn\s+)?(?:{alternation(lex['cue_verbs'])})\s+(?!:)")


@lru_cache(maxsize=1)
def _announced_re() -> re.Pattern[str]:
    """A sentence whose third-person subject announces a quotation: ``Chị bộc bạch: “``."""
    lex = lexicon()
    return re.compile(
        rf"(?:^|[.!?…”]\s+)(?:Chị|Anh|Ông|Bà|Em|Cô|Chú|Cụ)(?:\s+[{UPPER}]\w*){{0,4}}"
        rf"(?:\s+\w+){{0,2}}\s+(?:{alternation(lex['cue_verbs'] + lex['direct_cues'])}):\s*[“\"]")


@lru_cache(maxsize=1)
def _third_party_re() -> re.Pattern[str]:
    """A closing mark, then a named person and a cue: ``”, bà Sa Phol nói``."""
    lex = lexicon()
    return re.compile(
        rf"[”\"]\s*[,–-]\s*(?:ông|bà|anh|chị|cô|chú|cụ|em)\s+[{UPPER}]\w*(?:\s+[{UPPER}]\w*)*"
        rf"\s+(?:{alternation(lex['cue_verbs'] + lex['direct_cues'])})(?!\w)")


def _labels(text: str, paras: list[tuple[int, int]], zones: list[str],
            papers: frozenset[str]) -> list[Label | None]:
    """The label opening each BODY paragraph (None elsewhere). A label opens the paragraph
    and ends with a colon: other paragraphs are not parsed. What a label means depends only
    on its words, so a label written again (``PV:``) is parsed once per document."""
    seen: dict[str, Label | None] = {}
    out: list[Label | None] = []
    unparsed: list[tuple[int, str, int]] = []  # (index, raw label, label end) parse_label refused
    asked: list[int] = []  # paragraphs opened by a numbered question
    for (s, e), z in zip(paras, zones, strict=True):
        m = (_LABEL_AT.match(text, s, e) or _LONG_BOX_LABEL_AT.match(text, s, e)) if (
            z == "BODY" and text[s:s + 2] not in _DASH_BULLETS) else None
        if m is None:
            dash = _DASH_LABEL.match(text, s, e) if z == "BODY" else None
            numbered = _NUMBERED_QUESTION.match(text, s, e) if z == "BODY" and dash is None else None
            if numbered is not None:  # "1. Thưa ông, …?": a numbered question, kept below when
                asked.append(len(out))  # the questions address a guest
            out.append(Label("interviewer", numbered.end() - s) if numbered is not None
                       else None if dash is None else Label(
                "answer" if dash.group(1).casefold() in ("đáp", "trả lời") else "interviewer",
                dash.end() - s))
            continue
        raw = m.group("label")
        if raw not in seen:
            seen[raw] = _paper_label(text[s:e], papers) or parse_label(text[s:e])
        lab = seen[raw]
        if lab is not None and lab.bare and lab.name and " " not in lab.name and not re.search(
                rf"\w[ \t]+{re.escape(lab.name)}(?!\w)", text):
            lab = None  # "Sân: X | Khán giả: Y": a word no sentence uses as a name, a field
        if lab is None:
            unparsed.append((len(out), raw, m.end() - s))
        out.append(None if lab is None else Label(lab.kind, m.end() - s, lab.name, lab.role,
                                                  lab.bare, lab.paper, lab.asks))
    if asked and (len(asked) < 2 or not any(_ADDRESSES.search(text, *paras[k]) for k in asked)):
        for k in asked:  # "1. Sạc xe ở đâu thì bị phạt?": an explainer's numbered subheadings,
            out[k] = None  # no interview
    for k, lab in enumerate(out):  # "KELLER:" after "JONAS KELLER:" / "Tiến sĩ Jonas Keller":
        if lab is None or lab.kind != "interviewer" or lab.name or lab.paper:  # a guest's
            continue  # surname in capitals, not the paper's acronym
        s, e = paras[k]
        raw = text[s:s + lab.end].rstrip(": ").strip()
        if len(raw) >= 4 and raw.isalpha() and raw.isupper() and raw.casefold() not in papers:
            name = raw.title()
            if re.search(rf"[{UPPER}]\w+\s+{re.escape(name)}(?!\w)", text[:s]):
                out[k] = Label("person", lab.end, name, None, True)
    if unparsed and any(lab is not None and lab.kind == "interviewer" for lab in out):
        head = " ".join(text[s:e] for (s, e), z in zip(paras, zones, strict=True)
                        if z in ("TITLE", "LEAD"))
        for k, raw, end in unparsed:
            name = _STAGE_DIRECTION.sub("", raw.strip())  # "Mộc Miên (cười):"
            if name.isupper() and (" " in name or len(name) >= 4):
                name = _caps_as_name(name)  # "GIA HUY:" for the "Đoàn Gia Huy" of the lead,
                # "KELLER:" for "Jonas Keller"
            if not _SHORT_NAME.fullmatch(name):
                continue
            before = head + " " + " ".join(  # the guest named in full on top, or in the
                text[s:e] for (s, e), z in zip(paras[:k], zones[:k], strict=True)  # report
                if z == "BODY" and out[paras.index((s, e))] is None)  # before the Q&A
            if re.search(rf"(?:[{UPPER}]\w*\s+|^|(?i:ca sĩ|nghệ sĩ|diễn viên|nhạc sĩ|rapper|người "
                         rf"mẫu|hoa hậu|vận động viên|cầu thủ|nhà văn|đạo diễn)\s+){re.escape(name)}(?!\w)",
                         before):
                out[k] = Label("person", end, name, None, True)  # "Bảo Trâm:" for the guest
    return out                                                  # named in full on top


# A reader naming herself at the start of her question: "Tôi là Đỗ Thu Hằng, …", "Tôi là mẹ
# của em Lê Minh Châu, …" (a relative of someone named is named as written).
_SELF_NAMED: Final = re.compile(
    rf"\s*(?:Tôi|Em|Cháu)\s+(?:là|tên là)\s+(?P<name>(?:(?:mẹ|bố|cha|ba|má|ông|bà|con)\s+(?:của\s+)?"
    rf"(?:em|cháu|bé)?\s*)?[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{1,4}})(?=[,.;(])")
# A stage direction after a speaker's name in a label: "(cười)", "(ngập ngừng)".
_STAGE_DIRECTION: Final = re.compile(r"\s*\([^()A-ZĐ]{2,20}\)$")
# Given names used as a guest's label once the title or lead named the guest in full.
_SHORT_NAME: Final = re.compile(rf"[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,2}}")


_TAG: Final = re.compile(r"\s*\(([^()]{2,30})\)\s*[-–]?|\s*([^\s()][^()\-–]{0,28}?)\s+[-–]\s")


def _paper_names(text: str, paras: list[tuple[int, int]], zones: list[str]) -> frozenset[str]:
    """Case-folded names of the paper: the lead's source tag (``(Dân Việt) -``, ``TPO -``) and
    a masthead in capitals opening the page (``VĂN NGHỆ - CƠ QUAN CỦA …`` → ``văn nghệ``)."""
    out = set()
    if paras and zones[0] == "BOILERPLATE":
        top = text[paras[0][0]:paras[0][1]].strip().split("\n")[0].strip()  # its first line
        name = top.split(" - ")[0].removeprefix("BÁO ").removeprefix("TẠP CHÍ ").strip()  # ("TẠP CHÍ
        # XỨ THANH" over "Xứ Thanh:" asking)
        for tail in (" ĐIỆN TỬ", " ONLINE"):  # "BÁO HẢI DƯƠNG ĐIỆN TỬ": the paper Hải Dương
            name = name.removesuffix(tail)
        if top.isupper() and 0 < len(name.split()) <= 4:
            out.add(name.casefold())
        elif 0 < len(top.split()) <= 2 and top[:1].isupper() and not any(map(str.isdigit, top)) \
                and top[-1:] not in ".!?:":
            out.add(top.casefold())  # "Saostar" alone on the page's first line: the site
    for (s, e), z in zip(paras, zones, strict=True):
        if z == "LEAD":
            m = _TAG.match(text, s, e)
            if m is not None:
                name = (m.group(1) or m.group(2)).strip()
                out.add(name.casefold())
                out.add(name.split(".")[0].casefold())  # "VOV.VN" → "vov"
    return frozenset(out)


@lru_cache(maxsize=1)
def _media_names() -> frozenset[str]:
    """Case-folded names of news sites and papers (``speech.json``: ``media_names``)."""
    return frozenset(lexicon()["media_names"])


def _paper_label(paragraph: str, papers: frozenset[str]) -> Label | None:
    """A label naming the paper (its source tag, a known news site, ``Báo X``) or the
    byline's author: the interviewer's."""
    m = _LABEL.match(paragraph)
    if m is None:
        return None
    key = " ".join(m.group("label").strip(" -–•*").casefold().split())
    for prefix in ("phóng viên ", "pv ", "p.v "):  # "Phóng viên Tiền Phong:": the paper's
        if key.startswith(prefix) and key[len(prefix):] in papers:  # reporter, no name
            return Label("interviewer", m.end())
    if key in papers or (key.startswith(("báo ", "tạp chí ")) and len(key.split()) <= 5):
        return Label("interviewer", m.end())  # "Dân Việt:", "Báo Tin tức:"
    return None


_MODERATOR_LABELS: Final = frozenset({"mc", "người dẫn chương trình", "người dẫn", "người điều phối"})
_MODERATOR: Final = re.compile(
    rf"(?:nhà báo|MC|người dẫn chương trình|biên tập viên)?\s*((?:[{UPPER}][{LOWER}]*\s+){{1,3}}"
    rf"[{UPPER}][{LOWER}]*)\s+(?:dẫn dắt|điều phối|làm người dẫn)")


def _moderator(text: str, paras: list[tuple[int, int]], zones: list[str]) -> str | None:
    """The person the title or lead names as leading a round-table (``nhà báo Phan Thu Hà
    dẫn dắt``): the speaker of the ``MC:`` turns, rather than the byline's author."""
    for (s, e), zone in zip(paras, zones, strict=True):
        if zone in ("TITLE", "LEAD"):
            m = _MODERATOR.search(text, s, e)
            if m is not None:
                return m.group(1)
    return None


_ANCHOR_TITLES: Final = frozenset(("biên tập viên", "btv", "người dẫn chương trình", "mc", "dẫn chương trình"))


# The sentence before a Q&A box naming whom the paper talked with.
_TALKS_WITH: Final = re.compile(r"(?:trao đổi|trò chuyện|nói chuyện|phỏng vấn)(?:\s+nhanh)?\s+với\s+")


def _box_guest(text: str, paras: list[tuple[int, int]], zones: list[str],
               labels: list[Label | None], cast: Cast) -> str | None:
    """The person the paragraph right before the first labelled one (two back at most) says
    the paper talked with (``PC World trao đổi nhanh với ông Đoàn Minh Triết, Giám đốc …``),
    when that paragraph is in the body after the lead; else None."""
    first = next((k for k, lab in enumerate(labels) if lab is not None), None)
    if first is None:
        return None
    for k in (first - 1, first - 2):
        if k < 0 or zones[k] != "BODY":
            continue
        s, e = paras[k]
        found = max(_TALKS_WITH.finditer(text, s, e), key=lambda m: m.start(), default=None)
        if found is None:
            continue
        stop = next((i for i in range(found.end(), e) if text[i] in ",.;(:"), e)
        ref = name_at_end(text, stop, found.end())
        if ref is not None and ref.name is not None and ref.start <= found.end() + 30:
            return cast.full_name(ref.name)
    return None


def _speaker_of(lab: Label, cast: Cast, interviewer: str | None) -> str | None:
    if lab.kind == "interviewer":
        return cast.speaker(lab.name or interviewer or "Phóng viên", "Phóng viên").sid
    if lab.kind == "answer":
        others = [p for p in cast.people if p.role != "Phóng viên"]
        if others:
            return others[0].sid
        introduced = [n for n in cast.known if n in cast.roles]  # "ông X, Giám đốc Y," first
        guest = introduced[0] if introduced else (cast.known[0] if cast.known else None)
        return cast.speaker(guest).sid if guest else None
    if lab.kind == "title":
        person = cast.by_title(lab.role or "")
        return person.sid if person is not None else None
    assert lab.name is not None
    return cast.speaker(lab.name, lab.role).sid


def _by_initials(label: str, cast: Cast) -> str | None:
    """The full name of the cast whose syllables' initials spell ``label`` (``PTKO`` →
    ``Phan Thị Kim Oanh``), or None; only for a label of 2-6 capitals."""
    if not (2 <= len(label) <= 6 and label.isalpha() and label.isupper()):
        return None
    names = [p.name for p in cast.people] + list(cast.known)
    for name in reversed(names):
        words = name.split()
        if len(words) == len(label) and "".join(w[:1] for w in words).upper() == label:
            return name
    return None
