"""Tests of direct and indirect QUOTE detection (speech_quotes) on invented sentences."""

from __future__ import annotations

import pytest

from goldspan.extract.speech_marks import quote_pairs
from goldspan.extract.speech_quotes import find_quotes
from goldspan.extract.speech_subjects import subject_before


def quotes(text):
    """(kind, quoted text, speaker name or None) of every quote in ``text``."""
    return [(q.kind, text[q.start:q.end], q.ref.name) for q in find_quotes(text, 0, len(text))]


def test_speech_quotes_pairs_curly_and_straight():
    text = 'Anh nói “một” rồi "hai" và “ba'
    got = [(text[o], text[c] if c is not None else None)
           for o, c in quote_pairs(text, 0, len(text))]
    assert got == [("“", "”"), ('"', '"'), ("“", None)]
    assert quote_pairs(text, 0, len(text))[0] == (text.index("“"), text.index("”"))


def test_speech_quotes_direct_cue_before_with_colon():
    text = "Ông Trần Văn Hải cho biết: “Năm nay doanh nghiệp sẽ tuyển thêm lao động”."
    assert quotes(text) == [("direct", "Năm nay doanh nghiệp sẽ tuyển thêm lao động",
                             "Trần Văn Hải")]


def test_speech_quotes_direct_cue_after():
    text = '"Chúng tôi đã chuẩn bị kỹ cho mùa mưa bão", bà Nguyễn Thị Hoa nói.'
    assert quotes(text) == [("direct", "Chúng tôi đã chuẩn bị kỹ cho mùa mưa bão",
                             "Nguyễn Thị Hoa")]


def test_speech_quotes_direct_cue_after_with_dash_and_pronoun():
    text = "“Tôi rất vui” - ông chia sẻ."
    assert quotes(text) == [("direct", "Tôi rất vui", None)]


def test_speech_quotes_direct_with_words_between_cue_and_colon():
    text = "Bộ trưởng Lê Minh Khoa phát biểu tại hội nghị sáng nay: “Phải làm ngay”."
    assert quotes(text) == [("direct", "Phải làm ngay", "Lê Minh Khoa")]


@pytest.mark.parametrize("text", [
    "Công tác này đã mang lại nhiều “trái ngọt” cho địa phương.",
    "Huyện phát động phong trào “Ngày thứ bảy tình nguyện” trong toàn dân.",
    "Cuộc thi “Tìm hiểu lịch sử quê hương” thu hút nhiều học sinh tham gia.",
    'Ông Hải cho biết dự án "Xanh hóa trường học" sẽ mở rộng.',
])
def test_speech_quotes_scare_quotes_and_titles_are_not_direct(text):
    assert all(k != "direct" for k, _, _ in quotes(text))


def test_speech_quotes_indirect_after_cue_without_full_stop():
    text = "Ông Nguyễn Văn Bình khẳng định sẽ hoàn thành công trình trước mùa mưa."
    assert quotes(text) == [("indirect", "sẽ hoàn thành công trình trước mùa mưa",
                             "Nguyễn Văn Bình")]


@pytest.mark.parametrize("cue", ["cho biết", "nhấn mạnh", "cho rằng", "chia sẻ", "đề nghị",
                                 "nhận định", "cho hay", "nêu rõ", "nói"])
def test_speech_quotes_indirect_cue_verbs(cue):
    text = f"Bà Đặng Thu Trang {cue} các trường cần chuẩn bị đủ giáo viên. Câu sau."
    assert quotes(text) == [("indirect", "các trường cần chuẩn bị đủ giáo viên", "Đặng Thu Trang")]


def test_speech_quotes_indirect_drops_rang_and_comma():
    text = "Ông Phạm Quốc Việt cho biết, trong năm tới tỉnh sẽ mở thêm hai tuyến xe buýt."
    assert quotes(text)[0][1] == "trong năm tới tỉnh sẽ mở thêm hai tuyến xe buýt"
    text = "Ông Phạm Quốc Việt cho rằng việc này cần làm sớm."
    assert quotes(text)[0][1] == "việc này cần làm sớm"


