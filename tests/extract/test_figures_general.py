"""General figure rules added for articles from other sites (sentences invented here)."""

from __future__ import annotations

import pytest

from goldspan.extract.figures import FiguresExtractor
from goldspan.model.document import new_document


def figs(text: str) -> list[tuple[str, str, dict]]:
    """(label, text, attrs) of the figures of ``text``."""
    doc = new_document("f", text)
    return [(s.label, s.text, s.attrs or {}) for s in FiguresExtractor().extract(doc).spans]


@pytest.mark.parametrize("text,span", [
    ("So với tháng 6 năm ngoái, lượng khách tăng mạnh.", "tháng 6 năm ngoái"),
    ("Giá điện tăng từ tháng 3 năm nay.", "tháng 3 năm nay"),
    ("Quy định có hiệu lực từ tháng 1 năm sau.", "tháng 1 năm sau"),
])
def test_figures_general_month_with_a_relative_year(text, span):
    assert figs(text) == [("DATE", span, {"value": f"XXXX-{span.split()[1].zfill(2)}"})]


def test_figures_general_month_with_a_written_year_keeps_it():
    assert figs("Công trình xong vào tháng 12 năm 2024.")[0][2] == {"value": "2024-12"}


@pytest.mark.parametrize("text,span,unit", [
    ("Có người nhận mười mấy cuộc gọi trong một buổi sáng.", "mười mấy cuộc gọi", "cuộc gọi"),
    ("Hai mươi mấy hộ dân đã dời đi.", "Hai mươi mấy hộ dân", "hộ dân"),
])
def test_figures_general_rough_numbers_have_no_value(text, span, unit):
    assert figs(text) == [("QUANTITY", span, {"value": None, "unit": unit, "approx": "about"})]


def test_figures_general_a_five_with_may_is_no_figure():
    assert figs("Năm mấy giờ thì đoàn tới?") == []


@pytest.mark.parametrize("text,span", [
    ("Cùng vụ án, hai đồng phạm nhận án treo.", "hai đồng phạm"),
    ("Có ba nguyên nhân chính khiến dự án chậm.", "ba nguyên nhân"),
    ("Tuyến đường có bốn làn xe.", "bốn làn xe"),
    ("Bệnh viện cần khoảng 2.000 đơn vị máu mỗi tháng.", "khoảng 2.000 đơn vị máu"),
    ("Thành phố mở thêm 12 tuyến xe buýt.", "12 tuyến xe buýt"),
])
def test_figures_general_counted_compounds(text, span):
    assert [(lab, t) for lab, t, _ in figs(text)] == [("QUANTITY", span)]


def test_figures_general_money_is_still_money_before_other_words():
    assert [(lab, t) for lab, t, _ in figs("Họ nộp hơn 86,4 tỷ đồng tiền phạt.")] == [
        ("MONEY", "hơn 86,4 tỷ đồng")]


def test_figures_general_list_of_nouns_ending_with_va():
    assert [(lab, t) for lab, t, _ in figs("Tỉnh mới có 168 xã, phường và đặc khu.")] == [
        ("QUANTITY", "168 xã, phường và đặc khu")]
    assert [(lab, t) for lab, t, _ in figs("Có 63 tỉnh, thành phố và nhiều đơn vị.")] == [
        ("QUANTITY", "63 tỉnh, thành phố")]


@pytest.mark.parametrize("text,years", [
    ("Quỹ giữ dự báo cho năm 2025 và 2026.", ["năm 2025", "2026"]),
    ("Năm 2024 hoặc 2025 sẽ khởi công.", ["Năm 2024", "2025"]),
])
def test_figures_general_second_year_after_va_is_a_date(text, years):
    assert [t for lab, t, _ in figs(text) if lab == "DATE"] == years


def test_figures_general_number_after_va_year_is_not_a_year():
    got = figs("Trong năm 2024 và 12 tháng tới, giá sẽ ổn định.")
    assert [(lab, t) for lab, t, _ in got] == [("DATE", "năm 2024"), ("QUANTITY", "12 tháng")]


