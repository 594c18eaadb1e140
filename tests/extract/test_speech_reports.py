"""Speech rules of round tables, match reports and features (invented sentences): a speaker
named by an epithet or by a title with a place phrase, a representative of a body with its
acronym, words cited after ``dẫn lời``, quotes in guillemets, unmarked words after ``nói:``
running over first-person sentences, ``bày tỏ lo ngại rằng``."""

from __future__ import annotations

from goldspan.extract.registry import run_pipeline
from goldspan.model.document import new_document

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
    # a narrative sentence after the words is not theirs
    got = quotes("Ông Y Khoa Niê nói: Năm nay khán giả đông hơn hẳn. Ban tổ chức đã mở thêm "
                 "hai cổng.")
    assert got == [("indirect", "Năm nay khán giả đông hơn hẳn", "Y Khoa Niê")]


def test_speech_reports_bay_to_lo_ngai_rang():
    got = quotes("Ông Nguyễn Văn Sang, trưởng ban huấn luyện, bày tỏ lo ngại rằng lịch thi đấu "
                 "dày sẽ khiến cầu thủ chấn thương.")
    assert got == [("indirect", "lịch thi đấu dày sẽ khiến cầu thủ chấn thương",
                    "Nguyễn Văn Sang")]
