"""Inline SVG bar charts for the HTML report (no scripts, no external resources)."""

from __future__ import annotations

from html import escape

SERIES_COLORS = ("#0072B2", "#E69F00", "#009E73")


def bar_chart(title: str, rows: dict[str, tuple[float, ...]],
              series: tuple[str, ...] = ("P", "R", "F1")) -> str:
    """Grouped horizontal bars: one group per label (``rows``), one bar per series, 0..1."""
    if not rows:
        return ""
    bar_h, gap, label_w, width = 9, 8, 110, 300
    group_h = bar_h * len(series) + gap
    height = 24 + group_h * len(rows) + 18
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_w + width + 60}" '
             f'height="{height}" aria-label="{escape(title)}">',
             f'<text x="0" y="14" font-weight="bold">{escape(title)}</text>']
    for k, name in enumerate(series):
        x = label_w + k * 70
        parts.append(f'<rect x="{x}" y="4" width="10" height="10" fill="{SERIES_COLORS[k % 3]}"/>'
                     f'<text x="{x + 14}" y="13" font-size="11">{escape(name)}</text>')
    y = 24
    for label, values in rows.items():
        parts.append(f'<text x="0" y="{y + group_h / 2}" font-size="12">{escape(label)}</text>')
        for k, v in enumerate(values):
            w = max(0.0, min(1.0, v)) * width
            parts.append(f'<rect x="{label_w}" y="{y + k * bar_h}" width="{w:.1f}" '
                         f'height="{bar_h - 1}" fill="{SERIES_COLORS[k % 3]}">'
                         f'<title>{escape(label)} {escape(series[k])} {v:.3f}</title></rect>'
                         f'<text x="{label_w + w + 3:.1f}" y="{y + k * bar_h + bar_h - 1}" '
                         f'font-size="9">{v:.2f}</text>')
        y += group_h
    parts.append(f'<line x1="{label_w}" y1="20" x2="{label_w}" y2="{y}" stroke="#888"/>')
    parts.append("</svg>")
    return "".join(parts)
