"""Safety of HTML parsing: external entities, entity bombs, size limit, no network."""

from __future__ import annotations

from pathlib import Path

import pytest

from goldspan.io.html_import import import_html
from goldspan.io.html_safe import (
    MAX_HTML_BYTES,
    decode_html,
    make_parser,
    strip_declarations,
)
from goldspan.model.errors import GoldspanError

SECRET = "MẬT-KHẨU-KHÔNG-ĐƯỢC-LỘ-4711"


def test_html_safety_external_entity_does_not_read_local_file(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    page = tmp_path / "xxe.html"
    page.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY xxe SYSTEM "file://{secret}">\n'
        f'<!ENTITY rel SYSTEM "{secret.name}">\n]>\n'
        "<html><body><h1>Tin thời tiết &xxe;</h1><div class='content'>"
        "<p>Hôm nay trời nắng nhẹ ở khắp các tỉnh phía bắc &xxe; &rel;.</p>"
        "<p>Chiều tối có thể có mưa rào rải rác ở vùng núi.</p></div></body></html>",
        encoding="utf-8")
    doc = import_html(page)
    assert SECRET not in doc.text
    assert "]>" not in doc.text and "ENTITY" not in doc.text  # no declaration residue
    assert all(SECRET not in str(v) for v in doc.meta.values())
    assert "Hôm nay trời nắng nhẹ" in doc.text


def test_html_safety_billion_laughs_does_not_expand(tmp_path: Path):
    entities = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = f"&lol{i - 1};" if i > 1 else "&lol;"
        entities.append(f'<!ENTITY lol{i} "{prev * 10}">')
    page = tmp_path / "bomb.html"
    page.write_text("<!DOCTYPE html [\n" + "\n".join(entities) + "\n]>\n"
                    "<html><body><h1>Bản tin &lol9;</h1><div class='content'>"
                    "<p>Giá lúa tăng nhẹ trong tuần này tại các tỉnh miền Tây &lol9;.</p>"
                    "</div></body></html>", encoding="utf-8")
    doc = import_html(page)
    assert len(doc.text) < 500
    assert "lollol" not in doc.text
    assert "Giá lúa tăng nhẹ" in doc.text


def test_html_safety_strip_declarations_removes_entities():
    src = '<!DOCTYPE html [<!ENTITY a "b">]><html><body>x</body></html>'
    out = strip_declarations(src)
    assert "ENTITY" not in out and out.startswith("<!DOCTYPE html>")


def test_html_safety_parser_settings():
    parser = make_parser()
    # The settings are private in lxml; a page that asks for a network DTD must not hang or
    # fetch: parsing a remote-DTD page returns at once with the text.
    from lxml import html
    root = html.document_fromstring(
        '<!DOCTYPE html SYSTEM "http://192.0.2.1/x.dtd"><html><body><p>chữ</p></body></html>',
        parser=parser)
    assert root.text_content() == "chữ"


def test_html_safety_refuses_pages_over_20_mb(tmp_path: Path):
    page = tmp_path / "huge.html"
    with page.open("wb") as fh:
        fh.truncate(MAX_HTML_BYTES + 1)
    with pytest.raises(GoldspanError, match="20 MB") as info:
        import_html(page)
    assert str(page) in str(info.value)


def test_html_safety_missing_and_empty_pages(tmp_path: Path):
    with pytest.raises(GoldspanError, match="no such HTML file"):
        import_html(tmp_path / "nope.html")
    empty = tmp_path / "empty.html"
    empty.write_text("   ", encoding="utf-8")
    with pytest.raises(GoldspanError, match="empty"):
        import_html(empty)
    bare = tmp_path / "bare.html"
    bare.write_text("<html><body><nav>Trang chủ</nav></body></html>", encoding="utf-8")
    with pytest.raises(GoldspanError, match="no article text"):
        import_html(bare)


@pytest.mark.parametrize("charset", ["zlib", "base64", "utf-16", "UTF-32", "khong-co"])
def test_html_safety_meta_charset_that_cannot_apply_reads_utf8(charset: str):
    page = (f'<html><head><meta charset="{charset}"></head>'
            "<body><p>Đường về bản</p></body></html>").encode()
    assert "Đường về bản" in decode_html(page)


def test_html_safety_meta_charset_windows_page_keeps_its_encoding():
    page = ('<html><head><meta charset="windows-1252"></head>'
            "<body><p>Café à Hội An</p></body></html>").encode("cp1252", errors="ignore")
    assert "Café à H" in decode_html(page)
