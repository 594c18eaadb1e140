"""General entity rules added for articles from other sites (all sentences invented here).

Each case runs the extractor on a document without zones (the whole text is content) and
compares the (label, text) pairs it finds.
"""

from __future__ import annotations

import pytest

from goldspan.extract.entities import Entities
from goldspan.extract.registry import run_pipeline
from goldspan.model.document import new_document


def ents(text: str) -> list[tuple[str, str]]:
    """(label, text) of the entities of ``text`` in reading order."""
    doc = new_document("g", text)
    return [(s.label, s.text) for s in sorted(Entities().extract(doc).spans,
                                              key=lambda s: s.start)]


def test_entities_general_places_listed_after_a_place():
    got = ents("Nước sạch đã về các xã phía tây như Ba Vì, Minh Châu hay Yên Bài, nhưng vẫn "
               "thiếu ở Đồng Văn, Mèo Vạc, Lũng Cú.")
    assert [t for lab, t in got if lab == "LOC"] == [
        "Ba Vì", "Minh Châu", "Yên Bài", "Đồng Văn", "Mèo Vạc", "Lũng Cú"]


@pytest.mark.parametrize("text", [
    "Đoàn công tác làm việc tại Hà Nội, Chủ tịch tỉnh dự buổi làm việc.",  # a title follows
    "Sau khi về Hà Nội, Lan cho biết chị sẽ ở lại.",  # a person speaks
    "Đoàn đã đến Hà Nội, Nguyễn Văn Bình ra đón.",  # a full personal name
])
def test_entities_general_list_needs_a_bare_name_ending_at_a_stop(text):
    got = ents(text)
    assert [t for lab, t in got if lab == "LOC"] == ["Hà Nội"]


def test_entities_general_place_named_again_without_descriptor():
    got = ents("Xã Pà Cò nằm ở vùng cao. Năm nay, người dân Pà Cò trồng thêm 20 ha mận.")
    assert got.count(("LOC", "Pà Cò")) == 2


def test_entities_general_given_name_place_is_not_repeated():
    got = ents("Ông Trần Văn Bình về thăm xã Bình. Sau đó anh Bình ra ruộng.")
    assert ("LOC", "Bình") not in got[2:]


@pytest.mark.parametrize("text,code", [
    ("Năm nay, COP30 khép lại với nhiều cam kết mới.", "COP30"),
    ("Mẫu VF8 được giao cho khách từ tuần sau.", "VF8"),
])
def test_entities_general_capital_codes_are_misc(text, code):
    assert ("MISC", code) in ents(text)


@pytest.mark.parametrize("text", [
    "Xe chạy trên quốc lộ QL1A suốt đêm.", "Hồ sơ mã HS12 đã được nộp.",
    "Căn hộ số AB12 được bàn giao.", "Chiếc xe BKS12 đỗ ven đường.",
])
def test_entities_general_codes_after_number_words_are_not_misc(text):
    assert not [t for lab, t in ents(text) if lab == "MISC"]


def test_entities_general_acronym_with_digits_after_an_organisation():
    got = ents("Đại tá Lê Văn Hùng, Phó Cục trưởng Cục Cảnh sát hình sự (C02), trả lời.")
    assert ("ORG", "C02") in got and ("MISC", "C02") not in got


def test_entities_general_compass_after_phia_is_a_direction():
    got = ents("Mưa lớn ở phía Tây Bắc tỉnh, còn vùng Tây Bắc thì nắng.")
    assert [t for lab, t in got if lab == "LOC"] == ["Tây Bắc"]
    assert got.index(("LOC", "Tây Bắc")) == len(got) - 1


@pytest.mark.parametrize("text,want", [
    ("Hành khách xuống tại ga Bến Thành.", "ga Bến Thành"),
    ("Xe chạy trên cao tốc Cam Lộ - La Sơn dài 98 km.", "cao tốc Cam Lộ - La Sơn"),
    ("Tàu cập cảng Cái Mép lúc sáng.", "cảng Cái Mép"),
])
def test_entities_general_station_road_and_port_keep_their_word(text, want):
    assert ("LOC", want) in ents(text)


