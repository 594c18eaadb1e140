"""Tests of the ``zones`` extractor on small invented page dumps (one rule per test)."""

from __future__ import annotations

import pytest

from goldspan.extract.registry import get
from goldspan.model.document import new_document

BODY1 = ("Sáng nay, hội nghị tổng kết công tác năm của ngành nông nghiệp huyện đã diễn ra "
         "với sự tham dự của đông đảo cán bộ, hội viên và bà con nông dân.")
BODY2 = ("Theo báo cáo, năm qua toàn huyện trồng mới hơn hai trăm héc-ta rừng, vượt kế hoạch "
         "đề ra và tạo việc làm cho nhiều lao động địa phương.")
BODY3 = ("Ngoài ra, các hợp tác xã đã chủ động liên kết với doanh nghiệp để tiêu thụ nông sản, "
         "giúp giá bán ổn định hơn so với những năm trước.")
TITLE = "Huyện miền núi hoàn thành kế hoạch trồng rừng"
LEAD = ("(NTM) - Năm nay, huyện đã vượt chỉ tiêu trồng rừng nhờ cách làm linh hoạt, "
        "gắn trồng rừng với sinh kế của người dân.")


def zones(text: str) -> list[tuple[str, str]]:
    """(label, line) of every zone span the extractor makes for ``text``."""
    doc = new_document("t", text)
    result = get("zones").extract(doc)
    return [(s.label, s.text) for s in result.spans]


def label_of(text: str, line: str) -> str:
    """The label given to the line ``line`` of ``text``."""
    found = [lab for lab, t in zones(text) if t == line]
    assert found, f"no zone for {line!r}"
    return found[0]


def article(*lines: str) -> str:
    return "\n\n".join(lines)


def test_zones_is_registered_with_version():
    assert get("zones").key == "zones@1"
    assert get("zones").produces == ("zone",)


def test_zones_one_span_per_nonempty_line_covering_it():
    text = article(TITLE, LEAD, BODY1, "   ", BODY2)
    doc = new_document("t", text)
    spans = get("zones").extract(doc).spans
    assert len(spans) == 4
    for s in spans:
        assert text[s.start:s.end] == s.text and "\n" not in s.text and s.text.strip()


def test_zones_empty_text_gives_no_spans():
    assert zones("") == [] and zones("\n\n  \n") == []


def test_zones_title_is_first_line_and_tagged_lead_next():
    z = zones(article(TITLE, LEAD, BODY1, BODY2))
    assert [lab for lab, _ in z] == ["TITLE", "LEAD", "BODY", "BODY"]


@pytest.mark.parametrize("tag", ["(LĐTĐ) ", "TTO - ", "(TTXVN) - ", "(Dân trí) - ",
                                 "(NLĐO) - ", "VTV.vn - ", "(Baonghean.vn) – ", "ANTD.VN - "])
def test_zones_lead_source_tags_of_many_sites(tag):
    lead = tag + "Chiều qua, lãnh đạo tỉnh đã đi kiểm tra tiến độ thi công tuyến đường ven biển."
    text = article(TITLE, "Thứ hai, 12/05/2025 - 09:30", lead, BODY1)
    assert label_of(text, lead) == "LEAD"
    assert label_of(text, "Thứ hai, 12/05/2025 - 09:30") == "BOILERPLATE"


def test_zones_lead_without_tag_is_first_paragraph_after_title():
    z = zones(article(TITLE, BODY1, BODY2, BODY3))
    assert [lab for lab, _ in z] == ["TITLE", "LEAD", "BODY", "BODY"]


def test_zones_parenthesis_clause_is_not_a_source_tag():
    from goldspan.extract.zones_rules import has_source_tag
    assert not has_source_tag("(theo số liệu mới nhất, đến hết tháng 5) tỉnh đã giải ngân...")
    assert has_source_tag("(VOV) - Tin từ cơ quan chức năng cho biết")
    assert not has_source_tag("Hà Nội là thủ đô")


def test_zones_related_line_joined_after_lead():
    related = ("Nông dân làm giàu từ cây quế Hợp tác xã chè vươn ra thị trường Xây dựng "
               "nông thôn mới kiểu mẫu")
    text = TITLE + "\n\n" + LEAD + "\n" + related + "\n\n" + BODY1
    assert label_of(text, related) == "RELATED"


