"""Entity rules of crime, court, sports and business reports (invented sentences): names
kept anonymous by a last initial, numbered units and hospitals, company names with
lowercase words, football clubs and leagues, documents with a long title."""

from __future__ import annotations

from goldspan.extract.entities import Entities
from goldspan.model.document import new_document


def ents(text: str) -> list[tuple[str, str]]:
    """(label, text) of every entity found in ``text`` (no zones: all text is content)."""
    doc = new_document("t", text)
    return [(s.label, s.text) for s in Entities().extract(doc).spans]


def test_entities_reports_name_with_last_initial_keeps_the_dot():
    found = ents("Công an đã bắt Phạm Văn K. (SN 1991) và Đỗ Thị Ngọc L. ở chợ.")
    assert ("PER", "Phạm Văn K.") in found and ("PER", "Đỗ Thị Ngọc L.") in found
    assert ("PER", "Phạm Văn") not in found


def test_entities_reports_last_initial_needs_a_surname():
    assert not any(label == "PER" for label, _ in ents("Khu vực Cầu Giấy B. có nhiều nhà mới."))


def test_entities_reports_lone_initial_after_the_full_name():
    found = ents("Bắt giữ Hồ Văn D. và Lâm Thị X. tại nhà. Sau đó D. khai đã bán xe.")
    assert found.count(("PER", "D.")) == 1 and ("PER", "Lâm Thị X.") in found
    # an initial inside other initials, or never introduced, is no person
    assert ("PER", "D.") not in ents("Bé D.V.Q. được đưa đi viện. Sau đó D. cũng đến.")


def test_entities_reports_initials_after_a_role():
    assert ("PER", "T.V.M.") in ents("Nhân viên T.V.M. bị thương nhẹ.")
    assert ("PER", "N.H.") in ents("Bệnh nhi N.H. đã xuất viện.")
    assert ("PER", "T.V.M.") not in ents("Trạm T.V.M. bị hỏng.")


def test_entities_reports_numbered_units_and_hospitals():
    found = ents("Ông về Đại đội 3, Tiểu đoàn 7 rồi được đưa vào Bệnh viện Quân y 175 chiều 2/3.")
    assert ("ORG", "Đại đội 3") in found and ("ORG", "Tiểu đoàn 7") in found
    assert ("ORG", "Bệnh viện Quân y 175") in found
    # a number that counts something is not part of the name
    assert ("ORG", "Công ty Minh Long") in ents("Công ty Minh Long 3 năm liền có lãi.")


def test_entities_reports_teams_and_blocks_as_heads():
    found = ents("Đội Cảnh sát giao thông Công an huyện Lạc Sơn đã lập biên bản.")
    assert ("ORG", "Đội Cảnh sát giao thông Công an huyện Lạc Sơn") in found
    assert ("ORG", "Khối Nghiên cứu và Phân tích") in ents("Khối Nghiên cứu và Phân tích nhận định.")
    assert not any(label == "ORG" for label, _ in ents("Đội bóng đã thắng. Khối lượng hàng tăng."))


def test_entities_reports_company_words_in_lowercase():
    assert ("ORG", "Công ty TNHH Thiết bị Điện Tân Phát") in ents(
        "Hợp đồng ký với Công ty TNHH Thiết bị Điện Tân Phát.")
    assert ("ORG", "Văn phòng Luật sư Hòa và Cộng sự") in ents(
        "Luật sư của Văn phòng Luật sư Hòa và Cộng sự cho biết.")
    assert ("ORG", "Công ty Cổ phần Bao bì Minh Hưng") in ents(
        "Công ty Cổ phần Bao bì Minh Hưng nộp hồ sơ.")


def test_entities_reports_company_then_a_person_of_three_syllables():
    found = ents("Giám đốc Công ty TNHH Gạch men Tây Đô Nguyễn Văn Tâm phát biểu.")
    assert ("PER", "Nguyễn Văn Tâm") in found


def test_entities_reports_beach_keeps_its_word_and_mining_is_no_waterfall():
    assert ents("Rác dạt vào bãi biển Cửa Lò.") == [("LOC", "bãi biển Cửa Lò")]
    assert ents("Tàu khai thác IUU bị xử phạt.") == []
    assert ("LOC", "thác Bản Giốc") in ents("Du khách đến thác Bản Giốc.")