def test_entities_general_agreements_are_misc():
    got = ents("Các nước cam kết thực hiện Thỏa thuận Paris và Hiệp định EVFTA.")
    assert ("MISC", "Thỏa thuận Paris") in got and ("MISC", "Hiệp định EVFTA") in got


def test_entities_general_org_names_with_lowercase_tails():
    got = ents("Ông Tuấn là Phó Cục trưởng Cục Biến đổi khí hậu (Bộ Nông nghiệp và Môi trường).")
    assert ("ORG", "Cục Biến đổi khí hậu") in got


def _pipeline_entities(text: str) -> list[tuple[str, str]]:
    doc = run_pipeline(new_document("p", text), ["zones", "entities"])
    return [(s.label, s.text) for s in doc.spans if s.layer == "entity"]


def test_entities_general_team_byline_and_interviewer_label_are_not_people():
    got = _pipeline_entities(
        "Cảnh giác với cuộc gọi lạ\n\n(CAND) - Phóng viên trao đổi với Đại tá Trần Văn Nam "
        "về các thủ đoạn lừa đảo mới.\n\nPV: Thưa Đại tá, tình hình ra sao?\n\nĐại tá Trần Văn "
        "Nam: Rất phức tạp.\n\nPhóng viên: Thành phố đặt mục tiêu gì?\n\nÔng Nam: Giảm một "
        "nửa số vụ.\n\nNHÓM PV\n\nTin khác")
    assert [t for lab, t in got if lab == "PER"] == ["Trần Văn Nam", "Trần Văn Nam", "Nam"]


def test_entities_general_byline_paper_names_split_at_slash():
    got = _pipeline_entities(
        "Hội nghị khí hậu bế mạc\n\nHà Nội (TTXVN) - Hội nghị về khí hậu đã bế mạc tối qua "
        "sau hai tuần thảo luận.\n\nCác nước hứa tăng tài chính cho thích ứng.\n\n"
        "Thanh Hương (TTXVN/Vietnam+)\n\nXem thêm")
    assert ("ORG", "Vietnam+") in got and ("ORG", "TTXVN/Vietnam+") not in got


@pytest.mark.parametrize("text,want", [
    ("Theo CDC Hà Nội, số ca mắc đã giảm.", ("ORG", "CDC Hà Nội")),
    ("Sản phẩm của hợp tác xã đạt chuẩn OCOP 4 sao.", ("MISC", "OCOP")),
    ("Doanh thu của Tiki và TikTok Shop tăng mạnh.", ("ORG", "TikTok Shop")),
])
def test_entities_general_gazetteer_additions(text, want):
    assert want in ents(text)


@pytest.mark.parametrize("text,org", [
    ("Số liệu của Cục Đầu tư nước ngoài cho thấy vốn tăng.", "Cục Đầu tư nước ngoài"),
    ("Ông Huy, Phó Giám đốc Công ty TNHH MTV Khai thác công trình thủy lợi Khánh Hòa, cho biết "
     "hồ đã đầy.", "Công ty TNHH MTV Khai thác công trình thủy lợi Khánh Hòa"),
    ("Kết quả giám định của Viện Kiểm nghiệm thuốc TP.HCM đã có.", "Viện Kiểm nghiệm thuốc TP.HCM"),
])
def test_entities_general_organisations_with_sector_words(text, org):
    assert ("ORG", org) in ents(text)


def test_entities_general_paper_named_after_a_province():
    got = ents("Sáng nay, phóng viên Báo Lâm Đồng trò chuyện với các nghệ nhân.")
    assert ("ORG", "Lâm Đồng") in got and ("LOC", "Lâm Đồng") not in got


def test_entities_general_reporter_name_as_a_label():
    got = ents("Ngọc Hà: Bà đến với nghề dệt từ khi nào?")
    assert got == [("PER", "Ngọc Hà")]
    assert ents("Hà Nội: Mưa lớn gây ngập nhiều tuyến phố.") == [("LOC", "Hà Nội")]


