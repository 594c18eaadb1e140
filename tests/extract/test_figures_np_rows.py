"""goldspan.extract.figures_np.token_rows: the str.split fast path gives the regex path's rows.

Single-spaced chunks are cut with ``str.split`` and most pieces become tokens without the
token regex; these tests compare that with the regex path (``_regex_rows``) on generated
pieces mixing Vietnamese words, digits, punctuation and rare characters.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from goldspan.extract.figures_np import _PIECE, _regex_rows, scan_tokens, token_rows

MARKED = frozenset({"hai", "năm", "một"})
STARTING = frozenset({"năm", "tháng", "ngày"})
PIECES = st.sampled_from([
    "hai", "năm", "Năm", "tháng", "ngày", "hộ,", "nay.", "(LĐTĐ)", "1.208", "12,5", "2020,",
    "10/7/2020", "100%", "m²", "km2", "đồng/kg", "Covid-19", "١٢", "Ⓐ", "_x", "x_", "İs",
    "ΑΣ.x", "e\u0301", "5G", "TP.HCM", "“Hỏi", "đáp”", "-", "…", "a1b2", "x²,",
])


def _regex(text: str, start: int, end: int):
    chunk = text[start:end]
    low = chunk.lower()
    if len(low) != len(chunk):
        low = "".join(ch.lower()[:1] or ch for ch in chunk)
    return _regex_rows(chunk, low, start, _PIECE.findall(chunk), MARKED, STARTING)


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(PIECES, min_size=1, max_size=12), lead=st.integers(0, 3))
def test_figures_np_rows_split_path_matches_regex_path(pieces: list[str], lead: int) -> None:
    text = "x" * lead + " " + " ".join(pieces)
    start = lead + 1
    assert token_rows(text, start, len(text), MARKED, STARTING) == _regex(text, start, len(text))


def test_figures_np_rows_other_spacing_goes_through_the_regex() -> None:
    text = "hai  năm\tngày\u00a01.208 ,"
    rows, marks, starts = token_rows(text, 0, len(text), MARKED, STARTING)
    assert (rows, marks, starts) == _regex(text, 0, len(text))
    assert [r[2] for r in rows] == ["hai", "năm", "ngày", "1.208", ","]
    assert [tuple(t) for t in scan_tokens(text, 0, len(text), MARKED, STARTING)[0]] == rows
