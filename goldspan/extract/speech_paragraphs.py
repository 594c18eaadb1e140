"""Quotes that depend on paragraphs, for the ``speech`` extractor: headline quotes, quotes
continued over paragraphs and whole quoted sentences following a speaker's quote.

The functions here read the quotes :mod:`goldspan.extract.speech_quotes` found paragraph by
paragraph and the spans built so far; they add or join QUOTE spans of known speakers.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Sequence
from typing import Final

from goldspan.extract.base import make_span
from goldspan.extract.speech_cast import AT_PLACE_WORDS, Cast, is_foreign, name_at_end, split_name
from goldspan.extract.speech_marks import Quote, any_cue_re, quote_pairs

# '…' in straight marks too ("Bộ Công Thương: 'Sức mua …'"), not an apostrophe inside a word.
_SINGLE_QUOTED: Final = re.compile(r"‘([^‘’\n]+)’|(?<!\w)'([^'\n]+)'(?!\w)")


def _single_quote_pairs(text: str, s: int, e: int) -> list[tuple[int, int | None]]:
    """``(open, close)`` of ``‘…’`` (or ``'…'``) in a headline (``‘Cấm học sinh dùng AI là …’``); in
    body text ``’`` is also an apostrophe, so single marks count only in headlines."""
    return [(m.start(), m.end() - 1) for m in _SINGLE_QUOTED.finditer(text, s, e)]


def name_before_mark(text: str, s: int, known: typing.Collection[str]) -> str | None:
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
    if ref.role_start is not None and split_name(ref.name, False) is None \
            and not any(w[:1].islower() or is_foreign(w) for w in ref.name.split()) \
            and ref.name.casefold() not in known:
        return None  # "Chủ tịch Đông Á Thanh Hóa: “…”": a post and its club, no name
    at = text.rfind(ref.name, ref.start, colon)
    if _OBJECT_OF_NAME.search(text, max(0, at - 40), max(at, 0)):
        return None  # "… lời cầu hôn của doanh nhân X: “…”": X is no subject
    return split_name(ref.name, True) or ref.name  # "HLV Manuel Ferreira": the name alone


_OBJECT_OF_NAME: Final = re.compile(rf"(?<!\w)(?:của|với|cho|về|tặng|{'|'.join(AT_PLACE_WORDS)})\s+"
                                    r"(?:[^\W\d_]+\s+){0,2}$")
# ("Chủ tịch UBND tỉnh làm việc tại Đồng Văn: “…”": a place, nobody's name)


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
            if before and not before.endswith((":", "-", "–")) and not said_before(before):
                continue  # ("Ứng viên thua cuộc tuyên bố '…'": kept only when the body says it)
            after = text[c + 1:e].strip()
            if after[:1].islower() and (not before or _TITLE_FATE.match(after)):
                continue  # "“Mùa gió chướng” giành giải …": a quoted title the headline is
                # about, also after a colon ("Giải thưởng X: “Nhà cộng đồng …” đoạt Giải Vàng")
            out.append((o + 1, c, before))
    return out


def said_before(before: str) -> bool:
    """The headline's words before a mark end with a cue verb (``… tuyên bố``): the marks
    may hold what was said (the extractor keeps them only when the body says it again)."""
    ends = [cue.end() for cue in any_cue_re().finditer(before, max(0, len(before) - 24))]
    return bool(ends) and ends[-1] == len(before)


# What befalls a work named in a headline: "đoạt Giải Vàng", "lọt top", "ra mắt".
_TITLE_FATE: Final = re.compile(r"(?:đoạt|giành|lọt|ra mắt|thắng|nhận|được vinh danh|được công nhận|"
                                r"vào chung kết|gây sốt|cán mốc)\b")


def follow_on(text: str, s: int, e: int, spans: list, added: int = 0) -> None:
    """Whole quoted sentences without a cue in the paragraph of a speaker's direct quote are
    that speaker's too (``"…", ông X nói. "…"``); they are added to ``spans``. ``added``:
    the spans before this index do not start in the paragraph (earlier paragraphs')."""
    here = [sp for sp in spans[added:] if s <= sp.start < e and sp.attrs.get("kind") == "direct"]
    reported = [sp for sp in spans[added:] if s <= sp.start < e] if not here else []
    if not here and not reported:
        return  # a quoted paragraph with no cue of its own stays unattributed
    sid = (here or reported)[-1].attrs["speaker"]
    for o, c in quote_pairs(text, s, e):
        if c is None or not _whole_sentence(text, s, e, o, c):
            continue
        if not here and not any(sp.end < o for sp in reported):
            continue  # "X khoe A. “B”": B goes on after X's reported words, not before them
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


def opens_with_mark(text: str, s: int, e: int) -> bool:
    """The paragraph ``text[s:e]`` opens (after any whitespace) with a quotation mark."""
    if s < e and not text[s].isspace():
        return text[s] in ("“", '"')  # no leading whitespace: no need to strip a copy
    head = text[s:e].lstrip()
    return head[:1] in ("“", '"')


def unattributed_open(text: str, s: int, e: int, found: list[Quote], spans: list,
                       pending: list[tuple[int, int]], carry: str | None) -> list[tuple[int, int]]:
    """Quotes opening a paragraph and left open without a cue wait for the cue of the
    paragraph that closes them (``"…`` / ``"…", ông X nói.``)."""
    if carry is not None or not opens_with_mark(text, s, e):
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


def continued_quote(text: str, s: int, e: int, found: list[Quote], carry: str,
                     spans: list, held: Sequence[tuple[int, int]] = ()) -> tuple[list[Quote], str | None]:
    """A paragraph opening with a quotation mark continues the quote left open before it;
    so does a paragraph whose first mark closes it (``Sáng nay, mọi người chưa nghỉ."``).
    ``held``: paragraphs with no mark between the open quote and this one; they are inside
    the quote (spans of their own) when this paragraph continues it, else narrative."""
    pairs = quote_pairs(text, s, e)
    close_first = _closing_first(text, s, e)
    if close_first is not None or (pairs and not text[s:pairs[0][0]].strip()):
        for hs, he in held:
            spans.append(make_span("speech", "QUOTE", hs, len(text[hs:he].rstrip()) + hs, text,
                                   {"speaker": carry, "kind": "direct"}))
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


_BETWEEN_PARTS: Final = re.compile(r"[ \t]*\n\s*[“\"]?[ \t]*")


def join_paragraph_quotes(text: str, spans: list) -> list:
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


def main_speaker(spans: list, cast: Cast) -> str | None:
    """The speaker with the most turns and quotes, the interviewer excluded."""
    counts: dict[str, int] = {}
    reporters = {p.sid for p in cast.people if p.role == "Phóng viên"}
    for sp in spans:
        sid = sp.attrs["speaker"]
        if sid not in reporters:
            counts[sid] = counts.get(sid, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None
