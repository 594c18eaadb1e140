"""Speech rules of round tables, match reports and features (invented sentences): a speaker
named by an epithet or by a title with a place phrase, a representative of a body with its
acronym, words cited after ``dẫn lời``, quotes in guillemets, unmarked words after ``nói:``
running over first-person sentences, ``bày tỏ lo ngại rằng``."""

from __future__ import annotations

from goldspan.extract.registry import run_pipeline
from goldspan.model.document import new_document
from tests.extract.test_speech_general_interviews import headline_speakers

TITLE = "Đội bóng phố núi thắng ngược trên sân nhà"
LEAD = "(GLO) - Tối 8/3, đội chủ nhà lội ngược dòng trong trận đấu đầy kịch tính."


def quotes(*body: str) -> list[tuple[str | None, str, str]]:
    """(kind, text, speaker name) of the QUOTE spans of an article with ``body``."""
    text = "\n\n".join([TITLE, LEAD, *body, "Minh Anh", "Tin khác"])
    doc = new_document("s", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    return [(s.attrs.get("kind"), s.text, names[s.attrs["speaker"]])
            for s in doc.spans if s.layer == "speech" and s.label == "QUOTE"]


def test_speech_reports_epithet_of_a_coach_and_an_owner_of_an_expert():
    got = quotes("HLV Park Min-jun nói các cầu thủ đã chơi đúng chiến thuật.",
                 "Chiến lược gia người Hàn Quốc cũng thừa nhận đội còn mắc nhiều lỗi phòng ngự.",
                 "Ông Lê Quang Vinh, chuyên gia dinh dưỡng của Viện Thể thao, cho biết cầu thủ "
                 "cần ngủ đủ giấc. Chuyên gia của Viện Thể thao lưu ý chế độ ăn quyết định sức "
                 "bền trong hiệp hai.")
    assert ("indirect", "đội còn mắc nhiều lỗi phòng ngự", "Park Min-jun") in got
    assert ("indirect", "chế độ ăn quyết định sức bền trong hiệp hai", "Lê Quang Vinh") in got


def test_speech_reports_epithet_nobody_was_introduced_as_gives_no_quote():
    got = quotes("Chiến lược gia người Hàn Quốc cũng thừa nhận đội còn mắc nhiều lỗi phòng ngự.")
    assert got == []


def test_speech_reports_title_before_a_place_phrase():
    got = quotes("Tiền đạo Rơ Châm Ksor ghi bàn thắng quyết định.",
                 "Tiền đạo 22 tuổi quê ở Đức Cơ cho biết thêm anh đã tập sút suốt mùa hè.")
    assert ("indirect", "anh đã tập sút suốt mùa hè", "Rơ Châm Ksor") in got


def test_speech_reports_representative_with_the_acronym_of_the_body():
    got = quotes("Về tình huống phút 70, đại diện Công ty Cổ phần Giải đấu Tây Nguyên (TNL) "
                 "cho biết tổ trọng tài sẽ được xem xét lại.")
    assert got == [("indirect", "tổ trọng tài sẽ được xem xét lại",
                    "Công ty Cổ phần Giải đấu Tây Nguyên")]


def test_speech_reports_words_cited_after_dan_loi():
    got = quotes("Bà Đinh Thị Hoa cho biết sân cỏ đã được thay mới. Bà cũng dẫn lời ông Kim "
                 "Sung-ho, chuyên gia mặt sân của liên đoàn, trong buổi kiểm tra hồi tháng 2: "
                 "“Mặt cỏ tốt nhất là mặt cỏ được chăm mỗi ngày.”")
    assert ("direct", "Mặt cỏ tốt nhất là mặt cỏ được chăm mỗi ngày.", "Kim Sung-ho") in got


def test_speech_reports_guillemets_are_quotation_marks():
    got = quotes("Chị Hoàng Thị Mơ, cổ động viên lâu năm, đến sân từ chiều. «Tôi chưa từng "
                 "thấy khán đài nào cuồng nhiệt như ở đây.», chị Mơ nói với giọng khàn đặc.")
    assert got == [("direct", "Tôi chưa từng thấy khán đài nào cuồng nhiệt như ở đây.",
                    "Hoàng Thị Mơ")]


def test_speech_reports_unmarked_words_after_noi_colon_in_the_first_person():
    got = quotes("Ông Y Khoa Niê, bán vé ở cổng sân đã mười năm, nói: Trước đây tôi bán chưa "
                 "tới trăm vé mỗi trận. Giờ đội thắng liền, tôi bán hết vé từ trưa.")
    assert got == [("indirect", "Trước đây tôi bán chưa tới trăm vé mỗi trận. Giờ đội thắng "
                    "liền, tôi bán hết vé từ trưa", "Y Khoa Niê")]
    # they run to the paragraph's end (docs/gsmark.md), unless another attribution follows
    got = quotes("Ông Y Khoa Niê nói: Năm nay khán giả đông hơn hẳn. Đội thắng nên ai cũng vui.")
    assert got == [("indirect", "Năm nay khán giả đông hơn hẳn. Đội thắng nên ai cũng vui",
                    "Y Khoa Niê")]
    got = quotes("Ông Y Khoa Niê nói: Năm nay khán giả đông hơn hẳn. Ban tổ chức cho biết đã mở "
                 "thêm hai cổng.")
    assert ("indirect", "Năm nay khán giả đông hơn hẳn", "Y Khoa Niê") in got


def test_speech_reports_bay_to_lo_ngai_rang():
    got = quotes("Ông Nguyễn Văn Sang, trưởng ban huấn luyện, bày tỏ lo ngại rằng lịch thi đấu "
                 "dày sẽ khiến cầu thủ chấn thương.")
    assert got == [("indirect", "lịch thi đấu dày sẽ khiến cầu thủ chấn thương",
                    "Nguyễn Văn Sang")]


def test_speech_reports_speakers_named_by_an_initial():
    got = quotes("Công an bắt giữ Trần Văn K. (SN 1992). Tại cơ quan điều tra, K. khai đã bán "
                 "số hàng cho một người quen ở chợ đêm.",
                 "Bị hại là chị Đỗ Thị Thu L. (29 tuổi). Chị L. kể: “Họ vào rất nhanh, tôi không "
                 "kịp kêu.” Chị L. thừa nhận đã để cửa hàng mở sau giờ đóng cửa.")
    assert ("indirect", "đã bán số hàng cho một người quen ở chợ đêm", "Trần Văn K.") in got
    assert ("direct", "Họ vào rất nhanh, tôi không kịp kêu.", "Đỗ Thị Thu L.") in got
    assert ("indirect", "đã để cửa hàng mở sau giờ đóng cửa", "Đỗ Thị Thu L.") in got


def test_speech_reports_initial_inside_a_sentence_is_no_speaker():
    got = quotes("Ông Phạm Văn Tú cho biết hai đối tượng P. và Q. đã bị tạm giữ.")
    assert got == [("indirect", "hai đối tượng P. và Q. đã bị tạm giữ", "Phạm Văn Tú")]


def test_speech_reports_quote_inside_a_quote_and_a_continued_quote():
    got = quotes("“Rau lên giá cả tuần nay, nhà tôi gọi là ăn kiểu “thắt lưng buộc bụng”.”, chị "
                 "Ngô Thị Mến chia sẻ.",
                 "Anh Vũ Văn Cường, chủ sạp rau ở chợ Đồng Xa, giải thích giá rau tại các vườn ở "
                 "ngoại thành đã tăng gấp đôi sau đợt mưa rét kéo dài suốt hai tuần liền, “nên tôi "
                 "phải bán cao hơn mới đủ vốn”.")
    assert ("direct", "Rau lên giá cả tuần nay, nhà tôi gọi là ăn kiểu “thắt lưng buộc bụng”.",
            "Ngô Thị Mến") in got
    assert ("direct", "nên tôi phải bán cao hơn mới đủ vốn", "Vũ Văn Cường") in got


def test_speech_reports_words_opening_with_ca_and_a_number():
    got = quotes("Trung tá Lê Văn Hậu cho biết cả 4 đối tượng đều đã có tiền án.")
    assert got == [("indirect", "cả 4 đối tượng đều đã có tiền án", "Lê Văn Hậu")]


def test_speech_reports_unit_of_a_body_and_abbreviations_written_out():
    got = quotes("Trung tâm Nghiên cứu của Công ty Chứng khoán Sông Hồng (SHS) nhận định, lãi suất "
                 "sẽ tăng nhẹ trong quý tới.",
                 "Đại diện Viện kiểm sát nhân dân tỉnh Hòa Bình thực hành quyền công tố. Luận tội, "
                 "VKSND tỉnh Hòa Bình cho rằng các bị cáo phạm tội có tổ chức.")
    assert ("indirect", "lãi suất sẽ tăng nhẹ trong quý tới", "Trung tâm Nghiên cứu") in got
    assert ("indirect", "các bị cáo phạm tội có tổ chức",
            "Viện kiểm sát nhân dân tỉnh Hòa Bình") in got


def test_speech_reports_family_name_first_and_gender_of_an_epithet():
    got = quotes("Bị cáo Tan Wei Ming, quốc tịch Malaysia, có mặt tại tòa. Bị cáo Tan thừa nhận "
                 "đã chuyển tiền cho đồng phạm.",
                 "Ông Hans Weber, chuyên gia cấp nước của tổ chức WaterAid (WA), cho biết nguồn "
                 "nước ngầm đang cạn. Bà Trịnh Thị Loan là chuyên gia của viện. “Phải tiết kiệm "
                 "nước ngay từ bây giờ”, nữ chuyên gia nói.")
    assert ("indirect", "đã chuyển tiền cho đồng phạm", "Tan Wei Ming") in got
    assert ("direct", "Phải tiết kiệm nước ngay từ bây giờ", "Trịnh Thị Loan") in got


def test_speech_reports_interview_labelled_by_the_guest_s_given_name():
    text = "\n\n".join([
        "Vận động viên Trịnh Thu Hằng: Em muốn thắng chính mình",
        "(SGGP) – Giành 3 HCV tại giải quốc gia, vận động viên Trịnh Thu Hằng là niềm hy vọng.",
        "PV: Chúc mừng Thu Hằng! Cảm xúc của em thế nào?",
        "Thu Hằng: Em không tin vào mắt mình luôn ạ.",
        "PV: Cảm ơn Thu Hằng và chúc em thi đấu thành công!",
        "Theo kế hoạch, đội tuyển sẽ tập huấn ở nước ngoài hai tuần.",
        "MINH ANH", "Tin khác"])
    doc = new_document("i", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    turns = [(s.text, names[s.attrs["speaker"]]) for s in doc.spans if s.label == "TURN"]
    assert ("Em không tin vào mắt mình luôn ạ.", "Trịnh Thu Hằng") in turns
    # the closing thanks is one paragraph: the narrative after it is no turn
    assert ("Cảm ơn Thu Hằng và chúc em thi đấu thành công!", "Minh Anh") in turns
    assert not any("kế hoạch" in t for t, _ in turns)


def test_speech_reports_bao_is_a_cue_but_not_in_its_compounds():
    got = quotes("Ông Ba Lành kiểm tra từng gốc cây. Ông bảo phải tưới đều thì trái mới to.",
                 "Ông Phạm Văn Sơn bảo vệ quan điểm rằng giá sẽ tăng. Ông Trần Văn Lực cho biết "
                 "chi phí do chủ lao động và bảo hiểm chi trả.")
    assert ("indirect", "phải tưới đều thì trái mới to", "Ba Lành") in got
    assert ("indirect", "chi phí do chủ lao động và bảo hiểm chi trả", "Trần Văn Lực") in got
    assert not any(t.startswith("quan điểm") or t.startswith("hiểm") for _, t, _ in got)


def test_speech_reports_bullet_list_after_a_colon_cue():
    got = quotes("TS Hoàng Văn Nam, chuyên gia kinh tế, đề xuất hai nhóm giải pháp:",
                 "• Hoàn thiện quy hoạch vùng theo hướng liên kết.",
                 "• Dành ít nhất 20% vốn đầu tư công cho giao thông.",
                 "Ông cũng nhìn nhận dư địa lớn nhất nằm ở chế biến nông sản.")
    assert got == [("indirect", "Hoàn thiện quy hoạch vùng theo hướng liên kết", "Hoàng Văn Nam"),
                   ("indirect", "Dành ít nhất 20% vốn đầu tư công cho giao thông",
                    "Hoàng Văn Nam"),
                   ("indirect", "dư địa lớn nhất nằm ở chế biến nông sản", "Hoàng Văn Nam")]


def test_speech_reports_ministry_anaphor_and_the_head_of_government():
    got = quotes("Thủ tướng Lê Văn Minh chủ trì phiên họp. Bộ Xây dựng cho biết vốn đã giao đủ. "
                 "Bộ này đề nghị kéo dài thời gian giải ngân.",
                 "Người đứng đầu Chính phủ yêu cầu các bộ hoàn thành trước ngày 31/12.")
    assert ("indirect", "kéo dài thời gian giải ngân", "Bộ Xây dựng") in got
    assert ("indirect", "các bộ hoàn thành trước ngày 31/12", "Lê Văn Minh") in got


def test_speech_reports_clergy_and_an_epithet_with_a_generation():
    got = quotes("Hòa thượng Thích Minh Tâm, Trưởng ban Trị sự, trao 300 suất quà. “Thấy bà con "
                 "khó thì nhà chùa góp sức”, Hòa thượng chia sẻ.",
                 "CEO Đỗ Văn Khang của công ty khởi nghiệp Sao Mai cho biết sản phẩm đã có khách. "
                 "Vị CEO 9X thừa nhận cạnh tranh với các hãng lớn rất khó.")
    assert ("direct", "Thấy bà con khó thì nhà chùa góp sức", "Thích Minh Tâm") in got
    assert ("indirect", "cạnh tranh với các hãng lớn rất khó", "Đỗ Văn Khang") in got


def test_speech_reports_body_after_an_opening_phrase_and_sentences_opening_with_digits():
    got = quotes("Báo cáo tại phiên họp, Bộ Tài chính, cơ quan thường trực, cho biết vốn đã "
                 "giải ngân đạt 46%. 8 tháng đầu năm, thu ngân sách tăng 12%.",
                 "Bà Lê Thị Hạnh nhấn mạnh từ một mối quan hệ nhỏ, hai bên đã thành đối tác lớn.")
    assert ("indirect", "vốn đã giải ngân đạt 46%", "Bộ Tài chính") in got
    assert ("indirect", "từ một mối quan hệ nhỏ, hai bên đã thành đối tác lớn",
            "Lê Thị Hạnh") in got


def test_speech_reports_agency_leader_by_post_and_head_of_the_province():
    got = quotes("Thủ tướng Hàn Quốc khẳng định Seoul coi Việt Nam là đối tác then chốt. Hãng tin "
                 "AFP hôm thứ Sáu (14/11) đưa tin hai bên đã ký thỏa thuận về khí hóa lỏng.",
                 "Chủ tịch UBND tỉnh Hồ Văn Tài chủ trì hội nghị. Người đứng đầu chính quyền tỉnh "
                 "lưu ý không để người dân phải đi lại nhiều lần.",
                 "Đội Cảnh sát giao thông số 4 ra quân từ tối qua. Đội CSGT số 4 cho biết đã xử "
                 "lý 120 trường hợp vi phạm nồng độ cồn.")
    assert ("indirect", "Seoul coi Việt Nam là đối tác then chốt", "Thủ tướng Hàn Quốc") in got
    assert ("indirect", "hai bên đã ký thỏa thuận về khí hóa lỏng", "AFP") in got
    assert ("indirect", "không để người dân phải đi lại nhiều lần", "Hồ Văn Tài") in got
    assert ("indirect", "đã xử lý 120 trường hợp vi phạm nồng độ cồn",
            "Đội Cảnh sát giao thông số 4") in got


def test_speech_reports_tv_name_line_over_the_words():
    got = quotes("Bà Lưu Thị Hằng - Người dân phường Đông Xuyên\n“Nước lên nhanh lắm, nhà tôi chỉ "
                 "kịp kê đồ lên cao.”",
                 "Đội cứu hộ - Lực lượng tại chỗ\n“Chúng tôi trực suốt đêm.”")
    assert ("direct", "Nước lên nhanh lắm, nhà tôi chỉ kịp kê đồ lên cao.", "Lưu Thị Hằng") in got
    assert not any(who == "Đội cứu hộ" for _, _, who in got)  # no personal name


def test_speech_reports_headline_about_a_quoted_title_is_no_quote():
    text = "\n\n".join(["“Gió chướng mùa xa” giành giải Bông sen Vàng",
                        "(TTVH) - Tối 8/12, bộ phim của đạo diễn trẻ giành giải cao nhất.",
                        "Bộ phim kể về một làng chài ven biển.", "Minh Anh", "Tin khác"])
    doc = new_document("h", text)
    run_pipeline(doc, ["zones", "speech"])
    assert [s for s in doc.spans if s.layer == "speech"] == []


def test_speech_reports_bodies_of_a_trial_and_org_names_with_va():
    got = quotes("Đại diện VKSND TP Cần Thơ cho rằng các bị cáo phạm tội có tổ chức.",
                 "Theo Sở Văn hóa và Thể thao thành phố Huế, lượng khách tăng. Sở cũng khuyến "
                 "cáo du khách đặt phòng sớm trong dịp lễ.")
    assert ("indirect", "các bị cáo phạm tội có tổ chức",
            "Viện kiểm sát nhân dân thành phố Cần Thơ") in got  # "TP" in full too (ho274)
    assert ("indirect", "du khách đặt phòng sớm trong dịp lễ",
            "Sở Văn hóa và Thể thao thành phố Huế") in got


def test_speech_reports_reader_question_answered_by_an_institution():
    text = "\n\n".join([
        "Hỏi đáp về lương hưu", "(BHXH) - Nhiều bạn đọc hỏi về điều kiện hưởng lương hưu.",
        "Bạn đọc Trần Văn Tâm (Nam Định) hỏi: Tôi đã đóng bảo hiểm 18 năm, khi nào được nghỉ?",
        "Bảo hiểm xã hội Việt Nam trả lời: Theo luật mới, người lao động cần đóng đủ 15 năm.",
        "Minh Anh", "Tin khác"])
    doc = new_document("q", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    turns = [(s.text, names[s.attrs["speaker"]]) for s in doc.spans if s.label == "TURN"]
    assert ("Theo luật mới, người lao động cần đóng đủ 15 năm.", "Bảo hiểm xã hội Việt Nam") in turns
    assert ("Tôi đã đóng bảo hiểm 18 năm, khi nào được nghỉ?", "Trần Văn Tâm") in turns


def test_speech_reports_brokerages_speak_and_countries_are_no_people():
    got = quotes("Chứng khoán Bình Minh (BMS) nhận định giá cao su có thể giữ trên 1.800 USD/tấn.",
                 "Hàng xuất sang Hà Lan tăng mạnh. Bà nói giá sẽ còn tăng trong quý tới.")
    assert ("indirect", "giá cao su có thể giữ trên 1.800 USD/tấn", "Chứng khoán Bình Minh") in got
    assert not any(who == "Hà Lan" for _, _, who in got)


def test_speech_reports_court_and_council_cues():
    got = quotes("Bị cáo Lê Văn Khôi trình bày do tin tưởng cấp dưới nên ông ký mà không kiểm tra.",
                 "Đại biểu Trần Thị Hoa trình bày báo cáo thẩm tra của ban.",
                 "Đại biểu Lê Hoàng Phúc chất vấn: công trình kè chống sạt lở đã được bố trí vốn "
                 "từ năm 2023 nhưng đến nay vẫn chưa khởi công.",
                 "Đại biểu Nguyễn Văn Tâm chất vấn Giám đốc Sở Xây dựng về tiến độ các công trình.",
                 "Bà Võ Thị Lan phát biểu tại phiên tòa rằng gia đình bà đã nộp 1,2 tỷ đồng cho "
                 "công ty.",
                 "Ông Phan Văn Hùng, Chủ tịch HĐND tỉnh, kết luận, các sở đã trả lời thẳng thắn "
                 "nhưng nhiều cam kết vẫn chưa hoàn thành.")
    assert ("indirect", "do tin tưởng cấp dưới nên ông ký mà không kiểm tra", "Lê Văn Khôi") in got
    assert ("indirect", "công trình kè chống sạt lở đã được bố trí vốn từ năm 2023 nhưng đến "
            "nay vẫn chưa khởi công", "Lê Hoàng Phúc") in got
    assert ("indirect", "gia đình bà đã nộp 1,2 tỷ đồng cho công ty", "Võ Thị Lan") in got
    assert ("indirect", "các sở đã trả lời thẳng thắn nhưng nhiều cam kết vẫn chưa hoàn thành",
            "Phan Văn Hùng") in got
    assert not any(who in ("Trần Thị Hoa", "Nguyễn Văn Tâm") for _, _, who in got)


def test_speech_reports_deeds_joined_by_va_are_one_quote():
    got = quotes("Công an TP Hà Nội cho biết đã tiếp nhận 90 đơn tố giác và yêu cầu các ngân "
                 "hàng phong tỏa 14 tài khoản.",
                 "Bà Mai Thị Bích cho biết bà mất 850 triệu đồng và đề nghị tòa buộc bị cáo "
                 "hoàn trả toàn bộ số tiền.")
    assert ("indirect", "đã tiếp nhận 90 đơn tố giác và yêu cầu các ngân hàng phong tỏa 14 "
            "tài khoản", "Công an TP Hà Nội") in got
    assert ("indirect", "bà mất 850 triệu đồng", "Mai Thị Bích") in got
    assert ("indirect", "tòa buộc bị cáo hoàn trả toàn bộ số tiền", "Mai Thị Bích") in got


def test_speech_reports_quote_over_paragraphs_without_marks_in_between():
    got = quotes("Luật sư Phan Minh Hải, Đoàn Luật sư TP Hà Nội, phân tích: “Nếu công ty gian "
                 "dối để nhận tiền, hành vi này có dấu hiệu lừa đảo.",
                 "Trường hợp công ty dùng tiền sai mục đích rồi bỏ trốn, có thể xem xét tội "
                 "khác.",
                 "Về hành chính, quảng cáo sai sự thật có thể bị phạt tới 40 triệu đồng.”",
                 "Luật sư Hải cũng đề nghị người bị hại giữ lại toàn bộ hợp đồng và biên lai.")
    direct = [(text, who) for kind, text, who in got if kind == "direct"]
    assert len(direct) == 1
    text, who = direct[0]
    assert who == "Phan Minh Hải"
    assert text.startswith("Nếu công ty gian dối") and text.endswith("tới 40 triệu đồng.")
    assert "\n\nTrường hợp công ty" in text


def test_speech_reports_open_quote_never_closed_leaves_narrative_alone():
    got = quotes("Ông Lê Văn Nam nói: “Chúng tôi sẽ làm đến cùng.",
                 "Sau buổi họp, đoàn công tác đi kiểm tra hiện trường ở xã Tân Phú.",
                 "Bà Trần Thị Thu cho biết xã đã di dời 40 hộ dân khỏi vùng sạt lở.")
    assert ("direct", "Chúng tôi sẽ làm đến cùng.", "Lê Văn Nam") in got
    assert not any("đoàn công tác" in text for _, text, _ in got)
    assert ("indirect", "xã đã di dời 40 hộ dân khỏi vùng sạt lở", "Trần Thị Thu") in got


def test_speech_reports_given_names_introduced_alone():
    got = quotes("Quân, sinh viên năm ba Trường Đại học Cần Thơ, là đội trưởng. “Mệt mấy cũng "
                 "thấy đáng”, Quân kể.",
                 "Thảo Vy (20 tuổi), tình nguyện viên đội thầy thuốc trẻ, chia sẻ lần đầu đi xa "
                 "nhà, em học được cách đo huyết áp.")
    assert ("direct", "Mệt mấy cũng thấy đáng", "Quân") in got
    assert ("indirect", "lần đầu đi xa nhà, em học được cách đo huyết áp", "Thảo Vy") in got


def test_speech_reports_place_names_opening_a_sentence_are_not_introduced():
    got = quotes("Cần Thơ, sinh viên các trường đều tham gia chiến dịch. “Vui lắm”, Cần Thơ nói.")
    assert not any(who == "Cần Thơ" for _, _, who in got)


def test_speech_reports_the_papers_own_reporter_speaks():
    text = "\n\n".join([
        "Nước sông vượt báo động 3", "VTV.vn - Mưa lớn khiến nước sông dâng cao.",
        "Phóng viên VTV tại hiện trường cho biết, tại phường Gia Sàng, nước đã ngập sâu 1,2 m.",
        "“Hiện mưa vẫn chưa ngớt”, phóng viên Minh Tú thông tin từ phường Gia Sàng.",
        "Minh Tú, Quốc Hưng - VTV24", "Tin khác"])
    doc = new_document("r", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    got = [(s.text, names[s.attrs["speaker"]]) for s in doc.spans if s.label == "QUOTE"]
    assert ("tại phường Gia Sàng, nước đã ngập sâu 1,2 m", "Minh Tú") in got
    assert ("Hiện mưa vẫn chưa ngớt", "Minh Tú") in got


def test_speech_reports_qa_box_inside_a_report_ends_its_answer():
    text = "\n\n".join([
        "Mùa tình nguyện hè khép lại", "(TPO) - Thành đoàn tổng kết chiến dịch tình nguyện hè.",
        "Bên lề lễ tổng kết, phóng viên có cuộc trao đổi ngắn với anh Trương Minh Hậu.",
        "Hỏi: Mùa tình nguyện năm nay có gì khác, thưa anh?",
        "Đáp: Địa bàn rộng gấp ba lần, chúng tôi ghép đội hình liên vùng.",
        "Tại ấp Bưng Chông, gia đình bà Thạch Thị Sa Phol được tặng nhà. “Giờ có nhà mới, tôi "
        "mừng lắm”, bà Sa Phol nói.",
        "Những điểm mới cần lưu ý",
        "Nhiều đội hình sẽ duy trì hoạt động vào cuối tuần.",
        "Diệp Minh", "Tin khác"])
    doc = new_document("b", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    spans = [(s.label, s.text, names[s.attrs["speaker"]]) for s in doc.spans if s.layer == "speech"]
    assert ("TURN", "Địa bàn rộng gấp ba lần, chúng tôi ghép đội hình liên vùng.",
            "Trương Minh Hậu") in spans
    assert ("QUOTE", "Giờ có nhà mới, tôi mừng lắm", "Thạch Thị Sa Phol") in spans
    assert not any("Nhiều đội hình" in t for _, t, _ in spans)


def test_speech_reports_reader_asking_again_is_answered_by_the_institution():
    text = "\n\n".join([
        "Hỏi đáp về lương hưu", "(BHXH) - Nhiều bạn đọc hỏi về điều kiện hưởng lương hưu.",
        "Ông Trần Văn Tâm (Nam Định) hỏi: Tôi đã đóng bảo hiểm 18 năm, khi nào được nghỉ?",
        "Bảo hiểm xã hội Việt Nam trả lời: Theo luật mới, người lao động cần đóng đủ 15 năm.",
        "Chị Lò Thị Mai (Sơn La) hỏi: Tôi nghỉ việc đã hơn 12 tháng, có được rút một lần không?",
        "Trả lời: Chị đủ điều kiện hưởng bảo hiểm xã hội một lần.",
        "Minh Anh", "Tin khác"])
    doc = new_document("q2", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    turns = [(s.text, names[s.attrs["speaker"]]) for s in doc.spans if s.label == "TURN"]
    assert ("Chị đủ điều kiện hưởng bảo hiểm xã hội một lần.", "Bảo hiểm xã hội Việt Nam") in turns


def speech_of(*paragraphs: str) -> list[tuple[str, str, str]]:
    """(label, text, speaker name) of the speech spans of a whole article."""
    doc = new_document("w", "\n\n".join(paragraphs))
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    return [(s.label, s.text, names[s.attrs["speaker"]]) for s in doc.spans if s.layer == "speech"]


def test_speech_reports_press_conference_reporter_of_another_paper_asks_in_a_report():
    got = speech_of(
        "Họp báo thường kỳ: bảo đảm xăng dầu dịp Tết",
        "(DN) - Chiều 4/2, Chính phủ tổ chức họp báo thường kỳ tháng 1.",
        "Phóng viên Báo Thanh Niên đặt câu hỏi: “Bộ có giải pháp gì để hoàn thuế nhanh hơn?”",
        "Về vấn đề này, Thứ trưởng Bộ Tài chính Vũ Thị Hồng Nhung thừa nhận vẫn còn tình trạng "
        "chậm hoàn thuế ở một số địa phương.",
        "Bà cho biết trong tháng 1, cơ quan thuế đã ban hành 1.862 quyết định hoàn thuế.",
        "Đề cập câu hỏi của phóng viên Diễn đàn Doanh nghiệp về thuế khoán, bà Nhung khẳng định "
        "hơn hai triệu hộ kinh doanh đã chuyển sang tự kê khai.",
        "Minh Hà", "Tin khác")
    assert ("QUOTE", "Bộ có giải pháp gì để hoàn thuế nhanh hơn?", "Thanh Niên") in got
    assert ("QUOTE", "vẫn còn tình trạng chậm hoàn thuế ở một số địa phương",
            "Vũ Thị Hồng Nhung") in got
    assert not any(label == "TURN" for label, _, _ in got)
    assert not any(who == "Diễn" for _, _, who in got)


def test_speech_reports_family_and_given_name_label_and_anaphors_of_a_trial():
    got = speech_of(
        "Chuyên gia: doanh nghiệp nhỏ đừng đợi bị phạt",
        "(ICT) - Phóng viên trò chuyện với TS Lê Hồng Quân về luật bảo vệ dữ liệu.",
        "Nhà báo: Thưa ông, doanh nghiệp nhỏ nên bắt đầu từ đâu?",
        "Lê Quân: Hãy bắt đầu từ việc rà soát dữ liệu khách hàng.",
        "Nhà báo: Chi phí có cao không?",
        "Lê Quân: Không đắt như nhiều người nghĩ.",
        "Hoàng Vân Anh", "Tin khác")
    assert ("TURN", "Không đắt như nhiều người nghĩ.", "Lê Hồng Quân") in got


def test_speech_reports_anaphors_heads_and_unnamed_posts():
    got = quotes("Bị cáo Trần Quốc Khánh khai nhận đã ký phiếu khi chưa có kết quả. Vị này lý "
                 "giải các doanh nghiệp muốn thông quan nhanh.",
                 "Bị cáo Phạm Thị Ngọc Bích trình bày bà chỉ ký báo cáo định kỳ. Nữ lãnh đạo này "
                 "thừa nhận đã hai lần nhận phản ánh về phiếu thử nghiệm.",
                 "Ông Vũ Đức Thành, Giám đốc Sở Khoa học và Công nghệ tỉnh Ninh Bình, cho biết sở "
                 "đã rà soát các phòng thử nghiệm. Người đứng đầu ngành khoa học và công nghệ "
                 "tỉnh cũng cho biết việc cấp phiếu đã chuyển sang phần mềm.",
                 "Giám đốc Sở Y tế thành phố Đà Nẵng giải trình trong năm nay toàn ngành có 46 gói "
                 "thầu thuốc.")
    assert ("indirect", "các doanh nghiệp muốn thông quan nhanh", "Trần Quốc Khánh") in got
    assert ("indirect", "đã hai lần nhận phản ánh về phiếu thử nghiệm", "Phạm Thị Ngọc Bích") in got
    assert ("indirect", "việc cấp phiếu đã chuyển sang phần mềm", "Vũ Đức Thành") in got
    assert ("indirect", "trong năm nay toàn ngành có 46 gói thầu thuốc",
            "Giám đốc Sở Y tế thành phố Đà Nẵng") in got


def test_speech_reports_a_council_session():
    got = quotes("Chủ tịch HĐND thành phố Ngô Xuân Quang chủ tọa phiên chất vấn.",
                 "Giám đốc Sở Xây dựng Trương Công Hậu trả lời, thành phố đã bố trí 320 tỷ đồng "
                 "cho các công trình.",
                 "Ông Trần Văn Minh trả lời phỏng vấn của báo chí bên lề kỳ họp.",
                 "Phó Chủ tịch UBND thành phố Phạm Đức Thịnh tiếp thu ý kiến đại biểu và khẳng "
                 "định giải ngân vốn đầu tư công là nhiệm vụ trọng tâm.",
                 "Kết luận phiên chất vấn, chủ tọa kỳ họp nhận định các câu trả lời đã đi thẳng "
                 "vào vấn đề.")
    assert ("indirect", "thành phố đã bố trí 320 tỷ đồng cho các công trình", "Trương Công Hậu") in got
    assert ("indirect", "giải ngân vốn đầu tư công là nhiệm vụ trọng tâm", "Phạm Đức Thịnh") in got
    assert ("indirect", "các câu trả lời đã đi thẳng vào vấn đề", "Ngô Xuân Quang") in got
    assert not any(who == "Trần Văn Minh" for _, _, who in got)


def test_speech_reports_bodies_written_short_and_firms():
    got = quotes("Đại diện VKSND tỉnh Ninh Bình phân tích hành vi của các bị cáo là nghiêm trọng. "
                 "Viện kiểm sát đề nghị mức án từ 7 đến 8 năm tù.",
                 "Riêng Hiệp hội Các nhà sản xuất ô tô Việt Nam (VAMA) cho biết các thành viên bán "
                 "ra 31.870 xe. Hiệp hội này lưu ý xe nhập khẩu chiếm khoảng 38% doanh số.",
                 "Trung tâm Kiểm soát bệnh tật Hà Nội (CDC Hà Nội) cho biết, thành phố ghi nhận "
                 "1.146 ca cúm nặng. CDC Hà Nội khuyến cáo người dân tiêm vắc xin cúm hằng năm.",
                 "Công ty cổ phần Thủy điện Đắk Đrinh thông tin, từ 10h ngày 4/12, hồ xả tràn.",
                 "Đại diện Saola Labs xác nhận công ty đang đàm phán với hai ngân hàng.")
    assert ("indirect", "mức án từ 7 đến 8 năm tù", "Viện kiểm sát nhân dân tỉnh Ninh Bình") in got
    assert ("indirect", "xe nhập khẩu chiếm khoảng 38% doanh số",
            "Hiệp hội Các nhà sản xuất ô tô Việt Nam") in got
    assert ("indirect", "người dân tiêm vắc xin cúm hằng năm",
            "Trung tâm Kiểm soát bệnh tật Hà Nội") in got
    assert ("indirect", "từ 10h ngày 4/12, hồ xả tràn", "Công ty cổ phần Thủy điện Đắk Đrinh") in got
    assert ("indirect", "công ty đang đàm phán với hai ngân hàng", "Saola Labs") in got


def test_speech_reports_split_quote_two_verbs_kể_từ_and_lao_names():
    got = quotes("Bà Trương Thị Lụa chèo đò 30 năm. “Giờ có cầu, tui mất nghề”, bà Lụa cười rồi "
                 "nói tiếp, “mà mất nghề vậy tui mừng.”",
                 "Anh Lê Văn Tùng, nhân viên bán hàng, kể từ cuối tháng 11, lượng khách đặt cọc "
                 "tăng gần gấp đôi.",
                 "Ông Lê Văn Nam kể từ ngày nhận chức đã đi khắp các xã.",
                 "Thiếu tá Bun-xa-vát Phôm-ma-chăn, Đại đội trưởng, khẳng định hai bên sẽ tiếp tục "
                 "trao đổi thông tin.")
    assert ("direct", "mà mất nghề vậy tui mừng.", "Trương Thị Lụa") in got
    assert ("indirect", "từ cuối tháng 11, lượng khách đặt cọc tăng gần gấp đôi", "Lê Văn Tùng") in got
    assert not any(who == "Lê Văn Nam" for _, _, who in got)
    assert ("indirect", "hai bên sẽ tiếp tục trao đổi thông tin", "Bun-xa-vát Phôm-ma-chăn") in got


def test_speech_reports_headline_quote_said_again_in_the_body_and_places_are_no_people():
    got = speech_of(
        "Cây cầu cả ấp góp tiền xây: “Có cầu rồi, tui hết lo mỗi lần con đi học”",
        "(SH) - Sau hơn 30 năm lụy đò, người dân ấp Rạch Ông Bảy đã có cầu mới.",
        "Bà Trương Thị Lụa (68 tuổi) chèo đò 30 năm. “Đò thì tui giữ lại”, bà Lụa nói.",
        "Chị Đặng Thị Mỹ Tiên dắt con đi thử. “Có cầu rồi, tui hết lo mỗi lần con đi học. Mấy "
        "đứa nhỏ tự đi được”, chị Tiên nói.",
        "Ông Nguyễn Văn Khiêm kể đêm trước khi vượt sông Thạch Hãn, cả tiểu đội ngồi nghe ông "
        "đánh trống. “Trận ấy chỉ còn ba người trở về”, ông nói.",
        "Gia Hân", "Tin khác")
    assert ("QUOTE", "Có cầu rồi, tui hết lo mỗi lần con đi học", "Đặng Thị Mỹ Tiên") in got
    assert ("QUOTE", "Trận ấy chỉ còn ba người trở về", "Nguyễn Văn Khiêm") in got


def test_speech_reports_posts_through_an_acronym_a_former_post_and_the_board():
    got = quotes("Năm 2025, Công ty cổ phần Điện khí Đông Hòa (DHPC) sản xuất 4,21 tỷ kWh điện. Ông "
                 "Nguyễn Hoài Sơn, Ủy viên Hội đồng quản trị, Tổng Giám đốc Công ty cổ phần Điện khí "
                 "Đông Hòa, cho biết công ty đã hoàn thành kế hoạch.",
                 "Tổng Giám đốc DHPC khẳng định công ty đã hoàn tất hồ sơ thiết kế kỹ thuật.",
                 "TS Đặng Quốc Trung, nguyên Phó Viện trưởng Viện Dầu khí Việt Nam, nhận định giá "
                 "khí sẽ còn tăng. Nguyên Phó Viện trưởng Viện Dầu khí Việt Nam cũng lưu ý rủi ro "
                 "tỷ giá là rất lớn.")
    assert ("indirect", "công ty đã hoàn tất hồ sơ thiết kế kỹ thuật", "Nguyễn Hoài Sơn") in got
    assert ("indirect", "rủi ro tỷ giá là rất lớn", "Đặng Quốc Trung") in got


def test_speech_reports_qa_box_then_a_parent_and_a_son_in_a_school_story():
    got = speech_of(
        "Trường bỏ bài tập cuối tuần",
        "(GD) - Một trường THCS ở Nghệ An thay bài tập cuối tuần bằng dự án gia đình.",
        "Trao đổi với phóng viên bên lề buổi sinh hoạt, cô Hồ Thị Thanh Tâm nói rõ hơn về cách "
        "làm của trường.",
        "PV: Bỏ bài tập có khiến học sinh lơ là không, thưa cô?",
        "Cô Thanh Tâm: Chúng tôi theo dõi kỹ điểm số sau ba tháng.",
        "Không phải phụ huynh nào cũng đồng tình. Chị Lê Thị Mai Anh có con trai là Minh Khôi học "
        "lớp 9A1. Chị bộc bạch: “Tôi vẫn cho cháu học thêm Tiếng Anh.”",
        "Còn Khôi hào hứng khoe em đã ghi lại được ba công thức nấu ăn của bà nội. “Em thấy làm "
        "dự án khó hơn làm bài tập nhưng nhớ lâu hơn.”",
        "Thùy Linh", "Tin khác")
    assert ("TURN", "Chúng tôi theo dõi kỹ điểm số sau ba tháng.", "Hồ Thị Thanh Tâm") in got
    assert ("QUOTE", "Tôi vẫn cho cháu học thêm Tiếng Anh.", "Lê Thị Mai Anh") in got
    assert ("QUOTE", "em đã ghi lại được ba công thức nấu ăn của bà nội", "Minh Khôi") in got
    assert ("QUOTE", "Em thấy làm dự án khó hơn làm bài tập nhưng nhớ lâu hơn.", "Minh Khôi") in got
    assert not any(text.startswith("rõ hơn") for _, text, _ in got)


def test_speech_reports_police_bodies_confessions_and_joined_deeds():
    got = quotes("Cơ quan CSĐT Công an tỉnh Bắc Ninh thông tin nguyên nhân ban đầu xuất phát từ mâu "
                 "thuẫn trên mạng.",
                 "Tại cơ quan công an, Nguyễn Văn T. khai nhận là người rủ cả nhóm đi trả thù.",
                 "Bà Đàng Thị Mười (72 tuổi) nặn gốm từ nhỏ. Bà trầm ngâm một lúc rồi nói: “Con gái "
                 "tôi biết nặn nhưng đi làm xa.”",
                 "Bà Nguyễn Thị Kim Loan nói về du lịch núi Sam, Châu Đốc. Bà thừa nhận: “Hạ tầng "
                 "giao thông chưa theo kịp.”")
    assert ("indirect", "nguyên nhân ban đầu xuất phát từ mâu thuẫn trên mạng",
            "Cơ quan Cảnh sát điều tra Công an tỉnh Bắc Ninh") in got
    assert ("indirect", "là người rủ cả nhóm đi trả thù", "Nguyễn Văn T.") in got
    assert ("direct", "Con gái tôi biết nặn nhưng đi làm xa.", "Đàng Thị Mười") in got
    assert ("direct", "Hạ tầng giao thông chưa theo kịp.", "Nguyễn Thị Kim Loan") in got


def test_speech_reports_a_corruption_trial():
    got = quotes("Đại diện VKSND tỉnh Tuyên Quang thực hành quyền công tố tại phiên tòa cho rằng hành "
                 "vi của các bị cáo đặc biệt nghiêm trọng.",
                 "Luật sư Trần Quốc Vinh (Đoàn Luật sư thành phố Hà Nội) bào chữa cho bị cáo Hà Văn "
                 "Chiến cho rằng cáo trạng quy kết chưa thỏa đáng. Ông đề nghị HĐXX xem xét việc bị "
                 "cáo đã nộp 1,5 tỷ đồng khắc phục hậu quả.",
                 "Nói lời sau cùng, bị cáo Chiến nghẹn ngào: “Bị cáo đã phụ lòng tổ chức.” Bị cáo Nông "
                 "Thị Hạnh trong lời nói sau cùng đề nghị HĐXX xem xét hoàn cảnh gia đình.")
    assert ("indirect", "hành vi của các bị cáo đặc biệt nghiêm trọng",
            "Viện kiểm sát nhân dân tỉnh Tuyên Quang") in got
    assert ("indirect", "cáo trạng quy kết chưa thỏa đáng", "Trần Quốc Vinh") in got
    assert ("indirect", "HĐXX xem xét việc bị cáo đã nộp 1,5 tỷ đồng khắc phục hậu quả",
            "Trần Quốc Vinh") in got
    assert ("direct", "Bị cáo đã phụ lòng tổ chức.", "Hà Văn Chiến") in got
    assert ("indirect", "HĐXX xem xét hoàn cảnh gia đình", "Nông Thị Hạnh") in got


def test_speech_reports_stage_names_paper_labels_and_bodies_with_verb_pairs():
    got = speech_of(
        "NGÔI SAO\nTin tức giải trí\nShowbiz | Nhạc | Phim | Thời trang | Video",
        "Trà Mibi: “Tôi từng nghĩ sẽ bỏ nghề”",
        "Sau ba năm vắng bóng, ca sĩ Trà Mibi trở lại với album mới.",
        "Ngôi Sao: Ba năm qua chị đã ở đâu?",
        "Trà Mibi: Tôi ở nhà, đúng nghĩa đen.",
        "Ngôi Sao: Cảm ơn chị!",
        "Trà Mibi tên thật là Nguyễn Thị Thu Trà, sinh năm 1997.",
        "Hà Phương", "Tin khác")
    assert ("TURN", "Tôi ở nhà, đúng nghĩa đen.", "Nguyễn Thị Thu Trà") in got
    got = quotes("Cục Quản lý Khám, chữa bệnh (Bộ Y tế) cho biết, mỗi năm cả nước ghi nhận khoảng "
                 "200.000 ca đột quỵ mới. Cục này khuyến cáo người dân không tự ý bỏ thuốc.",
                 "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an TP Hà Nội khuyến "
                 "cáo người dân không sạc xe điện qua đêm.",
                 "Một người dân sống gần đó cho biết, khoảng 2h20, anh nghe tiếng nổ lốp bốp.",
                 "Thống đốc Fed Daniel Whitmore nói: “Chính sách vẫn đang thắt chặt.”",
                 "Hãng tin Bloomberg dẫn các nguồn tin am hiểu vấn đề cho biết phần lớn quan chức "
                 "muốn tạm dừng.")
    assert ("indirect", "người dân không tự ý bỏ thuốc", "Cục Quản lý Khám, chữa bệnh") in got
    assert ("indirect", "người dân không sạc xe điện qua đêm",
            "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an TP Hà Nội") in got
    assert ("indirect", "khoảng 2h20, anh nghe tiếng nổ lốp bốp", "Một người dân sống gần đó") in got
    assert ("direct", "Chính sách vẫn đang thắt chặt.", "Daniel Whitmore") in got
    assert ("indirect", "phần lớn quan chức muốn tạm dừng", "Bloomberg") in got


def test_speech_reports_feelings_after_quotes_initials_short_firms_and_a_lawyer_named_nga():
    got = quotes("Chị Lê Thị Hạnh kể lại đêm đó. “Tôi cứ tưởng anh ấy say nên nói lắp.”, chị Hạnh "
                 "nghẹn ngào.",
                 "Bà T.T.M. (76 tuổi) bị mời đi hội thảo. “Họ đo đường huyết rồi bảo chỉ số của tôi "
                 "rất cao”, bà M. nói.",
                 "Công ty TNHH Thương mại và Dịch vụ Y sinh An Khang Việt cho biết sản phẩm có đủ "
                 "giấy tờ. Công ty An Khang Việt cũng cam kết sẽ hoàn lại tiền cho khách.",
                 "Luật sư Đinh Thị Quỳnh Nga phân tích hành vi có dấu hiệu lừa dối. Luật sư Nga lưu "
                 "ý rằng người dân nên giữ lại hợp đồng.")
    assert ("direct", "Tôi cứ tưởng anh ấy say nên nói lắp.", "Lê Thị Hạnh") in got
    assert ("direct", "Họ đo đường huyết rồi bảo chỉ số của tôi rất cao", "T.T.M.") in got
    assert ("indirect", "sẽ hoàn lại tiền cho khách",
            "Công ty TNHH Thương mại và Dịch vụ Y sinh An Khang Việt") in got
    assert ("indirect", "người dân nên giữ lại hợp đồng", "Đinh Thị Quỳnh Nga") in got


def test_speech_reports_a_pronoun_goes_on_with_the_last_speaker_only_right_after_them():
    got = quotes("Ông Lê Văn Nam, Giám đốc công ty, cho biết doanh thu tăng mạnh. Ông đề nghị tỉnh hỗ "
                 "trợ thêm mặt bằng.",
                 "Bà Trần Thị Lan cho biết năm nay mùa màng thuận lợi. Chồng bà, ông Phạm Văn Hùng, "
                 "làm nghề đã 30 năm. Ông kể nhiều năm trước lũ cuốn hết ruộng.")
    assert ("indirect", "tỉnh hỗ trợ thêm mặt bằng", "Lê Văn Nam") in got
    assert ("indirect", "nhiều năm trước lũ cuốn hết ruộng", "Phạm Văn Hùng") in got


def test_speech_reports_relatives_particles_while_clauses_and_surname_references():
    got = quotes("Chị Nguyễn Thị Hoa làm mành đã 20 năm. Chồng chị Hoa, người lo khâu nhập trúc, cho "
                 "biết giá trúc năm nay tăng khoảng 15%.",
                 "Chị Hoa vừa luồn chỉ vừa kể, nhà chị có ba thế hệ theo nghề.",
                 "Đại sứ Hà Lan tại Việt Nam Pieter Jan van Smits đã trao đổi với phóng viên. Đại sứ "
                 "nhấn mạnh nước là câu chuyện chung của hai nước.",
                 "Bà Vũ Thị Hạnh (64 tuổi, tổ dân phố Tân Kim) vừa làm xong thủ tục đất đai, chia sẻ "
                 "với PV: “Hồi trước tôi phải lên thành phố ba lần.”",
                 "Ông Lý Hạo Nhiên (Li Haoran), thương nhân Trung Quốc, nói qua phiên dịch rằng nhu "
                 "cầu sầu riêng vẫn tăng.")
    assert ("indirect", "giá trúc năm nay tăng khoảng 15%", "chồng chị Hoa") in got
    assert ("indirect", "nhà chị có ba thế hệ theo nghề", "Nguyễn Thị Hoa") in got
    assert ("indirect", "nước là câu chuyện chung của hai nước", "Pieter Jan van Smits") in got
    assert ("direct", "Hồi trước tôi phải lên thành phố ba lần.", "Vũ Thị Hạnh") in got
    assert ("indirect", "nhu cầu sầu riêng vẫn tăng", "Lý Hạo Nhiên") in got
    # "ông Lý" stays unresolved: a Vietnamese surname alone names nobody (test_speech_cast)


def test_speech_reports_council_reports_and_long_procuracy_names():
    got = quotes("Sở Tài chính báo cáo, năm 2025 tăng trưởng của tỉnh ước đạt 8,1%.",
                 "Sở Tài chính báo cáo kết quả thu ngân sách tại phiên họp.",
                 "Ông Trần Văn An yêu cầu các sở hoàn thành việc giải ngân trước ngày 31/12 và báo cáo "
                 "kết quả tại kỳ họp tới.",
                 "Đại diện VKSND khu vực 1 - Đà Nẵng thực hành quyền công tố tại phiên tòa phân tích, "
                 "bị cáo có đủ năng lực trách nhiệm hình sự.",
                 "Hai em học sinh chỉ nói được tiếng Ba Na.")
    assert ("indirect", "năm 2025 tăng trưởng của tỉnh ước đạt 8,1%", "Sở Tài chính") in got
    assert ("indirect", "các sở hoàn thành việc giải ngân trước ngày 31/12 và báo cáo kết quả tại "
            "kỳ họp tới", "Trần Văn An") in got
    assert ("indirect", "bị cáo có đủ năng lực trách nhiệm hình sự",
            "Viện kiểm sát nhân dân khu vực 1 - Đà Nẵng") in got
    assert not any(text.startswith("kết quả thu") or "Ba Na" in text for _, text, _ in got)


def test_speech_reports_titles_before_names_nicknames_negation_and_objects_before_a_colon():
    got = quotes("Giám đốc HTX, bà Lê Thị Ngọc Hạnh, thông tin: hiện hợp tác xã có 126 thành viên.",
                 "Ông Nguyễn Văn Đực (58 tuổi), người trong ấp quen gọi là Tư Đực, trồng chôm chôm. "
                 "“Giờ ai chê thì tui dắt ra vườn coi”, ông Tư Đực cười.",
                 "Chủ tịch CLB Trần Quốc Nghĩa từ chối tiết lộ con số cụ thể, song khẳng định khoản "
                 "chi nằm trong ngân sách đã duyệt.",
                 "Công an tỉnh Quảng Ninh khuyến cáo người dân: khi phát hiện dấu hiệu lừa đảo cần "
                 "trình báo ngay.",
                 "Kể đến đây, bà Hoàng Thị Mai bỗng cười: “Khách Tây thêu chậm lắm.”",
                 "Chị H. bị lừa 12 triệu đồng. “Họ gửi cả giấy phép kinh doanh”, chị H. nghẹn ngào.")
    assert ("indirect", "hiện hợp tác xã có 126 thành viên", "Lê Thị Ngọc Hạnh") in got
    assert ("direct", "Giờ ai chê thì tui dắt ra vườn coi", "Nguyễn Văn Đực") in got
    assert ("indirect", "khoản chi nằm trong ngân sách đã duyệt", "Trần Quốc Nghĩa") in got
    assert not any(text == "con số cụ thể" for _, text, _ in got)
    assert ("indirect", "khi phát hiện dấu hiệu lừa đảo cần trình báo ngay",
            "Công an tỉnh Quảng Ninh") in got
    assert ("direct", "Khách Tây thêu chậm lắm.", "Hoàng Thị Mai") in got
    assert ("direct", "Họ gửi cả giấy phép kinh doanh", "H.") in got


def test_speech_reports_feeling_verbs_after_a_quote_and_time_phrases_opening_words():
    got = quotes("“Xưởng tôi mất điện hai lần tuần trước, thiệt hại lớn”, ông Lê Văn Quý, chủ "
                 "một xưởng cơ khí ở xã Lạng Giang, bức xúc.",
                 "Bà Trịnh Thị Hằng (67 tuổi), sống ở phố Hàng Chiếu hơn 40 năm, cho biết từ "
                 "chập tối đến rạng sáng, tiếng nhạc dội vào nhà.",
                 "Ông Quý nói từ Hà Nội lên đây mất hai ngày.")
    assert ("direct", "Xưởng tôi mất điện hai lần tuần trước, thiệt hại lớn", "Lê Văn Quý") in got
    assert ("indirect", "từ chập tối đến rạng sáng, tiếng nhạc dội vào nhà",
            "Trịnh Thị Hằng") in got
    assert not any(t.startswith("từ Hà Nội") for _, t, _ in got)  # a route, no words


def test_speech_reports_to_add_is_no_cue_after_a_verb_of_giving():
    got = quotes("Sáng 18/6, Sở Y tế phát động chiến dịch tiêm bổ sung vắc xin sởi cho trẻ.",
                 "Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Đất đai.",
                 "Ông Nguyễn Văn An bổ sung, đợt tiêm sẽ kéo dài hai tháng.")
    assert got == [("indirect", "đợt tiêm sẽ kéo dài hai tháng", "Nguyễn Văn An")]


def test_speech_reports_companies_with_a_legal_form_and_defined_abbreviations():
    got = quotes("Đại diện Công ty TNHH MTV Vận hành hệ thống điện và thị trường điện Quốc gia "
                 "(NSMO) cho biết phụ tải toàn quốc tăng mạnh.",
                 "Theo Trung tâm Kiểm soát bệnh tật TP.HCM (HCDC), số ca tăng.",
                 "HCDC cho biết dịch đến sớm hơn mọi năm.",
                 "NHNN cho biết lãi suất giảm.")
    assert ("indirect", "phụ tải toàn quốc tăng mạnh",
            "Công ty TNHH MTV Vận hành hệ thống điện và thị trường điện Quốc gia") in got
    assert ("indirect", "dịch đến sớm hơn mọi năm", "Trung tâm Kiểm soát bệnh tật TP.HCM") in got
    assert ("indirect", "lãi suất giảm", "NHNN") in got  # never written out: as it stands


def test_speech_reports_addressees_before_a_colon_and_a_list_after_a_dangling_cue():
    got = quotes("Chi cục Thủy sản khuyến cáo ngư dân: bảo quản cá bằng hầm bảo ôn.",
                 "Trung tâm Y tế khuyến cáo người dân:",
                 "- Hằng tuần kiểm tra, đậy kín dụng cụ chứa nước;",
                 "- Ngủ màn kể cả ban ngày.",
                 "Nhiều hộ dân đã làm theo.")
    assert got == [("indirect", "bảo quản cá bằng hầm bảo ôn", "Chi cục Thủy sản"),
                   ("indirect", "Hằng tuần kiểm tra, đậy kín dụng cụ chứa nước", "Trung tâm Y tế"),
                   ("indirect", "Ngủ màn kể cả ban ngày", "Trung tâm Y tế")]


def test_speech_reports_ethnic_family_names_and_hyphenated_names_on_name_lines():
    got = quotes("Trung úy Moong Văn Tình, trinh sát viên, nhớ lại: “Trời mưa, anh em nằm trên "
                 "lớp lá mục.”",
                 "Chị Lee Soo-jin - Du khách Hàn Quốc",
                 "“Tôi muốn đến xem phố cổ, nhưng tối nay đông quá.”",
                 "Chị Thảo Vy chia sẻ lần đầu đi tình nguyện xa nhà rất vui.")
    assert ("direct", "Trời mưa, anh em nằm trên lớp lá mục.", "Moong Văn Tình") in got
    assert ("direct", "Tôi muốn đến xem phố cổ, nhưng tối nay đông quá.", "Lee Soo-jin") in got
    assert ("indirect", "lần đầu đi tình nguyện xa nhà rất vui", "Thảo Vy") in got  # "Vy" given


def test_speech_reports_frankly_after_a_quote_and_the_narrative_turning_back_to_the_speaker():
    got = quotes("Ông Phạm Văn Tuấn, Tổng Thư ký hiệp hội, phát biểu khai mạc. “Hộ kinh doanh vay "
                 "nhỏ, vay nhanh”, Tổng Thư ký hiệp hội thẳng thắn.",
                 "HLV Nguyễn Minh Triết thừa nhận thẻ đỏ đã làm hỏng kế hoạch của đội, nhưng ông "
                 "không đổ lỗi cho trọng tài.",
                 "Bà Lan cho biết giá tăng, nhưng khách vẫn đông.")
    assert ("direct", "Hộ kinh doanh vay nhỏ, vay nhanh", "Phạm Văn Tuấn") in got
    assert ("indirect", "thẻ đỏ đã làm hỏng kế hoạch của đội", "Nguyễn Minh Triết") in got
    assert ("indirect", "giá tăng, nhưng khách vẫn đông", "Lan") in got  # no pronoun: goes on


def test_speech_reports_a_pronoun_with_its_body_and_a_doing_before_the_cue():
    got = quotes("Ông Trần Văn Bình, Tổng Giám đốc ngân hàng, nói lãi suất sẽ giảm. Vị lãnh đạo "
                 "ngân hàng này cũng cho biết, dư nợ đã tăng 11,2%.",
                 "Ông Tư (62 tuổi) vừa gặt xong tám sào lúa, khoe ruộng nhà được 2,6 tạ/sào.",
                 "Hà Nội đang mưa to, dự báo còn mưa đến cuối tuần.")
    assert ("indirect", "dư nợ đã tăng 11,2%", "Trần Văn Bình") in got
    assert ("indirect", "ruộng nhà được 2,6 tạ/sào", "Tư") in got
    assert not any(t.startswith("còn mưa") for _, t, _ in got)  # a city is nobody


def test_speech_reports_a_reporter_name_line_over_a_stand_up():
    got = quotes("Phóng viên Thanh Tâm - Tường thuật từ xã Mỏ Cày",
                 "“Tôi đang có mặt tại một vựa dừa lớn, nơi giá dừa đang giảm mạnh.”")
    assert got == [("direct", "Tôi đang có mặt tại một vựa dừa lớn, nơi giá dừa đang giảm mạnh.",
                    "Thanh Tâm")]


def test_speech_reports_a_name_after_cua_before_a_headline_quote_is_no_subject():
    from goldspan.extract.speech_paragraphs import name_before_mark

    head = "Hoa hậu Mai Lan nhận lời cầu hôn của doanh nhân Trần Văn Hùng: “Em đồng ý”"
    assert name_before_mark(head, head.index("Em"), ()) is None
    head = "Doanh nhân Trần Văn Hùng: “Tôi đã chuẩn bị suốt một tháng”"
    assert name_before_mark(head, head.index("Tôi"), ()) == "Trần Văn Hùng"


def test_speech_reports_trial_lawyers_arguing_a_semicolon_and_the_city_procuracy_in_full():
    got = quotes("Luật sư bào chữa cho bị cáo Quý cho rằng thân chủ chỉ là người làm thuê; vị "
                 "luật sư đề nghị tòa cho Quý được hưởng án treo.",
                 "Luật sư Đỗ Minh Tâm lập luận việc quy đổi giá thuốc là chưa phù hợp.",
                 "VKSND TP Hà Nội cho rằng đây là vụ án đặc biệt nghiêm trọng.",
                 "Ông An cho biết giá tăng; riêng mặt hàng rau giảm nhẹ.")
    assert ("indirect", "thân chủ chỉ là người làm thuê", "Luật sư bào chữa cho bị cáo Quý") in got
    assert ("indirect", "tòa cho Quý được hưởng án treo", "Luật sư bào chữa cho bị cáo Quý") in got
    assert ("indirect", "việc quy đổi giá thuốc là chưa phù hợp", "Đỗ Minh Tâm") in got
    assert ("indirect", "đây là vụ án đặc biệt nghiêm trọng",
            "Viện kiểm sát nhân dân thành phố Hà Nội") in got
    assert ("indirect", "giá tăng; riêng mặt hàng rau giảm nhẹ", "An") in got  # no new speaker


def test_speech_reports_an_unnamed_analysts_team_and_an_association_named_again():
    got = quotes("Nhóm phân tích của Công ty cổ phần Chứng khoán Sông Hồng khuyến nghị nhà đầu tư "
                 "giữ tỷ trọng cổ phiếu ở mức vừa phải.",
                 "Khối Phân tích của Ngân hàng Đông Phong nhận định lãi suất sẽ đi ngang.",
                 "Hiệp hội Rau quả Việt Nam cho biết xuất khẩu tăng mạnh. Hiệp hội này dự báo cả "
                 "năm xuất khẩu có thể vượt 4 tỷ USD.")
    assert ("indirect", "nhà đầu tư giữ tỷ trọng cổ phiếu ở mức vừa phải",
            "Công ty cổ phần Chứng khoán Sông Hồng") in got
    assert ("indirect", "lãi suất sẽ đi ngang", "Khối Phân tích") in got  # a named unit speaks
    assert ("indirect", "cả năm xuất khẩu có thể vượt 4 tỷ USD", "Hiệp hội Rau quả Việt Nam") in got


def test_speech_reports_a_language_is_no_words_and_the_head_of_a_commune():
    got = quotes("Bà Lò Thị Xuân, Chủ tịch UBND xã, cho biết công trình đã xong. Người đứng đầu "
                 "chính quyền xã cũng thừa nhận mùa mưa năm nay đã có đoạn ống bị gãy.",
                 "“Từ nay không còn phải gùi nước nữa”, già Páo nói bằng tiếng Mông, cán bộ xã "
                 "dịch lại.")
    assert ("indirect", "mùa mưa năm nay đã có đoạn ống bị gãy", "Lò Thị Xuân") in got
    assert not any(t.startswith("bằng tiếng") for _, t, _ in got)


def test_speech_reports_a_headline_about_a_quoted_work_after_a_colon_quotes_nobody():
    text = "\n\n".join([
        "Giải thưởng Kiến trúc 2026: “Nhà cộng đồng bản Lướt” đoạt Giải Vàng",
        "(KT) - Tối 23/11, lễ trao giải đã diễn ra tại Hà Nội.",
        "Kiến trúc sư Phạm Văn Tâm cho biết công trình chỉ tốn 50 triệu đồng.", "Minh Anh", "Tin khác"])
    doc = new_document("k", text)
    run_pipeline(doc, ["zones", "speech"])
    assert not [s for s in doc.spans if s.layer == "speech" and s.start < len(text.split("\n\n")[0])]


def test_speech_reports_a_headline_quoting_the_end_of_a_body_quote_is_its_speaker():
    text = "\n\n".join([
        "Nước sạch về bản: “Không còn phải gùi nước lúc nửa đêm”",
        "(DT) - Nước sạch đã về bản vùng cao sau hai năm chờ đợi.",
        "“Đêm nào con gái tôi cũng đi lấy nước. Bây giờ không còn phải gùi nước lúc nửa đêm "
        "nữa”, già Giàng A Páo nói.",
        "Anh Triệu Văn Hin cho biết gia đình đã lắp bể chứa mới. “Nhà tôi đỡ vất vả hẳn”, anh "
        "Hin kể. “Tiền mua nước để dành mua phân bón”, anh Hin nói thêm.", "Minh Anh", "Tin khác"])
    doc = new_document("n", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    head = [names[s.attrs["speaker"]] for s in doc.spans
            if s.layer == "speech" and s.start < len(text.split("\n\n")[0])]
    assert head == ["Giàng A Páo"]


def test_speech_reports_two_line_tv_strap_gives_the_quotation_under_it():
    got = quotes("Nước sông lên nhanh trong đêm, nhiều hộ phải gia cố lồng bè.",
                 "Ông Hoàng Văn Tư\nChủ bè cá xã Phú Hữu\n“Nước lên nhanh quá, nhà tôi phải bán chạy "
                 "gần một tấn cá chưa tới lứa.”",
                 "BÀ ĐINH THỊ SEN\nTổ trưởng tổ dân phố số 3\n“Chúng tôi trực suốt đêm để báo cho bà "
                 "con khi nước lên.”",
                 "Ông Tư\nnói thêm rằng năm nào cũng vậy.")
    assert ("direct", "Nước lên nhanh quá, nhà tôi phải bán chạy gần một tấn cá chưa tới lứa.",
            "Hoàng Văn Tư") in got
    assert ("direct", "Chúng tôi trực suốt đêm để báo cho bà con khi nước lên.",
            "Đinh Thị Sen") in got  # a name in capitals is written as a name
    assert len(got) == 2  # a name line with no role line and quotation under it gives nothing


def test_speech_reports_a_post_after_another_in_the_role_and_a_long_title_after_dong_chi():
    got = quotes("Dự hội nghị có đồng chí Hà Thị Bích Loan, Ủy viên Ban Chấp hành Trung ương Đảng, "
                 "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Trương Minh Khoa, Ủy viên "
                 "Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
                 "“Mặt trận mạnh là ở người dân”, đồng chí Phó Chủ tịch Ủy ban Trung ương MTTQ Việt "
                 "Nam nói.",
                 "Tiếp thu ý kiến, đồng chí Chủ tịch cho biết Mặt trận tỉnh sẽ mở chương trình.")
    assert ("direct", "Mặt trận mạnh là ở người dân", "Hà Thị Bích Loan") in got
    assert ("indirect", "Mặt trận tỉnh sẽ mở chương trình", "Trương Minh Khoa") in got


def test_speech_reports_a_school_named_after_someone_is_no_mention_and_whole_class_words():
    got = quotes("Ông Đặng Văn Khiêm, Giám đốc Sở, cho biết điểm chuẩn vào Trường THPT Chu Văn An "
                 "có thể tăng. Ông cũng lưu ý thí sinh có 10 ngày để phúc khảo.",
                 "“Cháu không học thêm”, chị Nguyễn Thu Trang nói. Chị cho biết cả lớp có 11 bạn đạt "
                 "trên 25 điểm.")
    assert ("indirect", "thí sinh có 10 ngày để phúc khảo", "Đặng Văn Khiêm") in got
    assert ("indirect", "cả lớp có 11 bạn đạt trên 25 điểm", "Nguyễn Thu Trang") in got


def test_speech_reports_a_police_code_speaks_for_the_department_defined_with_commas():
    got = quotes("Theo Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07), cả nước có "
                 "nhiều vụ cháy. C07 cho biết số vụ cháy tăng mạnh.")
    assert got == [("indirect", "số vụ cháy tăng mạnh",
                    "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ")]


def test_speech_reports_a_curator_and_a_titled_name_between_commas():
    got = quotes("Giám tuyển Lê Nguyễn Thảo Nguyên giới thiệu bức tranh với khách.",
                 "“Tranh Tết thường bị xem là tranh trang trí”, nữ giám tuyển nói.",
                 "Giám đốc âm nhạc của đêm diễn, nhạc sĩ Đoàn Hải Phong, nói: “Chúng tôi dùng dàn "
                 "nhạc 42 nhạc công.”",
                 "BS.CKII Đỗ Thị Thu Trang, Trưởng khoa Nhiễm, cho biết khoa đang điều trị 186 trẻ.")
    assert ("direct", "Tranh Tết thường bị xem là tranh trang trí", "Lê Nguyễn Thảo Nguyên") in got
    assert ("direct", "Chúng tôi dùng dàn nhạc 42 nhạc công.", "Đoàn Hải Phong") in got
    assert ("indirect", "khoa đang điều trị 186 trẻ", "Đỗ Thị Thu Trang") in got


def test_speech_reports_a_coach_named_by_post_and_nationality_and_hlv_left_out_of_the_name():
    got = quotes("HLV Manuel Ferreira của Công an Hà Nội khẳng định đội sẽ thắng.",
                 "Chiến lược gia người Bồ Đào Nha cho biết tiền đạo Caio đã hồi phục.",
                 "HLV người Bồ Đào Nha cũng cho biết cả đội đã sẵn sàng.")
    assert got == [("indirect", "đội sẽ thắng", "Manuel Ferreira"),
                   ("indirect", "tiền đạo Caio đã hồi phục", "Manuel Ferreira"),
                   ("indirect", "cả đội đã sẵn sàng", "Manuel Ferreira")]


def test_speech_reports_an_initial_before_a_number_does_not_end_the_words():
    got = quotes("Viện kiểm sát đề nghị xử phạt T. 13 - 14 năm tù, H. 8 - 9 năm tù.")
    assert got[0][1] == "xử phạt T. 13 - 14 năm tù, H. 8 - 9 năm tù"


def test_speech_reports_a_headline_post_and_club_is_the_president_not_a_name():
    text = "\n\n".join([
        "Chủ tịch Đông Á Thanh Hóa: “Caio là bản hợp đồng đắt nhất lịch sử CLB”",
        "(BD) - Tối 7/1, Đông Á Thanh Hóa giới thiệu tiền đạo Caio Rezende Farias.",
        "Ông Trịnh Quốc Lâm, Chủ tịch CLB Đông Á Thanh Hóa, khẳng định khoản chi do nhà tài "
        "trợ bảo trợ. “Caio là bản hợp đồng đắt nhất lịch sử CLB”, ông Lâm nói.",
        "Quang Minh (Bongdanet)", "Tin liên quan"])
    doc = new_document("c", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    assert {names[s.attrs["speaker"]] for s in doc.spans if s.layer == "speech"} == {"Trịnh Quốc Lâm"}


def test_speech_reports_a_byline_author_whose_name_is_also_a_place():
    from goldspan.extract.speech_labels import byline_author
    assert byline_author("Quang Minh (Bongdanet)") == "Quang Minh"


def test_speech_reports_a_chinese_name_short_by_family_name_and_an_agency_citing_sources():
    got = quotes("Ông Trương Vĩnh Khang (Zhang Yongkang), Chủ tịch hãng khu vực châu Á, cho biết "
                 "Việt Nam là thị trường lớn. “Trung tâm nghiên cứu đặt tại Thâm Quyến”, ông "
                 "Trương nói.",
                 "AFP dẫn các nguồn tin ngoại giao cho biết vòng đàm phán có thể diễn ra vào tháng 10.")
    assert ("direct", "Trung tâm nghiên cứu đặt tại Thâm Quyến", "Trương Vĩnh Khang") in got
    assert ("indirect", "vòng đàm phán có thể diễn ra vào tháng 10", "AFP") in got


def test_speech_reports_strap_of_a_clan_name_and_the_village_of_a_post():
    text = "\n\n".join([
        "Trưởng thôn Tà Rơi: “Có nhà mới chắc chắn, ai cũng mừng”",
        "(QRT) - Chiều 16/12, 42 hộ đồng bào thôn Tà Rơi đã chuyển về khu tái định cư mới.",
        "Từ sáng sớm, bộ đội biên phòng đã dùng bốn xe tải chở đồ đạc của bà con.",
        "Alăng Thơ\nTrưởng thôn Tà Rơi, xã Avương\n“Mùa mưa năm ngoái, đất sụt ngay sau lưng nhà. "
        "Giờ có nhà mới chắc chắn, ai cũng mừng.”",
        "Bà Bhling Thị Hoa\nThôn Tà Rơi, xã Avương\n“Nhà cũ của tôi bị đất đá vùi mất một nửa.”",
        "Trưởng thôn Thơ nói ngày mai thanh niên trong thôn sẽ lên rừng lấy gỗ.",
        "Văn Hùng", "Tin khác"])
    doc = new_document("s", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    got = [(s.text, names[s.attrs["speaker"]]) for s in doc.spans
           if s.layer == "speech" and s.label == "QUOTE"]
    assert ("Có nhà mới chắc chắn, ai cũng mừng", "Alăng Thơ") in got  # not "Tà Rơi"
    assert ("Nhà cũ của tôi bị đất đá vùi mất một nửa.", "Bhling Thị Hoa") in got
    assert ("ngày mai thanh niên trong thôn sẽ lên rừng lấy gỗ", "Alăng Thơ") in got
    assert "Tà Rơi" not in names.values()


def test_speech_reports_epithets_stand_for_a_person_named_before():
    got = quotes("Nông dân Y Khoa Niê ở buôn Ea Bư đã thuê thêm người hái cà phê.",
                 "Người nông dân Ê Đê này cho biết cả nhà sẽ cố hái xong trước Tết.",
                 "Chị Trần Thị Minh Nguyệt và anh Lâm Quốc Việt cùng làm thí nghiệm.",
                 "Nữ nhà khoa học cũng lưu ý rằng vật liệu mới chỉ được thử ở quy mô nhỏ.",
                 "Thượng tá Trần Quốc Hưng, Chỉ huy trưởng đội chữa cháy, cho biết đám cháy "
                 "được dập sau hai giờ. Chủ nhà là ông Lê Văn Thành.",
                 "Vị chỉ huy chữa cháy cho rằng thói quen đốt vàng mã là nguy cơ lớn.")
    assert ("indirect", "cả nhà sẽ cố hái xong trước Tết", "Y Khoa Niê") in got
    assert ("indirect", "vật liệu mới chỉ được thử ở quy mô nhỏ", "Trần Thị Minh Nguyệt") in got
    assert ("indirect", "thói quen đốt vàng mã là nguy cơ lớn", "Trần Quốc Hưng") in got



def test_speech_reports_numbered_advice_field_posts_company_reps_and_stage_names():
    got = quotes("Bác sĩ Nguyễn Văn Hùng, Trưởng khoa Cấp cứu, cho biết số ca sốc nhiệt tăng. "
                 "Để phòng bệnh, bác sĩ khuyến cáo:",
                 "1. Hạn chế ra ngoài trời vào buổi trưa nắng gắt;",
                 "2. Uống đủ hai lít nước mỗi ngày kể cả khi chưa khát.",
                 "Bà Ngô Thu Trang, chuyên gia phân tích mã độc của LVSec, cảnh báo các chiến dịch "
                 "lừa đảo đang phát tán ứng dụng giả mạo.",
                 "Công ty Hải Long vừa khởi công nhà máy mới. Đại diện công ty cho biết nhà máy sẽ "
                 "tuyển 1.800 lao động.",
                 "Ngân Hạc (tên thật Trần Kim Ngân) mở màn đêm nhạc.",
                 "“Hồi mới đi hát, tôi hát ở quán cà phê cho mười người nghe”, Ngân Hạc nói.")
    assert ("indirect", "Hạn chế ra ngoài trời vào buổi trưa nắng gắt", "Nguyễn Văn Hùng") in got
    assert ("indirect", "Uống đủ hai lít nước mỗi ngày kể cả khi chưa khát",
            "Nguyễn Văn Hùng") in got
    assert ("indirect", "các chiến dịch lừa đảo đang phát tán ứng dụng giả mạo",
            "Ngô Thu Trang") in got  # not the words after "chuyên gia phân tích"
    assert ("indirect", "nhà máy sẽ tuyển 1.800 lao động", "Công ty Hải Long") in got
    assert ("direct", "Hồi mới đi hát, tôi hát ở quán cà phê cho mười người nghe",
            "Trần Kim Ngân") in got


def test_speech_reports_a_long_post_before_the_addressed_name_and_an_agency_word():
    got = quotes("Trưởng Phái đoàn quan sát bầu cử của Liên minh châu Âu (EU), bà Ingrid Halvorsen, "
                 "nhận định: “Chúng tôi không ghi nhận sai phạm nào đủ để làm thay đổi kết quả.”",
                 "Hãng AFP đưa tin một số nhóm ủng hộ đã tụ tập trước trụ sở cơ quan bầu cử.")
    assert ("direct", "Chúng tôi không ghi nhận sai phạm nào đủ để làm thay đổi kết quả.",
            "Ingrid Halvorsen") in got
    assert ("indirect", "một số nhóm ủng hộ đã tụ tập trước trụ sở cơ quan bầu cử", "AFP") in got


def test_speech_reports_ranked_strap_dotted_patient_foreign_club_and_headline_after_comma():
    got = quotes("Hơn 300 chiến sĩ mới đã tuyên thệ sáng nay.",
                 "Đại tá Nguyễn Văn Vinh\nTrung đoàn trưởng Trung đoàn 50\n“Năm nay chiến sĩ mới "
                 "đến từ 9 tỉnh, thành phố, ai cũng khỏe.”",
                 "Bệnh nhân N.V.A. (45 tuổi) nhập viện trong tình trạng hôn mê.",
                 "“Tôi tưởng uống thảo dược là khỏi”, anh A. kể.",
                 "HLV Ignacio Ferrer của Aston Villa thừa nhận tấm thẻ đỏ đã thay đổi trận đấu.")
    assert ("direct", "Năm nay chiến sĩ mới đến từ 9 tỉnh, thành phố, ai cũng khỏe.",
            "Nguyễn Văn Vinh") in got
    assert ("direct", "Tôi tưởng uống thảo dược là khỏi", "N.V.A.") in got
    assert ("indirect", "tấm thẻ đỏ đã thay đổi trận đấu", "Ignacio Ferrer") in got
    from goldspan.extract.speech_quotes import find_quotes
    text = "Newcastle ngược dòng hạ Aston Villa, HLV Reinholt: “Eklund đáng giá từng xu”"
    assert [q.ref.name for q in find_quotes(text, 0, len(text))] == ["Reinholt"]


def test_speech_reports_gendered_epithets_pick_the_person_of_their_gender():
    got = quotes("Chuyên gia Trần Quốc Huy của Công ty Chứng khoán Hải Vân nhận định dòng tiền "
                 "đã quay lại mạnh.",
                 "Thận trọng hơn, bà Ngô Phương Thảo, Giám đốc Phân tích Công ty Chứng khoán Ánh "
                 "Dương, cho rằng đà tăng chưa bền. Nhà đầu tư không nên mua đuổi ở vùng giá cao, "
                 "nữ chuyên gia lưu ý.")
    assert ("indirect", "Nhà đầu tư không nên mua đuổi ở vùng giá cao", "Ngô Phương Thảo") in got
    mother = quotes("Chị Lê Thị Ngọc Hạnh dạy ba con tiêu tiền từ nhỏ.",
                    "Anh Trương Minh Tuấn, chồng chị, ủng hộ cách dạy con này.",
                    "“Tôi muốn con tự trả giá cho lựa chọn của mình”, người mẹ này nói.")
    assert ("direct", "Tôi muốn con tự trả giá cho lựa chọn của mình", "Lê Thị Ngọc Hạnh") in mother


def test_speech_reports_epithets_after_a_quote_posts_spouses_and_scientists():
    got = quotes("Bà Nguyễn Thị Hằng, Chủ tịch Công đoàn công ty, gặp giám đốc. “Chúng tôi đề nghị "
                 "công ty giữ nguyên đơn giá cũ”, nữ chủ tịch công đoàn nhấn mạnh.",
                 "TS Đào Văn Khải, Phó Chủ tịch Hội Thiên văn học, quan sát bầu trời. “Nhiều người "
                 "quen nhìn lên đỉnh đầu”, nhà thiên văn học này lưu ý.",
                 "Chị Võ Thị Thanh Tâm và chồng là anh Lê Quốc Huy mở quán. “Tôi sợ lắm, vì cả hai "
                 "chưa từng buôn bán”, anh chồng cười.")
    assert ("direct", "Chúng tôi đề nghị công ty giữ nguyên đơn giá cũ", "Nguyễn Thị Hằng") in got
    assert ("direct", "Nhiều người quen nhìn lên đỉnh đầu", "Đào Văn Khải") in got
    assert ("direct", "Tôi sợ lắm, vì cả hai chưa từng buôn bán", "Lê Quốc Huy") in got


def test_speech_reports_an_in_game_name_between_the_name_and_the_cue():
    got = quotes("Saigon Phoenix vô địch sau màn ngược dòng.",
                 "“Bị dẫn 0-2, cả đội vào phòng chờ mà không ai nói câu nào”, đội trưởng Trần Minh "
                 "Khoa “Shiro” nói sau trận.",
                 "Shiro cho biết thêm cả đội đã tập luyện tại Đà Lạt suốt sáu tuần.")
    assert ("direct", "Bị dẫn 0-2, cả đội vào phòng chờ mà không ai nói câu nào",
            "Trần Minh Khoa") in got
    assert ("indirect", "cả đội đã tập luyện tại Đà Lạt suốt sáu tuần", "Trần Minh Khoa") in got


def test_speech_reports_the_head_of_a_named_body():
    got = quotes("Ông Lê Văn Thịnh, Giám đốc Ban Quản lý Vườn quốc gia Phong Nha, cho biết khách "
                 "tăng mạnh.",
                 "Người đứng đầu Ban Quản lý cũng thừa nhận hạ tầng đón khách chưa theo kịp.",
                 "Người đứng đầu Vụ Bảo hiểm y tế cho biết dự thảo đang được lấy ý kiến rộng rãi.")
    assert ("indirect", "hạ tầng đón khách chưa theo kịp", "Lê Văn Thịnh") in got
    assert ("indirect", "dự thảo đang được lấy ý kiến rộng rãi", "Vụ Bảo hiểm y tế") in got


def test_speech_reports_one_line_ranked_strap_signed_pull_quote_and_tv_credits():
    got = quotes("Nhiều xe tải bị tạm giữ trong đợt cao điểm.",
                 "Trung tá NGUYỄN ĐỨC MẠNH - Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh",
                 "“Chúng tôi bố trí 46 tổ công tác làm việc xuyên đêm.”",
                 "GÓC NHÌN CỐ VẤN",
                 "“Khởi nghiệp không thiếu ý tưởng, chỉ thiếu người chịu ngồi ở chợ sáu tháng.”",
                 "— Ông Trương Đình Khoa, cố vấn khởi nghiệp",
                 "Một học sinh phân trần nhà chỉ cách trường hơn 500 m nên nghĩ không cần đội mũ.")
    assert ("direct", "Chúng tôi bố trí 46 tổ công tác làm việc xuyên đêm.", "Nguyễn Đức Mạnh") in got
    assert ("direct", "Khởi nghiệp không thiếu ý tưởng, chỉ thiếu người chịu ngồi ở chợ sáu tháng.",
            "Trương Đình Khoa") in got
    from goldspan.extract.speech_labels import parse_label
    assert parse_label("Phóng viên: Hoàng Long - Quay phim: Đức Trung") is None


def test_speech_reports_tay_family_name():
    got = quotes("Ông Chẩu Văn Tiến, Chủ tịch UBND xã, cho biết lễ hội phải giữ đúng nghi lễ cổ.")
    assert got == [("indirect", "lễ hội phải giữ đúng nghi lễ cổ", "Chẩu Văn Tiến")]


def test_speech_reports_epithet_with_a_home_place_and_a_company_anaphor():
    got = quotes("Chị Lò Thị Mai (29 tuổi), thợ dệt, kể: “Xưởng nóng quá, chiều nào cũng có người "
                 "mệt.” Nữ công nhân quê Quỳnh Lưu cho biết thêm, tiền điện tháng này đã tăng gấp đôi.",
                 "Tại Công ty TNHH Dệt Bình Minh ở KCN Nam Cấm, giờ nghỉ được kéo dài. Đại diện "
                 "doanh nghiệp này cho biết công ty đã lắp thêm 80 quạt hơi nước.")
    assert ("indirect", "tiền điện tháng này đã tăng gấp đôi", "Lò Thị Mai") in got
    assert ("indirect", "công ty đã lắp thêm 80 quạt hơi nước", "Công ty TNHH Dệt Bình Minh") in got


def test_speech_reports_weekday_opens_words_and_a_ruling_is_no_speech():
    got = quotes("Ông Hà Văn Long, Trưởng phòng Hành chính công ty, thông tin từ Thứ Ba (9/6), "
                 "xưởng sẽ nghỉ trưa thêm 20 phút.",
                 "Tòa án nhân dân khu vực 3 chấp nhận yêu cầu khởi kiện, buộc bị đơn trả lại đất.")
    assert got == [("indirect", "từ Thứ Ba (9/6), xưởng sẽ nghỉ trưa thêm 20 phút", "Hà Văn Long")]


def test_speech_reports_representative_points_back_and_the_new_champion():
    got = quotes("Bà Đinh Thu Trang, Phó Vụ trưởng Vụ Thị trường (Bộ Tài chính), cho biết giá "
                 "đã ổn định. Vị đại diện Bộ Tài chính cũng cho biết kho dự trữ còn đủ.",
                 "Võ sĩ Lý Minh Tường đoạt đai vô địch hạng ruồi sau 10 hiệp. Nhà vô địch mới "
                 "cho biết anh sẽ nghỉ hai tháng trước khi bảo vệ đai.")
    assert ("indirect", "kho dự trữ còn đủ", "Đinh Thu Trang") in got
    assert ("indirect", "anh sẽ nghỉ hai tháng trước khi bảo vệ đai", "Lý Minh Tường") in got


def test_speech_reports_single_quoted_headline_and_a_caption_deed():
    text = "\n\n".join([
        "Bộ Xây dựng: 'Giá nhà sẽ chưa giảm trong năm nay'",
        "(XD) - Sáng 3/4, Bộ Xây dựng họp báo về thị trường bất động sản.",
        "Ông Phùng Đức Hậu, Cục trưởng Cục Quản lý nhà, nói: “Giá nhà sẽ chưa giảm trong năm "
        "nay vì nguồn cung còn thiếu.”",
        "Chị Vi Thị Hoa (người mua nhà ở Hà Đông) đứng chờ ở sàn giao dịch: "
        "“Tôi chờ hai năm rồi mà giá vẫn tăng.”",
        "Minh Anh"])
    doc = new_document("s", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    got = {(s.text, names[s.attrs["speaker"]]) for s in doc.spans
           if s.layer == "speech" and s.label == "QUOTE"}
    assert ("Giá nhà sẽ chưa giảm trong năm nay", "Phùng Đức Hậu") in got
    assert ("Tôi chờ hai năm rồi mà giá vẫn tăng.", "Vi Thị Hoa") in got


def test_speech_reports_deed_then_a_choked_voice():
    got = quotes("Nói lời sau cùng, bị cáo Lưu Văn Bình xin lỗi gia đình, bạn bè rồi nghẹn giọng: "
                 "“Bị cáo chỉ mong được về sớm với mẹ già.”",
                 "“Chúng tôi sẽ vay thêm để trả nợ cho đủ”, bà Lưu Thị Nga nghẹn giọng sau phiên tòa.")
    assert ("direct", "Bị cáo chỉ mong được về sớm với mẹ già.", "Lưu Văn Bình") in got
    assert ("direct", "Chúng tôi sẽ vay thêm để trả nợ cho đủ", "Lưu Thị Nga") in got


def test_speech_reports_theo_a_person_after_a_quote_and_a_spanish_surname():
    got = quotes("“Thị trường đang điều chỉnh sau chuỗi tăng dài”, theo ông Lạc Văn Khoa.",
                 "Bộ trưởng Ngoại giao Chile Isabel Montalva Rojas cho biết hai nước sẽ ký hiệp "
                 "định mới. “Chúng tôi coi Việt Nam là đối tác ưu tiên”, bà Montalva nói.")
    assert ("direct", "Thị trường đang điều chỉnh sau chuỗi tăng dài", "Lạc Văn Khoa") in got
    assert ("direct", "Chúng tôi coi Việt Nam là đối tác ưu tiên", "Isabel Montalva Rojas") in got


def test_speech_reports_representative_of_a_long_body_and_a_woman_doctor_named_before():
    got = quotes("Đại diện Ban Quản lý dự án đầu tư xây dựng công trình dân dụng thành phố Hải "
                 "Phòng cho biết, nhà thầu đang làm hai ca mỗi ngày.",
                 "BS.CKII Lò Thị Hồng Vân, Phó Trưởng khoa Nhi, cho biết bé đã tỉnh.",
                 "“Sau ba ngày, chỉ số của bé đã về gần mức bình thường”, nữ bác sĩ nói.",
                 "ThS.BS Đàm Quang Huy, Khoa Dinh dưỡng, nhận định trẻ cần được theo dõi thêm.")
    assert ("indirect", "nhà thầu đang làm hai ca mỗi ngày",
            "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng thành phố Hải Phòng") in got
    assert ("direct", "Sau ba ngày, chỉ số của bé đã về gần mức bình thường",
            "Lò Thị Hồng Vân") in got


def test_speech_reports_post_after_theo_an_officer_and_a_foreign_manager():
    got = quotes("“Thu ngân sách tăng nhờ sản xuất phục hồi”, theo Thứ trưởng Bộ Tài chính Lê Đức Hạnh.",
                 "Đại úy Mạc Văn Toàn, Phó Trưởng Công an xã Tân Phú, cho biết xe đã được trục vớt. "
                 "Vị cán bộ công an khuyến cáo tài xế không lái xe sau khi uống rượu.",
                 "Ông Kim Min-jae, Giám đốc nhà máy, trao đổi qua phiên dịch Lý Thị Thu. “Chúng tôi "
                 "muốn mua nhiều linh kiện hơn”, nhà quản lý người Hàn Quốc nói thêm.",
                 "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết trời sẽ rét đậm. Cơ quan "
                 "khí tượng khuyến cáo người dân giữ ấm cho trẻ nhỏ.")
    assert ("direct", "Thu ngân sách tăng nhờ sản xuất phục hồi", "Lê Đức Hạnh") in got
    assert ("indirect", "tài xế không lái xe sau khi uống rượu", "Mạc Văn Toàn") in got
    assert ("direct", "Chúng tôi muốn mua nhiều linh kiện hơn", "Kim Min-jae") in got
    assert ("indirect", "người dân giữ ấm cho trẻ nhỏ",
            "Trung tâm Dự báo khí tượng thủy văn quốc gia") in got


def test_speech_reports_leaders_inspectors_and_politicians_described_and_a_sigh_then_a_cue():
    got = quotes("Ông Lò Văn Páo, nguyên Phó Chủ tịch UBND huyện, nay là Chủ tịch UBND xã Tả Phìn, "
                 "cho biết lượng khách năm nay tăng gấp đôi so với năm ngoái. Vị lãnh đạo xã khẳng "
                 "định toàn bộ tiền vé sẽ được dùng để sửa đường.",
                 "Ông Đỗ Văn Thịnh, Chánh Thanh tra Sở Xây dựng, cho biết đoàn đã kiểm tra 27 tàu. Ông "
                 "Lê Văn Hà, chủ tàu, nói tàu đã đủ áo phao. Vị chánh thanh tra cho biết, đoàn sẽ kiểm "
                 "tra đột xuất hai đêm mỗi tuần.",
                 "Ông Andrés Rendón giành chiến thắng. “Tôi đã nói chuyện với bà Montoya”, chính khách "
                 "54 tuổi nhấn mạnh.",
                 "Chị Nguyễn Thị Mơ (44 tuổi) thở dài rồi kể chị đã làm ở chuyền may này mười hai năm.")
    assert ("indirect", "toàn bộ tiền vé sẽ được dùng để sửa đường", "Lò Văn Páo") in got
    assert ("indirect", "đoàn sẽ kiểm tra đột xuất hai đêm mỗi tuần", "Đỗ Văn Thịnh") in got
    assert ("direct", "Tôi đã nói chuyện với bà Montoya", "Andrés Rendón") in got
    assert ("indirect", "chị đã làm ở chuyền may này mười hai năm", "Nguyễn Thị Mơ") in got


def test_speech_reports_a_coach_named_before_described_by_a_synonym():
    got = quotes("Bước ngoặt đến khi HLV Đàm Văn Khải tung chuyền hai Lê Thị Hồng Nhung vào sân.",
                 "“Tôi chỉ nghĩ phải đập chắc tay”, Kiều Trinh chia sẻ sau trận.",
                 "Nhà cầm quân 51 tuổi cũng thừa nhận đội bóng vẫn mắc nhiều lỗi giao bóng.")
    assert ("indirect", "đội bóng vẫn mắc nhiều lỗi giao bóng", "Đàm Văn Khải") in got


def test_speech_reports_source_after_reported_words_a_country_before_a_name_and_a_deed():
    got = quotes("Tổng thống Zambia Mulenga Chisanga kêu gọi các nước thành viên hành động nhanh hơn, "
                 "theo Reuters.",
                 "Ở điểm trường Lũng Pù, em Lù Thị Mai (9 tuổi) ôm cuốn truyện mới, thỏ thẻ: “Em thích "
                 "nhất giờ anh chị đọc truyện.”",
                 "Chủ tịch Đông Á Thanh Hóa: “Cầu thủ mới sẽ đá chính ngay vòng sau”")
    assert ("indirect", "các nước thành viên hành động nhanh hơn", "Mulenga Chisanga") in got
    assert ("direct", "Em thích nhất giờ anh chị đọc truyện.", "Lù Thị Mai") in got
    assert not any(name == "Thanh Hóa" for _k, _t, name in got)


def test_speech_reports_pronoun_after_a_quote_s_sentence_and_places_named_after_people():
    got = quotes("Tay vợt Trịnh Thu Trang vô địch giải BWF World Tour Super 100 tại Nhà thi đấu Phan "
                 "Đình Phùng trước 3.000 khán giả.",
                 "“Hôm nay em đã thôi sợ những pha cầu dài”, Thu Trang nói trong buổi họp báo lúc "
                 "21h30. Cô cho biết đây là danh hiệu thứ ba trong sự nghiệp.")
    assert ("indirect", "đây là danh hiệu thứ ba trong sự nghiệp", "Trịnh Thu Trang") in got


def test_speech_reports_a_long_post_with_its_country_and_a_man_of_an_ethnic_group():
    got = quotes("Bộ trưởng Khủng hoảng khí hậu và Bảo vệ dân sự Hy Lạp Nikos Papadakis cho biết, hơn "
                 "6.000 người ở 18 ngôi làng đã được sơ tán.",
                 "“Chúng tôi đang đối mặt với một đám cháy lớn”, ông Papadakis nói.",
                 "Ở thôn Kon Pơ Ru, ông A Brếp (58 tuổi), người Xơ Đăng, cho biết cà phê vẫn tốt. "
                 "Người đàn ông Xơ Đăng cho biết thêm, đường công vụ đã được đổ bê tông.")
    assert ("indirect", "hơn 6.000 người ở 18 ngôi làng đã được sơ tán", "Nikos Papadakis") in got
    assert ("direct", "Chúng tôi đang đối mặt với một đám cháy lớn", "Nikos Papadakis") in got
    assert ("indirect", "đường công vụ đã được đổ bê tông", "A Brếp") in got


def test_speech_reports_a_foreign_governor_by_family_name_and_a_player_s_tag():
    got = quotes("Đây là lần đầu lãi suất giảm dưới thời Thống đốc Catherine Doyle, người nhậm chức "
                 "năm ngoái.",
                 "Hãng tin Reuters dẫn lời bà Doyle cho biết quyết định được thông qua với sự đồng thuận.",
                 "Tuyển thủ Trịnh Quốc Bảo (Pilot) cho biết cả đội đã xem lại băng hình. “Họ rất mạnh "
                 "giai đoạn đầu trận”, Pilot nói.")
    assert ("indirect", "quyết định được thông qua với sự đồng thuận", "Catherine Doyle") in got
    assert ("direct", "Họ rất mạnh giai đoạn đầu trận", "Trịnh Quốc Bảo") in got


def test_speech_reports_monks_young_women_foreign_runners_and_a_startled_neighbour():
    got = quotes("Đại đức Thạch Sa Ri là trụ trì chùa Cây Cui. Vị sư trụ trì kể: “Hồi trước bà con chỉ "
                 "làm một vụ lúa.”",
                 "Phạm Ngọc Bảo Vy mở quán năm 21 tuổi. Cô nàng cho biết tiền mặt bằng mỗi tháng hết "
                 "khoảng 15 triệu đồng.",
                 "Bà Nguyễn Thị Lan, nhà đối diện, hốt hoảng kể: “Đang ngủ thì tôi nghe tiếng nổ.”",
                 "HLV Martín Rosales (Tây Ban Nha) khen học trò. Tay vợt Kenta Moriyama (Nhật Bản) về "
                 "nhì. Tay vợt người Nhật Bản cho biết anh sẽ trở lại vào năm sau.")
    assert ("direct", "Hồi trước bà con chỉ làm một vụ lúa.", "Thạch Sa Ri") in got
    assert ("indirect", "tiền mặt bằng mỗi tháng hết khoảng 15 triệu đồng", "Phạm Ngọc Bảo Vy") in got
    assert ("direct", "Đang ngủ thì tôi nghe tiếng nổ.", "Nguyễn Thị Lan") in got
    assert ("indirect", "anh sẽ trở lại vào năm sau", "Kenta Moriyama") in got


def test_speech_reports_a_car_model_is_nobody_a_pronoun_can_stand_for():
    got = quotes("Anh Nguyễn Đức Long kể đã đặt cọc cho một chiếc Mitsubishi Xpander từ giữa tháng 9. "
                 "“Chênh hơn 30 triệu tiền trước bạ, đợi thêm hai tháng cũng đáng”, anh nói.")
    assert ("direct", "Chênh hơn 30 triệu tiền trước bạ, đợi thêm hai tháng cũng đáng",
            "Nguyễn Đức Long") in got


def test_speech_reports_a_cham_farmer_by_age_an_official_and_a_mediator_by_epithet():
    got = quotes("Ông Đàng Văn Tỉnh (58 tuổi) trồng nho ở thôn Phú Quý. Ông Tỉnh cho biết vụ này "
                 "được giá.",
                 "Ông Lê Hữu Phước, Giám đốc Sở Công Thương, cho biết giá muối đang tăng. “Nắng đủ thì "
                 "hạt muối trắng”, người nông dân 58 tuổi nói.",
                 "Ông Omar Haddad, nhà trung gian của Ai Cập, chủ trì cuộc đàm phán. “Hai bên còn "
                 "nhiều việc phải làm”, vị quan chức Ai Cập lưu ý. Nhà trung gian người Ai Cập nhấn "
                 "mạnh rằng lệnh ngừng bắn phải được giữ.",
                 "Người phát ngôn Daniel Okoro viết rằng phe ông sẽ tôn trọng thỏa thuận.")
    assert ("indirect", "vụ này được giá", "Đàng Văn Tỉnh") in got
    assert ("direct", "Nắng đủ thì hạt muối trắng", "Đàng Văn Tỉnh") in got
    assert ("direct", "Hai bên còn nhiều việc phải làm", "Omar Haddad") in got
    assert ("indirect", "lệnh ngừng bắn phải được giữ", "Omar Haddad") in got
    assert ("indirect", "phe ông sẽ tôn trọng thỏa thuận", "Daniel Okoro") in got


def test_speech_reports_the_head_of_a_body_is_who_heads_it():
    got = quotes("Ông Trịnh Văn Lực, Tổng Giám đốc Công ty cổ phần Cảng Hòn La, đón đoàn. Anh Cao "
                 "Minh Tú, công nhân lái cẩu, cho biết ca đêm vất vả.",
                 "Người đứng đầu doanh nghiệp cảng thừa nhận luồng tàu còn cạn.",
                 "Tổng thống Peru Alberto Ruiz dự lễ. Người đứng đầu nước chủ nhà thông báo hội nghị "
                 "sẽ họp lại.")
    assert ("indirect", "luồng tàu còn cạn", "Trịnh Văn Lực") in got
    assert ("indirect", "hội nghị sẽ họp lại", "Alberto Ruiz") not in got


def test_speech_reports_answers_in_quotation_marks_make_no_interview():
    text = "\n\n".join([TITLE, LEAD,
                        "Đại biểu Lê Văn Hòa chất vấn về mức thuế xăng.",
                        "Bộ trưởng Phan Đức Hải trả lời: “Mức thu sẽ giữ nguyên đến hết năm sau.”",
                        "Đại biểu Lò Thị Mai hỏi thêm về túi ni lông.",
                        "Bộ trưởng Hải trả lời: “Túi thân thiện với môi trường không chịu thuế.”",
                        "Minh Anh", "Tin khác"])
    doc = run_pipeline(new_document("s", text), ["zones", "speech"])
    labels = [s.label for s in doc.spans if s.layer == "speech"]
    assert "TURN" not in labels and labels.count("QUOTE") == 2


def test_speech_reports_the_whole_of_a_group_and_a_body_of_a_country():
    got = quotes("Anh Hoàng Văn Tú làm tổ trưởng. Anh Tú cho hay cả chuyền 40 công nhân đều được "
                 "thưởng như nhau.",
                 "Ủy ban Bầu cử Quốc gia (NEC) của Malawi tuyên bố ông Peter Banda đắc cử.")
    assert ("indirect", "cả chuyền 40 công nhân đều được thưởng như nhau", "Hoàng Văn Tú") in got
    assert ("indirect", "ông Peter Banda đắc cử", "Ủy ban Bầu cử Quốc gia") in got


def test_speech_reports_a_driver_described_by_his_vehicle():
    got = quotes("“Sương dày quá, tôi chỉ thấy đèn hậu xe trước”, tài xế xe khách Lò Văn Tính (40 "
                 "tuổi) kể lại.")
    assert ("direct", "Sương dày quá, tôi chỉ thấy đèn hậu xe trước", "Lò Văn Tính") in got


def test_speech_reports_a_deputy_head_by_post_and_a_reckoning_after_a_quote():
    got = quotes("Ông Hoàng Văn Lộc, Phó Chi cục trưởng Chi cục Hải quan cửa khẩu Tân Thanh, cho biết "
                 "mỗi ngày có hơn 300 xe qua cửa khẩu. Vị phó chi cục trưởng lưu ý từ tháng sau phía "
                 "bạn sẽ kiểm tra mã số vùng trồng.",
                 "Bà Lương Thị Nga buôn mít đã mười năm. “Giá mua tại vườn 16.000 đồng/kg, cộng cước "
                 "xe là hòa vốn”, bà Nga nhẩm tính.")
    assert ("indirect", "từ tháng sau phía bạn sẽ kiểm tra mã số vùng trồng", "Hoàng Văn Lộc") in got
    assert ("direct", "Giá mua tại vườn 16.000 đồng/kg, cộng cước xe là hòa vốn",
            "Lương Thị Nga") in got


def test_speech_reports_a_foreign_coach_by_nationality_not_the_home_coach():
    got = quotes("HLV Marcelo Ribeiro thừa nhận đội khách đã chơi tốt hơn.",
                 "Tại họp báo, HLV Phan Văn Hiếu nói: “Chúng tôi chuẩn bị kỹ.”",
                 "“Chúng tôi sẽ làm việc với ban lãnh đạo”, chiến lược gia người Brazil nói.")
    assert ("direct", "Chúng tôi sẽ làm việc với ban lãnh đạo", "Marcelo Ribeiro") in got


def test_speech_reports_long_federation_name_and_an_epithet_of_the_club():
    got = quotes("Liên đoàn các hội nghề cá và hợp tác xã thủy sản Đông Nam Á (SEAFA) "
                 "cảnh báo giá cá tra sẽ giảm mạnh trong quý tới.",
                 "“Tôi chỉ làm đúng việc thầy giao”, Trần Minh Hậu nói sau trận. Tiền vệ sinh năm "
                 "2004 của CLB Sông Lam Nghệ An cho biết thêm anh sẽ tập thêm sút xa.")
    assert ("indirect", "giá cá tra sẽ giảm mạnh trong quý tới",
            "Liên đoàn các hội nghề cá và hợp tác xã thủy sản Đông Nam Á") in got
    assert ("indirect", "anh sẽ tập thêm sút xa", "Trần Minh Hậu") in got


def test_speech_reports_woman_expert_forecasting_and_a_post_of_a_city_committee():
    got = quotes("Bà Đỗ Thu Trang, chuyên gia của Công ty Chứng khoán Bình Minh, nhận định thị "
                 "trường còn biến động. Nữ chuyên gia dự báo lãi suất sẽ giữ ở mức 5% đến cuối năm.",
                 "Phát biểu tại lễ khởi công, Phó Chủ tịch UBND TP Cần Thơ yêu cầu nhà thầu bảo "
                 "đảm tiến độ.")
    assert ("indirect", "lãi suất sẽ giữ ở mức 5% đến cuối năm", "Đỗ Thu Trang") in got
    assert ("indirect", "nhà thầu bảo đảm tiến độ", "Phó Chủ tịch UBND TP Cần Thơ") in got
    assert quotes("Nữ chuyên gia dự báo thời tiết có mặt tại buổi họp.") == []


def test_speech_reports_governor_of_a_foreign_region_and_an_agency_by_its_acronym():
    got = quotes("Thống đốc tỉnh Tây Java Budi Santoso nói: “Chúng tôi đã sơ tán 3.000 người.”",
                 "Theo Cơ quan Khí tượng, Khí hậu và Địa vật lý Indonesia (BMKG), dư chấn còn "
                 "kéo dài. Ông Arif Rahman, nhân viên Cơ quan Tìm kiếm cứu nạn quốc gia, nói "
                 "đội cứu hộ làm việc suốt đêm. BMKG đã phát cảnh báo sóng thần. Cơ quan này "
                 "khuyến cáo người dân không quay về nhà.",
                 "Đại sứ quán Việt Nam tại Indonesia cho biết chưa có công dân nào bị thương. Đại "
                 "sứ quán đã công bố đường dây nóng và đề nghị bà con theo dõi thông báo.")
    assert ("direct", "Chúng tôi đã sơ tán 3.000 người.", "Budi Santoso") in got
    assert ("indirect", "người dân không quay về nhà",
            "Cơ quan Khí tượng, Khí hậu và Địa vật lý Indonesia") in got
    assert ("indirect", "bà con theo dõi thông báo", "Đại sứ quán Việt Nam tại Indonesia") in got


def test_speech_reports_middle_name_hoang_and_a_compound_after_va():
    got = quotes("Trung tá Lâm Hoàng Nghĩa, Đồn trưởng Đồn Biên phòng Cửa Lấp, cho biết đơn vị đã "
                 "kiểm tra 300 lượt tàu, phần lớn mất kết nối và khai thác sai vùng.",
                 "Cán bộ Đồn Biên phòng Cửa Lấp kiểm tra giấy tờ tàu cá. Vị chỉ huy đồn lưu ý tàu mất "
                 "kết nối sẽ bị phạt nặng.")
    assert ("indirect", "đơn vị đã kiểm tra 300 lượt tàu, phần lớn mất kết nối và khai thác sai vùng",
            "Lâm Hoàng Nghĩa") in got
    assert ("indirect", "tàu mất kết nối sẽ bị phạt nặng", "Lâm Hoàng Nghĩa") in got


def test_speech_reports_grandmother_not_her_eldest_granddaughter():
    got = quotes("Bà Phạm Thị Lài (70 tuổi) nuôi ba cháu. Chị cả Lê Thị Thanh (15 tuổi) đang học lớp 10.",
                 "“Con nghỉ học là bà buồn lắm”, bà nói.")
    assert ("direct", "Con nghỉ học là bà buồn lắm", "Phạm Thị Lài") in got


def test_speech_reports_head_of_a_company_a_unit_after_a_post_and_an_investor():
    got = quotes("Ông Hồ Văn Tâm, Tổng giám đốc Công ty cổ phần Nông sản Bình Điền, cho biết lãi tăng. "
                 "Nói về kế hoạch, người đứng đầu Bình Điền khẳng định: “Chúng tôi không chạy theo sản lượng.”",
                 "Bác sĩ Đoàn Minh Khoa, Trưởng khoa Ngoại Nhi, Bệnh viện Hữu Nghị, cho biết ca mổ kéo dài "
                 "bốn giờ.",
                 "Dự án do Công ty Cổ phần Điện gió Đồi Cát làm chủ đầu tư. Đại diện chủ đầu tư cho biết "
                 "dự án đã hỗ trợ 126 hộ dân.")
    assert ("direct", "Chúng tôi không chạy theo sản lượng.", "Hồ Văn Tâm") in got
    assert ("indirect", "ca mổ kéo dài bốn giờ", "Đoàn Minh Khoa") in got
    assert ("indirect", "dự án đã hỗ trợ 126 hộ dân", "Công ty Cổ phần Điện gió Đồi Cát") in got


def test_speech_reports_head_of_the_city_government_the_side_of_a_company_and_a_research_firm():
    got = quotes("Chủ tịch UBND TP Cần Thơ Trần Quốc Bảo yêu cầu các phường đẩy nhanh giải ngân. "
                 "“Phường nào chậm thì phải giải trình”, người đứng đầu chính quyền thành phố nói.",
                 "Phía Công ty TNHH Dệt may Phúc Lâm cho biết, tiền bồi thường sẽ dùng để dựng lại xưởng.",
                 "Công ty Nghiên cứu Thị trường Đông Dương công bố báo cáo quý. Đơn vị nghiên cứu này dự báo "
                 "giá sơ cấp sẽ tăng thêm 5% trong hai quý tới.")
    assert ("direct", "Phường nào chậm thì phải giải trình", "Trần Quốc Bảo") in got
    assert ("indirect", "tiền bồi thường sẽ dùng để dựng lại xưởng", "Công ty TNHH Dệt may Phúc Lâm") in got
    assert ("indirect", "giá sơ cấp sẽ tăng thêm 5% trong hai quý tới",
            "Công ty Nghiên cứu Thị trường Đông Dương") in got


def test_speech_reports_smile_before_marks_a_peer_a_private_and_a_department_of_a_brand():
    got = quotes("Em Vàng Thị Dua (16 tuổi) và cô Nguyễn Thu Hà, giáo viên hướng dẫn, cùng dự thi. Hỏi về "
                 "dự định, Dua nói em muốn học ngành môi trường, rồi lại cười: “Nhưng trước mắt phải ôn thi đã!”",
                 "“Thuyết trình bằng tiếng Anh là phần em sợ nhất”, cô bạn người H'Mông cười.",
                 "Lần đầu ra biển, Binh nhì A Thắng, quê xã Đăk Tô, tỉnh Quảng Ngãi (trước đây thuộc tỉnh "
                 "Kon Tum), kể anh say sóng suốt buổi.",
                 "Đại diện khối du lịch trải nghiệm của Vietravel cho biết đã đón 1.200 lượt khách.")
    assert ("indirect", "em muốn học ngành môi trường", "Vàng Thị Dua") in got
    assert ("direct", "Nhưng trước mắt phải ôn thi đã!", "Vàng Thị Dua") in got
    assert ("direct", "Thuyết trình bằng tiếng Anh là phần em sợ nhất", "Vàng Thị Dua") in got
    assert ("indirect", "anh say sóng suốt buổi", "A Thắng") in got
    assert ("indirect", "đã đón 1.200 lượt khách", "Vietravel") in got


def test_speech_reports_post_of_a_company_after_cua_and_its_short_name_is_nobody():
    text = "\n\n".join([
        "CEO thế hệ thứ hai của Phan Gia: “Tôi không muốn chỉ giữ nghiệp của cha”",
        "(FBV) - Tiếp quản xưởng gỗ của cha khi 32 tuổi, Phan Minh Khang đã đưa Phan Gia thành nhà "
        "xuất khẩu lớn.",
        "Phan Minh Khang, Tổng giám đốc Công ty cổ phần Nội thất Phan Gia (Phan Gia Home), chỉ tay về "
        "dây chuyền mới.",
        "“Ba tôi làm nghề bằng tay. Tôi làm nghề bằng dữ liệu”, anh bộc bạch.",
        "Năm 2021, Phan Gia đạt chứng nhận gỗ bền vững.",
        "“Ba tôi giữ được cái nghề”, vị CEO thế hệ thứ hai cười.",
        "Thảo Vy", "Tin khác"])
    doc = run_pipeline(new_document("c", text), ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    said = {s.text: names[s.attrs["speaker"]] for s in doc.spans if s.label == "QUOTE"}
    assert said["Ba tôi làm nghề bằng tay. Tôi làm nghề bằng dữ liệu"] == "Phan Minh Khang"
    assert said["Ba tôi giữ được cái nghề"] == "Phan Minh Khang"
    assert "Phan Gia" not in names.values()


def test_speech_reports_relatives_an_elder_epithet_a_lake_and_an_investor_s_representative():
    got = quotes("Bà Đặng Thị Nhàn nuôi hai cháu. Chị Lại Thị Hoa, Chủ tịch Hội Phụ nữ xã, cho biết hội "
                 "đã hỗ trợ bà. “Bà còn khỏe ngày nào, các cháu còn đi học ngày đó”, người bà 67 tuổi tâm sự.",
                 "Em Phạm Bảo Vy mở quán cà phê. Mẹ Vy kể, hồi đầu cả nhà đều can vì sợ con bỏ học. "
                 "“Tôi ra điều kiện: điểm tụt là đóng quán”, người mẹ 47 tuổi cười.",
                 "Ca sĩ Lê Minh Khôi song ca bản “Chiều Hồ Tây”. Nam ca sĩ nói: “Tôi run lắm.”",
                 "Dự án do Công ty Cổ phần Đầu tư và Phát triển Đô thị Hồng Hà (Hồng Hà Land) làm chủ đầu tư. "
                 "Trao đổi với phóng viên, đại diện chủ đầu tư cho hay, giá bán từ 62 triệu đồng/m2.")
    assert ("direct", "Bà còn khỏe ngày nào, các cháu còn đi học ngày đó", "Đặng Thị Nhàn") in got
    assert ("indirect", "hồi đầu cả nhà đều can vì sợ con bỏ học", "mẹ Vy") in got
    assert ("direct", "Tôi ra điều kiện: điểm tụt là đóng quán", "mẹ Vy") in got
    assert ("direct", "Tôi run lắm.", "Lê Minh Khôi") in got
    assert ("indirect", "giá bán từ 62 triệu đồng/m2",
            "Công ty Cổ phần Đầu tư và Phát triển Đô thị Hồng Hà") in got


def test_speech_reports_a_commune_in_a_role_a_relative_by_an_initial_and_an_acronym_s_representative():
    got = quotes("“Mỗi trận lũ, nước sông lại cuốn rác về”, ông Nông Văn Thắng, Phó Chủ tịch UBND xã "
                 "Đàm Thủy, người Tày sinh ra ở xóm Bản Giốc, nói.",
                 "Ngồi bên giường con, mẹ bé L. kể gia đình làm ruộng ở xã Cái Bè, con gái học giỏi.",
                 "Sáng 16/11, Tập đoàn Điện lực Việt Nam (EVN) tổ chức hội nghị. Về giá điện, vị đại diện "
                 "EVN nói việc này thực hiện theo Nghị định số 72/2025/NĐ-CP, đồng thời khẳng định: “Tập "
                 "đoàn chưa có kế hoạch điều chỉnh giá điện.”")
    assert ("direct", "Mỗi trận lũ, nước sông lại cuốn rác về", "Nông Văn Thắng") in got
    assert ("indirect", "gia đình làm ruộng ở xã Cái Bè, con gái học giỏi", "mẹ bé L.") in got
    assert ("indirect", "việc này thực hiện theo Nghị định số 72/2025/NĐ-CP",
            "Tập đoàn Điện lực Việt Nam") in got
    assert ("direct", "Tập đoàn chưa có kế hoạch điều chỉnh giá điện.", "Tập đoàn Điện lực Việt Nam") in got


def test_speech_reports_a_woman_cfo_a_firm_s_analysts_and_a_question_put_in_marks():
    got = quotes("Bà Võ Thị Lan, Giám đốc tài chính Công ty Thủy sản Sông Hậu, cho biết xuất khẩu tăng. "
                 "“Tồn kho nghe thì lớn”, nữ CFO nói, “nhưng phần lớn đã có hợp đồng.”",
                 "Công ty Cổ phần Chứng khoán Nam Việt Á (NVS) nhận định giá cá tăng. Dù vậy, nhóm phân "
                 "tích của NVS dự báo doanh thu cả năm đạt 11.600 tỷ đồng.",
                 "Đại biểu Nguyễn Thị Ngọc Bích (đoàn Lâm Đồng) nêu câu hỏi: “Cao tốc lỡ hẹn thông xe "
                 "hai lần, bao giờ mới xong?”")
    assert ("direct", "Tồn kho nghe thì lớn", "Võ Thị Lan") in got
    assert ("direct", "nhưng phần lớn đã có hợp đồng.", "Võ Thị Lan") in got
    assert ("indirect", "doanh thu cả năm đạt 11.600 tỷ đồng",
            "Công ty Cổ phần Chứng khoán Nam Việt Á") in got
    assert ("direct", "Cao tốc lỡ hẹn thông xe hai lần, bao giờ mới xong?", "Nguyễn Thị Ngọc Bích") in got


def test_speech_reports_an_app_after_a_post_is_nobody_and_the_prosecution_is_the_procuracy():
    text = "\n\n".join([
        "CEO Bếp Nhà: “Người Việt vẫn muốn ăn cơm nhà”",
        "(ZN) - Ra mắt chưa đầy ba năm, ứng dụng đặt cơm nhà nấu Bếp Nhà đã vượt 5 triệu người dùng.",
        "Người đứng sau Bếp Nhà là Đinh Hoàng Phúc, 34 tuổi, từng học ở Melbourne.",
        "“Chúng tôi không cạnh tranh với nhà hàng”, CEO 34 tuổi giải thích.",
        "Lê Thu Hà, một đầu bếp tại gia, cho biết chị nhận 40 suất mỗi ngày.",
        "Minh Anh", "Tin khác"])
    doc = run_pipeline(new_document("a", text), ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    said = {s.text: names[s.attrs["speaker"]] for s in doc.spans if s.label == "QUOTE"}
    assert said["Chúng tôi không cạnh tranh với nhà hàng"] == "Đinh Hoàng Phúc"
    assert "Bếp Nhà" not in names.values()
    got = quotes("Đại diện VKSND tỉnh Bắc Ninh giữ quyền công tố tại tòa. Cơ quan công tố đề nghị phạt "
                 "bị cáo Hưng 13-15 năm tù.")
    assert ("indirect", "phạt bị cáo Hưng 13-15 năm tù", "Viện kiểm sát nhân dân tỉnh Bắc Ninh") in got


def test_speech_reports_a_company_s_full_name_a_term_in_marks_a_photo_and_a_stage_name_headline():
    got = quotes("Công ty cổ phần Dịch vụ thanh toán Sao Việt cho biết đã khóa các tài khoản. Công ty Sao "
                 "Việt khẳng định mật khẩu đã được mã hóa.",
                 "Thượng tá Lê Văn Thịnh cho biết số vụ lừa tăng. Tuy vậy, vị trưởng phòng lưu ý kẻ gian đã "
                 "chuyển sang dụ nạn nhân tự bật camera, \"xác thực khuôn mặt\" giúp chúng.",
                 "Đại tá Lê Văn Thịnh chỉ ra dấu hiệu nhận biết đường link giả mạo - Ảnh: NGỌC KHẢI")
    assert ("indirect", "mật khẩu đã được mã hóa", "Công ty cổ phần Dịch vụ thanh toán Sao Việt") in got
    assert ("indirect", "kẻ gian đã chuyển sang dụ nạn nhân tự bật camera, \"xác thực khuôn mặt\" giúp "
            "chúng", "Lê Văn Thịnh") in got
    assert not any(t == "xác thực khuôn mặt" or t.startswith("dấu hiệu") for _, t, _ in got)
    text = "\n\n".join([
        "“Chuyến đò cuối năm” đoạt Phượng Vàng, Lam Vy: “Tôi khóc vì nhân vật”",
        "(VH&ĐS) - Tối qua, phim của đạo diễn Vũ Minh Khôi giành Phượng Vàng, nữ diễn viên Lam Vy "
        "nhận giải Nữ diễn viên chính.",
        "Đạo diễn Vũ Minh Khôi nói: “Tôi quay phim này trên chuyến đò cuối cùng.”",
        "Hoài An", "Tin khác"])
    doc = run_pipeline(new_document("h", text), ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    said = {s.text: names[s.attrs["speaker"]] for s in doc.spans if s.label == "QUOTE"}
    assert said["Tôi khóc vì nhân vật"] == "Lam Vy"


def test_speech_reports_a_headline_stage_name_and_the_organiser_s_representative():
    text = "\n\n".join([
        "Vân Du: “Tôi nợ khán giả một đêm nhạc”",
        "Concert đầu tiên của Vân Du sẽ diễn ra tối 19/12 tại TP.HCM.",
        "“Mười năm rồi, Du vẫn hát những bài buồn”, Vân Du cười.",
        "Theo Công ty TNHH Sự kiện Sương Sớm, đơn vị tổ chức, sân vận động có 22.000 chỗ. Vé được chia "
        "thành sáu hạng, VVIP 8.800.000 đồng.",
        "Đại diện đơn vị tổ chức cho biết vé mở bán từ 12h ngày 30/11 trên ứng dụng của công ty.",
        "Hàn Băng", "Tin khác"])
    doc = run_pipeline(new_document("v", text), ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    said = {s.text: names[s.attrs["speaker"]] for s in doc.spans if s.label == "QUOTE"}
    assert said["Mười năm rồi, Du vẫn hát những bài buồn"] == "Vân Du"
    assert said["vé mở bán từ 12h ngày 30/11 trên ứng dụng của công ty"] == "Công ty TNHH Sự kiện Sương Sớm"


def test_speech_reports_a_body_named_in_full_earlier_and_a_firm_named_like_a_person():
    got = quotes("Thanh tra tỉnh Gia Lai vừa công bố kết luận về các công trình nước sạch.",
                 "Thanh tra tỉnh kiến nghị thu hồi 2,4 tỷ đồng. Chủ đầu tư đã để Công ty TNHH xây dựng "
                 "và thương mại Lê Minh Quang thi công chậm 90 ngày.",
                 "Thanh tra tỉnh cũng đề nghị kiểm điểm trách nhiệm của ban quản lý dự án.",
                 "Đại diện Công ty Lê Minh Quang thừa nhận có chậm tiến độ do mưa kéo dài.")
    assert ("indirect", "kiểm điểm trách nhiệm của ban quản lý dự án", "Thanh tra tỉnh Gia Lai") in got
    assert ("indirect", "có chậm tiến độ do mưa kéo dài",
            "Công ty TNHH xây dựng và thương mại Lê Minh Quang") in got


def test_speech_reports_an_earlier_mention_with_a_verb_is_no_name_and_a_director_stays_a_person():
    got = quotes("Hội đồng xét xử áp dụng Điều 54 Bộ luật Hình sự cho hai bị cáo. Hội đồng xét xử "
                 "tuyên án lúc 16h cùng ngày.",
                 "Hội đồng xét xử nhận định bị cáo Khánh giữ vai trò chính trong vụ án.",
                 "Ông Trần Văn Hậu, Giám đốc Công ty Sông Xanh, cho biết đơn vị sẽ bồi thường đủ.")
    assert ("indirect", "bị cáo Khánh giữ vai trò chính trong vụ án", "Hội đồng xét xử") in got
    assert ("indirect", "đơn vị sẽ bồi thường đủ", "Trần Văn Hậu") in got


def test_speech_reports_an_unnamed_prosecutor_is_the_procuracy_and_a_named_one_stays():
    got = quotes("Đại diện VKSND TP.HCM giữ quyền công tố tại tòa. Bị cáo Lâm Văn K. khai chỉ làm thuê.",
                 "Kiểm sát viên phân tích, các sao kê cho thấy K. trực tiếp chia tiền. Viện kiểm sát đề nghị "
                 "xử phạt K. 12 năm tù.")
    assert ("indirect", "các sao kê cho thấy K. trực tiếp chia tiền",
            "Viện kiểm sát nhân dân TP.HCM") in got
    assert ("indirect", "xử phạt K. 12 năm tù", "Viện kiểm sát nhân dân TP.HCM") in got
    named = quotes("“Bị cáo không thành khẩn”, Kiểm sát viên Hồ Văn Trí, đại diện VKSND tỉnh An Giang, "
                   "nói khi luận tội.",
                   "Vị kiểm sát viên đề nghị xử phạt bị cáo 9 năm tù.")
    assert ("indirect", "xử phạt bị cáo 9 năm tù", "Hồ Văn Trí") in named


def test_speech_reports_a_bare_title_is_the_holder_named_before_not_one_named_after():
    got = quotes("Bào chữa cho bị cáo H., luật sư Đỗ Thị Yến (Đoàn Luật sư TP Hải Phòng) cho rằng thân "
                 "chủ chỉ làm công. Luật sư đề nghị tòa xem xét mức án thấp nhất. Còn luật sư Vũ Văn "
                 "Cường (Đoàn Luật sư TP Hà Nội) đề nghị cho bị cáo V. hưởng án treo.")
    assert ("indirect", "tòa xem xét mức án thấp nhất", "Đỗ Thị Yến") in got
    assert ("indirect", "cho bị cáo V. hưởng án treo", "Vũ Văn Cường") in got


def test_speech_reports_a_commune_name_holding_a_surname_is_no_person():
    got = quotes("Ông Phan Văn Hưng, Giám đốc hợp tác xã, cho biết giá đang tốt. Nông dân xã An Lục Long "
                 "đã thắp đèn cho vụ Tết.",
                 "Ông cho hay hợp tác xã sẽ xuất 400 tấn sang Hàn Quốc.")
    assert ("indirect", "hợp tác xã sẽ xuất 400 tấn sang Hàn Quốc", "Phan Văn Hưng") in got
    titled = quotes("Chiều cùng ngày, Phó Chủ tịch UBND tỉnh Phú Thọ Bùi Quang Hòa đã đến hiện trường. "
                    "Ông yêu cầu xã di dời 17 hộ dân.")
    assert ("indirect", "xã di dời 17 hộ dân", "Bùi Quang Hòa") in titled


def test_speech_reports_a_feeling_after_a_quote_and_a_description():
    got = quotes("Ông Phan Văn Hưng, Giám đốc Hợp tác xã Long Trì, nói giá thanh long đang tốt.",
                 "“Nhưng giá lên xuống thất thường lắm”, vị giám đốc HTX trầm ngâm, rồi nhắc lại năm "
                 "2023.",
                 "“Giá này thì ai cũng mừng”, người bán hàng ở chợ nói thêm.")
    assert ("direct", "Nhưng giá lên xuống thất thường lắm", "Phan Văn Hưng") in got
    assert not any(t == "Giá này thì ai cũng mừng" and n == "Phan Văn Hưng" for _, t, n in got)


def test_speech_reports_a_ministry_by_its_acronym_with_an_ampersand_and_a_bare_bo():
    got = quotes("Bộ Giáo dục và Đào tạo (GD&ĐT) tổ chức hội nghị trực tuyến với các tỉnh biên giới.",
                 "Bộ GD&ĐT cho biết, đến ngày 10/4, 126 trường đã khởi công.",
                 "Cũng tại hội nghị, Bộ GD&ĐT phát động chương trình “Sách lên biên cương”. Bộ kêu gọi "
                 "các nhà xuất bản tặng sách cho thư viện trường.")
    assert ("indirect", "đến ngày 10/4, 126 trường đã khởi công", "Bộ Giáo dục và Đào tạo") in got
    assert ("indirect", "các nhà xuất bản tặng sách cho thư viện trường", "Bộ Giáo dục và Đào tạo") in got
    undefined = quotes("Sở NN-PTNT cho biết 2.000 ha lúa đã được thu hoạch.")
    assert ("indirect", "2.000 ha lúa đã được thu hoạch", "Sở NN-PTNT") in undefined


def test_speech_reports_a_chinese_name_with_its_pinyin_in_brackets():
    got = quotes("Ngoại trưởng Trung Quốc Lưu Kiến Quốc (Liu Jianguo) cho rằng ba nền kinh tế cần một "
                 "khuôn khổ mới. “Chúng ta đã để lỡ quá nhiều thời gian”, ông Lưu nói.")
    assert ("direct", "Chúng ta đã để lỡ quá nhiều thời gian", "Lưu Kiến Quốc") in got
    plain = quotes("Ông Lưu Văn Bình, Giám đốc hợp tác xã, cho biết giá vải đang tốt. “Năm nay được mùa”, "
                   "ông Bình nói.")
    assert ("direct", "Năm nay được mùa", "Lưu Văn Bình") in plain


def test_speech_reports_a_name_in_marks_inside_a_reported_clause_and_a_named_body_s_deed():
    got = quotes("Ông Trần Văn Hùng, Giám đốc Sở Văn hóa, cho biết thành phố có nhiều câu lạc bộ. Sở này "
                 "cũng thông tin, từ năm sau, “Đêm ca trù phố cổ” sẽ diễn ra hằng tuần.",
                 "Bà Lê Thị Lan nói thêm, sau buổi họp: “Chúng tôi sẽ cố gắng”.")
    assert ("indirect", "từ năm sau, “Đêm ca trù phố cổ” sẽ diễn ra hằng tuần", "Sở Văn hóa") in got
    assert ("direct", "Chúng tôi sẽ cố gắng", "Lê Thị Lan") in got
    body = quotes("Sáng 18/7, Hội đồng Đội TP.HCM đi ca nô ra xã đảo Thạnh An, trao 5.000 cuốn sách.",
                  "Hội đồng Đội TP.HCM cho biết chương trình đã trao hơn 41.000 cuốn sách.")
    assert ("indirect", "chương trình đã trao hơn 41.000 cuốn sách", "Hội đồng Đội TP.HCM") in body


def test_speech_reports_an_acronym_defined_after_a_name_with_a_list_inside():
    got = quotes("“Đây là đường dây lớn”, Đại tá Trần Quang Vinh, Phó Cục trưởng Cục Cảnh sát điều tra "
                 "tội phạm về tham nhũng, kinh tế, buôn lậu (C03), Bộ Công an, cho biết.",
                 "Đại diện C03 thông tin, đường dây do Đỗ Văn Hậu cầm đầu.")
    assert ("indirect", "đường dây do Đỗ Văn Hậu cầm đầu",
            "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu") in got
    other = quotes("Ông Lê Văn Tú, Giám đốc Trung tâm Kiểm soát bệnh tật TP.HCM (HCDC), cho biết số ca "
                   "giảm. HCDC khuyến cáo người dân tiêm vắc xin.")
    assert ("indirect", "người dân tiêm vắc xin", "Trung tâm Kiểm soát bệnh tật TP.HCM") in other


def test_speech_reports_a_city_s_vice_chairman_named_after_thanh_pho_and_the_city_named_after_a_person():
    got = quotes("Kết luận buổi đối thoại, Phó Chủ tịch UBND thành phố Nguyễn Thành Vinh ghi nhận ý kiến của "
                 "tiểu thương. “Không để tiểu thương thiệt thòi khi cải tạo chợ”, ông Vinh nói.")
    assert ("direct", "Không để tiểu thương thiệt thòi khi cải tạo chợ", "Nguyễn Thành Vinh") in got
    city = quotes("Người dân thành phố Hồ Chí Minh đón Tết sớm. Ông Lê Văn Tư, tiểu thương chợ Bến Thành, "
                  "cho biết sức mua tăng. Ông nói thêm giá hoa đã giảm.")
    assert all(n != "Hồ Chí Minh" for _, _, n in city)


def test_speech_reports_a_trade_office_abroad_and_a_malay_name_by_its_given_name():
    got = quotes("Thương vụ Việt Nam tại Malaysia cho biết, ngay ngày khai mạc, khu gian hàng đón khoảng "
                 "2.300 lượt khách.",
                 "Ông Ahmad Faizal bin Rahman, Giám đốc thu mua chuỗi siêu thị Segar Mart, cho rằng cà phê "
                 "Việt có giá tốt. “Chúng tôi sẽ nhập thử năm container”, ông Faizal nói.")
    assert ("indirect", "ngay ngày khai mạc, khu gian hàng đón khoảng 2.300 lượt khách",
            "Thương vụ Việt Nam tại Malaysia") in got
    assert ("direct", "Chúng tôi sẽ nhập thử năm container", "Ahmad Faizal bin Rahman") in got


def test_speech_reports_a_ministry_named_with_its_country_before_its_official_s_name():
    got = quotes("Lễ ký diễn ra với sự chứng kiến của Thứ trưởng Bộ Tư pháp Hàn Quốc Kang Tae-joon và Đại sứ "
                 "Vũ Thanh Bình.",
                 "Bộ Tư pháp Hàn Quốc cho biết năm 2025 có 67.000 lao động thời vụ.",
                 "Phát biểu tại lễ ký, Thứ trưởng Kang Tae-joon nhấn mạnh: “Nhiều lao động phải vay nợ.”")
    assert ("indirect", "năm 2025 có 67.000 lao động thời vụ", "Bộ Tư pháp Hàn Quốc") in got
    assert ("direct", "Nhiều lao động phải vay nợ.", "Kang Tae-joon") in got
    title = quotes("Hai nhà sáng lập trẻ nói thật về chuyện kinh doanh đồ cũ trong buổi trò chuyện.")
    assert not any(t.startswith("thật về") for _, t, _ in title)


def test_speech_reports_a_bank_s_brand_defined_in_brackets_and_its_branch():
    got = quotes("Chương trình của Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank) có quy mô "
                 "30.000 tỷ đồng.",
                 "Bà Nguyễn Thị Thu Hằng, Giám đốc Agribank Chi nhánh Lâm Đồng, thông tin chi nhánh đã lập 27 tổ "
                 "tín dụng.",
                 "Agribank cho biết dư nợ cho vay nông nghiệp đạt 2 triệu tỷ đồng. Đại diện Agribank thông tin "
                 "thêm, ngân hàng sẽ mở rộng chương trình sang Đắk Lắk.")
    bank = "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"
    assert ("indirect", "dư nợ cho vay nông nghiệp đạt 2 triệu tỷ đồng", bank) in got
    assert ("indirect", "ngân hàng sẽ mở rộng chương trình sang Đắk Lắk", bank) in got
    assert ("indirect", "chi nhánh đã lập 27 tổ tín dụng", "Nguyễn Thị Thu Hằng") in got


def test_speech_reports_a_sub_department_named_before_and_a_director_after_his_province():
    got = quotes("Về nguyên nhân, Chi cục Thủy sản tỉnh Thái Bình đã lấy 24 mẫu ngao gửi Viện Nghiên cứu Nuôi "
                 "trồng thủy sản I phân tích. Chi cục này bước đầu lý giải, độ mặn giảm đột ngột khiến ngao "
                 "chết.",
                 "Giám đốc Sở Nông nghiệp và Môi trường tỉnh Hưng Yên Đào Minh Tuấn dự báo sản lượng nhãn đạt "
                 "40.000 tấn.")
    assert ("indirect", "độ mặn giảm đột ngột khiến ngao chết", "Chi cục Thủy sản tỉnh Thái Bình") in got
    assert ("indirect", "sản lượng nhãn đạt 40.000 tấn", "Đào Minh Tuấn") in got


def test_speech_reports_one_leader_of_a_court_and_a_unit_whose_name_holds_a_pair_comma():
    got = quotes("Một lãnh đạo Tòa án nhân dân tỉnh Kiên Lương cho rằng khó nhất là xác định vai trò đồng phạm.",
                 "Đại diện Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh "
                 "Kiên Lương thông tin, tiền thường qua năm lớp tài khoản.")
    assert ("indirect", "khó nhất là xác định vai trò đồng phạm",
            "Tòa án nhân dân tỉnh Kiên Lương") in got
    assert ("indirect", "tiền thường qua năm lớp tài khoản", "Phòng An ninh mạng và phòng, chống tội phạm "
            "sử dụng công nghệ cao Công an tỉnh Kiên Lương") in got
    nobody = quotes("Một lãnh đạo cho rằng khó nhất là xác định vai trò đồng phạm.")
    assert nobody == []


def test_speech_reports_the_investor_the_text_named_and_a_police_unit_named_by_its_kind():
    got = quotes("Theo đại diện Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Ninh Hải, chủ "
                 "đầu tư, nhà thầu đã tập kết 40 máy. Sở Xây dựng cho biết, dự án chậm hai tháng. “Chúng tôi "
                 "có máy, có người, chỉ thiếu đất”, vị đại diện chủ đầu tư nói.",
                 "Đại diện Phòng Cảnh sát kinh tế Công an tỉnh Cao Bằng thông tin, nhiều hộ bị lừa. Sở Tư "
                 "pháp cho biết, việc hòa giải còn chậm. “Có vụ chỉ 47 phút là tiền đã đi hết”, vị đại "
                 "diện cơ quan công an nói.")
    assert ("direct", "Chúng tôi có máy, có người, chỉ thiếu đất",
            "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Ninh Hải") in got
    assert ("direct", "Có vụ chỉ 47 phút là tiền đã đi hết", "Phòng Cảnh sát kinh tế Công an tỉnh Cao Bằng") in got
    named_after = quotes("Dự án có chủ đầu tư là Công ty cổ phần Hòa Bình Xanh. Sở Xây dựng cho biết, dự án "
                         "chậm. “Chúng tôi chỉ thiếu đất”, đại diện chủ đầu tư nói.")
    assert ("direct", "Chúng tôi chỉ thiếu đất", "Công ty cổ phần Hòa Bình Xanh") in named_after


def test_speech_reports_a_villager_with_his_hamlet_and_an_appositive_before_the_cue():
    got = quotes("“Đêm lũ năm ngoái, cả nhà tôi phải chạy lên nhà văn hóa thôn”, lão nông Hồ Văn Tám ở thôn "
                 "Phước Yên, người đã sống bên sông hơn 30 năm, nói.")
    assert ("direct", "Đêm lũ năm ngoái, cả nhà tôi phải chạy lên nhà văn hóa thôn", "Hồ Văn Tám") in got


def test_speech_reports_a_request_said_by_a_post_and_name_before_the_setting():
    got = quotes("“Chân kè phải xong trước ngày 15/10, không để bà con thấp thỏm”. Đó là yêu cầu của Phó Chủ "
                 "tịch UBND thành phố Trương Công Định khi kiểm tra dự án.")
    assert ("direct", "Chân kè phải xong trước ngày 15/10, không để bà con thấp thỏm", "Trương Công Định") in got
    nobody = quotes("“Chân kè phải xong trước ngày 15/10, không để bà con thấp thỏm”. Đó là yêu cầu của dự án.")
    assert nobody == []


def test_speech_reports_a_news_portal_s_name_holds_no_cue():
    got = quotes("Phóng viên Cổng thông tin điện tử Bộ Khoa học và Công nghệ đã trao đổi với bà Hoàng Thị Lan, "
                 "Trưởng phòng Di truyền.", "Bà Lan cho biết bộ kit sẽ có mặt ở 20 tỉnh.")
    assert not any(t.startswith("điện tử") for _, t, _ in got)
    assert ("indirect", "bộ kit sẽ có mặt ở 20 tỉnh", "Hoàng Thị Lan") in got


def test_speech_reports_a_campaign_in_marks_before_a_body_and_a_site_s_name():
    got = quotes("Trong đợt cao điểm “Tết an toàn - Về nhà bình yên”, Phòng Cảnh sát giao thông Công an tỉnh "
                 "Cao Bằng đề nghị các doanh nghiệp bố trí đủ hai tài xế cho mỗi chuyến xe.",
                 "Trang thông tin điện tử Công an tỉnh đã trao đổi với Thượng tá Phạm Quốc Hưng về mùa khô.")
    assert got == [("indirect", "các doanh nghiệp bố trí đủ hai tài xế cho mỗi chuyến xe",
                    "Phòng Cảnh sát giao thông Công an tỉnh Cao Bằng")]
    said = quotes("“Phải bố trí đủ hai tài xế”, ông Lê Văn Hùng nhấn mạnh khi làm việc với các doanh nghiệp.")
    assert said == [("direct", "Phải bố trí đủ hai tài xế", "Lê Văn Hùng")]


def test_speech_reports_a_team_leader_a_hospital_s_representative_and_an_unnamed_witness():
    got = quotes("Theo TS Lê Thị Minh Thu, trưởng nhóm nghiên cứu, giống chịu rét khá. “Cơm mềm, thơm nhẹ, để "
                 "nguội vẫn không bị cứng”, trưởng nhóm nghiên cứu nói.",
                 "Ca mổ diễn ra tại Bệnh viện Bạch Mai. Đại diện bệnh viện thông tin, từ năm 2004 đến nay, bệnh "
                 "viện đã ghép hơn 300 ca.",
                 "Người đàn ông bán bánh mì ở đầu hẻm, người đầu tiên phát hiện đám cháy, kể: “Tôi đang nhóm lò "
                 "than thì nghe tiếng nổ.”")
    assert ("direct", "Cơm mềm, thơm nhẹ, để nguội vẫn không bị cứng", "Lê Thị Minh Thu") in got
    assert ("indirect", "từ năm 2004 đến nay, bệnh viện đã ghép hơn 300 ca", "Bệnh viện Bạch Mai") in got
    assert ("direct", "Tôi đang nhóm lò than thì nghe tiếng nổ.", "Người đàn ông bán bánh mì ở đầu hẻm") in got
    assert quotes("Người đàn ông cho biết giá vàng tăng mạnh.") == []


def test_speech_reports_two_people_sharing_a_given_name_told_apart_by_title_and_address():
    got = quotes("Sáng 24/3, ông Nguyễn Văn Sơn (56 tuổi) và con trai cùng được xuất viện.",
                 "“Ca mổ lấy gan là phần căng thẳng nhất”, ThS.BS Trần Thanh Sơn, Phó Trưởng khoa Gây mê hồi "
                 "sức, nói. Bác sĩ Sơn lý giải, ở tuổi 56, huyết áp người hiến dao động.",
                 "Trước khi về quê, ông Sơn nói ông chỉ mong con khỏe lại.")
    assert ("indirect", "ở tuổi 56, huyết áp người hiến dao động", "Trần Thanh Sơn") in got
    assert ("indirect", "ông chỉ mong con khỏe lại", "Nguyễn Văn Sơn") in got


def test_speech_reports_a_doctor_with_a_rank_a_field_s_agency_and_a_lunar_date_opening_the_words():
    got = quotes("Tại điểm khám, Trung tá bác sĩ Sato Kenji thuộc Lực lượng Phòng vệ Biển Nhật Bản đã khám mắt cho "
                 "gần 400 người. “Ở đây tôi gặp những cụ già gần như mù”, vị bác sĩ người Nhật Bản kể.",
                 "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, không khí lạnh đang di chuyển xuống phía Nam. "
                 "Cơ quan khí tượng dự báo, chiều 12/1 không khí lạnh sẽ ảnh hưởng đến vùng núi.",
                 "Bà Trần Thị Bé cho biết từ rằm tháng Chạp, đơn hàng tăng gấp 3 lần.")
    assert ("direct", "Ở đây tôi gặp những cụ già gần như mù", "Sato Kenji") in got
    assert ("indirect", "chiều 12/1 không khí lạnh sẽ ảnh hưởng đến vùng núi",
            "Trung tâm Dự báo khí tượng thủy văn quốc gia") in got
    assert ("indirect", "từ rằm tháng Chạp, đơn hàng tăng gấp 3 lần", "Trần Thị Bé") in got


def test_speech_reports_an_observer_mission_speaks_for_its_union():
    got = quotes("Phái bộ quan sát bầu cử của Liên minh châu Phi (AU) nhận định cuộc bầu cử nhìn chung diễn ra "
                 "hòa bình.")
    assert got == [("indirect", "cuộc bầu cử nhìn chung diễn ra hòa bình", "Liên minh châu Phi")]


def test_speech_reports_religious_titles_and_an_elder_stand_for_the_one_so_named():
    got = quotes("Hòa thượng Thích Nguyên Đạt, Trưởng Ban Trị sự tỉnh, đã trao quà. Bà Nguyễn Thị Sen cho biết gia "
                 "đình mất hết lúa. “Chúng tôi không muốn chỉ đến rồi đi”, Hòa thượng nói.",
                 "Hòa thượng Thạch Sok Kha, Trụ trì chùa Kompông Thom, lý giải nhiều ngôi chùa chưa sửa được.",
                 "“Giờ xuống chợ chỉ mất một giờ”, già Lò Văn Nọi nói. Chị Lò Thị Lan cũng có mặt. Già cho biết cả làng "
                 "có 11 hộ bán cà phê.")
    assert ("direct", "Chúng tôi không muốn chỉ đến rồi đi", "Thích Nguyên Đạt") in got
    assert ("indirect", "nhiều ngôi chùa chưa sửa được", "Thạch Sok Kha") in got
    assert ("indirect", "cả làng có 11 hộ bán cà phê", "Lò Văn Nọi") in got


def test_speech_reports_a_body_again_a_place_after_an_age_a_list_in_a_name_and_added_flights():
    got = quotes("Liên đoàn Doanh nghiệp Nhật Bản (Keidanren) cho rằng hạn mức còn thấp. Tổ chức này kiến nghị "
                 "xem xét lại con số sau một năm.",
                 "“Nhà tôi có hai khẩu súng”, chị Siu H'Lim, 32 tuổi, ở làng Trăp chia sẻ.",
                 "Tỷ lệ tiêm phòng đạt 87%. Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh Đắk Lắk khuyến cáo người "
                 "chăn nuôi không mua heo không rõ nguồn gốc.",
                 "Các hãng Vietjet và Bamboo Airways đã bổ sung tổng cộng 1.284 chuyến bay. Ông Lê Văn Nam bổ sung, "
                 "giá vé sẽ không tăng.")
    assert ("indirect", "xem xét lại con số sau một năm", "Liên đoàn Doanh nghiệp Nhật Bản") in got
    assert ("direct", "Nhà tôi có hai khẩu súng", "Siu H'Lim") in got
    assert ("indirect", "người chăn nuôi không mua heo không rõ nguồn gốc",
            "Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh Đắk Lắk") in got
    assert [t for _, t, _ in got if "chuyến bay" in t] == []
    assert ("indirect", "giá vé sẽ không tăng", "Lê Văn Nam") in got


def test_speech_reports_an_unnamed_inspector_by_post_and_a_speaker_named_after_the_quote():
    got = quotes("Sáng 12/3, Thanh tra tỉnh Nghệ An công bố kết luận thanh tra dự án. Ông Đặng Quốc Việt, Chủ tịch "
                 "UBND xã, thừa nhận xã chưa rà soát kỹ. “Sai đến đâu phải sửa ngay đến đó”, Chánh Thanh tra tỉnh "
                 "khẳng định.",
                 "Phát biểu tại buổi công bố, Chánh Thanh tra tỉnh Nghệ An nhấn mạnh dự án có nhiều sai phạm.",
                 "“Nhà tui ở đây ba đời rồi.” Người nói câu ấy là bà Trần Thị Lệ, 67 tuổi.")
    assert ("direct", "Sai đến đâu phải sửa ngay đến đó", "Chánh Thanh tra tỉnh Nghệ An") in got
    assert ("indirect", "dự án có nhiều sai phạm", "Chánh Thanh tra tỉnh Nghệ An") in got
    assert ("direct", "Nhà tui ở đây ba đời rồi.", "Trần Thị Lệ") in got


def test_speech_reports_papers_and_systems_named_by_a_cue_word_and_words_said_before():
    got = quotes("Trung tâm Dịch vụ việc làm tiếp nhận 47.862 hồ sơ đề nghị hưởng trợ cấp thất nghiệp.",
                 "Cục Thuế đưa vào vận hành hệ thống cảnh báo hóa đơn rủi ro theo thời gian thực.",
                 "Ban Thanh tra nhân dân nhận hai đơn phản ánh có chữ ký của 27 hộ.",
                 "“Chợ đêm phải mở lại”, bà Quách Mỹ Lan nói như vậy trước Hội đồng Thành phố.")
    assert got == [("direct", "Chợ đêm phải mở lại", "Quách Mỹ Lan")]


def test_speech_reports_a_body_s_deed_after_its_name_is_not_part_of_it():
    got = quotes("UBND tỉnh Cà Mau ban hành Quyết định số 1125/QĐ-UBND cho biết sẽ hỗ trợ 20.000 hộ.",
                 "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam kiến nghị Bộ Tài chính rút ngắn thời gian hoàn thuế.")
    assert ("indirect", "Bộ Tài chính rút ngắn thời gian hoàn thuế", "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam") in got
    assert all(not n.endswith("Quyết định số 1125/QĐ-UBND") for _, _, n in got)


def test_speech_reports_officials_and_sources_never_named():
    got = quotes("Sáng 13/4, đoàn công tác của UBND tỉnh Gia Lai kiểm tra công trình. Kết luận buổi kiểm tra, Phó "
                 "Chủ tịch UBND tỉnh yêu cầu các sở rà soát toàn bộ công trình.",
                 "“Hồ sơ thiết kế lấy số liệu của những năm mưa nhiều.”, theo một lãnh đạo Ban Quản lý dự án đầu tư "
                 "xây dựng tỉnh Gia Lai (đề nghị không nêu tên).",
                 "Chủ tịch UBND xã Pù Nhi cho hay, xã đã di dời khẩn cấp người già. Một cán bộ Đồn Biên phòng Pù "
                 "Nhi (đề nghị không nêu tên) cho hay, đơn vị đã huy động 140 ngày công. Bà Vàng Thị Dợ cho biết nhà "
                 "đã xong. “Không để ai bị bỏ lại”, vị Chủ tịch xã khẳng định.",
                 "Tại xã Tân Hồng, Trưởng phòng Kinh tế UBND xã Tân Hồng kiến nghị tỉnh hỗ trợ 1,8 tỷ đồng.")
    assert ("indirect", "các sở rà soát toàn bộ công trình", "Phó Chủ tịch UBND tỉnh Gia Lai") in got
    assert ("direct", "Hồ sơ thiết kế lấy số liệu của những năm mưa nhiều.",
            "Ban Quản lý dự án đầu tư xây dựng tỉnh Gia Lai") in got
    assert ("indirect", "đơn vị đã huy động 140 ngày công", "Đồn Biên phòng Pù Nhi") in got
    assert ("direct", "Không để ai bị bỏ lại", "Chủ tịch UBND xã Pù Nhi") in got
    assert ("indirect", "tỉnh hỗ trợ 1,8 tỷ đồng", "Trưởng phòng Kinh tế UBND xã Tân Hồng") in got


def test_speech_reports_a_city_named_buon_and_a_cue_word_inside_a_body_s_name():
    got = quotes("Bà H'Yâm Niê, Giám đốc Công ty Cà phê Ea Tu ở phường Buôn Ma Thuột, tỉnh Đắk Lắk, cho biết: "
                 "“Công ty chỉ ký được 12 container.”",
                 "“Năm nay nhiều nơi sạ dày nên rầy bùng phát sớm”, Chi cục trưởng Chi cục Trồng trọt và Bảo vệ "
                 "thực vật tỉnh Đồng Tháp nói tại cuộc họp.")
    assert ("direct", "Công ty chỉ ký được 12 container.", "H'Yâm Niê") in got
    assert ("direct", "Năm nay nhiều nơi sạ dày nên rầy bùng phát sớm",
            "Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Đồng Tháp") in got


def test_speech_reports_a_place_after_a_post_and_a_place_before_a_headline_colon():
    got = quotes("“Chúng tôi không muốn hình ảnh ấy lặp lại”, ông Sùng Mí Chá, Chủ tịch UBND xã Đồng Văn cho biết.")
    assert got == [("direct", "Chúng tôi không muốn hình ảnh ấy lặp lại", "Sùng Mí Chá")]
    text = "\n\n".join([
        "Chủ tịch UBND tỉnh làm việc tại Đồng Văn: “Không để du khách phải ngủ trên ô tô”",
        "Chiều 5/9, ông Nông Văn Thịnh, Chủ tịch UBND tỉnh, làm việc tại xã Đồng Văn.",
        "“Không để du khách phải ngủ trên ô tô”, ông Thịnh nhấn mạnh.", "Minh Phúc", "Tin khác"])
    assert headline_speakers(text) == ["Nông Văn Thịnh"]


def test_speech_reports_an_age_in_brackets_a_report_cue_with_a_comma_and_matters_handled():
    got = quotes("Con trai ông, anh Trần Văn Duy (38 tuổi), kể: “Bố tôi đau lan ra sau lưng.”",
                 "Đại diện Bệnh viện Đa khoa tỉnh Thái Bình thông tin, kết quả chụp cắt lớp cho thấy khối phình đã "
                 "rỉ máu.",
                 "Văn phòng UBND tỉnh Ninh Bình tổ chức hội nghị sơ kết công tác tiếp nhận, xử lý phản ánh, kiến "
                 "nghị của người dân.")
    assert ("direct", "Bố tôi đau lan ra sau lưng.", "Trần Văn Duy") in got
    assert ("indirect", "kết quả chụp cắt lớp cho thấy khối phình đã rỉ máu",
            "Bệnh viện Đa khoa tỉnh Thái Bình") in got
    assert len(got) == 2


def test_speech_reports_a_body_s_two_fields_and_a_commune_after_its_committee():
    got = quotes("Hiệp hội Gỗ và Lâm sản Việt Nam (VIFOREST) dự báo xuất khẩu có thể đạt 9,4 tỷ USD. Hiệp hội "
                 "cũng khuyến cáo hội viên không chạy theo đơn hàng giá thấp.",
                 "Ông Bùi Đức Toàn, Chủ tịch UBND xã Thái Thụy, cho biết xã đã vận động 40 hộ. Chủ tịch UBND xã "
                 "Thái Thụy kiến nghị tỉnh sớm bố trí 18 tỷ đồng.")
    assert ("indirect", "hội viên không chạy theo đơn hàng giá thấp", "Hiệp hội Gỗ và Lâm sản Việt Nam") in got
    assert ("indirect", "tỉnh sớm bố trí 18 tỷ đồng", "Bùi Đức Toàn") in got


def test_speech_reports_a_reserve_s_board_again_and_a_headline_post_with_its_body():
    got = quotes("Theo số liệu của Ban Quản lý Khu bảo tồn biển Cù Lao Chàm, các tổ cộng đồng đã trồng 1,6 ha san "
                 "hô. Đơn vị này cho biết năm 2026 sẽ mở rộng thêm 0,8 ha.")
    assert ("indirect", "năm 2026 sẽ mở rộng thêm 0,8 ha", "Ban Quản lý Khu bảo tồn biển Cù Lao Chàm") in got
    text = "\n\n".join([
        "Giám đốc ILO tại Việt Nam: “Đừng để người lao động phải chọn giữa sức khỏe và đồng lương”",
        "Nắng nóng cực đoan có thể khiến Việt Nam mất 4,2% giờ làm việc vào năm 2035.",
        "Bà Hanna Virtanen, Giám đốc Quốc gia ILO tại Việt Nam, cho biết: “Nắng nóng là chuyện an toàn lao động.”",
        "Ông Lý Minh Sơn, Giám đốc Công ty TNHH May mặc Phước Thành, cho biết xưởng đã lắp hệ thống phun sương.",
        "Minh Phúc", "Tin khác"])
    assert headline_speakers(text) == ["Hanna Virtanen"]


def test_speech_reports_nha_truong_after_a_post_and_a_provincial_youth_union():
    got = quotes("Phóng viên đã trao đổi với PGS.TS Đặng Minh Khuê, Phó Hiệu trưởng Nhà trường. Phó Hiệu trưởng cho "
                 "biết trường sẽ tuyển 200 sinh viên.",
                 "Tỉnh Đoàn Đồng Tháp cho biết, trong chiến dịch năm nay, toàn tỉnh mở 120 lớp bơi.")
    assert ("indirect", "trường sẽ tuyển 200 sinh viên", "Đặng Minh Khuê") in got
    assert ("indirect", "trong chiến dịch năm nay, toàn tỉnh mở 120 lớp bơi", "Tỉnh Đoàn Đồng Tháp") in got


def test_speech_reports_short_names_in_brackets_after_a_bank_and_a_deposit_insurer():
    got = quotes("Sáng 9/6, Bảo hiểm tiền gửi Việt Nam (BHTG Việt Nam) phối hợp tổ chức hội nghị. Báo cáo tại hội "
                 "nghị, BHTG Việt Nam cho biết cả nước có 1.176 quỹ tín dụng nhân dân.",
                 "Dự hội nghị có đại diện Ngân hàng Hợp tác xã Việt Nam (Co-opBank). Đại diện Co-opBank thông tin: "
                 "“Ngân hàng sẽ dành 2.000 tỷ đồng cho vay lại.”")
    assert ("indirect", "cả nước có 1.176 quỹ tín dụng nhân dân", "Bảo hiểm tiền gửi Việt Nam") in got
    assert ("direct", "Ngân hàng sẽ dành 2.000 tỷ đồng cho vay lại.", "Ngân hàng Hợp tác xã Việt Nam") in got


def test_speech_reports_a_thai_surname_that_is_also_a_conjunction():
    got = quotes("Ông Vì Đức Thắng, Phó Chủ tịch UBND huyện, cho biết huyện đón 40.000 lượt khách. Vì vậy, ông Thắng "
                 "nói huyện sẽ mở thêm bãi đỗ xe.")
    assert [n for _, _, n in got] == ["Vì Đức Thắng", "Vì Đức Thắng"]