@pytest.mark.parametrize("text,span", [
    ("Tòa tuyên phạt bị cáo 18 năm tù.", "18 năm"),
    ("Các bị cáo còn lại nhận từ 3 đến 9 năm tù.", "từ 3 đến 9 năm"),
])
def test_figures_general_prison_terms_end_at_the_time_unit(text, span):
    assert [t for lab, t, _ in figs(text) if lab == "QUANTITY"] == [span]


def test_figures_general_money_after_a_code_word_is_money():
    assert [(lab, t) for lab, t, _ in figs("Liên đoàn thưởng toàn đội 500 triệu đồng.")] == [
        ("MONEY", "500 triệu đồng")]
    assert figs("Đội 5 xuất quân sáng nay.") == []


@pytest.mark.parametrize("text,span,attrs", [
    ("Theo ban tổ chức, hơn một phần ba số vé đã bán hết.", "hơn một phần ba",
     {"value": 1, "unit": "phần ba", "approx": "over"}),
    ("Ông cho hay hai phần ba số hiện vật sẽ được trưng bày.", "hai phần ba",
     {"value": 2, "unit": "phần ba"}),
    ("Đợt rét làm chết một nửa đàn gà trong thôn.", "một nửa", {"value": 1, "unit": "nửa"}),
])
def test_figures_general_fractions(text, span, attrs):
    """A fraction: the numerator as value, the fraction word as unit (docs/gsmark.md)."""
    assert figs(text) == [("QUANTITY", span, attrs)]


@pytest.mark.parametrize("text", ["Một phần quà được trao cho các em.",
                                  "Anh chia một phần tiền cho người thân."])
def test_figures_general_mot_phan_without_denominator_is_no_fraction(text):
    assert figs(text) == []


@pytest.mark.parametrize("sentence,span", [
    ("Sở đã lập 5 đoàn kiểm tra, làm việc đến cuối tháng.", "5 đoàn kiểm tra"),
    ("Tuần qua, 14 đội quân y của các sư đoàn đã khám cho dân.", "14 đội quân y"),
    ("Tỉnh lắp 9 trạm đo mưa tự động trên các lưu vực.", "9 trạm đo mưa"),
    ("Nhóm này chuyển tiền qua hơn 300 tài khoản ngân hàng thuê của người khác.",
     "hơn 300 tài khoản ngân hàng"),
    ("Công an tỉnh ghi nhận 412 vụ lừa đảo qua mạng.", "412 vụ lừa đảo"),
    ("Trong năm có 3 vụ nghiêm trọng.", "3 vụ"),
    ("Nhóm đã lập 46 tài khoản mạng xã hội giả danh chuyên gia.", "46 tài khoản"),
    ("Thành phố chuẩn bị 6 trạm lọc nước di động.", "6 trạm lọc nước"),
])
def test_figures_general_generic_head_takes_the_words_naming_its_kind(sentence, span):
    assert [t for _lab, t, _v in figs(sentence)] == [span]


@pytest.mark.parametrize("sentence,spans", [
    ("Có 20 nhóm nghiên cứu tham gia đề tài.", ["20 nhóm"]),
    ("Mưa lớn ở khu vực 5 tỉnh miền Trung.", ["5 tỉnh"]),
    ("Ngân hàng Nhà nước Khu vực 15 thanh tra đột xuất.", []),
])
def test_figures_general_kind_words_stop_inside_a_word_and_khu_vuc(sentence, spans):
    assert [t for _lab, t, _v in figs(sentence)] == spans


def test_figures_general_sum_without_unit_after_an_earning_verb_is_money():
    assert figs("Trừ hết chi phí, mỗi sào còn lãi hơn 11 triệu.") == [
        ("MONEY", "hơn 11 triệu", {"value": 11000000, "unit": "đồng", "approx": "over"})]
    assert figs("Dân số của tỉnh đạt 1,2 triệu.") == [("QUANTITY", "1,2 triệu", {"value": 1200000})]


