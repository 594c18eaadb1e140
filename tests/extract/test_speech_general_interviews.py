"""General cases of the ``speech`` extractor in interviews: labels, turns, questions.

Every sentence here is invented for these tests; the article frame and the helper come from
:mod:`tests.extract.test_speech_general`.
"""

from __future__ import annotations

import pytest

from goldspan.extract.registry import run_pipeline
from goldspan.model.document import new_document
from tests.extract.test_speech_general import quotes, speech


def test_speech_general_interview_labels_short_names_titles_and_captions():
    got = speech("Trao đổi với phóng viên, ông Trần Văn Hải, Giám đốc Sở Công Thương, cho biết "
                 "nhiều dự án điện mặt trời đang được triển khai.",
                 "P.V: Thưa ông, tiến độ các dự án ra sao?",
                 "Ông Hải: Các dự án đều đúng tiến độ.", "Giờ đã có 40 dự án hoàn thành.",
                 "Công nhân lắp đặt tấm pin. Ảnh: Minh Anh", "Số còn lại xong trong năm nay.",
                 "Phóng viên: Xin cảm ơn ông!")
    assert [(lab, t, n) for lab, _, t, n in got if lab == "TURN"] == [
        ("TURN", "Thưa ông, tiến độ các dự án ra sao?", "Minh Anh"),
        ("TURN", "Các dự án đều đúng tiến độ.\n\nGiờ đã có 40 dự án hoàn thành.", "Trần Văn Hải"),
        ("TURN", "Số còn lại xong trong năm nay.", "Trần Văn Hải"),
        ("TURN", "Xin cảm ơn ông!", "Minh Anh"),
    ]


@pytest.mark.parametrize("label,name", [
    ("GS.TS Trần Văn Bình", "Trần Văn Bình"), ("Đại tá Lê Văn Cường", "Lê Văn Cường"),
    ("Bà Hoàng Thị Dung", "Hoàng Thị Dung"), ("Ông Lê Minh Đức - Phó Giám đốc Sở Y tế",
                                              "Lê Minh Đức"),
])
def test_speech_general_interview_guest_labels(label, name):
    got = speech("PV: Thưa ông, năm nay có gì mới?", f"{label}: Chúng tôi làm bệnh án điện tử.",
                 "Phóng viên: Kết quả ra sao?", f"{label}: Đã có 20 bệnh viện thực hiện.")
    assert [n for _, _, _, n in got] == ["Minh Anh", name] * 2


def test_speech_general_paper_name_label_is_the_interviewer():
    got = speech("Dân Việt: Thưa chị, chị trồng rau sạch từ khi nào?",
                 "Chị Lò Thị Xuân: Tôi bắt đầu từ năm 2019.", "Dân Việt: Thu nhập ra sao?",
                 "Chị Xuân: Khoảng 10 triệu đồng mỗi tháng.",
                 lead="(Dân Việt) - Rau sạch đang giúp nhiều nông dân vùng cao làm giàu.")
    assert [(t, n) for _, _, t, n in got] == [
        ("Thưa chị, chị trồng rau sạch từ khi nào?", "Minh Anh"),
        ("Tôi bắt đầu từ năm 2019.", "Lò Thị Xuân"), ("Thu nhập ra sao?", "Minh Anh"),
        ("Khoảng 10 triệu đồng mỗi tháng.", "Lò Thị Xuân")]


def test_speech_general_dash_interview_with_a_question_not_ending_in_a_mark():
    got = speech("Ông Trần Văn Hải, Giám đốc Sở Công Thương, chia sẻ về điện mặt trời.",
                 "- Thưa ông, xin ông cho biết kết quả sau một năm triển khai.",
                 "- Toàn tỉnh đã lắp đặt hơn 3.000 hệ thống.", "- Người dân phản hồi thế nào?",
                 "- Người dân rất ủng hộ.", "Họ tiết kiệm được tiền điện.", "- Xin cảm ơn ông!")
    assert [(t, n) for _, _, t, n in got] == [
        ("Thưa ông, xin ông cho biết kết quả sau một năm triển khai.", "Minh Anh"),
        ("Toàn tỉnh đã lắp đặt hơn 3.000 hệ thống.", "Trần Văn Hải"),
        ("Người dân phản hồi thế nào?", "Minh Anh"),
        ("Người dân rất ủng hộ.\n\nHọ tiết kiệm được tiền điện.", "Trần Văn Hải"),
        ("Xin cảm ơn ông!", "Minh Anh")]


def test_speech_general_unlabelled_polite_question_before_an_answer():
    got = speech("Ông Trần Văn Hải: Năm nay tỉnh tập trung cho giáo dục.",
                 "Xin ông cho biết kết quả cụ thể.", "Ông Trần Văn Hải: Đã có 30 trường đạt chuẩn.",
                 "Thưa ông, kế hoạch năm tới ra sao.", "Ông Trần Văn Hải: Sẽ xây thêm 10 trường.")
    assert [n for _, _, _, n in got] == ["Trần Văn Hải", "Minh Anh"] * 2 + ["Trần Văn Hải"]


def test_speech_general_dash_bullets_in_a_report_are_not_turns():
    got = speech("Ông Trần Văn Hải, Giám đốc Sở, yêu cầu các đơn vị thực hiện ba việc sau đây.",
                 "- Rà soát toàn bộ các công trình.", "- Báo cáo kết quả trước ngày 30/6.",
                 "- Xử lý nghiêm các sai phạm.")
    assert [lab for lab, _, _, _ in got] == ["QUOTE"]


def test_speech_general_unlabelled_answer_after_a_labelled_question():
    got = speech("Phóng viên trò chuyện với ông Trần Văn Hải, Giám đốc Sở Công Thương.",
                 "PV: Thưa ông, tiến độ các dự án ra sao?", "Các dự án đều đúng tiến độ.",
                 "Giờ đã có 40 dự án hoàn thành.", "PV: Còn vướng mắc gì không?",
                 "Còn vướng về giải phóng mặt bằng.")
    assert [(t, n) for _, _, t, n in got] == [
        ("Thưa ông, tiến độ các dự án ra sao?", "Minh Anh"),
        ("Các dự án đều đúng tiến độ.\n\nGiờ đã có 40 dự án hoàn thành.", "Trần Văn Hải"),
        ("Còn vướng mắc gì không?", "Minh Anh"),
        ("Còn vướng về giải phóng mặt bằng.", "Trần Văn Hải")]


def test_speech_general_unlabelled_answer_is_the_guest_who_spoke_last():
    got = speech("MC: Xin mời bà Nguyễn Thị Lan chia sẻ về chương trình?",
                 "Bà Nguyễn Thị Lan: Chương trình đã giúp 500 phụ nữ vay vốn.",
                 "MC: Còn ông Phạm Văn Tuấn, ông thấy sao?",
                 "Ông Phạm Văn Tuấn: Ngân hàng luôn sẵn sàng hỗ trợ.",
                 "MC: Lãi suất có cao không?", "Hiện lãi suất chỉ 6% một năm.")
    assert [n for _, _, _, n in got] == ["Minh Anh", "Nguyễn Thị Lan", "Minh Anh",
                                         "Phạm Văn Tuấn", "Minh Anh", "Phạm Văn Tuấn"]


@pytest.mark.parametrize("label,name", [
    ("Ông NGUYỄN VĂN AN", "Nguyễn Văn An"), ("Nghệ nhân Nguyễn Văn An", "Nguyễn Văn An"),
    ("PGS.TS NGUYỄN VĂN AN", "Nguyễn Văn An"),
])
def test_speech_general_upper_case_and_described_guest_labels(label, name):
    got = speech("PV: Thưa ông, nghề gốm năm nay ra sao?", f"{label}: Năm nay nhiều đơn hàng.",
                 "PV: Xin cảm ơn ông!")
    assert [n for _, _, _, n in got] == ["Minh Anh", name, "Minh Anh"]


def test_speech_general_one_labelled_answer_then_unlabelled_questions_and_answers():
    got = speech("Phóng viên trò chuyện với ông Trần Văn Hải, Giám đốc Sở Công Thương.",
                 "Thưa ông, vì sao tỉnh chọn phát triển điện mặt trời?",
                 "Ông Hải: Vì tỉnh có số giờ nắng cao.", "Những khó khăn hiện nay là gì?",
                 "Lưới điện còn yếu, chưa đủ sức truyền tải.",
                 "Tỉnh có kiến nghị gì với Trung ương?",
                 "Chúng tôi mong có thêm vốn đầu tư lưới điện.")
    assert [n for _, _, _, n in got] == ["Minh Anh", "Trần Văn Hải"] * 3


