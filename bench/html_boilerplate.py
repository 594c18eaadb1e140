"""Compare the boilerplate decision of goldspan's html importer with trafilatura's.

Usage: ``python bench/html_boilerplate.py [PAGES_DIR]`` (default tests/io/html_pages).
For each page with a ``.expected.json`` it prints, per extractor, the expected article
lines found (recall), the extracted lines that are article lines (precision) and the
time per page. trafilatura is optional: without it only goldspan's figures print.
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from pathlib import Path

from goldspan.io.html_import import import_html
from goldspan.io.html_safe import decode_html, read_html_bytes


def _norm(line: str) -> str:
    line = unicodedata.normalize("NFC", line)
    return re.sub(r"\s+", " ", line).strip().strip("*-# ").lower()


def _score(expected: list[str], got: list[str]) -> tuple[int, int, int]:
    exp = {_norm(x) for x in expected}
    found = [_norm(x) for x in got if _norm(x)]
    hits = sum(1 for x in exp if x in found)
    good = sum(1 for x in found if x in exp)
    return hits, good, len(found)


def _goldspan(page: Path) -> list[str]:
    return import_html(page).text.split("\n\n")


def _trafilatura(page: Path) -> list[str] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    html = decode_html(read_html_bytes(page))
    out = trafilatura.extract(html, output_format="txt", include_comments=False,
                              include_tables=True, include_images=False, with_metadata=False,
                              favor_recall=True) or ""
    title = trafilatura.extract_metadata(html)
    lines = [x for x in out.split("\n") if x.strip()]
    if title is not None and title.title:
        lines.insert(0, title.title)
    return lines


def main(folder: str = "tests/io/html_pages") -> None:
    totals: dict[str, list[float]] = {}
    for page in sorted(Path(folder).glob("*.html")):
        expected = [t for _, t in json.loads(page.with_suffix(".expected.json")
                                            .read_text(encoding="utf-8"))["blocks"]]
        for name, fn in (("goldspan", _goldspan), ("trafilatura", _trafilatura)):
            start = time.perf_counter()
            got = fn(page)
            elapsed = time.perf_counter() - start
            if got is None:
                continue
            hits, good, n = _score(expected, got)
            t = totals.setdefault(name, [0, 0, 0, 0, 0.0])
            t[0] += hits
            t[1] += len(expected)
            t[2] += good
            t[3] += n
            t[4] += elapsed
            print(f"{page.name:28} {name:12} recall {hits:2}/{len(expected):2}  "
                  f"precision {good:2}/{n:2}  {elapsed * 1000:6.1f} ms")
    for name, (hits, exp, good, n, secs) in totals.items():
        print(f"TOTAL {name:12} recall {hits / exp:.2f} ({hits}/{exp})  precision "
              f"{good / max(n, 1):.2f} ({good}/{n})  {secs * 1000:.1f} ms")


if __name__ == "__main__":
    main(*sys.argv[1:])
