"""Tokens of the ``figures`` extractor (goldspan.extract.figures_np.scan_tokens).

The corpus snapshot (test_figures_equivalence.py) guards ordinary text; these cases pin
the rare characters the fast tokenizer must treat as the regex-per-token one did: a
letter whose lower case is longer (``İ``), Greek final sigma, non-ASCII digits and a
cased symbol outside words (``Ⓐ``).
"""

from __future__ import annotations

from goldspan.extract.figures_np import DIGITS, OTHER, WORD, scan_tokens, tokenize

TEXT = "  Hơn 1.208 hộ,İs ΑΣ.x ١٢ Ⓐ\tnăm"


def test_figures_tokens_offsets_kinds_and_lower_case():
    toks, _, _ = scan_tokens(TEXT, 2, len(TEXT), frozenset(), frozenset())
    assert [tuple(t) for t in toks] == [
        (2, 5, "Hơn", "hơn", WORD), (6, 11, "1.208", "1.208", DIGITS),
        (12, 14, "hộ", "hộ", WORD), (14, 15, ",", ",", OTHER), (15, 17, "İs", "is", WORD),
        (18, 20, "ΑΣ", "ασ", WORD), (20, 21, ".", ".", OTHER), (21, 22, "x", "x", WORD),
        (23, 25, "١٢", "١٢", DIGITS), (26, 27, "Ⓐ", "Ⓐ", OTHER), (28, 31, "năm", "năm", WORD),
    ]
    assert all(TEXT[t.start:t.end] == t.text for t in toks)
    assert tokenize(TEXT, 2, len(TEXT)) == toks


def test_figures_tokens_candidates_and_date_starts():
    _, marks, starts = scan_tokens(TEXT, 2, len(TEXT), frozenset({"hơn", "năm"}),
                                   frozenset({"hộ", "năm"}))
    assert marks == [0, 1, 8, 10]  # marked words and every digit token
    assert starts == [6, 12, 23, 28]  # digit tokens and start words, as offsets


def test_figures_tokens_window_inside_text():
    toks, _, _ = scan_tokens(TEXT, 12, 17, frozenset(), frozenset())
    assert [t.text for t in toks] == ["hộ", ",", "İs"]
    assert scan_tokens(TEXT, 5, 6, frozenset(), frozenset())[0] == []
