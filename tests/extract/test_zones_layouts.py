"""Zones on whole invented page dumps laid out like several Vietnamese news sites.

Each case is a list of (expected label, line); lines are joined with a blank line, or with a
single newline when the line is prefixed by ``|`` (a line glued to the one before it).
"""

from __future__ import annotations

import pytest

from goldspan.extract import zones_rules as r
from goldspan.extract.registry import get
from goldspan.model.document import new_document

T, L, B, C, Y, R, P = "TITLE", "LEAD", "BODY", "CAPTION", "BYLINE", "RELATED", "BOILERPLATE"

VNE_LIKE = [
    (T, "Hà Nội thí điểm xe buýt điện trên năm tuyến nội đô"),
    (P, "Thứ hai, 12/5/2025, 08:30 (GMT+7)"),
    (L, "Từ tháng sau, năm tuyến xe buýt nội đô sẽ chuyển sang dùng xe điện, giá vé giữ "
        "nguyên, theo kế hoạch của Sở Giao thông vận tải."),
    (B, "Theo kế hoạch, mỗi tuyến có từ mười đến mười lăm xe, chạy từ năm giờ sáng đến mười "
        "giờ tối. Các trạm sạc được đặt tại hai điểm đầu cuối."),
    (C, "Xe buýt điện chạy thử trên phố Tràng Thi. Ảnh: Ngọc Thành"),
    (B, "Ông Lê Văn Sơn, phó giám đốc trung tâm quản lý giao thông, cho biết xe điện giảm "
        "tiếng ồn và khí thải, phù hợp với khu phố cổ."),
    (B, "Người dân có thể tra cứu lộ trình trên ứng dụng của thành phố."),
    (Y, "Võ Hải"),
    (P, "Xem thêm"),
    (P, "Hà Nội mở thêm tuyến đường sắt đô thị"),
    (P, "Ý kiến (12)"),
]

TTO_LIKE = [
    (T, "Sinh viên tình nguyện dạy bơi cho trẻ vùng lũ"),
    (L, "TTO - Hơn năm mươi sinh viên đã về các xã ven sông để dạy bơi miễn phí cho trẻ em "
        "trong dịp hè."),
    (R, "|Trẻ em vùng lũ học kỹ năng sinh tồn Mùa hè an toàn cho học sinh miền Trung"),
    (B, "Mỗi lớp có khoảng hai mươi em, học trong mười buổi tại hồ bơi di động do đoàn "
        "thanh niên huyện lắp đặt."),
    (C, "Sinh viên hướng dẫn các em khởi động trước giờ học - Ảnh: MINH HÒA"),
    (B, "Nhiều phụ huynh cho biết đây là lần đầu con em mình được học bơi bài bản."),
    (Y, "MINH HÒA"),
    (P, "Tin liên quan"),
    (P, "Trẻ em vùng lũ học kỹ năng sinh tồn"),
    (P, "Mùa hè an toàn cho học sinh miền Trung"),
]

DANTRI_LIKE = [
    (T, "Giá rau xanh tăng mạnh sau mưa lớn"),
    (L, "(Dân trí) - Sau nhiều ngày mưa lớn, giá nhiều loại rau tại các chợ dân sinh tăng "
        "gấp đôi so với tuần trước."),
    (B, "Tại chợ đầu mối phía nam, mỗi kg rau muống được bán với giá cao hơn hẳn, trong khi "
        "lượng hàng về chợ giảm khoảng một nửa."),
    (C, "Người bán rau tại chợ dân sinh (Ảnh: Minh Quang)."),
    (B, "Tiểu thương dự báo giá sẽ còn cao trong ít nhất một tuần nữa, cho tới khi các vùng "
        "trồng rau khô ráo trở lại."),
    (Y, "Minh Quang"),
    (P, "Tags: giá rau, mưa lớn, chợ dân sinh"),
    (P, "Tin cùng chuyên mục"),
    (P, "Giá xăng giảm nhẹ từ chiều nay"),
]

VOV_LIKE = [
    (T, "Tỉnh miền núi khởi công tuyến đường liên xã"),
    (P, "Chia sẻ"),
    (L, "VOV.VN - Sáng nay, tỉnh đã khởi công tuyến đường dài mười hai cây số nối ba xã "
        "vùng cao, dự kiến hoàn thành sau hai năm."),
    (B, "Tuyến đường được thiết kế rộng bảy mét, có hệ thống thoát nước và cầu qua suối ở "
        "những đoạn thường bị ngập vào mùa mưa."),
    (B, "Người dân trong vùng đã tự nguyện hiến đất để mở rộng mặt đường."),
    (Y, "Thu Hằng/VOV-Tây Bắc"),
    (P, "Tin mới nhất"),
    (P, "Mưa lớn gây sạt lở tại nhiều huyện vùng cao"),
]

TEASERS_NO_MARKER = [
    (T, "Làng nghề gốm chuẩn bị hàng cho dịp Tết"),
    (L, "(PLO) - Những ngày này, các lò gốm trong làng đỏ lửa suốt ngày đêm để kịp giao "
        "hàng cho thương lái."),
    (B, "Năm nay, các mẫu bình hoa men lam được đặt hàng nhiều hơn năm ngoái, nhiều cơ sở "
        "phải thuê thêm thợ thời vụ."),
    (Y, "Theo Pháp Luật"),
    (P, "Chợ hoa xuân mở cửa sớm"),
    (P, "Chợ hoa xuân mở cửa sớm"),
    (P, "(PLO) - Chợ hoa xuân năm nay mở cửa sớm hơn mọi năm một tuần để phục vụ người ..."),
    (P, "Phố ông đồ tấp nập người xin chữ"),
    (P, "Phố ông đồ tấp nập người xin chữ"),
    (P, "(PLO) - Dịp cuối năm, phố ông đồ đông người đến xin chữ đầu xuân ..."),
]

BYLINE_THEN_HEADLINES = [
    (T, "Nông dân thu hoạch lúa sớm tránh bão"),
    (L, "Trước thông tin bão sắp đổ bộ, nông dân nhiều xã ven biển đã khẩn trương thu hoạch "
        "lúa chín, chấp nhận năng suất thấp hơn."),
    (B, "Các máy gặt được huy động làm việc cả ngày, nhiều hộ thuê thêm người phơi thóc trên "
        "sân nhà văn hóa thôn."),
    (Y, "Hải Yến"),
    (P, "Giá phân bón tăng trở lại"),
    (P, "Mô hình cánh đồng lớn cho thu nhập cao"),
]

INTERVIEW_WITH_RELATED_BLOCK = [
    (T, "Giữ nghề dệt thổ cẩm giữa thời công nghiệp"),
    (L, "(Baolamdong.vn) – Bà Ka Thu, người có bốn mươi năm gắn bó với khung dệt, chia sẻ về "
        "cách truyền nghề cho lớp trẻ."),
    (B, "PV: Thưa bà, hiện nay trong buôn còn bao nhiêu người biết dệt?"),
    (B, "Bà Ka Thu: Chỉ còn khoảng hai mươi người, phần lớn đã lớn tuổi."),
    (R, "Tin liên quan"),
    (R, "Làng dệt lụa đón khách du lịch quốc tế"),
    (B, "PV: Bà truyền nghề cho con cháu như thế nào?"),
    (B, "Bà Ka Thu: Tôi mở lớp dạy miễn phí vào các buổi tối, các cháu học xong có thể bán "
        "sản phẩm cho khách du lịch."),
    (B, "PV: Xin cảm ơn bà!"),
    (Y, "Quỳnh Như thực hiện"),
    (P, "Bình luận"),
]

RELATED_BEFORE_BYLINE = [
    (T, "Nông dân thu hoạch lúa sớm tránh bão"),
    (L, "Trước thông tin bão sắp đổ bộ, nông dân nhiều xã ven biển đã khẩn trương thu hoạch "
        "lúa chín, chấp nhận năng suất thấp hơn."),
    (B, "Các máy gặt được huy động làm việc cả ngày, nhiều hộ thuê thêm người phơi thóc trên "
        "sân nhà văn hóa thôn."),
    (R, "Xem thêm"),
    (R, "Giá phân bón tăng trở lại"),
    (Y, "Hải Yến"),
    (P, "Tin khác"),
    (P, "Mô hình cánh đồng lớn cho thu nhập cao"),
]


SECTION_ABOVE_TITLE = [
    (P, "Thứ Năm, 13/3/2025 10:20"),
    (P, "Kinh tế - Thị trường"),
    (T, "Chợ đầu mối phía nam kéo dài giờ mở cửa dịp cuối năm"),
    (L, "(KTSG) - Từ đầu tháng tới, chợ đầu mối nông sản phía nam thành phố mở cửa sớm hơn "
        "hai giờ để giảm ùn tắc cho xe chở hàng."),
    (C, "Chợ đầu mối phía nam kéo dài giờ mở cửa dịp cuối năm"),
    (C, "|Tiểu thương bốc dỡ rau củ lúc rạng sáng. Ảnh: Thanh Tâm"),
    (B, "Ban quản lý chợ cho biết lượng hàng về chợ mỗi đêm đã tăng rõ rệt so với đầu năm, "
        "nhiều xe phải chờ ngoài cổng."),
    (R, "Giá rau xanh tăng mạnh sau mưa lớn? Tiểu thương chợ lẻ than khó vì sức mua yếu, "
        "hàng tồn nhiều"),
    (B, "Các hộ kinh doanh được đề nghị đăng ký giờ nhập hàng để ban quản lý bố trí chỗ đỗ."),
    (Y, "Minh Thư"),
    (P, "Tin cùng chuyên mục"),
]
SHORT_TITLE_THEN_LEAD = [
    (T, "Giá vàng lập đỉnh mới"),
    (L, "Sáng nay, giá vàng miếng trong nước tiếp tục tăng, vượt mức cao nhất từ trước tới "
        "nay, theo bảng niêm yết của các doanh nghiệp."),
    (B, "Giới phân tích cho rằng đà tăng còn phụ thuộc vào diễn biến của thị trường thế giới."),
]


COURT_REPORT_WITH_COMMENTS = [
    (T, "Tòa tuyên án vụ lừa bán đất nền ở ven đô"),
    (L, "(PLO) - Sau hai ngày xét xử, tòa đã tuyên phạt bị cáo chính mười năm tù về tội lừa "
        "đảo chiếm đoạt tài sản."),
    (B, "Theo cáo trạng, bị cáo đã nhận tiền cọc của nhiều người cho những lô đất không có "
        "thật trong suốt hai năm."),
    (Y, "Tin, ảnh: Minh Trang"),
    (P, "Bạn đọc bình luận"),
    (P, "|Gửi bình luận"),
]


def _assert_zones(case):
    """The zones extractor labels every line of ``case`` as ``case`` says."""
    doc = new_document("layout", _build(case))
    assert [(s.label, s.text) for s in get("zones").extract(doc).spans] == [
        (lab, line.lstrip("|")) for lab, line in case]


def _build(case):
    text = ""
    for _, line in case:
        if line.startswith("|"):
            text += "\n" + line[1:]
        else:
            text += ("\n\n" if text else "") + line
    return text


@pytest.mark.parametrize("case", [VNE_LIKE, TTO_LIKE, DANTRI_LIKE, VOV_LIKE, TEASERS_NO_MARKER,
                                  BYLINE_THEN_HEADLINES, INTERVIEW_WITH_RELATED_BLOCK,
                                  RELATED_BEFORE_BYLINE, SECTION_ABOVE_TITLE,
                                  SHORT_TITLE_THEN_LEAD, COURT_REPORT_WITH_COMMENTS],
                         ids=["vne", "tto", "dantri", "vov", "teasers", "byline-tail",
                              "interview-related", "related-before-byline",
                              "section-above-title", "short-title", "court-comments"])
def test_zones_layouts_of_several_sites(case):
    doc = new_document("layout", _build(case))
    got = [(s.label, s.text) for s in get("zones").extract(doc).spans]
    want = [(lab, line.lstrip("|")) for lab, line in case]
    assert got == want