def test_speech_quotes_indirect_with_appositive_role():
    text = ("Ông Trần Văn Hải, Phó chủ tịch Hiệp hội Chè, cho biết giá chè đã tăng mạnh. "
            "Câu khác.")
    q = find_quotes(text, 0, len(text))
    assert [(text[x.start:x.end], x.ref.name, x.role) for x in q] == [
        ("giá chè đã tăng mạnh", "Trần Văn Hải", "Phó chủ tịch Hiệp hội Chè")]


def test_speech_quotes_indirect_title_before_name():
    text = ("Trao đổi với phóng viên, Giám đốc Sở Công Thương Vũ Thanh Bình nhấn mạnh "
            "sẽ kiểm tra chặt các cửa hàng.")
    q = find_quotes(text, 0, len(text))
    assert q[0].ref.name == "Vũ Thanh Bình"
    assert text[q[0].ref.role_start:].startswith("Giám đốc Sở Công Thương")


def test_speech_quotes_indirect_needs_a_person_subject():
    for text in ["Nhiều người dân cho rằng giá điện tăng quá nhanh.",
                 "Báo cáo của Sở Y tế cho biết số ca bệnh đã giảm.",
                 "Bà Lê Thu Hà chia sẻ với phóng viên về cách làm của xã.",
                 "Nói chung, công việc năm nay thuận lợi hơn năm ngoái.",
                 "Có thể nói năm nay là một năm thành công của huyện."]:
        assert quotes(text) == [], text


def test_speech_quotes_indirect_abbreviation_does_not_end_sentence():
    text = "Bà Lê Thu Hà cho biết TP. Huế sẽ mở thêm bãi đỗ xe. Câu khác."
    assert quotes(text)[0][1] == "TP. Huế sẽ mở thêm bãi đỗ xe"


def test_speech_quotes_cue_then_quote_is_direct_not_indirect():
    text = 'Ông Lâm Văn Tú nói: "Chúng tôi sẽ làm đến cùng."'
    assert quotes(text) == [("direct", "Chúng tôi sẽ làm đến cùng.", "Lâm Văn Tú")]


def test_speech_quotes_subject_before_skips_adverbs():
    text = "Ông Hồ Văn Nam cũng đã khẳng định"
    ref, role = subject_before(text, text.index("khẳng"), 0)
    assert ref.name == "Hồ Văn Nam" and role is None


def test_speech_quotes_subject_pronoun_at_clause_start():
    text = "Chiều qua, ông cho biết"
    ref, _ = subject_before(text, text.index("cho"), 0)
    assert ref.name is None and text[ref.start:].startswith("ông")


@pytest.mark.parametrize("org", ["Sở Y tế", "Bảo hiểm xã hội Việt Nam", "UBND tỉnh Phú Yên",
                                 "Tổng cục Thống kê"])
def test_speech_quotes_organisation_opening_the_clause_is_a_speaker(org):
    text = f"Trong khi đó, {org} cho biết số ca bệnh đã giảm mạnh trong tuần."
    assert quotes(text) == [("indirect", "số ca bệnh đã giảm mạnh trong tuần", org)]


def test_speech_quotes_known_short_name_without_title():
    text = "Nhung cho biết: “Tôi rất vui vì về đích”."
    assert quotes(text) == []
    q = find_quotes(text, 0, len(text), known={"nhung"})
    assert [(text[x.start:x.end], x.ref.name) for x in q] == [("Tôi rất vui vì về đích", "Nhung")]


@pytest.mark.parametrize("text", ["Ông Lê Văn Tám phát biểu khai mạc hội nghị tổng kết năm.",
                                  "Bà Đỗ Thị Hằng trả lời câu hỏi của nhiều cử tri trong xã.",
                                  "Ông Lê Văn Tám trình bày báo cáo tổng kết năm của huyện."])