def test_zones_body_sentence_after_lead_is_not_related():
    text = TITLE + "\n\n" + LEAD + "\n" + BODY1
    assert label_of(text, BODY1) == "BODY"


def test_zones_related_prefix_lines():
    line = ">> Hợp tác xã chè vươn ra thị trường quốc tế"
    text = article(TITLE, LEAD, BODY1, line, BODY2)
    assert label_of(text, line) == "RELATED"
    assert label_of(text, BODY2) == "BODY"


def test_zones_caption_alt_text_repeats_title_plus_caption_line():
    cap = "Cán bộ kiểm lâm hướng dẫn người dân chăm sóc cây giống."
    text = article(TITLE, LEAD, BODY1) + "\n\n" + TITLE + "\n" + cap + "\n\n" + BODY2
    z = zones(text)
    assert [lab for lab, _ in z] == ["TITLE", "LEAD", "BODY", "CAPTION", "CAPTION", "BODY"]


def test_zones_caption_line_with_photo_credit():
    for cap in ["Người dân thu hoạch quế. Ảnh: Minh Châu",
                "Đoàn công tác kiểm tra hiện trường (Ảnh: Thanh Hải)",
                "Một góc khu tái định cư (ảnh minh họa)",
                "Ảnh minh họa",
                'TS Lê Văn Khang: "Rác là tài nguyên đặt sai chỗ." Ảnh: T.V',
                "Bà Hoa bên vườn cam: “Năm nay được mùa.” Ảnh: Minh Châu"]:
        text = article(TITLE, LEAD, BODY1, cap, BODY2)
        assert label_of(text, cap) == "CAPTION", cap


def test_zones_quoted_words_then_anh_without_a_colon_are_not_a_caption():
    line = 'Người dân gọi nơi này là "xóm ảnh" vì khách đến chụp ảnh rất đông mỗi dịp cuối tuần.'
    text = article(TITLE, LEAD, BODY1, line, BODY2)
    assert label_of(text, line) == "BODY"


def test_zones_word_anh_in_a_sentence_is_not_a_caption():
    line = ("Hình ảnh các em học sinh đội nắng đến trường đã khiến nhiều người xúc động, "
            "anh Tuấn kể lại với giọng chậm rãi.")
    text = article(TITLE, LEAD, BODY1, line, BODY2)
    assert label_of(text, line) == "BODY"


def test_zones_duplicated_caption_lines_in_body():
    cap = "Lãnh đạo huyện trao giấy khen cho các hợp tác xã"
    text = article(TITLE, LEAD, BODY1, cap, cap, BODY2, BODY3)
    labels = [lab for lab, _ in zones(text)]
    assert labels == ["TITLE", "LEAD", "BODY", "CAPTION", "CAPTION", "BODY", "BODY"]


@pytest.mark.parametrize("byline", ["Hoàng Phúc thực hiện", "Theo Báo Nông thôn Ngày nay",
                                    "Minh Anh", "Thu Hà - Quốc Tuấn", "Lan Hương (TTXVN)",
                                    "Bài và ảnh: Đức Minh", "PV", "Nhóm PV", "Ngọc Lan/VOV.VN"])
def test_zones_bylines_at_article_end(byline):
    text = article(TITLE, LEAD, BODY1, BODY2, byline, "Tin khác", "Một tin khác của trang")
    assert label_of(text, byline) == "BYLINE"


def test_zones_short_sentence_at_end_is_not_byline():
    last = "Mọi người đều vui mừng."
    text = article(TITLE, LEAD, BODY1, last)
    assert label_of(text, last) == "BODY"


def test_zones_theo_sentence_at_end_is_not_byline():
    last = ("Theo ông Hùng, mô hình này sẽ được nhân rộng ra các xã lân cận trong thời gian tới, "
            "trước hết là những nơi có rừng sản xuất.")
    text = article(TITLE, LEAD, BODY1, last)
    assert label_of(text, last) == "BODY"


@pytest.mark.parametrize("marker", ["Có thể bạn quan tâm", "Nên xem", "Tin khác", "Xem thêm",
                                    "Bình luận", "Ý kiến", "Đọc nhiều", "TIN CÙNG CHUYÊN MỤC",
                                    "Tags: nông nghiệp, trồng rừng", "Phiên bản di động",
                                    "Tin liên quan", "Từ khóa:", "Xem nhiều nhất"])
