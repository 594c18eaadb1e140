"""The figures-csv exporter: one row per figure with its speaker and sentence."""

from __future__ import annotations

import csv
from pathlib import Path

from goldspan.io.formats.figures_csv import COLUMNS, write_figures_csv
from tests.io.test_fmt_roundtrip import interview_doc


def test_figures_csv_rows(tmp_path: Path, small_doc):
    out = tmp_path / "f.csv"
    write_figures_csv([interview_doc(), small_doc], out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read it as UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(rows[0]) == COLUMNS
    assert [(r["document"], r["text"], r["label"], r["value"], r["unit"], r["speaker"])
            for r in rows] == [
        ("ben-song", "10 ngày", "QUANTITY", "10", "ngày", "Lý Văn Sáu"),
        ("ben-song", "50.000 đồng/kg", "MONEY", "50000", "đồng/kg", "Lý Văn Sáu"),
        ("small", "92 đảng viên", "QUANTITY", "92", "đảng viên", ""),
    ]
    assert rows[1]["sentence"] == "Cá linh về nhiều, giá 50.000 đồng/kg."
    assert rows[2]["sentence"] == "Hà Nội có 92 đảng viên 😀"
