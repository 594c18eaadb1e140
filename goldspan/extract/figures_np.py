"""Tokens and phrase rules for the ``figures`` extractor.

Contract:

* :func:`tokenize(text, start, end)` splits ``text[start:end]`` into :class:`Tok` items
  (digit strings such as ``1.208``/``12,5``, letter runs, single other characters) with
  code point offsets into ``text``; :func:`scan_tokens` does the same in one pass and also
  returns the indices of digit tokens and marked words (candidates) and the offsets of
  digit tokens and start words (DATE starts).
* :func:`match_phrase(toks, j, lexicon, max_len)` is the longest run of word tokens at
  ``j``, each separated by plain spaces, whose lower-cased text is in ``lexicon``; returns
  the number of tokens or 0.
* :func:`counted_noun(toks, j)` is the counted noun after a number: the longest lexicon
  noun, else a classifier with its head noun, else an unknown noun of one or two syllables;
  it stops at verbs, adjectives and function words (``92 đảng viên mới`` → ``đảng viên``).
  Returns the token count (0: no noun).
* :func:`approx_before(toks, i)` finds an approximation word right before token ``i``:
  ``(first token index, approx value)`` or None.
* :func:`sentence_start(text, offset, floor)` tells whether ``offset`` opens a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from goldspan.extract.figures_lexicon import (
    APPROX,
    CLASSIFIERS,
    COMMA_PAIRS,
    COMPARATIVES,
    COUNT_NOUNS,
    GENERIC_HEADS,
    NOT_KIND_WORDS,
    STOP,
)
from goldspan.extract.textcase import lower
from goldspan.extract.vi_numbers import NUMBER_WORDS


class Tok(NamedTuple):
    """A token: offsets into the document text, its text, lower-cased text and kind."""

    start: int
    end: int
    text: str
    low: str
    kind: int  # WORD, DIGITS or OTHER

    @property
    def is_word(self) -> bool:
        """True for a run of letters."""
        return self.kind == WORD

    @property
    def is_digits(self) -> bool:
        """True for a digit string."""
        return self.kind == DIGITS


WORD, DIGITS, OTHER = 0, 1, 2


_PIECE: Final = re.compile(r"(\s*)(?:([^\W\d_]+)|(\d+(?:[.,]\d+)*)|(\S))")
_new_tok = tuple.__new__
_PARTS: Final = re.compile(r"([^\W\d_]+)|(\d+(?:[.,]\d+)*)|(\S)")  # _PIECE without the spaces


# Fields of a token row (a plain tuple: cheaper to build and index than a Tok).
START: Final = 0
END: Final = 1
TEXT: Final = 2
LOW: Final = 3
KIND: Final = 4
Row = tuple[int, int, str, str, int]


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``text[start:end]`` with absolute offsets."""
    return scan_tokens(text, start, end, frozenset(), frozenset())[0]


def scan_tokens(text: str, start: int, end: int, marked: frozenset[str],
                starting: frozenset[str]) -> tuple[list[Tok], list[int], list[int]]:
    """Tokens of ``text[start:end]``, the indices of the digit tokens and of the words in
    ``marked``, and the offsets of the digit tokens and of the words in ``starting``.

    The same as :func:`token_rows` with each row made a :class:`Tok`.
    """
    rows, marks, starts = token_rows(text, start, end, marked, starting)
    return [_new_tok(Tok, row) for row in rows], marks, starts