def test_zones_boilerplate_from_marker_onwards(marker):
    teaser = "Tỉnh ven biển đẩy mạnh nuôi tôm công nghệ cao"
    text = article(TITLE, LEAD, BODY1, BODY2, marker, teaser, BODY3)
    z = zones(text)
    idx = [t for _, t in z].index(marker)
    assert all(lab == "BOILERPLATE" for lab, _ in z[idx:])
    assert all(lab != "BOILERPLATE" for lab, _ in z[:idx])


def test_zones_marker_word_inside_sentence_is_not_a_marker():
    line = "Tin khác về dự án sẽ được cập nhật trong số báo tới, theo lời ban quản lý dự án."
    text = article(TITLE, LEAD, BODY1, line, BODY2)
    assert label_of(text, BODY2) == "BODY"


def test_zones_repeated_teaser_blocks_without_marker():
    teaser = "Xã vùng cao có đường bê tông về tận bản"
    teaser_lead = "(NTM) - Sau nhiều năm chờ đợi, người dân trong bản đã có con đường mới ..."
    text = article(TITLE, LEAD, BODY1, BODY2, teaser, teaser, teaser_lead)
    labels = [lab for lab, _ in zones(text)]
    assert labels == ["TITLE", "LEAD", "BODY", "BODY", "BOILERPLATE", "BOILERPLATE",
                      "BOILERPLATE"]


def test_zones_soft_marker_midarticle_is_related_when_article_continues():
    head = "Hợp tác xã chè vươn ra thị trường quốc tế"
    text = article(TITLE, LEAD, BODY1, "Tin liên quan", head, BODY2, BODY3)
    labels = dict((t, lab) for lab, t in zones(text))
    assert labels["Tin liên quan"] == "RELATED" and labels[head] == "RELATED"
    assert labels[BODY2] == "BODY" and labels[BODY3] == "BODY"


def test_zones_share_buttons_and_dates_are_boilerplate():
    text = article(TITLE, LEAD, BODY1, "Chia sẻ", BODY2, "10:30 12/05/2025")
    assert label_of(text, "Chia sẻ") == "BOILERPLATE"
    assert label_of(text, "10:30 12/05/2025") == "BOILERPLATE"


def test_zones_interview_label_lines_are_body():
    q = "PV: Xin ông cho biết kết quả trồng rừng năm nay?"
    a = "Ông Lò Văn Hùng: Năm nay chúng tôi trồng được nhiều hơn năm ngoái."
    text = article(TITLE, LEAD, q, a, "Minh Anh")
    assert label_of(text, q) == "BODY" and label_of(text, a) == "BODY"
    assert label_of(text, "Minh Anh") == "BYLINE"


@pytest.mark.parametrize("crumb", ["Trang chủ > Kinh tế > Nông nghiệp", "Du lịch » Điểm đến",
                                   "Thời sự"])
def test_zones_breadcrumbs_and_dates_before_the_title(crumb):
    text = article(crumb, "Cập nhật lúc 09:12, 18/11/2025", TITLE, LEAD, BODY1)
    assert [lab for lab, _ in zones(text)] == ["BOILERPLATE", "BOILERPLATE", "TITLE", "LEAD",
                                               "BODY"]


def test_zones_breadcrumb_and_datetime_predicates():
    from goldspan.extract.zones_rules import is_breadcrumb, is_datetime_line
    assert is_breadcrumb("Trang chủ > Giao thông > An toàn giao thông")
    assert not is_breadcrumb("Giá xăng > 25.000 đồng/lít từ chiều nay, theo liên bộ")
    assert is_datetime_line("Thứ Năm, 14/11/2024 - 07:45 (GMT+7)")
    assert is_datetime_line("Cập nhật lúc 09:12, 18/11/2025")
    assert not is_datetime_line("Ngày 14/11, huyện tổ chức lễ ra quân.")


def test_zones_comment_count_is_a_marker():
    text = article(TITLE, LEAD, BODY1, "12 bình luận", "Gửi bình luận")
    assert [lab for lab, _ in zones(text)][-2:] == ["BOILERPLATE", "BOILERPLATE"]


def test_zones_glued_headlines_ending_with_a_question_are_related():
    glued = ("Hà Nội: Mưa lớn gây ngập nhiều tuyến phố nội đô Người dân nên làm gì khi "
             "nước ngập sâu?")
    text = article(TITLE, LEAD, BODY1, glued, BODY2)
    assert label_of(text, glued) == "RELATED"


