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


def test_entities_loc_natural_features_kept_whole():
    found = ents("Nước sông Tiền dâng cao, đèo Hải Vân có sương mù.")
    assert ("LOC", "sông Tiền") in found and ("LOC", "đèo Hải Vân") in found


def test_entities_descriptor_inside_another_word_is_ignored():
    found = ents("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Văn Việt phát biểu.")
    assert ("PER", "Nguyễn Văn Việt") in found
    assert not any(label == "LOC" for label, _ in found)


def test_entities_per_hyphenated_and_rarer_last_syllable():
    assert ("PER", "Kim Sang-sik") in ents("Đội bóng của HLV Kim Sang-sik thắng.")
    assert ("PER", "Nguyễn Xuân Son") in ents("Tiền đạo Nguyễn Xuân Son ghi bàn.")


def test_entities_title_word_before_a_listed_place_is_no_person():
    assert ents("Quà cho trẻ em Việt Nam.") == [("LOC", "Việt Nam")]
    assert ("PER", "Đức") in ents("Anh Đức kể lại chuyện cũ.")


def test_entities_loc_beach_and_listed_prefix_of_longer_name():
    assert ents("Du khách đổ về bãi biển Mỹ Khê.") == [("LOC", "bãi biển Mỹ Khê")]


def test_entities_place_whose_name_opens_with_head_word():
    assert ents("Du khách đến Hội An đông vui.") == [("LOC", "Hội An")]


def test_entities_non_administrative_descriptors_kept():
    found = ents("Khách đi qua chùa Cầu, về đồng bằng sông Mê Công và cửa khẩu Lào Cai.")
    assert {("LOC", "chùa Cầu"), ("LOC", "đồng bằng sông Mê Công"),
            ("LOC", "cửa khẩu Lào Cai")} <= set(found)


def test_entities_title_before_capitalised_word_of_a_job_name():
    found = ents("Ông Minh, Giám đốc Phân tích Công ty Chứng khoán SSI, nhận định.")
    assert ("PER", "Phân") not in found and ("ORG", "Công ty Chứng khoán SSI") in found
    assert ("PER", "Tuấn") in ents("Anh Tuấn kể lại.")


def test_entities_ethnic_minority_names_and_village_elder():
    found = ents("Già làng Giàng Seo Phử ở bản Lả Gà kể chuyện.")
    assert ("PER", "Giàng Seo Phử") in found and ("LOC", "Lả Gà") in found
    assert not any(label == "LOC" and "Giàng" in text for label, text in found)


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


def test_entities_foreign_name_after_title_and_country():
    found = ents("Chủ tịch nước gặp Tổng thống Indonesia Prabowo Subianto.")
    assert ("LOC", "Indonesia") in found and ("PER", "Prabowo Subianto") in found


def test_entities_airport_kept_whole():
    assert ("LOC", "sân bay Vinh") in ents("Máy bay hạ cánh xuống sân bay Vinh an toàn.")


def test_entities_per_unlisted_middle_syllable():
    assert ents("Ông Nguyễn Khuất Duy phát biểu.") == [("PER", "Nguyễn Khuất Duy")]
    assert ents("Trần Bộ Y tế") != [("PER", "Trần Bộ Y")]


def test_entities_double_given_name_after_full_name():
    found = ents("Chị Nguyễn Thị Thanh Hà là giáo viên. Thanh Hà cho biết lớp có 30 em.")
    assert ("PER", "Nguyễn Thị Thanh Hà") in found and ("PER", "Thanh Hà") in found
    assert ("LOC", "Thanh Hà") in ents("Vải thiều Thanh Hà vào vụ.")


def test_entities_loc_descriptor_with_modifier():
    found = ents("Tại xã biên giới Sín Thầu, huyện đảo Lý Sơn và huyện miền núi Mường Tè.")
    assert found == [("LOC", "Sín Thầu"), ("LOC", "Lý Sơn"), ("LOC", "Mường Tè")]


def test_entities_old_style_tone_placement():
    found = ents("Ông Nguyễn Văn Thuỷ về Khánh Hoà, Uỷ ban nhân dân tỉnh Hoà Bình đón.")
    assert {("PER", "Nguyễn Văn Thuỷ"), ("LOC", "Khánh Hoà"),
            ("ORG", "Uỷ ban nhân dân tỉnh Hoà Bình")} <= set(found)
    assert ("LOC", "Thừa Thiên Huế") in ents("Thừa Thiên Huế mưa lớn.")


def test_entities_school_subject_and_airline_are_no_person():
    assert ents("Cô là giáo viên Toán của trường.") == []
    assert not any(label == "PER" for label, _ in ents("Hãng Jeju Air mở đường bay mới."))


def test_entities_head_word_inside_a_place_and_plural_descriptor_lists():
    found = ents("Hà Nội, Hải Phòng và Cần Thơ là thành phố lớn.")
    assert found == [("LOC", "Hà Nội"), ("LOC", "Hải Phòng"), ("LOC", "Cần Thơ")]
    found = ents("Các xã Tân Hiệp, Tân Hòa và Tân Lộc thuộc huyện Châu Thành.")
    assert {("LOC", "Tân Hiệp"), ("LOC", "Tân Hòa"), ("LOC", "Tân Lộc")} <= set(found)
    assert ents("Xã Tân Hiệp, Ông Tám cho biết.")[:1] == [("LOC", "Tân Hiệp")]
