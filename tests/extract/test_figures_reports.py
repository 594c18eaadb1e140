"""Figure rules of court, crime, army and market reports (invented sentences): prison terms
in years and months, seasons with a year, counted compounds, words that open with a number
word."""

from __future__ import annotations

import pytest

from goldspan.extract.figures import FiguresExtractor
from goldspan.extract.registry import run_pipeline
from goldspan.model.document import new_document


def figs(text: str) -> list[tuple[str, str, dict]]:
    """(label, text, attrs) of the figures of ``text``."""
    doc = new_document("f", text)
    return [(s.label, s.text, s.attrs or {}) for s in FiguresExtractor().extract(doc).spans]


def article_figs(text: str) -> list[tuple[str, str, dict]]:
    """(label, text, attrs) of the figures of a whole article (zones first: the lead's day
    and paragraph openings matter)."""
    doc = run_pipeline(new_document("a", text), ["zones", "figures"])
    return [(s.label, s.text, s.attrs) for s in doc.spans if s.layer == "figure"]


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


def test_figures_reports_one_or_two_is_a_rough_range():
    assert ("QUANTITY", "một, hai ngày", {"value": 1, "unit": "ngày"}) in figs(
        "Nếu chậm thêm một, hai ngày thì bệnh nặng hơn.")
    assert figs("Một, anh ấy đến muộn.") == []


def test_figures_reports_range_noun_size_over_a_measure_and_riding_on():
    assert ("PERCENT", "5,5 - 6,2%", {"value": 5.5}) in figs("Dự báo nằm trong khoảng 5,5 - 6,2%.")
    assert ("QUANTITY", "khoảng 2 tuần", {"value": 2, "unit": "tuần", "approx": "about"}) in figs(
        "Trong khoảng 2 tuần tới sẽ xong.")
    assert ("QUANTITY", "hơn 15 m", {"value": 15, "unit": "m", "approx": "over"}) in figs(
        "Chiếc tàu dài hơn 15 m.")
    assert ("MONEY", "3.000 đồng", {"value": 3000, "unit": "đồng"}) in figs(
        "Giá cao hơn 3.000 đồng.")
    assert ("QUANTITY", "2 xe máy", {"value": 2, "unit": "xe máy"}) in figs(
        "Hai người đi trên 2 xe máy.")


def test_figures_reports_live_entry_with_a_colon_clock_takes_the_lead_s_day():
    text = ("Lũ sông Lam lên nhanh\n\n(NA) – Ngày 20/10, mưa lớn kéo dài ở các huyện miền núi."
            "\n\n06:15 - Mực nước sông Lam đang lên.\n\nTin khác")
    assert ("DATE", "06:15", {"value": "XXXX-10-20T06:15"}) in article_figs(text)


def test_figures_reports_range_with_the_unit_written_twice():
    assert ("MONEY", "từ 5.000.000 đồng đến 8.000.000 đồng", {"value": 5000000, "unit": "đồng"}) \
        in figs("Mức phạt từ 5.000.000 đồng đến 8.000.000 đồng.")
    got = [t for _, t, _ in figs("Giá 5.000 đồng đến 8.000 đồng tùy loại.")]
    assert got == ["5.000 đồng", "8.000 đồng"]  # no "từ": two figures


def test_figures_reports_measure_after_a_name_and_zero_padded_counts():
    assert ("QUANTITY", "250 m2", {"value": 250, "unit": "m2"}) in figs(
        "Gia đình mua của ông Trần Văn Bảy 250 m2 đất ở.")
    assert ("QUANTITY", "02 năm", {"value": 2, "unit": "năm"}) in figs("Thời hiệu là 02 năm.")
    assert figs("Mã hồ sơ 05 đã hết hạn.") == []
    assert [t for _, t, _ in figs("Bệnh viện 115 tiếp nhận bệnh nhân.")] == []


def test_figures_reports_pairs_of_people_and_body_parts_are_no_counts():
    assert figs("Hai mẹ con lần đầu ngồi lại với nhau.") == []
    assert figs("Hai vợ chồng chỉ kịp chạy ra ngoài.") == []
    assert figs("Ông đón túi quà bằng hai tay.") == []
    assert [t for _, t, _ in figs("Có hai đứa con đang đi học.")] == ["hai đứa con"]


