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

from goldspan.extract.entities_tokens import Tok, token_tuples, tokenize, vietnamese_syllable

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


# --- rewritten rule helpers against copies of their previous versions -------------------

from goldspan.extract import entities as ent  # noqa: E402
from goldspan.extract.entities_gazetteer import gazetteers  # noqa: E402
from goldspan.extract.entities_loc import listed_places  # noqa: E402
from goldspan.extract.entities_org import is_per_start  # noqa: E402

_WORDS = st.sampled_from([
    "Hà", "Nội", "xã", "Minh", "Châu", "Ba", "Vì", "phía", "hướng", "Tây", "Bắc", "Đông",
    "Nam", "Nghệ", "An", "Nguyễn", "Thị", "Hoa", "Đức", "Sở", "Y", "tế", "Viện", "Quốc",
    "tế", "(MRC)", "(C02)", "(ab)", "tỉnh", "Lào", "Cai", "Quảng", "Ninh", "Yên", "Bài",
    "và", "hay", "hoặc", "các", "ở", "tại", "ông", "cho", "biết", ",", ".", ";", "Mèo",
    "Vạc", "UBND", "huyện", "Đồng", "Văn", "Lũng", "Cú", "Thanh", "Hóa",
    # whole phrases, so that lists, places named again and directions come up often
    "Minh Châu", "Ba Vì", "Yên Bài", "Hà Nội", "Lào Cai", "Mèo Vạc", "Đồng Văn",
    "xã Minh Châu", "huyện Ba Vì", "phía Tây Bắc", "hướng Đông Nam", "Minh Đức",
    "Sở Y tế Hà Nội", "Viện Quốc tế (MRC)", "Nguyễn Thị Hoa", "tỉnh Lào Cai", "(UBND)",
    "Sở Nội vụ (UBND)", "Phía Tây", "Hướng Nam",
])
_SEPS = st.sampled_from([" ", " ", " ", ", ", ". ", " và ", " hay ", " hoặc ", "  "])


@st.composite
def _sentences(draw) -> str:
    parts = draw(st.lists(st.tuples(_WORDS, _SEPS), min_size=1, max_size=30))
    return "".join(w + s for w, s in parts).strip()


def _old_listed_places(text, toks, chosen, end, gaz):
    links = (", ", " và ", " hay ", " hoặc ")
    stops = (",", ".", ";", ")", "…", "?", "!", " và ", " hay ", " hoặc ")
    out, at_start, taken = [], None, []
    for _s, e, label, _ in chosen:
        pos = e
        while label == "LOC":
            link = next((w for w in links if text.startswith(w, pos)), None)
            if link is None:
                break
            if at_start is None:
                at_start = {t[0]: k for k, t in enumerate(toks)}
                taken = [(c[0], c[1]) for c in chosen]
            k = at_start.get(pos + len(link))
            if k is None:
                break
            j = k
            while (j < len(toks) and j - k < 3 and toks[j][3] and (j == k or toks[j][4])
                   and not (toks[j][2].isupper() and len(toks[j][2]) > 1)):
                j += 1
            if j == k:
                break
            stop = toks[j - 1][1]
            if not (stop >= end or text.startswith(stops, stop)):
                break
            if any(a < stop and toks[k][0] < b for a, b in taken) or is_per_start(toks, k, gaz):
                break
            out.append((toks[k][0], stop, "LOC", 1))
            taken.append((toks[k][0], stop))
            pos = stop
    return out


def _old_known_places(toks, places, firsts, texts):
    out, n = [], len(toks)
    for i in range(n):
        t = toks[i]
        if texts[i] not in firsts:
            continue
        if t[5] or not t[3] or (i > 0 and toks[i - 1][2].lower() in ("phía", "hướng")):
            continue
        for k in (3, 2, 1):
            j = i + k
            if j > n or any(not toks[m][4] for m in range(i + 1, j)):
                continue
            if " ".join(x[2] for x in toks[i:j]) in places:
                if not (j < n and toks[j][4] and toks[j][3]):
                    out.append((t[0], toks[j - 1][1], "LOC", 1))
                break
    return out


def _old_paren_acronyms(text, chosen, end):
    out, taken = [], {c[0] for c in chosen}
    for _s, e, label, _ in chosen:
        m = ent._PAREN_ACRONYM.match(text, e, end) if label == "ORG" else None
        if m and m.start(1) not in taken and ent._acronym(m.group(1)):
            out.append((m.start(1), m.end(1), "ORG", 1))
    return out


_COUNTRY_WORDS = frozenset("Mỹ Nga Lào Pháp Đức Anh Úc Ý Nhật Hàn Bỉ Thụy".split())


def _old_not_a_place(cand, toks, idx, gaz):
    i = idx.at_start(cand[0])
    if cand[2] != "LOC" or i is None:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if toks[i][1] == cand[1] and toks[i][2] in _COUNTRY_WORDS and nxt is not None and nxt[4] \
            and nxt[3] and vietnamese_syllable(nxt[2]) and not nxt[2].isupper() and not (
                nxt[2] in gaz.surnames and i + 2 < len(toks) and toks[i + 2][3]
                and toks[i + 2][4]):
        return True  # a country's word opening a Vietnamese name (added 2026-11-27): "Mỹ Thuận"
    if i == 0:
        return False
    prev = toks[i - 1]
    if toks[i][1] == cand[1] and toks[i][4] and prev[3] and prev[2] in gaz.given \
            and not prev[5]:
        return True  # a given name before a one-word place: the old _given_name_loc
    if prev[2].lower() not in ("phía", "hướng"):
        return False
    j = i
    while j < len(toks) and toks[j][0] < cand[1]:
        if toks[j][2] not in ("Đông", "Tây", "Nam", "Bắc"):
            return False
        j += 1
    return True  # compass words after phía / hướng: the old _direction