def test_figures_general_five_years_after_trong_and_gold_units():
    assert [t for _l, t, _v in figs("Năng suất cao nhất trong năm năm trở lại đây.")] == [
        "năm năm"]
    assert figs("Trong năm nay, lúa được mùa.") == []
    assert [t for _l, t, _v in figs("Nhóm đãi được hơn hai chục chỉ vàng.")] == [
        "hơn hai chục chỉ vàng"]


@pytest.mark.parametrize("text,span,unit", [
    ("Họ mở 5 trang web bán hàng.", "5 trang web", "trang web"),
    ("Tiền chuyển qua 12 tài khoản ngân hàng đứng tên người thân.", "12 tài khoản ngân hàng",
     "tài khoản ngân hàng"),
    ("Sàn đã tổ chức 20 phiên giao dịch trong tháng.", "20 phiên giao dịch", "phiên giao dịch"),
    ("Có 900 vị trí việc làm đang chờ.", "900 vị trí việc làm", "vị trí việc làm"),
    ("Huyện có 31 cơ sở chế biến chè.", "31 cơ sở chế biến", "cơ sở chế biến"),
    ("Xã có 14 trường mầm non công lập.", "14 trường", "trường"),
    ("Lực lượng chia thành 6 tổ vào rừng.", "6 tổ", "tổ"),
    ("Họ thả ba trăm con thay vì một nghìn con.", "ba trăm con", "con"),
])
def test_figures_general_compound_counted_nouns(text, span, unit):
    got = figs(text)[0]
    assert (got[1], got[2]["unit"]) == (span, unit)


@pytest.mark.parametrize("text,span,value", [
    ("Chúng tôi mong trong hai, ba năm tới sẽ có lãi.", "hai, ba năm", 2),
    ("Mỗi nhà có bảy tám người.", "bảy tám người", 7),
])
def test_figures_general_two_number_words_in_a_row_are_a_rough_range(text, span, value):
    assert figs(text) == [("QUANTITY", span, {"value": value, "unit": span.split()[-1]})]


def test_figures_general_number_word_ranges_need_consecutive_numbers():
    assert [t for _, t, _ in figs("Thứ hai, ba năm trước họ đến.")] == ["ba năm"]
    assert [t for _, t, _ in figs("Có hai người, ba năm sau trở lại.")] == ["hai người", "ba năm"]


def test_figures_general_altitude_over_is_an_approximation():
    assert figs("Họ lạc ở độ cao hơn 2.100 m.") == [
        ("QUANTITY", "hơn 2.100 m", {"value": 2100, "unit": "m", "approx": "over"})]
    assert figs("Giá cao hơn 340 USD/tấn.")[0][1] == "340 USD/tấn"


@pytest.mark.parametrize("text,span,value", [
    ("Hàng nhập khẩu chỉ còn chờ 4 giờ 20 phút.", "4 giờ 20 phút", 260),
    ("Đoàn mất 2 giờ 5 phút để vượt đèo.", "2 giờ 5 phút", 125),
])
def test_figures_general_hours_and_minutes_are_one_duration(text, span, value):
    assert figs(text) == [("QUANTITY", span, {"value": value, "unit": "phút"})]


def test_figures_general_clock_hours_and_minutes_stay_no_duration():
    assert figs("Lúc 9 giờ 30 phút sáng nay, đoàn xuất phát.") == []


@pytest.mark.parametrize("text,span", [
    ("Cơ quan nhận 5.000 tờ khai mỗi ngày.", "5.000 tờ khai"),
    ("Công ty rao bán 30 lô đất nền.", "30 lô đất"),
    ("Tòa buộc bồi thường cho 12 bị hại.", "12 bị hại"),
    ("Phố được chia thành hai luồng đi bộ.", "hai luồng"),
])
def test_figures_general_more_counted_compounds(text, span):
    assert figs(text)[0][1] == span


