"""Tests of interview speaker labels, bylines and TURN building (speech_labels)."""

from __future__ import annotations

import pytest

from goldspan.extract.registry import run_pipeline
from goldspan.extract.speech_cast import Cast
from goldspan.extract.speech_labels import (
    byline_author,
    find_turns,
    interviewer_name,
    parse_label,
)
from goldspan.model.document import new_document


@pytest.mark.parametrize("line", ["Phóng viên: Xin chào ông.", "PV: Xin chào ông.",
                                  "P.V: Xin chào ông.", "PHÓNG VIÊN: Xin chào.",
                                  "Hỏi: Ông nghĩ sao?", "Phóng viên Báo Tin tức: Xin chào."])
def test_speech_labels_interviewer(line):
    lab = parse_label(line)
    assert lab is not None and lab.kind == "interviewer"
    assert line[lab.end:].startswith(("Xin", "Ông"))


@pytest.mark.parametrize("line,name", [
    ("Đồng chí Lê Quang Long: Năm nay khó khăn.", "Lê Quang Long"),
    ("Ông Hải: Vâng, đúng vậy.", "Hải"),
    ("Bà Lò Thị Mai: Bản tôi có ba mươi hộ.", "Lò Thị Mai"),
    ("Anh Tuấn: Tôi làm nghề này mười năm.", "Tuấn"),
    ("Chị Hoa: Tôi thấy vui.", "Hoa"),
    ("GS.TS Nguyễn Văn An: Theo tôi thì chưa đủ.", "Nguyễn Văn An"),
    ("Thiếu tướng Đỗ Minh Khang: Lực lượng đã sẵn sàng.", "Đỗ Minh Khang"),
    ("Giám đốc Sở Xây dựng Phan Thị Yến: Công trình đúng tiến độ.", "Phan Thị Yến"),
    ("TS Trịnh Quốc Bảo: Cần thêm thời gian.", "Trịnh Quốc Bảo"),
])
def test_speech_labels_person_with_title(line, name):
    lab = parse_label(line)
    assert lab is not None and lab.kind == "person" and lab.name == name and not lab.bare


def test_speech_labels_role_in_parentheses_and_title():
    lab = parse_label("Bà Lò Thị Mai (Trưởng bản Nà Hừ): Năm nay được mùa.")
    assert lab is not None and lab.role == "Trưởng bản Nà Hừ"
    lab = parse_label("Giám đốc Sở Xây dựng Phan Thị Yến: Đúng vậy.")
    assert lab is not None and lab.role == "Giám đốc Sở Xây dựng"


def test_speech_labels_role_after_comma_or_dash():
    lab = parse_label("Ông Trần Văn Hải, Phó chủ tịch Hiệp hội Chè: Năm nay được giá.")
    assert (lab.name, lab.role) == ("Trần Văn Hải", "Phó chủ tịch Hiệp hội Chè")
    lab = parse_label("Bà Lê Thị Mai - Giám đốc Sở: Vâng.")
    assert (lab.name, lab.role) == ("Lê Thị Mai", "Giám đốc Sở")
    assert parse_label("Tuy nhiên, theo tôi: chưa đủ.") is None


def test_speech_labels_bare_full_name_is_flagged():
    lab = parse_label("Nguyễn Thị Lan: Tôi đồng ý.")
    assert lab is not None and lab.bare and lab.name == "Nguyễn Thị Lan"


@pytest.mark.parametrize("line", ["Theo đó: các xã phải báo cáo.", "Tuy nhiên: chưa đủ.",
                                  "Hà Nội: nắng nóng kéo dài.", "Kết quả: đạt 90%.",
                                  "Ông bà ta có câu: “Có công mài sắt”.",
                                  "Năm 2024, huyện đạt nhiều kết quả: thu nhập tăng.",
                                  "Không có nhãn nào ở đây."])
def test_speech_labels_not_labels(line):
    assert parse_label(line) is None


@pytest.mark.parametrize("line,name", [("Hoàng Phúc thực hiện", "Hoàng Phúc"),
                                       ("Bài và ảnh: Đức Minh", "Đức Minh"),
                                       ("Thu Hà - Quốc Tuấn", "Thu Hà"),
                                       ("Lan Hương (TTXVN)", "Lan Hương"),
                                       ("Theo Vũ Hà (VOV)", "Vũ Hà"),
                                       ("Tin, ảnh: Hoàng Yến", "Hoàng Yến"),
                                       ("Tin: Minh Khang", "Minh Khang"),
                                       ("Bài: KHÁNH LINH - Ảnh: NVCC", "Khánh Linh"),
                                       ("Phỏng vấn: Lưu Kiều Hạnh", "Lưu Kiều Hạnh"),
                                       ("Phóng sự của HOÀNG NHÃ UYÊN", "Hoàng Nhã Uyên")])