def token_rows(text: str, start: int, end: int, marked: frozenset[str],
               starting: frozenset[str]) -> tuple[list[Row], list[int], list[int]]:
    """:func:`scan_tokens` with plain tuples ``(start, end, text, low, kind)`` as tokens
    (index them with :data:`START`, :data:`END`, :data:`TEXT`, :data:`LOW`, :data:`KIND`).

    When single spaces separate the chunk's pieces (the usual case), ``str.split`` cuts it
    and most pieces are tokens as they are (all letters, all digits, or letters and one
    punctuation mark); other pieces, and other chunks, go through the token regex.
    """
    chunk = text[start:end]
    low = lower(chunk)
    if len(low) != end - start:  # a letter whose lower case has another length
        low = "".join(lower(ch)[:1] or ch for ch in chunk)
    pieces = chunk.split()
    if " ".join(pieces) != chunk:
        return _regex_rows(chunk, low, start, _PIECE.findall(chunk), marked, starting)
    flags = _flags(marked, starting)
    out: list[Row] = []
    append = out.append
    marks: list[int] = []
    starts: list[int] = []
    pos = start
    # the lower-case chunk has the same length and spaces, so its pieces line up
    for piece, lp in zip(pieces, low.split(), strict=True):
        n = pos + len(piece)
        if piece.isalpha():  # letters are [^\W\d_]: one word
            flag = flags.get(lp)
            if flag:
                if flag & 1:
                    marks.append(len(out))
                if flag & 2:
                    starts.append(pos)
            append((pos, n, piece, lp, WORD))
        elif piece.isdecimal():  # what \d+ matches: one digit string
            marks.append(len(out))
            starts.append(pos)
            append((pos, n, piece, piece, DIGITS))
        elif not piece[-1].isalnum():  # ends with a mark: "hộ," "2025." "40%" "-"
            head = piece[:-1]
            last = piece[-1]
            if head.isalpha():  # "hộ,": one word and the mark
                w = lp[:-1]
                flag = flags.get(w)
                if flag:
                    if flag & 1:
                        marks.append(len(out))
                    if flag & 2:
                        starts.append(pos)
                append((pos, n - 1, head, w, WORD))
                append((n - 1, n, last, last, OTHER))
            elif head.isdecimal():  # "2025,": [.,] needs a digit after it, so \d+ stops
                marks.append(len(out))
                starts.append(pos)
                append((pos, n - 1, head, head, DIGITS))
                append((n - 1, n, last, last, OTHER))
            elif not head:  # a lone mark (\S that is not \w, or "_")
                append((pos, n, last, last, OTHER))
            else:
                _part_rows(piece, lp, pos, marked, starting, out, marks, starts)
        elif not piece[0].isalnum() and piece[1:].isalpha():  # "(sinh", "“Hỏi"
            append((pos, pos + 1, piece[0], piece[0], OTHER))
            w = lp[1:]
            flag = flags.get(w)
            if flag:
                if flag & 1:
                    marks.append(len(out))
                if flag & 2:
                    starts.append(pos + 1)
            append((pos + 1, n, piece[1:], w, WORD))
        else:
            _part_rows(piece, lp, pos, marked, starting, out, marks, starts)
        pos = n + 1
    return out, marks, starts


def _part_rows(piece: str, lp: str, pos: int, marked: frozenset[str], starting: frozenset[str],
               out: list[Row], marks: list[int], starts: list[int]) -> None:
    """Append the rows of one whitespace-free ``piece`` at ``pos`` (``lp`` its lower case)
    cut by the token regex, with its candidates and date starts."""
    append = out.append
    p = pos
    for word, digits, other in _PARTS.findall(piece):
        if word:
            m = p + len(word)
            w = lp[p - pos:m - pos]
            if w in marked:
                marks.append(len(out))
            if w in starting:
                starts.append(p)
            append((p, m, word, w, WORD))
            p = m
        elif digits:
            m = p + len(digits)
            marks.append(len(out))
            starts.append(p)
            append((p, m, digits, digits, DIGITS))
            p = m
        else:
            append((p, p + 1, other, other, OTHER))
            p += 1


_FLAGS: Final[dict[tuple[int, int], tuple[frozenset[str], frozenset[str], dict[str, int]]]] = {}


def _flags(marked: frozenset[str], starting: frozenset[str]) -> dict[str, int]:
    """Word -> 1 (in ``marked``) | 2 (in ``starting``), built once per pair of sets."""
    key = (id(marked), id(starting))
    cached = _FLAGS.get(key)
    if cached is not None and cached[0] is marked and cached[1] is starting:
        return cached[2]
    flags = {w: (w in marked) + 2 * (w in starting) for w in marked | starting}
    _FLAGS[key] = (marked, starting, flags)
    return flags


