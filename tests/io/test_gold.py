"""Tests of gold JSON reading and writing: stable bytes, atomic writes, clear errors."""

from __future__ import annotations

import json
import os

import pytest

from goldspan.io.atomic import atomic_write_bytes
from goldspan.io.gold import dumps_document, read_document, write_document
from goldspan.model.errors import GoldspanError


def test_gold_round_trip_is_byte_stable(tmp_path, small_doc):
    path = tmp_path / "small.json"
    write_document(small_doc, path)
    first = path.read_bytes()
    again = read_document(path)
    assert dumps_document(again) == first
    assert "Hà Nội".encode() in first  # not ASCII-escaped
    assert first.endswith(b"\n")


def test_gold_seed_round_trip_keeps_every_value(seed_gold_path, tmp_path):
    doc = read_document(seed_gold_path)
    out = tmp_path / "seed.json"
    write_document(doc, out)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        seed_gold_path.read_text(encoding="utf-8"))


def test_gold_atomic_write_leaves_old_file_on_failure(tmp_path, monkeypatch):
    path = tmp_path / "doc.json"
    path.write_bytes(b"old")

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.json"]  # no temp left


@pytest.mark.parametrize(
    "content, message",
    [
        (b'{"format": "goldspan.document", "id": "x", "te', "not valid JSON"),
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b'{"id": "\xff\xfe x"}', "not UTF-8"),
        (b'{"id": "x", "text": "abc", "text_sha256": "00", "version": 7}', "version 7 is newer"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"spans": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", "nested too deeply"),
    ],
)
def test_gold_bad_files_give_one_clear_message_and_stay_untouched(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    mtime = path.stat().st_mtime_ns
    with pytest.raises(GoldspanError) as info:
        read_document(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content and path.stat().st_mtime_ns == mtime


def test_gold_missing_file_and_folder(tmp_path):
    with pytest.raises(GoldspanError, match="no such"):
        read_document(tmp_path / "nope.json")
    with pytest.raises(GoldspanError, match="is a folder"):
        read_document(tmp_path)
