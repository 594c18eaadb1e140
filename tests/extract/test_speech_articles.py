"""The ``speech`` extractor on whole invented articles: every quote style in one place."""

from __future__ import annotations

from goldspan.extract.registry import run_pipeline
from goldspan.model.document import new_document

REPORT = "\n\n".join([
    'Bộ trưởng Giáo dục: "Không để học sinh nào thiếu sách giáo khoa"',
    "(Chinhphu.vn) - Chiều 5/8, tại hội nghị trực tuyến với các địa phương, Bộ trưởng Bộ Giáo "
    "dục và Đào tạo Phạm Minh Hòa yêu cầu các sở giáo dục rà soát việc cung ứng sách trước "
    "năm học mới.",
    "Theo báo cáo của bộ, đến nay khoảng 95% số sách đã được giao tới các nhà sách và trường "
    "học. Một số tỉnh miền núi vẫn thiếu sách lớp một do đường sá bị chia cắt sau mưa lũ.",
    '"Không để học sinh nào đến trường mà không có sách. Các sở phải báo cáo hằng tuần", Bộ '
    "trưởng nhấn mạnh.",
    "Bà Nguyễn Thị Thu Trang, Giám đốc Sở Giáo dục tỉnh Lào Cai, cho biết tỉnh đã dùng xe "
    "của lực lượng biên phòng để chở sách lên các điểm trường xa. Theo bà Trang, việc này "
    "sẽ hoàn thành trước ngày 20/8.",
    "Phát biểu kết luận, Thứ trưởng Lê Quang Vinh đề nghị các nhà xuất bản tăng số lượng in "
    "cho những đầu sách còn thiếu.",
    "Cũng tại hội nghị, nhiều đại biểu cho rằng giá sách cần được công khai sớm hơn.",
    "Anh Hoàng Văn Nam, một phụ huynh ở quận Cầu Giấy, nói anh đã mua đủ sách cho con từ "
    'tháng trước. "Tôi mua sớm cho yên tâm", anh Nam nói.',
    "Chương trình “Sách cho em” năm nay được nhiều nhà tài trợ hưởng ứng.",
    "Tuấn Minh",
])