def _regex_rows(chunk: str, low: str, start: int, pieces: list[tuple[str, str, str, str]],
                marked: frozenset[str], starting: frozenset[str]
                ) -> tuple[list[Row], list[int], list[int]]:
    """Rows of ``chunk`` (at ``start`` in the text; ``low`` its lower case) from the
    (leading whitespace, word, digits, other) rows of the token regex, which tile it."""
    out: list[Row] = []
    append = out.append
    marks: list[int] = []
    starts: list[int] = []
    pos = start
    for space, word, digits, other in pieces:
        pos += len(space)
        if word:
            n = pos + len(word)
            w = low[pos - start:n - start]
            if w in marked:
                marks.append(len(out))
            if w in starting:
                starts.append(pos)
            append((pos, n, word, w, WORD))
            pos = n
        elif digits:
            n = pos + len(digits)
            marks.append(len(out))
            starts.append(pos)
            append((pos, n, digits, digits, DIGITS))
            pos = n
        else:
            append((pos, pos + 1, other, other, OTHER))
            pos += 1
    return out, marks, starts


def _spaced(a: Row, b: Row, text: str) -> bool:
    """True when ``b`` follows ``a`` after one plain space (a phrase may continue)."""
    return b[START] == a[END] + 1 and text[a[END]] == " "


_INDEX: Final[dict[int, tuple[frozenset[str], dict[str, int]]]] = {}


def _index(lexicon: frozenset[str]) -> dict[str, int]:
    """First word -> longest phrase length (in words) of ``lexicon``, built once per set."""
    cached = _INDEX.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    firsts: dict[str, int] = {}
    for phrase in lexicon:
        words = phrase.split()
        firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
    _INDEX[id(lexicon)] = (lexicon, firsts)
    return firsts


def match_phrase(toks: Sequence[Row], j: int, lexicon: frozenset[str], text: str,
                 max_len: int = 6) -> int:
    """Tokens in the longest lexicon phrase at ``j`` (0 when none)."""
    if j >= len(toks):
        return 0
    first = toks[j]
    if first[KIND] != WORD:
        return 0
    cached = _INDEX.get(id(lexicon))
    firsts = cached[1] if cached is not None and cached[0] is lexicon else _index(lexicon)
    longest = firsts.get(first[LOW], 0)
    if not longest:
        return 0
    best = 1 if first[LOW] in lexicon else 0
    phrase = first[LOW]
    for k in range(j + 1, min(len(toks), j + min(max_len, longest))):
        tok = toks[k]
        prev = toks[k - 1]
        if tok[KIND] != WORD or tok[START] != prev[END] + 1 or text[prev[END]] != " ":
            break
        phrase += " " + tok[LOW]
        if phrase in lexicon:
            best = k - j + 1
    return best


def _plain_noun(tok: Row) -> bool:
    """A lower-case word that may be (part of) a counted noun."""
    return tok[KIND] == WORD and tok[TEXT].islower() and tok[LOW] not in STOP \
        and tok[LOW] not in NUMBER_WORDS


