"""From parsed gsmark markup to checked FORMAT v1 spans (used by :mod:`goldspan.io.gsmark`).

:func:`build_spans` resolves each inline label to its layer through the label scheme, types
and checks its attributes (``key=value`` pairs or bare choice/speaker tokens), fills figure
values it can read from the text (:mod:`goldspan.io.gsmark_values`), applies the placement
rules of GUIDELINES.md (annotations only inside content zones; only speech runs over lines,
and never across a caption or another zone), then orders the spans and numbers their ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from goldspan.io.gsmark_values import as_json_number, infer_figure_attrs
from goldspan.model.document import Span, Speaker
from goldspan.model.errors import GoldspanError, Problem
from goldspan.model.scheme import AttrDef, LabelScheme

FIGURE_NEEDS_UNIT = ("QUANTITY", "MONEY")
_ATTR_ORDER = ("speaker", "kind", "value", "unit", "approx", "mod", "norm")
MULTILINE_ZONE = "BODY"


@dataclass(frozen=True)
class RawSpan:
    """A span as written: label, plain-text offsets, the attribute text, its source line."""

    label: str
    start: int
    end: int
    attrs: str
    line: int


ZoneLine = tuple[str, int, int, str]  # (zone label, start, end, line text)


def build_spans(text: str, raws: list[RawSpan], zones: list[ZoneLine],
                speakers: list[Speaker], scheme: LabelScheme, origin: str) -> list[Span]:
    """Checked, ordered, numbered spans: one zone span per zoned line plus the inline spans.

    Raises GoldspanError listing every problem, each naming ``origin:line``.
    """
    layer_of = {label: layer.name for layer in scheme.layers if layer.name != "zone"
                for label in layer.label_names()}
    zone_labels = set(scheme.layer("zone").label_names())
    speaker_ids = {s.id for s in speakers}
    problems: list[Problem] = []
    made: list[tuple[str, str, int, int, dict[str, Any] | None]] = [
        ("zone", label, start, end, None) for label, start, end, _t in zones]
    for raw in raws:
        where = f"{origin}:{raw.line}"
        try:
            if raw.label in zone_labels:
                raise ValueError(f"{raw.label} is a zone: open the line with @{raw.label} "
                                 "instead of marking it inline")
            layer = layer_of.get(raw.label)
            if layer is None:
                raise ValueError(f"unknown label {raw.label!r}; known: "
                                 f"{', '.join(sorted(layer_of))}")
            span_text = text[raw.start : raw.end]
            _check_extent(span_text, raw.label)
            _check_placement(layer, raw, zones, scheme)
            attrs = _parse_attrs(raw, scheme.layer(layer).attrs_for(raw.label), speaker_ids)
            if layer == "figure":
                attrs = _complete_figure(raw.label, span_text, attrs)
            made.append((layer, raw.label, raw.start, raw.end, attrs or None))
        except ValueError as exc:
            problems.append(Problem(f"[[{raw.label}|{_short(text[raw.start:raw.end])}]]: {exc}",
                                    where))
    if problems:
        raise GoldspanError(problems)
    order = {name: k for k, name in enumerate(scheme.layer_names())}
    made.sort(key=lambda m: (m[2], -m[3], order.get(m[0], 99)))
    counters: dict[str, int] = {}
    spans = []
    for layer, label, start, end, span_attrs in made:
        prefix = scheme.layer(layer).span_prefix
        counters[prefix] = counters.get(prefix, 0) + 1
        spans.append(Span(id=f"{prefix}{counters[prefix]}", layer=layer, label=label,
                          start=start, end=end, text=text[start:end], attrs=span_attrs))
    return spans


def _short(s: str, limit: int = 30) -> str:
    s = s.replace("\n", "⏎")
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _check_extent(span_text: str, label: str) -> None:
    if not span_text.strip():
        raise ValueError("the span is empty")
    if span_text != span_text.strip():
        raise ValueError("the span starts or ends with white space: move it inside the brackets")


def _check_placement(layer: str, raw: RawSpan, zones: list[ZoneLine],
                     scheme: LabelScheme) -> None:
    first_line = [z for z in zones if z[1] <= raw.start < z[2]]
    if not first_line:
        raise ValueError("the span is not on a zoned line")
    touched = first_line + [z for z in zones if raw.start < z[1] < raw.end]
    first = touched[0]
    if first[0] not in scheme.content_zones:
        raise ValueError(f"annotations go only in {', '.join(scheme.content_zones)}, "
                         f"not in {first[0]}")
    if len(touched) > 1:
        if layer != "speech":
            raise ValueError("only speech spans may run over more than one line")
        other = next((z for z in touched if z[0] != MULTILINE_ZONE), None)
        if other is not None:
            raise ValueError(f"a speech span runs over lines of {MULTILINE_ZONE} only; it "
                             f"crosses a {other[0]} line ({_short(other[3])!r}): close it "
                             "before and open a new one after")


def _parse_attrs(raw: RawSpan, defs: list[AttrDef], speaker_ids: set[str]) -> dict[str, Any]:
    by_name = {d.name: d for d in defs}
    out: dict[str, Any] = {}
    for item in (p.strip() for p in raw.attrs.split(";")):
        if not item:
            continue
        if "=" in item:
            key, _, value = (x.strip() for x in item.partition("="))
        else:
            key, value = _bare_key(item, defs, speaker_ids), item
        if key not in by_name:
            known = ", ".join(sorted(by_name)) or "none"
            raise ValueError(f"attribute {key!r} does not apply to {raw.label} (known: {known})")
        if key in out:
            raise ValueError(f"attribute {key!r} is given twice")
        out[key] = _typed(by_name[key], value, speaker_ids)
    for d in defs:
        if d.required and d.name not in out:
            example = "s1" if d.type == "speaker" else "|".join(d.choices)
            raise ValueError(f"needs {d.name}= (e.g. {d.name}={example})")
    return out


def _bare_key(token: str, defs: list[AttrDef], speaker_ids: set[str]) -> str:
    for d in defs:
        if d.type == "choice" and token in d.choices:
            return d.name
        if d.type == "speaker" and token in speaker_ids:
            return d.name
    raise ValueError(f"{token!r} is neither a declared speaker nor a choice of an attribute; "
                     "write key=value")


def _typed(d: AttrDef, value: str, speaker_ids: set[str]) -> Any:
    if value == "null":
        if d.nullable:
            return None
        raise ValueError(f"{d.name} cannot be null")
    if d.type == "number":
        try:
            return as_json_number(Decimal(value))
        except InvalidOperation:
            raise ValueError(f"{d.name}={value!r} is not a number (write 1208 or 12.5: "
                             "no grouping dots, a decimal point)") from None
    if d.type == "choice" and value not in d.choices:
        raise ValueError(f"{d.name}={value!r} is not one of {', '.join(d.choices)}")
    if d.type == "speaker" and value not in speaker_ids:
        raise ValueError(f"speaker {value!r} is not declared in the header "
                         "('speaker s1: Name | role')")
    if d.type == "bool":
        if value not in ("true", "false"):
            raise ValueError(f"{d.name} is true or false")
        return value == "true"
    if not value:
        raise ValueError(f"{d.name} is empty")
    return value


def _complete_figure(label: str, span_text: str, attrs: dict[str, Any]) -> dict[str, Any]:
    if "value" not in attrs:
        inferred = infer_figure_attrs(label, span_text)
        if not inferred:
            raise ValueError("write value=... : it cannot be read from the text")
        attrs = {**inferred, **attrs}
    if label in FIGURE_NEEDS_UNIT and "unit" not in attrs:
        raise ValueError(f"a {label} needs unit=...")
    return {k: attrs[k] for k in sorted(attrs, key=lambda k: (
        _ATTR_ORDER.index(k) if k in _ATTR_ORDER else len(_ATTR_ORDER), k))}