def test_speech_quotes_verbs_taking_an_object_are_not_indirect_cues(text):
    assert quotes(text) == []


def test_speech_quotes_phat_bieu_with_colon_is_a_direct_cue():
    text = "Ông Lê Văn Tám phát biểu: “Chúng ta phải về đích sớm”."
    assert quotes(text) == [("direct", "Chúng ta phải về đích sớm", "Lê Văn Tám")]


def test_speech_quotes_bare_organisation_resolves_to_its_full_name():
    text = ("Theo Trung tâm Bảo tồn Di sản Cố đô, lượng khách tăng mạnh.\n\n"
            "Trung tâm cho biết sẽ mở thêm hai điểm bán vé tự động.")
    start = text.index("Trung tâm cho")
    q = find_quotes(text, start, len(text))
    assert [(text[x.start:x.end], x.ref.name) for x in q] == [
        ("sẽ mở thêm hai điểm bán vé tự động", "Trung tâm Bảo tồn Di sản Cố đô")]


def test_speech_quotes_content_must_start_with_a_word():
    text = "Ông Lê Văn Tám trao đổi với phóng viên. (Ảnh: Minh Châu)"
    assert quotes(text) == []


def test_speech_quotes_circumstance_after_noi_is_not_content():
    assert quotes("Ông Lê Văn Tám nói trong cuộc họp chiều qua.") == []
    text = "Ông Lê Văn Tám cho biết trong năm tới xã sẽ làm thêm ba cây cầu."
    assert quotes(text)[0][1] == "trong năm tới xã sẽ làm thêm ba cây cầu"


def test_speech_quotes_organisation_after_source_tag():
    text = "(TTXVN) - Bộ Công Thương cho biết giá xăng sẽ giảm nhẹ từ chiều nay."
    assert quotes(text) == [("indirect", "giá xăng sẽ giảm nhẹ từ chiều nay", "Bộ Công Thương")]


def test_speech_quotes_cue_after_quote_with_name_and_dash_role():
    text = ("Ông Nguyễn Văn An là người phụ trách dự án. “Chúng tôi sẽ xong trong tháng này”, "
            "ông Nguyễn Văn An - Giám đốc Sở Tài chính cho biết.")
    got = quotes(text)
    assert ("direct", "Chúng tôi sẽ xong trong tháng này") in [(k, t) for k, t, _ in got]


def test_speech_quotes_title_in_quotes_before_a_clause_is_not_speech():
    text = "“Xanh hóa học đường” là chương trình mà ông Nguyễn Văn An cho biết sẽ mở rộng."
    assert all(k != "direct" for k, _, _ in quotes(text))


def test_speech_quotes_do_la_chia_se_cua_names_the_speaker_after_the_quote():
    text = ("“Tôi chỉ mong các con được đi học đầy đủ”. Đó là chia sẻ của chị Lò Thị Xuân, "
            "một phụ huynh ở bản Phiêng.")
    assert quotes(text) == [("direct", "Tôi chỉ mong các con được đi học đầy đủ", "Lò Thị Xuân")]
    text = "“Tôi chỉ mong các con được đi học đầy đủ”. Đó là mong ước của nhiều phụ huynh."
    assert quotes(text) == []


def test_speech_quotes_indirect_before_a_sentence_final_cue():
    text = "Năm nay sản lượng lúa của xã tăng khoảng 20%, ông Lê Văn Tám cho biết. Câu sau."
    assert quotes(text) == [("indirect", "Năm nay sản lượng lúa của xã tăng khoảng 20%",
                             "Lê Văn Tám")]
    assert quotes("Trong cuộc họp sáng nay, ông Lê Văn Tám cho biết.") == []


@pytest.mark.parametrize("cue", ["nhắc lại", "ước tính", "bật mí", "thuật lại"])
def test_speech_quotes_more_indirect_cues(cue):
    text = f"Ông Phùng Văn Kha {cue} mỗi năm xã trồng thêm năm mươi héc-ta rừng."
    assert quotes(text)[0][2] == "Phùng Văn Kha"