@settings(max_examples=300, deadline=None)
@given(_sentences(), st.sets(st.sampled_from(["Minh Châu", "Ba Vì", "Yên Bài", "Hà Nội",
                                             "Lào Cai", "Mèo Vạc", "Đồng Văn", "Đức"])))
def test_entities_tokens_rule_helpers_match_their_previous_versions(text, places):
    gaz = gazetteers()
    end = len(text)
    cands, toks = ent.paragraph_candidates(text, 0, end, "BODY", gaz)
    chosen = ent.select(cands)
    texts = [t[2] for t in toks]
    assert listed_places(text, toks, chosen, end, gaz) == \
        _old_listed_places(text, toks, chosen, end, gaz)
    firsts = {p.partition(" ")[0] for p in places}
    assert ent.known_places(toks, places, firsts, texts) == \
        _old_known_places(toks, places, firsts, texts)
    found = _old_paren_acronyms(text, chosen, end)
    assert ent.paren_acronyms(text, chosen, end) == found
    both = sorted(chosen + found)  # acronyms already chosen (the second pass) are skipped
    assert ent.paren_acronyms(text, both, end) == _old_paren_acronyms(text, both, end)
    idx = ent.TokIndex(toks)
    for s, e, tag in gaz.every.find_range(text, 0, end):
        cand = (s, e, tag, 5)
        new = tag == "LOC" and ent._not_a_place(cand, toks, idx, gaz)
        assert new == _old_not_a_place(cand, toks, idx, gaz)


# --- paragraph cutting, the document-code pattern and the gazetteer scan ---------------

import re as _re  # noqa: E402

from goldspan.extract.entities_rules import _CODE_RE  # noqa: E402


def _old_paragraphs(text, start, end):
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            out.append((pos, stop))
        pos = stop + 1
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\t\u00a0Đ.")), max_size=30),
       st.integers(0, 35), st.integers(0, 35))
def test_entities_tokens_paragraphs_match_their_previous_version(text, a, b):
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert ent._paragraphs(text, start, end) == _old_paragraphs(text, start, end)


_OLD_CODE_RE = _re.compile(r"(?<![\w/.,])(\d+(?:[/.\-–][0-9A-Za-zĐđ]+)*)(?![\w/])")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/.,-– aĐđZ_x\n")), max_size=16),
       st.integers(0, 16), st.integers(0, 16))
def test_entities_tokens_code_pattern_matches_its_previous_version(text, a, b):
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    def spans(pattern):
        return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text, start, end)]
    assert spans(_CODE_RE) == spans(_OLD_CODE_RE)


def _plain_automaton(matcher):
    """The matcher's names in an automaton built the previous way (no placeholders)."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for name, value in matcher._auto.items():
        if "\0" not in name:  # placeholder keys hold a NUL
            auto.add_word(name, value)
    auto.make_automaton()
    return auto


_PLAIN: dict = {}


def _old_find_range(matcher, text, start, end):
    auto = _PLAIN.setdefault(id(matcher), _plain_automaton(matcher))
    out = []
    for end_idx, (length, tags, word_first, word_last) in auto.iter(text, start, end):
        s, e = end_idx - length + 1, end_idx + 1
        if word_first and s > start and (text[s - 1].isalnum() or text[s - 1] == "_"):
            continue
        if word_last and e < end and (text[e].isalnum() or text[e] == "_"):
            continue
        out.extend((s, e, tag) for tag in tags)
    return out


@settings(max_examples=300, deadline=None)
@given(_sentences(), _sentences(), st.sampled_from(["", "\0", " \0", "n\0", "x\0 "]),
       st.integers(0, 6), st.integers(0, 6))
def test_entities_tokens_gazetteer_scan_matches_its_previous_version(left, right, nul, a, b):
    text = f"{left}{nul}\n{right}x"  # a range may start or end inside a word; NUL keys
    start, end = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    every = gazetteers().every
    assert every.find_range(text, start, end) == _old_find_range(every, text, start, end)
    names = gazetteers().names
    assert names.find(text) == _old_find_range(names, text, 0, len(text))


from goldspan.extract.entities_misc import (  # noqa: E402
    _TWO_LATIN_CAPS,
    code_names,
    code_names_and_pair,
)

_CODE_PIECES = st.sampled_from([
    "COP", "30", "VF8", "APEC2027", "Joseph", "Kiprono", "Tom", "Hanks", "iPhone", "McDonald",
    "ab", "Ab", "AB", "A", "x", "1", " ", " ", "  ", "\t", "\u00a0", "-", "/", ".", "(", ")",
    "'", "số ", "mã ", "Điều ", "Đà", "_", "C02", "H5N1", "\n",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_CODE_PIECES, max_size=14), st.integers(0, 4), st.integers(0, 4))
def test_entities_tokens_codes_and_pairs_match_the_two_patterns(pieces, a, b):
    text = "".join(pieces)
    start, end = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    codes, pair = code_names_and_pair(text, start, end)
    assert codes == code_names(text, start, end)
    assert pair == bool(_TWO_LATIN_CAPS.search(text, start, end))
