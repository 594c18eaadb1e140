"""DOC, MISC, source tags, bylines and credits of the ``entities`` extractor (invented text)."""

from __future__ import annotations

from goldspan.extract.base import make_span
from goldspan.extract.entities import Entities
from goldspan.model.document import new_document


def ents(text: str) -> list[tuple[str, str]]:
    """(label, text) of every entity found in ``text`` (no zones: all text is content)."""
    doc = new_document("t", text)
    return [(s.label, s.text) for s in Entities().extract(doc).spans]


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
    assert ("MISC", "Luật Đất đai năm 2024") in ents("Luật Đất đai năm 2024 có nhiều điểm mới.")
    assert ("DOC", "Luật số 31/2024/QH15") in ents("Luật số 31/2024/QH15 được thông qua.")
    assert ("MISC", "bão số 3") in ents("Thiệt hại do bão số 3 rất lớn.")


def test_entities_byline_and_photo_credit():
    doc = new_document("t", "Mưa lớn ở vùng cao\n\nẢnh: Minh Khôi\n\nThu Trang thực hiện")
    t = doc.text
    doc.spans = [make_span("zone", "TITLE", 0, 18, t), make_span("zone", "CAPTION", 20, 34, t),
                 make_span("zone", "BYLINE", 36, len(t), t)]
    found = [(s.label, s.text) for s in Entities().extract(doc).spans]
    assert ("PER", "Minh Khôi") in found and ("PER", "Thu Trang") in found


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


def test_entities_byline_agency_in_parentheses():
    doc = new_document("t", "Tin mới\nTheo Hải Yến (PLVN)")
    t = doc.text
    doc.spans = [make_span("zone", "TITLE", 0, 7, t), make_span("zone", "BYLINE", 8, len(t), t)]
    found = [(s.label, s.text) for s in Entities().extract(doc).spans]
    assert ("PER", "Hải Yến") in found and ("ORG", "PLVN") in found


def test_entities_law_with_lowercase_name_word():
    assert ("MISC", "Bộ luật Hình sự năm 2015") in ents("Truy tố theo Bộ luật Hình sự năm 2015.")


def test_entities_lawyer_title_and_bar_association():
    found = ents("Luật sư Trần Thị Mai, Đoàn Luật sư TP Hà Nội, cho rằng hồ sơ chưa rõ.")
    assert ("PER", "Trần Thị Mai") in found and ("ORG", "Đoàn Luật sư TP Hà Nội") in found
    assert len(found) == 2


def test_entities_illustration_photo_credit():
    assert ("PER", "Hải Nguyễn") in ents("Ảnh minh họa: Hải Nguyễn")
    assert ents("Ảnh minh họa: internet") == []


def test_entities_disease_names_lowercase():
    assert ("MISC", "viêm phế quản") in ents("Trẻ dễ mắc viêm phế quản khi trời lạnh.")
    assert ents("Người lao động được nghỉ.") == []


def test_entities_numbered_sports_event_and_foreign_paper():
    found = ents("Tờ Bangkok Post viết về SEA Games 33 tại Thái Lan.")
    assert ("ORG", "Bangkok Post") in found and ("MISC", "SEA Games 33") in found


def test_entities_doc_year_is_not_a_document_number():
    assert not any(label == "DOC" for label, _ in ents("Kế hoạch 2025 của tỉnh đã được duyệt."))
    assert ("DOC", "Kế hoạch số 2025") in ents("Kế hoạch số 2025 của tỉnh.")


def test_entities_event_with_edition_and_prize_ranks():
    assert ents("Hội nghị Trung ương 10 đã bế mạc.") == [("MISC", "Hội nghị Trung ương 10")]
    assert ents("Giải Nhất thuộc về nhóm học sinh lớp 11.") == []


def test_entities_awards_cups_and_products():
    assert ents("Ông được tặng Huân chương Lao động hạng Ba.") == [
        ("MISC", "Huân chương Lao động hạng Ba")]
    assert ("MISC", "Cúp Quốc gia 2024") in ents("Đội giành Cúp Quốc gia 2024.")
    assert ("MISC", "iPhone 16") in ents("Mẫu iPhone 16 bán chạy.")
    assert ents("Huy chương vàng thuộc về đội bạn.") == []