def test_zones_long_question_without_comma_is_not_related():
    question = ("Vậy ông có kiến nghị gì với Bộ Xây dựng về chính sách nhà ở xã hội cho công "
                "nhân ở Hà Nội?")
    text = article(TITLE, LEAD, BODY1, question, BODY2)
    assert label_of(text, question) == "BODY"


def test_zones_video_line_is_a_caption():
    line = "Video: Người dân vượt lũ đến trường"
    text = article(TITLE, LEAD, BODY1, line, BODY2)
    assert label_of(text, line) == "CAPTION"


def test_zones_contact_line_inside_article_does_not_end_it():
    text = article(TITLE, LEAD, BODY1, "Hotline: 1900 1234", BODY2, "Minh Anh")
    labels = [lab for lab, _ in zones(text)]
    assert labels == ["TITLE", "LEAD", "BODY", "BOILERPLATE", "BODY", "BYLINE"]


def test_zones_trailing_headlines_without_marker_or_byline_are_boilerplate():
    heads = ["Tỉnh ven biển đẩy mạnh nuôi tôm công nghệ cao",
             "Giá lúa tăng nhẹ trong tuần đầu tháng"]
    text = article(TITLE, LEAD, BODY1, BODY2, *heads)
    assert [lab for lab, _ in zones(text)][-2:] == ["BOILERPLATE", "BOILERPLATE"]
    text = article(TITLE, LEAD, BODY1, BODY2, heads[0])
    assert [lab for lab, _ in zones(text)][-1] == "BODY"


def test_zones_byline_then_teasers_after_page_furniture():
    text = article(TITLE, LEAD, BODY1, "PV", "Chia sẻ",
                   "Tỉnh ven biển đẩy mạnh nuôi tôm công nghệ cao",
                   "Giá lúa tăng nhẹ trong tuần đầu tháng")
    assert [lab for lab, _ in zones(text)][3:] == ["BYLINE", "BOILERPLATE", "BOILERPLATE",
                                                   "BOILERPLATE"]


def test_zones_author_with_date_after_the_title_is_byline():
    line = "Minh Anh - 10/03/2025 08:30"
    text = article(TITLE, line, LEAD, BODY1)
    assert [lab for lab, _ in zones(text)] == ["TITLE", "BYLINE", "LEAD", "BODY"]


def test_zones_date_with_page_buttons_is_furniture_not_the_lead():
    text = article(TITLE, "Thứ Sáu, 23/01/2026, 09:15 (GMT+7)  |  In bài  |  Chia sẻ", LEAD, BODY1)
    assert [lab for lab, _ in zones(text)] == ["TITLE", "BOILERPLATE", "LEAD", "BODY"]
    from goldspan.extract.zones_rules import is_chrome
    assert not is_chrome("Quý I: +3,05% | Quý II: +4,1%")


def test_zones_broadcaster_owner_line_and_dot_operator_menu():
    text = "\n".join(["QBTV", "Truyền hình Hà Giang - Báo và Phát thanh, Truyền hình Tuyên Quang",
                      "Thời sự ⋅ Kinh tế ⋅ Xã hội ⋅ Văn hóa ⋅ Thể thao ⋅ Video",
                      "", TITLE, "", LEAD, "", BODY1])
    labs = [lab for lab, _ in zones(text)]
    assert labs[:3] == ["BOILERPLATE"] * 3 and labs[3] == "TITLE"


def test_zones_merged_paper_owner_line_menu_with_a_slogan_and_a_weather_line():
    text = "\n".join(["BÁO MIỀN NÚI ĐIỆN TỬ",
                      "Báo và Phát thanh, Truyền hình Lào Cai - Trang tin khu vực Yên Bái (baoyenbai.vn)",
                      "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch | Lào Cai - Yên Bái "
                      "chung một nhà | Video",
                      "Thứ Ba, 26/5/2026   Lào Cai: 21°C - 29°C, có mưa rào chiều tối",
                      "", TITLE, "", LEAD, "", BODY1])
    labs = [lab for lab, _ in zones(text)]
    assert labs[:4] == ["BOILERPLATE"] * 4 and labs[4] == "TITLE"