def test_figures_reports_months_of_wage_and_the_southern_cong():
    assert ("QUANTITY", "0,5 tháng lương", {"value": 0.5, "unit": "tháng lương"}) in figs(
        "Công ty chỉ thưởng 0,5 tháng lương.")
    assert ("QUANTITY", "12 công", {"value": 12, "unit": "công"}) in figs(
        "Ông có 12 công thanh long.")
    assert ("QUANTITY", "hơn 600 công dân", {"value": 600, "unit": "công dân",
                                             "approx": "over"}) in figs(
        "Cảnh sát tiếp nhận hơn 600 công dân.")


def test_figures_reports_teu_compounds_seasons_and_opening_periods():
    assert ("QUANTITY", "hơn 1,2 triệu TEU", {"value": 1200000, "unit": "TEU", "approx": "over"}) \
        in figs("Sản lượng đạt hơn 1,2 triệu TEU.")
    assert "40 cầu cảng" in [t for _, t, _ in figs("Thành phố có 40 cầu cảng.")]
    assert ("DATE", "vụ Đông Xuân 2025 - 2026", {"value": "2025/2026"}) in figs(
        "Nông dân xuống giống vụ Đông Xuân 2025 - 2026.")
    assert ("QUANTITY", "20 - 40 mm", {"value": 20, "unit": "mm"}) in figs(
        "Lượng mưa mỗi đợt 20 - 40 mm.")
    assert ("QUANTITY", "hơn 3 ngày", {"value": 3, "unit": "ngày", "approx": "over"}) in figs(
        "Sốt kéo dài hơn 3 ngày.")
    assert figs("Phim chụp thấy tổn thương cả hai phổi.") == []


def test_figures_reports_months_opening_a_paragraph_are_the_year_s_first_months():
    text = ("Cảng biển tăng tốc\n\n(HP) – Sản lượng hàng hóa tăng mạnh.\n\n10 tháng, hàng "
            "container qua cảng đạt 5 triệu TEU.\n\nSau 3 tháng, tàu mới cập cảng.\n\nTin khác")
    got = article_figs(text)
    assert ("DATE", "10 tháng", {"value": "XXXX-01/XXXX-10"}) in got
    assert ("QUANTITY", "3 tháng", {"value": 3, "unit": "tháng"}) in got


def test_figures_reports_age_in_years_and_months_and_reporting_months():
    assert ("QUANTITY", "60 tuổi 3 tháng", {"value": 723, "unit": "tháng"}) in figs(
        "Năm nay ông đủ 60 tuổi 3 tháng.")
    assert ("QUANTITY", "6 điểm sơ tán", {"value": 6, "unit": "điểm sơ tán"}) in figs(
        "Phường mở 6 điểm sơ tán.")
    assert [t for _, t, _ in figs("Đoạn nào chậm quá 15 ngày thì phạt.")] == ["15 ngày"]


def test_figures_reports_months_after_trong_in_a_report():
    text = ("Du lịch tăng tốc\n\n(KH) – Lượng khách tăng mạnh.\n\nTỉnh đón 3 triệu lượt khách "
            "trong 11 tháng, khách quốc tế tăng 20%. Trong 3 tháng, tàu mới về.\n\nTin khác")
    got = article_figs(text)
    assert ("DATE", "11 tháng", {"value": "XXXX-01/XXXX-11"}) in got
    assert ("QUANTITY", "3 tháng", {"value": 3, "unit": "tháng"}) in got


def test_figures_reports_ages_in_months_spoken_sums_and_counted_compounds():
    got = figs("Bé gái 18 tháng tuổi và trẻ từ 6 đến 59 tháng tuổi được tiêm miễn phí.")
    assert ("QUANTITY", "18 tháng tuổi", {"value": 18, "unit": "tháng tuổi"}) in got
    got = figs("Khách so giá rất kỹ, chênh vài triệu là họ chuyển sang hãng khác.")
    assert ("MONEY", "vài triệu", {"value": None, "unit": "đồng", "approx": "about"}) in got
    got = [t for _, t, _ in figs("Trung tâm đã cấp 862 phiếu thử nghiệm và đình chỉ hai phòng "
                                 "thử nghiệm; đơn vị huy động 6 ô tô tải, thu giữ 86.000 viên "
                                 "ma túy; chị bế hai đứa cháu.")]
    for span in ("862 phiếu thử nghiệm", "hai phòng thử nghiệm", "6 ô tô tải",
                 "86.000 viên ma túy", "hai đứa cháu"):
        assert span in got


