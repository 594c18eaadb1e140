"""The HTML report: self-contained, every section, every error kind with its context."""

from __future__ import annotations

from lxml import html as lxml_html

from goldspan.evaluate import Options, evaluate_documents
from goldspan.evaluate.report_html import render_report
from goldspan.evaluate.svg import bar_chart
from goldspan.model.document import Speaker
from tests.evaluate.helpers import doc_with


def _evaluation():
    sp = [Speaker(id="s1", name="Trần Thị Mai")]
    gold = doc_with([("zone", "TITLE", "Hội nghị tổng kết năm 2023 tại Đà Nẵng"),
                     ("entity", "LOC", "Đà Nẵng"), ("entity", "PER", "Trần Thị Mai"),
                     ("entity", "ORG", "Sở Giáo dục"),
                     ("figure", "PERCENT", "95%", {"value": 95}),
                     ("speech", "QUOTE", "ngành đạt 95% kế hoạch", {"speaker": "s1"})],
                    speakers=sp)
    pred = doc_with([("zone", "BODY", "Hội nghị tổng kết năm 2023 tại Đà Nẵng"),
                     ("entity", "ORG", "Đà Nẵng"), ("entity", "PER", "Trần Thị"),
                     ("entity", "MISC", "Lê Văn Hùng"),
                     ("figure", "PERCENT", "95%", {"value": 9.5}),
                     ("speech", "QUOTE", "ngành đạt 95% kế hoạch", {"speaker": "x"})],
                    speakers=[Speaker(id="x", name="Lê <b>Văn</b> Hùng")])
    return evaluate_documents([gold, doc_with([], doc_id="d2")], [pred],
                              Options(collect_errors=True))


def test_report_html_has_every_section_and_error_kind():
    page = render_report(_evaluation(), "Thử <nghiệm>")
    tree = lxml_html.fromstring(page)
    assert tree.findtext(".//title") == "Thử <nghiệm>"
    assert [h.text_content() for h in tree.iter("h2")] == [
        "Summary", "Scores by label", "Label confusion", "Documents", "Errors"]
    kinds = {e.text_content() for e in tree.xpath("//span[contains(@class, 'kind ')]")}
    assert kinds == {"missed", "spurious", "wrong label", "wrong boundary", "wrong value",
                     "wrong speaker"}
    marks = [m.text_content() for m in tree.iter("mark")]
    assert "Đà Nẵng" in marks and "95%" in marks
    assert "<b>Văn</b>" not in page  # speaker names are escaped
    assert not tree.xpath("//script | //link | //img | //@src")


def test_report_html_lists_documents_and_problems():
    page = render_report(_evaluation())
    tree = lxml_html.fromstring(page)
    statuses = [row.xpath("td")[1].text_content() for row in tree.xpath("//table[.//th["
                "text()='status']]//tr[td]")]
    assert statuses == ["ok", "missing"]
    assert "no prediction" in page
    confusion = tree.xpath("//h3[text()='entity']/following-sibling::table[1]")[0]
    assert "LOC" in confusion.text_content() and "NONE" in confusion.text_content()


def test_report_html_bar_chart_is_inline_svg():
    svg = bar_chart("Thực thể", {"PER": (1.0, 0.5, 0.667), "ORG": (0.0, 0.0, 0.0)})
    tree = lxml_html.fromstring(svg)
    assert tree.tag == "svg" and len(tree.xpath(".//rect")) == 3 + 6
    assert bar_chart("trống", {}) == ""
