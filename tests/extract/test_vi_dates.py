"""Tests for goldspan.extract.vi_dates: DATE spans and their ISO-8601 values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goldspan.extract.vi_dates import find_dates


def dates(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[d.start:d.end], d.value, d.mod) for d in find_dates(text)]


@pytest.mark.parametrize("text,span,value", [
    ("Hội nghị diễn ra ngày 10/7/2020 tại trụ sở.", "ngày 10/7/2020", "2020-07-10"),
    ("Văn bản ký ngày 3-9-2019 đã có hiệu lực.", "ngày 3-9-2019", "2019-09-03"),
    ("Ngày 5.6.2021, đoàn công tác lên đường.", "Ngày 5.6.2021", "2021-06-05"),
    ("Buổi lễ tổ chức vào ngày 4 tháng 3 năm 2022.", "ngày 4 tháng 3 năm 2022", "2022-03-04"),
    ("Chợ họp lại từ 29/7 sau thời gian tạm nghỉ.", "29/7", "XXXX-07-29"),
    ("Sáng 5/3, đoàn viên ra quân dọn vệ sinh.", "Sáng 5/3", "XXXX-03-05"),
    ("tối 29/7 mưa lớn kéo dài", "tối 29/7", "XXXX-07-29"),
    ("Hôm nay (19/7), xã tổ chức tiêm chủng.", "19/7", "XXXX-07-19"),
])
def test_vi_dates_days(text: str, span: str, value: str) -> None:
    assert dates(text) == [(span, value, None)]


@pytest.mark.parametrize("text,span,value", [
    ("Lúc 9h sáng 4/3, xe xuất phát.", "9h sáng 4/3", "XXXX-03-04T09:00"),
    ("Khoảng 8h30 ngày 12/5, trời đổ mưa.", "8h30 ngày 12/5", "XXXX-05-12T08:30"),
    ("Vào 2 giờ chiều ngày 5/6/2022, trận đấu bắt đầu.", "2 giờ chiều ngày 5/6/2022",
     "2022-06-05T14:00"),
    ("Từ 20h ngày 4/3, đường bị cấm.", "20h ngày 4/3", "XXXX-03-04T20:00"),
    ("Đúng 9 giờ 30 phút ngày 1/6/2023, lễ khai mạc.", "9 giờ 30 phút ngày 1/6/2023",
     "2023-06-01T09:30"),
])
def test_vi_dates_clock_time_is_appended(text: str, span: str, value: str) -> None:
    assert dates(text) == [(span, value, None)]


@pytest.mark.parametrize("text,span,value,mod", [
    ("Tháng 12/1999, nhà máy khánh thành.", "Tháng 12/1999", "1999-12", None),
    ("Đến tháng 7 năm 2021 mới xong.", "tháng 7 năm 2021", "2021-07", None),
    ("Tháng 6 vừa qua giá tăng nhẹ.", "Tháng 6", "XXXX-06", None),
    ("Trong năm 2020, xã làm mới ba cây cầu.", "năm 2020", "2020", None),
    ("Doanh thu quý I/2021 tăng.", "quý I/2021", "2021-Q1", None),
    ("Kết quả quý 3 năm 2022 khả quan.", "quý 3 năm 2022", "2022-Q3", None),
    ("Tính đến cuối năm 2020, tỉnh có thêm trường mới.", "cuối năm 2020", "2020", "END"),
    ("Đầu tháng 3, mưa phùn kéo dài.", "Đầu tháng 3", "XXXX-03", "START"),
    ("Giữa năm 2022 giá vàng lập đỉnh.", "Giữa năm 2022", "2022", "MID"),
    ("Dư nợ đến cuối tháng 9/2024 tăng.", "cuối tháng 9/2024", "2024-09", "END"),
    ("Dự kiến đầu quý III sẽ khởi công.", "đầu quý III", "XXXX-Q3", "START"),
])
def test_vi_dates_months_years_quarters_and_mod(text, span, value, mod) -> None:
    assert dates(text) == [(span, value, mod)]


@pytest.mark.parametrize("text,span,value", [
    ("6 tháng đầu năm 2021 đã kết nạp thêm hội viên.", "6 tháng đầu năm 2021",
     "2021-01/2021-06"),
    ("Sáu tháng cuối năm 2021 cần tăng tốc.", "Sáu tháng cuối năm 2021", "2021-07/2021-12"),
    ("Kết quả 9 tháng năm 2023 vượt kỳ vọng.", "9 tháng năm 2023", "2023-01/2023-09"),
    ("Chương trình giai đoạn 2020 - 2025 được duyệt.", "giai đoạn 2020 - 2025", "2020/2025"),
    ("Đại hội nhiệm kỳ 2020-2025 thành công.", "nhiệm kỳ 2020-2025", "2020/2025"),
    ("Từ năm 2019 đến năm 2021, dự án tạm dừng.", "Từ năm 2019 đến năm 2021", "2019/2021"),
    ("Hội chợ mở từ ngày 14 đến 17/10 tại sân vận động.", "từ ngày 14 đến 17/10",
     "XXXX-10-14/XXXX-10-17"),
    ("Lễ hội diễn ra ngày 14-17/10.", "ngày 14-17/10", "XXXX-10-14/XXXX-10-17"),
    ("Nhận hồ sơ từ ngày 1/8 đến hết ngày 15/8/2024.", "từ ngày 1/8 đến hết ngày 15/8/2024",
     "2024-08-01/2024-08-15"),
    ("Đợt cao điểm từ tháng 1 đến tháng 6/2021.", "từ tháng 1 đến tháng 6/2021",
     "2021-01/2021-06"),
])
def test_vi_dates_periods_and_ranges(text: str, span: str, value: str) -> None:
    assert dates(text) == [(span, value, None)]


@pytest.mark.parametrize("text", [
    "Kết luận số 67-KL/TU được ban hành.",
    "Quyết định 2156/QĐ-UBND của tỉnh.",
    "Nghị định 15/2021/NĐ-CP quy định rõ.",
    "Khoảng 2/3 số hộ đã có nhà kiên cố.",
    "Đã có 2/3 số xã đạt chuẩn.",
    "Đầu năm nay, sáng nay, cuối tuần qua trời lạnh.",
    "Giá trị 32/13 không phải ngày.",
    "Ông sinh ra ở số nhà 12/45 phố Huế.",
    "Tháng 13 không tồn tại, tháng sau sẽ rõ.",
    "Dịch Covid-19 và 5G phủ sóng 99% dân số.",
])
def test_vi_dates_not_dates(text: str) -> None:
    assert dates(text) == []


def test_vi_dates_respects_bounds_and_does_not_overlap() -> None:
    text = "Ngày 2/9/1945 và năm 1975 là mốc lịch sử."
    found = find_dates(text, 0, 13)
    assert [(text[d.start:d.end]) for d in found] == ["Ngày 2/9/1945"]
    spans = find_dates(text)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


@given(st.integers(1, 28), st.integers(1, 12), st.integers(1900, 2099))
def test_vi_dates_any_valid_full_date(day: int, month: int, year: int) -> None:
    text = f"Sự kiện ngày {day}/{month}/{year} đáng nhớ."
    assert dates(text) == [(f"ngày {day}/{month}/{year}", f"{year}-{month:02d}-{day:02d}",
                            None)]


@given(st.integers(32, 99), st.integers(1, 12))
def test_vi_dates_rejects_impossible_days(day: int, month: int) -> None:
    assert dates(f"Mã hàng {day}/{month} đã hết.") == []


@pytest.mark.parametrize("text,span,value", [
    ("Cấm xe từ 20h đêm 31/12 đến 2h sáng 1/1.", "từ 20h đêm 31/12 đến 2h sáng 1/1",
     "XXXX-12-31T20:00/XXXX-01-01T02:00"),
    ("Triển lãm mở từ ngày 5/8 đến ngày 10/8/2024.", "từ ngày 5/8 đến ngày 10/8/2024",
     "2024-08-05/2024-08-10"),
    ("Thời kỳ từ tháng 3/2020 đến tháng 6/2021 khó khăn.", "từ tháng 3/2020 đến tháng 6/2021",
     "2020-03/2021-06"),
    ("Chiều 4/3 - sáng 5/3, mưa to.", "Chiều 4/3 - sáng 5/3", "XXXX-03-04/XXXX-03-05"),
    ("Mưa từ đêm 10/9 đến sáng 12/9 gây ngập.", "từ đêm 10/9 đến sáng 12/9",
     "XXXX-09-10/XXXX-09-12"),
])
def test_vi_dates_two_dates_joined_into_range(text: str, span: str, value: str) -> None:
    assert dates(text) == [(span, value, None)]


def test_vi_dates_list_of_years_is_not_a_range() -> None:
    assert dates("Năm 2020, 2021 và năm 2022 tăng trưởng.") == [
        ("Năm 2020", "2020", None), ("năm 2022", "2022", None)]


@pytest.mark.parametrize("text,span", [
    ("Kim ngạch xuất khẩu 9 tháng đạt 43 tỷ USD.", "9 tháng"),
    ("Chỉ số giá bình quân 9 tháng tăng nhẹ.", "9 tháng"),
])
def test_vi_dates_months_of_report_year(text: str, span: str) -> None:
    assert dates(text) == [(span, "XXXX-01/XXXX-09", None)]


def test_vi_dates_duration_in_months_is_not_a_date() -> None:
    assert dates("Sau 9 tháng thi công, cây cầu hoàn thành.") == []


@pytest.mark.parametrize("text,span,value,mod", [
    ("Trung tuần tháng 9 trời mát.", "Trung tuần tháng 9", "XXXX-09", "MID"),
    ("Đến hạ tuần tháng 10/2024 sẽ xong.", "hạ tuần tháng 10/2024", "2024-10", "END"),
    ("Khởi công thượng tuần quý III.", "thượng tuần quý III", "XXXX-Q3", "START"),
])
def test_vi_dates_ten_day_parts_set_mod(text, span, value, mod) -> None:
    assert dates(text) == [(span, value, mod)]


def test_vi_dates_season_year_range() -> None:
    assert dates("Trong mùa khô 2024 - 2025, mặn xâm nhập sâu.") == [
        ("mùa khô 2024 - 2025", "2024/2025", None)]


@pytest.mark.parametrize("text,span,value", [
    ("Nửa đầu năm 2024 kinh tế phục hồi.", "Nửa đầu năm 2024", "2024-01/2024-06"),
    ("Dự báo nửa cuối năm 2024 khả quan.", "nửa cuối năm 2024", "2024-07/2024-12"),
])
def test_vi_dates_half_years(text: str, span: str, value: str) -> None:
    assert dates(text) == [(span, value, None)]


@pytest.mark.parametrize("text", ["Đội đá vòng 1/8 sân khách.", "Tỷ lệ 1/3 là quá thấp.",
                                  "Nhà số 12/5 phố Huế."])
def test_vi_dates_round_ratio_and_address_are_not_dates(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize("text,span,value", [
    ("Sáu tháng đầu năm nay, thu ngân sách tăng.", "Sáu tháng đầu năm nay", "XXXX-01/XXXX-06"),
    ("Kết quả 9 tháng năm nay khả quan.", "9 tháng năm nay", "XXXX-01/XXXX-09"),
])
def test_vi_dates_part_of_this_year(text: str, span: str, value: str) -> None:
    assert dates(text) == [(span, value, None)]


def test_vi_dates_months_before_school_year_are_not_a_period() -> None:
    assert dates("Trong 5 tháng năm học vừa qua, trường đổi mới.") == []