def test_entities_byline_name_that_is_also_a_district():
    doc = new_document("t", "Tin mới\nThanh Hà - Hồng Nhung")
    t = doc.text
    doc.spans = [make_span("zone", "TITLE", 0, 7, t), make_span("zone", "BYLINE", 8, len(t), t)]
    found = [(s.label, s.text) for s in Entities().extract(doc).spans]
    assert found == [("PER", "Thanh Hà"), ("PER", "Hồng Nhung")]


def test_entities_event_with_lowercase_words_and_edition():
    assert ("MISC", "Liên hoan phim Việt Nam lần thứ 24") in ents(
        "Liên hoan phim Việt Nam lần thứ 24 sẽ diễn ra tại Đà Nẵng.")


def test_entities_english_organisation_words_are_no_person():
    assert not any(label == "PER" for label, _ in ents("Theo Box Office Vietnam, phim đắt khách."))


def test_entities_event_words_that_open_common_words():
    assert ents("Giải pháp nâng cao chất lượng Hà Nội được đề xuất.") == [("LOC", "Hà Nội")]
    assert ents("Đại hội đồng cổ đông Công ty Masan họp.") == [("ORG", "Công ty Masan")]


def test_entities_misc_song_titles_after_music_nouns_and_in_a_list():
    from goldspan.extract.entities import Entities
    from goldspan.model.document import new_document
    doc = new_document("t", "Cô hát những bản ballad như “Ngõ vắng”, “Thư gửi mẹ” và bản hit “Sương "
                            "đêm Hồ Gươm”. Concert “Mười năm gió” diễn ra tối qua.")
    got = [(s.label, s.text) for s in Entities().extract(doc).spans]
    for title in ("Ngõ vắng", "Thư gửi mẹ", "Sương đêm Hồ Gươm", "Mười năm gió"):
        assert ("MISC", title) in got
    assert ("LOC", "Hồ Gươm") not in got


def test_entities_misc_products_with_a_model_number_and_no_bare_suffix():
    got = ents("Hãng Zentrix giới thiệu Zentrix Nova 5 và Nova 5 Pro. Với Nova 5, pin dùng được "
               "12 ngày; bản Pro giá 7 triệu đồng. Cả hai chạy Zentrix OS 3, Messi 8 lần đoạt giải.")
    for name in ("Zentrix Nova 5", "Nova 5 Pro", "Nova 5", "Zentrix OS 3"):
        assert ("MISC", name) in got
    assert ("MISC", "Pro") not in got
    assert not any("Messi 8" in t for _l, t in got)


def test_entities_misc_foreign_names_with_latin1_accents_but_not_places():
    got = ents("HLV Tomás Ferrán tung Yannick Doué vào sân. Đảng Avanza Perú thua ở México. "
               "Ông Nguyễn Hòa Bình và bà Lê Thị Thúy Hà đến xem.")
    for name in ("Tomás Ferrán", "Yannick Doué", "Nguyễn Hòa Bình", "Lê Thị Thúy Hà"):
        assert ("PER", name) in got
    assert not any(label == "PER" and "Perú" in t for label, t in got)


def test_entities_misc_lineup_media_names_country_compounds_and_listed_names():
    got = ents("Đội hình ra sân.\nNewcastle United: Kell; Ashworth, Schiller, Lindqvist, Mensah; "
               "Tonelli, Ribeiro\nCác tỉnh: Lào Cai, Yên Bái; Hà Giang, Tuyên Quang, Cao Bằng, Bắc Kạn\n"
               "HLV Marco Bellini nói với Sky Sports. Ba môn Tin học, Âm nhạc, Mỹ thuật. "
               "Gió mạnh ở Bắc Biển Đông dịp Tết ông Công ông Táo.")
    for name in ("Kell", "Ashworth", "Schiller", "Lindqvist", "Mensah", "Tonelli", "Ribeiro"):
        assert ("PER", name) in got
    assert ("LOC", "Lào Cai") in got and ("PER", "Lào Cai") not in got
    assert ("ORG", "Sky Sports") in got and ("PER", "Sky Sports") not in got
    assert ("LOC", "Mỹ") not in got
    assert ("LOC", "Bắc Biển Đông") in got and ("MISC", "Tết ông Công ông Táo") in got