def counted_noun(toks: Sequence[Row], j: int, text: str, allow_unknown: bool = True) -> int:
    """Tokens in the counted noun at ``j`` (see the module docstring); 0 when none."""
    if j >= len(toks) or not toks[j][KIND] == WORD:
        return 0
    known = match_phrase(toks, j, COUNT_NOUNS, text)
    first = toks[j]
    if first[LOW] in CLASSIFIERS and known <= 1:
        if first[LOW] in COMMA_PAIRS:  # "20 bộ, ngành": a fixed pair, no classifier here
            pairs = _comma_pairs(toks, j, 1, text)
            if pairs:
                return 1 + pairs
        after = match_phrase(toks, j + 1, COUNT_NOUNS, text) if j + 1 < len(toks) and _spaced(
            first, toks[j + 1], text) else 0
        if after:
            return 1 + after
        n = 1
        while n < 3 and j + n < len(toks) and _plain_noun(toks[j + n]) \
                and _spaced(toks[j + n - 1], toks[j + n], text):
            n += 1
        return n
    if known:
        if lower(text[first[START]:toks[j + known - 1][END]]) in GENERIC_HEADS:
            return known + _kind_words(toks, j + known, text)
        if known == 2 and _person_suffix(toks, j + 2, text):
            return 3  # "hướng dẫn viên", not "hướng dẫn"
        return known + _comma_pairs(toks, j, known, text)
    if not allow_unknown or not _plain_noun(first):
        return 0
    if j + 1 < len(toks) and _plain_noun(toks[j + 1]) and _spaced(first, toks[j + 1], text):
        return 2 + _person_suffix(toks, j + 2, text)  # "27 hướng dẫn viên", "cổ động viên"
    return 1


def _person_suffix(toks: Sequence[Row], k: int, text: str) -> int:
    """1 when token ``k`` is ``viên`` closing a word for a person (``hướng dẫn viên``)."""
    return int(k < len(toks) and toks[k][LOW] == "viên" and _spaced(toks[k - 1], toks[k], text))


# Words that may follow the kind of a generic head: function words and a few verbs.
_KIND_ENDS: Final = frozenset("của tại ở trong với và đã được để cho từ đến qua thuê theo này đó mỗi "
                       "trên dưới về là có sẽ đang vừa cùng như nhằm khi giữa bên sau trước lúc "
                       "vào ra do bởi vì nên nhưng hoặc hay thì mà bị không chưa cũng đều gồm "
                       "thuộc tới ngoài xảy".split())


def _kind_words(toks: Sequence[Row], k: int, text: str) -> int:
    """Up to two plain words at ``k`` naming the kind of a generic head (``đội`` *quân y*),
    not words that only describe it (``vụ`` *nghiêm trọng*, ``trạm`` … *tự động*)."""
    n = 0
    while n < 3 and k + n < len(toks) and _plain_noun(toks[k + n]) \
            and _spaced(toks[k + n - 1], toks[k + n], text):
        word = toks[k + n][LOW]
        pair = f"{word} {toks[k + n + 1][LOW]}" if k + n + 1 < len(toks) else ""
        if word in NOT_KIND_WORDS or pair in NOT_KIND_WORDS:
            break
        n += 1
    if n > 2:
        return 0  # three plain words on: where the kind ends is not known
    after = toks[k + n] if k + n < len(toks) else None
    if n and after is not None and after[KIND] == WORD and _spaced(toks[k + n - 1], after, text) \
            and after[LOW] not in _KIND_ENDS and after[LOW] not in NOT_KIND_WORDS and not (
            k + n + 1 < len(toks) and f"{after[LOW]} {toks[k + n + 1][LOW]}" in NOT_KIND_WORDS):
        return 0  # "20 nhóm nghiên cứu": a word goes on past the kind ("cứu" is no stop here)
    return n


def _comma_pairs(toks: Sequence[Row], j: int, known: int, text: str) -> int:
    """Extra tokens of a fixed ``cán bộ, chiến sĩ``-style pair after the noun at ``j``."""
    extra = 0
    k = j + known
    while k + 1 < len(toks) and toks[k][TEXT] == "," and toks[k][START] == toks[k - 1][END] \
            and toks[k + 1][START] == toks[k][END] + 1:
        head = lower(text[toks[j][START]:toks[k - 1][END]])
        partners = COMMA_PAIRS.get(head)
        if not partners:
            break
        n = match_phrase(toks, k + 1, partners, text, max_len=3)
        if not n:
            break
        extra += 1 + n
        k += 1 + n
    if extra and k + 1 < len(toks) and toks[k][LOW] == "và" and _spaced(toks[k - 1], toks[k], text) \
            and _spaced(toks[k], toks[k + 1], text):
        partners = COMMA_PAIRS.get(lower(text[toks[j][START]:toks[k - 1][END]]))
        n = match_phrase(toks, k + 1, partners, text, max_len=3) if partners else 0
        if n:  # "xã, phường và đặc khu": the last noun of the list after "và"
            extra += 1 + n
    return extra