def test_entities_reports_clubs_and_leagues():
    found = ents("Sông Lam Nghệ An hòa Hà Nội FC ở vòng 5 LPBank V.League 1-2025/26.")
    assert ("ORG", "Sông Lam Nghệ An") in found and ("ORG", "Hà Nội FC") in found
    assert ("MISC", "LPBank V.League 1-2025/26") in found
    assert ("LOC", "Nghệ An") in ents("Mưa lớn ở Nghệ An.")


def test_entities_reports_document_with_a_long_lowercase_title():
    assert ("DOC", "Quyết định đình chỉ điều tra số 15/2025/QĐ-CSĐT") in ents(
        "Theo Quyết định đình chỉ điều tra số 15/2025/QĐ-CSĐT, vụ việc khép lại.")
    assert ("DOC", "Cáo trạng số 21/CT-VKS") in ents("Theo Cáo trạng số 21/CT-VKS, bị cáo nhận tội.")
    # a plain number after the lowercase words is no code
    assert not any(label == "DOC" for label, _ in ents("Quyết định tăng lương số 3 được bàn."))


def test_entities_reports_fishing_port_keeps_its_word():
    assert ents("Tàu cập cảng cá Sông Đốc.") == [("LOC", "cảng cá Sông Đốc")]


def test_entities_reports_title_opening_with_a_given_name_is_no_person():
    found = ents("Phóng viên Nguyễn Văn Đại hỏi. Đại sứ Kato Ren cảm ơn. Đại sứ quán mở cửa.")
    assert ("PER", "Nguyễn Văn Đại") in found and ("PER", "Kato Ren") in found
    assert ("PER", "Đại") not in found


def test_entities_reports_friendship_bodies_and_country_pairs():
    found = ents("Liên hiệp các tổ chức hữu nghị Việt Nam phối hợp với Hội Hữu nghị Việt Nam - "
                 "Lào tổ chức gặp mặt.")
    assert ("ORG", "Liên hiệp các tổ chức hữu nghị Việt Nam") in found
    assert ("ORG", "Hội Hữu nghị Việt Nam - Lào") in found


def test_entities_reports_tet_bonus_is_no_event_and_monks_keep_thich():
    found = ents("Công nhân ngừng việc vì thưởng Tết thấp. Tết năm nay ấm áp hơn.")
    assert found.count(("MISC", "Tết")) == 1
    assert ("PER", "Thích Minh Tâm") in ents("Hòa thượng Thích Minh Tâm trao quà.")


def test_entities_reports_units_numbered_with_so_schools_and_platforms():
    found = ents("Đội Cảnh sát giao thông đường bộ số 2 ra quân. Trường Đại học Mỹ thuật Việt Nam "
                 "tuyển sinh. Chị bán hàng trên TikTok.")
    assert ("ORG", "Đội Cảnh sát giao thông đường bộ số 2") in found
    assert ("ORG", "Trường Đại học Mỹ thuật Việt Nam") in found
    assert ("MISC", "TikTok") in found
    assert ("LOC", "Mỹ") in ents("Sở Công Thương Hà Nội và Mỹ ký kết.")


def test_entities_reports_residential_groups_and_streams():
    assert ("LOC", "Bến Đá") in ents("Anh Minh - Tổ dân phố Bến Đá, phường Hòa Bình.")
    assert ("LOC", "phố Bến Đá") not in ents("Nước ngập ở tổ dân phố Bến Đá.")
    assert ("LOC", "suối Nậm La") in ents("Hai cầu treo bắc qua suối Nậm La.")


def test_entities_reports_role_titles_opening_a_sentence():
    assert ("PER", "Tan Wei Ming") in ents("Bị cáo Tan Wei Ming có mặt tại tòa.")
    assert ("PER", "Lê Văn Tám") in ents("Bệnh nhân Lê Văn Tám đã xuất viện.")
    assert ents("Bị cáo khai nhận toàn bộ hành vi.") == []


