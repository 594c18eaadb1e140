"""Figure values the gsmark format reads from the span text when the author leaves them out."""

from __future__ import annotations

import pytest

from goldspan.io.gsmark_values import infer_figure_attrs


@pytest.mark.parametrize(("label", "text", "attrs"), [
    ("QUANTITY", "1.208 đảng viên", {"value": 1208, "unit": "đảng viên"}),
    ("QUANTITY", "gần 500 trường hợp", {"value": 500, "unit": "trường hợp", "approx": "nearly"}),
    ("QUANTITY", "hơn 1.000 ca", {"value": 1000, "unit": "ca", "approx": "over"}),
    ("QUANTITY", "2,5 triệu lượt khách", {"value": 2500000, "unit": "lượt khách"}),
    ("PERCENT", "12,5%", {"value": 12.5}),
    ("PERCENT", "15 phần trăm", {"value": 15}),
    ("MONEY", "5 triệu đồng", {"value": 5000000, "unit": "đồng"}),
    ("MONEY", "3 nghìn tỷ đồng", {"value": 3000000000000, "unit": "đồng"}),
    ("MONEY", "khoảng 95.000 đồng/kg", {"value": 95000, "unit": "đồng/kg", "approx": "about"}),
    ("DATE", "ngày 10/7/2020", {"value": "2020-07-10"}),
    ("DATE", "ngày 30-9-2024", {"value": "2024-09-30"}),
    ("DATE", "tối 29/7", {"value": "XXXX-07-29"}),
    ("DATE", "9h sáng 4/3", {"value": "XXXX-03-04T09:00"}),
    ("DATE", "8h30 tối ngày 5/6/2021", {"value": "2021-06-05T20:30"}),
    ("DATE", "năm 2020", {"value": "2020"}),
    ("DATE", "cuối năm 2020", {"value": "2020", "mod": "END"}),
    ("DATE", "đầu tháng 9", {"value": "XXXX-09", "mod": "START"}),
    ("DATE", "tháng 12/1999", {"value": "1999-12"}),
    ("DATE", "quý I/2021", {"value": "2021-Q1"}),
    ("DATE", "quý IV", {"value": "XXXX-Q4"}),
])
def test_gsmark_values_reads_plain_forms(label, text, attrs):
    assert infer_figure_attrs(label, text) == attrs


@pytest.mark.parametrize(("label", "text"), [
    ("QUANTITY", "sáu tháng"),          # number words need an explicit value
    ("QUANTITY", "24/24 giờ"),          # no counted noun after the number
    ("QUANTITY", "500"),                # no unit
    ("PERCENT", "15 điểm"),
    ("DATE", "giai đoạn 2020 - 2025"),  # ranges need an explicit value
    ("DATE", "ngày 40/13"),
    ("DATE", "6 tháng đầu năm 2021"),
])
def test_gsmark_values_leaves_the_rest_to_the_author(label, text):
    assert infer_figure_attrs(label, text) == {}