MASTHEAD_AND_MENU = [
    (P, "BÁO TỈNH NHÀ ĐIỆN TỬ"),
    (P, "Chính trị   Kinh tế   Văn hóa - Xã hội   Du lịch"),
    (P, "25/11/2025 09:47 GMT+7"),
    (T, "Làng nghề gốm cổ giữ lửa giữa mùa mưa"),
    (L, "(BTN) - Giữa những ngày mưa kéo dài, các lò gốm trong làng vẫn đỏ lửa để kịp giao "
        "hàng cho khách dịp cuối năm."),
    (B, "Mỗi lò nung mất gần hai ngày, người thợ phải canh lửa thâu đêm."),
    (Y, "Bài và ảnh: NGỌC LAN"),
    (P, "Tin liên quan"),
]
DATETIME_WITH_OFFSET = [
    (P, "Giáo dục › Học đường"),
    (P, "18/11/2025 06:00 (GMT+07:00)"),
    (T, "Trường học mở thêm lớp kỹ năng số cho học sinh"),
    (L, "Nhiều trường đã đưa kỹ năng số vào giờ sinh hoạt lớp, giúp học sinh dùng công cụ mới "
        "một cách an toàn và có trách nhiệm."),
    (B, "Giáo viên chủ nhiệm được tập huấn trước khi lên lớp."),
]


MENU_THEN_BYLINE_UNDER_TITLE = [
    (P, "Trang Tin   Kinh tế số   Doanh nghiệp   Tài chính   Thế giới"),
    (T, "Ngành bán dẫn cần thêm kỹ sư thiết kế chip"),
    (Y, "Thanh Tâm thực hiện"),
    (P, "08:15, 24/11/2025"),
    (L, "Dòng vốn vào thiết kế chip tăng mạnh, nhưng nguồn nhân lực chưa theo kịp nhu cầu của "
        "các doanh nghiệp trong nước và nước ngoài."),
    (B, "P.V: Thưa ông, bức tranh đầu tư năm nay ra sao?"),
    (B, "TS Lê Minh Quân: Có nhiều tín hiệu tốt."),
]


SECTION_THEN_HEADLINE_THEN_DATE = [
    (P, "Trang chủ | Bóng chuyền | Quần vợt | Điền kinh | Thể thao trẻ"),
    (P, "Bóng chuyền"),
    (T, "Đội nữ thắng ngược 3-2, HLV Phạm Văn Tài: \"Các em đã chơi bằng cả trái tim\""),
    (P, "14/05/2026 21:40"),
    (L, "Tối 14/5, đội bóng chuyền nữ của tỉnh đã thắng ngược đội khách sau năm ván đấu kịch "
        "tính để giữ vị trí thứ hai trên bảng xếp hạng."),
    (B, "Ván quyết định kết thúc với tỷ số 15-13 sau pha đập bóng của chủ công số 8."),
]


MASTHEAD_SECTION_DATE_HEADLINE = [
    (P, "BÁO MIỀN NÚI ĐIỆN TỬ"),
    (P, "Xã hội - Môi trường"),
    (P, "Cập nhật: 08:20, 25/11/2025"),
    (T, "Tỉnh dành hơn 500 tỷ đồng trồng lại rừng ngập mặn ven biển"),
    (L, "Trước tình trạng sạt lở ngày càng nặng ở vùng ven biển, tỉnh vừa phê duyệt đề án trồng "
        "lại rừng ngập mặn giai đoạn 2026 - 2030."),
    (B, "Đề án sẽ trồng mới hơn 45 ha rừng tại hai xã ven biển."),
    (Y, "Bài, ảnh: Thu Phương"),
    (P, "Bạn đang đọc bài viết Tỉnh trồng lại rừng ngập mặn tại chuyên mục Môi trường"),
    (P, "Tin cùng chuyên mục"),
]


TICKER_AND_SHARE_LINE = [
    (P, "Đăng nhập | Đăng ký | Tìm kiếm | EN | VI"),
    (P, "NÓNG: Giá xăng giảm nhẹ từ 15h chiều nay | Không khí lạnh tràn về miền Bắc"),
    (P, "Trang chủ > Sức khỏe"),
    (T, "Ca sốt xuất huyết tăng mạnh, bác sĩ cảnh báo biến chứng"),
    (L, "(NTM) - Số ca sốt xuất huyết trong tuần qua tăng gần 40% so với tuần trước, tập trung "
        "ở các phường nội thành."),
    (B, "Bệnh viện tuyến trên đã mở thêm phòng khám sốt từ đầu tuần."),
    (Y, "Minh Anh"),
    (P, "Chia sẻ:  Facebook  Zalo  Twitter"),
    (P, "Bài viết liên quan"),
]


MASTHEAD_IN_THE_MENU = [
    (P, "PHỤ NỮ MIỀN TÂY  |  Thời sự  Xã hội  Gia đình  Sống đẹp  Video"),
    (P, "Sống đẹp"),
    (T, "Lớp học may không tiếng động giữa lòng phố"),
    (L, "(PNO) - Suốt mười năm, chị Út Hạnh đã dạy may miễn phí cho hơn 140 thiếu nữ khiếm "
        "thính trong căn phòng nhỏ."),
    (B, "Mỗi buổi sáng, căn phòng vang tiếng máy may đều đặn."),
]
AUTHOR_IN_CAPITALS_UNDER_THE_TITLE = [
    (P, "Trang chủ > Kinh tế > Nghiên cứu - Trao đổi"),
    (T, "Khơi thông nguồn lực cho kinh tế tư nhân trong giai đoạn mới"),
    (Y, "PGS.TS. TRẦN VĂN HƯNG - Học viện Chính trị khu vực I"),
    (P, "24-11-2025 | 08:30"),
    (L, "(TCCS) - Sau nửa năm triển khai nghị quyết, nhiều rào cản đối với khu vực kinh tế tư "
        "nhân đã được gỡ bỏ, nhưng nguồn lực vẫn cần được khơi thông."),
    (B, "Khu vực tư nhân hiện đóng góp khoảng một nửa GDP."),
]
MOBILE_PAGE = [
    (P, "☰ Menu"),
    (P, "BÁO ĐỒNG BẰNG"),
    (P, "Trang chủ"),
    (P, "Nông nghiệp - Nông thôn"),
    (P, "26/11/2025 05:45 GMT+7"),
    (T, "Ứng phó hạn mặn mùa khô: “Không để dân thiếu nước ngọt”"),
    (L, "Mặn được dự báo vào sớm và sâu hơn trung bình nhiều năm, phóng viên trao đổi với ông "
        "Giám đốc Sở về các giải pháp giữ nước ngọt."),
    (B, "PV: Thưa ông, mùa khô năm nay được dự báo như thế nào?"),
    (C, "[Ảnh]"),
    (C, "Công nhân vận hành cống ngăn mặn. Ảnh: Hoàng Nam"),
    (B, "PV: Xin cảm ơn ông!"),
    (P, "Bình luận (0)"),
]


@pytest.mark.parametrize("case", [MASTHEAD_AND_MENU, DATETIME_WITH_OFFSET,
                                  MENU_THEN_BYLINE_UNDER_TITLE, SECTION_THEN_HEADLINE_THEN_DATE,
                                  MASTHEAD_SECTION_DATE_HEADLINE, TICKER_AND_SHARE_LINE,
                                  MOBILE_PAGE, MASTHEAD_IN_THE_MENU,
                                  AUTHOR_IN_CAPITALS_UNDER_THE_TITLE],
                         ids=["masthead-menu", "datetime-gmt-offset", "menu-byline-under-title",
                              "section-headline-date", "masthead-section-date", "ticker-share",
                              "mobile-page", "masthead-in-menu", "caps-author"])
def test_zones_layouts_page_tops(case):
    doc = new_document("layout", _build(case))
    got = [(s.label, s.text) for s in get("zones").extract(doc).spans]
    assert got == [(lab, line.lstrip("|")) for lab, line in case]


LOGO_SEARCH_LOGIN_WEATHER = [
    (P, "TIN PHỐ PHƯỜNG - Tạp chí điện tử"),
    (P, "Tìm kiếm..."),
    (P, "Đăng nhập | Đăng ký"),
    (P, "Hà Nội 34°C Nắng nóng"),
    (P, "Trang chủ / Đô thị / Môi trường"),
    (T, "Tọa đàm: Làm gì để phố phường bớt nóng mùa hè?"),
    (P, "Thứ Sáu, 18/07/2025 - 09:40"),
    (L, "Nhiều ngày nhiệt độ ngoài trời ở nội đô lên rất cao, tạp chí mời ba vị khách bàn cách "
        "làm mát thành phố, nhà báo Thu Hà dẫn dắt."),
    (B, "MC: Thưa ông, các đô thị đang nóng lên đến mức nào?"),
]


def test_zones_layouts_logo_search_login_and_weather_before_the_title():
    doc = new_document("layout", _build(LOGO_SEARCH_LOGIN_WEATHER))
    got = [(s.label, s.text) for s in get("zones").extract(doc).spans]
    assert got == LOGO_SEARCH_LOGIN_WEATHER


def test_zones_layouts_byline_right_after_the_lead():
    case = [
        (T, "Điện ảnh Đông Nam Á tìm đường hợp tác"),
        (L, "(KTSG) - Trước thềm liên hoan phim, chúng tôi trao đổi với hai nhà sản xuất về "
            "cơ hội hợp tác trong khu vực."),
        (Y, "Gia Linh thực hiện"),
        (B, "KTSG: Doanh thu phòng vé năm nay ra sao?"),
        (B, "Ông Trần Minh Đức: Tăng mạnh so với năm trước."),
    ]
    doc = new_document("layout", _build(case))
    assert [(s.label, s.text) for s in get("zones").extract(doc).spans] == case


@pytest.mark.parametrize("line,chrome", [
    ("NÓNG: Giá xăng giảm nhẹ | Không khí lạnh tràn về", True),
    ("NÓNG: Cháy lớn tại chợ Bến Thành trong đêm", False),
    ("Chia sẻ:  Facebook  Zalo  Twitter", True),
    ("Chia sẻ: Tôi rất vui khi được về quê.", False),
    ("Chia sẻ Facebook Zalo Sao chép liên kết", True),
    ("LIVE: Hà Nội FC 1-0 Hải Phòng (HT) • SHB Đà Nẵng 0-0 Bình Định (25')", True),
    ("LIVE: Đội khách dẫn trước sau hiệp một", False),
])
def test_zones_layouts_ticker_and_share_lines(line, chrome):
    from goldspan.extract import zones_rules
    assert zones_rules.is_chrome(line) is chrome


def test_zones_layouts_headline_under_a_score_ticker_is_the_title():
    case = [
        (P, "BÓNG ĐÁ NHANH"),
        (P, "Kết quả trực tuyến - Lịch thi đấu - Bảng xếp hạng"),
        (P, "LIVE: Đội Xanh 1-0 Đội Đỏ (HT) • Đội Vàng 0-0 Đội Tím (25')"),
        (P, "Trang chủ • Lịch thi đấu • Kết quả • BXH • Nhận định • Video"),
        (T, "HLV Trần Văn Bình: “Chúng tôi đến đây để lấy 3 điểm”"),
        (P, "Thứ Sáu, 23/10/2026 17:40"),
        (L, "(BĐN) - Trận cầu tâm điểm vòng 7 diễn ra tối mai trên sân nhà của đội khách mời, "
            "cả hai thuyền trưởng đều nói về chiến thắng."),
        (B, "Đội chủ nhà đang xếp thứ hai."),
    ]
    doc = new_document("layout", _build(case))
    assert [(s.label, s.text) for s in get("zones").extract(doc).spans] == case


def test_zones_layouts_headline_opening_with_nong_is_the_title():
    case = [
        (T, "NÓNG: Cháy lớn tại chợ Bến Thành trong đêm"),
        (L, "(NTM) - Rạng sáng nay, một đám cháy lớn bùng phát tại khu vực chợ, lực lượng chữa "
            "cháy đã khống chế sau hai giờ."),
        (B, "Không có thương vong về người."),
    ]
    doc = new_document("layout", _build(case))
    assert [(s.label, s.text) for s in get("zones").extract(doc).spans] == case


@pytest.mark.parametrize("line", [
    "Chính trị - Kinh tế - Xã hội - Y tế - Giáo dục - Đất Tổ",
    "Thời sự · Chính trị · Kinh tế · Giáo dục · Thể thao",
    "Nông thôn ngày nay – Thị trường – Khuyến nông – Người bạn nhà nông",  # en dashes, slogan
])
def test_zones_layouts_menus_with_dashes_or_dots(line):
    from goldspan.extract import zones_rules
    assert zones_rules.is_chrome(line)
    assert not zones_rules.is_chrome("Hà Nội - Hải Phòng - Quảng Ninh đẩy nhanh tuyến đường ven biển")
    assert not zones_rules.is_chrome("Giá cà phê – hồ tiêu – cao su cùng tăng mạnh trong tuần qua")


