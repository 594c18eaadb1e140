"""The entity tokenizer's fast paths give exactly the tokens of its one-pattern definition.

:func:`goldspan.extract.entities_tokens.token_tuples` cuts at spaces and handles the
common pieces (plain words, a word and one mark, lone marks, double spaces, numbers and
codes cut by marks) without the token pattern; these tests compare it, on generated text
full of the characters those paths decide on, with a plain re-statement of the pattern.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from goldspan.extract.entities_tokens import Tok, token_tuples, tokenize

_PATTERN = re.compile(r"(\W*?)(TP\.(?=\s)|\w+(?:['’&-]\w+)*)")
_ENDS = set(".!?:;…\"“”'(")


def _reference(text: str, start: int, end: int) -> list[tuple]:
    """Tokens of ``text[start:end]`` by the definition: one pattern pass, gap classes."""
    out: list[tuple] = []
    pos = start
    for gap, word in _PATTERN.findall(text[start:end]):
        s = pos + len(gap)
        pos = s + len(word)
        stripped = gap.strip()
        out.append((s, pos, word, word[0].isupper(),
                    bool(out) and gap.isspace() and "\n" not in gap,
                    not out or (bool(stripped) and stripped[-1] in _ENDS),
                    stripped in ("-", "–") and gap[:1] == " " and gap[-1:] == " "))
    return out


_PIECES = st.sampled_from([
    "Hà", "Nội", "nội", "TP", "TP.", "TP.HCM", "UBND", "15", "000", "2025", "Đồng", "x",
    "a_b", "_", "M'Đrắk", "Co-op", "A&B", "ở", "Ông", "“", "”", "\"", "'", "’", ".", ",",
    ":", ";", "!", "?", "(", ")", "/", "%", "-", "–", "…", "+", "«", "»", "|", "\t",
    "\u00a0", "\n", "😀", "e\u0301", "½", "²",
])
_SEPARATORS = st.sampled_from(["", "", "", " ", " ", "  "])


@st.composite
def _texts(draw) -> str:
    parts = draw(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=40))
    return "".join(p + s for p, s in parts)


@settings(max_examples=400, deadline=None)
@given(_texts(), st.integers(0, 5), st.integers(0, 5))
def test_entities_tokens_fast_paths_match_the_pattern(text, cut_start, cut_end):
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    assert token_tuples(text, start, end) == _reference(text, start, end)


def test_entities_tokens_numbers_and_codes_cut_at_marks():
    text = "giá 15.000 đồng/kg, ngày 1/7/2025; 12,5% (TP.HCM)"
    words = [t[2] for t in token_tuples(text, 0, len(text))]
    assert words == ["giá", "15", "000", "đồng", "kg", "ngày", "1", "7", "2025", "12", "5",
                     "TP", "HCM"]
    assert token_tuples(text, 0, len(text)) == _reference(text, 0, len(text))


def test_entities_tokens_tokenize_names_the_fields():
    toks = tokenize("Ông Hải, ở TP. Huế", 0, 18)
    assert all(isinstance(t, Tok) for t in toks)
    assert [(t.text, t.cap, t.joined, t.initial) for t in toks] == [
        ("Ông", True, False, True), ("Hải", True, True, False), ("ở", False, False, False),
        ("TP.", True, True, False), ("Huế", True, True, False)]