def test_speech_quotes_worry_verbs_cue_direct_quotes_only():
    assert quotes("Ông Phùng Văn Kha lo ngại giá phân bón sẽ còn tăng.") == []
    text = "Ông Phùng Văn Kha lo ngại: “Giá phân bón sẽ còn tăng”."
    assert quotes(text) == [("direct", "Giá phân bón sẽ còn tăng", "Phùng Văn Kha")]


@pytest.mark.parametrize("para", [
    "Quỹ nâng dự báo tăng trưởng của khu vực lên mức cao hơn năm ngoái.",
    "Ngân hàng giữ nguyên dự báo lạm phát cho năm tới ở mức thấp.",
])
def test_speech_quotes_cue_word_used_as_a_noun_is_no_cue(para):
    assert find_quotes(para, 0, len(para)) == []


def test_speech_quotes_khuyen_nghi_reports_words():
    para = "Ông Lê Văn Hải khuyến nghị các hộ dân nên trồng thêm rừng phòng hộ ven biển."
    assert [para[q.start:q.end] for q in find_quotes(para, 0, len(para))] == [
        "các hộ dân nên trồng thêm rừng phòng hộ ven biển"]


def test_speech_quotes_cue_after_a_direct_quote_reports_nothing_more():
    para = '"Phải làm ngay trong tuần này", ông Lê Văn Tâm nhấn mạnh khi kiểm tra công tác ứng phó.'
    got = find_quotes(para, 0, len(para))
    assert [(q.kind, para[q.start:q.end]) for q in got] == [
        ("direct", "Phải làm ngay trong tuần này")]


def test_speech_quotes_bay_to_mong_muon_is_one_cue():
    para = "Bà Trần Thị Hoa bày tỏ mong muốn chính quyền sớm nạo vét con kênh qua thôn."
    assert [para[q.start:q.end] for q in find_quotes(para, 0, len(para))] == [
        "chính quyền sớm nạo vét con kênh qua thôn"]


def test_speech_quotes_second_cue_after_a_conjunction_splits_the_words():
    para = ("Tại tòa, bị cáo Trần Văn Khải thừa nhận đã dùng tiền của khách hàng sai mục đích "
            "nhưng cho rằng mình không có ý chiếm đoạt.")
    assert [para[q.start:q.end] for q in find_quotes(para, 0, len(para))] == [
        "đã dùng tiền của khách hàng sai mục đích", "mình không có ý chiếm đoạt"]


def test_speech_quotes_va_without_a_second_cue_keeps_one_quote():
    para = "Ông Lê Văn Hải cho biết giá lúa tăng mạnh và nông dân rất phấn khởi."
    assert [para[q.start:q.end] for q in find_quotes(para, 0, len(para))] == [
        "giá lúa tăng mạnh và nông dân rất phấn khởi"]


def test_speech_quotes_long_organisation_subject_and_words_opening_with_tu_dem():
    para = ("Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo từ đêm 7/11 đến sáng 9/11, "
            "khu vực ven biển có mưa rất to.")
    got = find_quotes(para, 0, len(para))
    assert [para[q.start:q.end] for q in got] == [
        "từ đêm 7/11 đến sáng 9/11, khu vực ven biển có mưa rất to"]
    assert got[0].ref.name == "Trung tâm Dự báo khí tượng thủy văn quốc gia"


def test_speech_quotes_do_la_loi_names_the_speaker_after_the_quote():
    para = ('"Người bệnh cao tuổi sợ nhất là phải đi xa, nên mình mang máy về tận xã." '
            "Đó là lời bác sĩ Trần Văn Bình, trưởng đoàn khám.")
    got = find_quotes(para, 0, len(para))
    assert [(q.kind, q.ref.name) for q in got] == [("direct", "Trần Văn Bình")]