@pytest.mark.parametrize("text,org", [
    ("Em Lan, học sinh lớp 11 Trường THPT Chu Văn An, chia sẻ cảm nghĩ.", "Trường THPT Chu Văn An"),
    ("Sinh viên Trường Đại học Tôn Đức Thắng tham gia ngày hội.", "Trường Đại học Tôn Đức Thắng"),
])
def test_entities_general_schools_named_after_people(text, org):
    got = ents(text)
    assert ("ORG", org) in got and not [t for lab, t in got if lab == "PER" and t in org]


def test_entities_general_law_name_stops_before_va_and_another_document():
    got = ents("Việc trả cổ vật thực hiện đúng Luật Di sản văn hóa và Thông tư 05/2024/TT-BVHTTDL.")
    assert got == [("MISC", "Luật Di sản văn hóa"), ("DOC", "Thông tư 05/2024/TT-BVHTTDL")]


def test_entities_general_campus_after_an_organisation_is_a_place():
    got = ents("Tại Bệnh viện Bệnh Nhiệt đới Trung ương cơ sở Kim Chung, mỗi ngày có nhiều ca.")
    assert got == [("ORG", "Bệnh viện Bệnh Nhiệt đới Trung ương"), ("LOC", "Kim Chung")]
    assert ents("Ban Chấp hành Công đoàn cơ sở Công ty Than Hà Lầm họp phiên thường kỳ.") == [
        ("ORG", "Ban Chấp hành Công đoàn cơ sở Công ty Than Hà Lầm")]
    assert ents("Các tổ chức cơ sở Đảng được kiện toàn.") == []


@pytest.mark.parametrize("text,want", [
    ("Nắng nóng kéo dài. Tạp chí Người Đô thị mời ba vị khách bàn cách làm mát.",
     ("ORG", "Người Đô thị")),
    ("Bà Nguyệt, tiểu thương chợ Bến Thành, bày tỏ niềm vui.", ("LOC", "Bến Thành")),
    ("Cục An toàn thông tin (Bộ Khoa học và Công nghệ) cảnh báo người dân.",
     ("ORG", "Cục An toàn thông tin")),
    ("Tay chân miệng tăng nhanh ở trẻ nhỏ.", ("MISC", "Tay chân miệng")),
])
def test_entities_general_magazines_markets_and_capitalised_diseases(text, want):
    assert want in ents(text)


def test_entities_general_paper_acronym_label_and_numbered_law():
    assert ents("KTSG: Doanh thu phòng vé năm nay ra sao?") == [("ORG", "KTSG")]
    assert ents("PV: Thưa ông, năm nay ra sao?") == []
    assert ("DOC", "Luật Điện ảnh số 05/2022/QH15") in ents(
        "Ông Đức: Luật Điện ảnh số 05/2022/QH15 đã mở cửa cho hợp tác.")
    assert ents("Luật Đất đai có hiệu lực từ tháng 8.") == [("MISC", "Luật Đất đai")]


@pytest.mark.parametrize("para,name", [
    ("NGUYỄN THỊ THANH MAI: Theo khảo sát của sở, nhu cầu rất lớn.", "NGUYỄN THỊ THANH MAI"),
    ("BÁC SĨ CKII HOÀNG THỊ LAN: Xét nghiệm cho thấy bệnh nặng hơn.", "HOÀNG THỊ LAN"),
    ("PV Thu Hà: Thưa ông, sau khi sáp nhập xã có gì mới?", "Thu Hà"),
])
def test_entities_general_names_in_labels_in_capitals_or_after_pv(para, name):
    assert ("PER", name) in ents(para)


def test_entities_general_label_that_is_no_name():
    assert [e for e in ents("Giá vàng: tăng mạnh trong tuần qua.") if e[0] == "PER"] == []
    assert [e for e in ents("PV: Thưa ông, mùa lúa năm nay thế nào?") if e[0] == "PER"] == []



def test_entities_general_photo_credit_without_its_full_stop_and_more_appellations():
    assert ("PER", "Quang Yên") in ents("Nông dân phơi tiêu vụ mới. Ảnh: Quang Yên.")
    assert ("LOC", "thác Bản Giốc") in ents("Du khách đến thác Bản Giốc rất đông.")
    assert ("LOC", "cống Vàm Buôn") in ents("Công nhân vận hành cống Vàm Buôn ngăn mặn.")


