"""Value checks of the inspector: numbers, ISO dates, review after an edit, colours."""

from __future__ import annotations

import pytest

from goldspan.model.document import Span
from goldspan.model.scheme import default_scheme
from goldspan.ui.colors import SPEAKER_PALETTE, label_color, speaker_color, text_color_on
from goldspan.ui.inspector_values import (
    InvalidValue,
    check_date,
    edit_review,
    format_value,
    parse_number,
    parse_value,
)


@pytest.mark.parametrize("text,value", [("92", 92), (" 1208 ", 1208), ("2.5", 2.5),
                                        ("5e6", 5000000), ("1 208", 1208), ("-3", -3),
                                        ("102.0", 102)])
def test_inspector_values_number_ok(text, value):
    result = parse_number(text)
    assert result == value and type(result) is type(value)


def test_inspector_values_large_integer_is_exact():
    # 2**53 + 1 and a 20-digit amount of đồng: a float would round them
    assert parse_number("9007199254740993") == 9007199254740993
    assert parse_number("12 345 678 901 234 567 890") == 12345678901234567890
    assert parse_number("+42") == 42


@pytest.mark.parametrize("text,hint", [("1.208,5", "'.' for decimals"), ("hai", "not a number"),
                                       ("12ab", "not a number"), ("", "empty"),
                                       ("1e999", "too large")])
def test_inspector_values_number_rejected_with_hint(text, hint):
    with pytest.raises(InvalidValue, match=hint):
        parse_number(text)


@pytest.mark.parametrize("text", ["2020", "2020-07", "2020-07-10", "XXXX-07-29", "2021-Q1",
                                  "2021-01/2021-06", "2020/2025", "XXXX-10-14/XXXX-10-17",
                                  "XXXX-03-04T09:00", "2024-02-29"])
def test_inspector_values_date_ok(text):
    assert check_date(text) is None


@pytest.mark.parametrize("text,why", [("10/7/2020", "not an ISO date"), ("2020-13", "month"),
                                      ("2021-02-29", "no such date"), ("2020-07-32", "day"),
                                      ("2025/2020", "ends before"), ("a/b/c", "one '/'"),
                                      ("XXXX-03-04T25:00", "time"), ("2021-Q5", "not an ISO")])
def test_inspector_values_date_rejected(text, why):
    problem = check_date(text)
    assert problem is not None and why in problem


def test_inspector_values_parse_value_null_and_kinds():
    assert parse_value("number", "  ", nullable=True) is None
    with pytest.raises(InvalidValue):
        parse_value("number", "", nullable=False)
    assert parse_value("date", " 2020-07 ") == "2020-07"
    assert parse_value("string", " đồng ") == "đồng"
    assert format_value(None) == "" and format_value(5000000.0) == "5000000"


def test_inspector_values_edit_review():
    base = dict(id="f1", layer="figure", label="MONEY", start=0, end=3, text="abc")
    assert edit_review(Span(**base, source="figures@1", review="suggested")) == "edited"
    assert edit_review(Span(**base, source="figures@1", review="accepted")) == "edited"
    assert edit_review(Span(**base, source="figures@1", review="edited")) is None
    assert edit_review(Span(**base, review="added")) is None
    assert edit_review(Span(**base, source="gold")) is None


def test_inspector_colors_speakers_cycle_and_labels_follow_scheme():
    assert speaker_color(0) == SPEAKER_PALETTE[0]
    assert speaker_color(len(SPEAKER_PALETTE)) == SPEAKER_PALETTE[0]
    assert speaker_color(-1) == "#888888"
    assert len(set(SPEAKER_PALETTE)) == len(SPEAKER_PALETTE)
    scheme = default_scheme()
    assert label_color(scheme, "entity", "PER") == scheme.layer("entity").label("PER").color
    unknown = label_color(scheme, "entity", "GPE")
    assert unknown == label_color(scheme, "entity", "GPE") and unknown.startswith("#")
    assert text_color_on("#FFFFFF") == "#000000" and text_color_on("#332288") == "#FFFFFF"


def test_inspector_values_span_or_none(small_doc):
    from goldspan.ui.inspector_values import span_or_none

    first = small_doc.spans[0]
    assert span_or_none(small_doc, first.id) is first
    assert span_or_none(small_doc, "da-xoa") is None
    assert span_or_none(None, first.id) is None and span_or_none(small_doc, None) is None
