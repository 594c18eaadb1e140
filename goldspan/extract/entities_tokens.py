"""Tokens and word classes shared by the entity rules.

A token is one syllable (run of word characters, apostrophes kept: ``M'Đrắk``) of a
paragraph with absolute offsets. ``joined`` tells that only spaces separate it from the
previous token (no punctuation), ``initial`` that it opens a sentence, where a capital
letter says nothing about names. The rules read plain tuples (:data:`Token`, fields by
the index constants ``START``… ``DASH``) from :func:`token_tuples`; :func:`tokenize` gives
the same tokens as named :class:`Tok` tuples to other callers.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import repeat
from operator import itemgetter
from typing import Final, NamedTuple

from goldspan.extract.textcase import lower

_GAP_TOKEN: Final = re.compile(r"(\W*?)(TP\.(?=\s)|\w+(?:['’&-]\w+)*)", re.UNICODE)
_VI_ASCII_SYLLABLE: Final = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"(?:[aeiouy]{1,3})(?:ch|ng|nh|[cmnpt])?$")
_MARKS: Final = frozenset(",.:;!?()“”\"'’-")  # frequent non-word characters, tested first
# Marks that never join two runs of letters into one token (the pattern joins only with
# ' ’ & -): each becomes a space, whose runs are then the tokens.
_CUTTERS: Final = str.maketrans(dict.fromkeys(".,/:;%()!?“”\"…+=<>|[]{}«»*#@$", " "))
_SENTENCE_END: Final = set(".!?:;…\"“”'(")

# Lowercase words that end a name: function words and frequent verbs.
STOPWORDS: Final = frozenset("""
cho đã sẽ đang vừa mới là có được bị của với tại trong ngoài về để từ đến khi này đó
đây kia ấy thì mà nhưng nên vì do bởi cũng còn vẫn đều rất không chưa ra vào lên xuống
trên dưới theo như cùng gồm ở sau trước nhằm qua tới năm ngày tháng giờ hôm sáng chiều
tối nay mai ký trao tặng thăm họp dự hay hoặc nếu các những mọi mỗi một hai ba bốn nhiều
ít người số sự việc cuộc đợt lần nhận gửi đưa lại đi ngay luôn đạt gặp nói hỏi bàn
ông bà anh chị
""".split())
# Two-syllable verbs that end a name ("Bộ Y tế tổ chức …").
STOP_PHRASES: Final = frozenset("""
cho biết, cho hay, ban hành, thực hiện, triển khai, yêu cầu, đề nghị, phối hợp, công bố,
làm việc, phát biểu, tổ chức, chủ trì, khẳng định, nhấn mạnh, chia sẻ, cho rằng, tiến hành,
xây dựng, quyết định, thông báo, tiếp tục, nêu rõ, hoàn thành, đạt được, kiểm tra, chỉ đạo,
đánh giá, ghi nhận, tiếp nhận, hướng dẫn, đề xuất, thông tin, cảnh báo, khuyến cáo, tham gia,
phát hiện, xử lý, xử phạt, giải quyết, ủng hộ, hỗ trợ, trao tặng, vận động, kêu gọi, bàn giao,
phát hành, tích nước, xuất bản, khởi công, khánh thành
""".replace("\n", " ").split(", "))



# Lowercase administrative and place descriptors left out of a LOC (GUIDELINES.md).
LOC_DESCRIPTORS: Final = (
    "thành phố", "thị xã", "thị trấn", "khu phố", "tổ dân phố", "Tổ dân phố", "tỉnh", "huyện", "quận",
    "xã", "phường", "ấp", "thôn", "bản", "xóm", "làng", "quảng trường", "cổng",
    "TP", "TP.", "Tỉnh", "Huyện", "Quận", "Xã", "Phường", "Thị xã", "Thị trấn", "đặc khu",
    "Đặc khu", "cơ sở", "chợ", "thủ đô", "buôn", "plei", "bon", "sóc", "khu bến",
)
# Type words of numbered documents (DOC), written capitalised or not.
DOC_TYPES: Final = ("Thông tư liên tịch", "Bộ luật", "Nghị định", "Nghị quyết", "Quyết định",
             "Thông tư", "Chỉ thị", "Kết luận", "Công văn", "Văn bản", "Thông báo",
             "Kế hoạch", "Quy định", "Quy chế", "Hướng dẫn", "Pháp lệnh", "Công điện",
             "Tờ trình", "Báo cáo", "Đề án", "Chương trình", "Sắc lệnh", "Luật", "Lệnh",
             "Cáo trạng", "Bản án")
# Capitalised appellations kept inside the LOC.
# Other descriptors are not administrative and stay in the LOC: "sông Hương", "chùa Cầu".
LOC_APPELLATIONS: Final = ("Thủ đô", "Thành phố", "cầu", "sông", "núi", "đảo", "đèo",
                    "vịnh", "hồ", "biển", "Sông", "Núi", "Đảo", "Vịnh", "đường", "phố",
                    "chùa", "đền", "đình", "lăng", "cửa khẩu", "đồng bằng sông", "Đồng bằng sông",
                    "Chùa", "Đền", "Cầu", "Phố", "phố đi bộ", "sân bay", "Sân bay",
                    "ga", "nhà ga", "bến xe", "cảng", "cao tốc", "cống", "đầm", "thác",
                    "sân", "sân vận động", "rừng dừa", "kênh", "Nhà thi đấu", "nhà thi đấu",
                    "ngã ba", "ngã tư", "ngã năm", "nút giao", "bãi biển", "cảng cá",
                    "suối", "Suối", "Cao tốc", "Vườn quốc gia", "vườn quốc gia",
                    "quần đảo", "Quần đảo", "hang", "Hang")  # caves: "hang Tú Làn" (set 142)
# "nông thôn Nguyễn …": a descriptor that ends another word is no descriptor.
DESCRIPTOR_COMPOUNDS: Final = frozenset("""nông thôn|văn bản|cơ bản|căn bản|phiên bản|xuất bản|
nguyên bản|kịch bản|đường phố|mặt đường|tuyến phố|khu phố|dãy phố|góc phố|ngõ phố|thành phố|tổ dân phố|già làng|trưởng bản|trưởng thôn|trưởng làng|huyện đảo|xã đảo|thị trấn đảo|con đường|ngoài đường|con đường|
lên đường|đi đường|hồ sơ|ao hồ|sông hồ|dòng sông|lòng hồ|đồng hồ|hải đảo|biển đảo|
quần đảo|bờ biển|vùng biển|ven biển|trên biển|ngoài biển|đồi núi|vùng núi|miền núi|
leo núi|chân núi|cây cầu|nhịp cầu|gầm cầu|chân cầu|thị trấn|làng xã|xóm làng|bản làng|
đầu cầu|điểm cầu|nhu cầu|yêu cầu|toàn cầu|hoàn cầu|bãi biển|khai thác|dân phố|sân ga|bến cảng|cầu cảng|hải cảng""".replace("\n", "").split("|"))
# Descriptors kept with a number or code after them: "quốc lộ 1A", "quận 3".
LOC_CODED: Final = ("quốc lộ", "tỉnh lộ", "đường tỉnh", "cao tốc", "quận", "phường", "Quận", "Phường",
             "Quốc lộ")


class Tok(NamedTuple):
    """One syllable with absolute offsets and its typographic class, as :func:`tokenize`
    gives it to callers outside the rules (its fields read like attributes)."""

    start: int
    end: int
    text: str
    cap: bool
    joined: bool
    initial: bool
    dash: bool = False

    @property
    def lower(self) -> str:
        """The lowercase text."""
        return lower(self.text)

    def __repr__(self) -> str:
        return f"Tok({self.start}, {self.end}, {self.text!r})"


# The rules read plain tuples with the fields of :class:`Tok` (a tuple is several times
# cheaper to build than a named tuple, and indexing it is cheaper than an attribute):
# ``tok[TEXT]``, ``tok[CAP]``…
Token = tuple[int, int, str, bool, bool, bool, bool]
START: Final = 0
END: Final = 1
TEXT: Final = 2
CAP: Final = 3
JOINED: Final = 4
INITIAL: Final = 5
DASH: Final = 6

_new_tok = tuple.__new__


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``text[start:end]`` (one paragraph) with absolute offsets, as :class:`Tok`.

    The same tokens as :func:`token_tuples` (what the rules read), with field names.
    """
    return list(map(_new_tok, repeat(Tok), token_tuples(text, start, end)))


