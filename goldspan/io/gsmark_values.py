"""Figure values that the gsmark authoring format may leave out, read from the span text.

Gold written by hand states ``value=...`` only where the text is not plain enough to read it
reliably. :func:`infer_figure_attrs` reads the plain cases (digits, scale words, approximation
words, the common date forms of GUIDELINES.md); anything else returns ``{}`` and the author
must write the value. Inferred values are written into the generated JSON, so a reviewer sees
exactly what the gold says.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

APPROX_WORDS: dict[str, str] = {
    "gần": "nearly", "hơn": "over", "trên": "over", "khoảng": "about", "chừng": "about",
    "xấp xỉ": "about", "dưới": "under",
}
SCALE_WORDS: dict[str, int] = {
    "nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000,
}
MODS: dict[str, str] = {"đầu": "START", "giữa": "MID", "cuối": "END"}
ROMAN: dict[str, int] = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
PARTS_OF_DAY = ("sáng", "trưa", "chiều", "tối", "đêm", "rạng sáng")

_APPROX = "|".join(sorted((re.escape(w) for w in APPROX_WORDS), key=len, reverse=True))
_SCALE = "|".join(SCALE_WORDS)
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_AMOUNT = re.compile(
    rf"^(?:(?P<approx>{_APPROX})\s+)?(?P<num>{_NUMBER})(?P<scale>(?:\s*(?:{_SCALE})\b)*)"
    rf"\s*(?P<rest>.*)$", re.IGNORECASE)
_PART = r"(?:(?:rạng sáng|sáng|trưa|chiều|tối|đêm)\s+)"
_CLOCK = r"(?:(?P<hour>\d{1,2})h(?P<minute>\d{2})?\s+(?P<part>sáng|trưa|chiều|tối|đêm)?\s*)"
_DAY_MONTH = r"(?P<day>\d{1,2})[/-](?P<month>\d{1,2})(?:[/-](?P<year>\d{4}))?"
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day", re.compile(rf"^{_CLOCK}?{_PART}?(?:(?:hôm\s+)?ngày\s+)?{_DAY_MONTH}$", re.I)),
    ("month", re.compile(r"^(?:(?P<mod>đầu|giữa|cuối)\s+)?tháng\s+(?P<month>\d{1,2})"
                         r"(?:[/-](?P<year>\d{4})|\s+năm\s+(?P<year2>\d{4}))?$", re.I)),
    ("year", re.compile(r"^(?:(?P<mod>đầu|giữa|cuối)\s+)?năm\s+(?P<year>\d{4})$", re.I)),
    ("quarter", re.compile(r"^quý\s+(?P<q>I{1,3}|IV|[1-4])(?:[/-](?P<year>\d{4})|\s+năm\s+(?P<year2>\d{4}))?$", re.I)),
]


def parse_number(text: str) -> Decimal:
    """A Vietnamese-written number: ``.`` groups thousands, ``,`` is the decimal mark."""
    return Decimal(text.replace(".", "").replace(",", "."))


def as_json_number(value: Decimal) -> int | float:
    """``value`` as an int when integral, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def infer_figure_attrs(label: str, text: str) -> dict[str, Any]:
    """Attributes readable from a figure's text (``value``, ``unit``, ``approx``, ``mod``).

    Returns ``{}`` when the text is not one of the plain forms; never guesses number words.
    """
    text = " ".join(text.split())
    if label == "DATE":
        return _infer_date(text)
    m = _AMOUNT.match(text)
    if m is None:
        return {}
    value = parse_number(m.group("num"))
    for word in m.group("scale").lower().split():
        value *= SCALE_WORDS[word]
    rest = m.group("rest").strip()
    out: dict[str, Any] = {"value": as_json_number(value)}
    if label == "PERCENT":
        if rest not in ("%", "phần trăm"):
            return {}
    elif rest:
        if not re.match(r"^[^\W\d_]", rest):
            return {}
        out["unit"] = rest
    elif label in ("QUANTITY", "MONEY"):
        return {}
    if m.group("approx"):
        out["approx"] = APPROX_WORDS[m.group("approx").lower()]
    return out


def _infer_date(text: str) -> dict[str, Any]:
    for kind, pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m is None:
            continue
        g = m.groupdict()
        out: dict[str, Any] = {}
        if kind == "day":
            month, day = int(g["month"]), int(g["day"])
            if not (1 <= month <= 12 and 1 <= day <= 31):
                return {}
            value = f"{g['year'] or 'XXXX'}-{month:02d}-{day:02d}"
            if g.get("hour"):
                hour = int(g["hour"])
                if g.get("part") in ("chiều", "tối", "đêm") and hour < 12:
                    hour += 12
                value += f"T{hour:02d}:{int(g['minute'] or 0):02d}"
            out["value"] = value
        elif kind == "month":
            month = int(g["month"])
            if not 1 <= month <= 12:
                return {}
            out["value"] = f"{g['year'] or g['year2'] or 'XXXX'}-{month:02d}"
        elif kind == "year":
            out["value"] = g["year"]
        else:
            q = g["q"].lower()
            out["value"] = f"{g['year'] or g['year2'] or 'XXXX'}-Q{ROMAN.get(q) or int(q)}"
        if g.get("mod"):
            out["mod"] = MODS[g["mod"].lower()]
        return out
    return {}
