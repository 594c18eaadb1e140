"""Vietnamese numbers: digit strings with `.`/`,` and spelled-out number words.

Contract:

* :func:`parse_digits` reads a digit string written the Vietnamese way: ``.`` groups
  thousands and ``,`` is the decimal mark (``1.208`` → 1208, ``12,5`` → 12.5). A single
  ``.`` followed by other than three digits is read as a decimal point (``1.5`` → 1.5),
  as is a lone ``,``; several ``,`` separating groups of three are read as grouping.
* :func:`parse_number` reads the longest number starting at ``words[i]`` (lower-cased
  syllables and digit strings) and returns ``(value, count)`` or None. It knows the unit
  words (một … chín, with the positional forms mốt, tư, lăm/nhăm), mười/mươi, chục, trăm,
  linh/lẻ, không (before trăm) and the scale words nghìn/ngàn, vạn, triệu, tỷ/tỉ, and mixes
  digits with scale words (``2,5 tỷ``, ``15 triệu 500 nghìn``). Ambiguous words are read
  as numbers only where Vietnamese grammar makes them numbers: ``năm`` ("five"/"year") only
  before mươi/trăm/chục/a scale word, after linh/lẻ, or when the caller allows a bare
  start; ``mười năm`` is ten years, not fifteen.
* :func:`words_value` parses a whole phrase and returns its value only when every word is
  part of the number.
* :func:`as_json_number` turns a Decimal into an ``int`` when integral, else a ``float``
  (an ``int`` is returned as it is).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Final

from goldspan.extract.textcase import lower

UNITS: Final[dict[str, int]] = {
    "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
# Forms used only after mười/mươi (mốt, tư, lăm, nhăm) or anywhere units may stand there.
AFTER_TENS: Final[dict[str, int]] = {
    "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "nhăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
AFTER_MUOI_10: Final = {k: v for k, v in AFTER_TENS.items() if k not in ("mốt", "tư")}
SCALES: Final[dict[str, int]] = {
    "nghìn": 1000, "ngàn": 1000, "vạn": 10000, "triệu": 1000000,
    "tỷ": 1000000000, "tỉ": 1000000000,
}
NUMBER_WORDS: Final = frozenset(UNITS) | frozenset(AFTER_TENS) | frozenset(SCALES) | {
    "mười", "mươi", "chục", "trăm", "linh", "lẻ"}

_ZERO: Final = Decimal(0)
_DIGITS: Final = re.compile(r"^\d+(?:[.,]\d+)*$")
_GROUPED_DOT: Final = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_GROUPED_COMMA: Final = re.compile(r"^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$")


def is_digits(token: str) -> bool:
    """True for a digit string such as ``12``, ``1.208`` or ``12,5``."""
    return token.isdecimal() or bool(_DIGITS.match(token))


def parse_digits(token: str) -> Decimal | None:
    """The value of a Vietnamese-written digit string, or None if it is not one."""
    if token.isdecimal():  # plain digits (what ``\d+`` matches): the common case
        return Decimal(token)
    if not _DIGITS.match(token):
        return None
    if _GROUPED_DOT.match(token):
        plain = token.replace(".", "").replace(",", ".")
    elif _GROUPED_COMMA.match(token):
        plain = token.replace(",", "")
    elif token.count(",") + token.count(".") > 1:
        return None  # an unusual grouping such as 1.2.3: a code, not a number
    else:
        plain = token.replace(",", ".")
    try:
        return Decimal(plain)
    except InvalidOperation:  # pragma: no cover - the regexes exclude it
        return None


def as_json_number(value: Decimal | int) -> int | float:
    """``value`` as an int when it is integral, else as a float (an int stays as it is)."""
    if isinstance(value, int):
        return value
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _word(words: Sequence[str], i: int) -> str:
    return words[i] if 0 <= i < len(words) else ""


def _tens(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """``mười [x]`` or ``D mươi [x]`` or ``D chục`` at ``i``: (value, count)."""
    w = _word(words, i)
    if w == "mười":
        nxt = _word(words, i + 1)
        if nxt in AFTER_MUOI_10:
            return 10 + AFTER_MUOI_10[nxt], 2
        return 10, 1
    if w in UNITS and UNITS[w] >= 1:
        nxt = _word(words, i + 1)
        if nxt == "mươi" and UNITS[w] >= 2:
            after = _word(words, i + 2)
            if after in AFTER_TENS:
                return UNITS[w] * 10 + AFTER_TENS[after], 3
            return UNITS[w] * 10, 2
        if nxt == "chục":
            return UNITS[w] * 10, 2
    return None


def _unit_allowed(words: Sequence[str], i: int, bare: bool) -> bool:
    """A lone unit word at ``i`` is a number only before a multiplier (or when ``bare``)."""
    w = _word(words, i)
    nxt = _word(words, i + 1)
    if w == "không":
        return nxt == "trăm"
    if nxt in ("trăm", "mươi", "chục") or nxt in SCALES:
        return True
    return bare and w != "năm"


def _small(words: Sequence[str], i: int, bare: bool) -> tuple[Decimal, int] | None:
    """A group below one thousand (or a digit string) at ``i``: (value, count)."""
    w = _word(words, i)
    if w[:1].isdecimal() and is_digits(w):  # a digit string starts with a digit (\d)
        value = parse_digits(w)
        if value is None:
            return None
        if _word(words, i + 1) == "chục":
            return value * 10, 2
        return value, 1
    if w in ("linh", "lẻ"):
        nxt = _word(words, i + 1)
        if nxt in UNITS and UNITS[nxt] >= 1:
            return Decimal(UNITS[nxt]), 2
        return None
    tens = _tens(words, i)
    if tens is not None:
        return Decimal(tens[0]), tens[1]
    if w in UNITS and _word(words, i + 1) == "trăm":
        hundreds = UNITS[w] * 100
        j = i + 2
        rest = _word(words, j)
        if rest in ("linh", "lẻ") and _word(words, j + 1) in UNITS:
            return Decimal(hundreds + UNITS[_word(words, j + 1)]), 4
        sub = _tens(words, j)
        if sub is not None:
            return Decimal(hundreds + sub[0]), 2 + sub[1]
        return Decimal(hundreds), 2
    if w in UNITS and _unit_allowed(words, i, bare):
        return Decimal(UNITS[w]), 1
    return None


def _group_is_complete(words: Sequence[str], i: int, count: int) -> bool:
    """After a scale word, a following group counts only if it is clearly a number part."""
    if any(_word(words, k) in ("trăm", "mươi", "mười", "linh", "lẻ", "chục")
           for k in range(i, i + count)):
        return True
    return _word(words, i + count) in SCALES


def parse_number(words: Sequence[str], i: int = 0, bare: bool = True
                 ) -> tuple[Decimal, int] | None:
    """The longest number starting at ``words[i]``: ``(value, words used)`` or None.

    ``bare`` allows a lone unit word (``hai``) to be a number; ``năm`` alone never is.
    """
    first = _small(words, i, bare)
    if first is None:
        return None
    current, used = first
    j = i + used
    if j >= len(words) or words[j] not in SCALES:
        return _ZERO + current, used  # no scale word follows (+ rounds as the sum below)
    total = Decimal(0)
    last_scale = 0
    while True:
        w = _word(words, j)
        if w in SCALES:
            m = SCALES[w]
            if current == 0 and total > 0:
                total *= m
                last_scale *= m
            elif m > last_scale:
                total = (total + current) * m
                last_scale = m
            else:
                total += current * m
            current = Decimal(0)
            j += 1
            if _word(words, j) == "rưỡi":
                total += Decimal(m) / 2
                j += 1
                break
            if _word(words, j) in SCALES:
                continue
            nxt = _small(words, j, bare=False)
            if nxt is None or not _group_is_complete(words, j, nxt[1]):
                break
            current, n = nxt
            j += n
            continue
        break
    return total + current, j - i


def words_value(phrase: str) -> int | float | None:
    """The value of a whole number phrase (``hai mươi lăm`` → 25), None if not all number."""
    words = lower(phrase).split()
    if not words:
        return None
    parsed = parse_number(words, 0, bare=True)
    if parsed is None and words == ["năm"]:
        return 5
    if parsed is None or parsed[1] != len(words):
        return None
    return as_json_number(parsed[0])