def test_entities_general_varieties_law_years_stadiums_and_capitals():
    assert ("MISC", "IR 50404") in ents("Giá lúa IR 50404 dao động quanh 6.000 đồng/kg.")
    assert ("MISC", "Đài Thơm 8") in ents("Lúa Đài Thơm 8 đạt 6.800 đồng/kg.")
    assert ("MISC", "Luật Doanh nghiệp năm 2020") in ents(
        "Ông cho rằng việc sửa Luật Doanh nghiệp năm 2020 là cần thiết.")
    assert ("LOC", "sân Thiên Trường") in ents("Trận đấu diễn ra trên sân Thiên Trường tối qua.")
    assert ("LOC", "Phnom Penh") in ents("Ông sống tại thủ đô Phnom Penh gần một năm.")
    assert ("ORG", "KCN Quế Võ") in ents("Nhà máy đặt tại KCN Quế Võ, tỉnh Bắc Ninh.")


def test_entities_general_ambiguous_ethnic_names_after_nguoi():
    assert ents("Nhiều hộ người Dao, Hà Nhì trồng chè Shan tuyết.") == [
        ("MISC", "Dao"), ("MISC", "Hà Nhì"), ("MISC", "Shan tuyết")]
    assert ("MISC", "Thái") in ents("Đồng bào dân tộc Thái giữ nghề dệt.")
    assert ents("Người Thái Lan đến thăm.") == [("LOC", "Thái Lan")]
    assert not any(t == "Dao" for _, t in ents("Con dao này sắc. Dao kéo bày bán."))


def test_entities_general_short_name_in_parentheses_after_an_organisation():
    got = ents("Theo Hiệp hội Chè Việt Nam (Vitas), giá chè tăng.")
    assert ("ORG", "Hiệp hội Chè Việt Nam") in got and ("ORG", "Vitas") in got
    assert ents("Công ty Điện lực (Huế) cho biết.") == [("ORG", "Công ty Điện lực"), ("LOC", "Huế")]


def test_entities_general_honorific_before_a_name_that_opens_like_a_place():
    assert ents("Ông Vũ Quang Thành, Phó Giám đốc Sở, cho biết.")[0] == ("PER", "Vũ Quang Thành")
    assert ents("Thủ tướng Hà Lan Mark Rutte nói.") == [("LOC", "Hà Lan"), ("PER", "Mark Rutte")]


def test_entities_general_department_after_truong_phong_is_no_name():
    assert ents("Ông Tú, Phó Trưởng phòng Cảnh sát kinh tế Công an tỉnh Gia Lai, cho biết.") == [
        ("PER", "Tú"), ("ORG", "Công an tỉnh Gia Lai")]
    assert ("ORG", "Phòng Cảnh sát kinh tế Công an tỉnh Gia Lai") in ents(
        "Phòng Cảnh sát kinh tế Công an tỉnh Gia Lai đã bắt giữ hai người.")


def test_entities_general_lowercase_words_and_regions_in_organisation_names():
    assert ents("Cục Hải quan vừa công bố số liệu.") == [("ORG", "Cục Hải quan")]
    assert ents("Trung tâm Dịch vụ việc làm Đà Nẵng tổ chức phiên.") == [
        ("ORG", "Trung tâm Dịch vụ việc làm Đà Nẵng")]
    assert ents("Huyện phối hợp với Viện Khoa học Nông Lâm nghiệp miền núi phía Bắc khảo sát.") == [
        ("ORG", "Viện Khoa học Nông Lâm nghiệp miền núi phía Bắc")]
    assert ents("Tỉnh mời Viện Nghiên cứu Thủy sản miền Nam chuyển giao giống.") == [
        ("ORG", "Viện Nghiên cứu Thủy sản miền Nam")]