@pytest.mark.parametrize("text,span", [
    ("Trạm cho sản lượng khoảng 2,4 GWh mỗi năm.", "khoảng 2,4 GWh"),
    ("Cụm lọc có công suất 300 m3/ngày đêm.", "300 m3/ngày đêm"),
    ("Mỗi ngày có từ 900 đến 1.000 xe hàng qua cửa khẩu.", "từ 900 đến 1.000 xe hàng"),
    ("Vẫn còn hơn 12 bộ, ngành chậm giải ngân.", "hơn 12 bộ, ngành"),
])
def test_figures_general_energy_flow_and_fixed_pairs(text, span):
    assert figs(text)[0][1] == span


@pytest.mark.parametrize("text", [
    "Sang hiệp hai, đội lội ngược dòng.", "Em đang học lớp ba.", "Ghi bàn ở hiệp 2.",
])
def test_figures_general_number_after_a_series_noun_is_an_ordinal(text):
    assert figs(text) == []


def test_figures_general_junctions_product_numbers_and_goods():
    assert [t for _, t, _ in figs("Xe dừng cách ngã ba Cái Mép khoảng 500 m.")] == ["khoảng 500 m"]
    assert [t for _, t, _ in figs("Máy iPhone 17 bản thường giảm giá.")] == []
    assert [t for _, t, _ in figs("Mỗi tháng giao khoảng 2 tấn hàng.")] == ["khoảng 2 tấn"]
    assert [t for _, t, _ in figs("Phường lập 5 tổ kiểm tra lưu động.")] == ["5 tổ kiểm tra"]


def test_figures_general_lunar_dates_live_entries_and_event_years():
    from goldspan.extract.registry import run_pipeline
    text = ("Lũ lên nhanh ở vùng trũng\n\n(TTV) - Sáng 29/10, mưa lớn tiếp tục.\n\n6h30: Mực nước "
            "đạt 2,6 m.\n\nLễ hội Chùa Hương năm 2026 kéo dài từ mùng 6 tháng Giêng đến hết tháng "
            "3 âm lịch, chính hội mùng 6 tháng Giêng âm lịch.")
    doc = run_pipeline(new_document("l", text), ["zones", "figures"])
    got = [(s.text, s.attrs.get("value")) for s in doc.spans if s.label == "DATE"]
    assert ("6h30", "XXXX-10-29T06:30") in got
    assert ("mùng 6 tháng Giêng âm lịch", "XXXX-01-06") in got
    assert not any(t == "năm 2026" for t, _ in got)
    assert figs("Lễ hội diễn ra năm 2026.")[0][1] == "năm 2026"


@pytest.mark.parametrize("text,span", [
    ("Đồn điều thêm 8 ca nô hỗ trợ.", "8 ca nô"), ("Bé được truyền hai đơn vị tiểu cầu.",
                                                 "hai đơn vị tiểu cầu"),
    ("Tổ trực có mười hai xuồng máy.", "mười hai xuồng máy"),
])
def test_figures_general_boats_and_blood_units(text, span):
    assert figs(text)[0][1] == span


@pytest.mark.parametrize("text,span,value", [
    ("Máy có RAM 8 GB.", "8 GB", 8), ("Màn hình AMOLED 6,7 inch.", "6,7 inch", 6.7),
    ("Pin 5.000 mAh, sạc 45 W.", "5.000 mAh", 5000), ("Camera chính 50 MP.", "50 MP", 50),
    ("Tần số quét 120 Hz.", "120 Hz", 120), ("Máy quay 60 khung hình/giây.", "60 khung hình/giây", 60),
])
def test_figures_general_device_units_after_a_capitalised_word(text, span, value):
    got = figs(text)
    assert got[0][1] == span and got[0][2]["value"] == value


def test_figures_general_two_sizes_with_a_slash_and_names_with_numbers():
    assert [f[1] for f in figs("Bản 8 GB/128 GB giá 10,99 triệu đồng.")] == [
        "8 GB", "128 GB", "10,99 triệu đồng"]
    assert figs("Xe VF 8 ra mắt.") == []  # still a name