def test_entities_reports_firms_with_english_names_and_platforms():
    found = ents("Công ty khởi nghiệp Saola Labs có trụ sở tại Hà Nội; quỹ Tidewater Ventures và "
                 "Blue Heron Capital đầu tư. Ứng dụng có trên App Store và Google Play. Anh Daniel "
                 "Whitfield là đồng sáng lập.")
    for name in ("Saola Labs", "Tidewater Ventures", "Blue Heron Capital"):
        assert ("ORG", name) in found
    assert ("MISC", "App Store") in found and ("MISC", "Google Play") in found
    assert ("PER", "Daniel Whitfield") in found


def test_entities_reports_bodies_with_a_comma_pair_and_numbered_units():
    found = ents("Theo Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, số vụ tăng. "
                 "Cục Quản lý Khám, chữa bệnh yêu cầu bảo đảm đủ giường. Sở Y tế và phòng, chống "
                 "dịch. Đồn phối hợp với Đại đội bảo vệ biên giới 509 tuần tra. Đại đội có 30 người.")
    assert ("ORG", "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao") in found
    assert ("ORG", "Cục Quản lý Khám, chữa bệnh") in found
    assert ("ORG", "Sở Y tế") in found
    assert ("ORG", "Đại đội bảo vệ biên giới 509") in found
    assert not any(text.startswith("Đại đội có") for _, text in found)


def test_entities_reports_plants_hamlets_groups_and_a_chairman_after_the_council():
    found = ents("Nhà máy lọc dầu Nghi Sơn bảo đảm nguồn cung. Quà được trao tại bản Cà Roòng 1 cho "
                 "đồng bào Ma Coong, Vân Kiều. Chủ tịch HĐND thành phố Ngô Xuân Quang chủ tọa kỳ "
                 "họp. Đại học Quốc gia thành phố Hồ Chí Minh tuyển sinh. Mỗi tấn thép thải 2,1 "
                 "tấn CO2.")
    assert ("ORG", "Nhà máy lọc dầu Nghi Sơn") in found
    assert ("LOC", "Cà Roòng 1") in found
    assert ("MISC", "Ma Coong") in found and ("MISC", "Vân Kiều") in found
    assert ("PER", "Ngô Xuân Quang") in found
    assert not any("Ngô Xuân Quang" in text and label != "PER" for label, text in found)
    assert ("ORG", "Đại học Quốc gia thành phố Hồ Chí Minh") in found
    assert not any(text == "CO2" for _, text in found)
    assert ("LOC", "Tân Thành") in ents("Ở ấp Tân Thành 3 người dân trồng lúa.")


def test_entities_reports_acronyms_tickers_bonus_tet_and_named_places():
    found = ents("Năm 2025, Công ty cổ phần Điện khí Đông Hòa (DHPC) sản xuất 4,21 tỷ kWh. Năm 2026, "
                 "DHPC đặt mục tiêu cao hơn. Cổ phiếu VIC giảm 2,8%, VHM (218 tỷ đồng); GDP tăng 7%. "
                 "Công nhân nhận thưởng Tết Bính Ngọ 2026, còn thưởng Tết 2025 thấp hơn. Thanh khoản "
                 "cải thiện. Phó Chủ tịch LĐLĐ tỉnh Hưng Yên đề nghị. Theo Ban Quản lý dự án 7, cao "
                 "tốc đạt 80%. UNDP công bố báo cáo “Triển vọng khí hậu Việt Nam 2026”. Cao tốc Biên "
                 "Hòa - Vũng Tàu thông xe; khách đến Vườn quốc gia Chư Yang Sin.")
    assert found.count(("ORG", "DHPC")) == 2
    assert ("ORG", "VIC") in found and ("ORG", "VHM") in found and ("ORG", "GDP") not in found
    assert ("MISC", "Tết Bính Ngọ 2026") in found
    assert not any(text.startswith("Tết 2025") or text == "Thanh" for _, text in found)
    assert ("ORG", "LĐLĐ tỉnh Hưng Yên") in found and ("ORG", "Ban Quản lý dự án 7") in found
    assert ("MISC", "Triển vọng khí hậu Việt Nam 2026") in found
    assert ("LOC", "Cao tốc Biên Hòa - Vũng Tàu") in found
    assert ("LOC", "Vườn quốc gia Chư Yang Sin") in found