def test_zones_contents_table_hashtag_row_triangle_trail_and_posted_by():
    text = "\n".join(["Trang chủ ‣ Âm nhạc ‣ Nhạc Việt ‣ Phỏng vấn",
                      "Đang hot: #BinLửa #MáiHiên #RapViệt",
                      "", TITLE, "Đăng bởi Thảo Nguyên", "", LEAD, "",
                      "Mục lục", "1. Ca mắc tập trung ở ngoại thành", "2. Bệnh viện kê thêm giường", "",
                      "1. Ca mắc tập trung ở ngoại thành", "", BODY1, "",
                      "2. Bệnh viện kê thêm giường", "", BODY1])
    labs = [(lab, t) for lab, t in zones(text)]
    assert [lab for lab, _ in labs[:5]] == ["BOILERPLATE", "BOILERPLATE", "TITLE", "BYLINE", "LEAD"]
    assert [lab for lab, _ in labs[5:8]] == ["BOILERPLATE"] * 3
    assert labs[8] == ("BODY", "1. Ca mắc tập trung ở ngoại thành")


def test_zones_channel_owner_line_and_a_radio_frequency_bar():
    text = "\n".join(["VOV GIAO THÔNG", "Kênh VOV Giao thông Quốc gia - Đài Tiếng nói Việt Nam",
                      "Hà Nội FM 91 MHz | TP.HCM FM 91 MHz | Cần Thơ FM 90 MHz",
                      "", TITLE, "", LEAD, "", BODY1])
    labs = [lab for lab, _ in zones(text)]
    assert labs[:3] == ["BOILERPLATE"] * 3 and labs[3] == "TITLE"


def test_zones_a_heading_in_capitals_under_the_lead_is_no_byline():
    from goldspan.extract.zones_rules import is_name_line
    assert not is_name_line("THÔNG SỐ TRẬN ĐẤU")
    assert is_name_line("NGỌC DIỆP") and is_name_line("NHÓM PV") and is_name_line("Hoàng Phúc")


def test_zones_a_site_name_and_tagline_over_its_menu_is_no_title():
    top = ("Tin Nhanh - Báo điện tử được đọc nhiều nhất\n"
           "Mới nhất | Thời sự | Thế giới | Kinh doanh | Pháp luật | Giáo dục | Sức khỏe")
    text = article(top, TITLE, LEAD, BODY1, BODY2, BODY3, "Minh Anh")
    assert label_of(text, "Tin Nhanh - Báo điện tử được đọc nhiều nhất") == "BOILERPLATE"
    assert label_of(text, TITLE) == "TITLE"


def test_zones_buttons_headlines_glued_without_spaces_and_a_source_byline():
    glued = ("Huyện vùng cao trồng thêm hai trăm héc-ta rừng gỗ lớnNông dân liên kết với doanh "
             "nghiệp tiêu thụ nông sảnHợp tác xã chè mở rộng vùng nguyên liệu")
    text = article(TITLE, "Chia sẻ | Theo dõi Tin Nhanh trên Google News", LEAD, BODY1, glued,
                   BODY2, BODY3, "Theo Minh Anh | Nông thôn Ngày nay", "Tags: rừng, nông dân")
    assert label_of(text, "Chia sẻ | Theo dõi Tin Nhanh trên Google News") == "BOILERPLATE"
    assert label_of(text, LEAD) == "LEAD"
    assert label_of(text, glued) == "RELATED"
    assert label_of(text, "Theo Minh Anh | Nông thôn Ngày nay") == "BYLINE"


def test_zones_an_archive_banner_and_its_note_over_the_masthead():
    top = ("TRANG LƯU TRỮ - Nội dung đăng trước ngày 01/7/2025, không còn được cập nhật.\n"
           "Từ ngày 1/7/2025, hai tỉnh hợp nhất thành một tỉnh mới.\n"
           "Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao")
    text = article(top, TITLE, LEAD, BODY1, BODY2, BODY3, "Minh Anh")
    assert label_of(text, "Từ ngày 1/7/2025, hai tỉnh hợp nhất thành một tỉnh mới.") == "BOILERPLATE"
    assert label_of(text, TITLE) == "TITLE" and label_of(text, LEAD) == "LEAD"


def test_zones_a_column_s_call_for_questions_closes_the_article():
    call = "Bạn đọc gửi câu hỏi cho chuyên mục Tư vấn pháp luật qua email tuvan@tinnhanh.vn."
    text = article(TITLE, LEAD, BODY1, BODY2, BODY3, "MINH ANH (ghi)", call, "Tin cùng chuyên mục")
    assert label_of(text, call) == "BOILERPLATE"
    assert label_of(text, "MINH ANH (ghi)") == "BYLINE"
