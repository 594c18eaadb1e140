"""Tests of ``speech_cast``: speed shortcuts against their slow originals, and name reading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldspan.extract.speech_cast import (
    Cast,
    _may_end_with_prefix,
    lexicon,
    name_at_end,
    prefix_re,
)


def _prefix_words() -> list[str]:
    lex = lexicon()
    return sorted(lex["honorifics"] + lex["titles"])


_PIECES = st.one_of(
    st.sampled_from(_prefix_words()),
    st.sampled_from(_prefix_words()).map(str.upper),
    st.sampled_from(_prefix_words()).map(str.title),
    st.sampled_from(["Hà Nội", "cho biết", "xã", "Sở", "và", "ông.", "(", ",", ";", ":", "–",
                     "-", ".", "  ", "\n", "\u00a0", "Bộ trưởng.", "(Ông", ",bà"]),
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=6),
       st.lists(st.sampled_from([" ", "", "  ", "\t", "\u00a0", "(", ","]), min_size=6,
                max_size=6),
       st.sampled_from(["", " ", "  ", ". ", "\n"]))
def test_speech_cast_prefix_precheck_never_rejects_a_match(pieces, seps, tail):
    """Whenever ``prefix_re`` matches, the cheap test lets the search run."""
    head = "".join(p + s for p, s in zip(pieces, seps, strict=False)) + tail
    if prefix_re().search(head) is not None:
        assert _may_end_with_prefix(head), repr(head)


def test_speech_cast_prefix_precheck_examples():
    """Honorifics and titles at the end pass; other endings are rejected cheaply."""
    assert _may_end_with_prefix("Theo ông ")
    assert _may_end_with_prefix("phát biểu của Bộ trưởng ")
    assert _may_end_with_prefix("(Ông. ")
    assert _may_end_with_prefix("cho biết,bà ")
    assert not _may_end_with_prefix("Theo ông")  # no space after it: no prefix
    assert not _may_end_with_prefix("tại Hà Nội ")
    assert not _may_end_with_prefix("")


@pytest.mark.parametrize("sentence,name", [
    ("Tổng thống Mỹ Donald Trump cho biết", "Donald Trump"),
    ("Thủ tướng Nhật Bản Shigeru Ishiba nói", "Shigeru Ishiba"),
    ("Tổng thống Hàn Quốc Lee Jae-myung cho biết", "Lee Jae-myung"),
    ("Bộ trưởng Năng lượng Ả-rập Xê-út Abdulaziz bin Salman cho biết", "Abdulaziz bin Salman"),
    ("Ông Pieter de Vries cho biết", "Pieter de Vries"),
    ("Thủ tướng Trung Quốc Lý Cường cho biết", "Lý Cường"),
    ("Bà Mỹ Linh cho biết", "Mỹ Linh"),
    ("Ông Hàn Văn Tú cho biết", "Hàn Văn Tú"),
])
def test_speech_cast_foreign_names_after_a_country_and_with_particles(sentence, name):
    end = sentence.rindex(" cho biết") if " cho biết" in sentence else sentence.rindex(" nói")
    ref = name_at_end(sentence, end)
    assert ref is not None and ref.name == name


def test_speech_cast_foreign_first_name_resolves_to_the_full_name():
    cast = Cast()
    cast.observe("Abdulaziz bin Salman")
    assert cast.full_name("Abdulaziz") == "Abdulaziz bin Salman"
    cast.observe("Trần Văn Hải")
    assert cast.full_name("Trần") == "Trần"  # a Vietnamese surname alone names nobody


def test_speech_cast_real_name_before_a_birth_order_nickname():
    cast = Cast()
    cast.observe("Út Hạnh")
    cast.observe("Nguyễn Thị Mỹ Hạnh")
    assert cast.full_name("Hạnh") == "Nguyễn Thị Mỹ Hạnh"
    cast = Cast()
    cast.observe("Út Hạnh")
    assert cast.full_name("Hạnh") == "Út Hạnh"


def test_speech_cast_state_name_after_a_title_is_no_person():
    from goldspan.extract.speech_mentions import mentions
    text = ("Chủ tịch nước Nguyễn Quang Hiển đã hội đàm với Tổng thống Cộng hòa Phần Lan Mikael "
            "Virtanen.")
    cast = Cast()
    _pos, names = mentions(text, [(0, len(text))], cast)
    assert "Cộng" not in names
    assert cast.roles.get("Mikael Virtanen") == "Tổng thống Cộng hòa Phần Lan"


@pytest.mark.parametrize("window,epithet", [
    ("Nữ nhà khoa học", True), ("Chàng trai xứ dừa", True), ("Người phụ nữ này", True),
    ("Vị quản lý cửa hàng", True), ("Cô gái quê Nghệ An", True),
    ("Người nông dân Ê Đê này", True), ("Người dân", False), ("Nông dân", False),
    ("Giá tăng vì nông dân", False),
])
def test_speech_cast_epithet_standing_for_a_person(window, epithet):
    from goldspan.extract.speech_cast import _epithet_at_end
    assert (_epithet_at_end(window, 0) is not None) is epithet


def test_speech_cast_foreign_family_name_first_stands_for_the_full_name():
    from goldspan.extract.speech_cast import Cast
    cast = Cast()
    cast.speaker("Sato Mizuki")
    assert cast.full_name("Sato") == "Sato Mizuki"
    cast.speaker("Hoa Lan")
    assert cast.full_name("Hoa") != "Hoa Lan"  # a Vietnamese name: no foreign word after it


def test_speech_cast_words_of_two_syllables_are_foreign():
    from goldspan.extract.speech_cast import is_foreign
    for word in ("Catherine", "Doyle", "Mulenga", "Lindqvist"):
        assert is_foreign(word)
    for word in ("Nguyễn", "khuya", "giêng", "Hoàng", "Quyết", "Phương", "Điểu"):
        assert not is_foreign(word)
