"""Quotation marks and cue words for the ``speech`` extractor: the pieces both the direct
(:mod:`goldspan.extract.speech_direct`) and the indirect (:mod:`goldspan.extract.speech_quotes`)
quote rules read — :class:`Quote`, the cue-verb patterns and automaton (:func:`cue_spans`),
:func:`quote_pairs`, :func:`sentence_end` and :func:`clause_floor`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import ahocorasick

from goldspan.extract.speech_cast import UPPER, NameRef, alternation, lexicon

OPEN: Final = "“\""
_ABBREV: Final = ("TP", "Tp", "ThS", "TS", "GS", "PGS", "BS", "Q", "P", "St", "Mr", "Ms", "Dr", "TT")


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
def cue_re() -> re.Pattern[str]:
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


# What follows "bảo" when it is the first half of another word.
BAO_WORD: Final = re.compile(r"\s+(?:vệ|đảm|hiểm|quản|tồn|trì|dưỡng|lãnh|hành|mật|trợ|tàng|an|"
                              r"vật|hộ|kê|lưu|toàn|chứng|đồng|nhau|ban|bối|hoàng|ngọc)(?!\w)",
                              re.IGNORECASE)


def cue_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """What ``cue_re().finditer(text, start, end)`` matches, as ``(start, end)`` pairs.

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
        if size == 3 and text[a:b].casefold() == "bảo" and BAO_WORD.match(text, b):
            continue  # "bảo vệ", "bảo hiểm": a word of its own, not the verb "bảo"
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
def and_cue_re() -> re.Pattern[str]:
    return re.compile(rf"(?:và|rồi|đồng thời)\s+(?:{alternation(lexicon()['cue_verbs'])})(?:\s+thêm)?"
                      r"\s*(?:(?:rằng|là)(?!\w))?\s*[:,]?\s*")


@lru_cache(maxsize=1)
def any_cue_re() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(rf"(?<!\w)(?:{alternation(lex['cue_verbs'] + lex['direct_cues'], True)})(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def title_ctx_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon()['title_context'], True)})\s*[:,]?\s*$",
                      re.IGNORECASE)


_MARKS: Final = re.compile(r"[“”\"]")
_GUILLEMETS: Final = re.compile(r"«[^«»\n]+»")


def quote_pairs(text: str, start: int, end: int) -> list[tuple[int, int | None]]:
    """``(open, close)`` indexes of quotation marks in ``text[start:end]`` (close None: open)."""
    pairs: list[tuple[int, int | None]] = []
    if text.find('"', start, end) < 0 and text.find("“", start, end) < 0 and text.find(
            "”", start, end) < 0:
        if text.find("«", start, end) >= 0:  # guillemets: «…»
            return [(m.start(), m.end() - 1) for m in _GUILLEMETS.finditer(text, start, end)]
        return pairs  # no mark at all (most paragraphs): a plain search is cheaper
    open_at: int | None = None
    opener = ""
    depth = 0  # marks “ opened inside a quote opened with “ (“… kiểu “ăn đong”.”)
    for m in _MARKS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if open_at is None:
            if ch != "”":
                open_at, opener = i, ch
        elif ch == "“" and opener == "“" and _nested_close(text, i, end):
            depth += 1
        elif ch == "”" and depth:
            depth -= 1
        elif ch == "”" or (opener == '"' and ch == '"') or (
                ch == '"' and text.find("”", i, end) < 0):  # mixed marks: “…" and "…”
            pairs.append((open_at, i))
            open_at = None
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


def _nested_close(text: str, i: int, end: int) -> bool:
    """The mark “ at ``i`` opens a quote inside a quote: two closing marks follow it before
    the next opening one (its own and the outer quote's)."""
    first = text.find("”", i + 1, end)
    if first < 0:
        return False
    second = text.find("”", first + 1, end)
    nxt = text.find("“", i + 1, end)
    return second >= 0 and (nxt < 0 or nxt > second)


def sentence_end(text: str, start: int, end: int) -> int:
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
                                                            "“\"-–0123456789"))
            if at_end and not (word and (word.group(1) in _ABBREV or (
                    len(word.group(1)) == 1 and word.group(1).isupper() and nxt[1:2].isdigit()))):
                return i  # (not the initial of "xử phạt T. 13 - 14 năm tù")
    return end


_SENTENCE_MARKS: Final = re.compile(r"[“”\".!?]")
_WORD_END: Final = re.compile(r"(\w+)$")


def clause_floor(text: str, start: int, pos: int) -> int:
    """Start of the sentence holding ``pos`` (quotation marks reset it too)."""
    best = max(start, pos - 300)
    for m in _CLAUSE_BREAK.finditer(text, best, pos):
        at = m.start()
        if text[at] == "." and at >= 1 and text[at - 1].isupper() and (
                at == 1 or not text[at - 2].isalnum()):
            continue  # the dot of an initial: "Chị H. kể", "Nguyễn Văn T. khai"
        best = m.end()
    return best


_CLAUSE_BREAK: Final = re.compile(r"[.!?…”\":]\s+")  # one class: the engine skips to its characters
