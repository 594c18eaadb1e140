"""The shortcuts of the faster ``figures`` scan give what the calls they skip would give.

The scan calls ``range_end``, ``fraction_unit``, ``currency``, ``clock_time`` and
``per_measure`` only at tokens that can start what they look for, reads ``năm`` as a number
word only before a multiplier, and tries ``is_fraction``/``is_law_year`` only on short
``D/M`` dates and dates opening with ``năm``. Each test checks, on fuzzed Vietnamese text,
that where the shortcut skips the call, the call returns its "nothing" value.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from goldspan.extract.figures_context import is_fraction, is_law_year
from goldspan.extract.figures_np import LOW, TEXT
from goldspan.extract.figures_scan import (
    _CURRENCY_FIRSTS,
    _FIVE_NEXT,
    _FRACTION_FIRSTS,
    _LINKS,
    Scanner,
)
from goldspan.extract.vi_numbers import parse_number

WORDS = ["năm", "Năm", "hai", "ba", "mười", "mươi", "chục", "trăm", "nghìn", "triệu", "tỷ",
         "đến", "tới", "Đến", "từ", "phần", "nửa", "tư", "đồng", "chí", "USD", "đô", "la",
         "giờ", "sáng", "lúc", "người", "kg", "ha", "km", "ngày", "tháng", "Luật", "Đất",
         "đai", "thành", "viên", "dịp", "lễ", "hơn", "khoảng", "x", "m"]
GLUE = ["", "", "", "", ",", ".", "%", "/", "-", "–", "/kg", "/ha", "2", ":"]


@st.composite
def _text(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 16))):
        word = draw(st.one_of(st.sampled_from(WORDS),
                              st.from_regex(r"\d{1,4}(?:[.,/]\d{1,4}){0,2}", fullmatch=True)))
        parts.append(word + draw(st.sampled_from(GLUE)))
        parts.append(draw(st.sampled_from([" ", " ", " ", " - ", " – ", "  "])))
    return "".join(parts).strip()


def _scanner(text: str) -> Scanner:
    return Scanner(text, 0, 0, len(text), [])


@settings(max_examples=200, deadline=None)
@given(text=_text())
def test_figures_speed_guards_skipped_calls_find_nothing(text: str) -> None:
    sc = _scanner(text)
    toks = sc.toks
    for j in range(1, len(toks)):
        low = toks[j][LOW]
        if not (j + 1 < len(toks) and low in _LINKS):
            assert sc.range_end(j) is None
        if low not in _FRACTION_FIRSTS:
            assert sc.fraction_unit(j) == 0
        if low not in _CURRENCY_FIRSTS:
            assert sc.currency(j) == 0
        for noun in (1, 2):
            if not (noun == 1 and low == "giờ"):
                assert not sc.clock_time(j, noun)
        if not (j + 1 < len(toks) and toks[j][TEXT] == "/"):
            assert not sc.per_measure(j)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from([w.lower() for w in WORDS] + ["1", "25", "rưỡi"]),
                      min_size=0, max_size=8))
def test_figures_speed_guards_nam_needs_a_multiplier(words: list[str]) -> None:
    words = ["năm", *words]
    if len(words) < 2 or words[1] not in _FIVE_NEXT:
        assert parse_number(words, 0, bare=True) is None


@settings(max_examples=200, deadline=None)
@given(text=_text(), data=st.data())
def test_figures_speed_guards_fraction_and_law_year(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if end - start > 5:
        assert not is_fraction(text, start, end)
    if not text.startswith("năm ", start):
        assert not is_law_year(text, start)
