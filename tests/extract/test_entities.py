"""Rules of the ``entities`` extractor on invented Vietnamese sentences (positive and negative)."""

from __future__ import annotations

from goldspan.extract.base import make_span
from goldspan.extract.entities import Entities, select
from goldspan.extract.registry import get
from goldspan.model.document import new_document


def ents(text: str) -> list[tuple[str, str]]:
    """(label, text) of every entity found in ``text`` (no zones: all text is content)."""
    doc = new_document("t", text)
    return [(s.label, s.text) for s in Entities().extract(doc).spans]


def test_entities_registered_with_layers():
    ext = get("entities")
    assert ext.key == "entities@1"
    assert ext.produces == ("entity",) and ext.requires == ("zone",)


def test_entities_per_surname_and_given_names():
    assert ("PER", "Nguyễn Thị Thu Hà") in ents("Chị Nguyễn Thị Thu Hà đã đến từ sớm.")
    assert ("PER", "Trần Minh Tuấn") in ents("Trao đổi với Trần Minh Tuấn, kỹ sư cầu đường.")


def test_entities_per_without_titles():
    found = ents("Đồng chí Phạm Văn Hòa phát biểu. Bí thư Lê Thanh Sơn chủ trì.")
    assert ("PER", "Phạm Văn Hòa") in found and ("PER", "Lê Thanh Sơn") in found
    assert not any("Đồng chí" in t or "Bí thư" in t for _, t in found)


def test_entities_per_after_title_without_surname():
    assert ("PER", "Hải") in ents("Theo ông Hải, mùa này giá lúa tăng.")
    assert ("PER", "Lan") in ents("Bà Lan cho biết cửa hàng mở cả ngày.")


def test_entities_per_not_from_sentence_initial_common_words():
    assert ents("Mai sẽ có mưa lớn ở vùng núi.") == []
    assert ents("Tuy nhiên, Đây là việc khó.") == []
    assert not any(label == "PER" for label, _ in ents("Ông Lê Văn Tám về hưu."))\
        or ("PER", "Lê Văn Tám") in ents("Ông Lê Văn Tám về hưu.")


def test_entities_per_title_not_taken_as_surname():
    assert ents("Ông Lê Văn Tám về hưu.") == [("PER", "Lê Văn Tám")]


def test_entities_loc_province_old_and_new():
    found = ents("Đoàn công tác đi Hà Giang rồi về Tuyên Quang và Đắk Nông.")
    assert ("LOC", "Hà Giang") in found and ("LOC", "Tuyên Quang") in found
    assert ("LOC", "Đắk Nông") in found


def test_entities_loc_descriptor_left_out():
    found = ents("Mưa lớn ở huyện Đông Anh và tỉnh Quảng Ninh, xã Tân Lập.")
    assert ("LOC", "Đông Anh") in found and ("LOC", "Quảng Ninh") in found
    assert ("LOC", "Tân Lập") in found
    assert not any(t.startswith(("huyện", "tỉnh", "xã")) for _, t in found)


def test_entities_loc_ho_chi_minh_city_kept_whole_and_capital_appellation():
    assert ("LOC", "thành phố Hồ Chí Minh") in ents("Giá nhà ở thành phố Hồ Chí Minh tăng.")
    assert ("LOC", "Thủ đô Hà Nội") in ents("Khách đến Thủ đô Hà Nội ngày càng đông.")
    assert ("LOC", "Hà Nội") in ents("Trường học ở thành phố Hà Nội mở cửa.")


def test_entities_loc_countries_and_foreign_places():
    found = ents("Hàng hóa xuất sang Nhật Bản, Hoa Kỳ và khu vực Đông Nam Á.")
    assert {("LOC", "Nhật Bản"), ("LOC", "Hoa Kỳ"), ("LOC", "Đông Nam Á")} <= set(found)


def test_entities_org_head_with_distinguishing_part():
    found = ents("Bộ Y tế phối hợp với Sở Tài nguyên và Môi trường tỉnh Bắc Ninh.")
    assert ("ORG", "Bộ Y tế") in found
    assert ("ORG", "Sở Tài nguyên và Môi trường tỉnh Bắc Ninh") in found