def test_speech_general_report_with_a_rhetorical_question_is_not_an_interview():
    got = speech("Vì sao giá lúa tăng mạnh trong vụ này?",
                 'Ông Trần Văn Hải: "Nông dân đã chuyển sang giống lúa chất lượng cao."',
                 "Giá lúa hiện ở mức 8.000 đồng/kg.")
    assert got == [("QUOTE", "direct", "Nông dân đã chuyển sang giống lúa chất lượng cao.",
                    "Trần Văn Hải")]


def test_speech_general_acronym_label_is_the_interviewer():
    got = speech("PNVN: Thưa chị, chị bắt đầu khởi nghiệp từ khi nào?",
                 "Chị Lò Thị Xuân: Tôi bắt đầu từ năm 2019.", "PNVN: Vốn vay có khó không?",
                 "Chị Lò Thị Xuân: Nhờ Hội Phụ nữ giới thiệu, tôi được vay 50 triệu đồng.")
    assert [n for _, _, _, n in got] == ["Minh Anh", "Lò Thị Xuân"] * 2


def test_speech_general_plus_questions_and_dash_answers():
    """Some papers print questions with ``+`` and answers with ``-``."""
    got = speech("Ông Ma Văn Tùng, Phó Chủ tịch xã Yên Minh, trao đổi về chương trình nhà ở.",
                 "+ Thưa ông, xã đã làm được bao nhiêu căn nhà?",
                 "- Đến nay xã đã bàn giao 120 căn.", "+ Kinh phí lấy từ đâu?",
                 "- Phần lớn do người dân đóng góp ngày công.", "+ Xin cảm ơn ông!")
    assert [(t, n) for _, _, t, n in got] == [
        ("Thưa ông, xã đã làm được bao nhiêu căn nhà?", "Minh Anh"),
        ("Đến nay xã đã bàn giao 120 căn.", "Ma Văn Tùng"),
        ("Kinh phí lấy từ đâu?", "Minh Anh"),
        ("Phần lớn do người dân đóng góp ngày công.", "Ma Văn Tùng"),
        ("Xin cảm ơn ông!", "Minh Anh")]


def test_speech_general_team_byline_is_the_interviewer():
    got = speech("PV: Thưa bà, lớp học mở từ khi nào?", "Bà Lầu Thị Mỷ: Từ tháng 9 năm ngoái.",
                 byline="NHÓM PV")
    assert [n for _, _, _, n in got] == ["Nhóm PV", "Lầu Thị Mỷ"]


def test_speech_general_site_name_and_reporter_name_are_interviewer_labels():
    got = speech("VietNamNet: Thưa bà, học sinh dùng công cụ mới nhiều chưa?",
                 "Nghệ nhân ưu tú Liêng Hót Ka Bình: Rất nhiều, nhất là ở bậc trung học.",
                 "Minh Anh: Nhà trường cần làm gì?", "Bà Ka Bình: Dạy các em dùng cho đúng.")
    assert [(t, n) for _, _, t, n in got] == [
        ("Thưa bà, học sinh dùng công cụ mới nhiều chưa?", "Minh Anh"),
        ("Rất nhiều, nhất là ở bậc trung học.", "Liêng Hót Ka Bình"),
        ("Nhà trường cần làm gì?", "Minh Anh"),
        ("Dạy các em dùng cho đúng.", "Liêng Hót Ka Bình")]


def test_speech_general_round_table_moderator_named_in_the_lead():
    got = speech("MC: Thưa ông Đức, thành phố đang nóng lên đến mức nào?",
                 "TS Vũ Minh Đức: Nội đô nóng hơn vùng ven hai đến ba độ.",
                 "MC: Xin mỗi vị một kiến nghị ngắn.", "Ông Đức: Trồng thêm cây xanh.",
                 lead="(NTM) - Tạp chí mời ba vị khách bàn cách làm mát thành phố, nhà báo "
                      "Phan Thu Hà dẫn dắt.")
    assert [n for _, _, _, n in got] == ["Phan Thu Hà", "Vũ Minh Đức"] * 2


def test_speech_general_upper_case_label_with_a_degree_starts_at_the_surname():
    got = speech("PHÓNG VIÊN: Bệnh có dấu hiệu gì?",
                 "BÁC SĨ CKII HOÀNG THỊ LAN: Trẻ sốt cao và nổi ban ở tay chân.")
    assert [n for _, _, _, n in got] == ["Minh Anh", "Hoàng Thị Lan"]


def test_speech_general_department_after_vu_names_no_person():
    got = speech("Ông Nguyễn Hữu Khang, Vụ trưởng Vụ Thanh toán, cho biết thanh toán bằng mã "
                 "đã thành thói quen của người dân.",
                 "Ông nói các ngân hàng cần giảm phí cho hộ kinh doanh nhỏ.")
    assert {n for _, _, _, n in got} == {"Nguyễn Hữu Khang"}


def test_speech_general_unlabelled_questions_and_given_name_answers():
    got = speech("Thầy Nguyễn Văn Hùng, hiệu trưởng, chia sẻ về việc dạy bơi trong trường.",
                 "Vì sao nhà trường đưa môn bơi vào giờ chính khóa, thưa thầy?",
                 "Hùng: Hè năm ngoái tỉnh có nhiều trẻ đuối nước.", "Kinh phí lấy ở đâu?",
                 "Hùng: Trường thuê bể của trung tâm thể thao.")
    assert [(t, n) for _, _, t, n in got] == [
        ("Vì sao nhà trường đưa môn bơi vào giờ chính khóa, thưa thầy?", "Minh Anh"),
        ("Hè năm ngoái tỉnh có nhiều trẻ đuối nước.", "Nguyễn Văn Hùng"),
        ("Kinh phí lấy ở đâu?", "Minh Anh"),
        ("Trường thuê bể của trung tâm thể thao.", "Nguyễn Văn Hùng")]


def test_speech_general_dash_question_and_answer_words():
    got = speech("Hỏi - Thưa ông, tin giả đã đe dọa các tòa soạn chưa?",
                 "Trả lời - Rồi. Thiệt hại mỗi năm rất lớn.", "Hỏi - Xin cảm ơn ông!",
                 lead="(TTXVN) - Ông Lâm Quốc Huy, chuyên gia an ninh mạng, trao đổi về tin giả.")
    assert [(t, n) for _, _, t, n in got] == [
        ("Thưa ông, tin giả đã đe dọa các tòa soạn chưa?", "Minh Anh"),
        ("Rồi. Thiệt hại mỗi năm rất lớn.", "Lâm Quốc Huy"), ("Xin cảm ơn ông!", "Minh Anh")]


def test_speech_general_label_with_a_chain_of_titles():
    got = speech("PV: Vướng mắc lớn nhất là gì?",
                 "Phó Giáo sư, Tiến sĩ Nguyễn Hữu Khang: Vướng nhất là đầu ra của sản phẩm.",
                 "PV: Xin cảm ơn ông!")
    assert [n for _, _, _, n in got] == ["Minh Anh", "Nguyễn Hữu Khang", "Minh Anh"]


def test_speech_general_interview_with_no_label_at_all():
    lead = ("(NTM) - Trao đổi với phóng viên, ông Đinh Văn Quý, Giám đốc Hợp tác xã chè Tân "
            "Hòa, cho biết diện tích chè sạch năm nay đã tăng mạnh.")
    got = speech("Thưa ông, năm nay giá chè sạch có tốt không?",
                 "Giá chè búp khô tăng khoảng 15% so với năm ngoái.", "Bà con rất phấn khởi.",
                 "Khó khăn lớn nhất của hợp tác xã hiện nay là gì, thưa ông?",
                 "Khó nhất vẫn là đầu ra cho sản phẩm.", "Xin cảm ơn ông!", lead=lead)
    assert [(lab, t, n) for lab, _, t, n in got if lab == "TURN"] == [
        ("TURN", "Thưa ông, năm nay giá chè sạch có tốt không?", "Minh Anh"),
        ("TURN", "Giá chè búp khô tăng khoảng 15% so với năm ngoái.\n\nBà con rất phấn khởi.",
         "Đinh Văn Quý"),
        ("TURN", "Khó khăn lớn nhất của hợp tác xã hiện nay là gì, thưa ông?", "Minh Anh"),
        ("TURN", "Khó nhất vẫn là đầu ra cho sản phẩm.", "Đinh Văn Quý"),
        ("TURN", "Xin cảm ơn ông!", "Minh Anh"),
    ]