# Last word -> (words, approx) of the approximation phrases ending with it, longest first.
_APPROX_BY_LAST: Final[dict[str, list[tuple[list[str], str]]]] = {}
for _phrase in sorted(APPROX, key=lambda w: -len(w.split())):
    _APPROX_BY_LAST.setdefault(_phrase.split()[-1], []).append((_phrase.split(), APPROX[_phrase]))
# The words an approximation phrase ends with (approx_before is None after other words).
APPROX_LAST_WORDS: Final = frozenset(_APPROX_BY_LAST)


def approx_before(toks: Sequence[Row], i: int, text: str) -> tuple[int, str] | None:
    """``(index of the first approximation token, approx)`` right before ``toks[i]``."""
    if i == 0:
        return None
    for words, approx in _APPROX_BY_LAST.get(toks[i - 1][LOW], ()):
        k = i - len(words)
        if k < 0:
            continue
        if k == i - 1:  # one word: it is the last word, already matched
            if not _spaced(toks[k], toks[i], text):
                continue
        elif not (all(toks[k + n][LOW] == w for n, w in enumerate(words)) and all(
                _spaced(toks[n], toks[n + 1], text) for n in range(k, i))):
            continue
        if words == ["hơn"] and k > 0 and toks[k - 1][LOW] in COMPARATIVES and not (
                k > 1 and toks[k - 2][LOW] == "độ" and toks[k - 1][LOW] in ("cao", "sâu")) \
                and not (toks[k - 1][LOW] in _SIZES and i + 1 < len(toks)
                         and toks[i + 1][LOW] in _SIZE_UNITS) \
                and not (k > 1 and toks[k - 2][LOW] == "kéo" and toks[k - 1][LOW] == "dài"):
            return None  # "thấp hơn 0,1 điểm": a comparison; "ở độ cao hơn 2.300 m",
            # "tàu dài hơn 24 m" (a size over a measure) and "kéo dài hơn 3 ngày" are not
        if words == ["trên"] and k > 0 and toks[k - 1][LOW] in _ON_VERBS:
            return None  # "đi trên 2 xe máy": on them, not over two
        if words == ["tầm"] and k > 0 and toks[k - 1][LOW] == "sưu":
            return None  # "sưu tầm 126 hiện vật": collected, not "about"
        if words == ["khoảng"] and k > 1 and toks[k - 1][LOW] == "trong" \
                and toks[k - 2][LOW] in ("nằm", "động", "ở"):
            return None  # "nằm trong khoảng 5,8 - 6,9%": the noun "range", no approximation
        return k, approx
    return None


# Adjectives of size and the units that measure them: "dài hơn 24 m" is a length over 24 m.
_SIZES: Final = frozenset({"dài", "rộng", "sâu", "cao", "nặng", "dày"})
_SIZE_UNITS: Final = frozenset({"m", "km", "cm", "mm", "mét", "kg", "tấn", "tạ", "g", "ha", "m2"})
_ON_VERBS: Final = frozenset({"đi", "ngồi", "chở", "chạy", "đứng", "lái", "cưỡi", "đặt", "treo"})
_OPENERS: Final = ".!?:;\n(\"“”'‘-–—…•●▪◦+*"  # (list bullets too: "• Trong 3 đến 6 tháng")


def sentence_start(text: str, offset: int, floor: int) -> bool:
    """True when only spaces and an opener (``.``, ``:``, ``(``, quote, line start) precede."""
    k = offset - 1
    while k >= floor and text[k] == " ":
        k -= 1
    return k < floor or text[k] in _OPENERS