@pytest.mark.parametrize("text,span,value", [
    ("Cháy xảy ra đêm rằm tháng Bảy.", "đêm rằm tháng Bảy", "XXXX-07-15"),
    ("Lễ hội vào ngày 14 tháng Giêng năm Bính Ngọ.", "ngày 14 tháng Giêng năm Bính Ngọ", "XXXX-01-14"),
    ("Triều cường từ 17 đến 19 tháng 10 âm lịch.", "từ 17 đến 19 tháng 10 âm lịch",
     "XXXX-10-17/XXXX-10-19"),
    ("Chợ mở từ mùng 5 Tết đến rằm tháng Giêng.", "từ mùng 5 Tết đến rằm tháng Giêng",
     "XXXX-01-05/XXXX-01-15"),
    ("Nhà nào cũng gói bánh đêm 29 Tết.", "đêm 29 Tết", "XXXX-12-29"),
    ("Tàu ra khơi đầu tháng Giêng âm lịch.", "đầu tháng Giêng âm lịch", "XXXX-01"),
])
def test_figures_general_lunar_days_in_words(text, span, value):
    got = figs(text)
    assert (got[0][1], got[0][2]["value"]) == (span, value)


def test_figures_general_clock_in_words_takes_the_lead_day_and_durations_stay():
    from goldspan.extract.registry import run_pipeline
    text = ("Cháy nhà ống trong đêm\n\n(PC) - Khoảng 21 giờ 50 phút ngày 26/8, một đám cháy bùng "
            "lên.\n\nNhận tin báo lúc 21 giờ 53 phút, lực lượng chữa cháy có mặt. Đến 23 giờ 20 "
            "phút, đám cháy được dập tắt sau 2 giờ 30 phút.")
    doc = run_pipeline(new_document("c", text), ["zones", "figures"])
    got = [(s.label, s.text, s.attrs.get("value")) for s in doc.spans if s.layer == "figure"]
    assert ("DATE", "21 giờ 53 phút", "XXXX-08-26T21:53") in got
    assert ("DATE", "23 giờ 20 phút", "XXXX-08-26T23:20") in got
    assert ("QUANTITY", "2 giờ 30 phút", 150) in got


@pytest.mark.parametrize("text,span,value", [
    ("Hợp đồng có thời hạn hai năm rưỡi.", "hai năm rưỡi", 2.5),
    ("Cuộc họp kéo dài 3 tiếng rưỡi.", "3 tiếng rưỡi", 3.5),
])
def test_figures_general_a_duration_and_a_half(text, span, value):
    assert figs(text)[0][1:] == (span, {"value": value, "unit": span.split()[1]})


@pytest.mark.parametrize("text,span,attrs", [
    ("Nhập khẩu ước 178,6 tỷ USD.", "178,6 tỷ USD", {"value": 178600000000, "unit": "USD"}),
    ("Máy mỏng hơn 0,2 mm.", "0,2 mm", {"value": 0.2, "unit": "mm"}),
    ("Giá tăng hơn 5%.", "hơn 5%", {"value": 5, "approx": "over"}),
    ("Phim quay từ tháng 4 đến hết tháng 9 năm nay.", "từ tháng 4 đến hết tháng 9 năm nay",
     {"value": "XXXX-04/XXXX-09"}),
    ("Cứ tới tháng Mười là về quê.", "tháng Mười", {"value": "XXXX-10"}),
    ("Đội tập từ mùng 1 tháng 10 âm lịch.", "mùng 1 tháng 10 âm lịch", {"value": "XXXX-10-01"}),
    ("Ngành tổ chức 12 cuộc kiểm toán.", "12 cuộc kiểm toán", {"value": 12, "unit": "cuộc kiểm toán"}),
])
def test_figures_general_estimates_comparisons_relative_years_month_names(text, span, attrs):
    got = figs(text)
    assert got[0][1:] == (span, attrs)