def test_entities_org_lowercase_words_inside_name():
    found = ents("Đảng bộ các Khu công nghiệp và chế xuất Hà Nội tổ chức hội nghị.")
    assert found == [("ORG", "Đảng bộ các Khu công nghiệp và chế xuất Hà Nội")]


def test_entities_org_stops_before_person_name():
    found = ents("Bí thư Đảng ủy Khối Doanh nghiệp Hà Nội Trần Văn Nam dự lễ.")
    assert ("ORG", "Đảng ủy Khối Doanh nghiệp Hà Nội") in found
    assert ("PER", "Trần Văn Nam") in found


def test_entities_org_nested_heads_make_one_name():
    found = ents("Ban Thường vụ Tỉnh ủy Nghệ An đã họp.")
    assert found == [("ORG", "Ban Thường vụ Tỉnh ủy Nghệ An")]


def test_entities_org_bare_generic_words_excluded():
    assert ents("Thành ủy cũng ban hành cơ chế mới. Đảng ủy xác định lộ trình.") == []
    assert ents("Công tác xây dựng Đảng và chính sách của Nhà nước được coi trọng.") == []
    assert ents("Ông đề nghị Ban Chấp hành công đoàn cơ sở họp.") == []


def test_entities_org_head_blockers():
    assert ents("Hội nghị lần này có nhiều ý kiến. Trường hợp này chưa rõ.") == []
    assert ("PER", "Vũ Đức Đam") in ents("Bộ trưởng Vũ Đức Đam đến thăm.")
    assert not any(label == "ORG" for label, _ in ents("Bộ trưởng Vũ Đức Đam đến thăm."))


def test_entities_org_abbreviation_heads_and_names():
    found = ents("UBND tỉnh Lào Cai đề nghị TTXVN đưa tin.")
    assert ("ORG", "UBND tỉnh Lào Cai") in found and ("ORG", "TTXVN") in found
    assert ents("UBND đã họp.") == []


def test_entities_org_two_names_joined_by_va():
    found = ents("Bộ Công an và Bộ Quốc phòng ký quy chế.")
    assert ("ORG", "Bộ Công an") in found and ("ORG", "Bộ Quốc phòng") in found


def test_entities_org_hyphenated_ministry_name():
    found = ents("Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam vừa kiểm tra.")
    assert ("ORG", "Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam") in found


def test_entities_org_company_with_lowercase_type():
    found = ents("Công ty cổ phần Thủy sản Minh Phú vừa công bố kết quả.")
    assert ("ORG", "Công ty cổ phần Thủy sản Minh Phú") in found


def test_entities_newspaper_without_bao():
    found = ents("Trả lời phóng viên báo Lao động Thủ đô, ông nói rõ.")
    assert ("ORG", "Lao động Thủ đô") in found
    assert not any(t.startswith("báo") for _, t in found)
    assert ("ORG", "Tuổi Trẻ") in ents("Theo báo Tuổi Trẻ, giá xăng giảm.")
    assert ents("Ông thông báo Kết quả sẽ có sau.") == []


def test_entities_source_tags():
    assert ents("(LĐTĐ) Sáng nay trời mưa.")[0] == ("ORG", "LĐTĐ")
    assert ents("(Dân trí) - Sáng nay trời mưa.")[0] == ("ORG", "Dân trí")
    assert ents("PLO - Sáng nay trời mưa.")[0] == ("ORG", "PLO")
    assert ents("(15/7) Sáng nay trời mưa.") == []


def test_entities_doc_with_number_or_code():
    found = ents("Căn cứ Kết luận số 67-KL/TU và Quyết định số 2156/QĐ-UBND, "
                 "Nghị định 15/2021/NĐ-CP, Chỉ thị 17 và văn bản số 2434/UBND-KT.")
    assert {("DOC", "Kết luận số 67-KL/TU"), ("DOC", "Quyết định số 2156/QĐ-UBND"),
            ("DOC", "Nghị định 15/2021/NĐ-CP"), ("DOC", "Chỉ thị 17"),
            ("DOC", "văn bản số 2434/UBND-KT")} <= set(found)


def test_entities_doc_without_number_is_not_doc():
    assert not any(label == "DOC" for label, _ in ents("Quyết định này có hiệu lực ngay."))
    assert not any(label == "DOC" for label, _ in ents("Kế hoạch 5 năm đã hoàn thành."))
    assert not any(label == "DOC" for label, _ in ents("kế hoạch 12 tháng tới"))


