"""The number scan of the ``figures`` extractor: :class:`Figure` and :class:`Scanner`,
which reads the tokens of one window of a content range and proposes the non-DATE figures
(QUANTITY, PERCENT, MONEY) as :mod:`goldspan.extract.figures` describes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter
from typing import Final

from goldspan.extract.figures_lexicon import (
    ATTACHED_UNITS,
    CODE_BEFORE,
    COUNT_NOUNS,
    CURRENCIES,
    DONG_COMPOUNDS,
    MEASURES,
    MONEY_ATTACHED,
    TECH_UNITS,
    TIME_UNITS,
    VAGUE,
    VAGUE_SCALES,
)
from goldspan.extract.figures_np import (
    APPROX_LAST_WORDS,
    DIGITS,
    END,
    KIND,
    LOW,
    START,
    TEXT,
    WORD,
    approx_before,
    counted_noun,
    match_phrase,
    sentence_start,
    token_rows,
)
from goldspan.extract.vi_dates import START_WORDS
from goldspan.extract.vi_numbers import (
    NUMBER_WORDS,
    SCALES,
    UNITS,
    as_json_number,
    parse_digits,
    parse_number,
)

_NOT_FIVE: Final = frozenset({"hằng", "hàng", "mỗi", "các", "những", "nhiều", "cả", "từng", "trong",
                       "năm", "vài", "mấy", "của", "một"})
_CODE_LAST: Final = frozenset(p.split()[-1] for p in CODE_BEFORE)
_PERCENT_WORDS: Final = frozenset({"phần trăm"})
# Verbs of earning and paying: a scaled sum after them with no unit is money in đồng.
_MONEY_VERBS: Final = frozenset({"lãi", "lời", "lỗ", "thu", "kiếm", "trả", "chi", "vay", "nợ", "mất",
                          "tiêu", "góp", "thưởng", "lương", "phạt", "bồi thường", "giá", "chênh",
                          "tốn", "nộp"})
# Words that begin with a number word: "ba lô" (a backpack), "thịt ba chỉ" (pork belly),
# "ba gác" (a cart); ``(number word, next word) -> words that must come before, or None``.
_NUMBER_WORD_COMPOUNDS: Final[dict[tuple[str, str], frozenset[str] | None]] = {
    ("ba", "lô"): None, ("ba", "gác"): None, ("ba", "chỉ"): frozenset({"thịt", "lợn", "heo"}),
    ("ba", "rọi"): frozenset({"thịt", "lợn", "heo"}), ("năm", "châu"): None,
}

# Round numbers a rate is given per ("7,4 lít/100 km"), unlike "12 GB/256 GB" (two sizes).
_PER_ROUND: Final = frozenset(("1", "10", "100", "1.000", "1000", "10.000"))


def _big_number(digits: str) -> bool:
    """``digits`` (``862``, ``1.200``) is more than any level a code word counts (``cấp 3``)."""
    plain = digits.replace(".", "")
    return plain.isdigit() and int(plain) > 12


def _word_not_number(toks: list, i: int) -> bool:
    """Token ``i`` (a number word) and the next one are a word of their own (``ba lô``)."""
    key = (toks[i][LOW], toks[i + 1][LOW])
    if key not in _NUMBER_WORD_COMPOUNDS or toks[i + 1][START] != toks[i][END] + 1:
        return False
    before = _NUMBER_WORD_COMPOUNDS[key]
    return before is None or (i > 0 and toks[i - 1][LOW] in before)


# Units after which a number following a name is a measure, not part of the name.
_AREA_WEIGHT: Final = frozenset({"m2", "m²", "ha", "hécta", "héc-ta", "hecta", "km2", "kg", "tấn",
                                 "tạ", "m3", "m³", "lít", "km", "m"})
# Nouns that legal writing counts with a zero-padded number ("02 năm", "03 bản").
_PADDED_COUNTS: Final = frozenset({"năm", "tháng", "ngày", "tuần", "giờ", "bản", "người", "lần",
                                   "bộ", "tờ", "trang", "thửa"})
# After "hai" these mean "both": "giữa hai nước", "hai bờ sông", "hai bên", "hai miền".
_BOTH: Final = frozenset({"nước", "bờ", "bên", "phía", "miền", "đầu", "tay", "chân", "mắt", "vai",
                          "mẹ", "vợ", "cha", "bố", "phổi", "thận"})
# ("hai mẹ con", "hai vợ chồng", "bằng hai tay": the pair, not a count)
_COUNTING: Final = frozenset({"có", "gồm", "với", "là", "thêm", "tới", "đến"})  # "có hai nước" counts
_SO_COUNTS: Final = frozenset({"trong", "tổng", "con"})
# Words that never start a number alone (parse_number gives None for them) are not
# candidates: the scan would find nothing there.
_NEVER_FIRST: Final = frozenset({"mốt", "tư", "lăm", "nhăm", "mươi", "chục", "trăm"})
_CANDIDATE_WORDS: Final = (NUMBER_WORDS | VAGUE) - frozenset(SCALES) - _NEVER_FIRST
# After "một" only these make a longer number; a lone "một" needs an approximation word.
_AFTER_MOT: Final = frozenset({"trăm", "mươi", "chục"}) | frozenset(SCALES)
# Denominators of a fraction word: "một phần ba", "hai phần năm".
_DENOMINATORS: Final = frozenset("hai ba tư bốn năm sáu bảy tám chín mười trăm nghìn".split())
# Number words that mean nothing else, so they may count a noun not in the word list.
_PLAIN_NUMBER_WORDS: Final = frozenset({"hai", "bốn", "sáu", "bảy", "bẩy", "tám", "mười"})
_ZERO: Final = Decimal(0)
# Number words one to nine read alone: two in a row make a rough range ("hai, ba năm").
_SMALL_WORDS: Final = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "bẩy": 7, "tám": 8, "chín": 9}
# Nouns a number word after which names one of a series ("hiệp hai", "lớp ba").
_ORDINAL_NOUNS: Final = frozenset({"hiệp", "lớp", "khóa", "tầng", "tập", "chương", "hạng", "đợt", "ngã",
                            "phòng", "tổ", "đội", "khu", "mùa", "quý"})
# Words before a number word that make it an ordinal or a name ("tháng hai", "thứ ba").
_ORDINAL_BEFORE: Final = frozenset({"tháng", "thứ", "mùng", "mồng", "ngày", "số", "lớp", "hạng", "khóa"})
# Words after which a number word is part of a longer number ("ba mươi", "bốn trăm").
_NUMBER_GO_ON: Final = frozenset({"mươi", "chục", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "lăm",
                           "mốt", "tư", "phần", "rưỡi"})
_CURRENCY_FIRSTS: Final = frozenset(c.split()[0] for c in CURRENCIES)
# Words (lower case) a range link, a fraction word can be: the scan calls range_end and
# fraction_unit only at them (both give nothing elsewhere). A dash is an OTHER token, whose
# LOW is its TEXT.
_LINKS: Final = frozenset({"đến", "tới", "-", "–", "—"})
_FRACTION_FIRSTS: Final = frozenset({"nửa", "phần"})
# "năm" is read as a number word only before these (vi_numbers._unit_allowed, _tens).
_FIVE_NEXT: Final = frozenset({"mươi", "chục", "trăm"}) | frozenset(SCALES)
_CLOCK_AFTER: Final = frozenset({"sáng", "trưa", "chiều", "tối", "đêm", "khuya", "ngày", "hôm"})


@dataclass(slots=True)
class Figure:
    """A figure found in the text (offsets into the document text)."""

    label: str
    start: int
    end: int
    value: int | float | str | None
    unit: str | None = None
    approx: str | None = None
    mod: str | None = None

    def attrs(self) -> dict:
        """The FORMAT.md attrs of this figure (absent keys left out, value always set)."""
        out: dict = {"value": self.value}
        if self.unit is not None:
            out["unit"] = self.unit
        if self.approx is not None:
            out["approx"] = self.approx
        if self.mod is not None:
            out["mod"] = self.mod
        return out


OFFSETS: Final = attrgetter("start", "end")


class Scanner:
    """Scans the tokens of one window of a content range for non-DATE figures.

    ``floor`` is the start of the content range (sentence starts and code checks look back
    to it); ``blocked`` are the DATE spans found in the window.
    """

    def __init__(self, text: str, floor: int, start: int, end: int,
                 blocked: list[tuple[int, int]]):
        self.text = text
        self.floor = floor
        self.toks, self.candidates, self.date_starts = token_rows(
            text, start, end, _CANDIDATE_WORDS, START_WORDS)
        self.blocked = blocked

    def in_date(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a DATE span already found."""
        return any(start < b and a < end for a, b in self.blocked)

    def scan(self) -> list[Figure]:
        """Figures of this stretch, left to right, never overlapping each other or a DATE."""
        out: list[Figure] = []
        done = 0
        blocked = self.blocked
        toks = self.toks
        for i in self.candidates:  # digits and candidate number words
            if i < done:
                continue
            if blocked:
                tok_start = toks[i][START]
                inside = False
                for a, b in blocked:
                    if a <= tok_start < b:
                        inside = True
                        break
                if inside:
                    continue  # inside a DATE
            found = self.at(i, done)
            if found is None:
                continue
            fig, nxt = found
            if blocked:
                for a, b in blocked:  # in_date, inline
                    if fig.start < b and a < fig.end:
                        break
                else:
                    out.append(fig)
            else:
                out.append(fig)
            done = max(nxt, i + 1)
        return out

    # -- number recognition ----------------------------------------------------------------
    def is_code_digits(self, i: int) -> bool:
        """A digit token that is part of a name or code (see the module docstring)."""
        tok, text = self.toks[i], self.text
        before = text[tok[START] - 1] if tok[START] > self.floor else " "
        before2 = text[tok[START] - 2] if tok[START] - 1 > self.floor else " "
        if before.isalnum() or (before in "-/._#" and before2.isalnum()):
            unit = text[max(self.floor, tok[START] - 6):tok[START] - 1].split(" ")[-1]
            if before == "/" and unit.lstrip("0123456789") in TECH_UNITS:
                return False  # "8 GB/128 GB": the second of two sizes
            return True
        after = text[tok[END]:tok[END] + 2]
        if len(after) == 2 and after[0] in "-/" and after[1].isalnum() \
                and not (after[0] == "-" and after[1].isdigit()):
            return True  # 67-KL, 2156/QĐ; "5-7%" is a range, tried as one
        if len(tok[TEXT]) > 1 and tok[TEXT][0] == "0" and tok[TEXT][1].isdigit() and not (
                len(tok[TEXT]) == 2 and i + 1 < len(self.toks) and self.toks[i + 1][LOW] in _PADDED_COUNTS):
            return True  # a code, not "02 năm", "03 bản" of legal writing
        if len(tok[TEXT]) == 4 and tok[TEXT].isdigit() and "1900" <= tok[TEXT] <= "2099" \
                and not self.money_or_percent_after(i):
            return True  # a bare year such as "2017": not a count
        # "toàn đội 500 triệu đồng": a sum of money after a code word is still money
        return self.code_word_before(i) and not self.money_or_percent_after(i)

    def counting_so(self, k: int) -> bool:
        """``trong số``, ``tổng số``, ``con số`` before a number count; ``số 5`` is a code."""
        return self.toks[k][LOW] == "số" and k > 0 and self.toks[k - 1][LOW] in _SO_COUNTS

    def money_or_percent_after(self, i: int) -> bool:
        """True when a percent sign, ``phần trăm`` or a currency follows token ``i``."""
        j = i + 1
        while j < len(self.toks) and self.toks[j][LOW] in SCALES:
            j += 1
        if j >= len(self.toks):
            return False
        return self.toks[j][TEXT] == "%" or self.toks[j][LOW] == "phần" or bool(self.currency(j))

    def _rate_after(self, i: int) -> bool:
        """A word and a slash follow the number at ``i`` (``32 con/kg``), or a range to one
        (``30 - 40 con/kg``)."""
        toks = self.toks
        j = i + 1
        if j + 1 < len(toks) and toks[j][TEXT] in ("-", "–") and toks[j + 1][TEXT].isdigit():
            j += 2  # "30 - 40 con/kg"
        return j + 1 < len(toks) and toks[j][KIND] == WORD and toks[j + 1][TEXT] == "/"

    def code_word_before(self, i: int) -> bool:
        """True when a code word (``số``, ``thứ``, ``Chỉ thị``) or a name precedes ``i``."""
        toks = self.toks
        for n in ((1, 2, 3) if i > 0 and toks[i - 1][LOW] in _CODE_LAST else ()):
            k = i - n
            if k < 0 or not all(toks[m][KIND] == WORD for m in range(k, i)):
                break
            phrase = " ".join(t[LOW] for t in toks[k:i])
            if phrase in CODE_BEFORE and not self.counting_so(k) and not (
                    phrase == "cấp" and _big_number(toks[i][TEXT])) and not (  # "cấp 862 phiếu"
                    phrase == "xe" and k > 0 and toks[k - 1][LOW] == "thông") and not (  # "thông xe 32,7 km"
                    phrase == "vòng" and k > 0 and toks[k - 1][LOW] == "trong") and not (
                    k > 0 and toks[k - 1][LOW] == "mỗi") and not (  # "mỗi đợt 20 - 40 mm" measures
                    phrase == "cỡ" and self._rate_after(i)):  # "cỡ 32 con/kg": a size counted
                return True  # "vòng 16" is a round, "trong vòng 24 giờ" a duration
        if i > 1 and toks[i - 1][LOW] == "vực" and toks[i - 2][TEXT] == "Khu":
            return True  # "Ngân hàng Nhà nước Khu vực 15": a name ("ở khu vực 5 tỉnh" counts)
        if i > 0 and toks[i - 1][KIND] == WORD and toks[i - 1][END] + 1 == toks[i][START]:
            prev = toks[i - 1]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt[TEXT] in TECH_UNITS:
                return False  # "RAM 8 GB", "màn hình AMOLED 6,7 inch": a measure
            if prev[TEXT][:1].islower() and any(map(str.isupper, prev[TEXT][1:])):
                return True  # a product name in camel case: "iPhone 17", "eKYC 2"
            if prev[TEXT].isupper() and len(prev[TEXT]) > 1 and not (
                    nxt is not None and nxt[KIND] == WORD and nxt[TEXT].isupper()) \
                    and not self.money_or_percent_after(i):
                return True  # an acronym (VF 8, APEC 2017), unless capitals or "GDP 7%"
            if prev[TEXT][:1].isupper() and not sentence_start(self.text, prev[START], self.floor) \
                    and approx_before(toks, i, self.text) is None \
                    and not self.money_or_percent_after(i) and not self.prison_term(i) \
                    and not (nxt is not None and nxt[LOW] in _AREA_WEIGHT):
                return True  # a name: Quận 1, Bệnh viện 108 (but "giá FIT 9,35 cent",
                # "mua của ông Chiến 300 m2 đất")
        return False

    def prison_term(self, i: int) -> bool:
        """``N năm tù``/``N tháng tù``/``N năm M tháng tù`` follows: a sentence after a name
        (``phạt Khang 18 năm tù``), not a code."""
        toks = self.toks
        k = i + 3 if (i + 3 < len(toks) and toks[i + 1][LOW] == "năm"
                      and toks[i + 2][KIND] == DIGITS and toks[i + 3][LOW] == "tháng") else i + 1
        return (k + 1 < len(toks) and toks[k][LOW] in ("năm", "tháng")
                and toks[k + 1][LOW] == "tù")  # "3 năm 6 tháng tù" too

    def five_years(self, i: int) -> bool:
        """``năm năm`` at ``i`` after ``trong``: five years (``trong năm năm trở lại đây``),
        not "in the year"."""
        toks = self.toks
        return (toks[i - 1][LOW] == "trong" and i + 1 < len(toks) and toks[i + 1][LOW] == "năm"
                and toks[i + 1][START] == toks[i][END] + 1)

    def number_at(self, i: int) -> tuple[Decimal | int, int] | None:
        """``(value, tokens)`` of a number starting at token ``i``, or None.

        Plain digit strings of up to 28 digits (exact in the Decimal context) are valued as
        an ``int``; other values are Decimals.
        """
        tok = self.toks[i]
        if tok[KIND] == DIGITS:
            if self.is_code_digits(i):
                return None
            toks = self.toks
            after = toks[i + 1][LOW] if i + 1 < len(toks) else ""
            if after != "chục" and after not in SCALES:  # what parse_number gives, sooner
                digits = tok[TEXT]
                if digits.isdecimal():
                    return (int(digits) if len(digits) <= 28 else _ZERO + Decimal(digits)), 1
                value = parse_digits(digits)
                return None if value is None else (_ZERO + value, 1)
            words = [t[LOW] for t in toks[i:i + 12]]
            return parse_number(words, 0, bare=True)
        low = tok[LOW]
        if low not in NUMBER_WORDS or low in SCALES:
            return None
        nxt = self.toks[i + 1][LOW] if i + 1 < len(self.toks) else ""
        if low == "không" and nxt != "trăm" or low in ("linh", "lẻ") and UNITS.get(nxt, 0) < 1:
            return None  # what parse_number gives, sooner
        if low == "một" and nxt not in _AFTER_MOT and nxt not in ("nửa", "phần") and approx_before(
                self.toks, i, self.text) is None and not self.rough_pair(i):
            return None  # a lone "một" without an approximation word (see below)
        if tok[TEXT][:1].isupper() and not sentence_start(self.text, tok[START], self.floor):
            return None
        if i > 0 and self.toks[i - 1][LOW] in ("thứ", "lần", "số", "khóa", "khoá") \
                and not self.counting_so(i - 1):
            return None
        if low == "năm" and nxt not in _FIVE_NEXT:
            parsed = None  # what parse_number gives: "năm" alone is no number word
        else:
            parsed = parse_number([t[LOW] for t in self.toks[i:i + 12]], 0, bare=True)
        if parsed is None and low == "năm" and (i == 0 or self.toks[i - 1][LOW] not in _NOT_FIVE
                                                or self.five_years(i)):
            parsed = (Decimal(5), 1)
        if parsed is None:
            return None
        if parsed[1] == 1 and tok[LOW] == "một" and approx_before(self.toks, i, self.text) is None \
                and not (i + 1 < len(self.toks) and self.fraction_unit(i + 1)) \
                and not self.rough_pair(i):
            return None  # "một" alone is an article; "một nửa", "một phần ba" count
        return parsed

    # -- one figure --------------------------------------------------------------------------
    def at(self, i: int, free: int = 0) -> tuple[Figure, int] | None:
        """The figure whose number starts at token ``i`` and the token after it, or None.

        Tokens before ``free`` belong to an earlier figure: no prefix word is taken there.
        """
        toks = self.toks
        tok = toks[i]
        if tok[LOW] in VAGUE and i + 1 < len(toks) and toks[i + 1][LOW] in VAGUE_SCALES:
            j = i + 1
            while j < len(toks) and toks[j][LOW] in VAGUE_SCALES:
                j += 1
            return self.classify(i, j, None, approx="about", unknown=True, start=tok[START])
        parsed = self.number_at(i)
        if parsed is None:
            return None
        value, used = parsed
        if tok[KIND] != DIGITS and i > 0 and toks[i - 1][LOW] in _ORDINAL_NOUNS:
            return None  # "hiệp hai", "lớp ba", "tầng năm": which one, not how many
        if used == 1 and tok[LOW] == "hai" and i + 1 < len(toks) and toks[i + 1][LOW] in _BOTH \
                and not (i > 0 and (toks[i - 1][LOW] in _COUNTING or toks[i - 1][LOW]
                                    in APPROX_LAST_WORDS)):
            return None  # "giữa hai nước", "bà con hai bờ": both, not a count
        if used == 1 and tok[KIND] != DIGITS and i + 1 < len(toks) and _word_not_number(toks, i):
            return None  # "ba lô", "thịt ba chỉ": a word, no number
        if i + used < len(toks) and toks[i + used][LOW] == "mấy" \
                and toks[i + used - 1][LOW] in ("mười", "mươi", "trăm", "nghìn", "ngàn") \
                and toks[i + used][START] == toks[i + used - 1][END] + 1:
            # "mười mấy cuộc gọi", "hai mươi mấy người": a number known only roughly
            return self.classify(i, i + used + 1, None, approx="about", unknown=True,
                                 start=tok[START])
        j = i + used
        unknown = tok[KIND] == DIGITS or used > 1 or tok[LOW] in _PLAIN_NUMBER_WORDS
        first = i - 1 if i > free and toks[i - 1][LOW] == "từ" and toks[i - 1][END] + 1 == \
            tok[START] else i
        rng = self.range_end(j) if j + 1 < len(toks) and toks[j][LOW] in _LINKS else None
        if rng is None and used == 1 and tok[LOW] in _SMALL_WORDS and j + 1 < len(toks) and not (
                i > 0 and toks[i - 1][LOW] in _ORDINAL_BEFORE):
            rng = self.next_word_end(j, value)
        if first < i and toks[first][LOW] == "từ" and rng is None:
            first = i  # "từ" belongs to a range "từ A đến B" only
        approx = approx_before(toks, first, self.text) if first > 0 and \
            toks[first - 1][LOW] in APPROX_LAST_WORDS else None
        if approx is not None and approx[0] < free:
            approx = None
        start = toks[approx[0]][START] if approx else toks[first][START]
        scaled = toks[i][LOW] in SCALES if used == 1 else any(
            toks[k][LOW] in SCALES for k in range(i, j))
        if rng is not None:
            b_value, b_first, b_end = rng
            b_scale = Decimal(1)
            for k in range(b_first, b_end):
                b_scale *= SCALES.get(toks[k][LOW], 1)
            found = self.classify(b_first, b_end, b_value, approx=approx[1] if approx else None,
                                  unknown=unknown, start=start,
                                  scaled=scaled or b_scale > 1)
            if found is not None:
                low_end = value * b_scale if not scaled and value * b_scale <= b_value else value
                found[0].value = as_json_number(low_end)
                return found
        return self.classify(i, j, value, approx=approx[1] if approx else None, unknown=unknown,
                             start=start, scaled=scaled)

    def next_word_end(self, j: int, value: Decimal | int) -> tuple[Decimal, int, int] | None:
        """``, B`` or `` B`` at ``j`` after a small number word, B the next number in words:
        a rough range (``hai, ba năm``, ``bảy tám người``): (B's value, B's token, end)."""
        toks = self.toks
        k = j + 1 if toks[j][TEXT] == "," and toks[j][START] == toks[j - 1][END] else j
        if k >= len(toks) or toks[k][START] - toks[k - 1][END] != 1:
            return None
        nxt = _SMALL_WORDS.get(toks[k][LOW])
        if nxt is None or nxt != value + 1 or (k + 1 < len(toks) and toks[k + 1][LOW] in _NUMBER_GO_ON):
            return None
        return Decimal(nxt), k, k + 1

    def range_end(self, j: int) -> tuple[Decimal, int, int] | None:
        """``đến B``/``- B`` at ``j`` after a number: (B's value, B's first token, end)."""
        toks = self.toks
        if j + 1 >= len(toks):
            return None
        link, b = toks[j], toks[j + 1]
        if not (link[LOW] in ("đến", "tới") or link[TEXT] in ("-", "–", "—")):
            return None
        if b[START] - link[END] > 1 or link[START] - toks[j - 1][END] > 1:
            return None
        if not (b[KIND] == DIGITS or b[LOW] in NUMBER_WORDS) or b[LOW] in SCALES:
            return None
        parsed = parse_number([t[LOW] for t in toks[j + 1:j + 13]], 0, bare=True)
        if parsed is None:
            return None
        return parsed[0], j + 1, j + 1 + parsed[1]

    def classify(self, i: int, j: int, value: Decimal | int | None, approx: str | None, unknown: bool,
                 start: int, scaled: bool = True) -> tuple[Figure, int] | None:
        """The figure whose number ends before token ``j`` (see the module docstring)."""
        toks, text = self.toks, self.text
        val = value if value is None or type(value) is int else as_json_number(value)
        num_end = toks[j - 1][END]
        if j < len(toks):
            nxt = toks[j]
            glued = nxt[START] == num_end
            if nxt[TEXT] == "%" and nxt[START] - num_end <= 1:
                return Figure("PERCENT", start, nxt[END], val, None, approx), j + 1
            if nxt[TEXT] == "°" and nxt[START] - num_end <= 1:
                k = j + 1
                if k < len(toks) and toks[k][TEXT] in ("C", "F") and toks[k][START] == nxt[END]:
                    k += 1
                end = toks[k - 1][END]
                return Figure("QUANTITY", start, end, val, text[nxt[START]:end], approx), k
            if glued and nxt[KIND] == WORD:
                return self.glued_unit(j, val, approx, start)
            if nxt[START] - num_end == 1 and text[num_end] == " ":
                if nxt[LOW] == "phần" and match_phrase(toks, j, _PERCENT_WORDS, text) == 2:
                    return Figure("PERCENT", start, toks[j + 1][END], val, None, approx), j + 2
                fraction = self.fraction_unit(j) if nxt[LOW] in _FRACTION_FIRSTS else 0
                if fraction:  # "hơn một phần ba": the numerator, the fraction word as unit
                    end = toks[j + fraction - 1][END]
                    return Figure("QUANTITY", start, end, val, text[nxt[START]:end], approx), \
                        j + fraction
                cur = self.currency(j) if nxt[LOW] in _CURRENCY_FIRSTS else 0
                if cur:
                    k = self.per_units(j + cur)
                    unit = text[nxt[START]:toks[k - 1][END]]
                    return Figure("MONEY", start, toks[k - 1][END], val, unit, approx), k
                noun = counted_noun(toks, j, text, allow_unknown=unknown)
                if noun == 1 and nxt[LOW] == "giờ" and self.clock_time(j, noun):
                    minutes = self.hours_and_minutes(i, j, val)
                    if minutes is not None:  # "6 giờ 30 phút" taken: 390 phút
                        return Figure("QUANTITY", start, toks[j + 2][END], minutes, "phút",
                                      approx), j + 3
                    return None
                if noun == 1 and nxt[LOW] in ("năm", "tuổi") and isinstance(val, int) \
                        and approx is None:
                    months = self.years_and_months(j, val)
                    if months is not None:  # "3 năm 6 tháng" (tù): 42; "61 tuổi 6 tháng": 738
                        return Figure("QUANTITY", start, toks[j + 2][END], months, "tháng",
                                      None), j + 3
                if noun:
                    k = j + noun
                    if (toks[j][LOW] if noun == 1 else " ".join(t[LOW] for t in toks[j:k])) \
                            in MEASURES or (k + 1 < len(toks) and toks[k][TEXT] == "/"
                                            and self.per_measure(k)):
                        k = self.per_units(k)
                    end = toks[k - 1][END]
                    unit = text[nxt[START]:end]
                    return Figure("QUANTITY", start, end, val, unit, approx), k
        if scaled:
            if self.money_verb_before(i):  # "còn lãi hơn 11 triệu": a sum in đồng
                return Figure("MONEY", start, num_end, val, "đồng", approx), j
            if j + 1 < len(toks) and toks[j][TEXT] == "/" and toks[j][START] == num_end \
                    and self.per_measure(j):  # "400 nghìn/kg": a price in đồng per kilo
                k = self.per_units(j)
                end = toks[k - 1][END]
                return Figure("MONEY", start, end, val, "đồng" + self.text[num_end:end], approx), k
            return Figure("QUANTITY", start, num_end, val, None, approx), j
        return None

    def money_verb_before(self, i: int) -> bool:
        """A verb of earning or paying within the three words before the number (or its
        approximation word) at ``i``: ``lãi``, ``lời``, ``thu về``, ``trả``… (docs/gsmark.md:
        a sum named without its unit in such words is MONEY in ``đồng``)."""
        toks = self.toks
        lo = max(0, i - 4)
        return any(toks[k][LOW] in _MONEY_VERBS for k in range(lo, i))

    def glued_unit(self, j: int, val: int | float | None, approx: str | None, start: int
                   ) -> tuple[Figure, int] | None:
        """A unit written against the digits (``100kg``, ``30ha``, ``500đ``); else a code."""
        toks = self.toks
        k = j + 1
        unit = toks[j][TEXT]
        if k < len(toks) and toks[k][START] == toks[j][END] and toks[k][TEXT] in ("2", "3"):
            unit += toks[k][TEXT]
            k += 1
        if k < len(toks) and toks[k][START] == toks[k - 1][END] and toks[k][TEXT][:1].isalnum():
            return None
        if unit not in ATTACHED_UNITS:
            return None
        label = "MONEY" if unit in MONEY_ATTACHED else "QUANTITY"
        k = self.per_units(k)
        end = toks[k - 1][END]
        return Figure(label, start, end, val, self.text[toks[j][START]:end], approx), k

    def per_units(self, k: int) -> int:
        """Token index after ``/kg``, ``/người/tháng``… glued to the unit ending before ``k``."""
        toks = self.toks
        if k < len(toks) and toks[k][TEXT] in ("2", "3") and toks[k][START] == toks[k - 1][END] \
                and toks[k - 1][LOW] in ("m", "km", "cm", "dm", "mm"):
            k += 1  # m2, km2, m3 written with a plain digit
        while k + 1 < len(toks) and toks[k][TEXT] == "/" and toks[k][START] == toks[k - 1][END] \
                and toks[k + 1][START] == toks[k][END]:
            if toks[k + 1][KIND] == DIGITS:  # "lít/100 km": per a round number of a measure
                if toks[k + 1][TEXT] in _PER_ROUND and k + 2 < len(toks) and toks[k + 2][LOW] in MEASURES \
                        and toks[k + 2][START] == toks[k + 1][END] + 1:
                    k += 3
                break
            if toks[k + 1][KIND] != WORD:
                break
            k += 2
            if k < len(toks) and toks[k][START] == toks[k - 1][END] + 1 \
                    and f"{toks[k - 1][LOW]} {toks[k][LOW]}" in COUNT_NOUNS:
                k += 1  # "đồng/cổ phiếu": a counted compound after the slash
            if k < len(toks) and toks[k][TEXT] in ("2", "3") and toks[k][START] == toks[k - 1][END]:
                k += 1
            if k < len(toks) and toks[k - 1][LOW] == "ngày" and toks[k][LOW] == "đêm" \
                    and toks[k][START] == toks[k - 1][END] + 1:
                k += 1  # "m3/ngày đêm": per day and night
        return k

    def per_measure(self, k: int) -> bool:
        """True when ``/km2``, ``/ngày``… (a measure or time unit) is glued at ``k``."""
        toks = self.toks
        if k + 1 >= len(toks) or toks[k][TEXT] != "/" or toks[k][START] != toks[k - 1][END]:
            return False
        nxt = toks[k + 1]
        return nxt[START] == toks[k][END] and (nxt[LOW] in MEASURES or nxt[LOW] in TIME_UNITS)

    def fraction_unit(self, j: int) -> int:
        """Tokens of a fraction word at ``j``: ``phần ba``, ``phần tư``… (2) or ``nửa`` (1)."""
        toks = self.toks
        if toks[j][LOW] == "nửa":
            return 1
        if toks[j][LOW] == "phần" and j + 1 < len(toks) and toks[j + 1][LOW] in _DENOMINATORS \
                and toks[j + 1][START] == toks[j][END] + 1:
            return 2
        return 0

    def currency(self, j: int) -> int:
        """Tokens of a currency word at ``j`` (0 when none; ``đồng chí`` is not one)."""
        if j >= len(self.toks) or self.toks[j][LOW] not in _CURRENCY_FIRSTS:
            return 0
        n = match_phrase(self.toks, j, CURRENCIES, self.text, max_len=4)
        if n and self.toks[j][LOW] == "đồng" and n == 1 and j + 1 < len(self.toks):
            after = self.toks[j + 1]
            if after[LOW] in DONG_COMPOUNDS and after[START] == self.toks[j][END] + 1:
                return 0
        if n and match_phrase(self.toks, j, COUNT_NOUNS, self.text) > n:
            return 0
        return n

    def hours_and_minutes(self, i: int, j: int, hours: int | float | None) -> int | None:
        """Minutes of a duration ``A giờ B phút`` (number at ``i``, ``giờ`` at ``j``), not a
        clock time (no ``lúc``/``từ``… before, no date or part of the day after): ``còn 6 giờ
        30 phút`` → 390 (docs/gsmark.md, ``1 giờ 12 phút`` → 72)."""
        toks = self.toks
        if not isinstance(hours, int) or j + 2 >= len(toks) or toks[j + 2][LOW] != "phút" \
                or toks[j + 1][KIND] != DIGITS or not toks[j + 1][TEXT].isdigit():
            return None
        if i >= 1 and toks[i - 1][LOW] in ("lúc", "từ", "đến", "tới", "vào", "đúng", "khoảng"):
            return None
        after = toks[j + 3] if j + 3 < len(toks) else None
        if after is not None and (after[LOW] in _CLOCK_AFTER or after[KIND] == DIGITS):
            return None
        minutes = int(toks[j + 1][TEXT])
        return hours * 60 + minutes if minutes < 60 else None

    def rough_pair(self, i: int) -> bool:
        """``một, hai`` at ``i``: "một" opens a rough range (``một, hai ngày``)."""
        toks = self.toks
        return (i + 2 < len(toks) and toks[i + 2][LOW] in ("hai", "ba")
                and self.text[toks[i][END]:toks[i + 2][START]] == ", ")

    def years_and_months(self, j: int, years: int) -> int | None:
        """Months of a duration ``A năm B tháng`` (``năm`` at ``j``, B a number below 12 in
        digits, no year or date after it): ``3 năm 6 tháng`` → 42."""
        toks = self.toks
        if j + 2 >= len(toks) or toks[j + 2][LOW] != "tháng" or toks[j + 1][KIND] != DIGITS \
                or not toks[j + 1][TEXT].isdigit() or toks[j + 1][START] != toks[j][END] + 1:
            return None
        after = toks[j + 3] if j + 3 < len(toks) else None
        if after is not None and (after[KIND] == DIGITS or after[TEXT] == "/"
                                  or after[LOW] in ("đầu", "cuối", "năm")):
            return None  # "6 tháng đầu năm", "tháng 6/2025"
        months = int(toks[j + 1][TEXT])
        return years * 12 + months if 0 < months < 12 else None

    def clock_time(self, j: int, noun: int) -> bool:
        """``9 giờ sáng``, ``lúc 9 giờ``: a clock time, not a duration."""
        toks = self.toks
        if toks[j][LOW] != "giờ" or noun != 1:
            return False
        after = toks[j + 1] if j + 1 < len(toks) else None
        if after is not None and (after[KIND] == DIGITS or after[LOW] in _CLOCK_AFTER):
            return True
        k = j - 2
        return k >= 0 and toks[k][LOW] in ("lúc", "từ", "đến", "tới", "vào")
