"""Tests of the ``speech`` extractor end to end, its cast, and the seed gold scores."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldspan.extract.registry import get, run_pipeline
from goldspan.extract.speech_cast import Cast, name_at_end, split_name
from goldspan.io.gold import read_document
from goldspan.model.document import new_document

INTERVIEW = "\n\n".join([
    "Giữ rừng đầu nguồn bằng hương ước",
    "(NTM) - Trao đổi với phóng viên, ông Lò Văn Hùng, Trưởng bản Pá Khôm, cho biết bản đã "
    "giữ được rừng nhờ hương ước mới.",
    "Phóng viên: Hương ước của bản có gì mới, thưa ông?",
    "Ông Hùng: Mỗi hộ nhận một khoảnh rừng để trông.",
    "Ai để cháy rừng thì phải trồng lại.",
    "Phóng viên: Cảm ơn ông!",
    "Thanh Tâm thực hiện",
    "Tin khác",
    "Ông Nguyễn Văn Tư cho biết giá lúa tăng mạnh trong vụ này.",
])


def extract(text):
    doc = new_document("t", text)
    run_pipeline(doc, ["zones", "speech"])
    names = {s.id: s.name for s in doc.speakers}
    return doc, [(s.label, s.text, names.get(s.attrs["speaker"]), s.attrs.get("kind"))
                 for s in doc.spans if s.layer == "speech"]


def test_speech_is_registered_and_requires_zones():
    ex = get("speech")
    assert ex.key == "speech@1" and ex.requires == ("zone",) and ex.produces == ("speech",)


def test_speech_interview_turns_cast_and_lead_quote():
    doc, got = extract(INTERVIEW)
    assert got == [
        ("QUOTE", "bản đã giữ được rừng nhờ hương ước mới", "Lò Văn Hùng", "indirect"),
        ("TURN", "Hương ước của bản có gì mới, thưa ông?", "Thanh Tâm", None),
        ("TURN", "Mỗi hộ nhận một khoảnh rừng để trông.\n\nAi để cháy rừng thì phải trồng lại.",
         "Lò Văn Hùng", None),
        ("TURN", "Cảm ơn ông!", "Thanh Tâm", None),
    ]
    roles = {s.name: s.role for s in doc.speakers}
    assert roles == {"Lò Văn Hùng": "Trưởng bản Pá Khôm", "Thanh Tâm": "Phóng viên"}


def test_speech_nothing_in_boilerplate():
    _, got = extract(INTERVIEW)
    assert all("giá lúa" not in t for _, t, _, _ in got)


def test_speech_spans_have_speakers_in_the_document():
    doc, _ = extract(INTERVIEW)
    ids = {s.id for s in doc.speakers}
    for span in doc.layer_spans("speech"):
        assert span.attrs["speaker"] in ids and span.source == "speech@1"
        assert doc.text[span.start:span.end] == span.text


def test_speech_pronoun_resolves_to_last_person_mentioned():
    text = "\n\n".join([
        "Nông dân giỏi của xã",
        "Anh Vàng A Pao là nông dân giỏi nhiều năm liền của xã vùng cao.",
        "Năm nay đàn bò của gia đình tăng lên. Anh cho biết sẽ mở rộng chuồng trại.",
    ])
    _, got = extract(text)
    assert got == [("QUOTE", "sẽ mở rộng chuồng trại", "Vàng A Pao", "indirect")]


def test_speech_short_reference_resolves_to_full_name():
    text = "\n\n".join([
        "Giá chè tăng",
        "Ông Trần Văn Hải là chủ một hợp tác xã chè lâu năm ở vùng này.",
        '"Năm nay giá chè tốt hơn hẳn", ông Hải nói.',
    ])
    doc, got = extract(text)
    assert got == [("QUOTE", "Năm nay giá chè tốt hơn hẳn", "Trần Văn Hải", "direct")]
    assert [s.name for s in doc.speakers] == ["Trần Văn Hải"]


def test_speech_without_zones_uses_whole_text():
    doc = new_document("t", "Bà Lê Thị Hạnh cho biết chợ sẽ mở cửa lại từ tuần sau.")
    result = get("speech").extract(doc)
    assert [s.label for s in result.spans] == ["QUOTE"]


def test_speech_cast_split_name_prefers_common_surname():
    assert split_name("Hà Nội Lê Quang Long", False) == "Lê Quang Long"
    assert split_name("Hà Nội", False) is None
    assert split_name("Hải", True) == "Hải" and split_name("Hải", False) is None


def test_speech_cast_name_at_end_with_title_and_org_guard():
    text = "Thứ trưởng Bộ Tài chính Ngô Minh Đức"
    ref = name_at_end(text, len(text))
    assert ref.name == "Ngô Minh Đức" and ref.role_start == 0
    assert name_at_end("Sở Y tế Bình Định", 17) is None


def test_speech_cast_one_speaker_per_person():
    cast = Cast()
    cast.observe("Trần Văn Hải")
    a = cast.speaker("Hải")
    b = cast.speaker("Trần Văn Hải", "Giám đốc")
    assert a is b and a.role == "Giám đốc" and len(cast.people) == 1


def _scorer():
    path = Path(__file__).resolve().parents[2] / "bench" / "score_zones_speech.py"
    spec = importlib.util.spec_from_file_location("score_zones_speech", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_speech_seed_gold_targets(seed_gold_path):
    scorer = _scorer()
    scores = scorer.score_files([seed_gold_path], verbose=False)
    assert scores["zone_accuracy"] >= 0.95
    assert scores["speech_attribution_f1"] >= 0.90


def test_speech_scorer_counts_jaccard_and_names():
    scorer = _scorer()
    gold = read_document_from_text()
    pred = gold.model_copy(deep=True)
    assert scorer.speech_scores(gold, pred)["attribution"] == (1, 0, 0)
    pred.speakers[0].name = "Người khác"
    assert scorer.speech_scores(gold, pred) == {"span": (1, 0, 0), "attribution": (0, 1, 1)}
    pred.spans[-1].start = pred.spans[-1].end - 2
    assert scorer.speech_scores(gold, pred)["span"] == (0, 1, 1)


def read_document_from_text():
    from goldspan.model.document import Span, Speaker
    text = "Tiêu đề\n\nÔng Lê Văn Bảy cho biết chợ sẽ mở cửa lại."
    doc = new_document("g", text)
    doc.speakers.append(Speaker(id="s1", name="Lê Văn Bảy"))
    start = text.index("chợ")
    doc.spans.append(Span(id="q1", layer="speech", label="QUOTE", start=start,
                          end=len(text) - 1, text=text[start:-1],
                          attrs={"speaker": "s1", "kind": "indirect"}))
    return doc


@pytest.mark.parametrize("layer", ["zone", "speech"])
def test_speech_seed_extraction_matches_gold_spans(seed_gold_path, layer):
    gold = read_document(seed_gold_path)
    doc = new_document(gold.id, gold.text)
    run_pipeline(doc, ["zones", "speech"])
    want = {(s.label, s.start, s.end) for s in gold.spans if s.layer == layer}
    got = {(s.label, s.start, s.end) for s in doc.spans if s.layer == layer}
    assert len(want & got) >= 0.95 * len(want)


def test_speech_cast_name_after_organisation_needs_a_surname():
    assert split_name("Sở Nông", True) is None
    assert split_name("Bộ Công Thương Nguyễn Hồng Diên", True) == "Nguyễn Hồng Diên"


_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠĐƯƠÔ Hà Nội ông bà PV: “”\"().,-–\n:?!Ảnh"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=400))
def test_speech_and_zones_spans_are_valid_on_any_text(text):
    doc = new_document("fuzz", text)
    run_pipeline(doc, ["zones", "speech"])
    ids = {s.id for s in doc.speakers}
    for span in doc.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
        if span.layer == "speech":
            assert span.attrs["speaker"] in ids


def test_speech_cast_foreign_names_without_title():
    from goldspan.extract.speech_cast import is_foreign
    assert split_name("Marcus Lindqvist", False) == "Marcus Lindqvist"
    assert split_name("Vietcombank Hà Nội", False) is None
    assert is_foreign("Lindqvist") and not is_foreign("Nguyễn") and not is_foreign("Nghĩa")
    text = "\n\n".join(["Hợp tác khí hậu",
                        "Marcus Lindqvist cho biết quỹ sẽ tài trợ thêm cho các tỉnh ven biển."])
    _, got = extract(text)
    assert got == [("QUOTE", "quỹ sẽ tài trợ thêm cho các tỉnh ven biển", "Marcus Lindqvist",
                    "indirect")]
