"""Time the html importer on large generated pages.

Usage: ``python bench/html_import_speed.py [PARAGRAPHS]`` (default 3000). Builds a page
with PARAGRAPHS body paragraphs, deep wrapper nesting, captions and a long related-links
box, writes it to a temporary file and prints its size and the import time.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from goldspan.io.html_import import import_html


def make_page(paragraphs: int) -> str:
    """A synthetic article page of about ``paragraphs`` body paragraphs."""
    body = []
    for i in range(paragraphs):
        body.append(f"<p>Đoạn {i}: <strong>Phóng viên:</strong> bà con trong xã đã thu hoạch "
                    f"xong {i} ha lúa, năng suất đạt khoảng 6 tấn mỗi ha.</p>")
        if i % 50 == 0:
            body.append(f"<figure><img src='a{i}.jpg'><figcaption>Ảnh số {i} trên cánh đồng"
                        "</figcaption></figure>")
    related = "".join(f"<li><a href='/r{i}'>Tin liên quan số {i}</a></li>" for i in range(5000))
    wrap_open = "<div class='wrap'>" * 60
    wrap_close = "</div>" * 60
    return (f"<html><head><title>Trang thử</title></head><body><nav>Trang chủ</nav>"
            f"{wrap_open}<h1>Mùa gặt</h1><div class='sapo'>Mùa gặt năm nay đến sớm.</div>"
            f"<div class='content'>{''.join(body)}</div>"
            f"<div class='box-related'><h3>Tin liên quan</h3><ul>{related}</ul></div>"
            f"{wrap_close}</body></html>")


def main(paragraphs: str = "3000") -> None:
    page = make_page(int(paragraphs))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.html"
        path.write_text(page, encoding="utf-8")
        start = time.perf_counter()
        doc = import_html(path)
        elapsed = time.perf_counter() - start
    print(f"page {len(page.encode()) / 1e6:.2f} MB, {int(paragraphs)} paragraphs: "
          f"{elapsed:.2f} s, {len(doc.spans)} zones, {len(doc.text)} characters")


if __name__ == "__main__":
    main(*sys.argv[1:])