def test_entities_misc_disease_law_and_storm():
    assert ("MISC", "Covid-19") in ents("Dịch Covid-19 đã được kiểm soát.")
    assert ("MISC", "Luật Đất đai") in ents("Luật Đất đai năm 2024 có nhiều điểm mới.")
    assert ("DOC", "Luật số 31/2024/QH15") in ents("Luật số 31/2024/QH15 được thông qua.")
    assert ("MISC", "bão số 3") in ents("Thiệt hại do bão số 3 rất lớn.")


def test_entities_byline_and_photo_credit():
    doc = new_document("t", "Mưa lớn ở vùng cao\n\nẢnh: Minh Khôi\n\nThu Trang thực hiện")
    t = doc.text
    doc.spans = [make_span("zone", "TITLE", 0, 18, t), make_span("zone", "CAPTION", 20, 34, t),
                 make_span("zone", "BYLINE", 36, len(t), t)]
    found = [(s.label, s.text) for s in Entities().extract(doc).spans]
    assert ("PER", "Minh Khôi") in found and ("PER", "Thu Trang") in found


def test_entities_only_in_content_zones():
    doc = new_document("t", "Sở Y tế Hà Nội họp\nTin khác: Bộ Tài chính họp")
    t = doc.text
    doc.spans = [make_span("zone", "TITLE", 0, 18, t),
                 make_span("zone", "BOILERPLATE", 19, len(t), t)]
    found = [(s.label, s.text) for s in Entities().extract(doc).spans]
    assert found == [("ORG", "Sở Y tế Hà Nội")]


def test_entities_caption_lines_annotated_like_body():
    doc = new_document("t", "Đà Nẵng đón khách\nĐà Nẵng đón khách\nKhách ở Đà Nẵng")
    t = doc.text
    doc.spans = [make_span("zone", "TITLE", 0, 17, t), make_span("zone", "CAPTION", 18, 35, t),
                 make_span("zone", "CAPTION", 36, len(t), t)]
    starts = [s.start for s in Entities().extract(doc).spans]
    assert starts == [0, 18, 44]


def test_entities_flat_longest_wins():
    assert select([(0, 5, "LOC", 5), (0, 10, "ORG", 3), (7, 12, "PER", 2)]) == [(0, 10, "ORG", 3)]
    assert select([(0, 5, "LOC", 5), (0, 5, "PER", 2)]) == [(0, 5, "LOC", 5)]


def test_entities_word_boundaries():
    assert ents("Ngay sau đó, Nga Sơn đón mưa.") == [("LOC", "Nga Sơn")]
    assert ents("Ngay lập tức mọi người đến.") == []


def test_entities_named_event_with_year():
    found = ents("Sáng nay, Giải Bơi lội Sông Hàn 2024 khai mạc.")
    assert ("MISC", "Giải Bơi lội Sông Hàn 2024") in found
    assert ("MISC", "Tết Nguyên đán Giáp Thìn 2024") in ents("Dịp Tết Nguyên đán Giáp Thìn 2024 có mưa.")
    assert ents("Giải pháp này rất hay.") == []


def test_entities_quoted_title_after_naming_noun_and_elsewhere():
    doc = new_document("t", 'Mang "Góc đọc sách xanh" về bản\n'
                            'Từ năm ngoái, chương trình "Góc đọc sách xanh" đã ra đời.')
    found = [(s.label, s.text) for s in Entities().extract(doc).spans]
    assert found.count(("MISC", "Góc đọc sách xanh")) == 2


def test_entities_quotes_that_are_not_titles():
    assert ents('Đó là những "trái ngọt" của cả tập thể.') == []
    assert ents('Chị nói: "Chúng tôi rất vui."') == []


def test_entities_foreign_person_name():
    assert ("PER", "Joseph Kiprono") in ents("Vận động viên Joseph Kiprono về nhất.")
    assert ("PER", "Donald Trump") in ents("Phát biểu của Donald Trump gây chú ý.")
    assert not any(label == "PER" for label, _ in ents("Khách ở Mường Thanh Long rất đông."))