def test_speech_quotes_chained_cue_after_a_direct_quote_reports_more_words():
    para = ('"Hai người đã xuất viện.", bà Phương nói, đồng thời khẳng định chi phí điều trị '
            "sẽ do chủ doanh nghiệp chi trả.")
    assert quotes(para) == [("direct", "Hai người đã xuất viện.", "Phương"),
                            ("indirect", "chi phí điều trị sẽ do chủ doanh nghiệp chi trả",
                             "Phương")]


def test_speech_quotes_chained_cue_without_words_gives_the_second_cue_the_words():
    para = "Ông Lâm cho biết, đồng thời đề nghị các phường khẩn trương nộp hồ sơ trong tháng này."
    assert quotes(para) == [("indirect", "các phường khẩn trương nộp hồ sơ trong tháng này",
                             "Lâm")]


def test_speech_quotes_conjunction_without_an_earlier_cue_is_no_speaker():
    para = "Mưa lớn kéo dài, đồng thời cảnh báo lũ được phát đi trên toàn tỉnh từ sáng sớm."
    assert quotes(para) == []


@pytest.mark.parametrize("manner", ["nghẹn ngào", "rưng rưng", "hồ hởi", "điềm tĩnh"])
def test_speech_quotes_manner_word_between_speaker_and_cue(manner):
    para = f'Ông Hoàng Văn Sơn {manner} kể: "Nó đi làm xa từ năm ngoái, tháng nào cũng gửi tiền."'
    assert quotes(para) == [("direct", "Nó đi làm xa từ năm ngoái, tháng nào cũng gửi tiền.",
                             "Hoàng Văn Sơn")]


def test_speech_quotes_embassy_is_an_organisation_speaker_not_an_ambassador():
    para = ("Đại sứ quán Việt Nam tại Nhật Bản khuyến cáo người lao động không làm thêm quá "
            "mười hai tiếng mỗi ngày.")
    got = find_quotes(para, 0, len(para))
    assert [(q.ref.name, q.ref.title) for q in got] == [("Đại sứ quán Việt Nam tại Nhật Bản", None)]
    para = "Đại sứ Nguyễn Văn Long cho biết cộng đồng người Việt ở đây đã quyên góp nhiều tiền."
    assert quotes(para)[0][2] == "Nguyễn Văn Long"


def test_speech_quotes_reported_words_then_a_quoted_tail_are_two_quotes():
    para = ("Chị Trần Thị Mỹ Linh (32 tuổi), tiểu thương chợ Mới, kể mỗi sáng chị chở hàng qua "
            "đò mất hai mươi phút, “giờ thì chạy thẳng ra chợ, rau còn tươi nguyên”.")
    got = find_quotes(para, 0, len(para))
    assert [(q.kind, para[q.start:q.end], q.ref.name, q.role) for q in got] == [
        ("indirect", "mỗi sáng chị chở hàng qua đò mất hai mươi phút", "Trần Thị Mỹ Linh",
         "tiểu thương chợ Mới"),
        ("direct", "giờ thì chạy thẳng ra chợ, rau còn tươi nguyên", "Trần Thị Mỹ Linh",
         "tiểu thương chợ Mới")]


def test_speech_quotes_quoted_name_inside_reported_words_does_not_cut_them():
    para = 'Ông Hải cho biết người dân xã "Tân Lập" đã nhận đủ tiền bồi thường.'
    assert quotes(para) == [("indirect", 'người dân xã "Tân Lập" đã nhận đủ tiền bồi thường',
                             "Hải")]


def test_speech_quotes_capitalised_cue_word_inside_a_name_is_no_cue():
    para = 'HLV Trịnh Quốc Bảo: "Các cầu thủ không chịu cúi đầu"'
    assert all(q.ref.name != "Trịnh Quốc" for q in find_quotes(para, 0, len(para)))
    para = 'Ông Trịnh Quốc Bảo bảo: "Các cầu thủ không chịu cúi đầu trước khó khăn."'
    assert quotes(para)[0][2] == "Trịnh Quốc Bảo"