def test_zones_layouts_long_masthead_in_capitals():
    case = [
        (P, "VĂN CHƯƠNG - CƠ QUAN CỦA HỘI NHÀ VĂN THÀNH PHỐ"),
        (P, "Thời sự | Văn xuôi | Thơ | Lý luận"),
        (P, "Thứ Tư, 26/11/2025 | 06:00"),
        (T, "Nhà văn Đỗ Thị Hạnh viết về những bản làng dưới đáy hồ"),
        (L, "Tiểu thuyết mới của nhà văn Đỗ Thị Hạnh vừa được trao giải thưởng năm nay, tạp chí có "
            "cuộc trò chuyện với chị."),
        (B, "Văn chương: Chị đã mất bao lâu để hoàn thành cuốn sách?"),
    ]
    doc = new_document("layout", _build(case))
    assert [(s.label, s.text) for s in get("zones").extract(doc).spans] == case



def test_zones_layouts_glued_links_under_the_lead_then_the_interview_credit():
    case = [
        (P, "HẢI ĐẢO - CƠ QUAN CỦA HỘI NGƯ DÂN, TRUNG TÂM NGHỀ CÁ PHÍA NAM"),
        (P, "Thời sự | Biển đảo | Ngư dân"),
        (P, "Thứ Ba, 25/11/2025 - 07:15"),
        (T, "Giữ nghề lưới rê giữa mùa biển động"),
        (L, "(HĐ) - Mùa gió chướng năm nay đến sớm, nhiều tàu cá phải nằm bờ, chúng tôi trò "
            "chuyện với một thuyền trưởng lâu năm."),
        (R, "Ngư dân Bình Định trúng mùa cá ngừ đại dương 3 cách bảo quản cá tươi lâu trên "
            "tàu mà ngư dân nào cũng nên biết"),
        (Y, "Thanh Tùng thực hiện"),
        (B, "PV: Năm nay ông ra khơi được mấy chuyến?"),
        (B, "Ông Lê Văn Sáu: Mới được bốn chuyến, ít hơn mọi năm."),
    ]
    doc = new_document("layout", _build(case))
    assert [(s.label, s.text) for s in get("zones").extract(doc).spans] == case


def test_zones_layouts_column_banner_long_agency_masthead_and_update_note():
    case = [
        (P, "NHÂN DÂN CÔNG LÝ - CƠ QUAN NGÔN LUẬN CỦA HIỆP HỘI CÁC NHÀ SẢN XUẤT VÀ PHÂN PHỐI HÀNG "
            "TIÊU DÙNG VIỆT NAM"),
        (P, "Thời sự | Pháp luật | Bạn đọc"),
        (P, "BẠN ĐỌC HỎI - LUẬT SƯ TRẢ LỜI"),
        (T, "Bên thuê nhà trả trước hạn, có được lấy lại tiền cọc không?"),
        (L, "(NDCL) - Chị Lan ở Hà Nội thuê nhà hai năm nhưng phải chuyển đi sớm vì đổi việc."),
        (B, "Luật sư Trần Minh trả lời: Chị cần xem lại điều khoản về cọc trong hợp đồng."),
        (P, "(Tiếp tục cập nhật)"),
    ]
    doc = new_document("layout", _build(case))
    assert [(s.label, s.text) for s in get("zones").extract(doc).spans] == case


OWNER_LINE_AND_CAPS_SECTION = [
    (P, "THƯƠNG TRƯỜNG MIỀN TÂY"),
    (P, "|Cơ quan của Hiệp hội Doanh nghiệp tỉnh Hậu Giang"),
    (P, "|Thời sự | Kinh tế | Doanh nghiệp | Doanh nhân | Tài chính | Bất động sản | Pháp luật "
        "kinh doanh | Tiêu dùng | Ẩm thực"),
    (P, "|THỊ TRƯỜNG"),
    (P, "|05/03/2026 07:15"),
    (T, "Giá gạo xuất khẩu tăng nhẹ sau Tết, thương lái tìm nguồn hàng"),
    (L, "(TTMT) - Sau Tết, giá gạo xuất khẩu nhích lên, các thương lái về đồng mua lúa sớm "
        "hơn mọi năm."),
    (B, "Nhiều kho gạo ở Cần Thơ đã chạy hết công suất từ mùng 6 Tết."),
]


def test_zones_layouts_owner_line_under_the_masthead_and_a_long_menu():
    doc = new_document("layout", _build(OWNER_LINE_AND_CAPS_SECTION))
    got = [(s.label, s.text) for s in get("zones").extract(doc).spans]
    assert got == [(lab, line.lstrip("|")) for lab, line in OWNER_LINE_AND_CAPS_SECTION]


def test_zones_layouts_owner_line_needs_its_words():
    # a headline that merely opens with "Cơ quan" is still the title
    case = [(T, "Cơ quan thuế đẩy mạnh hóa đơn điện tử cho hộ kinh doanh"),
            (L, "(TTMT) - Từ tháng 6, hộ kinh doanh có doanh thu trên một tỷ đồng phải dùng hóa "
                "đơn điện tử."),
            (B, "Cục Thuế cho biết đã hướng dẫn cho hàng nghìn hộ.")]
    doc = new_document("layout", _build(case))
    assert [(s.label, s.text) for s in get("zones").extract(doc).spans] == case


LONG_MENU_AND_NEWS_BOX = [
    (P, "TIẾNG NÓI MIỀN TRUNG"),
    (P, "|Thời sự | Quốc tế | Lao động | Bạn đọc | Net Zero | Kinh tế | Sức khỏe | Giáo dục | "
        "Pháp luật | Văn hóa - Văn nghệ | Giải trí | Thể thao | AI 365"),
    (P, "|Bạn đọc » Tư vấn"),
    (T, "Mua nhà bằng giấy viết tay, nay người bán đòi lại thì sao?"),
    (P, "|07:15, 18/11/2025 (GMT+7)"),
    (L, "(TNMT) - Người mua đã trả đủ tiền và ở ổn định nhiều năm, nhưng giấy mua bán chỉ viết "
        "tay, không công chứng."),
    (P, "Tin mới"),
    (P, "|07:02 Khởi tố cán bộ địa chính làm giả hồ sơ"),
    (P, "|06:48 Nhiều thủ tục đất đai được giải quyết trực tuyến"),
    (P, "|Xem thêm"),
    (B, "Bạn đọc Lê Thị Mận ở xã Hòa An gửi câu hỏi đến tòa soạn về việc mua nhà bằng giấy tay."),
    (B, "Theo quy định, giao dịch dân sự có hiệu lực khi các bên tự nguyện và có năng lực."),
    (B, "Nếu các bên đã thực hiện phần lớn nghĩa vụ, tòa án có thể công nhận giao dịch đó."),
    (P, "Thẻ: nhà đất, giấy tay, hợp đồng"),
    (P, "|Tin cùng chuyên mục"),
]


def test_zones_layouts_long_menu_bar_news_box_under_the_lead_and_tags():
    doc = new_document("layout", _build(LONG_MENU_AND_NEWS_BOX))
    got = [(s.label, s.text) for s in get("zones").extract(doc).spans]
    assert got == [(lab, line.lstrip("|")) for lab, line in LONG_MENU_AND_NEWS_BOX]


def test_zones_layouts_owned_masthead_owner_paper_line_and_short_caps_banner():
    case = [
        (P, "BÁO MIỀN SÔNG NƯỚC ONLINE - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh X"),
        (P, "|Trang chủ | Thời sự | Kinh tế"),
        (P, "|Thứ Sáu, 05/12/2025, 06:40"),
        (T, "Giá lúa nhích lên, nông dân phấn khởi xuống giống"),
        (L, "(MSN) - Đầu tháng 12, giá lúa tươi tại ruộng tăng nhẹ so với tháng trước."),
        (B, "Nhiều hộ đã xuống giống đợt đầu trên cánh đồng lớn của xã."),
    ]
    _assert_zones(case)
    case = [
        (P, "NÔNG THÔN MỚI"),
        (P, "|Báo điện tử của Hội Nông dân tỉnh X"),
        (P, "|Thời sự | Nhà nông | Kinh tế"),
        (P, "|Văn hóa › Làng nghề"),
        (P, "|Thứ Bảy, 13/12/2025 08:15 (GMT+7)"),
        (P, "GIỮ NGHỀ CỦA CHA"),
        (T, "|Ông lão giữ lửa làng rèn hơn hai trăm năm tuổi"),
        (L, "NTM - Gần năm mươi năm bên lò rèn, ông vẫn ngày ngày đỏ lửa."),
        (B, "Những ngày cuối năm, xưởng rèn của ông luôn đông khách."),
    ]
    _assert_zones(case)


def test_zones_layouts_language_switcher_and_a_long_owner_line():
    case = [
        (P, "Tiếng Việt | English | Español | Đăng nhập"),
        (P, "|BÁO BIỂN ĐÔNG - CƠ QUAN CỦA HỘI NGHỀ CÁ"),
        (P, "|Thời sự | Ngoại giao | Kinh tế"),
        (P, "|16/12/2025 | 21:30 GMT+7"),
        (T, "Hai nước đặt mục tiêu thương mại 6 tỷ USD vào năm 2030"),
        (L, "BBĐ. Ngày 15/12, tại thủ đô Lima, hai bên đã hội đàm về hợp tác thủy sản."),
        (B, "Tại hội đàm, hai bên thống nhất tăng cường trao đổi đoàn."),
    ]
    _assert_zones(case)
    case = [
        (P, "ĐẤT NƯỚC"),
        (P, "|Cơ quan Trung ương của Hội Cựu chiến binh Việt Nam - Tiếng nói của hội viên cựu "
            "chiến binh cả nước"),
        (P, "|Chính trị | Kinh tế | Xã hội"),
        (P, "|Thứ Ba, 25-11-2025, 18:20"),
        (T, "Nước sạch nông thôn cần nguồn lực tương xứng"),
        (L, "DN - Chiều 25/11, các đại biểu thảo luận về dự thảo luật."),
        (B, "Nhiều ý kiến đề nghị tăng vốn cho các tỉnh miền núi."),
    ]
    _assert_zones(case)


def test_zones_layouts_spaced_menu_section_over_date_brand_line_and_article_credit():
    case = [
        (P, "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH MIỀN NÚI"),
        (P, "|Trang chủ    Tiêu điểm    Thời sự    Kinh tế    Xã hội    Dân tộc - Miền núi    Văn "
            "hóa    Thể thao"),
        (P, "|Dân tộc - Miền núi"),
        (P, "|Chủ Nhật, 14/12/2025 - 08:20"),
        (T, "Bản vùng cao chuyển nhà lên đồi mới"),
        (L, "(MN) – Sau hơn một năm xây dựng, 46 hộ đồng bào đã chuyển về khu tái định cư mới."),
        (Y, "Bài, ảnh: Lò Văn Hùng"),
        (B, "Đêm mưa lớn năm ngoái, quả đồi phía sau bản sạt xuống ba ngôi nhà."),
    ]
    _assert_zones(case)
    case = [
        (P, "TinTứcXanh"),
        (P, "|Mới nhất | Thời sự | Thế giới | Kinh doanh"),
        (P, "|Gương sáng"),
        (P, "|Thứ sáu, 5/12/2025, 10:05 (GMT+7)"),
        (T, "San hô ven đảo tẩy trắng sau đợt nước biển nóng"),
        (L, "Khoảng 38% diện tích rạn san hô quanh đảo bị tẩy trắng sau gần ba tháng nước biển "
            "nóng kéo dài, theo khảo sát của viện."),
        (B, "Các nhà khoa học đã lặn khảo sát 16 điểm quanh đảo."),
    ]
    _assert_zones(case)