def test_entities_general_writer_role_in_a_byline_is_no_organisation():
    doc = run_pipeline(new_document("b", "Tìm thấy nhóm du khách\n\nSáng 5/4, đoàn đã tìm "
                                          "thấy hai người.\n\nMinh Khôi (CTV)"),
                       ["zones", "entities"])
    assert [(s.label, s.text) for s in doc.spans if s.layer == "entity"] == [("PER", "Minh Khôi")]


def test_entities_general_tay_nguyen_names_and_villages():
    got = ents("Già Y Krông kể chuyện. Nghệ nhân Y Đhăm Kbuôr (Ama Hoa) phụ trách. Chị H'Lin "
               "Niê múa. Hơn 300 người ở buôn Tơng Jú dự lễ.")
    assert got == [("PER", "Y Krông"), ("PER", "Y Đhăm Kbuôr"), ("PER", "Ama Hoa"),
                   ("PER", "H'Lin Niê"), ("LOC", "Tơng Jú")]
    assert ents("Trường Đại học Y Dược Huế tuyển sinh. Y tế xã có năm người.") == [
        ("ORG", "Trường Đại học Y Dược Huế")]
    assert not any(lab == "LOC" for lab, _ in ents("Nhiều người bị bắt vì buôn lậu."))


def test_entities_general_languages_routes_plural_gates_and_region_codes():
    assert ents("Hướng dẫn viên nói tiếng Pháp, tiếng Nhật.") == []
    assert ents("Khách sang Lào qua đường Thái Lan.") == [("LOC", "Lào"), ("LOC", "Thái Lan")]
    assert ents("Hàng qua các cửa khẩu Cao Bằng tăng.") == [("LOC", "Cao Bằng")]
    assert ents("Hàng qua cửa khẩu Tà Lùng tăng.") == [("LOC", "cửa khẩu Tà Lùng")]
    assert ents("Hồ sơ do Chi cục Hải quan khu vực IV quản lý.") == [
        ("ORG", "Chi cục Hải quan khu vực IV")]


def test_entities_general_quoted_song_titles_and_capitalised_diseases():
    assert ents("Các em hát bài “Mùa xuân trên buôn” rất hay.") == [
        ("MISC", "Mùa xuân trên buôn")]
    assert ents("Ung thư phổi đang trẻ hóa.") == [("MISC", "Ung thư phổi")]
    assert ("ORG", "Dân tộc & Phát triển") in ents("Phóng viên Dân tộc & Phát triển đã hỏi.")


def test_entities_general_person_right_after_a_body_without_its_place():
    assert ents("Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng chủ trì.") == [("PER", "Nguyễn Văn Hùng")]
    assert ents("Bí thư Tỉnh ủy Hoàng Văn Đức phát biểu.") == [("PER", "Hoàng Văn Đức")]
    assert ents("Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải nói.") == [
        ("ORG", "UBND tỉnh Hà Tĩnh"), ("PER", "Võ Trọng Hải")]
    assert ents("Đoàn về phường Lê Hồng Phong.") == [("LOC", "Lê Hồng Phong")]
    assert ents("Ông học ở Đại học Quốc gia thành phố Hồ Chí Minh.") == [
        ("ORG", "Đại học Quốc gia thành phố Hồ Chí Minh")]


def test_entities_general_halls_canals_streets_and_economic_zones():
    assert ents("Trận đấu diễn ra ở Nhà thi đấu Quần Ngựa tối qua.") == [
        ("LOC", "Nhà thi đấu Quần Ngựa")]
    assert ents("Nước mặn vào sâu trên kênh Xà No - Cái Côn.") == [
        ("LOC", "kênh Xà No - Cái Côn")]
    assert ents("Video đăng trên kênh YouTube của xã.") == [("MISC", "YouTube")]  # no canal
    assert ents("Các tuyến đường Trần Hưng Đạo, đường Lê Lợi ngập sâu.") == [
        ("LOC", "đường Trần Hưng Đạo"), ("LOC", "đường Lê Lợi")]
    assert ents("Nhà máy đặt ở Khu kinh tế Vũng Áng.") == [("ORG", "Khu kinh tế Vũng Áng")]