@pytest.mark.parametrize("text,span", [
    ("Hơn 3.000 đoàn viên, thanh niên ra quân.", "Hơn 3.000 đoàn viên, thanh niên"),
    ("Hội vật có hơn 40 đô vật tham gia.", "hơn 40 đô vật"),  # no dollars
    ("Phát hiện bốn người lớn dương tính.", "bốn người lớn"),
    ("Thay khoảng 12.000 viên ngói mũi hài.", "khoảng 12.000 viên ngói"),
    ("Đường biên giới có 17 cột mốc.", "17 cột mốc"),
])
def test_figures_general_members_wrestlers_adults_tiles_markers(text, span):
    assert figs(text)[0][1] == span


@pytest.mark.parametrize("text,span,attrs", [
    ("Đường huyết của bệnh nhân là 32,6 mmol/l.", "32,6 mmol/l", {"value": 32.6, "unit": "mmol/l"}),
    ("Nồng độ bụi mịn đạt 62,5 µg/m3 vào sáng nay.", "62,5 µg/m3", {"value": 62.5, "unit": "µg/m3"}),
    ("Trước đó, hôm 14/5, Chi cục đã bắt giữ một lô hàng.", "hôm 14/5", {"value": "XXXX-05-14"}),
])
def test_figures_general_laboratory_units_and_hom_before_a_date(text, span, attrs):
    got = {t: a for _label, t, a in figs(text)}
    assert span in got and got[span] == attrs


@pytest.mark.parametrize("text,span,attrs", [
    ("Tàu của ông có công suất 450 CV.", "450 CV", {"value": 450, "unit": "CV"}),
    ("Bé út Bin sáu tuổi rưỡi.", "sáu tuổi rưỡi", {"value": 6.5, "unit": "tuổi"}),
    ("Đội có 8 trận thắng, 3 trận hòa.", "3 trận hòa", {"value": 3, "unit": "trận hòa"}),
    ("Từ mùng 2 đến mùng 6 Tết, các homestay đều kín phòng.", "Từ mùng 2 đến mùng 6 Tết",
     {"value": "XXXX-01-02/XXXX-01-06"}),
    ("Lượng lúa thu mua trong mười ngày đầu tháng 3 đã gấp đôi.", "mười ngày đầu tháng 3",
     {"value": "XXXX-03-01/XXXX-03-10"}),
])
def test_figures_general_engines_ages_and_a_half_match_results_lunar_ranges_first_days(
        text, span, attrs):
    got = {t: a for _label, t, a in figs(text)}
    assert span in got and got[span] == attrs


@pytest.mark.parametrize("text,span,attrs", [
    ("Chè loại một cũng 400 nghìn/kg, cao gấp đôi.", "400 nghìn/kg",
     {"value": 400000, "unit": "đồng/kg"}),
    ("Công an thu giữ hơn 420 gram ma túy đá.", "hơn 420 gram",
     {"value": 420, "unit": "gram", "approx": "over"}),
    ("Lễ hội khai mạc chiều 31/7, tức ngày 18/6 âm lịch.", "ngày 18/6 âm lịch",
     {"value": "XXXX-06-18"}),
])
def test_figures_general_scaled_prices_per_unit_grams_and_lunar_glosses(text, span, attrs):
    got = {t: a for _label, t, a in figs(text)}
    assert span in got and got[span] == attrs


@pytest.mark.parametrize("text,span,attrs", [
    ("Bà Nụ vừa bán xong hai tấn rưỡi vải.", "hai tấn rưỡi", {"value": 2.5, "unit": "tấn"}),
    ("Các homestay kín phòng từ mùng 8 đến hết mùng 11 tháng Giêng.",
     "từ mùng 8 đến hết mùng 11 tháng Giêng", {"value": "XXXX-01-08/XXXX-01-11"}),
])
def test_figures_general_measures_and_a_half_lunar_ranges_to_the_end_of(text, span, attrs):
    got = {t: a for _label, t, a in figs(text)}
    assert span in got and got[span] == attrs
