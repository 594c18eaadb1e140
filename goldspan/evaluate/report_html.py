"""One self-contained HTML report of an evaluation (inline CSS and SVG, no network).

Sections: summary, bar charts per layer and label, label confusion matrices, per-document
scores, and every error with its context (missed, spurious, wrong label, wrong boundary,
wrong value, wrong speaker). The evaluation must have been run with
``Options(collect_errors=True)`` for the last two sections to be filled.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from goldspan.evaluate.diff import KINDS, ErrorItem
from goldspan.evaluate.evaluator import Evaluation
from goldspan.evaluate.svg import bar_chart
from goldspan.evaluate.zones import NONE

CSS = """
body{font-family:'Noto Sans',system-ui,sans-serif;margin:1.5em;color:#222;max-width:1200px}
h1{font-size:1.4em}h2{font-size:1.15em;border-bottom:1px solid #ccc;padding-top:.6em}
table{border-collapse:collapse;margin:.4em 0 1em}td,th{border:1px solid #ddd;padding:2px 6px}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
.kind{font-size:.8em;padding:1px 5px;border-radius:3px;color:#fff;white-space:nowrap}
.missed{background:#c0392b}.spurious{background:#8e44ad}.wrong_label{background:#d35400}
.wrong_boundary{background:#2471a3}.wrong_value{background:#117a65}
.wrong_speaker{background:#7d6608}
.ctx{font-family:monospace;font-size:.9em}.ctx mark{background:#ffe08a}
.charts{display:flex;flex-wrap:wrap;gap:24px}
"""


def render_report(ev: Evaluation, title: str = "Goldspan evaluation") -> str:
    """The whole HTML page as a string."""
    data = ev.to_json()
    body = [f"<h1>{escape(title)}</h1>", _summary(ev, data), _charts(data),
            _confusions(ev), _documents(ev), _errors(ev.errors)]
    return ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
            + "\n".join(body) + "</body></html>\n")


def _f(x: float) -> str:
    return f"{x:.3f}"


def _summary(ev: Evaluation, d: dict[str, Any]) -> str:
    rows = [("documents scored", str(d["documents"]))]
    if "zone" in d:
        rows.append(("zone accuracy", f"{_f(d['zone']['accuracy'])} "
                     f"({d['zone']['paragraphs']} paragraphs)"))
    for layer in ("entity", "figure"):
        if layer in d:
            rows.append((f"{layer} F1 strict / overlap / macro strict",
                         f"{_f(d[layer]['strict']['f1'])} / {_f(d[layer]['overlap']['f1'])} / "
                         f"{_f(d[layer]['macro']['strict']['f1'])}"))
    if "figure" in d:
        rows.append(("figure value accuracy", f"{_f(d['figure']['value_accuracy'])} "
                     f"({d['figure']['values_compared']} compared)"))
    if "speech" in d:
        rows.append(("speech F1 span / attribution", f"{_f(d['speech']['span']['f1'])} / "
                     f"{_f(d['speech']['attribution']['f1'])}"))
    kinds = Counter(e.kind for e in ev.errors)
    if ev.errors:
        rows.append(("errors", ", ".join(f"{k.replace('_', ' ')} {kinds[k]}"
                                         for k in KINDS if kinds[k])))
    out = ["<h2>Summary</h2><table>"]
    out += [f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows]
    out.append("</table>")
    if d["problems"]:
        out.append("<h3>Problems</h3><ul>" + "".join(f"<li>{escape(p)}</li>"
                                                     for p in d["problems"]) + "</ul>")
    return "".join(out)


def _charts(d: dict[str, Any]) -> str:
    charts = []
    if "zone" in d:
        charts.append(bar_chart("Zones", {k: (v["precision"], v["recall"], v["f1"])
                                          for k, v in d["zone"]["by_label"].items()}))
    for layer in ("entity", "figure"):
        if layer in d:
            for mode in ("strict", "overlap"):
                rows: dict[str, tuple[float, ...]] = {
                    k: (v[mode]["precision"], v[mode]["recall"], v[mode]["f1"])
                    for k, v in d[layer]["by_label"].items()}
                charts.append(bar_chart(f"{layer} ({mode})", rows))
    if "speech" in d:
        charts.append(bar_chart("Speech", {k: (v["precision"], v["recall"], v["f1"])
                                           for k, v in d["speech"].items()}))
    return "<h2>Scores by label</h2><div class=\"charts\">" + "".join(charts) + "</div>"


def _confusions(ev: Evaluation) -> str:
    out = ["<h2>Label confusion</h2><p>Rows: gold label; columns: predicted label "
           f"({NONE}: nothing on that side). Zones count paragraphs; entities and figures "
           "count spans paired by exact match, then by overlap.</p>"]
    for layer, counts in ev.confusion.items():
        if not counts:
            continue
        gold = sorted({g for g, _ in counts} - {NONE}) + [NONE]
        pred = sorted({p for _, p in counts} - {NONE}) + [NONE]
        top = max(counts.values())
        out.append(f"<h3>{escape(layer)}</h3><table><tr><th>gold \\ pred</th>"
                   + "".join(f"<th>{escape(p)}</th>" for p in pred) + "</tr>")
        for g in gold:
            cells = []
            for p in pred:
                n = counts.get((g, p), 0)
                hue = "120,60%" if g == p else "0,70%"
                alpha = 0.15 + 0.6 * n / top if n else 0
                cells.append(f'<td class="n" style="background:hsla({hue},50%,{alpha:.2f})">'
                             f"{n or ''}</td>")
            out.append(f"<tr><th>{escape(g)}</th>{''.join(cells)}</tr>")
        out.append("</table>")
    return "".join(out)


def _documents(ev: Evaluation) -> str:
    layers = [layer for layer in ("entity", "figure", "speech", "attribution")
              if any(layer in d.layers for d in ev.per_document)]
    head = "".join(f"<th>{escape(layer)} F1</th>" for layer in layers)
    out = [f"<h2>Documents</h2><table><tr><th>document</th><th>status</th>"
           f"<th>zone accuracy</th>{head}<th>errors</th></tr>"]
    errors = Counter(e.document for e in ev.errors)
    for d in ev.per_document:
        cells = "".join(f'<td class="n">{_f(d.layers[layer].f1)}</td>' if layer in d.layers
                        else "<td></td>" for layer in layers)
        zone = _f(d.zone_accuracy) if d.paragraphs else ""
        link = (f'<a href="#doc-{escape(d.id)}">{errors[d.id]}</a>' if errors[d.id] else "0")
        out.append(f"<tr><td>{escape(d.id)}</td><td>{escape(d.status)}</td>"
                   f'<td class="n">{zone}</td>{cells}<td class="n">{link}</td></tr>')
    out.append("</table>")
    return "".join(out)


def _side(s: Any) -> str:
    if s is None:
        return "—"
    note = f" <small>{escape(s.note)}</small>" if s.note else ""
    return (f"<b>{escape(s.label)}</b> [{s.start}, {s.end}) "
            f"<span class=\"ctx\">{escape(s.text[:120])}</span>{note}")


def _errors(errors: list[ErrorItem]) -> str:
    out = ["<h2>Errors</h2>"]
    if not errors:
        return out[0] + "<p>None.</p>"
    current = None
    for e in errors:
        if e.document != current:
            if current is not None:
                out.append("</table>")
            current = e.document
            out.append(f'<h3 id="doc-{escape(e.document)}">{escape(e.document)}</h3><table>'
                       "<tr><th>kind</th><th>layer</th><th>gold</th><th>prediction</th>"
                       "<th>context</th></tr>")
        ctx = (f'<span class="ctx">…{escape(e.left)}<mark>{escape(e.middle)}</mark>'
               f"{escape(e.right)}…</span>")
        out.append(f'<tr><td><span class="kind {e.kind}">{e.kind.replace("_", " ")}</span></td>'
                   f"<td>{escape(e.layer)}</td><td>{_side(e.gold)}</td><td>{_side(e.pred)}</td>"
                   f"<td>{ctx}</td></tr>")
    out.append("</table>")
    return "".join(out)