def test_entities_short_name_after_full_name():
    found = ents("Chị Lò Thị Hoa năm nay 40 tuổi. Hoa cho biết mưa rất to.")
    assert ("PER", "Lò Thị Hoa") in found and ("PER", "Hoa") in found
    assert ents("Hoa cho biết mưa rất to.") == []


def test_entities_loc_street_road_and_bridge():
    found = ents("Xe chạy trên đường Phạm Văn Đồng, qua cầu Nhật Tân rồi ra quốc lộ 5.")
    assert ("LOC", "đường Phạm Văn Đồng") in found
    assert ("LOC", "cầu Nhật Tân") in found and ("LOC", "quốc lộ 5") in found


def test_entities_loc_new_ward_name_with_dash():
    assert ("LOC", "Lâm Viên - Đà Lạt") in ents("Trụ sở đặt tại phường Lâm Viên - Đà Lạt.")


def test_entities_org_then_person_after_province():
    found = ents("Phó Chủ tịch UBND tỉnh Lâm Đồng Hoàng Minh Đức cho biết.")
    assert ("ORG", "UBND tỉnh Lâm Đồng") in found and ("PER", "Hoàng Minh Đức") in found


def test_entities_title_before_organisation_word_is_not_person():
    found = ents("Thủ tướng Chính phủ yêu cầu. Cục trưởng Cảnh sát giao thông nói.")
    assert not any(label == "PER" for label, _ in found)


def test_entities_byline_agency_in_parentheses():
    doc = new_document("t", "Tin mới\nTheo Hải Yến (PLVN)")
    t = doc.text
    doc.spans = [make_span("zone", "TITLE", 0, 7, t), make_span("zone", "BYLINE", 8, len(t), t)]
    found = [(s.label, s.text) for s in Entities().extract(doc).spans]
    assert ("PER", "Hải Yến") in found and ("ORG", "PLVN") in found


def test_entities_org_tail_of_name_words_after_a_bare_capital():
    found = ents("Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, trời sẽ rét.")
    assert ("ORG", "Trung tâm Dự báo khí tượng thủy văn quốc gia") in found
    found = ents("Bộ Giao thông vận tải lắp đặt thêm biển báo.")
    assert ("ORG", "Bộ Giao thông vận tải") in found


def test_entities_org_stops_at_verb_phrase():
    assert ents("Bộ Y tế tổ chức hội nghị tổng kết.") == [("ORG", "Bộ Y tế")]


def test_entities_loc_natural_features_kept_whole():
    found = ents("Nước sông Tiền dâng cao, đèo Hải Vân có sương mù.")
    assert ("LOC", "sông Tiền") in found and ("LOC", "đèo Hải Vân") in found


def test_entities_descriptor_inside_another_word_is_ignored():
    found = ents("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Văn Việt phát biểu.")
    assert ("PER", "Nguyễn Văn Việt") in found
    assert not any(label == "LOC" for label, _ in found)


def test_entities_org_specific_lowercase_tail():
    assert ents("Tòa án nhân dân tối cao đã tuyên án.") == [("ORG", "Tòa án nhân dân tối cao")]
    assert ents("Tòa án nhân dân đã tuyên án.") == []


def test_entities_law_with_lowercase_name_word():
    assert ("MISC", "Bộ luật Hình sự") in ents("Truy tố theo Bộ luật Hình sự năm 2015.")


def test_entities_per_hyphenated_and_rarer_last_syllable():
    assert ("PER", "Kim Sang-sik") in ents("Đội bóng của HLV Kim Sang-sik thắng.")
    assert ("PER", "Nguyễn Xuân Son") in ents("Tiền đạo Nguyễn Xuân Son ghi bàn.")


def test_entities_lawyer_title_and_bar_association():
    found = ents("Luật sư Trần Thị Mai, Đoàn Luật sư TP Hà Nội, cho rằng hồ sơ chưa rõ.")
    assert ("PER", "Trần Thị Mai") in found and ("ORG", "Đoàn Luật sư TP Hà Nội") in found
    assert len(found) == 2


def test_entities_organisation_run_stops_at_form_of_address():
    found = ents("Ban Bí thư kỷ luật ông Bình.")
    assert ("ORG", "Ban Bí thư") in found and ("PER", "Bình") in found