def test_zones_layouts_tagline_under_the_masthead_and_a_dotted_long_menu():
    case = [
        (P, "TechTin"),
        (P, "|Chuyên trang Công nghệ và Truyền thông của Báo Điện tử Phương Nam"),
        (P, "|Tin nóng | Viễn thông | Internet | Bảo mật | Khởi nghiệp"),
        (P, "|Bảo mật / An ninh mạng"),
        (P, "|16/12/2025   06:00 (GMT+07:00)"),
        (P, "|Chuyên đề: Sẵn sàng thực thi luật mới"),
        (T, "Doanh nghiệp nhỏ cần chuẩn bị gì trước ngày luật có hiệu lực"),
        (L, "Chỉ còn hai tuần nữa, luật mới sẽ có hiệu lực nhưng nhiều cửa hàng vẫn chưa biết "
            "mình phải làm gì."),
        (B, "Các chuyên gia khuyên nên bắt đầu từ việc rà soát dữ liệu khách hàng."),
    ]
    _assert_zones(case)
    case = [
        (P, "DIỄN ĐÀN KINH TẾ"),
        (P, "|Cơ quan ngôn luận của Hiệp hội Doanh nghiệp Phương Nam"),
        (P, "|Thời sự • Đối thoại • Doanh nghiệp • Doanh nhân • Tài chính • Bất động sản • Pháp "
            "luật • Thế giới • eMagazine"),
        (P, "|Thời sự > Chính sách"),
        (T, "Họp báo thường kỳ: bảo đảm đủ xăng dầu dịp Tết"),
        (P, "|Thứ Tư, 04/02/2026 - 19:40"),
        (L, "Chiều 4/2, tại họp báo thường kỳ, các bộ đã trả lời nhiều câu hỏi về giá xăng dầu "
            "và hoàn thuế."),
        (B, "Bộ Công Thương cho biết nguồn cung xăng dầu dịp Tết được bảo đảm."),
    ]
    _assert_zones(case)


def test_zones_layouts_credit_lines_and_reprint_sources_are_bylines():
    case = [
        (T, "Tòa tuyên án vụ cấp khống phiếu thử nghiệm thép"),
        (L, "(ANTV) - Sau ba ngày xét xử, tòa đã tuyên án các bị cáo trong vụ án."),
        (B, "Tòa tuyên phạt bị cáo Khánh 8 năm tù."),
        (Y, "Phóng viên: Đức Minh - Thu Trang | Biên tập: Hồng Hạnh"),
        (P, "Tin cùng chuyên mục"),
    ]
    _assert_zones(case)
    case = [
        (T, "Lũ sông vượt báo động 3, quốc lộ bị chia cắt"),
        (L, "(BNEWS) - Mưa lớn kéo dài khiến nước sông dâng nhanh."),
        (B, "Nhiều xã ven sông đã di dời người dân đến nơi an toàn."),
        (Y, "Sỹ Thắng - Phạm Cường (TTXVN)/Bnews"),
        (P, "Từ khóa: mưa lũ, sạt lở"),
    ]
    _assert_zones(case)
    case = [
        (T, "Tuần tra song phương đón Tết sớm cùng đồng bào vùng biên"),
        (L, "(BBP) - Từ ngày 6 đến 8/2, đồn biên phòng phối hợp với lực lượng nước bạn tuần tra."),
        (B, "Tổ tuần tra đi bộ hơn 20 km đường rừng."),
        (Y, "Trọng Nghĩa - Hồ Thanh"),
        (Y, "Nguồn Biên phòng: https://bienphong.example/tuan-tra-song-phuong"),
        (P, "Tin liên quan"),
    ]
    _assert_zones(case)


def test_zones_layouts_theo_line_with_a_bar_under_the_title():
    case = [
        (P, "GENTECH"),
        (P, "|Trang chủ | Mobile | Tin ICT | Internet | Khám phá"),
        (T, "Startup ghi sổ bằng giọng nói gọi vốn 14 triệu USD"),
        (Y, "|Theo Minh Khôi | Trí Thức Trẻ"),
        (P, "|21/01/2026 09:12 AM"),
        (L, "Một công ty khởi nghiệp ở Hà Nội vừa hoàn tất vòng gọi vốn mới để mở rộng sang "
            "hai thị trường."),
        (B, "Ứng dụng của công ty hiện có hơn một triệu người dùng."),
    ]
    _assert_zones(case)


def test_zones_layouts_a_headline_followed_by_its_date_is_no_tagline():
    case = [
        (T, "Hà Nội mở thêm năm tuyến xe buýt điện"),
        (P, "|12/5/2025 08:30"),
        (L, "Từ tháng sau, năm tuyến xe buýt sẽ chuyển sang dùng xe điện."),
        (B, "Mỗi tuyến có từ mười đến mười lăm xe."),
    ]
    _assert_zones(case)