def token_tuples(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` (one paragraph) as plain :data:`Token` tuples.

    The paragraph is cut at spaces first: a piece that is all letters and digits is one
    word (exactly the ``\\w+`` of the token pattern, which adds only ``_``); other pieces
    go through :func:`_special_piece`. ``gap`` carries the characters since the previous
    token, whatever pieces they came from; ``plain`` says it is a single space after a
    token (the common case: no class lookup).
    """
    toks: list[Token] = []
    append = toks.append
    gap = ""
    plain = False
    pos = start
    for piece in text[start:end].split(" "):
        if piece.isalnum():
            stop = pos + len(piece)
            if plain:
                append((pos, stop, piece, piece[0].isupper(), True, False, False))
            else:
                joined, initial, dash = (_GAP_CLASSES.get(gap) or _gap_class(gap)) if toks \
                    else _first_class(gap)
                append((pos, stop, piece, piece[0].isupper(), joined, initial, dash))
                plain = True
                gap = " "
            pos = stop + 1
        elif not piece:  # a double space
            gap += " "
            plain = False
            pos += 1
        elif piece[-1] in _MARKS and piece[:-1].isalnum() and piece != "TP.":
            # a word and one mark: "Nội," (what _special_piece does)
            stop = pos + len(piece) - 1
            if plain:
                append((pos, stop, piece[:-1], piece[0].isupper(), True, False, False))
            else:
                joined, initial, dash = (_GAP_CLASSES.get(gap) or _gap_class(gap)) if toks \
                    else _first_class(gap)
                append((pos, stop, piece[:-1], piece[0].isupper(), joined, initial, dash))
            gap = piece[-1] + " "
            plain = False
            pos = stop + 2
        elif len(piece) == 1 and piece != "_":  # a lone mark: "-", "–", "+"
            gap += piece + " "
            plain = False
            pos += 2
        else:
            gap = _special_piece(text, piece, pos, end, gap, toks)
            plain = gap == " " and bool(toks)
            pos += len(piece) + 1
    return toks


def _special_piece(text: str, piece: str, pos: int, end: int, gap: str,
                   toks: list[Token]) -> str:
    """Append to ``toks`` the tokens of ``piece`` (not all letters and digits) found at
    ``pos`` of the paragraph ending at ``end``, ``gap`` being the characters since the
    last token; returns the gap after the piece, its following space included."""
    classes = _GAP_CLASSES
    stop = pos + len(piece)
    # one punctuation mark before and/or after a plain word: "Nội,", "(TTXVN)", "“Chúng"
    lead = piece[:1] in _MARKS or not (piece[:1].isalnum() or piece[:1] in "_")
    trail = piece[-1:] in _MARKS or not (piece[-1:].isalnum() or piece[-1:] in "_")
    word = piece[lead:len(piece) - trail]
    if word.isalnum() and word != "TP":
        g = gap + piece[0] if lead else gap
        s = pos + lead
        joined, initial, dash = (classes.get(g) or _gap_class(g)) if toks else _first_class(g)
        toks.append((s, s + len(word), word, word[0].isupper(), joined, initial, dash))
        return piece[-1] + " " if trail else " "
    # letters and digits cut by marks that join nothing ("15.000", "1/7/2025,", "đồng/kg"):
    # the tokens are the runs of letters and digits, found without the pattern
    bare = piece.translate(_CUTTERS)
    if "TP." not in piece and bare.replace(" ", "").isalnum():
        k = last = 0  # offset in the piece; end of the last token there
        for part in bare.split(" "):
            if part:
                g = gap + piece[last:k]
                s = pos + k
                joined, initial, dash = (classes.get(g) or _gap_class(g)) if toks \
                    else _first_class(g)
                toks.append((s, s + len(part), part, part[0].isupper(), joined, initial, dash))
                gap = ""
                last = k + len(part)
            k += len(part) + 1
        return piece[last:] + " "
    # "TP." needs the separator after it for its lookahead: the range includes it
    for g, word in _GAP_TOKEN.findall(text, pos, min(stop + 1, end)):
        s = pos + len(g)
        pos = s + len(word)
        g = gap + g
        joined, initial, dash = (classes.get(g) or _gap_class(g)) if toks else _first_class(g)
        toks.append((s, pos, word, word[0].isupper(), joined, initial, dash))
        gap = ""
    return gap + text[pos:stop] + " "


_GAP_CLASSES: Final[dict[str, tuple[bool, bool, bool]]] = {}


def _gap_class(gap: str) -> tuple[bool, bool, bool]:
    """``(joined, initial, dash)`` of a token (not the first) after the characters ``gap``;
    remembered, since the same few gaps (``", "``, ``". "``) come back all the time."""
    joined = gap.isspace() and "\n" not in gap
    stripped = gap.strip()
    initial = bool(stripped) and stripped[-1] in _SENTENCE_END
    dash = stripped in ("-", "–") and gap[:1] == " " and gap[-1:] == " "
    if len(_GAP_CLASSES) < 10_000:
        _GAP_CLASSES[gap] = (joined, initial, dash)
    return joined, initial, dash


def _first_class(gap: str) -> tuple[bool, bool, bool]:
    """``(joined, initial, dash)`` of the first token of a paragraph."""
    stripped = gap.strip()
    return False, True, stripped in ("-", "–") and gap[:1] == " " and gap[-1:] == " "


_START: Final = itemgetter(START)
_END: Final = itemgetter(END)
TEXT_OF: Final = itemgetter(TEXT)


class TokIndex:
    """Lookup from character offsets to token indices for one paragraph.

    Token starts and ends are strictly increasing, so a binary search over the tokens
    themselves (keyed by their start or end) answers each question: nothing is built
    per token (a paragraph asks few questions).
    """

    def __init__(self, toks: list[Token]) -> None:
        """Index ``toks`` (sorted by offset)."""
        self.toks = toks

    def at_start(self, offset: int) -> int | None:
        """Index of the token starting at ``offset``."""
        toks = self.toks
        i = bisect_left(toks, offset, key=_START)
        return i if i < len(toks) and toks[i][START] == offset else None

    def at_end(self, offset: int) -> int | None:
        """Index of the token ending at ``offset``."""
        toks = self.toks
        i = bisect_left(toks, offset, key=_END)
        return i if i < len(toks) and toks[i][END] == offset else None

    def after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset`` (len if none)."""
        return bisect_left(self.toks, offset, key=_START)


def phrase_at(toks: list[Token], i: int, phrases: frozenset[str], max_len: int,
              first_any_case: bool = True) -> int:
    """Length in tokens of the longest phrase of ``phrases`` starting at token ``i``.

    Tokens after the first must be lowercase and joined; the first may be capitalised
    when ``first_any_case``. Returns 0 when none matches. The search stops as soon as
    the words read so far begin no phrase.
    """
    if i >= len(toks) or max_len < 1:
        return 0
    t = toks[i]
    if t[CAP] and not first_any_case:
        return 0
    hit = _PREFIXES.get(id(phrases))  # _prefixes(phrases) without the call when cached
    prefixes = hit[1] if hit is not None and hit[0] is phrases else _prefixes(phrases)
    key = lower(t[TEXT])
    if key not in prefixes:
        return 0
    best = 1 if key in phrases else 0
    n = min(len(toks), i + max_len)
    for k in range(i + 1, n):
        t = toks[k]
        if not t[JOINED] or t[CAP]:
            break
        key = f"{key} {lower(t[TEXT])}"
        if key not in prefixes:
            break
        if key in phrases:
            best = k - i + 1
    return best


_PREFIXES: Final[dict[int, tuple[frozenset[str], frozenset[str]]]] = {}


def _prefixes(phrases: frozenset[str]) -> frozenset[str]:
    """Every word prefix of every phrase (``"y"``, ``"y tế"`` of ``"y tế"``), cached per set
    (the entry holds the set itself, so its id cannot be reused while cached)."""
    hit = _PREFIXES.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    found = frozenset(" ".join(words[:k]) for words in map(str.split, phrases)
                      for k in range(1, len(words) + 1))
    if len(_PREFIXES) > 64:
        _PREFIXES.clear()
    _PREFIXES[id(phrases)] = (phrases, found)
    return found


def is_stop(toks: list[Token], j: int) -> bool:
    """True if the lowercase token ``j`` (alone or with the next one) ends a name."""
    w = lower(toks[j][TEXT])
    if w in STOPWORDS:
        return True
    return j + 1 < len(toks) and f"{w} {lower(toks[j + 1][TEXT])}" in STOP_PHRASES


def vietnamese_syllable(word: str) -> bool:
    """True if ``word`` can be a Vietnamese syllable: it has Vietnamese letters or tones,
    or, in plain ASCII, the shape onset + vowels + final consonant (``Minh``, not ``Masan``)."""
    if not word.isascii():
        return word.isalpha()
    return bool(_VI_ASCII_SYLLABLE.match(lower(word)))