def test_figures_reports_kinds_after_generic_heads_collected_items_and_grades():
    got = [t for _, t, _ in figs("Nhóm đã thu thập hơn 4.200 mẫu nấm, công bố 7 loài nấm mới và "
                                 "phát hiện 11 mẫu giả; bảo tàng đã sưu tầm 126 hiện vật; dự án thông "
                                 "xe 32,7 km; chuyển hai tổ máy; 95 máy móc, thiết bị; ba công thức "
                                 "nấu ăn; điểm của khối 9 năm nay tăng.")]
    for span in ("hơn 4.200 mẫu nấm", "7 loài nấm", "11 mẫu", "126 hiện vật", "32,7 km",
                 "hai tổ máy", "95 máy móc, thiết bị", "ba công thức"):
        assert span in got
    assert "9 năm" not in got and "tầm 126 hiện vật" not in got


def test_figures_reports_songs_tickets_airbags_and_sleeping_places_are_counted_compounds():
    found = {t: a for _, t, a in figs("Cô chọn 22 ca khúc, ở trọ với hai người bạn và dành 200 vé "
                                      "miễn phí. Xe có 6 túi khí và ba phiên bản; nhà sàn có 30 "
                                      "chỗ ngủ.")}
    assert found["22 ca khúc"]["unit"] == "ca khúc" and found["hai người bạn"]["value"] == 2
    assert found["200 vé"]["unit"] == "vé" and "200 vé miễn" not in found
    assert found["6 túi khí"]["unit"] == "túi khí" and found["ba phiên bản"]["value"] == 3
    assert found["30 chỗ ngủ"]["unit"] == "chỗ ngủ"


def test_figures_reports_rates_per_a_compound_or_per_a_round_number_of_a_measure():
    found = {t: a for _, t, a in figs("Cổ phiếu lên 30.450 đồng/cổ phiếu. Xe tiêu thụ 7,4 lít/100 "
                                      "km. Bản 12 GB/256 GB giá 16,99 triệu đồng.")}
    assert found["30.450 đồng/cổ phiếu"]["unit"] == "đồng/cổ phiếu"
    assert found["7,4 lít/100 km"] == {"value": 7.4, "unit": "lít/100 km"}
    assert "12 GB" in found and "12 GB/256 GB" not in found  # two sizes, no rate


def test_figures_reports_water_resistance_coordinates_enzymes_and_ring_road_names():
    got = figs("Đồng hồ chống nước 5 ATM. Tàu thả lưới ở 8,4 độ vĩ Bắc - 112,7 độ kinh Đông. "
               "Men gan tăng lên 2.180 U/L. Đường Vành đai 3,5 đoạn qua xã Tân Lập dài 1,6 km.")
    assert ("QUANTITY", "5 ATM", {"value": 5, "unit": "ATM"}) in got
    assert ("QUANTITY", "8,4 độ vĩ Bắc", {"value": 8.4, "unit": "độ vĩ Bắc"}) in got
    assert ("QUANTITY", "112,7 độ kinh Đông", {"value": 112.7, "unit": "độ kinh Đông"}) in got
    assert ("QUANTITY", "2.180 U/L", {"value": 2180, "unit": "U/L"}) in got
    assert not any("3,5" in t for _l, t, _a in got)


def test_figures_reports_sums_said_without_currency_and_words_for_people_in_viên():
    got = figs("Năm ngoái thưởng gần 4 triệu, năm nay chỉ được khoảng 3,2 triệu. Tiền phòng trọ đã "
               "1,8 triệu mỗi tháng. Ứng dụng có hơn 2,4 triệu. Có 27 hướng dẫn viên và gần 1.500 "
               "cổ động viên.")
    assert ("MONEY", "khoảng 3,2 triệu", {"value": 3200000, "unit": "đồng", "approx": "about"}) in got
    assert ("MONEY", "1,8 triệu", {"value": 1800000, "unit": "đồng"}) in got
    assert ("QUANTITY", "hơn 2,4 triệu", {"value": 2400000, "approx": "over"}) in got
    assert ("QUANTITY", "27 hướng dẫn viên", {"value": 27, "unit": "hướng dẫn viên"}) in got
    assert ("QUANTITY", "gần 1.500 cổ động viên",
            {"value": 1500, "unit": "cổ động viên", "approx": "nearly"}) in got