@pytest.mark.parametrize("when", ["từ trung tuần tháng 8", "từ quý III", "từ vụ tới",
                                  "từ hạ tuần tháng này"])
def test_speech_quotes_words_opening_with_a_time_after_tu(when):
    para = f"Bà Nguyễn Thị Hà nhận định {when}, giá lúa sẽ tăng nhẹ trở lại."
    assert quotes(para) == [("indirect", f"{when}, giá lúa sẽ tăng nhẹ trở lại", "Nguyễn Thị Hà")]


def test_speech_quotes_agency_quoting_someone_unnamed_is_no_speaker():
    para = "AFP dẫn lời một quan chức giấu tên cho rằng mức cắt giảm có thể kéo dài đến hết năm."
    assert quotes(para) == []
    para = ("Hãng tin Reuters dẫn lời ông Nguyễn Văn An cho biết quyết định này nhằm giữ ổn định "
            "thị trường.")
    assert quotes(para) == [("indirect", "quyết định này nhằm giữ ổn định thị trường",
                             "Nguyễn Văn An")]


@pytest.mark.parametrize("when", ["ngày 18/11", "sáng 2/12", "hôm 5/6/2025"])
def test_speech_quotes_date_between_the_speaker_and_the_cue(when):
    para = (f"Theo Reuters, ông Bounthavy Keomany, Thứ trưởng Bộ Giao thông Lào, {when} cho biết "
            "Lào giảm phí quá cảnh cho xe tải từ đầu tháng tới.")
    assert quotes(para) == [("indirect", "Lào giảm phí quá cảnh cho xe tải từ đầu tháng tới",
                             "Bounthavy Keomany")]


def test_speech_quotes_role_after_a_dash_up_to_the_cue():
    para = ("Ông Lại Văn Thành - Phó Trưởng ban Quản lý các khu công nghiệp tỉnh cho biết, dòng "
            "vốn mới đổ nhiều nhất vào khu công nghiệp phía bắc.")
    got = find_quotes(para, 0, len(para))
    assert [(q.ref.name, q.role, para[q.start:q.end]) for q in got] == [
        ("Lại Văn Thành", "Phó Trưởng ban Quản lý các khu công nghiệp tỉnh",
         "dòng vốn mới đổ nhiều nhất vào khu công nghiệp phía bắc")]
    para = "Giá lúa tăng mạnh - thương lái cho biết vụ này ai cũng có lãi."
    assert all(q.ref.name is None for q in find_quotes(para, 0, len(para)))


def test_speech_quotes_company_with_an_appositive_speaks():
    para = "Dakmix, đơn vị thu mua lớn nhất vùng, cho biết sẽ tiêu thụ khoảng 12.000 tấn trong vụ."
    got = find_quotes(para, 0, len(para))
    assert [(q.ref.name, q.role, para[q.start:q.end]) for q in got] == [
        ("Dakmix", "đơn vị thu mua lớn nhất vùng", "sẽ tiêu thụ khoảng 12.000 tấn trong vụ")]


@pytest.mark.parametrize("cue", ["trải lòng", "trần tình", "hồi tưởng", "than thở"])
def test_speech_quotes_more_cues_of_feeling(cue):
    para = f"Ông Quách Văn Tuấn {cue} rằng điều ông lo nhất bây giờ là sinh kế của gia đình."
    assert quotes(para) == [("indirect", "điều ông lo nhất bây giờ là sinh kế của gia đình",
                             "Quách Văn Tuấn")]


@pytest.mark.parametrize("verb", ["triển khai", "công khai"])
def test_speech_quotes_khai_inside_another_verb_is_no_cue(verb):
    para = f"Sở Công Thương tổ chức hội nghị {verb} Kế hoạch số 5123/KH-SCT về cân đối cung cầu."
    assert quotes(para) == []


