"""Figure rules of court, crime, army and market reports (invented sentences): prison terms
in years and months, seasons with a year, counted compounds, words that open with a number
word."""

from __future__ import annotations

import pytest

from goldspan.extract.figures import FiguresExtractor
from goldspan.model.document import new_document


def figs(text: str) -> list[tuple[str, str, dict]]:
    """(label, text, attrs) of the figures of ``text``."""
    doc = new_document("f", text)
    return [(s.label, s.text, s.attrs or {}) for s in FiguresExtractor().extract(doc).spans]


def test_figures_reports_years_and_months_are_one_duration_in_months():
    got = figs("Tòa tuyên phạt bị cáo Hòa 2 năm 9 tháng tù, bị cáo Lộc 4 năm tù.")
    assert ("QUANTITY", "2 năm 9 tháng", {"value": 33, "unit": "tháng"}) in got
    assert ("QUANTITY", "4 năm", {"value": 4, "unit": "năm"}) in got


def test_figures_reports_years_then_a_period_are_two_figures():
    got = [t for _, t, _ in figs("Kế hoạch 5 năm 6 tháng đầu năm 2026 được duyệt.")]
    assert "5 năm 6 tháng" not in got and "6 tháng đầu năm 2026" in got
    assert "2 năm 14 tháng" not in [t for _, t, _ in figs("Mất 2 năm 14 tháng mới xong.")]


@pytest.mark.parametrize("text,span,value", [
    ("Đơn vị tham gia chiến dịch mùa xuân năm 1975.", "mùa xuân năm 1975", "1975"),
    ("Hồ cạn nước trong mùa khô năm 2024.", "mùa khô năm 2024", "2024"),
    ("Mùa hè năm 2025 nắng nóng kéo dài.", "Mùa hè năm 2025", "2025"),
])
def test_figures_reports_season_with_a_year(text, span, value):
    assert ("DATE", span, {"value": value}) in figs(text)


@pytest.mark.parametrize("text,span", [
    ("Công an bắt giữ 4 nghi phạm trong đêm.", "4 nghi phạm"),
    ("Thu giữ 3 con dao và 2 xe máy.", "3 con dao"),
    ("Bệnh viện mua 6 máy xét nghiệm mới.", "6 máy xét nghiệm"),
    ("Ông còn giữ 9 cuốn nhật ký thời chiến.", "9 cuốn nhật ký"),
])
def test_figures_reports_counted_compounds(text, span):
    assert span in [t for _, t, _ in figs(text)]


def test_figures_reports_words_opening_with_a_number_word_are_no_figures():
    assert figs("Anh đeo chiếc ba lô cũ.") == []
    assert figs("Chị mua thịt ba chỉ về kho.") == []
    assert [t for _, t, _ in figs("Bà bán ba chỉ vàng.")] == ["ba chỉ vàng"]