def test_figures_reports_per_one_litre_and_the_author_stamp_is_no_date():
    got = figs("Kết quả đo là 0,28 miligam/1 lít khí thở, tức 50 miligam/100 mililít máu.")
    assert ("QUANTITY", "0,28 miligam/1 lít", {"value": 0.28, "unit": "miligam/1 lít"}) in got
    assert ("QUANTITY", "50 miligam/100 mililít", {"value": 50, "unit": "miligam/100 mililít"}) in got
    got = article_figs("Tay vợt trẻ vô địch giải quần vợt\nHoàng Anh | Chủ nhật, 22/11/2026 19:45\n\n"
                       "Tối 22/11, tay vợt trẻ giành chức vô địch sau hai giờ thi đấu.")
    assert not any(t == "22/11/2026" for _l, t, _a in got)
    assert any(t.startswith("Tối 22/11") or t == "22/11" for _l, t, _a in got)


def test_figures_reports_shrimp_sizes_after_co_and_a_stamp_after_two_authors():
    got = figs("Tôm đạt cỡ 32 con/kg, giá tôm cỡ 30 - 40 con/kg tăng; giày cỡ 40 bán chạy.")
    assert ("QUANTITY", "32 con/kg", {"value": 32, "unit": "con/kg"}) in got
    assert ("QUANTITY", "30 - 40 con/kg", {"value": 30, "unit": "con/kg"}) in got
    assert not any(t.startswith("40") for _, t, _ in got if "con" not in t)
    assert figs("Minh Khang - Thu Hiền | 21/05/2026 18:20") == []


def test_figures_reports_richter_currencies_hom_with_a_dash_and_quarter_of_this_year():
    got = figs("Trận động đất 6,9 độ Richter. Ngân sách 250 tỷ rupiah. Hôm 6-5, nghị viện họp; "
               "dự án khởi công trong quý III năm nay.")
    assert ("QUANTITY", "6,9 độ Richter", {"value": 6.9, "unit": "độ Richter"}) in got
    assert ("MONEY", "250 tỷ rupiah", {"value": 250000000000, "unit": "rupiah"}) in got
    assert ("DATE", "Hôm 6-5", {"value": "XXXX-05-06"}) in got
    assert ("DATE", "quý III năm nay", {"value": "XXXX-Q3"}) in got


def test_figures_reports_a_bulleted_range_and_a_clock_on_the_same_day():
    got = figs("• Trong 3 đến 6 tháng đầu, uống thuốc mỗi ngày.")
    assert ("QUANTITY", "3 đến 6 tháng", {"value": 3, "unit": "tháng"}) in got
    got = article_figs("Lệnh ngừng bắn có hiệu lực\n\n(TTXVN) - Ngày 4/12, hai bên ký thỏa thuận.\n\n"
                       "Lệnh có hiệu lực từ 0h01 ngày 7/12 theo giờ GMT (tức 7h01 cùng ngày giờ Hà Nội).")
    assert ("DATE", "7h01", {"value": "XXXX-12-07T07:01"}) in got


def test_figures_reports_weekday_drops_the_part_of_day_hyphenated_units_and_opening_clocks():
    got = figs("Đêm nhạc diễn ra tối thứ Bảy, 21/8. Nhà máy có 24 tua-bin. Bàn giao trước 23 tháng "
               "Chạp (âm lịch).")
    assert ("DATE", "21/8", {"value": "XXXX-08-21"}) in got
    assert ("QUANTITY", "24 tua-bin", {"value": 24, "unit": "tua-bin"}) in got
    assert ("DATE", "23 tháng Chạp (âm lịch)", {"value": "XXXX-12-23"}) in got
    got = article_figs("Diễn tập cứu nạn trên biển\n\n(QK5) - Sáng qua (22/4), bộ đội diễn tập cứu nạn.\n\n"
                       "7 giờ 35 phút, biên đội tiếp cận tàu. Từ 4 giờ 30 phút, cảng cá đã đông.")
    assert ("DATE", "7 giờ 35 phút", {"value": "XXXX-04-22T07:35"}) in got
    assert ("DATE", "4 giờ 30 phút", {"value": "XXXX-04-22T04:30"}) in got
