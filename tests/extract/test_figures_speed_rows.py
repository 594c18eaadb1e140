"""A/B guard for the faster ``figures_np.token_rows``: the same rows, candidates and date
starts as the row tokenizer it replaced (kept below as ``_old_token_rows``), on fuzzed text.

The texts mix Vietnamese words, number and date words, digit strings with ``.``/``,``,
punctuation glued to either side of a word or number, rare characters (``²``, ``_``,
Arabic-Indic digits, ``İ``, ``Σ``, combining marks) and odd spacing.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from goldspan.extract.figures_np import (
    _PARTS,
    _PIECE,
    DIGITS,
    OTHER,
    WORD,
    Row,
    _flags,
    _regex_rows,
    token_rows,
)
from goldspan.extract.figures_scan import _CANDIDATE_WORDS
from goldspan.extract.vi_dates import START_WORDS


def _old_token_rows(text: str, start: int, end: int, marked: frozenset[str],
                    starting: frozenset[str]) -> tuple[list[Row], list[int], list[int]]:
    """``token_rows`` as it was before the pieces ending or starting with a mark got their
    own branches (commit 493546f)."""
    chunk = text[start:end]
    low = chunk.lower()
    if len(low) != end - start:
        low = "".join(ch.lower()[:1] or ch for ch in chunk)
    pieces = chunk.split()
    if " ".join(pieces) != chunk:
        return _regex_rows(chunk, low, start, _PIECE.findall(chunk), marked, starting)
    flags = _flags(marked, starting)
    out: list[Row] = []
    append = out.append
    marks: list[int] = []
    starts: list[int] = []
    pos = start
    for piece, lp in zip(pieces, low.split(), strict=True):
        n = pos + len(piece)
        if piece.isalpha():
            flag = flags.get(lp)
            if flag:
                if flag & 1:
                    marks.append(len(out))
                if flag & 2:
                    starts.append(pos)
            append((pos, n, piece, lp, WORD))
        elif piece.isdecimal():
            marks.append(len(out))
            starts.append(pos)
            append((pos, n, piece, piece, DIGITS))
        elif piece[:-1].isalpha() and not piece[-1].isalnum():
            w = lp[:-1]
            flag = flags.get(w)
            if flag:
                if flag & 1:
                    marks.append(len(out))
                if flag & 2:
                    starts.append(pos)
            append((pos, n - 1, piece[:-1], w, WORD))
            append((n - 1, n, piece[-1], piece[-1], OTHER))
        else:
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
        pos = n + 1
    return out, marks, starts


WORDS = ["năm", "Năm", "hai", "một", "mười", "tháng", "ngày", "từ", "đến", "người", "hộ",
         "đồng", "triệu", "tỷ", "khoảng", "hơn", "xã", "quý", "I", "TP", "HCM", "Hỏi", "kg",
         "ha", "m", "x"]
MARKS = list(",.;:!?%()-–/“”\"'…_#°")
RARE = ["²", "½", "١٢", "İ", "Σ", "ΑΣ", "e\u0301", "Ⓐ", "\u00a0"]


@st.composite
def _piece(draw: st.DrawFn) -> str:
    core = draw(st.one_of(
        st.sampled_from(WORDS),
        st.from_regex(r"\d{1,4}(?:[.,]\d{1,3}){0,2}", fullmatch=True),
        st.sampled_from(RARE),
        st.text(st.sampled_from(WORDS[0][:2] + "09aĐ" + "".join(MARKS[:6])), min_size=1,
                max_size=4),
    ))
    lead = draw(st.sampled_from(["", "", "", "(", "“", "-", "_", "²"]))
    tail = draw(st.sampled_from(["", "", "", ",", ".", "%", ")", "”", "_", ":", "5", "a"]))
    return lead + core + tail


@st.composite
def _text(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(_piece(), min_size=1, max_size=14))
    if draw(st.booleans()):  # single spaces: the split path (the usual case)
        return " ".join(pieces)
    seps = draw(st.lists(st.sampled_from([" ", " ", " ", " ", "  ", "\u00a0", "\t"]),
                         min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, seps, strict=True)).rstrip()


@settings(max_examples=400, deadline=None)
@given(text=_text(), lead=st.integers(0, 2))
def test_figures_speed_rows_match_the_old_tokenizer(text: str, lead: int) -> None:
    full = "x" * lead + " " + text
    start = lead + 1
    for marked, starting in ((_CANDIDATE_WORDS, START_WORDS),
                             (frozenset({"hai", "năm"}), frozenset({"năm", "ngày"}))):
        assert token_rows(full, start, len(full), marked, starting) == _old_token_rows(
            full, start, len(full), marked, starting)


def test_figures_speed_rows_marks_at_either_end_of_a_piece() -> None:
    text = "(hai 2025, “Năm -  _ x²,"
    rows, marks, starts = token_rows(text, 0, len(text), _CANDIDATE_WORDS, START_WORDS)
    assert (rows, marks, starts) == _old_token_rows(text, 0, len(text), _CANDIDATE_WORDS,
                                                    START_WORDS)
    assert [r[2] for r in rows[:6]] == ["(", "hai", "2025", ",", "“", "Năm"]