def test_speech_quotes_words_opening_with_voi_or_sau_khi_can_be_reported():
    para = "Thứ trưởng Đoàn Minh Khôi cho biết với mức mới, khoảng hai triệu người sẽ không nộp thuế."
    assert quotes(para)[0][1] == "với mức mới, khoảng hai triệu người sẽ không nộp thuế"
    para = "Ông Đinh Công Hậu nói thêm rằng sau khi có quyết định, sở sẽ hoàn tất hồ sơ trong tuần."
    assert quotes(para)[0][1] == "sau khi có quyết định, sở sẽ hoàn tất hồ sơ trong tuần"
    assert quotes("Ông Khôi chia sẻ với phóng viên về kế hoạch thu thuế của ngành năm nay.") == []
    assert quotes("Ông Đinh Công Hậu nói sau khi thăm trường học mới xây ở xã bên.") == []


def test_speech_quotes_announcing_a_document_is_not_reported_words():
    para = "Sáng 17/11, Thanh tra tỉnh họp báo thông tin kết quả công tác thanh tra 10 tháng."
    assert quotes(para) == []


def test_speech_quotes_pronoun_and_a_gesture_before_a_colon():
    para = 'Hỏi chị Hạnh đã bao giờ muốn dừng, chị lắc đầu: "Còn một em cần thì còn mở lớp."'
    got = find_quotes(para, 0, len(para))
    assert [(q.kind, para[q.start:q.end], q.ref.name) for q in got] == [
        ("direct", "Còn một em cần thì còn mở lớp.", None)]
    para = 'Chị Hạnh chỉnh đường may cho học viên: "Đường kim thẳng thì tay nghề mới thẳng."'
    assert quotes(para) == [("direct", "Đường kim thẳng thì tay nghề mới thẳng.", "Hạnh")]


def test_speech_quotes_person_of_a_club_speaks():
    para = ('"Chúng tôi bị dẫn trước nhưng không mất bình tĩnh.", HLV Marco Bellini của câu lạc bộ '
            "Thép Xanh nói trong buổi họp báo.")
    assert quotes(para)[0][2] == "Marco Bellini"


def test_speech_quotes_name_after_an_organisation_and_a_comma():
    para = ("Tại cơ quan công an, Hoàng Văn Tâm (SN 1985) khai nhận từ tháng 6, Tâm thuê 12 lao "
            "động đào vàng vào ban đêm.")
    assert quotes(para) == [("indirect", "từ tháng 6, Tâm thuê 12 lao động đào vàng vào ban đêm",
                             "Hoàng Văn Tâm")]


def test_speech_quotes_admitting_the_acts_alone_is_no_quote_and_chi_dao_no_cue():
    assert quotes("Tại tòa, bị cáo Trần Văn Khang khai nhận toàn bộ hành vi.") == []
    assert quotes("Ông Lực chỉ đạo kế toán lập 146 bộ hồ sơ vay khống.") == []


def test_speech_quotes_voi_an_addressee_then_the_topic_is_no_quote():
    assert quotes("Ông John Miller nói với hãng tin Reuters về khả năng tăng thuế năm tới.") == []
    assert quotes("Bà Lan chia sẻ với Ủy ban về kế hoạch của hội trong năm tới.") == []


def test_speech_quotes_rejecting_a_charge_and_a_sign_are_no_speech():
    assert quotes("Ông Hưng bác bỏ cáo buộc của viện kiểm sát tại phiên tòa sáng nay.") == []
    assert quotes('Anh Tuấn treo tấm biển: "Miễn phí cho người già và trẻ em."') == []


def test_speech_quotes_chinese_name_after_a_country():
    para = ("Người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh nói rằng Bắc Kinh phản đối quyết "
            "định này.")
    assert quotes(para)[0][2] == "Mao Ninh"


def test_speech_quotes_ve_lau_dai_opens_reported_words():
    got = quotes("Ông Hùng cho rằng về lâu dài, tỉnh cần thêm hồ chứa. Bà Mai nói về giá nước.")
    assert got == [("indirect", "về lâu dài, tỉnh cần thêm hồ chứa", "Hùng")]