def test_entities_reports_particle_names_teams_and_department_names():
    found = ents("Đại sứ Hà Lan Pieter Jan van Smits thăm Cần Thơ. Tối qua Thăng Long Dragons thua 1-3, "
                 "còn Hà Nội FC thắng. Ông Phan Đức Hậu, Vụ trưởng Vụ Tín dụng các ngành kinh tế, và "
                 "đại diện Vụ Chính sách tiền tệ cùng dự.")
    assert ("PER", "Pieter Jan van Smits") in found
    assert ("ORG", "Thăng Long Dragons") in found and ("ORG", "Hà Nội FC") in found
    assert ("ORG", "Vụ Tín dụng các ngành kinh tế") in found
    assert ("ORG", "Vụ Chính sách tiền tệ") in found


def test_entities_reports_hmong_and_thai_given_names_that_are_also_family_names():
    found = ents("Hai đối tượng bị bắt là Vừ Bá Lầu (SN 1989) và Lò Văn Mùa (SN 1990).")
    assert ("PER", "Vừ Bá Lầu") in found and ("PER", "Lò Văn Mùa") in found


def test_entities_reports_a_route_between_places_and_a_conference_point():
    found = ents("Tuyến nối với cao tốc Trung Lương - Mỹ Thuận. Phát biểu từ điểm cầu Cần Thơ, "
                 "ông Trần Văn Lâm cho biết dự án chậm.")
    assert ("LOC", "cao tốc Trung Lương - Mỹ Thuận") in found
    assert ("LOC", "Cần Thơ") in found and ("LOC", "cầu Cần Thơ") not in found


def test_entities_reports_commands_and_central_committees_named_in_full():
    found = ents("Hôm qua, Bộ Tư lệnh Bộ đội Biên phòng gửi thư khen. Bộ Tư lệnh Quân khu 4 có "
                 "mặt. Trung ương Hội Chữ thập đỏ Việt Nam hỗ trợ 500 suất quà.")
    assert ("ORG", "Bộ Tư lệnh Bộ đội Biên phòng") in found
    assert ("ORG", "Bộ Tư lệnh Quân khu 4") in found
    assert ("ORG", "Trung ương Hội Chữ thập đỏ Việt Nam") in found
    assert ("ORG", "Bộ đội Biên phòng") not in found


def test_entities_reports_public_bodies_with_lowercase_words_before_their_place():
    found = ents("Đội Thanh niên tình nguyện phường Hai Bà Trưng cùng Hợp tác xã cói Nga Sơn góp "
                 "quà. Tin báo đến từ Đài Thông tin duyên hải Quảng Ngãi; đội tập trung tại Trung "
                 "tâm Đào tạo bóng đá trẻ Việt Nam.")
    assert ("ORG", "Đội Thanh niên tình nguyện phường Hai Bà Trưng") in found
    assert ("ORG", "Hợp tác xã cói Nga Sơn") in found
    assert ("ORG", "Đài Thông tin duyên hải Quảng Ngãi") in found
    assert ("ORG", "Trung tâm Đào tạo bóng đá trẻ Việt Nam") in found
    assert ("ORG", "Quỹ Khuyến học") in ents("Học bổng từ Quỹ Khuyến học vì tương lai xanh.")


def test_entities_reports_languages_firms_in_english_and_a_company_s_short_names():
    assert ents("Tôi nói được tiếng Thái, tiếng Khmer và tiếng Mông.") == []
    found = ents("Bảo hiểm Hưng Long (Hưng Long Insurance) đã chi trả. Startup bán dẫn Aurion Compute ra mắt chip.")
    assert ("ORG", "Hưng Long Insurance") in found and ("ORG", "Aurion Compute") in found
    from goldspan.extract.registry import run_pipeline
    text = ("Lúa gạo xuất khẩu tăng giá\n\nÔng Hồ Văn Tâm, Tổng giám đốc Công ty cổ phần Nông sản "
            "Bình Điền, cho biết lãi tăng. Bình Điền đã liên kết với 1.200 hộ. Nông sản Bình Điền "
            "mở thêm nhà máy ở dự án Bình Điền Riverside.")
    doc = run_pipeline(new_document("f", text), ["zones", "entities"])
    got = [(s.label, s.text) for s in doc.spans if s.layer == "entity"]
    assert got.count(("ORG", "Bình Điền")) == 1 and ("ORG", "Nông sản Bình Điền") in got