def test_speech_labels_byline_author(line, name):
    assert byline_author(line) == name


@pytest.mark.parametrize("line", ["Theo Báo Nông thôn Ngày nay", "PV", "Nguồn: Bộ Y tế",
                                  "Hà Nội", "Theo Tuổi Trẻ", "Theo Hà Nội Mới",
                                  "Ảnh: Minh Đức", "Bài: TTXVN - Ảnh: Hà Nam"])
def test_speech_labels_byline_without_author(line):
    assert byline_author(line) is None


def _layout(parts):
    """Text and paragraph ranges/zones from (zone, line) parts separated by blank lines."""
    text, paras, zones = "", [], []
    for zone, line in parts:
        if text:
            text += "\n\n"
        paras.append((len(text), len(text) + len(line)))
        zones.append(zone)
        text += line
    return text, paras, zones


def test_speech_labels_turns_run_over_paragraphs_and_split_by_caption():
    text, paras, zones = _layout([
        ("TITLE", "Trồng rừng ở vùng cao"),
        ("BODY", "PV: Năm nay ông trồng được bao nhiêu?"),
        ("BODY", "Ông Lò Văn Hùng: Chúng tôi trồng được nhiều."),
        ("BODY", "Cây mọc tốt nhờ mưa đều."),
        ("CAPTION", "Người dân chăm cây. Ảnh: Minh Anh"),
        ("BODY", "Sang năm bản sẽ trồng thêm."),
        ("BODY", "PV: Cảm ơn ông!"),
        ("BYLINE", "Minh Anh"),
        ("BODY", "Một đoạn sau phần ký tên."),
    ])
    cast = Cast()
    turns = find_turns(text, paras, zones, cast, "Minh Anh")
    got = [(text[t.start:t.end], t.sid) for t in turns]
    names = {p.sid: p.name for p in cast.people}
    assert [(t, names[s]) for t, s in got] == [
        ("Năm nay ông trồng được bao nhiêu?", "Minh Anh"),
        ("Chúng tôi trồng được nhiều.\n\nCây mọc tốt nhờ mưa đều.", "Lò Văn Hùng"),
        ("Sang năm bản sẽ trồng thêm.", "Lò Văn Hùng"),
        ("Cảm ơn ông!", "Minh Anh"),
    ]


def test_speech_labels_interviewer_without_byline_is_phong_vien():
    text, paras, zones = _layout([("BODY", "PV: Xin chào."), ("BODY", "Bà Mai: Chào anh.")])
    cast = Cast()
    find_turns(text, paras, zones, cast, None)
    assert [p.name for p in cast.people] == ["Phóng viên", "Mai"]


def test_speech_labels_short_label_resolves_to_full_name():
    text, paras, zones = _layout([("BODY", "PV: Xin chào."),
                                  ("BODY", "Ông Hải: Chào anh.")])
    cast = Cast()
    cast.observe("Trần Văn Hải")
    find_turns(text, paras, zones, cast, None)
    assert cast.people[-1].name == "Trần Văn Hải"


def test_speech_labels_bare_name_needs_interview_context():
    text, paras, zones = _layout([("BODY", "Nguyễn Thị Lan: Tôi đồng ý."),
                                  ("BODY", "Câu tiếp theo.")])
    assert find_turns(text, paras, zones, Cast(), None) == []
    text, paras, zones = _layout([("BODY", "PV: Chị nghĩ sao?"),
                                  ("BODY", "Nguyễn Thị Lan: Tôi đồng ý.")])
    assert len(find_turns(text, paras, zones, Cast(), None)) == 2


def test_speech_labels_no_turns_before_first_label():
    text, paras, zones = _layout([("BODY", "Mở đầu bài phỏng vấn, không có nhãn."),
                                  ("BODY", "PV: Xin chào.")])
    turns = find_turns(text, paras, zones, Cast(), None)
    assert [text[t.start:t.end] for t in turns] == ["Xin chào."]


def _turn_texts(parts, interviewer=None):
    text, paras, zones = _layout(parts)
    cast = Cast()
    turns = find_turns(text, paras, zones, cast, interviewer)
    names = {p.sid: p.name for p in cast.people}
    return [(text[t.start:t.end], names[t.sid]) for t in turns]


