"""Tests of the ``html`` importer on hand-written pages in several CMS layouts."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from goldspan.io.html_import import import_html, is_dateline
from goldspan.io.registry import importer_for
from goldspan.model.document import check_document

PAGES = Path(__file__).parent / "html_pages"
PAGE_FILES = sorted(PAGES.glob("*.html"))


def _expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))


def test_html_pages_are_at_least_five_layouts():
    assert len(PAGE_FILES) >= 5
    for page in PAGE_FILES:
        assert page.with_suffix(".expected.json").exists(), page


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.stem)
def test_html_import_blocks_and_zones(page: Path):
    doc = import_html(page)
    expected = _expected(page)
    assert [[s.label, s.text] for s in doc.spans] == expected["blocks"]
    assert doc.text == "\n\n".join(text for _, text in expected["blocks"])
    assert check_document(doc) == []
    assert all(s.layer == "zone" and s.source == "html@1" and s.review == "suggested"
               for s in doc.spans)


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.stem)
def test_html_import_meta(page: Path):
    doc = import_html(page)
    for key, value in _expected(page)["meta"].items():
        assert doc.meta.get(key) == value, key
    assert doc.meta["source"] == page.name
    assert doc.id == page.stem


def test_html_import_keeps_bold_interview_labels():
    doc = import_html(PAGES / "ldtd_interview.html")
    assert "\n\nPhóng viên: Thưa ông" in doc.text
    assert "Nghệ nhân Đỗ Văn Tâm: Lò này" in doc.text


def test_html_import_leaves_out_boilerplate():
    for page in PAGE_FILES:
        text = import_html(page).text
        for junk in ("Tin liên quan", "Tin khác", "Xem thêm", "Trang chủ", "bình luận",
                     "Có thể bạn quan tâm", "Đọc nhiều", "Xem nhiều", "quảng cáo", "Chia sẻ"):
            assert junk.lower() not in text.lower(), (page.name, junk)


def test_html_import_legacy_cp1258_is_nfc():
    raw = (PAGES / "legacy_cp1258.html").read_bytes()
    assert not unicodedata.is_normalized("NFC", raw.decode("cp1258"))  # the page is decomposed
    doc = import_html(PAGES / "legacy_cp1258.html")
    assert unicodedata.is_normalized("NFC", doc.text)
    assert "Hội thi nấu cơm" in doc.text


def test_html_import_broken_page_still_imports(tmp_path: Path):
    page = tmp_path / "cut.html"
    page.write_text("<html><body><h1>Phiên chợ quê<div><p>Chợ họp từ tờ mờ sáng, bán đủ thứ "
                    "rau củ của bà con trong xóm<p>Người mua tấp nập <b>đến tận trưa",
                    encoding="utf-8")
    doc = import_html(page)
    assert [s.label for s in doc.spans][0] == "TITLE"
    assert doc.spans[0].text == "Phiên chợ quê"
    assert "Người mua tấp nập đến tận trưa" in doc.text


def test_html_registry_picks_html_by_suffix(tmp_path: Path):
    assert importer_for(tmp_path / "a.html").name == "html"
    assert importer_for(tmp_path / "a.HTM").name == "html"


def test_html_import_meta_author_becomes_byline(tmp_path: Path):
    page = tmp_path / "meta_author.html"
    page.write_text('<html><head><meta name="author" content="Lê Hồng"></head><body>'
                    "<h1>Đường hoa ven hồ</h1><div class='content'><p>Con đường hoa dài hơn "
                    "một cây số được trồng xong trong tuần qua.</p></div></body></html>",
                    encoding="utf-8")
    doc = import_html(page)
    assert [(s.label, s.text) for s in doc.spans][-1] == ("BYLINE", "Lê Hồng")


def test_html_dateline_detects_dates_only():
    assert is_dateline("Cập nhật: 14/02/2019")
    assert is_dateline("Thứ hai, 20/5/2024, 06:00 (GMT+7)")
    assert not is_dateline("Ngày 20/5, trời mưa lớn")


def test_html_import_prefers_headline_over_logo_h1(tmp_path: Path):
    page = tmp_path / "logo.html"
    page.write_text('<html><head><meta property="og:title" content="Mùa lúa chín ở Mù Cang '
                    'Chải"></head><body><div class="logo"><h1><a href="/">Báo Núi Rừng</a></h1>'
                    "</div><div class='main'><h1>Mùa lúa chín ở Mù Cang Chải</h1><p>Những thửa "
                    "ruộng bậc thang chuyển sang màu vàng từ giữa tháng chín.</p></div></body>"
                    "</html>", encoding="utf-8")
    doc = import_html(page)
    assert [(s.label, s.text) for s in doc.spans][:2] == [
        ("TITLE", "Mùa lúa chín ở Mù Cang Chải"),
        ("BODY", "Những thửa ruộng bậc thang chuyển sang màu vàng từ giữa tháng chín.")]


def test_html_import_headline_with_line_break_is_one_title(tmp_path: Path):
    page = tmp_path / "br.html"
    page.write_text("<html><body><h1>Hà Giang:<br>mùa hoa <em>tam giác mạch</em></h1>"
                    "<div><p>Hoa nở trắng các sườn đồi từ đầu tháng mười một năm nay.</p></div>"
                    "</body></html>", encoding="utf-8")
    assert import_html(page).spans[0].text == "Hà Giang: mùa hoa tam giác mạch"


def test_html_import_br_paragraphs_in_table_cell(tmp_path: Path):
    page = tmp_path / "cell.html"
    page.write_text(
        "<html><head><title>Đêm hội trăng rằm</title></head><body><table><tr>"
        "<td class='left'><a href='/a'>Thời sự</a><br><a href='/b'>Văn hóa</a></td>"
        "<td>Đêm hội trăng rằm<br><br>Tối qua, hơn 2.000 em nhỏ trong phường đã rước đèn quanh "
        "hồ.<br><br>Ban tổ chức trao 50 phần quà cho các em có hoàn cảnh khó khăn.</td>"
        "</tr></table></body></html>", encoding="utf-8")
    doc = import_html(page)
    assert [(s.label, s.text) for s in doc.spans] == [
        ("TITLE", "Đêm hội trăng rằm"),
        ("BODY", "Tối qua, hơn 2.000 em nhỏ trong phường đã rước đèn quanh hồ."),
        ("BODY", "Ban tổ chức trao 50 phần quà cho các em có hoàn cảnh khó khăn.")]


def test_html_import_teaser_descriptions_are_not_the_lead(tmp_path: Path):
    page = tmp_path / "teaser.html"
    page.write_text(
        "<html><body><h1>Cầu mới bắc qua sông Hậu</h1><div class='content'>"
        "<p>Cây cầu dài 2,7 km dự kiến thông xe vào cuối năm sau.</p>"
        "<p>Nhà thầu cho biết đã hoàn thành 80% khối lượng trụ cầu.</p>"
        "<div class='sapo'>Đoạn này là một đoạn trích dẫn dài nằm giữa bài viết.</div></div>"
        "<div class='list'><div class='description'>Một bài khác về giao thông miền Tây "
        "được nhiều người đọc.</div></div></body></html>", encoding="utf-8")
    labels = [(s.label, s.text[:12]) for s in import_html(page).spans]
    assert "LEAD" not in [label for label, _ in labels]
    assert ("BODY", "Đoạn này là ") in labels
    assert all(not text.startswith("Một bài khác") for _, text in labels)
