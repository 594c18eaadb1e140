"""Tests of plain-text import: encodings, newlines, NFC, ids and errors."""

from __future__ import annotations

import codecs

import pytest

from goldspan.io.text_import import import_text
from goldspan.model.errors import GoldspanError

TEXT = "Tiêu đề bài báo\n\nĐoạn thứ nhất có 12 người.\nĐoạn hai."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with BOM
    TEXT.replace("\n", "\r\n").encode("utf-8"),
    TEXT.replace("\n", "\r").encode("utf-8"),
])
def test_text_import_accepts_encodings_and_newlines(tmp_path, data):
    path = tmp_path / "bai-01.txt"
    path.write_bytes(data)
    doc = import_text(path)
    assert doc.text == TEXT
    assert doc.id == "bai-01"
    assert doc.meta["title"] == "Tiêu đề bài báo"
    assert doc.meta["source"] == "bai-01.txt"
    assert doc.status == "todo" and doc.spans == []


def test_text_import_normalizes_nfc_only(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Ho\u0302\u0300ng  có\ttab  \n", encoding="utf-8")
    assert import_text(path).text == "Hồng  có\ttab  \n"


def test_text_import_title_is_nfc_like_the_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Ho\u0302\u0300ng Lĩnh\n\nThân bài.", encoding="utf-8")
    doc = import_text(path)
    assert doc.meta["title"] == "Hồng Lĩnh" == doc.text[:9]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le"])
def test_text_import_explicit_encoding_drops_the_byte_order_mark(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(("\ufeff" + TEXT).encode(encoding))
    doc = import_text(path, encoding=encoding)
    assert doc.text == TEXT and doc.meta["title"] == "Tiêu đề bài báo"


def test_text_import_rejects_non_utf8_with_hint(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes("Hà Nôi".encode("cp1252"))
    with pytest.raises(GoldspanError, match="--encoding") as info:
        import_text(path)
    assert str(path) in str(info.value)
    assert import_text(path, encoding="cp1252").text == "Hà Nôi"


def test_text_import_rejects_binary_and_empty(tmp_path):
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02abc")
    with pytest.raises(GoldspanError, match="binary"):
        import_text(binary)
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"  \n\n")
    with pytest.raises(GoldspanError, match="empty"):
        import_text(empty)


def test_text_import_seed_text_equals_gold_text(seed_text_path, seed_gold_path):
    from goldspan.io.gold import read_document

    assert import_text(seed_text_path).text == read_document(seed_gold_path).text