def test_speech_general_report_with_rhetorical_questions_is_no_interview():
    lead = ("(NTM) - Trao đổi với phóng viên, ông Đinh Văn Quý, Giám đốc Hợp tác xã chè Tân "
            "Hòa, cho biết diện tích chè sạch năm nay đã tăng mạnh.")
    got = speech("Vì sao giá chè sạch năm nay lại tăng?", "Giá chè búp khô tăng khoảng 15%.",
                 "Liệu bà con có giữ được mức giá này sang năm?", "Câu trả lời còn ở phía trước.",
                 lead=lead)
    assert [lab for lab, *_ in got if lab == "TURN"] == []


def test_speech_general_polite_questions_need_an_announced_conversation():
    got = speech("Thưa ông, năm nay giá chè sạch có tốt không?", "Giá chè tăng khoảng 15%.",
                 "Ông thấy khó khăn lớn nhất là gì?", "Khó nhất vẫn là đầu ra.")
    assert [lab for lab, *_ in got if lab == "TURN"] == []


def test_speech_general_closing_thanks_ends_the_interview():
    lead = ("(NTM) - Trao đổi với phóng viên, ông Đinh Văn Quý, Giám đốc Hợp tác xã chè Tân "
            "Hòa, cho biết diện tích chè sạch năm nay đã tăng mạnh.")
    got = speech("Thưa ông, năm nay giá chè sạch có tốt không?", "Giá chè tăng khoảng 15%.",
                 "Ông có kiến nghị gì với tỉnh, thưa ông?", "Chúng tôi cần thêm vốn vay.",
                 "Xin cảm ơn ông!", "(*) Số liệu do hợp tác xã cung cấp.", lead=lead)
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert turns[-1] == ("Xin cảm ơn ông!", "Minh Anh")


def test_speech_general_two_reporters_named_in_their_labels():
    got = speech("PV Thu Hà: Thưa ông, mùa lúa năm nay ra sao?", "Ông Sùng A Chơ: Lúa chín đẹp.",
                 "PV Minh Đức: Khách du lịch có đông không?", "Ông Sùng A Chơ: Đông hơn năm ngoái.",
                 byline="Thu Hà - Minh Đức")
    assert [(t, n) for lab, _, t, n in got if lab == "TURN"] == [
        ("Thưa ông, mùa lúa năm nay ra sao?", "Thu Hà"), ("Lúa chín đẹp.", "Sùng A Chơ"),
        ("Khách du lịch có đông không?", "Minh Đức"), ("Đông hơn năm ngoái.", "Sùng A Chơ")]


def test_speech_general_question_and_answer_box():
    lead = ("(NTM) - Bạn đọc Đỗ Thị Kim Oanh (phường Buôn Ma Thuột) gửi câu hỏi đến chuyên mục. "
            "Luật sư Phan Văn Nghĩa, Đoàn Luật sư thành phố, trả lời.")
    got = speech("Bạn đọc hỏi: Công ty có được cho tôi nghỉ việc khi đang mang thai không?",
                 "Luật sư trả lời: Người sử dụng lao động không được đơn phương chấm dứt hợp đồng.",
                 lead=lead)
    assert [(t[:20], n) for lab, _, t, n in got if lab == "TURN"] == [
        ("Công ty có được cho ", "Đỗ Thị Kim Oanh"), ("Người sử dụng lao độ", "Phan Văn Nghĩa")]


def test_speech_general_guest_labelled_by_a_title_over_an_organisation_head():
    lead = ("(NTM) - Phóng viên trao đổi với ông Nguyễn Văn Thắng, Giám đốc Sở Nông nghiệp tỉnh, "
            "về mùa khô năm nay.")
    got = speech("PV: Thưa ông, mùa khô năm nay được dự báo thế nào?",
                 "Giám đốc Sở: Mặn sẽ vào sớm hơn khoảng hai tuần.", lead=lead)
    assert [n for lab, _, _t, n in got if lab == "TURN"] == ["Minh Anh", "Nguyễn Văn Thắng"]


def test_speech_general_reporter_named_in_the_lead_among_two_authors():
    lead = ("(NTM) - Phóng viên Hải Yến đã trao đổi với Thượng tá Nguyễn Văn Tùng, Phó Trưởng "
            "phòng Cảnh sát giao thông, về vụ tai nạn.")
    got = speech("PV: Thưa ông, vì sao tai nạn trên cao tốc tăng?",
                 "Thượng tá Nguyễn Văn Tùng: Nhiều tài xế chạy quá tốc độ.",
                 lead=lead, byline="Minh Đức - Hải Yến")
    assert [n for lab, _, _t, n in got if lab == "TURN"] == ["Hải Yến", "Nguyễn Văn Tùng"]


def test_speech_general_question_over_two_paragraphs_is_one_turn():
    got = speech("PV: Năm ngoái, tỉnh đã làm thêm nhiều hồ treo cho vùng cao.",
                 "Theo ông, nên làm gì để các hồ đó phát huy hiệu quả?",
                 "PGS.TS Trần Quốc Hùng: Trước hết phải chống thấm cho lòng hồ.",
                 "PV: Xin cảm ơn ông!", "PGS.TS Trần Quốc Hùng: Cảm ơn phóng viên.")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert turns[0] == ("Năm ngoái, tỉnh đã làm thêm nhiều hồ treo cho vùng cao.\n\nTheo ông, nên "
                        "làm gì để các hồ đó phát huy hiệu quả?", "Minh Anh")


def test_speech_general_unlabelled_answers_go_to_the_guest_the_lead_talks_with():
    lead = ("(NTM) - Thực hiện chỉ đạo của Thủ tướng Phạm Minh Sơn về nông nghiệp sạch, phóng viên "
            "đã trao đổi với ông Lê Văn Bình, Giám đốc Hợp tác xã chè Tân Cương.")
    got = speech("Thưa ông, năm nay giá chè sạch có tốt không?", "Giá chè tăng khoảng 15%.",
                 "Thưa ông, khó khăn lớn nhất là gì?", "Khó nhất vẫn là đầu ra.", lead=lead)
    assert [n for lab, _, _t, n in got if lab == "TURN"] == [
        "Minh Anh", "Lê Văn Bình", "Minh Anh", "Lê Văn Bình"]


