"""Tests for goldspan.extract.vi_numbers: digit strings and Vietnamese number words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goldspan.extract.vi_numbers import (
    as_json_number,
    is_digits,
    parse_digits,
    parse_number,
    words_value,
)

DIGIT = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _tens_units(t: int, u: int, after_hundreds: bool) -> list[str]:
    if t == 0:
        if u == 0:
            return []
        return (["linh"] if after_hundreds else []) + [DIGIT[u]]
    head = ["mười"] if t == 1 else [DIGIT[t], "mươi"]
    if u == 0:
        return head
    if u == 5:
        return head + ["lăm"]
    if u == 1 and t >= 2:
        return head + ["mốt"]
    if u == 4 and t >= 2:
        return head + ["tư"]
    return head + [DIGIT[u]]


def _group(n: int, leading: bool) -> list[str]:
    h, t, u = n // 100, n // 10 % 10, n % 10
    if leading and h == 0:
        return _tens_units(t, u, False)
    return [DIGIT[h], "trăm"] + _tens_units(t, u, True)


def spell(n: int) -> str:
    """A reference spelling of ``n`` (< 10**12) in standard northern Vietnamese."""
    if n == 0:
        return "không"
    words: list[str] = []
    for scale, name in ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        part = n // scale % 1000 if scale < 10**9 else n // scale
        if part == 0:
            continue
        words += _group(part, leading=not words)
        if name:
            words.append(name)
    return " ".join(words)


@given(st.integers(min_value=1, max_value=999_999_999_999))
def test_vi_numbers_spelled_integers_round_trip(n: int) -> None:
    phrase = spell(n)
    if phrase == "năm":
        assert words_value(phrase) == 5
        return
    assert words_value(phrase) == n, phrase


@given(st.integers(min_value=0, max_value=10**12))
def test_vi_numbers_dot_grouped_digits(n: int) -> None:
    text = f"{n:,}".replace(",", ".")
    assert parse_digits(text) == n
    assert is_digits(text)


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_vi_numbers_comma_is_decimal_mark(whole: int, frac: int) -> None:
    text = f"{whole},{frac}"
    assert parse_digits(text) == Decimal(f"{whole}.{frac}")


@pytest.mark.parametrize("text,value", [
    ("1.208", 1208), ("12,5", Decimal("12.5")), ("2.000.000", 2000000), ("1.5", Decimal("1.5")),
    ("1.208,75", Decimal("1208.75")), ("1,000,000", 1000000), ("0,5", Decimal("0.5")),
])
def test_vi_numbers_parse_digits_examples(text: str, value) -> None:
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["1.2.3", "abc", "", "12a", "-5"])
def test_vi_numbers_parse_digits_rejects(text: str) -> None:
    assert parse_digits(text) is None


@pytest.mark.parametrize("phrase,value", [
    ("hai mươi lăm", 25), ("mười lăm", 15), ("mười nhăm", 15), ("ba mươi", 30),
    ("hai mươi mốt", 21), ("bốn mươi tư", 44), ("một trăm linh năm", 105),
    ("một trăm lẻ năm", 105), ("hai trăm năm mươi", 250), ("năm mươi", 50), ("năm trăm", 500),
    ("ba chục", 30), ("hai nghìn", 2000), ("hai ngàn", 2000), ("năm nghìn", 5000),
    ("ba nghìn tỷ", 3 * 10**12), ("hai tỉ", 2 * 10**9), ("một vạn", 10000),
    ("hai triệu rưỡi", 2500000), ("một nghìn không trăm hai mươi", 1020),
    ("2,5 tỷ", 2500000000), ("15 triệu 500 nghìn", 15500000), ("5 triệu", 5000000),
    ("1,2 triệu tỷ", 1200000000000000), ("mười", 10), ("chín", 9), ("hai", 2),
])
def test_vi_numbers_words_value_examples(phrase: str, value: int) -> None:
    assert words_value(phrase) == value


@pytest.mark.parametrize("phrase", [
    "mười năm",  # ten years, not fifteen
    "hai mươi năm",  # twenty years
    "năm nay", "tư nhân", "mươi", "trăm", "linh", "lăm", "mốt", "", "đồng",
])
def test_vi_numbers_words_value_rejects(phrase: str) -> None:
    assert words_value(phrase) is None


def test_vi_numbers_parse_number_stops_before_year_word() -> None:
    assert parse_number("mười năm qua".split()) == (Decimal(10), 1)
    assert parse_number("một trăm năm".split()) == (Decimal(100), 2)


def test_vi_numbers_parse_number_bare_unit_word() -> None:
    assert parse_number(["hai", "người"], bare=True) == (Decimal(2), 1)
    assert parse_number(["hai", "người"], bare=False) is None
    assert parse_number(["năm", "người"], bare=True) is None


def test_vi_numbers_scale_group_needs_clear_number_part() -> None:
    # "5 triệu 300" is not read as 5000300: a bare group after a scale word is left out
    assert parse_number("5 triệu 300 người".split()) == (Decimal(5000000), 2)
    assert parse_number("3 triệu năm".split()) == (Decimal(3000000), 2)


def test_vi_numbers_as_json_number() -> None:
    assert as_json_number(Decimal("2500000000.0")) == 2500000000
    assert isinstance(as_json_number(Decimal("12.0")), int)
    assert as_json_number(Decimal("12.5")) == 12.5