def test_entities_misc_firms_parties_weekdays_sizes_and_counted_holidays():
    got = ents("Startup Việt Minh Labs gọi vốn từ quỹ Sông Lam Ventures. Bà Moreno của đảng cánh "
               "hữu Nuevo Camino thua. Ứng dụng nặng 38 MB. Phiên sáng thứ Hai (22/6) tăng. "
               "Công nhân được nghỉ Tết 8 ngày. Giải thưởng Kiến trúc Quốc gia lần thứ 9 - năm 2026.")
    assert ("ORG", "Minh Labs") in got and ("ORG", "Sông Lam Ventures") in got
    assert ("ORG", "Nuevo Camino") in got and ("PER", "Nuevo Camino") not in got
    assert ("ORG", "MB") not in got and ("PER", "Hai") not in got
    assert ("MISC", "Tết") in got and ("MISC", "Tết 8") not in got
    assert ("MISC", "Giải thưởng Kiến trúc Quốc gia lần thứ 9") in got


def test_entities_misc_model_codes_in_brackets_and_a_sentence_opening_pronoun():
    got = ents("Trải nghiệm Zentra Phone (4a) sau hai tuần. So với Phone (3a) ra mắt tháng 3, máy "
               "mỏng hơn. Ảnh: Kim Anh\nAnh là một trong 37 hộ nuôi tôm. Ông Hoàng Anh nói.")
    assert ("MISC", "Zentra Phone (4a)") in got and ("MISC", "Phone (3a)") in got
    assert ("PER", "Anh") not in got and ("PER", "Hoàng Anh") in got


def test_entities_misc_english_events_and_ethnic_subgroups():
    got = ents("Cụ Triệu Văn Sình, người Dao đỏ, lên nương. Thu Trang vô địch Vietnam Open 2026, "
               "thuộc hệ thống BWF World Tour Super 100, rồi dự Hong Kong Open 2026.")
    for name in ("Dao đỏ", "Vietnam Open 2026", "BWF World Tour Super 100", "Hong Kong Open 2026"):
        assert ("MISC", name) in got
    assert not any(label == "PER" and "Tour" in t for label, t in got)


def test_entities_misc_car_models_after_their_maker_but_not_a_joint_venture():
    got = ents("Mitsubishi Xpander giữ ngôi đầu, Ford Ranger bán 1.205 xe. Riêng Hyundai Thành Công "
               "bán 5.120 xe.")
    assert ("MISC", "Mitsubishi Xpander") in got and ("MISC", "Ford Ranger") in got
    assert not any(t.startswith("Hyundai Thành") and label == "MISC" for label, t in got)


def test_entities_misc_titles_after_mixtape_and_tour_but_not_a_theme():
    got = ents("Anh nổi tiếng từ mixtape “Khói”, rồi đi tour “Dưới mái hiên”. Hội nghị với chủ đề "
               "“Năng lượng sạch cho tăng trưởng bao trùm” khai mạc.")
    assert ("MISC", "Khói") in got and ("MISC", "Dưới mái hiên") in got
    assert ("MISC", "Năng lượng sạch cho tăng trưởng bao trùm") not in got


def test_entities_misc_brands_branches_divisions_and_gold_shops():
    found = set(ents("Ông Lê Văn Hậu, Tổng Giám đốc Xiaomi Việt Nam, nói thị trường tăng. Theo hãng "
                     "nghiên cứu Canalys Research, thị phần giảm. Bà Mai, Phó Giám đốc Khối Bán lẻ Ngân "
                     "hàng TMCP Á Châu, cho biết lãi suất giữ nguyên. Công ty TNHH MTV Vàng bạc đá quý "
                     "Hòa Bình niêm yết giá mới. Ngân hàng Nhà nước chi nhánh Khu vực 9 báo cáo."))
    assert {("ORG", "Xiaomi Việt Nam"), ("ORG", "Canalys Research"), ("ORG", "Ngân hàng TMCP Á Châu"),
            ("ORG", "Công ty TNHH MTV Vàng bạc đá quý Hòa Bình"),
            ("ORG", "Ngân hàng Nhà nước chi nhánh Khu vực 9")} <= found
    assert ("LOC", "Việt Nam") not in found and ("PER", "Canalys Research") not in found