def test_speech_labels_dash_question_and_closing_thanks_are_interviewer():
    got = _turn_texts([("BODY", "- Thưa ông, giá vàng sẽ ra sao?"),
                       ("BODY", "TS Lê Minh An: Sẽ còn biến động."),
                       ("BODY", "- Người dân nên làm gì?"),
                       ("BODY", "Ông An: Nên thận trọng."),
                       ("BODY", "Xin cảm ơn ông!")], "Thu Hà")
    assert got == [("Thưa ông, giá vàng sẽ ra sao?", "Thu Hà"),
                   ("Sẽ còn biến động.", "Lê Minh An"),
                   ("Người dân nên làm gì?", "Thu Hà"),
                   ("Nên thận trọng.", "Lê Minh An"),
                   ("Xin cảm ơn ông!", "Thu Hà")]


def test_speech_labels_dash_list_item_in_answer_is_not_a_question():
    got = _turn_texts([("BODY", "PV: Ông có đề xuất gì?"),
                       ("BODY", "Ông Lê Minh An: Có ba việc."),
                       ("BODY", "- Giảm thủ tục cho doanh nghiệp."),
                       ("BODY", "- Tăng vốn vay ưu đãi.")])
    assert got[-1] == ("Có ba việc.\n\n- Giảm thủ tục cho doanh nghiệp.\n\n- Tăng vốn vay ưu đãi.",
                       "Lê Minh An")


def test_speech_labels_unlabelled_question_before_answer_when_none_labelled():
    got = _turn_texts([("BODY", "Ông Lê Minh An: Chào anh."),
                       ("BODY", "Vì sao ông chọn nghề này?"),
                       ("BODY", "Ông Lê Minh An: Vì tôi thích.")])
    assert [name for _, name in got] == ["Lê Minh An", "Phóng viên", "Lê Minh An"]


def test_speech_labels_thanks_outside_interview_is_not_a_turn():
    assert _turn_texts([("BODY", "Cảm ơn anh đã đọc bài."), ("BODY", "Một đoạn khác.")]) == []


def test_speech_labels_interviewer_name_from_bylines():
    assert interviewer_name(["Ảnh: Minh Đức", "Bài: Hoàng Phúc"]) == "Hoàng Phúc"
    assert interviewer_name(["Nhóm PV"]) == "Nhóm PV"
    assert interviewer_name(["Nhóm PV thực hiện"]) == "Nhóm PV"
    assert interviewer_name(["Theo Tuổi Trẻ"]) is None
    assert interviewer_name([]) is None


def test_speech_labels_dash_questions_and_dash_answers():
    text, paras, zones = _layout([
        ("LEAD", "Ông Trần Đức Hậu chia sẻ về nghề nuôi ong."),
        ("BODY", "- Thưa ông, vì sao ông chọn nghề nuôi ong?"),
        ("BODY", "- Tôi thích sự cần mẫn của loài ong."),
        ("BODY", "- Nghề này có vất vả không?"),
        ("BODY", "- Rất vất vả, nhất là mùa mưa."),
        ("BODY", "- Một ý phụ trong câu trả lời."),
    ])
    cast = Cast()
    cast.observe("Trần Đức Hậu")
    turns = find_turns(text, paras, zones, cast, "Thu Hà")
    names = {p.sid: p.name for p in cast.people}
    assert [(text[t.start:t.end], names[t.sid]) for t in turns] == [
        ("Thưa ông, vì sao ông chọn nghề nuôi ong?", "Thu Hà"),
        ("Tôi thích sự cần mẫn của loài ong.", "Trần Đức Hậu"),
        ("Nghề này có vất vả không?", "Thu Hà"),
        ("Rất vất vả, nhất là mùa mưa.\n\n- Một ý phụ trong câu trả lời.", "Trần Đức Hậu"),
    ]


def test_speech_labels_unlabelled_question_among_labelled_ones():
    got = _turn_texts([("BODY", "PV: Ông bắt đầu từ khi nào?"),
                       ("BODY", "Ông Lê Minh An: Từ năm 2010."),
                       ("BODY", "Còn bây giờ thì sao?"),
                       ("BODY", "Ông Lê Minh An: Vẫn vậy.")])
    assert [name for _, name in got] == ["Phóng viên", "Lê Minh An", "Phóng viên", "Lê Minh An"]


def test_speech_labels_title_alone_resolves_to_the_person_with_that_role():
    text, paras, zones = _layout([
        ("LEAD", "Phóng viên trao đổi với ông Đỗ Văn Bình, Thứ trưởng Bộ Xây dựng."),
        ("BODY", "PV: Thưa Thứ trưởng, tiến độ ra sao?"),
        ("BODY", "Thứ trưởng: Đúng kế hoạch."),
    ])
    cast = Cast()
    cast.observe("Đỗ Văn Bình", "Thứ trưởng Bộ Xây dựng")
    turns = find_turns(text, paras, zones, cast, None)
    names = {p.sid: p.name for p in cast.people}
    assert [names[t.sid] for t in turns] == ["Phóng viên", "Đỗ Văn Bình"]
    assert parse_label("Thứ trưởng: Đúng kế hoạch.").kind == "title"