def test_speech_general_masthead_name_as_the_interviewer_label():
    text = "\n\n".join([
        "VĂN CHƯƠNG - CƠ QUAN CỦA HỘI NHÀ VĂN THÀNH PHỐ", "Thời sự | Văn xuôi | Thơ | Lý luận",
        "Nhà văn Đỗ Thị Hạnh viết về những bản làng dưới đáy hồ",
        "Tiểu thuyết mới của nhà văn Đỗ Thị Hạnh vừa được trao giải, tạp chí có cuộc trò chuyện "
        "với chị.",
        "Văn chương: Chị đã mất bao lâu để hoàn thành cuốn sách?",
        "Đỗ Thị Hạnh: Gần năm năm, tôi viết lại ba lần.",
        "Văn chương: Nhân vật chính có bóng dáng của chị không?",
        "Đỗ Thị Hạnh: Có một phần.", "Hà Minh Châu thực hiện", "Tin khác"])
    from goldspan.extract.registry import run_pipeline
    from goldspan.model.document import new_document
    doc = new_document("g", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    got = [(s.text, names[s.attrs["speaker"]]) for s in doc.spans if s.label == "TURN"]
    assert got[0] == ("Chị đã mất bao lâu để hoàn thành cuốn sách?", "Hà Minh Châu")
    assert got[1] == ("Gần năm năm, tôi viết lại ba lần.", "Đỗ Thị Hạnh")


def test_speech_general_interviews_reporter_of_a_named_paper_is_the_byline_author():
    text = "\n\n".join([
        "Giữ rừng đầu nguồn mùa khô",
        "(TP) - Chúng tôi trò chuyện với ông Lò Văn Thắng, Hạt trưởng Hạt Kiểm lâm huyện Mường Tè.",
        "Phóng viên Tiền Phong: Thưa ông, mùa khô năm nay có gì đáng lo?",
        "Ông Lò Văn Thắng: Nắng nóng kéo dài nên nguy cơ cháy rừng rất cao.",
        "Hà Linh"])
    assert speakers_of(text) == [
        "Hà Linh", "Lò Văn Thắng"]


def test_speech_general_interviews_press_conference_with_reporters_of_several_papers():
    text = "\n\n".join([
        "BÁO HÀ TĨNH ĐIỆN TỬ", "Họp báo về kỳ thi vào lớp 10",
        "(BHT) - Chiều 10/3, Sở Giáo dục và Đào tạo tổ chức họp báo.",
        "Phóng viên Báo Hà Tĩnh hỏi: Năm nay thi mấy môn?",
        "Ông Trần Văn Bình, Phó Giám đốc Sở Giáo dục và Đào tạo, trả lời: Thi ba môn.",
        "Phóng viên Báo Nhân Dân hỏi: Khi nào công bố điểm?",
        "Ông Trần Văn Bình trả lời: Trước ngày 10/6.",
        "Phóng viên Báo Thanh Niên hỏi: Có thi tuyển thẳng không?",
        "Bà Lê Thị Hoa, Trưởng phòng Khảo thí, trả lời: Không có.",
        "THU HÀ"])
    assert speakers_of(text) == [
        "Thu Hà", "Trần Văn Bình", "Nhân Dân", "Trần Văn Bình", "Thanh Niên", "Lê Thị Hoa"]


def test_speech_general_interviews_quoted_nickname_stands_for_the_full_name():
    text = "\n\n".join([
        "Ông Ba Cam và bốn mươi năm giữ vườn",
        "(CCB) - Người mà bà con quen gọi là “Ba Cam” ấy là cựu chiến binh Lê Văn Ba, người "
        "đã biến đất phèn thành vườn cam.",
        "– Thưa ông, vì sao bà con gọi ông là “Ba Cam”?",
        "– Tôi thứ ba trong nhà, cả đời chỉ mê cây cam.",
        "– Những năm đầu ông gặp khó khăn gì?",
        "– Khổ lắm, cây chết gần một nửa vì nước mặn.",
        "Thanh Tâm"])
    assert speakers_of(text) == [
        "Thanh Tâm", "Lê Văn Ba", "Thanh Tâm", "Lê Văn Ba"]


def speakers_of(text: str) -> list[str]:
    """Speaker names of the speech spans of ``text`` after ``zones`` and ``speech``."""
    doc = run_pipeline(new_document("i", text), ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    return [names[s.attrs["speaker"]] for s in doc.spans if s.layer == "speech"]


def test_speech_general_interviews_reply_to_the_closing_thanks_is_one_paragraph():
    got = speech("PV: Chào Hoài, em cảm thấy thế nào?", "Hoài: Em rất vui.",
                 "PV: Cảm ơn Hoài về cuộc trò chuyện. Chúc em có một kỳ thi thật đáng nhớ!",
                 "Hoài: Em cảm ơn chị ạ!",
                 "Lò Thị Hoài sinh năm 2008, quê xã Mường La.",
                 lead="Lò Thị Hoài vừa giành huy chương vàng ở giải trẻ.")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert turns[-2:] == [
        ("Cảm ơn Hoài về cuộc trò chuyện. Chúc em có một kỳ thi thật đáng nhớ!", "Minh Anh"),
        ("Em cảm ơn chị ạ!", "Lò Thị Hoài")]


def test_speech_general_interviews_reader_question_box_with_a_lawyer_and_her_firm():
    got = speech("Bạn đọc Nguyễn Thị Huệ (xã An Lão) gửi câu hỏi tới tòa soạn.",
                 "Bạn đọc hỏi: Con gái tôi bị chó nhà hàng xóm cắn. Tôi có được đòi bồi thường không?",
                 "Luật sư Phạm Thị Hồng Nhung (Công ty Luật TNHH Hồng Đức, Đoàn Luật sư TP Hải "
                 "Phòng) trả lời: Về trách nhiệm dân sự, chủ nuôi phải bồi thường.",
                 byline="Thu Phương (ghi)",
                 lead="Con gái 6 tuổi bị chó cắn, người mẹ băn khoăn về việc bồi thường.")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert turns == [
        ("Con gái tôi bị chó nhà hàng xóm cắn. Tôi có được đòi bồi thường không?", "Nguyễn Thị Huệ"),
        ("Về trách nhiệm dân sự, chủ nuôi phải bồi thường.", "Phạm Thị Hồng Nhung")]


def test_speech_general_interviews_health_box_reader_named_before_and_a_doctor_with_commas():
    got = speech("Bạn đọc Lưu Văn Thắng (62 tuổi, Ninh Bình) gửi câu hỏi đến chuyên mục.",
                 "Hỏi: Tôi bị gút hơn 5 năm, liều thế nào là an toàn?",
                 "Bác sĩ chuyên khoa II Nguyễn Thị Thanh Bình, Phó Trưởng khoa Cơ xương khớp, Bệnh "
                 "viện Đa khoa tỉnh Ninh Bình, trả lời: Chào bác Thắng. Bác nên uống thuốc đều.",
                 "• Allopurinol: khởi đầu 100 mg/ngày;",
                 byline="Phương Linh", lead="Bác sĩ trả lời bạn đọc về bệnh gút và thuốc hạ acid uric.")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert turns == [
        ("Tôi bị gút hơn 5 năm, liều thế nào là an toàn?", "Lưu Văn Thắng"),
        ("Chào bác Thắng. Bác nên uống thuốc đều.\n\n• Allopurinol: khởi đầu 100 mg/ngày;",
         "Nguyễn Thị Thanh Bình")]  # a bullet item is no label


def test_speech_general_interviews_host_thanks_a_doctor_and_the_reply_is_one_paragraph():
    got = speech("BTV: Thưa bác sĩ, trẻ bị cúm nên làm gì?", "BS Đức: Cho trẻ nghỉ ngơi, uống đủ nước.",
                 "BTV: Xin cảm ơn bác sĩ Đức đã tham gia chương trình “Sống khỏe” hôm nay.",
                 "BS Đức: Cảm ơn chị và chúc các cháu khỏe mạnh.",
                 "Chương trình “Sống khỏe” phát sóng lúc 9h sáng thứ Bảy hằng tuần.",
                 lead="Bác sĩ Nguyễn Minh Đức trả lời thính giả về bệnh cúm ở trẻ nhỏ.")
    turns = [t for lab, _, t, _n in got if lab == "TURN"]
    assert turns[-1] == "Cảm ơn chị và chúc các cháu khỏe mạnh."


def test_speech_general_interviews_third_person_report_after_the_answers_ends_the_turn():
    got = speech("PV: Trận thắng này có ý nghĩa thế nào?",
                 "HLV Kim Sang-woo: Rất quan trọng, nhưng chúng tôi chưa an toàn.",
                 "Nhà cầm quân 48 tuổi cũng cho biết tiền vệ Lê Văn Hậu sẽ phải nghỉ hai tuần.",
                 "Ông Nguyễn Văn Bình, HLV đội khách, thừa nhận các học trò đã mất tập trung.",
                 lead="HLV Kim Sang-woo trả lời báo chí sau trận thắng ở vòng 20.")
    turns = [t for lab, _, t, _n in got if lab == "TURN"]
    assert turns[-1] == "Rất quan trọng, nhưng chúng tôi chưa an toàn."
    said = [(t, n) for lab, _, t, n in got if lab == "QUOTE"]
    assert ("tiền vệ Lê Văn Hậu sẽ phải nghỉ hai tuần", "Kim Sang-woo") in said
    assert ("các học trò đã mất tập trung", "Nguyễn Văn Bình") in said


def test_speech_general_interviews_stage_direction_in_a_label_and_dash_items_are_no_labels():
    got = speech("PV: Chị có đọc bình luận của khán giả không?",
                 "Mộc Miên (cười): Tôi đọc hết, kể cả những lời chê.",
                 "PV: Cảm ơn chị!", "Mộc Miên: Cảm ơn Eva.",
                 lead="Diễn viên Mộc Miên trở lại màn ảnh sau ba năm vắng bóng.")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert ("Tôi đọc hết, kể cả những lời chê.", "Mộc Miên") in turns
    report = speech("Kết quả quan trắc cho thấy nước sông ô nhiễm nặng:",
                    "- COD: 96 mg/l; BOD5: 58 mg/l;", "- Amoni (NH4+): 12,6 mg/l.",
                    "Ông Nguyễn Văn Bình cho biết cá chết nhiều.")
    assert not [t for lab, _, t, _n in report if lab == "TURN"]


def test_speech_general_interviews_a_parent_asking_names_herself():
    got = speech("Phụ huynh hỏi: Tôi là Đỗ Thu Hằng, ở phường Hoàng Mai. Con tôi nên ôn thế nào?",
                 "Thầy Nguyễn Văn Hưng: Con nên làm đề mỗi tuần.",
                 "Phụ huynh hỏi: Tôi là mẹ của em Lê Minh Châu, lớp 9A. Lịch thi thế nào?",
                 "Thầy Nguyễn Văn Hưng: Lịch thi đã công bố.",
                 lead="Thầy Nguyễn Văn Hưng trả lời phụ huynh về ôn thi vào lớp 10.")
    asking = [n for lab, _, t, n in got if lab == "TURN" and t.startswith("Tôi là")]
    assert asking == ["Đỗ Thu Hằng", "mẹ của em Lê Minh Châu"]


def test_speech_general_interviews_dated_report_and_footnote_end_the_turn():
    got = speech("PV: Mẹ đang mang thai có nên tiêm phòng?",
                 "BS Lê Văn Vĩnh: Nên. Thai phụ tiêm một mũi sẽ truyền kháng thể sang con.",
                 "Ngày 13/3, tại Công văn số 1185/BYT-PB, Bộ Y tế đề nghị các tỉnh rà soát, "
                 "tiêm bù cho trẻ.",
                 lead="Bác sĩ Lê Văn Vĩnh trả lời về bệnh ho gà ở trẻ sơ sinh.")
    turns = [t for lab, _, t, _n in got if lab == "TURN"]
    assert turns[-1] == "Nên. Thai phụ tiêm một mũi sẽ truyền kháng thể sang con."
    said = [(t, n) for lab, _, t, n in got if lab == "QUOTE"]
    assert said == [("các tỉnh rà soát, tiêm bù cho trẻ", "Bộ Y tế")]
    remembered = speech("PV: Ông nhớ gì về ngày ấy?",
                        "Ông Trần Văn Lộc: Trưa 30/4/1975, đơn vị tôi vẫn còn giữ cầu.",
                        "Sáng 1/5, chúng tôi mới được nghỉ.",
                        lead="Ông Trần Văn Lộc kể về những ngày tháng Tư.")
    assert [t for lab, _, t, _n in remembered if lab == "TURN"][-1] == (
        "Trưa 30/4/1975, đơn vị tôi vẫn còn giữ cầu.\n\nSáng 1/5, chúng tôi mới được nghỉ.")
    footnote = speech("Bạn đọc hỏi: Tôi bị gút, uống thuốc thế nào?",
                      "Bác sĩ Hoàng Minh Hà: Bác nên uống thuốc đều đặn.",
                      "(*) Thông tin chỉ mang tính tham khảo.",
                      lead="Bác sĩ Hoàng Minh Hà trả lời bạn đọc về bệnh gút.")
    assert [t for lab, _, t, _n in footnote if lab == "TURN"][-1] == "Bác nên uống thuốc đều đặn."


def test_speech_general_interviews_pull_quote_label_and_cue_with_object_are_no_turns():
    got = speech("Ông Lê Văn Tường, Giám đốc HTX Nam Hải: “Làm hữu cơ không thể nóng vội”",
                 "Hỏi: Vì sao HTX không mở rộng diện tích ngay?",
                 "Đáp: Đất chuyển đổi phải nghỉ ít nhất hai vụ mới đạt chuẩn.",
                 lead="Hợp tác xã Nam Hải chuyển sang trồng lúa hữu cơ từ năm 2023.")
    assert ("QUOTE", "direct", "Làm hữu cơ không thể nóng vội", "Lê Văn Tường") in got
    assert ("TURN", None, "Đất chuyển đổi phải nghỉ ít nhất hai vụ mới đạt chuẩn.",
            "Lê Văn Tường") in got
    taught = speech("Phóng viên: Bạn đã thất bại bao nhiêu lần?",
                    "Khang: Gần hai mươi mẻ hỏng.", "Ảnh: NVCC",
                    "Thầy Nguyễn Hữu Phước, giảng viên hướng dẫn, bảo em: “Sai ở đâu thì ghi lại "
                    "ở đó”. Em nghe theo.",
                    lead="Trần Minh Khang, sinh viên năm ba, làm chậu từ xơ dừa.")
    turns = [(t, n) for lab, _, t, n in taught if lab == "TURN"]
    assert turns[-1][0].startswith("Thầy Nguyễn Hữu Phước")


def test_speech_general_interviews_a_ranked_officer_reported_and_a_sourced_report_end_the_turn():
    got = speech("Biên tập viên: Tình hình trên cao tốc lúc này ra sao, thưa anh?",
                 "Thiếu tá Lê Trọng Nghĩa: Xe đang dồn ứ ở nút giao, chúng tôi đã phân luồng.",
                 "Thiếu tá Nghĩa cho biết thêm, phần lớn các vụ va chạm là xe tông đuôi nhau.",
                 "Theo Cục Cảnh sát giao thông, hôm qua cả nước xảy ra 29 vụ tai nạn.",
                 lead="Chiều nay, phóng viên kết nối với Thiếu tá Lê Trọng Nghĩa về tình hình giao "
                      "thông cuối kỳ nghỉ.")
    turns = [t for lab, _, t, _n in got if lab == "TURN"]
    assert turns[-1] == "Xe đang dồn ứ ở nút giao, chúng tôi đã phân luồng."
    said = [(t, n) for lab, _, t, n in got if lab == "QUOTE"]
    assert ("phần lớn các vụ va chạm là xe tông đuôi nhau", "Lê Trọng Nghĩa") in said


def test_speech_general_interviews_a_report_of_someone_after_the_answers_ends_the_turn():
    got = speech("Hỏi: Trung vệ Thuận có phải nghỉ trận tới không?",
                 "HLV Kim Sang-sik: Bác sĩ cho biết Thuận chỉ bị chuột rút.",
                 "Ở khu vực phỏng vấn, người hùng Đức Lâm chia sẻ: “Tôi đã tập tình huống này cả "
                 "tuần.”",
                 "Trong khi đó, HLV trưởng tuyển Syria Rafael Montes thừa nhận đội khách đuối sức "
                 "trong 20 phút cuối.",
                 lead="HLV Kim Sang-sik trả lời báo chí sau trận thắng ngược Syria.")
    turns = [t for lab, _, t, _n in got if lab == "TURN"]
    assert turns[-1] == "Bác sĩ cho biết Thuận chỉ bị chuột rút."
    said = [(t, n) for lab, _, t, n in got if lab == "QUOTE"]
    assert [n for t, n in said if t == "Tôi đã tập tình huống này cả tuần."][0].endswith("Lâm")
    assert ("đội khách đuối sức trong 20 phút cuối", "Rafael Montes") in said
    answered = speech("Hỏi: Khởi kiện ở đâu thưa luật sư?",
                      "Luật sư Nguyễn Thị Thu Hằng: Bạn nộp đơn tại tòa án nơi có đất.",
                      "Tòa án sẽ thông báo để bạn nộp tạm ứng án phí trong thời hạn 7 ngày.",
                      lead="Luật sư trả lời bạn đọc về tranh chấp đất đai.")
    assert [t for lab, _, t, _n in answered if lab == "TURN"][-1].endswith("trong thời hạn 7 ngày.")


def test_speech_general_interview_ends_before_a_paragraph_on_the_plan():
    got = speech("PV: Thưa ông, trường tuyển bao nhiêu sinh viên?",
                 "GS.TS Trần Văn Bình: Chúng tôi tuyển 200 chỉ tiêu cho ngành mới.",
                 "Theo kế hoạch, thí sinh nộp hồ sơ từ ngày 5/7 đến hết ngày 20/7.")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert turns[-1] == ("Chúng tôi tuyển 200 chỉ tiêu cho ngành mới.", "Trần Văn Bình")


def test_speech_general_interview_initials_label_and_thanks_with_a_degree():
    got = speech("PV: Thưa bà, vì sao bà về quê làm nghề?",
                 "Bà Lương Thị Bích Ngọc: Tôi thương nghề của mẹ.",
                 "PV: Doanh thu năm nay ra sao?",
                 "LTBN: Chúng tôi đạt 20 tỷ đồng.",
                 "PV: Xin cảm ơn GS.TS Lương Thị Bích Ngọc!",
                 "GS.TS Lương Thị Bích Ngọc sinh năm 1970 tại Nam Định.")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert ("Chúng tôi đạt 20 tỷ đồng.", "Lương Thị Bích Ngọc") in turns
    assert turns[-1] == ("Xin cảm ơn GS.TS Lương Thị Bích Ngọc!", "Minh Anh")


def test_speech_general_interview_reader_box_with_an_expert_line_and_a_second_reader():
    got = speech("Chuyên gia tư vấn: ThS.BS Phan Thị Thu Hằng, Bệnh viện Nhi tỉnh",
                 "Bạn đọc Lê Thị Hoa (Thanh Hóa) hỏi: Con tôi 9 tháng, lười ăn dặm thì phải làm sao?",
                 "Trả lời: Chào chị Hoa. Chị nên chia nhỏ bữa ăn cho bé.",
                 "Một bạn đọc khác, anh Nguyễn Đức Long ở Bắc Ninh, gửi câu hỏi về con trai 30 tháng tuổi.",
                 "Hỏi: Cháu uống sữa thay cơm có sao không?")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert ("Chào chị Hoa. Chị nên chia nhỏ bữa ăn cho bé.", "Phan Thị Thu Hằng") in turns
    assert ("Cháu uống sữa thay cơm có sao không?", "Nguyễn Đức Long") in turns


def test_speech_general_interview_guest_named_in_full_in_the_report_before_the_qa():
    got = speech("Bên lề buổi tổng kết, phóng viên trò chuyện với đội trưởng Nguyễn Đức Anh.",
                 "PV: Đội đã góp bao nhiêu giờ công?",
                 "Đức Anh: Mỗi bạn góp hơn 30 giờ công.")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert ("Mỗi bạn góp hơn 30 giờ công.", "Nguyễn Đức Anh") in turns


def test_speech_general_interview_press_conference_agency_and_a_body_adding():
    got = speech("Phóng viên Báo Lao Động hỏi: Mức hỗ trợ năm nay là bao nhiêu?",
                 "Thứ trưởng Lê Văn Đức trả lời: Mức hỗ trợ tăng thêm 10%.",
                 "Phóng viên Thông tấn xã Việt Nam hỏi: Người đã rút bảo hiểm một lần có được hỗ trợ không?",
                 "Thứ trưởng Lê Văn Đức trả lời: Có. Họ vẫn được hỗ trợ như người mới tham gia.",
                 "Đại diện Bảo hiểm xã hội Việt Nam bổ sung: Người dân có thể đăng ký trên ứng dụng.",
                 "Kết thúc họp báo, Thứ trưởng đề nghị các cơ quan báo chí tiếp tục tuyên truyền.")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert turns[2][1] == "Thông tấn xã Việt Nam"
    assert ("Người dân có thể đăng ký trên ứng dụng.", "Bảo hiểm xã hội Việt Nam") in turns
    assert not any("Kết thúc" in t for t, _ in turns)


def test_speech_general_interview_reader_question_over_two_paragraphs():
    got = speech("Bạn đọc Trần Minh Đức (Hà Nội) hỏi: Tối qua tôi uống hai cốc bia rồi đi xe máy về.",
                 "Xe đứng tên vợ tôi. Xin hỏi tôi bị phạt bao nhiêu tiền?",
                 "Luật sư Nguyễn Thị Hải Yến trả lời: Anh bị phạt từ 6 đến 8 triệu đồng.")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert turns[0] == ("Tối qua tôi uống hai cốc bia rồi đi xe máy về.\n\nXe đứng tên vợ tôi. "
                        "Xin hỏi tôi bị phạt bao nhiêu tiền?", "Trần Minh Đức")


def test_speech_general_interview_reader_signs_below_the_question():
    got = speech("Hỏi: Con tôi 18 tháng tuổi, sốt 39 độ, tôi nên cho cháu uống thuốc gì? "
                 "(Phạm Thị Ngọc Ánh, 31 tuổi, Hà Nội)",
                 "BS Trần Thị Thu Hà trả lời: Chị cho cháu uống hạ sốt theo cân nặng.")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert turns[0] == ("Con tôi 18 tháng tuổi, sốt 39 độ, tôi nên cho cháu uống thuốc gì?",
                        "Phạm Thị Ngọc Ánh")


def test_speech_general_interview_byline_name_that_is_also_a_commune():
    from goldspan.extract.speech_labels import interviewer_name
    assert interviewer_name(["Quang Minh"]) == "Quang Minh"
    assert interviewer_name(["Hà Nội"]) is None


def test_speech_general_interview_byline_with_a_bar_and_the_photographer():
    from goldspan.extract.speech_labels import interviewer_name
    assert interviewer_name(["Thực hiện: Khánh Vy | Ảnh: NVCC"]) == "Khánh Vy"


def test_speech_general_interview_with_three_unlabelled_questions_and_no_thua():
    lead = ("(TT&VH) - Ca sĩ Hoàng Minh Trí vừa ra album thứ ba. Trò chuyện với chúng tôi, anh "
            "kể về những ngày thu âm ở quê.")
    got = speech("Vì sao lần này anh chọn thu âm ở quê?",
                 "Tôi lớn lên bên sông, nên muốn giữ lại tiếng nước chảy trong bản thu.",
                 "Anh mất bao lâu để hoàn thành album?",
                 "Tôi viết hơn 20 bài và giữ lại 10 bài.",
                 "Khán giả có thể nghe anh hát trực tiếp ở đâu?",
                 "Tôi sẽ làm hai đêm nhạc vào tháng sau.", lead=lead)
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert len(turns) == 6 and turns[0] == ("Vì sao lần này anh chọn thu âm ở quê?", "Minh Anh")
    assert turns[1][1] == turns[3][1] != "Minh Anh"


def test_speech_general_no_interview_from_questions_answered_in_the_third_person():
    got = speech("Vì sao anh chọn thu âm ở quê?", "Ca sĩ lớn lên bên sông.",
                 "Anh mất bao lâu để hoàn thành album?", "Album làm trong hai năm.",
                 "Khán giả có thể nghe anh hát ở đâu?", "Các đêm nhạc diễn ra vào tháng sau.",
                 lead="(TT&VH) - Trò chuyện với ca sĩ về album mới.")
    assert not [lab for lab, _, _, _ in got if lab == "TURN"]


def test_speech_general_a_sentence_opening_with_a_preposition_names_nobody():
    got = quotes("Với Tuvalu, văn kiện này là chỗ dựa để đòi bồi thường. Thủ tướng Samoa Leota "
                 "Tuilagi nói: “Chúng tôi đã nghe đủ lời hứa.”",
                 "Bị cáo Trần Văn Vĩnh khai nhận đã ký duyệt các hồ sơ thanh toán; tuy nhiên bị cáo "
                 "cho rằng phần lớn số tiền được dùng cho cơ quan.")
    assert ("direct", "Chúng tôi đã nghe đủ lời hứa.", "Leota Tuilagi") in got
    assert ("indirect", "đã ký duyệt các hồ sơ thanh toán", "Trần Văn Vĩnh") in got  # ends at ";"


def test_speech_general_interview_reader_signs_the_second_paragraph_under_a_box_heading():
    got = speech("Hỏi - đáp",
                 "Hỏi: Tôi bị đau khớp gối đã ba năm, làm thợ may ở xã Tân Hòa.",
                 "Bác sĩ kê thuốc nhưng tôi hay quên uống. Xin hỏi tôi có phải uống lâu dài không? "
                 "(Lê Thị Hồng Vân, 52 tuổi, Cần Thơ)",
                 "Bác sĩ Trần Quốc Bảo trả lời: Chị cần uống thuốc đều và tái khám mỗi tháng.")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert turns[0] == ("Tôi bị đau khớp gối đã ba năm, làm thợ may ở xã Tân Hòa.\n\nBác sĩ kê thuốc "
                        "nhưng tôi hay quên uống. Xin hỏi tôi có phải uống lâu dài không?",
                        "Lê Thị Hồng Vân")
    assert not any(t == "đáp" for _, _, t, _ in got)


def test_speech_general_interview_dash_answers_headline_guest_and_stage_name():
    text = "\n\n".join([
        "Lam Thư: “Tôi về quê để học hát lại”",
        "Sau hai năm vắng bóng, Lam Thư trở lại với album mới. Nữ ca sĩ kể về quãng thời gian ở quê.",
        "Chào Lam Thư! Hai năm qua chị đã ở đâu?",
        "- Tôi về Huế sống với bà ngoại, sáng đi chợ, chiều học đàn.",
        "Lam Thư: “Tôi về quê để học hát lại”\nLam Thư trong bộ ảnh quảng bá album. Ảnh: NVCC",
        "Album mới ra đời trong hoàn cảnh đó?",
        "- Đúng vậy. Tôi viết bài đầu tiên ngay ở chợ Đông Ba.",
        "Cảm ơn Lam Thư về cuộc trò chuyện!",
        "- Cảm ơn các bạn độc giả!",
        "Lam Thư tên thật là Trần Thị Thư, sinh năm 1998 tại Huế.",
        "Bài: Khánh Vy", "Tin khác"])
    doc = run_pipeline(new_document("d", text), ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    turns = [(s.text, names[s.attrs["speaker"]]) for s in doc.spans if s.label == "TURN"]
    assert ("Tôi về Huế sống với bà ngoại, sáng đi chợ, chiều học đàn.", "Trần Thị Thư") in turns
    assert ("Album mới ra đời trong hoàn cảnh đó?", "Khánh Vy") in turns
    assert ("Cảm ơn các bạn độc giả!", "Trần Thị Thư") in turns


def test_speech_general_interview_squad_list_is_no_turn():
    got = speech("Danh sách triệu tập:",
                 "Thủ môn: Nguyễn Văn Hòa (Hà Nội FC), Trần Minh Đức (Thể Công - Viettel).",
                 "Tiền đạo: Lê Đình Duy (Đông Á Thanh Hóa), Quách Tuấn Anh (Hải Phòng).",
                 "HLV Trần Quốc Hưng nói: “Các cầu thủ đều sung sức.”")
    assert not any(lab == "TURN" for lab, _, _, _ in got)


def test_speech_general_interview_anchor_named_in_the_lead_and_a_forecast_list_after_it():
    lead = ("(VTV) - Trong bản tin tối nay, biên tập viên Mai Phương đã trao đổi với ông Nguyễn Hữu "
            "Khải, Trưởng phòng Dự báo thời tiết.")
    got = speech("Biên tập viên: Thưa ông, đợt nắng nóng này bao giờ kết thúc?",
                 "Ông Nguyễn Hữu Khải: Khoảng ngày 20/5 nắng nóng sẽ giảm.",
                 "Biên tập viên: Xin cảm ơn ông Khải!",
                 "Dự báo thời tiết ngày 15/5:",
                 "- Hà Nội: Nắng nóng gay gắt, cao nhất 39 độ C.",
                 "- TP.HCM: Chiều tối có mưa rào.", lead=lead, byline="Biên tập: Mai Phương")
    turns = [(t, n) for lab, _, t, n in got if lab == "TURN"]
    assert turns[0] == ("Thưa ông, đợt nắng nóng này bao giờ kết thúc?", "Mai Phương")
    assert not any(t.startswith(("Hà Nội", "TP.HCM")) for t, _ in turns)


def test_speech_general_interview_answer_ending_with_a_question_to_itself():
    lead = ("(PNO) - Chị Lê Thị Mỹ Duyên, Giám đốc Công ty Đồng Xanh, đưa lục bình sang Nhật Bản. Chị "
            "dành cho chúng tôi cuộc trò chuyện.")
    got = speech("Chị bắt đầu với cây lục bình từ khi nào?",
                 "Tôi sinh ra ở vùng Đồng Tháp Mười, nơi lục bình mọc kín kênh rạch. Năm 2012 tôi về quê, "
                 "thấy mấy chị trong xóm không có việc, tôi nghĩ: sao không làm giỏ từ lục bình?",
                 "Những năm đầu chắc không dễ dàng với chị?",
                 "Khó lắm em. Lô hàng đầu tiên bị trả về hết vì mốc, tôi lỗ gần 70 triệu đồng.",
                 "Hiện xưởng của chị có bao nhiêu người?",
                 "Tôi có 120 chị em làm thường xuyên.", lead=lead, byline="Thực hiện: DIỆU LINH")
    turns = [(t[:20], n) for lab, _, t, n in got if lab == "TURN"]
    assert turns[0] == ("Chị bắt đầu với cây ", "Diệu Linh")
    assert turns[1] == ("Tôi sinh ra ở vùng Đ", "Lê Thị Mỹ Duyên")


def headline_speakers(text: str) -> list[str]:
    """Speaker names of the QUOTE spans in the first paragraph (the headline) of ``text``."""
    doc = run_pipeline(new_document("t", text), ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    top = len(text.split("\n\n")[0])
    return [names[s.attrs["speaker"]] for s in doc.spans if s.label == "QUOTE" and s.start < top]


def _turns(text: str, width: int) -> list[tuple[str, str]]:
    """(speaker name, first ``width`` characters) of each TURN of ``text`` (zones and speech)."""
    doc = run_pipeline(new_document("t", text), ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    return [(names[s.attrs["speaker"]], s.text[:width]) for s in doc.spans if s.label == "TURN"]


def test_speech_general_interviews_guests_labelled_by_given_names_in_capitals_and_a_dotted_byline():
    text = "\n\n".join([
        "Bàn tròn: Hai nhà sáng lập trẻ kể chuyện kinh doanh đồ cũ",
        "Bài: Khánh Linh · Ảnh: Quang Đạt",
        "Tạp chí Mây ngồi lại cùng Đoàn Gia Huy, đồng sáng lập chuỗi Tiệm Lại, và Hứa Ngọc Thảo Vy, "
        "nhà sáng lập ứng dụng Xoay Vòng.",
        "Mây: Hai bạn bước vào chuyện buôn bán đồ cũ như thế nào?",
        "GIA HUY: Mình bắt đầu từ năm 2021, khi còn là sinh viên.",
        "THẢO VY: Mình đi đường vòng hơn, làm vận hành kho sáu năm.",
        "Mây: Cảm ơn hai bạn!", "Tin liên quan"])
    turns = _turns("MÂY\n\n" + text, 12)
    assert ("Khánh Linh", "Hai bạn bước") in turns
    assert ("Đoàn Gia Huy", "Mình bắt đầu") in turns
    assert ("Hứa Ngọc Thảo Vy", "Mình đi đườn") in turns


def test_speech_general_interviews_a_q_and_a_box_after_a_report_is_the_guest_introduced_before_it():
    text = "\n\n".join([
        "Người cao tuổi ở Đà Nẵng học cách nhận diện cuộc gọi lừa đảo",
        "(PCW) - Sáng 12/6, hơn 200 người cao tuổi ở Đà Nẵng dự buổi tập huấn về an toàn thông tin.",
        "Bà Lê Thị Hoa, Chủ tịch Hội Người cao tuổi phường, cho biết nhiều hội viên từng bị lừa.",
        "Bên lề chương trình, PC World trao đổi nhanh với ông Đoàn Minh Triết, Giám đốc kỹ thuật "
        "Công ty Cổ phần An ninh mạng Sông Hàn.",
        "- Thưa ông, đâu là dấu hiệu của một cuộc gọi lừa đảo?",
        "- Có ba dấu hiệu: gấp gáp, đòi giữ bí mật và đòi chuyển tiền.",
        "- Con cháu nên làm gì?", "- Nên cài sẵn hạn mức chuyển tiền cho ông bà.",
        "Hải Yến", "Tin liên quan"])
    turns = _turns(text, 10)
    assert ("Đoàn Minh Triết", "Có ba dấu ") in turns
    assert ("Đoàn Minh Triết", "Nên cài sẵ") in turns


def test_speech_general_interviews_a_byline_with_a_rank_names_the_interviewer():
    text = "\n\n".join([
        "Hưng Yên xây dựng lực lượng dân quân sau hợp nhất",
        "Đại úy VŨ HOÀNG LONG thực hiện",
        "Sau nửa năm vận hành chính quyền hai cấp, Đại tá Đỗ Văn Khải, Chỉ huy trưởng Bộ Chỉ huy Quân "
        "sự tỉnh, trao đổi với phóng viên.",
        "PV: Thưa đồng chí, công tác quốc phòng ở địa phương đã thay đổi ra sao?",
        "Đại tá Đỗ Văn Khải: Thay đổi lớn nhất là tổ chức lại lực lượng.",
        "PV: Xin cảm ơn đồng chí!", "Tin liên quan"])
    turns = _turns(text, 10)
    assert ("Vũ Hoàng Long", "Thưa đồng ") in turns


def test_speech_general_interviews_a_guest_labelled_by_the_surname_in_capitals():
    text = "\n\n".join([
        "Thuế carbon biên giới: thép Việt Nam chạy đua với dữ liệu phát thải",
        "DW trò chuyện với Tiến sĩ Jonas Keller, nhà kinh tế tại Berlin, và ông Trịnh Quốc Bảo, Phó Tổng "
        "thư ký Hiệp hội Thép Việt Nam.", "Lê Hà Phương",
        "DW: Thưa ông Keller, cơ chế này vận hành ra sao?",
        "JONAS KELLER: Trong giai đoạn chuyển tiếp, doanh nghiệp chỉ phải báo cáo.",
        "DW: Vì sao dữ liệu lại quan trọng?",
        "KELLER: Vì đó là đơn vị tiền tệ thật sự của cơ chế này.", "Tin liên quan"])
    turns = _turns(text, 10)
    assert ("Jonas Keller", "Vì đó là đ") in turns


def test_speech_general_interviews_a_portrait_with_unlabelled_questions_under_a_guest_s_headline():
    text = "\n\n".join([
        "NTK Lò Thu Vân: “Thổ cẩm không sinh ra để nằm trong tủ kính”",
        "Bài: Minh Châu / Ảnh: Bảo Khang",
        "Mang 36 thiết kế dệt từ sợi lanh lên sàn diễn, nhà thiết kế Lò Thu Vân tin thổ cẩm sống được "
        "cùng thời trang đương đại.",
        "Chị đến với chất liệu lanh từ khi nào?", "Từ năm 2019, khi tôi theo một nhóm bạn lên bản chụp ảnh.",
        "Bộ sưu tập lần này của chị có gì khác?", "Lần đầu tiên tôi dùng lanh cho đồ công sở.",
        "Chị trả công cho các hộ dệt ra sao?", "Năm 2025, chúng tôi trả cho các hộ dệt hơn 1 tỷ đồng.",
        "Kế hoạch sắp tới của chị là gì?", "Tháng 6, tôi mở cửa hàng đầu tiên ở Hà Nội.",
        "Tin liên quan"])
    turns = _turns(text, 10)
    assert ("Minh Châu", "Chị đến vớ") in turns
    assert ("Lò Thu Vân", "Từ năm 201") in turns
    assert ("Lò Thu Vân", "Tháng 6, t") in turns


def test_speech_general_interviews_a_headline_quote_one_guest_of_two_says_in_his_answer():
    text = "\n\n".join([
        "Dựng lại bản sau lũ: \"Dân chưa yên thì bộ đội chưa về\"",
        "Lũ quét cuốn trôi 20 ngôi nhà ở bản Nà Lũng. Báo mời hai khách đến trò chuyện.",
        "• Đại tá Nông Văn Sơn, Chính ủy Bộ Chỉ huy Quân sự tỉnh",
        "• Bà Lục Thị Mai, Chủ tịch UBND xã",
        "Phóng viên: Thưa bà, bà con đã ổn định chưa?",
        "Bà Lục Thị Mai: Bà con đã có chỗ ở tạm, nhưng còn thiếu nước sạch.",
        "Phóng viên: Thưa Đại tá, bộ đội sẽ ở lại bao lâu?",
        "Đại tá Nông Văn Sơn: Với chúng tôi, dân chưa yên thì bộ đội chưa về. Anh em sẽ ở đến khi xong nhà.",
        "Hoàng Tú", "Tin liên quan"])
    assert headline_speakers(text) == ["Nông Văn Sơn"]


def test_speech_general_interviews_a_headline_quote_shortened_from_a_villager_s_words():
    text = "\n\n".join([
        "Mưa đá ở bản Nà Sài: “Sống gần 70 năm chưa thấy mưa đá to như thế”",
        "Chiều 2/4, mưa đá và lốc xoáy làm hư hại hơn 300 ngôi nhà ở xã Chiềng Hắc.",
        "Sáng 3/4, ông Lường Văn Khởi, Phó Chủ tịch UBND tỉnh, đã đến thăm các hộ. Ông yêu cầu các xã thống "
        "kê thiệt hại trước ngày 10/4.", "Ông Khởi cho biết tỉnh sẽ hỗ trợ mỗi hộ 5 triệu đồng.",
        "“Sống gần 70 năm rồi, tôi chưa thấy mưa đá to như thế. Cả nhà phải chui xuống gầm giường”, bà Lò "
        "Thị Xuân, ở bản Nà Sài, kể lại.", "Minh Phúc", "Tin liên quan"])
    assert headline_speakers(text) == ["Lò Thị Xuân"]


def test_speech_general_interviews_unlabelled_questions_addressing_the_guest_by_rank():
    text = "\n\n".join([
        "Xây dựng lực lượng dân quân sau sắp xếp đơn vị hành chính",
        "Phóng viên Tạp chí Quốc phòng đã trao đổi với Đại tá Lê Đình Khang, Chỉ huy trưởng Bộ Chỉ huy "
        "Quân sự tỉnh, về những cách làm mới.",
        "Thưa Đại tá, việc sắp xếp đặt ra những yêu cầu mới nào?",
        "Từ ngày 1/7/2025, tỉnh được tổ chức lại. Chúng tôi bố trí lại lực lượng ở từng xã.",
        "Lực lượng đã làm gì trong mùa lũ vừa qua, thưa Đại tá?",
        "Năm 2025, chúng tôi huy động hơn 6.000 lượt người giúp dân.",
        "Xin cảm ơn Đại tá!", "Trung tá PHẠM VĂN THỊNH (thực hiện)", "Tin liên quan"])
    turns = _turns(text, 10)
    assert turns[:4] == [("Phạm Văn Thịnh", "Thưa Đại t"), ("Lê Đình Khang", "Từ ngày 1/"),
                         ("Phạm Văn Thịnh", "Lực lượng "), ("Lê Đình Khang", "Năm 2025, ")]


def test_speech_general_interviews_a_headline_quote_after_a_cue_and_a_reporter_named_in_the_body():
    text = "\n\n".join([
        "Bầu cử ở Kenya: Ứng viên thua cuộc tuyên bố 'sẽ đưa kết quả ra Tòa án Tối cao'",
        "Chiều 16/8, ủy ban bầu cử tuyên bố ông Samuel Mutai đắc cử tổng thống.",
        "Tối cùng ngày, bà Grace Achieng họp báo tại Kisumu. “Chúng tôi sẽ đưa kết quả ra Tòa án Tối cao. "
        "Người dân xứng đáng được biết sự thật”, bà tuyên bố.", "Minh Phúc", "Tin liên quan"])
    assert headline_speakers(text) == ["Grace Achieng"]
    assert headline_speakers(text.replace("Chúng tôi sẽ đưa kết quả ra Tòa án Tối cao. ", "")) == []
    live = "\n\n".join([
        "Tai nạn liên hoàn trên cao tốc, hai người bị thương",
        "Sáng 4/12, năm ô tô va chạm liên hoàn trên cao tốc ở km45.",
        "Lúc 7h30, phóng viên Phương Thảo đã kết nối với Trung tá Vũ Đình Khải trong bản tin trực tiếp:",
        "PV: Thưa ông, nguyên nhân ban đầu là gì?", "Trung tá Vũ Đình Khải: Các xe không giữ khoảng cách.",
        "PV: Xin cảm ơn ông!", "Thanh Tùng - Phương Thảo/VOVGT", "Tin liên quan"])
    turns = _turns(live, 10)
    assert turns[0] == ("Phương Thảo", "Thưa ông, ")


def test_speech_general_interviews_numbered_questions_and_numbered_subheadings():
    text = "\n\n".join([
        "Nhà nghiên cứu giếng cổ: mỗi giếng là một trang sử",
        "Tạp chí đã trao đổi với nhà nghiên cứu Trương Quang Diệm về cuốn sách mới của ông.",
        "1. Thưa ông, cơ duyên nào đưa ông đến với những giếng cổ?",
        "Tôi lớn lên bên một cái giếng như thế.",
        "2. Hiện trạng các giếng cổ hiện nay ra sao?",
        "Đáng lo lắm. Tôi đếm được ít nhất 9 giếng đã bị san lấp.",
        "Xin cảm ơn ông!", "Nguyễn Thu Sương", "Tin liên quan"])
    assert _turns(text, 10) == [("Nguyễn Thu Sương", "Thưa ông, "), ("Trương Quang Diệm", "Tôi lớn lê"),
                                ("Nguyễn Thu Sương", "Hiện trạng"), ("Trương Quang Diệm", "Đáng lo lắ"),
                                ("Nguyễn Thu Sương", "Xin cảm ơn")]
    explainer = "\n\n".join([
        "Sạc xe điện trong chung cư: bị phạt thế nào?",
        "(PLO) - Nghị định mới quy định mức phạt khi sạc xe điện sai nơi quy định.",
        "1. Sạc xe ở đâu thì bị phạt?", "Người sạc xe trong căn hộ có thể bị phạt đến 5 triệu đồng.",
        "2. Ban quản trị chịu trách nhiệm gì?", "Ban quản trị phải bố trí khu sạc riêng.",
        "Minh Phúc", "Tin liên quan"])
    assert _turns(explainer, 10) == []


def test_speech_general_interviews_a_magazine_s_name_asks_and_an_honour_title_abbreviated():
    text = "\n\n".join([
        "TẠP CHÍ SÔNG MÃ\nTrang nhất • Sáng tác • Lý luận • Trò chuyện",
        "Bạn đang xem: Trang nhất > Trò chuyện",
        "Người giữ nhịp trống hội làng",
        "Sông Mã đã có cuộc trò chuyện với Nghệ nhân ưu tú Lê Đình Khang về trò diễn của làng.",
        "Sông Mã: Thưa ông, ông đến với trò diễn từ khi nào?",
        "Nghệ nhân ưu tú Lê Đình Khang: Từ năm 12 tuổi, tôi đã theo bố đi diễn.",
        "Sông Mã: Lớp trẻ bây giờ có theo nghề không, thưa ông?",
        "NNƯT Khang: Có chứ, đội có 20 em dưới 18 tuổi.",
        "Hà Linh", "Cùng chuyên mục"])
    assert _turns(text, 10) == [("Hà Linh", "Thưa ông, "), ("Lê Đình Khang", "Từ năm 12 "),
                                ("Hà Linh", "Lớp trẻ bâ"), ("Lê Đình Khang", "Có chứ, độ")]
