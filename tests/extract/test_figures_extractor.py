"""The registered ``figures`` extractor: wiring, content zones, and scores on gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from goldspan.extract.figures_score import diff_figures, load_golds, predict, score_figures
from goldspan.extract.registry import available, get, run_pipeline
from goldspan.io.gold import read_document
from goldspan.model.document import Span, check_document, new_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _zone(doc, label: str, line: str, n: int) -> Span:
    start = doc.text.index(line)
    return Span(id=f"z{n}", layer="zone", label=label, start=start,
                end=start + len(line), text=line)


def test_figures_extractor_registered_with_contract() -> None:
    ext = get("figures")
    assert "figures" in available()
    assert ext.key == "figures@1"
    assert ext.produces == ("figure",) and ext.requires == ("zone",)


def test_figures_extractor_only_in_content_zones() -> None:
    body = "Xã có 92 đảng viên và 5 triệu đồng quỹ."
    boiler = "Tin khác: Hà Nội thêm 46 ca mắc mới."
    doc = new_document("z", f"{body}\n{boiler}")
    doc.spans += [_zone(doc, "BODY", body, 1), _zone(doc, "BOILERPLATE", boiler, 2)]
    run_pipeline(doc, ["figures"])
    figures = [s for s in doc.spans if s.layer == "figure"]
    assert [s.text for s in figures] == ["92 đảng viên", "5 triệu đồng"]
    assert all(s.source == "figures@1" and s.review == "suggested" for s in figures)
    assert check_document(doc) == []


def test_figures_extractor_without_zones_reads_whole_text() -> None:
    doc = new_document("n", "Có 3 hộ.\nThêm 4 hộ.")
    run_pipeline(doc, ["figures"])
    assert [s.attrs for s in doc.spans if s.layer == "figure"] == [
        {"value": 3, "unit": "hộ"}, {"value": 4, "unit": "hộ"}]


def test_figures_extractor_does_not_modify_input() -> None:
    doc = new_document("r", "Năm 2020 có 12 hộ.")
    before = doc.model_dump()
    result = get("figures").extract(doc)
    assert doc.model_dump() == before
    assert [s.text for s in result.spans] == ["Năm 2020", "12 hộ"]


def test_figures_score_counts_hits_misses_and_values() -> None:
    doc = new_document("s", "Có 92 đảng viên và gần 10 hộ.")
    doc.spans.append(Span(id="f1", layer="figure", label="QUANTITY", start=3, end=15,
                          text="92 đảng viên", attrs={"value": 90, "unit": "đảng viên"}))
    score = score_figures([doc])
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)
    assert score.value_accuracy == 0.0
    missed, false, wrong = diff_figures(doc, predict(doc))
    assert missed == [] and [s.text for s in false] == ["gần 10 hộ"] and len(wrong) == 1


def test_figures_seed_gold_scores(seed_gold_path) -> None:
    gold = read_document(seed_gold_path)
    for zones in ("gold", "pipeline"):
        score = score_figures([gold], zones)
        assert score.f1 >= 0.95, (zones, score.misses)
        assert score.value_accuracy >= 0.95, (zones, score.misses)


def test_figures_dev_corpus_scores() -> None:
    dev = CORPUS / "dev"
    if not dev.is_dir() or not any(dev.rglob("*.json")):
        pytest.skip("tests/corpus/dev is not present yet")
    score = score_figures(load_golds([str(dev)]))
    assert score.f1 >= 0.90, score.misses[:30]
    assert score.value_accuracy >= 0.95, score.misses[:30]


def test_figures_score_cli_reports_bad_input(tmp_path, capsys) -> None:
    from goldspan.extract.figures_score import main

    bad = tmp_path / "bad.json"
    bad.write_text('{"x": 1}', encoding="utf-8")
    assert main([str(bad)]) == 2
    assert "bad.json" in capsys.readouterr().err
    assert main([]) == 2


def _clock_doc(body: str):
    text = ("Phiên chợ việc làm cuối năm\n\n(TTV) - Sáng 14/11, phường tổ chức phiên chợ việc "
            "làm.\n\n" + body)
    return run_pipeline(new_document("c", text), ["zones", "figures"])


def test_figures_extractor_clock_time_alone_takes_the_lead_date() -> None:
    doc = _clock_doc("Có mặt từ 7h30, nhiều người đã xếp hàng. Lúc 8h tối, chợ đóng cửa.")
    got = [(s.text, s.attrs["value"]) for s in doc.spans if s.layer == "figure"]
    assert got == [("Sáng 14/11", "XXXX-11-14"), ("7h30", "XXXX-11-14T07:30"),
                   ("8h tối", "XXXX-11-14T20:00")]


def test_figures_extractor_clock_time_on_another_day_or_without_lead_date() -> None:
    doc = _clock_doc("Đến 7h sáng hôm sau mới xong; lúc 9h sáng nay lại mở.")
    assert [s.text for s in doc.spans if s.layer == "figure"] == ["Sáng 14/11"]
    bare = run_pipeline(new_document("n", "Chợ việc làm\n\n(TTV) - Phường mở chợ việc làm.\n\n"
                                          "Có mặt từ 7h30, nhiều người chờ."), ["zones", "figures"])
    assert [s.text for s in bare.spans if s.layer == "figure"] == []


def test_figures_extractor_opening_hours_are_one_interval_on_the_lead_date() -> None:
    doc = _clock_doc("Quầy mở từ 7h đến 16h30 với năm bàn tư vấn.")
    got = [(s.text, s.attrs["value"]) for s in doc.spans if s.layer == "figure"][1]
    assert got == ("từ 7h đến 16h30", "XXXX-11-14T07:00/XXXX-11-14T16:30")


def test_figures_extractor_opening_hours_that_recur_are_on_no_day() -> None:
    doc = _clock_doc("Quầy khám ngoài giờ từ 16h30 đến 20h các ngày trong tuần; thư viện mở từ 8h đến "
                     "21h hằng ngày.")
    got = [(s.text, s.attrs["value"]) for s in doc.spans if s.layer == "figure"][1:]
    assert got == [("từ 16h30 đến 20h", "XXXX-XX-XXT16:30/XXXX-XX-XXT20:00"),
                   ("từ 8h đến 21h", "XXXX-XX-XXT08:00/XXXX-XX-XXT21:00")]