def speech_of(text):
    doc = new_document("a", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    return doc, [(s.attrs.get("kind"), s.text, names[s.attrs["speaker"]])
                 for s in doc.spans if s.layer == "speech"]


def test_speech_articles_report_quotes_and_speakers():
    doc, got = speech_of(REPORT)
    assert got == [
        ("direct", "Không để học sinh nào thiếu sách giáo khoa", "Phạm Minh Hòa"),
        ("indirect", "các sở giáo dục rà soát việc cung ứng sách trước năm học mới",
         "Phạm Minh Hòa"),
        ("direct", "Không để học sinh nào đến trường mà không có sách. Các sở phải báo cáo "
                   "hằng tuần", "Phạm Minh Hòa"),
        ("indirect", "tỉnh đã dùng xe của lực lượng biên phòng để chở sách lên các điểm "
                     "trường xa", "Nguyễn Thị Thu Trang"),
        ("indirect", "các nhà xuất bản tăng số lượng in cho những đầu sách còn thiếu",
         "Lê Quang Vinh"),
        ("indirect", "anh đã mua đủ sách cho con từ tháng trước", "Hoàng Văn Nam"),
        ("direct", "Tôi mua sớm cho yên tâm", "Hoàng Văn Nam"),
    ]
    roles = {s.name: s.role for s in doc.speakers}
    assert roles["Phạm Minh Hòa"] == "Bộ trưởng Bộ Giáo dục và Đào tạo"
    assert roles["Nguyễn Thị Thu Trang"] == "Giám đốc Sở Giáo dục tỉnh Lào Cai"


def test_speech_articles_title_alone_is_not_an_organisation():
    _, got = speech_of(REPORT)
    assert all(name != "Bộ trưởng" for _, _, name in got)


def test_speech_articles_headline_quote_goes_to_role_before_colon():
    text = "\n\n".join([
        'Giám đốc bệnh viện: "Chúng tôi đủ thuốc cho mùa dịch"',
        "Ông Trần Quốc Dũng, Giám đốc Bệnh viện tỉnh, cho biết kho thuốc đã được bổ sung.",
        "Bà Lý Thị Hoa cho biết khoa nhi đã kê thêm giường bệnh.",
        "Bà Lý Thị Hoa cũng cho biết các bác sĩ trẻ được điều động hỗ trợ.",
    ])
    _, got = speech_of(text)
    assert got[0] == ("direct", "Chúng tôi đủ thuốc cho mùa dịch", "Trần Quốc Dũng")


BULLETIN = "\n\n".join([
    'Xuất khẩu nông sản 10 tháng đạt hơn 50 tỷ USD',
    '(TTXVN) - Theo số liệu của Tổng cục Thống kê, trong 10 tháng năm 2024, kim ngạch xuất khẩu nông, lâm, thủy sản đạt hơn 50 tỷ USD, tăng 20% so với cùng kỳ năm trước.',
    'Trong đó, xuất khẩu gạo đạt 7,5 triệu tấn, trị giá 4,7 tỷ USD. Cà phê đạt 1,2 triệu tấn với giá bình quân cao kỷ lục.',
    'Bộ Nông nghiệp và Phát triển nông thôn nhận định thị trường cuối năm tiếp tục thuận lợi nhờ nhu cầu nhập khẩu tăng ở nhiều nước.',
    'Ông Nguyễn Quốc Toản, Cục trưởng Cục Chế biến và Phát triển thị trường nông sản, lưu ý doanh nghiệp cần đáp ứng các quy định mới về truy xuất nguồn gốc. "Đây là yêu cầu bắt buộc nếu muốn giữ thị trường châu Âu", ông Toản nói.',
    'Nói về mục tiêu cả năm, ông cho hay ngành phấn đấu đạt 62 tỷ USD.',
    'Các chuyên gia cho rằng rủi ro lớn nhất là biến động tỷ giá.',
    '"Xuất khẩu xanh" đang trở thành xu hướng mà nhiều doanh nghiệp hướng tới.',
    'Theo TTXVN',
])

PROFILE = "\n\n".join([
    'Cô giáo 20 năm cắm bản',
    'Suốt hai mươi năm, cô Lò Thị Phương vẫn đều đặn vượt suối đến điểm trường bản Huổi Lếch dạy chữ cho học trò người Mông.',
    'Cô Phương kể, những năm đầu về bản, cô phải ở nhờ nhà dân vì điểm trường chưa có phòng công vụ.',
    '"Có hôm mưa to, nước suối dâng cao, tôi phải chờ đến chiều mới qua được. Các em vẫn ngồi đợi cô ở lớp", cô nhớ lại.',
    'Em Giàng A Dế, học sinh lớp 4, nói rất thích học cô Phương vì cô dạy dễ hiểu.',
    'Thầy Vũ Đức Thắng, Hiệu trưởng nhà trường, cho biết trường đang đề nghị xây thêm hai phòng học. Thầy Thắng nói thêm: “Chúng tôi mong có thêm giáo viên trẻ về bản”.',
    'Bài và ảnh: Hà Anh',
])


def test_speech_articles_bulletin_organisation_and_pronoun():
    doc, got = speech_of(BULLETIN)
    assert [(k, name) for k, _, name in got] == [
        ("indirect", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("indirect", "Nguyễn Quốc Toản"), ("direct", "Nguyễn Quốc Toản"),
        ("indirect", "Nguyễn Quốc Toản")]
    assert got[-1][1] == "ngành phấn đấu đạt 62 tỷ USD"
    assert all("Xuất khẩu xanh" not in t and "rủi ro" not in t for _, t, _ in got)


def test_speech_articles_profile_ke_nho_lai_and_child_speaker():
    doc, got = speech_of(PROFILE)
    assert got == [
        ("indirect", "những năm đầu về bản, cô phải ở nhờ nhà dân vì điểm trường chưa có phòng "
                     "công vụ", "Lò Thị Phương"),
        ("direct", "Có hôm mưa to, nước suối dâng cao, tôi phải chờ đến chiều mới qua được. "
                   "Các em vẫn ngồi đợi cô ở lớp", "Lò Thị Phương"),
        ("indirect", "rất thích học cô Phương vì cô dạy dễ hiểu", "Giàng A Dế"),
        ("indirect", "trường đang đề nghị xây thêm hai phòng học", "Vũ Đức Thắng"),
        ("direct", "Chúng tôi mong có thêm giáo viên trẻ về bản", "Vũ Đức Thắng"),
    ]


def test_speech_articles_quote_continued_over_paragraphs():
    text = "\n\n".join([
        "Ca ghép tạng thành công",
        "Ông Nguyễn Hữu Tín cho biết: “Chúng tôi đã chuẩn bị ba tháng cho ca ghép này.",
        "“Bệnh nhân hồi phục tốt, có thể xuất viện sau hai tuần.”",
        "Sau đó là một đoạn bình thường không có lời dẫn.",
        "“Một câu trích không rõ ai nói.”",
    ])
    _, got = speech_of(text)
    assert got == [  # one quote over two paragraphs: one span (docs/gsmark.md)
        ("direct", "Chúng tôi đã chuẩn bị ba tháng cho ca ghép này.\n\n“Bệnh nhân hồi phục tốt, "
                   "có thể xuất viện sau hai tuần.", "Nguyễn Hữu Tín"),
    ]


def test_speech_articles_title_phrase_subject_resolves_by_role():
    text = "\n\n".join([
        "Ghép tạng",
        "Bà Lê Thị Thoa, Giám đốc Sở Y tế tỉnh, cho biết bệnh viện đã sẵn sàng.",
        "Ông Phan Văn Tú cho biết kíp mổ gồm mười người.",
        '"Ca ghép thành công là niềm vui của cả ê kíp", Giám đốc Sở Y tế nói.',
    ])
    _, got = speech_of(text)
    assert got[-1] == ("direct", "Ca ghép thành công là niềm vui của cả ê kíp", "Lê Thị Thoa")


HIGHWAY = "\n".join([
    'Trang chủ › Xã hội › Giao thông',
    'Cao tốc Bắc - Nam đoạn qua Nghệ An thông xe trước Tết',
    'Thứ Sáu, 20/12/2024 | 10:15',
    'ANTĐ - Sáng 20/12, Bộ Giao thông vận tải tổ chức lễ thông xe đoạn cao tốc dài 49 km qua địa bàn tỉnh Nghệ An, sớm hơn kế hoạch ba tháng.',
    'Phát biểu tại buổi lễ, Thứ trưởng Bộ Giao thông vận tải Lê Anh Tuấn đánh giá đây là kết quả của sự phối hợp chặt chẽ giữa chủ đầu tư, nhà thầu và địa phương.',
    '“Tuyến đường sẽ rút ngắn thời gian đi từ Hà Nội vào Vinh còn khoảng bốn giờ”, ông Tuấn nói.',
    'Lễ thông xe đoạn cao tốc qua Nghệ An. Ảnh: Quang Đại',
    'Đại diện nhà thầu, ông Phạm Văn Hòa, Tổng giám đốc Tập đoàn Đèo Cả, cho hay đơn vị đã huy động hơn 2.000 công nhân làm việc ba ca liên tục.',
    'Trước đó, người dân hai bên tuyến đã bàn giao mặt bằng đúng hẹn. Bà Nguyễn Thị Lài ở xã Diễn Phúc chia sẻ: “Gia đình tôi nhường đất vì muốn con cháu có đường tốt mà đi”.',
    'Theo Ban Quản lý dự án Thăng Long, tổng mức đầu tư của đoạn tuyến là hơn 7.000 tỷ đồng.',
    'Ban Quản lý dự án cũng cho biết sẽ tiếp tục hoàn thiện các trạm dừng nghỉ trong quý I/2025.',
    'Hoàng Sơn',
    'Tin cùng chuyên mục',
    'Thêm ba tuyến cao tốc được khởi công',
])


def test_speech_articles_highway_locative_subject_and_org_full_name():
    doc, got = speech_of(HIGHWAY)
    assert [(k, name) for k, _, name in got] == [
        ("indirect", "Lê Anh Tuấn"), ("direct", "Lê Anh Tuấn"), ("indirect", "Phạm Văn Hòa"),
        ("direct", "Nguyễn Thị Lài"), ("indirect", "Ban Quản lý dự án Thăng Long")]
    zones = [s.label for s in doc.spans if s.layer == "zone"]
    assert zones[:4] == ["BOILERPLATE", "TITLE", "BOILERPLATE", "LEAD"]
    assert zones[-3:] == ["BYLINE", "BOILERPLATE", "BOILERPLATE"]


def test_speech_articles_quote_in_the_paragraph_after_a_dangling_cue():
    text = "\n\n".join([
        "Mùa nước nổi",
        "Ông Trịnh Văn Lộc, Chủ tịch xã, nhấn mạnh:",
        "“Không để hộ nào thiếu nước sạch trong mùa lũ năm nay.”",
        "“Một câu khác không có lời dẫn.”",
    ])
    _, got = speech_of(text)
    assert got == [("direct", "Không để hộ nào thiếu nước sạch trong mùa lũ năm nay.",
                    "Trịnh Văn Lộc")]