@pytest.mark.parametrize("text,speaker", [
    ("Du khách Emma Lindqvist: “Tôi sẽ kể lại chuyến đi này cho cả nhà”. Ảnh: Thu Hà",
     "Emma Lindqvist"),
    ("Thượng tá Đỗ Văn Cường, Trưởng Công an phường Hòa Bình: “Lực lượng trực suốt ngày "
     "đêm”. Ảnh: Lê Minh", "Đỗ Văn Cường"),
    ("HLV Manuel Ferreira: “Chúng tôi đến đây để lấy 3 điểm”", "Manuel Ferreira"),
])
def test_speech_quotes_label_before_colon_and_mark_names_the_speaker(text, speaker):
    got = quotes(text)
    assert [(kind, who) for kind, _, who in got] == [("direct", speaker)]


def test_speech_quotes_label_at_a_setting_needs_a_known_name():
    text = "Vân Du tại buổi họp báo: “Mọi người sẽ ra về với giọng khản đặc”. Ảnh: BTC"
    assert quotes(text) == []
    got = [(q.kind, q.ref.name) for q in find_quotes(text, 0, len(text), known={"vân du"})]
    assert got == [("direct", "Vân Du")]


def test_speech_quotes_post_of_a_club_before_colon_is_no_name():
    text = "Chủ tịch Đông Á Thanh Hóa: “Đây là bản hợp đồng đắt nhất lịch sử câu lạc bộ”"
    assert [who for _, _, who in quotes(text)] in ([], [None])


def test_speech_quotes_head_of_a_state_body_is_a_title():
    text = "Tổng Kiểm toán nhà nước Hà Văn Khôi cho biết các đơn vị đã thực hiện 81,4% kiến nghị."
    assert quotes(text) == [("indirect", "các đơn vị đã thực hiện 81,4% kiến nghị", "Hà Văn Khôi")]


def test_speech_quotes_cu_the_opening_a_list_names_no_speaker():
    from goldspan.extract.speech_direct import dangling_cue
    text = "Toàn ngành đã thực hiện 1.046 cuộc kiểm toán. Cụ thể:"
    assert dangling_cue(text, 0, len(text)) is None
    said = "Năm nay làng có thêm ba hộ làm nghề. Cụ Tư kể:"
    assert dangling_cue(said, 0, len(said)) is not None


def test_speech_quotes_title_in_marks_inside_reported_words():
    text = ("Đạo diễn Vũ Minh Khôi cho biết “Chuyến đò cuối năm” được quay trong 36 ngày "
            "trên sông Văn Úc.")
    assert quotes(text) == [("indirect", "“Chuyến đò cuối năm” được quay trong 36 ngày trên "
                                         "sông Văn Úc", "Vũ Minh Khôi")]
    said = "HLV Trần Minh Triết nói “đội đã biết chờ thời cơ” sau trận."
    assert quotes(said) == [("direct", "đội đã biết chờ thời cơ", "Trần Minh Triết")]


def test_speech_quotes_phrase_of_time_between_cue_and_rang():
    text = ("Người phát ngôn Ủy ban châu Âu (EC) cho biết cùng ngày rằng hiệp định sẽ xóa bỏ "
            "thuế quan đối với 91% hàng hóa.")
    assert [t for _k, t, _n in quotes(text)] == [
        "hiệp định sẽ xóa bỏ thuế quan đối với 91% hàng hóa"]


def test_speech_quotes_a_deed_joined_by_va_before_the_cue_and_the_colon():
    from goldspan.extract.registry import run_pipeline as _run
    from goldspan.model.document import new_document as _new
    doc = _run(_new("v", "Tiêu đề\n\nBà Lê Thị Hoa cầm tờ thông báo và hỏi: “Bao giờ gia đình tôi có tiền đền "
                         "bù?”\n\nTin liên quan"), ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    got = [(s.text, names[s.attrs["speaker"]]) for s in doc.spans if s.label == "QUOTE"]
    assert ("Bao giờ gia đình tôi có tiền đền bù?", "Lê Thị Hoa") in got