def test_entities_org_abbreviations_with_ampersand_and_dash():
    found = ents("Bộ GD&ĐT và Bộ LĐ-TB&XH cùng Sở GTVT TP.HCM họp.")
    assert {("ORG", "Bộ GD&ĐT"), ("ORG", "Bộ LĐ-TB&XH"), ("ORG", "Sở GTVT TP.HCM")} <= set(found)


def test_entities_org_country_then_province_branch():
    found = ents("Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An kêu gọi ủng hộ.")
    assert found == [("ORG", "Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An")]


def test_entities_illustration_photo_credit():
    assert ("PER", "Hải Nguyễn") in ents("Ảnh minh họa: Hải Nguyễn")
    assert ents("Ảnh minh họa: internet") == []


def test_entities_org_second_syllable_of_a_lone_capital():
    assert ents("Quỹ Hỗ trợ nông dân tỉnh Nam Định trao quà.") == [
        ("ORG", "Quỹ Hỗ trợ nông dân tỉnh Nam Định")]
    assert ents("Tập đoàn Masan tăng trưởng mạnh.") == [("ORG", "Tập đoàn Masan")]
    assert ents("Bệnh viện Chợ Rẫy khám cho dân.") == [("ORG", "Bệnh viện Chợ Rẫy")]


def test_entities_title_word_before_a_listed_place_is_no_person():
    assert ents("Quà cho trẻ em Việt Nam.") == [("LOC", "Việt Nam")]
    assert ("PER", "Đức") in ents("Anh Đức kể lại chuyện cũ.")


def test_entities_org_trailing_number_before_punctuation():
    assert ("ORG", "Bệnh viện Nhi đồng 1") in ents("Bác sĩ Bệnh viện Nhi đồng 1, TP.HCM, khuyến cáo.")
    assert ("ORG", "Sở Y tế") in ents("Sở Y tế 3 lần kiểm tra.")


def test_entities_loc_beach_and_listed_prefix_of_longer_name():
    assert ents("Du khách đổ về bãi biển Mỹ Khê.") == [("LOC", "Mỹ Khê")]


def test_entities_title_before_newspaper_or_country():
    found = ents("Phóng viên Báo Tiền Phong hỏi vận động viên Ethiopia.")
    assert ("ORG", "Tiền Phong") in found and ("LOC", "Ethiopia") in found
    assert not any(label == "PER" for label, _ in found)


def test_entities_acronym_in_parentheses_after_organisation():
    found = ents("Ủy hội sông Mê Công quốc tế (MRC) cảnh báo hạn mặn.")
    assert ("ORG", "Ủy hội sông Mê Công quốc tế") in found and ("ORG", "MRC") in found
    assert ents("Giá tăng (USD) mạnh.") == []


def test_entities_source_tag_acronym_named_again():
    found = ents("NTĐ - Sáng nay mưa to.\nTrả lời phóng viên NTĐ, ông Hải nói.")
    assert found.count(("ORG", "NTĐ")) == 2


def test_entities_disease_names_lowercase():
    assert ("MISC", "viêm phế quản") in ents("Trẻ dễ mắc viêm phế quản khi trời lạnh.")
    assert ents("Người lao động được nghỉ.") == []


def test_entities_place_whose_name_opens_with_head_word():
    assert ents("Du khách đến Hội An đông vui.") == [("LOC", "Hội An")]


def test_entities_non_administrative_descriptors_kept():
    found = ents("Khách đi qua chùa Cầu, về đồng bằng sông Mê Công và cửa khẩu Lào Cai.")
    assert {("LOC", "chùa Cầu"), ("LOC", "đồng bằng sông Mê Công"),
            ("LOC", "cửa khẩu Lào Cai")} <= set(found)


def test_entities_conference_event_and_programme_organisation():
    found = ents("Hội nghị Bộ trưởng Môi trường ASEAN có đại diện Chương trình Phát triển "
                 "Liên Hợp Quốc.")
    assert ("MISC", "Hội nghị Bộ trưởng Môi trường ASEAN") in found
    assert ("ORG", "Chương trình Phát triển Liên Hợp Quốc") in found


def test_entities_byline_agency_part_is_organisation():
    doc = new_document("t", "Tin mới\nNgọc Diệp - VTV Digital")
    t = doc.text
    doc.spans = [make_span("zone", "TITLE", 0, 7, t), make_span("zone", "BYLINE", 8, len(t), t)]
    found = [(s.label, s.text) for s in Entities().extract(doc).spans]
    assert ("PER", "Ngọc Diệp") in found and ("ORG", "VTV Digital") in found


