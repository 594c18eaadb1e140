"""How the ``speech`` extractor resolves references that name no one in full: a given name
two people share (``Bác sĩ Sơn`` / ``ông Sơn``), a body named by its kind (``vị đại diện cơ
quan công an``), the investor a text named (``đại diện chủ đầu tư``), a headline quote
shortened from the body's words. Pure functions of the text and the cast."""

from __future__ import annotations

import re
from typing import Final

from goldspan.extract.speech_cast import UPPER, Cast, NameRef
from goldspan.extract.speech_subjects import is_org_name, org_subject
from goldspan.extract.textcase import lower

WORDS: Final = re.compile(r"\w+")


def shortened_from(short: list[str], full: list[str]) -> bool:
    """``short`` (six words or more) is ``full``'s words in order with a few left out: each
    word found after the one before, within a stretch at most half again as long."""
    if len(short) < 6:
        return False
    for first in (i for i, w in enumerate(full) if w == short[0]):
        at = first
        for word in short[1:]:
            try:
                at = full.index(word, at + 1)
            except ValueError:
                break
        else:
            if at - first + 1 <= len(short) * 3 // 2:
                return True
    return False


# The word that addresses or titles a person right before a given name: "ông", "Bác sĩ".
_ADDRESS_BEFORE: Final = re.compile(r"(?:^|\s)((?i:ông|bà|anh|chị|cô|chú|em|cậu|cụ|bác sĩ|BS|ThS\.BS|"
                                    r"TS\.BS|luật sư|kỹ sư|thầy|nhà văn|nghệ nhân|đại tá|trung tá|"
                                    r"thượng tá|thiếu tá|PGS|GS|TS))\.?\s+$")
_HONORIFICS: Final = frozenset("ông bà anh chị cô chú em cậu cụ".split())
# Titles that a role written with an acronym holds ("ThS.BS, Phó Trưởng khoa …" is a doctor).
_TITLE_FORMS: Final = {"bác sĩ": ("bác sĩ", "bs"), "bs": ("bác sĩ", "bs")}


def namesake(text: str, ref: NameRef, cast: Cast) -> str | None:
    """The speaker id of the one of several people sharing the given name ``ref.name`` whom
    the word before it picks: a title their role holds (``Bác sĩ Sơn`` → the doctor), or the
    form of address written before their full name (``anh Hùng`` → ``anh Lê Quốc Hùng``);
    None when the name is not shared or the word picks no single one."""
    assert ref.name is not None
    tail = " " + lower(ref.name)
    same = [p.name for p in cast.people if lower(p.name).endswith(tail)]
    same += [n for n in cast.known if lower(n).endswith(tail) and n not in same and (  # (named, not
        n in cast.roles or _addressed(text, n))]  # yet heard: a person by a role or address)
    if len(same) < 2:
        return None
    name_at = text.find(ref.name, ref.start)  # (after the title a reference may start with)
    word = _ADDRESS_BEFORE.search(text, max(0, name_at - 16), name_at) if name_at >= 0 else None
    if word is None:
        return None
    said = lower(word.group(1))
    forms = _TITLE_FORMS.get(said, (said,))
    roles = {p.name: p.role or cast.roles.get(p.name) for p in cast.people}
    by_role = [n for n in same if said not in _HONORIFICS and any(re.search(
        rf"(?<!\w){re.escape(f)}(?!\w)", lower(roles.get(n) or cast.roles.get(n) or "")) for f in forms)]
    if len(by_role) == 1:
        return cast.speaker(by_role[0]).sid
    by_address = []
    for person in same:
        before = _addressed(text, person)
        if before is not None and (before == said or not set(forms).isdisjoint(
                before.replace(".", " ").split())):  # "ThS.BS X" for "Bác sĩ"
            by_address.append(person)
    return cast.speaker(by_address[0]).sid if len(by_address) == 1 else None


def _addressed(text: str, name: str) -> str | None:
    """The form of address or title (lowercase) written before the first ``name`` in
    ``text`` (``ông`` of ``ông Nguyễn Văn Sơn``), or None."""
    at = text.find(name)
    before = _ADDRESS_BEFORE.search(text, max(0, at - 16), at) if at >= 0 else None
    return lower(before.group(1)) if before is not None else None


# A body named by its kind after "đại diện": "đại diện cơ quan công an", "đại diện ngành thuế".
BODY_KIND: Final = re.compile(r"đại diện (?:cơ quan|lực lượng|ngành|phía) (\w+(?: \w+)?)")


def body_of_kind(kind: str, cast: Cast) -> str | None:
    """The speaker id of the one organisation in the cast whose name holds ``kind`` as words
    (``công an`` in ``Phòng … Công an tỉnh X``), or None when none or several do."""
    pattern = re.compile(rf"(?<!\w){re.escape(kind)}(?!\w)")
    found = {p.sid for p in cast.people if is_org_name(p.name) and pattern.search(lower(p.name))}
    return found.pop() if len(found) == 1 else None


# The body a text names as a project's investor: "Ban Quản lý dự án X, chủ đầu tư," or
# "chủ đầu tư là Công ty Y".
_INVESTOR: Final = re.compile(r",\s+chủ đầu tư\b|\(chủ đầu tư\)|\bchủ đầu tư(?:\s+dự án)?\s+là\s+(?=\w)")


def named_investor(text: str, at: int) -> str | None:
    """The organisation the text names as the investor before ``at`` (what ``đại diện chủ
    đầu tư`` stands for), or None when it names none."""
    found = None
    for m in _INVESTOR.finditer(text, max(0, at - 3000), at):
        if m.group().rstrip().endswith(" là"):  # "chủ đầu tư là Công ty Y": the name after
            stop = _CLAUSE_END.search(text, m.end(), at)
            named = org_subject(text, m.end(), stop.start() if stop else at)
            found = named.name if named is not None and named.name else found
        else:  # "Ban Quản lý dự án X, chủ đầu tư": the name before, up to the clause
            clause = max(text.rfind(ch, max(0, m.start() - 400), m.start()) for ch in ".,;:(“”")
            found = next((text[w.start():m.start()].strip() for w in _CAPITAL_WORD.finditer(
                text, clause + 1, m.start()) if is_org_name(text[w.start():m.start()])), None) or found
    return found


_CAPITAL_WORD: Final = re.compile(rf"(?<!\S)[{UPPER}]")


_CLAUSE_END: Final = re.compile(r"[,.;:(]")