def test_entities_misc_phones_with_glued_numbers_regions_and_diseases():
    found = set(ents("Hãng ra mắt Reno19 F, Reno19 Pro 5G và Redmi Note 18 Pro+, thay cho dòng Reno18. "
                     "Nông dân vùng Đồng Tháp Mười bị đau nửa đầu và sốc nhiệt."))
    assert {("MISC", "Reno19 F"), ("MISC", "Reno19 Pro 5G"), ("MISC", "Redmi Note 18 Pro+"),
            ("MISC", "Reno18"), ("LOC", "Đồng Tháp Mười"), ("MISC", "đau nửa đầu"),
            ("MISC", "sốc nhiệt")} <= found


def test_entities_misc_stage_names_credits_of_bodies_storms_and_forecasting_centres():
    found = set(ents("Ca sĩ Lam Vy tên thật là Trần Thị Vy. Lam Vy ra album mới. Hiện trường. Ảnh: "
                     "Cục CSGT. Siêu bão Kammuri đổ bộ như bão Haiyan năm nào. Trung tâm Dự báo khí "
                     "tượng thủy văn quốc gia dự báo, mưa lớn kéo dài. Phó Đội trưởng Đội Cảnh sát "
                     "giao thông đường bộ cao tốc số 2 cho biết."))
    assert {("PER", "Lam Vy"), ("PER", "Trần Thị Vy"), ("ORG", "Cục CSGT"), ("MISC", "bão Kammuri"),
            ("MISC", "bão Haiyan"), ("ORG", "Trung tâm Dự báo khí tượng thủy văn quốc gia"),
            ("ORG", "Đội Cảnh sát giao thông đường bộ cao tốc số 2")} <= found
    assert ("PER", "Ông Tư") not in set(ents("Ông Tư Lành (tên thật Nguyễn Văn Lành) kể lại."))


def test_entities_misc_caves_keep_their_word():
    found = set(ents("Tour hai ngày đi qua hang Tiên, hang Kim và hang Tú Làn ở Quảng Trị."))
    assert {("LOC", "hang Tiên"), ("LOC", "hang Kim"), ("LOC", "hang Tú Làn")} <= found


def test_entities_misc_papers_written_with_capitals_and_ampersands():
    found = set(ents("Trò chuyện với Thể thao & Văn hóa, ca sĩ kể về album. Doanh Nhân Sài Gòn trò "
                     "chuyện với ông Hậu."))
    assert {("ORG", "Thể thao & Văn hóa"), ("ORG", "Doanh Nhân Sài Gòn")} <= found


def test_entities_misc_quoted_titles_after_a_genre_or_before_their_author():
    found = set(ents("Chị giới thiệu bộ sưu tập “Sương sớm” ở Hà Nội. Dẫn đầu phòng vé là “Chuyến đò "
                     "cuối năm” của đạo diễn Trịnh Hoài Nam, sau đó là phim hoạt hình “Thỏ Ngọc” và bom "
                     "tấn “Vành đai sao chổi”."))
    assert {("MISC", "Sương sớm"), ("MISC", "Chuyến đò cuối năm"), ("MISC", "Thỏ Ngọc"),
            ("MISC", "Vành đai sao chổi")} <= found
    said = set(ents("“Tôi rất vui” của anh Nam làm cả đội bật cười."))
    assert ("MISC", "Tôi rất vui") not in said


def test_entities_misc_names_running_over_a_dash_between_places():
    found = set(ents("Ông Trần Văn Hải, Phó Giám đốc Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới, cho "
                     "biết. Giải Bán marathon Đồng Hới - Nhật Lệ 2026 diễn ra sáng 7/6."))
    assert ("ORG", "Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới") in found
    assert ("MISC", "Giải Bán marathon Đồng Hới - Nhật Lệ 2026") in found
    other = set(ents("Giải bóng đá Hà Nội - Cơ quan báo chí khai mạc sáng nay."))
    assert not any(t.startswith("Giải bóng đá Hà Nội -") for _, t in other)


def test_entities_misc_names_in_credits_set_apart_by_a_bar():
    doc = new_document("c", "Tiêu đề\n\nTin: Hải Yến | Đồ họa: Mạnh Cường")
    doc.spans.append(make_span("zone", "BYLINE", 9, len(doc.text), doc.text))
    found = {(s.label, s.text) for s in Entities().extract(doc).spans}
    assert {("PER", "Hải Yến"), ("PER", "Mạnh Cường")} <= found
