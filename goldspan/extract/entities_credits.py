"""Source tags, bylines and photo credits: the names at the edges of an article.

``(LĐTĐ)``, ``(Dân trí) -`` or ``TTO -`` opening a paragraph is the agency (ORG); a
BYLINE paragraph (``Hoàng Phúc thực hiện``, ``Bài và ảnh: Minh Anh``, ``Theo …``) and a
credit after ``Ảnh:`` name people (PER) unless the name is a listed organisation.
"""

from __future__ import annotations

import re
from typing import Final

from goldspan.extract.entities_gazetteer import Gazetteers

Cand = tuple[int, int, str, int]

_PAREN_TAG: Final = re.compile(r"\(([^()\n]{2,30})\)")
_DASH_TAG: Final = re.compile(r"([A-ZĐ][A-Za-zĐ.]{1,15})\s*[-–]\s")
_CREDIT: Final = re.compile(r"(?:Ảnh|ẢNH|Video|Clip|Đồ họa)(?: minh họa| minh hoạ| tư liệu)?\s*:\s*([^\n()]{2,60}?)\s*(?=\)|$|\n)")
_PART: Final = re.compile(r"[^,;/–\-|]+")  # ("Tin: Hải Yến | Đồ họa: …": a bar too)
_BYLINE_PREFIX: Final = re.compile(
    r"^(?:Bài(?:\s*(?:và|,)\s*ảnh)?|Ảnh|Nhóm phóng viên|Nhóm PV|Theo|Tin,\s*ảnh|"
    r"Tin và ảnh|Tin|Thực hiện|Ghi chép|Ghi|Tác giả)\s*:?\s*", re.IGNORECASE)
# A team or the interviewer's label signing an article: never a person ("NHÓM PV").
_TEAM: Final = re.compile(r"^(?:nhóm\s+)?(?:pv|p\.v|phóng viên|ctv|btv|cộng tác viên|tác giả)$",
                   re.IGNORECASE)
_BYLINE_SUFFIX: Final = re.compile(r"\s*(?:thực hiện|ghi|ghi chép|\(.*\)|tổng hợp)\s*\.?\s*$")
_NAME: Final = re.compile(r"^(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]"
                   r"[\w']*\.?\s?){2,4}$")


def source_tag_candidates(text: str, start: int, end: int) -> list[Cand]:
    """ORG for an agency tag opening the paragraph ``text[start:end]`` (priority 7)."""
    out: list[Cand] = []
    m = _PAREN_TAG.match(text, start, end)
    if m:
        inner = m.group(1).strip()
        if inner.startswith(("Báo ", "báo ")):  # GUIDELINES.md: the word "báo" is left out
            inner = inner[4:].strip()
        off = m.start(1) + m.group(1).index(inner)
        if any(c.isupper() for c in inner) and not inner.startswith(("Ảnh", "ảnh")) \
                and not any(c.isdigit() for c in inner) and len(inner.split()) <= 5:
            out.append((off, off + len(inner), "ORG", 7))
        return out
    m = _DASH_TAG.match(text, start, end)
    if m and sum(c.isupper() for c in m.group(1)) >= 2:
        out.append((m.start(1), m.end(1), "ORG", 7))
    return out


_DEGREE: Final = re.compile(r"(?:(?:GS|PGS|TS|ThS|BS|KTS|NCS|LS)\.?\s?)+(?=[A-ZĐ])")


def _name_parts(text: str, start: int, end: int, gaz: Gazetteers) -> list[Cand]:
    """PER for each 2-4 capitalised words between separators in ``text[start:end]``.

    A part that is a listed organisation (``VTV Digital``) is ORG; one that is exactly a
    listed place or other name is left to that list, except a place of two syllables
    that are both given names: ``Thanh Hà`` signing an article is a person.
    """
    out: list[Cand] = []
    for m in _PART.finditer(text[start:end]):
        part = m.group().strip().rstrip(".").rstrip()  # "Ảnh: Quang Yên.": the credit's full stop
        degree = _DEGREE.match(part)
        if degree is not None:  # "TS. Lê Văn Khải - Viện X": the name without its degree
            part = part[degree.end():]
        if not part or " " not in part or not _NAME.match(part) or _TEAM.match(part):
            continue
        found = gaz.names.find(part)
        whole = {tag for s, e, tag in found if s == 0 and e == len(part)}
        first = part.split()[0]
        org = any(s == 0 and tag == "ORG" for s, _e, tag in found) or (
            first.isupper() and len(first) >= 2 and not part.isupper()) or (  # "CDC Lào Cai"
            any(h[0] == 0 for h in gaz.heads.find(part)) and part.split()[-1].isupper())  # "Cục
        # CSGT": an organisation's head and its acronym
        if whole and not org and not (whole == {"LOC"} and all(
                w in gaz.given for w in part.split())):
            continue
        off = start + m.start() + m.group().index(part)
        out.append((off, off + len(part), "ORG" if org else "PER", 6))
    return out


def has_credit_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word that opens a photo credit (``Ảnh``…):
    without one, :func:`credit_candidates` finds nothing outside a BYLINE paragraph."""
    line = text[start:end]
    return "Ảnh" in line or "ẢNH" in line or "Video" in line or "Clip" in line or "Đồ họa" in line


# a writer's role in parentheses, no paper: "Văn Tuấn (CTV)" (collaborator), "(PV)"
_ROLE_TAGS: Final = frozenset(("CTV", "PV", "BTV", "TTV", "Ctv", "PV/CTV", "Nhóm PV", "Nhóm phóng viên"))


def credit_candidates(text: str, start: int, end: int, zone: str | None,
                      gaz: Gazetteers) -> list[Cand]:
    """PER in photo credits anywhere and in BYLINE paragraphs."""
    out: list[Cand] = []
    line = text[start:end]
    # every credit opens with one of these words (_CREDIT is case-sensitive)
    if "Ảnh" in line or "ẢNH" in line or "Video" in line or "Clip" in line or "Đồ họa" in line:
        for m in _CREDIT.finditer(text, start, end):
            out.extend(_name_parts(text, m.start(1), m.end(1), gaz))
    if zone == "BYLINE":
        pre = _BYLINE_PREFIX.match(line)
        s = pre.end() if pre else 0
        suf = _BYLINE_SUFFIX.search(line, s)
        e = suf.start() if suf else len(line)
        if e > s:
            out.extend(_name_parts(text, start + s, start + e, gaz))
        for m in _PAREN_TAG.finditer(line, e):  # "Theo Hải Yến (PLVN)", "(TTXVN/Vietnam+)"
            pos = start + m.start(1)
            for piece in m.group(1).split("/"):
                inner = piece.strip()
                if inner[:1].isupper() and len(inner.split()) <= 3 and inner not in _ROLE_TAGS:
                    off = pos + piece.index(inner)
                    out.append((off, off + len(inner), "ORG", 6))
                pos += len(piece) + 1
    return out
