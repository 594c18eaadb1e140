"""The start-word dispatch of goldspan.extract.vi_dates gives the dates of trying every pattern.

find_dates tries, at a start, only the patterns its first word (or what follows its first
digits) can open, after a cheap test of what must follow. These tests switch that off
(every pattern for the first character, as before the speed-up) and compare on generated
Vietnamese date phrases written for the test.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldspan.extract import vi_dates

WORDS = ("giai đoạn|nhiệm kỳ|năm học|niên khóa|mùa khô|thời kỳ|từ|năm|đến|tới|hết|-|–|/|"
         "rạng sáng|sáng sớm|sáng|trưa|chiều|tối|đêm|khuya|ngày|tháng|quý|I|IV|II|đầu|giữa|"
         "cuối|thượng tuần|trung tuần|hạ tuần|nửa|nay|mười một|mười hai|một|hai|ba|bốn|sáu|"
         "bảy|tám|chín|mười|quân|kế|đạt|tăng|thứ|chủ nhật|h|giờ|g|:|phút|số|khoảng|,|.|"
         "Tháng|Năm|NGÀY|Sáng|Từ|người|lúa").split("|")
NUMBERS = st.one_of(
    st.integers(0, 35).map(str), st.integers(1895, 2100).map(str),
    st.integers(100, 999).map(str),
    st.tuples(st.integers(0, 32), st.sampled_from("/.-"), st.integers(0, 13))
    .map(lambda t: f"{t[0]}{t[1]}{t[2]}"),
    st.tuples(st.integers(0, 32), st.integers(0, 13), st.integers(1895, 2100))
    .map(lambda t: f"{t[0]}/{t[1]}/{t[2]}"),
    st.tuples(st.integers(0, 25), st.sampled_from(["h", "g", ":", " giờ "]), st.integers(0, 59))
    .map(lambda t: f"{t[0]}{t[1]}{t[2]:02d}"),
)
PHRASES = st.lists(st.tuples(st.one_of(NUMBERS, st.sampled_from(WORDS)),
                             st.sampled_from([" ", " ", " ", "", ", ", "  "])),
                   min_size=1, max_size=14).map(lambda parts: "".join(a + b for a, b in parts))


def _every_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """Undo the dispatch: each start tries all patterns of its first character."""
    monkeypatch.setattr(vi_dates, "_BY_WORD", {})
    monkeypatch.setattr(vi_dates, "_WORD_TAIL", {})
    every = vi_dates._BY_FIRST["0"]
    monkeypatch.setattr(vi_dates, "_BY_DIGIT_NEXT", {g: every for g in vi_dates._DIGIT_GROUPS})
    monkeypatch.setattr(vi_dates, "_DIGIT_NEXT", vi_dates.re.compile(
        r"\d+\s*(?:(?P<slash>[/.:\-–—hg]|tháng|đến|tới))", vi_dates.re.IGNORECASE))


def _dates(text: str) -> list[tuple[int, int, str, str | None]]:
    return [(d.start, d.end, d.value, d.mod) for d in vi_dates.find_dates(text)]


@pytest.mark.parametrize("text", [
    "Từ ngày 14 đến 17/10, giai đoạn 2020 - 2025 và quý IV/2023 đều được nhắc.",
    "6 tháng đầu năm 2021, doanh thu đạt khá; cuối tháng 12/1999 mưa nhiều.",
    "9h sáng 4/3 và tối 29/7 có hai sự kiện; năm học 2023 - 2024 bắt đầu.",
    "Ba tháng tăng liên tiếp, mười hai tháng năm nay, nửa đầu năm 2022.",
    "Giá 1.208 đồng, 12,5% và 5.6.2021 là ngày ký.",
    "Tháng 7 có mưa, đầu năm 2020 khô, thượng tuần tháng 5 mát, quý I/2021 ấm.",
    "Từ năm 2020 đến năm 2022, ngày 10/7/2020, sáng 5/3 và 10-7-2020 được ghi.",
    "Năm 2019 khác năm 2020; 14 - 17/10 và 3 tháng đạt mức cao.",
])
def test_vi_dates_dispatch_examples_match_every_pattern(text: str, monkeypatch) -> None:
    fast = _dates(text)
    _every_pattern(monkeypatch)
    assert fast == _dates(text)
    assert fast  # the examples hold dates


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(PHRASES, min_size=10, max_size=10))
def test_vi_dates_dispatch_generated_phrases_match_every_pattern(texts: list[str]) -> None:
    fast = [_dates(t) for t in texts]
    with pytest.MonkeyPatch.context() as mp:
        _every_pattern(mp)
        slow = [_dates(t) for t in texts]
    assert fast == slow