@pytest.mark.parametrize(("bylines", "expected"), [
    (["NHÓM PV"], "Nhóm PV"),
    (["Nhóm phóng viên"], "Nhóm phóng viên"),
    (["BAN THỜI SỰ"], "Ban Thời Sự"),
    (["MINH AN"], "Minh An"),
    (["Bài, ảnh: Thu Hà"], "Thu Hà"),
])
def test_speech_labels_interviewer_from_team_byline(bylines, expected):
    """A team byline names the interviewer as a team, abbreviations kept in capitals."""
    assert interviewer_name(bylines) == expected


def test_speech_labels_interviewer_is_the_author_saying_thuc_hien():
    assert interviewer_name(["HỒ SƠ DOANH NHÂN", "Minh Khuê (thực hiện)"]) == "Minh Khuê"
    assert interviewer_name(["Thu Hà", "Lê Minh"]) == "Thu Hà"


def test_speech_labels_another_paper_s_reporter_asks_for_the_paper():
    lab = parse_label("Phóng viên tờ Kicker: Ông có xoay tua đội hình không?")
    assert lab is not None and lab.kind == "person" and lab.name == "Kicker"
    lab = parse_label("Phóng viên Báo Lao Động: Ông có xoay tua đội hình không?")
    assert lab is not None and lab.kind == "interviewer" and lab.paper == "Lao Động"


def test_speech_labels_a_field_of_a_data_box_is_no_speaker():
    text = "\n\n".join(["Đội khách thắng sát nút trên sân Mỹ Đình",
                        "(HNM) - Tối qua, đội khách thắng 2-1 trên sân Mỹ Đình.",
                        "Ghi bàn: Hùng 12', Quân 80'", "Sân: Mỹ Đình | Khán giả: 12.000 người",
                        "Trận đấu diễn ra dưới mưa lớn.",
                        "Phóng viên: Anh đánh giá thế nào về trận đấu?",
                        "HLV Lê Văn Tâm: Các cầu thủ đã chơi rất kiên cường.", "Minh Anh"])
    doc = run_pipeline(new_document("s", text), ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    assert "Sân" not in names.values()
    assert [names[s.attrs["speaker"]] for s in doc.spans if s.label == "TURN"][-1] == "Lê Văn Tâm"


def test_speech_labels_the_site_named_alone_on_the_first_line_asks():
    text = "\n\n".join(["Saoviet\nGiải trí / Âm nhạc / Sao", "Lam Vy: “Tôi hát vì mẹ”",
                        "Sau hai năm, Lam Vy trở lại với album mới. Trò chuyện với Saoviet, nữ ca sĩ "
                        "kể về những ngày khó khăn.",
                        "Saoviet: Chào Vy! Cảm giác của chị thế nào?",
                        "Lam Vy: Mình vẫn chưa tin lắm, cảm ơn mọi người.",
                        "Saoviet: Album mới có gì khác?", "Lam Vy: Album có mười bài hát.",
                        "Gia Bảo"])
    doc = run_pipeline(new_document("s", text), ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    turns = [names[s.attrs["speaker"]] for s in doc.spans if s.label == "TURN"]
    assert len(turns) == 4 and turns[1] == turns[3] == "Lam Vy" and turns[0] != "Lam Vy"


@pytest.mark.parametrize("line,name", [("Em KHOA: Dạ rồi ạ.", "Khoa"), ("Cô HIỀN: Ban tổ chức trao giải.", "Hiền"),
                                       ("Em NGUYỄN ĐĂNG KHOA: Dạ, nhà em trồng sầu riêng.", "Nguyễn Đăng Khoa")])
def test_speech_labels_a_form_of_address_before_a_name_in_capitals(line, name):
    lab = parse_label(line)
    assert lab is not None and lab.kind == "person" and lab.name == name


def test_speech_labels_a_form_of_address_before_an_acronym_is_no_name():
    lab = parse_label("Ông UBND: x")
    assert lab is None or lab.name != "Ubnd"


def test_speech_labels_an_elder_addressed_as_gia():
    full = parse_label("Già Cầm Văn Nọi: Tôi năm nay 71 tuổi.")
    short = parse_label("Già Nọi: Bản tôi thuộc xã mới.")
    assert full is not None and full.name == "Cầm Văn Nọi"
    assert short is not None and short.name == "Nọi"