def test_entities_org_name_with_comma_series():
    found = ents("Bộ Văn hóa, Thể thao và Du lịch gửi thư khen.")
    assert found == [("ORG", "Bộ Văn hóa, Thể thao và Du lịch")]
    found = ents("Bộ Y tế, Bộ Công an và Bộ Quốc phòng họp.")
    assert {("ORG", "Bộ Y tế"), ("ORG", "Bộ Công an"), ("ORG", "Bộ Quốc phòng")} <= set(found)


def test_entities_numbered_sports_event_and_foreign_paper():
    found = ents("Tờ Bangkok Post viết về SEA Games 33 tại Thái Lan.")
    assert ("ORG", "Bangkok Post") in found and ("MISC", "SEA Games 33") in found


def test_entities_multiword_source_tag():
    assert ents("(Thể thao & Văn hóa) - Tối qua mưa.")[0] == ("ORG", "Thể thao & Văn hóa")


def test_entities_title_before_capitalised_word_of_a_job_name():
    found = ents("Ông Minh, Giám đốc Phân tích Công ty Chứng khoán SSI, nhận định.")
    assert ("PER", "Phân") not in found and ("ORG", "Công ty Chứng khoán SSI") in found
    assert ("PER", "Tuấn") in ents("Anh Tuấn kể lại.")


def test_entities_ethnic_minority_names_and_village_elder():
    found = ents("Già làng Giàng Seo Phử ở bản Lả Gà kể chuyện.")
    assert ("PER", "Giàng Seo Phử") in found and ("LOC", "Lả Gà") in found
    assert not any(label == "LOC" and "Giàng" in text for label, text in found)


def test_entities_org_does_not_run_over_a_clause_to_the_next_capital():
    found = ents("Thủ tướng yêu cầu Bộ Công Thương khẩn trương trình Chính phủ sửa đổi Nghị định 80.")
    assert ("ORG", "Bộ Công Thương") in found


def test_entities_lone_given_name_not_taken_inside_a_phrase():
    found = ents("Ông Lê Văn Bắc đến. Ở miền Bắc trời rét.")
    assert ("PER", "Lê Văn Bắc") in found
    assert ("PER", "Bắc") not in found


def test_entities_lone_given_name_after_a_verb():
    found = ents("Bị cáo Trần Văn Khải nhận tội. Tòa tuyên phạt Khải 18 năm tù.")
    assert found.count(("PER", "Khải")) == 1


def test_entities_england_only_as_a_place():
    assert ("LOC", "Anh") in ents("Sinh viên du học tại Anh, Úc và Canada.")
    assert ("LOC", "Anh") in ents("Hàng xuất sang Pháp và Anh tăng.")
    assert ents("Anh cho biết sẽ về sớm.") == []


def test_entities_ho_chi_minh_person_not_place():
    found = ents("Học tập tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
    assert found == [("PER", "Hồ Chí Minh")]


def test_entities_ede_names_and_border_guard():
    found = ents("Ông Y Blô Niê cùng Bộ đội Biên phòng tỉnh Đắk Lắk giúp dân.")
    assert ("PER", "Y Blô Niê") in found
    assert ("ORG", "Bộ đội Biên phòng tỉnh Đắk Lắk") in found


def test_entities_source_tag_newspaper_without_bao():
    assert ents("(Báo Đắk Lắk) - Mưa lớn.")[0] == ("ORG", "Đắk Lắk")


def test_entities_nested_head_that_is_a_word():
    assert ("ORG", "Ban Chỉ huy Phòng thủ dân sự") in ents(
        "Ban Chỉ huy Phòng thủ dân sự đã điều động lực lượng.")


def test_entities_two_schools_joined_by_va():
    found = ents("Trường Đại học Kinh tế Quốc dân và Học viện Ngân hàng giữ ổn định.")
    assert found == [("ORG", "Trường Đại học Kinh tế Quốc dân"), ("ORG", "Học viện Ngân hàng")]
    assert ents("Viện Sức khỏe và Bộ Y tế họp.") == [("ORG", "Viện Sức khỏe"), ("ORG", "Bộ Y tế")]
