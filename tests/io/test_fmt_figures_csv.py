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


def test_figures_csv_cells_a_spreadsheet_would_run_are_quoted(tmp_path: Path):
    from goldspan.model.document import Span, new_document

    text = "- Giá lúa tăng 5% so với năm ngoái.\n=HYPERLINK(\"x\") giảm 3 tấn."
    doc = new_document("phong-van", text)
    for n, (sub, value) in enumerate((("5%", 5), ("3 tấn", -3)), 1):
        start = text.index(sub)
        doc.spans.append(Span(id=f"f{n}", layer="figure", label="QUANTITY", start=start,
                              end=start + len(sub), text=sub, attrs={"value": value}))
    out = tmp_path / "f.csv"
    write_figures_csv([doc], out)
    rows = list(csv.DictReader(out.read_bytes().decode("utf-8-sig").splitlines()))
    assert rows[0]["sentence"] == "'- Giá lúa tăng 5% so với năm ngoái."
    assert rows[1]["sentence"] == "'=HYPERLINK(\"x\") giảm 3 tấn."
    assert (rows[0]["value"], rows[1]["value"]) == ("5", "-3")  # numbers stay numbers