def test_entities_general_country_word_opening_a_vietnamese_name_is_no_country():
    assert ents("Tại Mỹ Tho, mực nước lên 1,9 m.") == [("LOC", "Mỹ Tho")]  # listed
    assert ents("Tại Mỹ Hòa, mực nước lên 1,9 m.") == []
    assert ents("Tổng thống Mỹ Donald Trump nói.") == [("LOC", "Mỹ"), ("PER", "Donald Trump")]


def test_entities_general_long_project_board_and_shrimp_diseases():
    assert ents("Ông Hòa, Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh "
                "Bắc Ninh, cho biết.")[-1] == (
        "ORG", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Bắc Ninh")
    assert ents("Tôm chết vì bệnh đốm trắng.") == [("MISC", "đốm trắng")]


@pytest.mark.parametrize("byline,name", [
    ("Tin, ảnh: HOÀNG LAN", "HOÀNG LAN"),
    ("TS. Phạm Minh Đức - Viện Nghiên cứu Phát triển", "Phạm Minh Đức"),
])
def test_entities_general_byline_names_in_capitals_or_after_a_degree(byline, name):
    doc = run_pipeline(new_document("b", "Một tiêu đề bài viết khá dài\n\n(TTX) - Sáng 4/3, hội "
                                         "nghị diễn ra ở tỉnh.\n\nNội dung chính.\n\n" + byline),
                       ["zones", "entities"])
    assert ("PER", name) in [(s.label, s.text) for s in doc.spans if s.layer == "entity"]


def test_entities_general_quoted_nickname_is_a_person_everywhere():
    doc = run_pipeline(new_document("n", "Tú Voi: Cô gái gánh đội bóng chuyền\n\n(TTV) - Tối "
                                         "2/11, Trần Ngọc Tú, hay “Tú Voi” như đồng đội vẫn gọi, "
                                         "ghi 20 điểm.\n\nTú Voi cho biết sẽ thi đấu tiếp."),
                       ["zones", "entities"])
    got = [(s.label, s.text) for s in doc.spans if s.layer == "entity"]
    assert got.count(("PER", "Tú Voi")) == 3 and ("PER", "Trần Ngọc Tú") in got
    assert ents("Cô ấy hay “Lắng nghe” mọi người.") == []


def test_entities_general_initials_languages_and_junctions():
    assert ents("Xe tông anh P.Q.K. (SN 1990) và chị T.T.M. Anh K. tử vong. Tài xế L.V.B. bị bắt.") \
        == [("PER", "P.Q.K."), ("PER", "T.T.M."), ("PER", "K."), ("PER", "L.V.B.")]
    assert ents("Tỉnh thiếu giáo viên tiếng Anh và tiếng Nhật.") == []
    assert ents("Xe dừng cách ngã tư Bảy Hiền 300 m.") == [("LOC", "ngã tư Bảy Hiền")]
    assert ents("Trường THPT chuyên Lê Quý Đôn tuyển thêm lớp.") == [
        ("ORG", "Trường THPT chuyên Lê Quý Đôn")]


def test_entities_general_nicknames_after_goi_la_and_biet_danh():
    assert ents("Bà con gọi ông là “Tư Ghe”. Cô có biệt danh “Lan sóc” từ nhỏ.") == [
        ("PER", "Tư Ghe"), ("PER", "Lan sóc")]


def test_entities_general_given_name_label_in_capitals_is_a_person():
    doc = run_pipeline(new_document("h", "Hợp tác xã nho\n\n(NT) - Chị Trần Thị Lụa chia sẻ.\n\n"
                                         "PV: Khó nhất là gì?\n\nLỤA: Là niềm tin.\n\nNTT: Chào."),
                       ["zones", "entities"])
    got = [(s.label, s.text) for s in doc.spans if s.layer == "entity"]
    assert ("PER", "LỤA") in got and ("ORG", "NTT") in got


def test_entities_general_products_with_their_line_and_model():
    assert ents("Máy Samsung Galaxy S25 Ultra và iPhone 16 Plus cùng giảm giá; xe VF 8 bán chạy.") \
        == [("MISC", "Samsung Galaxy S25 Ultra"), ("MISC", "iPhone 16 Plus"), ("MISC", "VF 8")]


def test_entities_general_products_by_brand_or_chip_line_with_a_model_code():
    assert ents("Xiaomi 17T Pro dùng chip MediaTek Dimensity 9500+ và chạy HyperOS 3; Hyundai "
                "Custin 2026 giá từ 849 triệu đồng.") == [
        ("MISC", "Xiaomi 17T Pro"), ("MISC", "MediaTek Dimensity 9500+"), ("MISC", "HyperOS 3"),
        ("MISC", "Hyundai Custin 2026")]
    assert ents("Xiaomi năm 2025 tăng trưởng mạnh.") == [("ORG", "Xiaomi")]  # the brand alone


def test_entities_general_a_chain_named_after_its_kind_word_and_again_alone():
    doc = run_pipeline(new_document("c", "Chuỗi cà phê giữ giá\n\n(CB) - Giữa lúc giá cà phê tăng, "
                                         "chuỗi Rang Mộc vẫn giữ giá bán. Thương hiệu Phở Thìn mở "
                                         "thêm quán.\n\nRang Mộc hiện có 86 cửa hàng."),
                       ["zones", "entities"])
    got = [(s.label, s.text) for s in doc.spans if s.layer == "entity"]
    assert got.count(("ORG", "Rang Mộc")) == 2 and ("ORG", "Phở Thìn") in got
    assert ents("Chuỗi cửa hàng này giữ giá.") == []  # no name after the kind word


def test_entities_general_event_named_with_its_year():
    assert ents("Lễ hội Chùa Hương năm 2026 đón nhiều khách.") == [
        ("MISC", "Lễ hội Chùa Hương năm 2026")]


def test_entities_general_stage_names_after_a_performer_title_and_again_alone():
    doc = run_pipeline(new_document("s", "Đêm nhạc cuối năm\n\n(NP) - Khách mời gồm rapper Tyo và "
                                         "ca sĩ Vân Du. Tyo sẽ hát hai bài.\n\nVân Du cho biết cô "
                                         "đã tập suốt tháng qua."), ["zones", "entities"])
    got = [(s.label, s.text) for s in doc.spans if s.layer == "entity"]
    assert got.count(("PER", "Tyo")) == 2 and got.count(("PER", "Vân Du")) == 2
    assert ("PER", "Du") not in got
    # a one-word name is taken along only after a performer's title
    assert all(t != "Trưởng" for _, t in ents("Giám đốc Sở cho biết, Trưởng phòng Hành chính đã "
                                                "ký."))


def test_entities_general_a_post_after_dong_chi_and_school_subjects_are_no_names():
    assert not any(lab == "PER" for lab, _ in ents("Tiếp thu ý kiến, đồng chí Phó Chủ tịch Ủy "
                                                   "ban MTTQ tỉnh nói."))
    assert ents("Ông Hoàng Văn Lâm, giáo viên Sinh học của trường, nói.") == [("PER", "Hoàng Văn Lâm")]
    assert ents("Bà Lê Thị Quỳnh Như, Giám đốc Tiếp thị của hãng, nói.") == [("PER", "Lê Thị Quỳnh Như")]
    assert ents("Đồng chí Bí thư Tỉnh ủy Nguyễn Văn Bình dự.")[0] == ("PER", "Nguyễn Văn Bình")


def test_entities_general_a_guest_speaking_under_a_stage_name_and_religious_titles():
    text = ("Mộc Miên: “Làm mẹ rồi, tôi hết sợ vai xấu”\n\n(EV) - Sau ba năm vắng bóng, Mộc Miên "
            "trở lại màn ảnh.\n\nPV: Chị có đọc bình luận không?\n\nMộc Miên: Tôi đọc hết.\n\n"
            "PV: Cảm ơn chị!\n\nMộc Miên: Cảm ơn các bạn.\n\nHà My")
    doc = run_pipeline(new_document("m", text), ["zones", "speech", "entities"])
    got = [(s.label, s.text) for s in doc.spans if s.layer == "entity"]
    assert got.count(("PER", "Mộc Miên")) >= 4
    alone = run_pipeline(new_document("m", text), ["zones", "entities"])  # no speech, no names
    assert ("PER", "Mộc Miên") not in [(s.label, s.text) for s in alone.spans if s.layer == "entity"]
    assert ents("Đại đức Danh Sô Phol nói. Achar Lâm Sóc đọc lời khấn.") == [
        ("PER", "Danh Sô Phol"), ("PER", "Lâm Sóc")]


def test_entities_general_regional_courts_and_names_running_over_a_dash():
    assert ents("Vụ án được Tòa án nhân dân khu vực 2 - Hà Tĩnh đưa ra xét xử.") == [
        ("ORG", "Tòa án nhân dân khu vực 2 - Hà Tĩnh")]
    assert ents("Anh khởi kiện tại Tòa án nhân dân khu vực 9 - Hà Nội.") == [
        ("ORG", "Tòa án nhân dân khu vực 9 - Hà Nội")]
    assert ents("Tòa án nhân dân khu vực 2 xét xử.") == [("ORG", "Tòa án nhân dân khu vực 2")]
    assert ents("Khu vực châu Á - Thái Bình Dương tăng trưởng.") == [
        ("LOC", "châu Á - Thái Bình Dương")]
    assert ents("Tuyến Hà Nội - Hải Phòng thông xe.") == [("LOC", "Hà Nội"), ("LOC", "Hải Phòng")]


def test_entities_general_a_ward_named_before_is_a_place_after_o_not_a_person():
    found = ents("Bà Châu, chủ nhà vườn ở phường Kim Long, cho biết. Nhà vườn tập trung ở Kim Long, "
                 "Vỹ Dạ, Thủy Biều và dọc sông Hương.")
    assert ("LOC", "Kim Long") in found and ("PER", "Kim Long") not in found
    person = ents("Ông Trần Văn Hải gặp bà Kim Long tại hội nghị.")
    assert ("PER", "Kim Long") in person


def test_entities_general_youth_union_children_s_house_and_a_second_place_after_va():
    found = ents("Đoàn tình nguyện của Thành Đoàn TP.HCM trao sách tại Trường Tiểu học và THCS Thạnh An "
                 "và nhà văn hóa ấp Thiềng Liềng. Ngày hội diễn ra tại Nhà Thiếu nhi TP.HCM. Cứ ba tháng "
                 "Thành Đoàn đổi sách một lần.")
    assert {("ORG", "Thành Đoàn TP.HCM"), ("ORG", "Trường Tiểu học và THCS Thạnh An"),
            ("ORG", "Nhà Thiếu nhi TP.HCM")} <= set(found)
    assert not any(t == "Thành Đoàn" for _, t in found)
    names = ents("Ông Trần Quốc Khánh, Viện trưởng Viện Nghiên cứu Kinh tế đô thị và Nhà ở, cho biết. "
                 "Khu công nghiệp và chế xuất Hà Nội tuyển thêm lao động.")
    assert {("ORG", "Viện Nghiên cứu Kinh tế đô thị và Nhà ở"),
            ("ORG", "Khu công nghiệp và chế xuất Hà Nội")} <= set(names)


def test_entities_general_a_province_s_delegation_a_yearly_championship_and_a_federation_s_chairman():
    found = ents("Bế mạc Giải Vô địch Võ cổ truyền quốc gia năm 2026: Gia Lai giành ngôi nhất. Đoàn Gia Lai "
                 "dẫn đầu với 12 huy chương vàng. Chủ tịch Liên đoàn Hồ Sĩ Nguyên khẳng định giải thành "
                 "công. Ông Đoàn Văn Hải cũng dự.")
    assert {("MISC", "Giải Vô địch Võ cổ truyền quốc gia năm 2026"), ("LOC", "Gia Lai"),
            ("PER", "Hồ Sĩ Nguyên"), ("PER", "Đoàn Văn Hải")} <= set(found)
    assert not any(label == "PER" and "Gia Lai" in t for label, t in found)
    award = ents("Ông nhận Giải thưởng Hội Nhà văn Việt Nam năm 2025 cho tập thơ mới.")
    assert ("MISC", "Giải thưởng Hội Nhà văn Việt Nam") in award