def test_zones_layouts_arrow_crumbs_dash_menus_second_masthead_search_box_and_hashtags():
    case = [
        (P, "UBND TỈNH LÂM ĐỒNG - SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
        (P, "|BẢO TÀNG CAO NGUYÊN"),
        (P, "|Trang chủ | Giới thiệu | Tin tức | Hiện vật | Liên hệ"),
        (P, "|Nhập từ khóa tìm kiếm..."),
        (P, "|TIN TỨC - SỰ KIỆN"),
        (T, "Nghệ nhân gốm giữ nghề bên bờ sông"),
        (P, "|Ngày đăng: 24/03/2026 | Lượt xem: 386"),
        (L, "Từ ngày 20 đến 22/3, ngày hội văn hóa các dân tộc diễn ra ở trung tâm tỉnh."),
        (B, "Giữa khu trình diễn, bà Mười nặn gốm bằng tay."),
    ]
    _assert_zones(case)
    case = [
        (P, "THỂ THAO NHANH"),
        (P, "|Bóng đá | Quần vợt | Bóng chuyền | Esports | Video"),
        (P, "|Thể thao 247 ❯ Bóng đá Việt Nam ❯ V-League"),
        (T, "Đội chủ nhà ngược dòng trong mười phút cuối"),
        (L, "Hai bàn thắng trong mười phút cuối giúp đội chủ nhà thắng ngược trên sân nhà."),
        (B, "Trận đấu bắt đầu lúc 17h dưới trời nắng."),
        (P, "#bóng đá #V-League #ngược dòng"),
        (P, "|Cùng chuyên mục"),
    ]
    _assert_zones(case)
    case = [
        (P, "MÔI TRƯỜNG XANH"),
        (P, "|Trang chủ – Chính sách - Pháp luật – Diễn đàn – Nghiên cứu – Biến đổi khí hậu – "
            "Đa dạng sinh học – Kinh tế xanh – Địa phương – Video"),
        (P, "|Trang chủ → Biến đổi khí hậu"),
        (T, "Báo cáo mới: nhiệt độ trung bình đã tăng gần một độ"),
        (P, "|Thứ Tư, 21/01/2026 - 09:00"),
        (L, "Sáng 21/1, báo cáo về triển vọng khí hậu được công bố tại Hà Nội."),
        (B, "Báo cáo cho thấy mực nước biển dâng nhanh hơn dự báo."),
    ]
    _assert_zones(case)


def test_zones_layouts_player_bars_lowercase_crumbs_affiliated_authors_and_slash_menus():
    case = [
        (P, "NHỊP SỐNG KINH TẾ"),
        (P, "|Kênh thông tin kinh tế - tài chính - đầu tư"),
        (P, "|Thời sự / Tài chính / Doanh nghiệp / Hàng hóa / Tiêu dùng"),
        (P, "|Trang chủ > eSports > Liên Minh Huyền Thoại"),
        (T, "Xuất khẩu cà phê lập kỷ lục trong năm 2025"),
        (Y, "|Hoài Nam - Tỉnh đoàn Đắk Lắk"),
        (P, "|Thứ Bảy, 10/01/2026 07:30 GMT+7"),
        (P, "|▶ Nghe bài viết | Cỡ chữ A- A+"),
        (L, "Năm 2025, xuất khẩu cà phê lần đầu vượt 8 tỷ USD, tăng mạnh so với năm trước."),
        (B, "Giá cà phê bình quân đạt hơn 5.000 USD/tấn."),
    ]
    _assert_zones(case)


def test_zones_layouts_double_chevron_crumbs_view_counters_and_text_photo_credits():
    case = [
        (P, "AN TOÀN GIAO THÔNG"),
        (P, "|Trang chủ | Tin tức | Chính sách | Số liệu | Hỏi đáp"),
        (P, "|Trang chủ >> Tin tức - Sự kiện >> Tin từ địa phương"),
        (T, "Phát động cổng trường an toàn giao thông cho học sinh"),
        (Y, "|Bài: Hà Linh | Ảnh: Quang Huy"),
        (P, "|Cập nhật: 24/03/2026 10:05 | Lượt xem: 1.286"),
        (L, "Sáng 23/3, tại một trường THCS, ban an toàn giao thông tỉnh phát động phong trào "
            "cổng trường an toàn."),
        (B, "Nhiều học sinh cam kết không đi xe máy khi chưa đủ tuổi."),
    ]
    _assert_zones(case)


def test_zones_layouts_diamond_menus_dash_grouped_items_and_posted_news_markers():
    case = [
        (P, "TẠP CHÍ VĂN CHƯƠNG XỨ ĐOÀI"),
        (P, "|Trang chủ | Tin tức | Văn | Thơ | Lý luận - Phê bình - Dịch thuật | Tác giả - Tác phẩm"),
        (P, "|Trang chủ ◆ Thời sự ◆ Địa phương ◆ Văn hóa - Văn nghệ ◆ Đối thoại"),
        (T, "Mở hội sách mùa thu bên bờ hồ Đồng Mô"),
        (L, "Hội sách mùa thu mở cửa từ sáng nay với hơn ba mươi gian hàng của các nhà xuất bản."),
        (B, "Ban tổ chức cho biết hội sách kéo dài đến hết chủ nhật."),
        (P, "Các tin đã đăng:"),
        (P, "|Trao giải cuộc thi thơ thiếu nhi"),
        (P, "Bài viết cùng chuyên mục"),
        (P, "|Ra mắt tuyển tập truyện ngắn của các cây bút trẻ"),
    ]
    _assert_zones(case)


def test_zones_layouts_a_sentence_with_dashes_and_bars_is_no_menu():
    # Items that end a sentence or run long are text, not a menu.
    case = [
        (T, "Hội sách mùa thu bên hồ: Văn - thơ - nhạc gặp nhau"),
        (L, "Hội sách mở cửa sáng nay | nhiều gian hàng mới | giá vé giảm một nửa so với năm ngoái."),
        (B, "Ban tổ chức cho biết hội sách kéo dài đến hết chủ nhật."),
    ]
    _assert_zones(case)


def test_zones_layouts_portal_with_an_english_name_long_menus_and_home_trails():
    case = [
        (P, "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐÔNG SƠN"),
        (P, "|Dong Son Province Portal"),
        (P, "|Giới thiệu | Tin tức - Sự kiện | Chỉ đạo, điều hành | Công dân | Doanh nghiệp | "
            "Du khách | Dịch vụ công | Hỏi đáp"),
        (P, "|Trang chủ > Tin tức - Sự kiện > Hoạt động của lãnh đạo tỉnh"),
        (T, "Chủ tịch tỉnh kiểm tra tiến độ nâng cấp đê biển trước mùa bão"),
        (L, "Sáng 5/11, Chủ tịch UBND tỉnh đã kiểm tra tiến độ nâng cấp tuyến đê biển phía đông."),
        (B, "Tuyến đê dài hơn 12 km, dự kiến hoàn thành trong tháng 12."),
        (P, "412 Thích · 96 Bình luận · Chia sẻ"),
    ]
    _assert_zones(case)


def test_zones_layouts_a_section_repeating_a_menu_item_over_the_headline():
    case = [
        (P, "Kinh doanh số"),
        (P, "|Vĩ mô | Câu chuyện kinh doanh | Doanh nghiệp | Khởi nghiệp | Quản trị"),
        (P, "|Câu chuyện kinh doanh"),
        (T, "Chủ chuỗi bánh mì: Giá bột mì tăng, chúng tôi giữ giá bán"),
        (L, "Giữa lúc giá bột mì tăng mạnh, một chuỗi bánh mì ở Hà Nội quyết định giữ nguyên giá "
            "bán trong sáu tháng tới."),
        (B, "Chuỗi hiện có mười hai cửa hàng."),
    ]
    _assert_zones(case)


def test_zones_layouts_a_short_title_that_is_no_menu_item_stays_the_title():
    case = [
        (T, "Câu chuyện kinh doanh"),
        (L, "Giữa lúc giá bột mì tăng mạnh, một chuỗi bánh mì ở Hà Nội quyết định giữ nguyên giá "
            "bán trong sáu tháng tới."),
        (B, "Chuỗi hiện có mười hai cửa hàng."),
    ]
    _assert_zones(case)


def test_zones_layouts_market_site_with_domain_widget_triangle_crumbs_and_date_bar():
    case = [
        (P, "chungkhoanviet.vn"),
        (P, "|BÁO CHỨNG KHOÁN VIỆT - Tin nhanh thị trường vốn"),
        (P, "|VN-Index 1.702,15 ▲ 5,20 (0,31%) | VN30 1.850,02 ▼ -1,10 (-0,06%)"),
        (P, "|Thị trường | Doanh nghiệp | Cổ phiếu | Phân tích"),
        (P, "|Trang chủ ▸ Thị trường ▸ Diễn biến phiên"),
        (T, "Dòng tiền trở lại, chỉ số tăng phiên thứ ba liên tiếp"),
        (P, "|12/03/2026 15:40 | Chia sẻ | Theo dõi trên Google News"),
        (L, "(CKV) Dòng tiền trở lại nhóm ngân hàng giúp chỉ số tăng hơn 5 điểm trong phiên chiều."),
        (B, "Thanh khoản đạt hơn 20 nghìn tỷ đồng."),
    ]
    _assert_zones(case)


def test_zones_layouts_photo_story_counters_tv_airing_lines_and_photo_bylines():
    case = [
        (P, "5Sao » Nhạc » Phỏng vấn"),
        (T, "Mùa đua ghe trên sông quê, người cả xóm ra bờ cổ vũ"),
        (P, "|Phát sóng: Thời sự 19 giờ | Thời lượng: 03:10"),
        (L, "Sáng nay, hàng nghìn người dân đổ về hai bờ sông để xem hội đua ghe truyền thống."),
        (P, "Ảnh 1/3"),
        (C, "|Các đội ghe xuất phát từ bến chợ. Ảnh: Minh Tú"),
        (P, "Ảnh 2/3"),
        (C, "|Người dân cổ vũ trên bờ sông. Ảnh: Minh Tú"),
        (Y, "Ảnh và tin: Minh Tú - Quang Vinh"),
        (P, "Phóng sự ảnh khác"),
        (P, "|Rực rỡ đêm hội đèn nước"),
    ]
    _assert_zones(case)


def test_zones_layouts_related_documents_box_opens_the_tail():
    case = [
        (T, "Mức phạt khi sạc xe điện sai quy định trong chung cư"),
        (L, "Từ tháng 7, người sạc xe điện sai quy định trong chung cư có thể bị phạt tiền."),
        (B, "Mức phạt cao nhất là năm triệu đồng."),
        (P, "Văn bản liên quan:"),
        (P, "|Nghị định 12/2026/NĐ-CP về phòng cháy, chữa cháy | Tải về"),
    ]
    _assert_zones(case)


def test_zones_layouts_dotted_and_dashed_long_menus_double_chevrons_live_bars_english_names():
    case = [
        (P, "CỤC DU LỊCH VÙNG NÚI"),
        (P, "|Mountain Authority of Tourism"),
        (P, "|Tin tức ∙ Kiến trúc ∙ Quy hoạch ∙ Nội thất ∙ Di sản ∙ Giải thưởng"),
        (P, "|Trang chủ - Tin hoạt động - Xây dựng Đảng - Học tập và làm theo Bác - Văn bản - Tư liệu"),
        (P, "|LIVE: Hà Nội FC 1-0 Thể Công | Nam Định 2-2 Hải Phòng"),
        (P, "|Trang chủ ›› Tiền tệ - Ngân hàng ›› Thị trường"),
        (T, "Lãi suất liên ngân hàng hạ nhiệt sau ba phiên giảm liên tiếp"),
        (P, "|23/11/2026 - 06:00 · 6 phút đọc"),
        (L, "Tuần qua, lãi suất bình quân liên ngân hàng giảm ba phiên liên tiếp nhờ thanh khoản dồi "
            "dào."),
        (B, "Tỷ giá trung tâm cũng giảm nhẹ."),
    ]
    _assert_zones(case)


def test_zones_layouts_starred_menu_under_a_slogan_authors_institution_keywords_line():
    starred = [
        (P, "NHỊP PHỐ"),
        (P, "|Sống chậm, nghe nhiều"),
        (P, "|Âm nhạc ✦ Điện ảnh ✦ Sân khấu ✦ Thời trang ✦ Ẩm thực ✦ Bảng xếp hạng"),
        (P, "|Nhịp Phố › Âm nhạc › Live show"),
        (T, "Ban nhạc trẻ mở đêm diễn đầu tiên ở nhà hát thành phố"),
        (L, "Đêm diễn đầu tiên của ban nhạc sẽ diễn ra vào tối thứ Bảy tại nhà hát thành phố."),
        (B, "Ban nhạc cho biết sẽ hát lại những bài hát đầu tay."),
    ]
    _assert_zones(starred)
    journal = [
        (T, "Đổi mới đánh giá công chức cấp xã theo kết quả phục vụ"),
        (Y, "TS. Đỗ Minh Khang - ThS. Vũ Thị Lan"),
        (Y, "|Trường Đại học Nội vụ Hà Nội"),
        (L, "(NCLL) - Tóm tắt: Bài viết phân tích cách đánh giá công chức cấp xã và đề xuất một số "
            "giải pháp cho giai đoạn tới."),
        (P, "|Từ khóa: công chức, cấp xã, đánh giá."),
        (B, "1. Đặt vấn đề"),
        (B, "Từ năm 2025, cấp xã trở thành nơi giải quyết phần lớn thủ tục hành chính của người "
            "dân, vì vậy cách đánh giá công chức cần thay đổi."),
        (B, "Bài viết dựa trên khảo sát tại nhiều địa phương trong năm qua."),
        (P, "Tags: công chức, cấp xã"),
    ]
    _assert_zones(journal)
    tags_at_the_end = [
        (T, "Đổi mới đánh giá công chức cấp xã theo kết quả phục vụ"),
        (L, "Cách đánh giá công chức cấp xã cần thay đổi theo kết quả phục vụ người dân."),
        (B, "Bài viết dựa trên khảo sát tại nhiều địa phương trong năm qua."),
        (P, "Từ khóa: công chức, cấp xã"),
        (P, "|Tin liên quan"),
        (P, "|Xây dựng văn hóa công vụ trong thời kỳ mới"),
    ]
    _assert_zones(tags_at_the_end)


def test_zones_layouts_comment_counter_icon_menu_alt_text_above_a_credit_tv_credits():
    case = [
        (P, "NHỊP SỐNG NGÀY NAY"),
        (P, "|Tin nhanh - Pháp luật - Đời sống"),
        (P, "|☰  Mới nhất  Thời sự  Pháp luật  Kinh doanh  Đời sống  Thể thao"),
        (T, "Chợ truyền thống làm quen với thanh toán bằng mã QR"),
        (P, "|Thứ Sáu, 11/12/2026 15:20"),
        (P, "|Bình luận (18)"),
        (L, "Nhiều tiểu thương ở các chợ truyền thống đã dán mã QR để khách thanh toán nhanh hơn."),
        (B, "Người cao tuổi vẫn quen cầm tiền mặt khi đi chợ mỗi sáng."),
        (C, "Tiểu thương làm quen với thanh toán không tiền mặt"),
        (C, "|Bà Lê Thị Hoa: “Khách quét mã xong là loa báo tiền ngay”. Ảnh: Minh Đức"),
        (B, "Các ngân hàng đặt hai điểm hỗ trợ ngay tại cổng chợ trong tháng này."),
        (Y, "Phóng viên: Thu Hằng | Quay phim: Hữu Nghĩa"),
        (P, "Tin cùng chuyên mục"),
        (P, "|Giá rau tăng mạnh sau mưa lớn"),
    ]
    _assert_zones(case)


def test_zones_layouts_weekly_masthead_over_its_owner_issue_number_and_a_read_on_box():
    case = [
        (P, "NHỊP SỐNG cuối tuần"),
        (P, "|Ấn phẩm cuối tuần của Báo Nhịp Sống - Phát hành sáng Chủ nhật"),
        (P, "|Chính luận · Nhân vật · Văn hóa · Phóng sự · Ảnh · Thế giới"),
        (P, "|Số 28 (2.147) | Chủ nhật, 12/07/2026 - 05:30"),
        (T, "Nghệ nhân khảm trai giữ nghề bên sông Nhuệ"),
        (L, "Bảy mươi tám tuổi, người nghệ nhân vẫn ngồi bên chiếc cưa lọng mỗi sáng."),
        (B, "Ông kể nghề đã theo gia đình qua ba đời."),
        (Y, "Bài: Minh Anh"),
        (P, "Các bạn nhỏ cùng đọc"),
        (P, "|Đội bóng nhí vùng cao lần đầu xuống phố thi đấu"),
        (P, "|Vì sao bầu trời có màu xanh?"),
    ]
    _assert_zones(case)


def test_zones_layouts_long_trail_table_header_credits_under_lead_degree_name_court_author():
    case = [
        (P, "TRUNG TÂM DỰ BÁO THỜI TIẾT"),
        (P, "|Trang chủ | Thời tiết | Bão | Thủy văn | Biển | Cảnh báo | Tin tức | Văn bản"),
        (P, "|Tin tức › Tin bão, áp thấp nhiệt đới"),
        (T, "Bão mạnh cấp 12 hướng vào đất liền, mưa lớn từ đêm nay"),
        (P, "|Cập nhật lúc 10:55 | Thứ Tư, 14/10/2026"),
        (L, "Lúc 7 giờ sáng nay, tâm bão ở cách đất liền khoảng 300 km, sức gió mạnh cấp 12."),
        (Y, "|Bài: Quang Minh | Ảnh: Đức Thọ"),
        (B, "Dự báo diễn biến bão trong 24 giờ tới:"),
        (B, "|Thời điểm dự báo | Hướng, tốc độ | Vị trí | Cường độ"),
        (B, "|07h/15/10 | Tây, 15 km/h | 16,8N - 108,9E | Cấp 12"),
        (B, "Người dân cần theo dõi các bản tin tiếp theo."),
        (Y, "Quốc Thắng - Tòa án nhân dân thành phố Cần Thơ"),
        (P, "Tin bão mới nhất"),
        (P, "|Bão suy yếu thành áp thấp nhiệt đới trên đất liền"),
    ]
    _assert_zones(case)
    under = [
        (T, "Quy hoạch hai bờ sông được phê duyệt với nhiều không gian xanh"),
        (P, "|20/10/2026 09:30 | Lượt xem: 2.184"),
        (Y, "|ThS.KTS Phan Ngọc Bích"),
        (Y, "|Viện Kiến trúc Quốc gia"),
        (L, "UBND tỉnh vừa phê duyệt đồ án quy hoạch phân khu hai bờ sông với tổng diện tích "
            "hơn 1.200 ha, dân số dự kiến khoảng 85.000 người."),
        (B, "Đồ án chia khu vực thành bốn phân khu chức năng."),
    ]
    _assert_zones(under)


@pytest.mark.parametrize("line", [
    "Thời gian đọc: 5 phút",
    "Tin tức — Điểm đến — Lễ hội — Ẩm thực — Trải nghiệm — Cẩm nang — Media",
    "● TRỰC TIẾP: \"Giao thông giờ cao điểm\" (17:00 - 19:00)",
    "▪ Thời sự ▪ Chính trị ▪ Kinh tế ▪ Xã hội ▪ Pháp luật ▪ Văn hóa",
])
def test_zones_layouts_more_page_furniture(line):
    from goldspan.extract import zones_rules
    assert zones_rules.is_chrome(line)


def test_zones_layouts_fact_box_at_the_end_and_a_bulleted_link_between_paragraphs():
    case = [
        (T, "Chung cư mới ở phía Bắc thủ đô mở bán vào cuối năm"),
        (L, "(XD) - Dự án gồm hai tòa tháp với hơn 1.400 căn hộ, dự kiến bàn giao năm sau."),
        (B, "Đại diện chủ đầu tư cho biết giá bán dự kiến từ 62 triệu đồng/m2."),
        (R, "• Giá chung cư Hà Nội tăng ba quý liên tiếp, nguồn cung vẫn khan hiếm"),
        (B, "Người mua được thanh toán theo tiến độ."),
        (B, "Thông tin dự án"),
        (B, "|Chủ đầu tư: Công ty Cổ phần Đầu tư Hồng Hà"),
        (B, "|Vị trí: phường Phúc Lợi, Hà Nội"),
        (B, "|Tiến độ: hoàn thành quý IV/2027"),
        (P, "Tin cùng chuyên mục"),
        (P, "|Giá đất nền vùng ven tăng nhẹ sau kỳ nghỉ lễ"),
    ]
    _assert_zones(case)
    items = [
        (T, "Năm lưu ý khi đi nắng nóng để tránh sốc nhiệt"),
        (L, "(SK) - Bác sĩ khuyến cáo người dân hạn chế ra ngoài vào buổi trưa."),
        (B, "Người dân cần lưu ý:"),
        (B, "• Uống đủ nước mỗi ngày kể cả khi chưa khát"),
        (B, "|• Mặc quần áo sáng màu, rộng rãi khi ra đường"),
        (B, "Bác sĩ cũng khuyên không cạo gió."),
    ]
    _assert_zones(items)


def test_zones_layouts_slash_and_spaced_menus_photo_positions_questions_and_video_tail():
    case = [
        (P, "TRUYỀN HÌNH QUỐC PHÒNG"),
        (P, "|Trang chủ / Thời sự / Quân sự - Quốc phòng / Biên giới biển đảo / Hậu phương quân "
            "đội / Chương trình / Xem trực tiếp"),
        (T, "Tân binh Trung đoàn 50 tuyên thệ trước ngày truyền thống"),
        (P, "|Chủ Nhật, 20/12/2026 20:15"),
        (L, "(QPVN) - Sáng 19/12, hơn 300 chiến sĩ mới của trung đoàn đã tuyên thệ dưới quân kỳ."),
        (C, "Đại tá Nguyễn Văn Vinh (thứ hai từ trái) trao quân hàm cho chiến sĩ mới."),
        (B, "Phóng viên: Cảm xúc của đồng chí hôm nay thế nào?"),
        (B, "Binh nhì Lò Văn Sáng: Em rất tự hào."),
        (Y, "Phóng viên: Hoàng Long | Quay phim: Văn Khánh | Biên tập: Thu Trang"),
        (P, "Video cùng chuyên mục"),
        (P, "|Quân khu 3 diễn tập khu vực phòng thủ năm 2026"),
    ]
    _assert_zones(case)
    spaced = ("Thời sự  Thế giới  Pháp luật  Kinh doanh  Công nghệ  Xe  Du lịch  Nhịp sống trẻ  "
              "Văn hóa  Giải trí  Thể thao  Giáo dục  Sức khỏe")
    from goldspan.extract import zones_rules
    assert zones_rules.is_chrome(spaced)
    asked = [
        (T, "Doanh nghiệp gỗ xoay xở trước thuế đối ứng"),
        (L, "(TG) - Chúng tôi trao đổi với CEO Trần Quốc Việt về thị trường năm 2026."),
        (B, "Thương gia: Thuế đối ứng của Mỹ và quy định EUDR của châu Âu tác động thế nào tới "
            "công ty?"),
        (B, "Ông Việt: Thuế làm biên lợi nhuận giảm khoảng 12%."),
    ]
    _assert_zones(asked)


def test_zones_layouts_banner_over_a_dated_title_market_widget_programme_line_and_post():
    case = [
        (P, "BÓNG ĐÁ PLUS"),
        (P, "|Trang chủ | Trong nước | Quốc tế | V.League | Hạng Nhất | Video"),
        (P, "|Trong nước » V.League 2025/26"),
        (P, "NHẬN ĐỊNH VÒNG 15"),
        (T, "|HLV Hoàng Quốc Chỉnh: “Sông Lam không còn đường lùi”"),
        (P, "|Thứ Sáu, 13/03/2026 17:05 (GMT+7)"),
        (L, "Tiếp đón Hải Phòng lúc 19h15 ngày 14/3 (thứ Bảy) ở vòng 15, Sông Lam Nghệ An cần "
            "trọn ba điểm để thoát khỏi nhóm cuối bảng xếp hạng."),
        (B, "Đội chủ nhà có đủ lực lượng mạnh nhất."),
        (P, "Bài cùng chủ đề"),
        (P, "|Hải Phòng hòa đáng tiếc trên sân nhà ở vòng 14"),
    ]
    _assert_zones(case)
    market = [
        (P, "CAFEF"),
        (P, "|VN-INDEX 1.928,46 +21,73 (+1,14%) · HNX 268,40 +1,66 (+0,62%) · UPCOM 119,85 -0,12"),
        (P, "|CHỨNG KHOÁN > Thị trường"),
        (T, "Cổ phiếu công nghệ tăng trần, chỉ số vọt gần 22 điểm"),
        (P, "|20-11-2026 - 15:48"),
        (L, "(CafeF) - Dòng tiền đổ mạnh vào nhóm công nghệ trong phiên chiều nay."),
        (B, "Thanh khoản đạt hơn 28 nghìn tỷ đồng."),
    ]
    _assert_zones(market)
    programme = [
        (P, "VTV.VN"),
        (P, "|Kinh tế · Tài chính · Thị trường · Doanh nghiệp · Tiêu dùng"),
        (T, "Xuất khẩu gạo 2 tháng đầu năm: Lượng giảm, giá tăng trở lại"),
        (P, "|05/03/2026 11:32 GMT+7"),
        (P, "|Bản tin Tài chính - Kinh doanh | VTV1"),
        (L, "VTV.vn - Trong 2 tháng đầu năm, lượng gạo xuất khẩu giảm nhưng giá bình quân tăng."),
        (B, "Các doanh nghiệp đã ký nhiều hợp đồng mới."),
    ]
    _assert_zones(programme)
    author = [
        (P, "TẠP CHÍ CỘNG SẢN"),
        (P, "|Chính trị - Xây dựng Đảng | Kinh tế | Văn hóa - Xã hội | Quốc phòng - An ninh"),
        (T, "Đưa nghị quyết về khoa học vào cuộc sống: kết quả và kiến nghị"),
        (Y, "|PGS.TS. ĐỖ THANH BÌNH"),
        (Y, "|Phó Giám đốc Học viện Chính trị khu vực I"),
        (P, "|Thứ Năm, 19-11-2026"),
        (L, "(TCCS) - Sau một năm thực hiện, tỉnh đã đạt nhiều kết quả bước đầu trong phát triển "
            "khoa học, công nghệ và đổi mới sáng tạo."),
        (B, "Bài viết phân tích ba nhóm kết quả."),
    ]
    _assert_zones(author)


def test_zones_layouts_counter_first_tagline_of_a_channel_event_tag_and_double_bar_menu():
    case = [
        (P, "VTV THỂ THAO"),
        (P, "|Chuyên trang Thể thao của Báo điện tử VTV.vn"),
        (P, "|Bóng đá Việt Nam ‖ Bóng đá quốc tế ‖ ASIAD 20 ‖ Tennis ‖ Bóng chuyền ‖ Esports"),
        (P, "|Sự kiện: Bóng đá nữ ASIAD 20"),
        (T, "Tuyển nữ sẵn sàng cho trận tứ kết gặp đội bóng mạnh"),
        (P, "|Thứ Sáu, 25/09/2026 15:42 (GMT+7)"),
        (P, "|7 bình luận"),
        (L, "TPO - Chiều nay, ban huấn luyện đã họp báo trước trận tứ kết diễn ra vào ngày mai."),
        (B, "Đội tuyển có đủ lực lượng."),
    ]
    _assert_zones(case)


def test_zones_layouts_strap_with_a_dash_signature_line_tv_credits_and_read_on():
    case = [
        (T, "Cao điểm xử lý vi phạm nồng độ cồn trong dịp lễ"),
        (L, "(ANTV) - Trong 10 ngày, lực lượng chức năng đã xử lý gần 9.400 trường hợp vi phạm."),
        (B, "Nhiều xe tải bị tạm giữ bảy ngày."),
        (B, "Trung tá NGUYỄN ĐỨC MẠNH - Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh Phú Thọ"),
        (B, "|“Chúng tôi bố trí 46 tổ công tác làm việc xuyên đêm.”"),
        (R, "Đọc tiếp: Giả giọng người thân bằng AI để lừa chuyển tiền"),
        (B, "“Khởi nghiệp không thiếu ý tưởng, chỉ thiếu người chịu ngồi ở chợ sáu tháng.”"),
        (B, "|— Ông Trương Đình Khoa, cố vấn khởi nghiệp, người đồng hành cùng công ty từ vòng ươm tạo"),
        (B, "Người dân có thể phản ánh qua đường dây nóng của công an tỉnh."),
        (Y, "Phóng viên: Hoàng Long - Quay phim: Đức Trung"),
        (P, "Video liên quan"),
        (P, "|Hà Nội ra quân kiểm tra nồng độ cồn"),
    ]
    _assert_zones(case)


def test_zones_layouts_domain_masthead_author_and_photographer_data_row_and_credits():
    case = [
        (P, "Bongdaplus.vn - Báo điện tử Bóng đá"),
        (P, "|Đăng nhập | Tải ứng dụng"),
        (T, "Đêm Champions League: đội chủ nhà thắng đậm, HLV nói học trò chơi hoàn hảo"),
        (P, "|Cập nhật 07:40, Thứ Tư, 21/10/2026"),
        (L, "(Bongdaplus) - Rạng sáng nay theo giờ Việt Nam, lượt trận thứ ba giai đoạn phân hạng "
            "đã diễn ra với nhiều bất ngờ."),
        (Y, "Minh Đức - Ảnh: Hoàng Nam"),
        (B, "Tăng trưởng tín dụng theo quý (so với cuối quý trước):"),
        (B, "|Quý I: +3,05% | Quý II: +3,71% | Quý III: +4,10%"),
        (B, "Các ngân hàng dự kiến tăng tốc trong quý cuối."),
        (Y, "Biên tập: Mai Phương | Đồ họa: Trần Đức Long"),
        (P, "Tin cùng chuyên mục"),
    ]
    _assert_zones(case)


def test_zones_layouts_domain_alone_owner_after_a_dash_weather_bar_and_archive_banner():
    case = [
        (P, "Thoibaophuongnam.vn"),
        (P, "|Báo Thời báo Phương Nam - Cơ quan của UBND thành phố Cần Thơ"),
        (P, "|Cần Thơ 31°C - Nắng nhẹ | Đăng nhập | Đặt báo"),
        (P, "|Thời sự - Kinh tế - Đô thị - Văn hóa - Xã hội - Pháp luật"),
        (T, "Khởi công cầu vượt sông Hậu dài 2,4 km"),
        (L, "(TBPN) - Sáng nay, thành phố khởi công cầu vượt sông Hậu với tổng vốn hơn 4.000 tỷ đồng."),
        (B, "Cầu có bốn làn xe, dự kiến hoàn thành sau ba năm thi công."),
        (Y, "Thanh Tân"),
        (Y, "|(Trung tâm Văn hóa - Thể thao huyện Phong Điền)"),
        (P, "Tin cùng chuyên mục"),
    ]
    _assert_zones(case)
    banner = ("TRANG LƯU TRỮ - Báo Sông Hậu điện tử dừng cập nhật từ ngày 1/7/2025 sau khi tỉnh Sông "
              "Hậu hợp nhất với tỉnh Cửu Long. Tin bài mới mời bạn đọc theo dõi tại Báo Cửu Long điện tử.")
    case = [(P, banner), (P, "|BÁO SÔNG HẬU ĐIỆN TỬ"), (P, "|Cơ quan của Đảng bộ tỉnh Sông Hậu"),
            (P, "|Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch"),
            (T, "Nông dân thu hoạch lúa thu đông sớm tránh lũ"),
            (L, "(SHĐT) - Những ngày này, nông dân trong tỉnh tập trung thu hoạch hơn 2.000 ha lúa."),
            (B, "Năng suất bình quân ước đạt 58 tạ/ha."), (Y, "Minh Phúc"), (P, "Tin cùng chuyên mục")]
    _assert_zones(case)


def test_zones_layouts_reviewed_by_lines_a_desk_byline_a_merged_broadcaster_and_a_hospital_advert():
    case = [
        (P, "CẦN THƠ TV"), (P, "|Báo và Phát thanh, Truyền hình thành phố Cần Thơ"),
        (P, "|Trang chủ ▸ Thời sự ▸ Du lịch"),
        (T, "Ngày hội chợ nổi đón hơn 150.000 lượt khách"),
        (P, "|Chủ nhật, 11/04/2027 20:15"),
        (L, "(THTPCT) - Tối nay, ngày hội chợ nổi bế mạc sau ba ngày với hơn 150.000 lượt khách."),
        (B, "Ban tổ chức cho biết ngày hội năm sau sẽ kéo dài bốn ngày."),
        (Y, "Ban Truyền thông VFF"),
        (P, "Tin liên quan"),
    ]
    _assert_zones(case)
    case = [
        (P, "Vinmec"), (P, "|Sức khỏe › Ngoại nhi"),
        (T, "Cứu sống bé gái mang khối u nặng 850 gram"),
        (P, "|Cập nhật lần cuối: 22/05/2026"),
        (Y, "|Bài viết được tham vấn chuyên môn bởi Bác sĩ Chuyên khoa II Đoàn Minh Khoa - Khoa Ngoại "
            "Nhi - Bệnh viện Đa khoa Quốc tế Vinmec Hải Phòng"),
        (L, "Các bác sĩ vừa phẫu thuật thành công, bóc trọn khối u nặng 850 gram cho bé gái 7 tháng tuổi."),
        (B, "Ca mổ kéo dài hơn bốn giờ với sự phối hợp của nhiều chuyên khoa."),
        (P, "Để đặt lịch khám tại viện, Quý khách vui lòng bấm số HOTLINE hoặc đặt lịch trực tiếp "
            "tại đây."),
        (P, "|Bài viết liên quan"),
    ]
    _assert_zones(case)


def test_zones_layouts_a_home_trail_with_dashes_over_a_headline_with_a_dash():
    case = [
        (P, "TINTHETHAO.COM.VN"), (P, "|Tin thể thao nhanh, chính xác"),
        (P, "|Bóng đá | Điện kinh | Tennis | Võ thuật | Video"),
        (P, "|Trang chủ - Điện kinh - Chạy bộ"),
        (T, "|Trưởng ban tổ chức giải chạy Sông Gianh - Phong Nha: “Chúng tôi đã chủ quan”"),
        (P, "|Thứ Hai, 08/06/2026 09:40"), (P, "|17 bình luận"),
        (L, "|Hơn 30 vận động viên phải chăm sóc y tế khi nhiệt độ vượt 36 độ C ở chặng cuối giải."),
        (B, "|Giải năm nay có hơn 4.000 người tham gia ở ba cự ly."),
        (Y, "|Bài và ảnh: Hải Đăng"), (P, "|Tin cùng chuyên mục"),
    ]
    _assert_zones(case)
    case = [(T, "Trang chủ mới của thư viện tỉnh - nơi bạn đọc mượn sách trực tuyến"),
            (L, "(TVT) - Từ tháng 7, bạn đọc có thể mượn sách qua trang chủ mới của thư viện tỉnh."),
            (B, "Thư viện có hơn 120.000 đầu sách."), (Y, "Minh Phúc"), (P, "Tin cùng chuyên mục")]
    _assert_zones(case)


def test_zones_layouts_an_edition_under_the_brand_a_price_bar_and_a_magazine_s_owner():
    case = [
        (P, "NHK WORLD-JAPAN"), (P, "|Tiếng Việt"),
        (P, "|Tin tức | Chương trình | Học tiếng Nhật | Thông tin phòng chống thiên tai | Sống ở Nhật Bản"),
        (P, "|Tin tức > Xã hội"),
        (T, "Số du học sinh Việt Nam tại Nhật Bản tăng lên hơn 70.000 người"),
        (P, "|Ngày 2 tháng 3 năm 2026 10:15 (giờ Nhật Bản)"),
        (L, "Theo số liệu công bố ngày 1/3, số du học sinh người nước ngoài tại Nhật Bản đạt mức cao nhất."),
        (B, "Trong đó, sinh viên Việt Nam chiếm gần một phần năm."), (P, "Tin liên quan"),
    ]
    _assert_zones(case)
    case = [
        (P, "CHĂN NUÔI VIỆT NAM"), (P, "|Tạp chí của Hội Chăn nuôi Việt Nam"),
        (P, "|Tin tức | Thị trường | Giống | Thú y | Hỏi đáp"),
        (P, "|Giá lợn hơi hôm nay: Miền Bắc 69.000 - 71.000 | Miền Trung 66.000 - 68.000 | Miền Nam "
            "64.000 - 66.000 (đồng/kg)"),
        (T, "Giá lợn hơi tháng 6 neo cao, nhập khẩu ngô tăng mạnh"),
        (L, "CNVN - Giá lợn hơi bình quân tháng 6 tăng 4,7% so với tháng trước."),
        (B, "Miền Bắc có giá cao nhất."), (Y, "Hoàng Anh"), (P, "Tin cùng chuyên mục"),
    ]
    _assert_zones(case)
    case = [(P, "NĂNG LƯỢNG VIỆT NAM"),
            (P, "|Tạp chí của Hiệp hội Năng lượng Việt Nam - Diễn đàn của các nhà khoa học, nhà quản lý "
                "và doanh nghiệp"),
            (P, "|Tin tức / Diễn đàn / Điện / Dầu khí / Năng lượng tái tạo / Thế giới"),
            (T, "Điện mặt trời mái nhà ở khu công nghiệp: Vướng ở đâu, gỡ thế nào?"),
            (L, "Hơn một năm sau khi nghị định mới có hiệu lực, nhiều doanh nghiệp vẫn dè dặt."),
            (B, "Tạp chí tổ chức cuộc đối thoại với hai khách mời."), (P, "Tin liên quan")]
    _assert_zones(case)
    case = [(T, "Giá vàng hôm nay: SJC tăng 200.000 đồng mỗi lượng"),
            (L, "(TTV) - Sáng nay, giá vàng miếng tăng nhẹ theo giá thế giới."),
            (B, "Giá vàng nhẫn đứng yên."), (Y, "Minh Phúc"), (P, "Tin cùng chuyên mục")]
    _assert_zones(case)


def test_zones_layouts_a_news_item_s_credits_with_a_bar_are_a_byline():
    case = [(T, "Ninh Bình đón hơn một triệu lượt khách dịp Tết"),
            (L, "(NBTV) - Quý I, các điểm du lịch trong tỉnh đón hơn 1,05 triệu lượt khách."),
            (B, "Công suất phòng đạt 90 - 95%."), (Y, "Tin: Hải Yến | Đồ họa: Mạnh Cường"),
            (P, "Tin cùng chuyên mục")]
    _assert_zones(case)
    assert r.is_byline("Tin: Hải Yến | Đồ họa: Mạnh Cường")
    assert not r.is_byline("Tin: Giá xăng giảm mạnh | Đồ họa: Mạnh Cường")
    assert not r.is_photo_caption("Tin: Hải Yến | Đồ họa: Mạnh Cường")


def test_zones_layouts_a_live_bar_a_located_trail_a_double_colon_trail_and_a_portal_s_tail():
    case = [(P, "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÔNG LAM"),
            (P, "|Trang chủ   Thời sự   Kinh tế   Xã hội   Văn hóa   Truyền hình"),
            (P, "|Xem trực tiếp: Kênh SLTV | Nghe phát thanh trực tuyến"),
            (P, "|Bạn đang ở: Trang chủ > Tin tức > Kinh tế"),
            (T, "Mắc ca Sông Lam: phát triển phải đi cùng giữ rừng"),
            (L, "Sau gần 10 năm, cây mắc ca đã phủ xanh hơn 4.600 ha đất trống, đồi trọc trong tỉnh."),
            (B, "Nhiều diện tích trồng xen vẫn chưa cho thu hoạch như kỳ vọng."),
            (Y, "Tin, ảnh: Vàng Mai"), (P, "|Tệp đính kèm: Không có"), (P, "|Các tin khác")]
    _assert_zones(case)
    case = [(P, "ĐẠI HỌC VÙNG CAO"), (P, "|Người học | Cán bộ | Cựu sinh viên | English"),
            (P, "|Tin tức :: Tuyển sinh - Đào tạo"),
            (T, "Thi đánh giá năng lực đợt 1: “Đề thi không có chỗ cho học tủ”"),
            (Y, "|Tin: Hồng Nhung - Ảnh: Minh Quân | 10/04/2026 16:45"),
            (L, "(ĐHVC) – Chiều 10/4, trường công bố kết quả đợt 1 kỳ thi đánh giá năng lực."),
            (B, "Điểm trung bình tăng nhẹ."), (P, "Tin liên quan")]
    _assert_zones(case)


def test_zones_layouts_a_portal_s_masthead_lines_over_its_menu_are_no_headline():
    case = [(P, "ỦY BAN NHÂN DÂN TỈNH SÔNG LAM"),
            (P, "|BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH SÔNG LAM"),
            (P, "|Chào mừng kỷ niệm 50 năm ngày thành lập tỉnh và đón nhận Huân chương Độc lập hạng Nhất"),
            (P, "|Giới thiệu | Tin tức - Sự kiện | Đầu tư | Doanh nghiệp | Lao động | Hỏi đáp"),
            (P, "|Trang chủ >> Tin tức - Sự kiện >> Lao động"),
            (T, "Đối thoại ở khu công nghiệp: Công nhân hỏi thưởng Tết và chỗ gửi con"),
            (P, "|Ngày đăng: 20/01/2026 - 14:05 | Lượt xem: 412"),
            (L, "KCN - Sáng 19/1, ban quản lý tổ chức hội nghị đối thoại với người lao động."),
            (B, "Hơn 300 công nhân dự hội nghị."), (P, "Tin liên quan")]
    _assert_zones(case)
    case = [(P, "BÁO SÔNG LAM"), (P, "|Thời sự | Kinh tế | Xã hội | Văn hóa | Video"),
            (P, "|Trang chủ / Kinh tế"), (T, "Xuất khẩu qua cửa khẩu tăng 12% trong 9 tháng"),
            (P, "|Chia sẻ | Facebook | Zalo | In bài"),
            (L, "(BSL) - Trong 9 tháng, kim ngạch qua các cửa khẩu đạt hơn 4,3 tỷ USD."),
            (B, "Riêng quý III đạt 1,62 tỷ USD."), (P, "Tin liên quan")]
    _assert_zones(case)


def test_zones_layouts_a_radio_s_photo_credit_after_copyright_its_dates_and_the_author_under_them():
    case = [(P, "RFI"), (P, "|Tiếng Việt"), (P, "|Thời sự | Việt Nam | Châu Á | Quốc tế | Pháp | Kinh tế"),
            (P, "|Tạp chí › Khoa học"),
            (T, "Hiệp định Biển cả có hiệu lực: “Đại dương không còn là vùng nước vô chủ”"),
            (L, "Ngày 17/1/2026, hiệp định chính thức có hiệu lực. RFI Tiếng Việt trao đổi với một nhà "
                "nghiên cứu luật biển."),
            (C, "Một tàu khảo sát thu mẫu sinh vật phù du trên vùng biển quốc tế. © AFP - MATHIEU LEGRAND"),
            (P, "|Đăng ngày: 29/01/2026 - 09:40 Sửa đổi ngày: 29/01/2026 - 11:15"),
            (Y, "|Hoài Phương"), (P, "|Nghe - 11:32"),
            (B, "RFI: Thưa bà, vì sao ngày 17/1 là một cột mốc?"), (P, "Tin liên quan")]
    _assert_zones(case)


def test_zones_layouts_labelled_authors_and_pictures_and_a_current_position_trail():
    case = [(P, "BBC News, Tiếng Việt"), (P, "|Tin chính | Việt Nam | Thế giới | Châu Á | Kinh doanh"),
            (T, "Mê Kông cạn sớm, các nước hạ nguồn muốn biết lịch xả nước của các con đập"),
            (Y, "Tác giả, Hoàng Nhật Minh"), (Y, "|Vai trò, BBC News Tiếng Việt"), (P, "|20 tháng 3 2026"),
            (C, "Nguồn hình ảnh, Getty Images"), (C, "|Chú thích hình ảnh, Một nhánh sông trơ đáy hồi đầu tháng 3"),
            (L, "Mực nước sông Mê Kông ở hạ lưu đang xuống thấp sớm hơn thường lệ gần một tháng."),
            (B, "Các nước hạ nguồn muốn được báo trước."), (P, "Đọc nhiều nhất")]
    _assert_zones(case)
    case = [(P, "CRI ONLINE"), (P, "|Thời sự | Kinh tế | Văn hóa | Du lịch | Học tiếng Trung"),
            (P, "|Vị trí hiện tại: Trang chủ > Kinh tế"),
            (T, "Kỳ nghỉ 1/5: Trung Quốc ghi nhận 331 triệu lượt khách du lịch nội địa"),
            (L, "Theo số liệu công bố ngày 6/5, lượng khách tăng 5,4% so với cùng kỳ."),
            (B, "Doanh thu du lịch đạt mức cao kỷ lục."), (P, "Tin liên quan")]
    _assert_zones(case)


def test_zones_layouts_a_magazine_s_credits_with_dashes_under_the_lead():
    case = [(T, "Nhà thiết kế và những tấm vải đi ra từ khung cửi"),
            (L, "Nhà thiết kế 34 tuổi đưa bộ sưu tập về trình diễn ngay trên sân nhà sàn của bản."),
            (Y, "|Bài: NGỌC TRÂM – Ảnh: MINH KHÔI – Trang phục: Mai Bản"),
            (B, "Tối 4/4, hơn 300 khách ngồi kín khoảng sân giữa bản."), (P, "Tin liên quan")]
    _assert_zones(case)


def test_zones_layouts_related_links_closed_by_their_dates_end_the_article():
    case = [(T, "Hằn lún vệt bánh xe trên cao tốc: đừng chỉ vá cho qua mùa nắng"),
            (L, "(TCCĐ) - Chỉ sau hai năm khai thác, nhiều đoạn cao tốc đã xuất hiện vệt hằn lún."),
            (B, "PV: Xin cảm ơn ông về cuộc trao đổi!"), (Y, "Thanh Tùng (thực hiện)"),
            (P, "Bài viết liên quan"),
            (P, "|Thí điểm cân tải trọng xe tự động trên cao tốc Bắc - Nam phía Đông (02/04/2026)"),
            (P, "|Ứng dụng bê tông nhựa polime cho mặt cầu thép: kinh nghiệm từ cầu Thăng Long (27/03/2026)"),
            (P, "|Từ khóa: cao tốc, bê tông nhựa"), (P, "|Ý kiến của bạn")]
    _assert_zones(case)


def test_zones_layouts_a_short_column_banner_over_the_headline_and_a_search_box_under_a_masthead():
    case = [(P, "KHĂN QUÀNG XANH"), (P, "|Cơ quan của Hội đồng Đội tỉnh"),
            (P, "|Tin tức • Đội ta • Học đường • Sáng tạo trẻ • Kỹ năng sống"),
            (P, "|Trang chủ / Sáng tạo trẻ"), (P, "GƯƠNG MẶT TUỔI HỒNG"),
            (T, "|Nhóm học trò chế máy báo mặn: “Chúng em muốn ông nội không phải nếm nước sông”"),
            (P, "|07:30 | Thứ Bảy, 13/6/2026"), (P, "|1.024 lượt xem • 6 bình luận"),
            (L, "(KQX) - Chiếc hộp nhựa nhỏ cắm ở bến sông gửi tin nhắn khi nước mặn tràn vào."),
            (B, "Sản phẩm vừa giành giải Nhất cuộc thi năm 2026."), (P, "Tin liên quan")]
    _assert_zones(case)
    case = [(P, "ỦY BAN NHÂN DÂN XÃ CẦN THẠNH"), (P, "|CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẦN THẠNH"),
            (P, "|Nhập từ khóa tìm kiếm..."),
            (P, "|Trang chủ | Giới thiệu | Tin tức - Sự kiện | Du lịch | Dịch vụ công | Liên hệ"),
            (P, "|Trang chủ / Tin tức - Sự kiện"), (P, "|Cập nhật: 26/04/2026 15:20"),
            (T, "Hơn 500 đoàn viên ra quân làm sạch bãi biển trước cao điểm du lịch"),
            (L, "Sáng 26/4, UBND xã phối hợp với Đoàn Thanh niên xã tổ chức ra quân làm sạch bãi biển."),
            (B, "Các tổ thu gom được gần 12 tấn rác."), (P, "Tin liên quan")]
    _assert_zones(case)
    caps_title = [(T, "BÃO SỐ 7 ĐỔ BỘ"), (L, "Sáng nay, bão số 7 đổ bộ vào vùng ven biển với sức gió mạnh cấp 11."),
                  (B, "Hơn 6.200 cán bộ, chiến sĩ được huy động."), (P, "Tin liên quan")]
    _assert_zones(caps_title)


def test_zones_layouts_a_slogan_with_a_stop_under_the_brand_and_a_photo_credit_after_copyright():
    case = [(P, "DW"), (P, "|Made for minds."), (P, "|Tiếng Việt"),
            (P, "|Việt Nam | Thế giới | Châu Âu | Đức | Kinh tế | Video"), (P, "|Kinh tế"),
            (T, "Thuế carbon biên giới của EU: thép Việt Nam chạy đua với dữ liệu phát thải"),
            (L, "|Từ ngày 1/1/2026, Liên minh châu Âu bắt đầu thu phí carbon với thép nhập khẩu."),
            (B, "DW: Thưa ông, doanh nghiệp thép cần chuẩn bị gì?"), (P, "Tin liên quan")]
    _assert_zones(case)
    case = [(P, "SPUTNIK VIỆT NAM"), (P, "|Việt Nam | Nga | Thế giới | Kinh tế | Du lịch | Video"),
            (P, "|Kinh tế"), (P, "|10:45 20.04.2026"),
            (T, "|Khách Nga vào Việt Nam quý I/2026 tăng 41,7%"),
            (C, "|Du khách Nga tắm biển ở phường Nha Trang, tỉnh Khánh Hòa"), (C, "|© Sputnik / Ngọc Anh"),
            (L, "|HÀ NỘI (Sputnik) - Trong quý I/2026, Việt Nam đón 312.400 lượt khách từ Nga."),
            (B, "Riêng tháng 3, lượng khách Nga đạt 118.650 lượt."), (Y, "Bài và ảnh: Ngọc Anh"),
            (P, "© 2026 Sputnik. Bản quyền thuộc về Sputnik.")]
    doc = new_document("layout", _build(case))
    got = [s.label for s in get("zones").extract(doc).spans]
    # the photo credit under the headline does not end the article (its top photo block is
    # still read as page furniture)
    assert got[4] == T and got[7:] == [L, B, Y, P]


def test_zones_layouts_an_owner_line_with_the_paper_s_slogan_after_a_stop():
    case = [(P, "BÁO BIÊN CƯƠNG"),
            (P, "|Cơ quan của Đảng ủy - Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Tiếng nói của bộ đội và đồng "
                "bào các dân tộc vùng biên giới phía Bắc"),
            (P, "|Trang chủ | Thời sự | Biên giới | Văn hóa | Ảnh"), (P, "|Biên giới ›› Phóng sự"),
            (T, "Dựng lại điểm trường sau lũ ở bản vùng cao"),
            (L, "Sau trận lũ tháng 9, bộ đội cùng dân bản dựng lại ba phòng học."),
            (B, "Các em đã trở lại lớp từ đầu tháng 11."), (Y, "Minh Phúc"), (P, "Tin liên quan")]
    _assert_zones(case)
    case = [(T, "Cơ quan của Quốc hội họp phiên đầu tiên. Các đại biểu bàn dự luật mới"),
            (L, "Sáng nay, các đại biểu bàn dự luật mới."),
            (B, "Phiên họp kéo dài ba giờ."), (Y, "Minh Phúc"), (P, "Tin liên quan")]
    _assert_zones(case)


def test_zones_layouts_genre_lead_ins_before_the_author_are_bylines():
    case = [(T, "Nhà văn người Tày: viết để giữ tiếng mẹ đẻ"),
            (L, "Tiểu thuyết mới của nhà văn Hà Thị Mơ vừa được trao giải thưởng văn học năm 2025."),
            (Y, "Phỏng vấn: Lưu Kiều Nga"),
            (B, "PV: Chị nhận tin được giải trong hoàn cảnh nào?"),
            (B, "Nhà văn Hà Thị Mơ: Tôi đang lên nương thì có điện thoại."), (P, "Tin liên quan")]
    _assert_zones(case)
    case = [(T, "Làng chài mùa cá cơm"), (Y, "Phóng sự của HOÀNG NHÃ MAI"),
            (L, "Tháng ba, cả làng chài thức dậy từ ba giờ sáng để đón thuyền về."),
            (B, "Những mẻ cá đầu mùa được đưa thẳng vào chum muối."), (P, "Tin liên quan")]
    _assert_zones(case)
    case = [(T, "Phỏng vấn: Bộ trưởng nói về giá điện trong mùa nắng nóng"),
            (L, "Sáng nay, Bộ trưởng trả lời báo chí về giá điện."),
            (B, "Giá điện sẽ không tăng trong quý này."), (Y, "Minh Phúc"), (P, "Tin liên quan")]
    _assert_zones(case)


def test_zones_layouts_a_dateline_in_capitals_opens_the_lead_and_a_ranked_author_ends_it():
    case = [(T, "Xuyên đêm tìm người mất tích sau lũ quét ở bản vùng cao"),
            (L, "LÀO CAI - Suốt hai ngày qua, hơn 600 cán bộ, chiến sĩ đã bám trụ bản Pú Sa tìm người mất tích."),
            (B, "Theo Ban Chỉ huy Phòng thủ dân sự tỉnh, mưa rất to kéo dài từ chiều 14/9."),
            (B, "Đến sáng nay, lực lượng đã tìm thấy ba người."),
            (Y, "Thượng tá Nguyễn Đức Thuận (Bộ Chỉ huy Quân sự tỉnh Lào Cai)"), (P, "Tin liên quan")]
    _assert_zones(case)
    case = [(T, "Hội thảo về di truyền học ở miền núi"), (Y, "PGS.TS. TRẦN VĂN AN - Học viện Quân y"),
            (L, "Di truyền học đang giúp phát hiện sớm bệnh tan máu bẩm sinh ở vùng cao."),
            (B, "Nhiều tỉnh đã triển khai sàng lọc miễn phí."), (P, "Tin liên quan")]
    _assert_zones(case)


def test_zones_layouts_a_menu_printed_one_item_per_line_over_the_trail():
    menu = ["ĐẠI HỌC MIỀN TRUNG", "CENTRAL UNIVERSITY", "Giới thiệu", "Tin tức - Sự kiện", "Đào tạo",
            "Khoa học - Công nghệ", "Hợp tác quốc tế", "Người học", "Tuyển sinh"]
    case = [(P, menu[0]), *[(P, "|" + item) for item in menu[1:]],
            (P, "Trang chủ > Tin tức - Sự kiện > Gương mặt người học"),
            (T, "Hai sinh viên làm thiết bị báo mặn cho đầm tôm ven phá"),
            (L, "Thiết bị đo độ mặn và gửi cảnh báo qua điện thoại của nhóm sinh viên đã giành giải Nhất."),
            (B, "Nhóm mất hơn một năm lội đầm cùng người nuôi tôm."),
            (Y, "Tin: Ngọc Diệp"), (P, "|Cập nhật: 08/09/2026 15:40"), (P, "|Số lượt xem: 3.112"),
            (P, "Tin cùng chuyên mục")]
    _assert_zones(case)


def test_zones_layouts_an_author_and_the_outlet_after_a_slash_under_the_date():
    case = [(P, "Rti Đài Phát thanh Quốc tế Đài Loan"),
            (P, "|Tin tức | Đài Loan hôm nay | Người Việt ở Đài Loan | Học tiếng Hoa | Podcast"),
            (P, "|Trang chủ > Người Việt ở Đài Loan"),
            (T, "Từ lao động chăm sóc tại gia đến tổ trưởng điều dưỡng: “Biết tiếng Hoa là có đường đi”"),
            (P, "|2026/03/20 18:40"), (Y, "|Phương Thảo / Rti"), (P, "|▶ Nghe bài viết"),
            (L, "Sang Đài Loan từ năm 2014, chị Nhung nay là tổ trưởng ở một viện dưỡng lão lớn."),
            (B, "Chị kể về những ngày đầu học tiếng Hoa."), (P, "Tin liên quan")]
    _assert_zones(case)


def test_zones_layouts_a_trail_after_ban_dang_xem():
    case = [(P, "TẠP CHÍ SÔNG MÃ"), (P, "|Trang nhất • Sáng tác • Lý luận - Phê bình • Trò chuyện • Nghệ thuật"),
            (P, "Bạn đang xem: Trang nhất > Trò chuyện"),
            (T, "Người giữ nhịp trống hội làng"),
            (L, "Sông Mã đã có cuộc trò chuyện với một nghệ nhân về trò diễn của làng."),
            (B, "Từ năm 12 tuổi, ông đã theo bố đi diễn."), (Y, "Hà Linh"), (P, "Cùng chuyên mục")]
    _assert_zones(case)


@pytest.mark.parametrize("marker", ["Bản tin khác", "Tài nguyên liên quan"])
def test_zones_layouts_other_bulletins_and_related_resources_end_the_article(marker):
    case = [(T, "Giá cà phê Robusta tăng mạnh trong tuần"),
            (L, "Tuần qua, giá cà phê Robusta trên sàn London tăng gần 6% nhờ lo ngại nguồn cung."),
            (B, "Giá Arabica cũng tăng theo."), (P, marker),
            (P, "|Bản tin ngày 19/6: Giá dầu tăng phiên thứ ba liên tiếp"),
            (P, "|Bản tin ngày 18/6: Đậu tương giảm sâu do dự báo thời tiết thuận lợi tại Mỹ")]
    _assert_zones(case)
