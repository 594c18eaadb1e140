"""``zones@1``: zone spans for plain-text news page dumps (GUIDELINES.md, layer ``zone``).

One span per non-empty line, covering the whole line. The first line is the TITLE; the
LEAD is the source-tagged paragraph near the top (``(LĐTĐ)``, ``TTO -``...) or the first
real paragraph after the title; the page's trailing BOILERPLATE starts at the first section
marker (``Có thể bạn quan tâm``, ``Tin khác``, ``Tags:``... from many sites) or at the first
repeated teaser block; short author lines just before it are BYLINE; inside the article,
photo blocks are CAPTION, lists of linked headlines RELATED and everything else BODY.
The line predicates live in :mod:`goldspan.extract.zones_rules`.
"""

from __future__ import annotations

import re

from goldspan.extract import zones_rules as r
from goldspan.extract.base import Extractor, ExtractResult, make_span
from goldspan.extract.common import paragraph_ranges
from goldspan.extract.registry import register
from goldspan.extract.speech_labels import parse_label
from goldspan.model.document import Document

# A speaker label opening an interview paragraph: never a byline, caption or related line.
_LABEL = re.compile(r"^[^:\n]{1,60}:\s+\S")
_LEAD_WINDOW = 6


def classify_lines(lines: list[str], joined: list[bool]) -> list[str]:
    """Zone label of each non-empty line; ``joined[i]``: line i follows i-1 with no blank line."""
    n = len(lines)
    labels = ["BODY"] * n
    if n == 0:
        return labels
    top = find_title(lines)
    for i in range(top):
        labels[i] = "BOILERPLATE"
    labels[top] = "TITLE"
    title = lines[top]
    lead = find_lead(lines, title, top)
    first = top + 1
    if lead is not None:
        for i in range(top + 1, lead):
            labels[i] = _pre_lead_label(lines[i], title)
        labels[lead] = "LEAD"
        first = lead + 1
    end, related = find_end(lines, first, title)
    for i in related:
        labels[i] = "RELATED"
    for i in range(end, n):
        labels[i] = "BOILERPLATE"
    _mark_bylines(lines, labels, first, end)
    _mark_article(lines, joined, labels, first, end, title, lead)
    return labels


def find_title(lines: list[str]) -> int:
    """Index of the title: the first line that is not page furniture (breadcrumbs, dates)."""
    for i, line in enumerate(lines[:6]):
        if not (r.is_chrome(line) or r.is_marker(line) or _section_name(lines, i)):
            return i
    return 0


def _section_name(lines: list[str], i: int) -> bool:
    """Line ``i`` names the page's section above the headline (``Giao thông - Đô thị``):
    at most five words, no digit, no sentence end, and the next line is a longer headline
    (no full stop) that the lead follows (a source tag, or a long sentence)."""
    line = lines[i].strip()
    if (i + 2 >= len(lines) or not 0 < r.words(line) <= 5 or r.ends_sentence(line)
            or any(map(str.isdigit, line))):
        return False
    head, lead = lines[i + 1].strip(), lines[i + 2].strip()
    if not 6 <= r.words(head) <= 40 or head.endswith((".", "…", ":")) or r.is_chrome(head):
        return False
    return r.has_source_tag(lead) or (len(lead) >= 100 and r.ends_sentence(lead))


def find_lead(lines: list[str], title: str, top: int = 0) -> int | None:
    """Index of the lead: a source-tagged paragraph near the top, else the first real one."""
    window = range(top + 1, min(len(lines), top + 1 + _LEAD_WINDOW))
    for i in window:
        if r.is_marker(lines[i]) and not r.is_soft_marker(lines[i]):
            break
        if r.has_source_tag(lines[i]) and len(lines[i].strip()) >= 40:
            return i
    for i in window:
        line = lines[i]
        if r.is_chrome(line) or r.same_line(line, title) or r.is_photo_caption(line):
            continue
        if r.is_marker(line):
            return None
        if r.is_name_line(line) or (r.is_byline(line) and len(line) < 60):
            continue
        if len(line.strip()) >= 40 or r.ends_sentence(line):
            return i
    return None


def _pre_lead_label(line: str, title: str) -> str:
    if r.same_line(line, title) or r.is_photo_caption(line):
        return "CAPTION"
    if r.is_byline(line) and not r.is_chrome(line):
        return "BYLINE"
    return "BOILERPLATE"


def find_end(lines: list[str], first: int, title: str) -> tuple[int, list[int]]:
    """Where the trailing boilerplate starts, and in-article related lines found on the way."""
    n = len(lines)
    related: list[int] = []
    i = first
    while i < n:
        line = lines[i]
        if r.is_marker(line):
            if r.is_soft_marker(line):
                stop = _related_block_end(lines, i)
                if stop is not None:
                    related.extend(range(i, stop))
                    i = stop
                    continue
            return i, related
        if _teaser_pair_at(lines, i, title):
            return i, related
        i += 1
    return n, related


def _teaser_pair_at(lines: list[str], i: int, title: str) -> bool:
    """A headline printed twice then its cut-off summary: a teaser of another article."""
    if i + 2 >= len(lines) or not r.same_line(lines[i], lines[i + 1]):
        return False
    if r.is_photo_caption(lines[i]) or len(lines[i].strip()) > 250:
        return False
    return r.is_teaser_lead(lines[i + 2]) or (
        i + 4 < len(lines) and r.same_line(lines[i + 3], lines[i + 4]))


def _article_like(line: str) -> bool:
    return r.looks_body(line) or (bool(_LABEL.match(line)) and len(line) >= 30
                                  and r.ends_sentence(line))


def _related_block_end(lines: list[str], i: int) -> int | None:
    """After a soft marker: end of its headline list when the article goes on, else None."""
    n = len(lines)
    j = i + 1
    while j < n and j - i <= 6 and not _article_like(lines[j]) and not r.is_marker(lines[j]):
        if j + 1 < n and r.same_line(lines[j], lines[j + 1]):
            return None  # repeated teaser headlines: the page's end
        if j > i + 1 and r.is_byline(lines[j]) and (
                j + 1 == n or r.is_marker(lines[j + 1]) or r.is_chrome(lines[j + 1])):
            return j  # related links just before the closing byline
        j += 1
    if j == i + 1 or j >= n or not _article_like(lines[j]):
        return None
    body = 0
    for k in range(j, n):
        if r.is_marker(lines[k]):
            break
        if _article_like(lines[k]):
            body += 1
    return j if body >= 2 else None


def _mark_bylines(lines: list[str], labels: list[str], first: int, end: int) -> None:
    """Short author lines at the article's end (skipping page furniture) become BYLINE."""
    seen = 0
    for i in range(end - 1, first - 1, -1):
        line = lines[i]
        if labels[i] != "BODY":
            continue
        if r.is_chrome(line) and not r.is_name_line(line):
            labels[i] = "BOILERPLATE"
            continue
        if seen < 3 and r.is_byline(line):
            labels[i] = "BYLINE"
            seen += 1
            continue
        break
    if not seen:
        _byline_before_tail(lines, labels, first, end)
    _trailing_headlines(lines, labels, first, end)


def _trailing_headlines(lines: list[str], labels: list[str], first: int, end: int) -> None:
    """Two or more headline-like lines closing the page after the article: teasers."""
    run: list[int] = []
    for b in range(end - 1, first - 1, -1):
        line = lines[b].strip()
        if labels[b] in ("BOILERPLATE", "BYLINE") and not run:
            continue
        if (labels[b] == "BODY" and 25 <= len(line) <= 150 and line[:1].isupper()
                and not r.ends_sentence(line) and parse_label(line) is None):
            run.append(b)
            continue
        break
    if len(run) >= 2:
        for b in run:
            labels[b] = "BOILERPLATE"


def _byline_before_tail(lines: list[str], labels: list[str], first: int, end: int) -> None:
    """A byline followed only by short non-article lines: those lines are page furniture."""
    for b in range(end - 1, max(first, end - 15) - 1, -1):
        line = lines[b]
        if labels[b] == "BOILERPLATE" or (labels[b] == "BODY" and r.is_chrome(line)):
            continue
        if labels[b] != "BODY" or r.looks_body(line) or parse_label(line) is not None:
            return
        if r.is_byline(line):
            labels[b] = "BYLINE"
            for k in range(b + 1, end):
                if labels[k] == "BODY":
                    labels[k] = "BOILERPLATE"
            return


def _mark_article(lines: list[str], joined: list[bool], labels: list[str], first: int,
                  end: int, title: str, lead: int | None) -> None:
    """CAPTION, RELATED and page furniture inside the article; the rest stays BODY."""
    i = first
    while i < end:
        if labels[i] != "BODY":
            i += 1
            continue
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < end else None
        if r.is_chrome(line):
            labels[i] = "BOILERPLATE"
        elif r.related_prefix(line):
            labels[i] = "RELATED"
        elif r.same_line(line, title) or (nxt is not None and r.same_line(nxt, line)):
            labels[i] = "CAPTION"
            if nxt is not None and labels[i + 1] == "BODY" and _caption_follows(nxt, joined[i + 1]):
                labels[i + 1] = "CAPTION"
                i += 1
        elif r.is_photo_caption(line):
            labels[i] = "CAPTION"
            if i > first and labels[i - 1] == "BODY" and _alt_of(lines[i - 1], line):
                labels[i - 1] = "CAPTION"
        elif i - 1 in (first - 1, lead) and r.is_name_line(line) and r.words(line) <= 6:
            labels[i] = "BYLINE"
        elif lead is not None and i == lead + 1 and _related_after_lead(line, joined[i]):
            labels[i] = "RELATED"
        elif _glued_headlines(line):
            labels[i] = "RELATED"
        i += 1


def _glued_headlines(line: str) -> bool:
    """Headlines printed one after the other: long, no full stop or comma inside, and a
    capitalised word right after a lowercase one."""
    stripped = line.strip()
    if len(stripped) < 80 or stripped.endswith((".", "…")):
        return False
    glued = (not r.ends_sentence(stripped) and (len(stripped) >= 140
                                                 or r.run_together(stripped) >= 2
                                                 or _HEADLINE_BREAK.search(stripped) is not None)
             or ("," not in stripped and ". " not in stripped and "; " not in stripped
                 and r.strong_joins(stripped) >= 1))
    # A speaker label opens an interview turn, never a headline list: checked last, it
    # is the costliest test and the other tests reject nearly every line.
    return glued and parse_label(stripped) is None


# A question or exclamation closing one headline inside a line that ends no sentence.
_HEADLINE_BREAK = re.compile(r"\w[?!]\s+[A-ZĐÀ-Ỹ]")


def _caption_follows(line: str, is_joined: bool) -> bool:
    if _LABEL.match(line) and not r.is_photo_caption(line):
        return False
    return is_joined or r.is_photo_caption(line) or len(line.strip()) < 160


def _alt_of(prev: str, caption: str) -> bool:
    """``prev`` is the alt text of ``caption`` (same words, caption adds the credit)."""
    a, b = r.norm(prev), r.norm(caption)
    return bool(a) and len(a) <= len(b) and b.startswith(a[: max(20, len(a) // 2)])


def _related_after_lead(line: str, is_joined: bool) -> bool:
    if r.ends_sentence(line) or _LABEL.match(line) or len(line.strip()) < 50:
        return False
    return is_joined or r.run_together(line) >= 2


class Zones(Extractor):
    """Zones of a plain-text page dump; see the module docstring."""

    name = "zones"
    version = "1"
    produces = ("zone",)
    description = "title, lead, body, captions, byline, related and boilerplate of a page dump"

    def extract(self, doc: Document) -> ExtractResult:
        """One zone span per non-empty line of ``doc.text``."""
        text = doc.text
        paras = paragraph_ranges(text)
        lines = [text[s:e] for s, e in paras]
        joined = [i > 0 and "\n\n" not in text[paras[i - 1][1]:paras[i][0]]
                  and text[paras[i - 1][1]:paras[i][0]].count("\n") == 1
                  for i in range(len(paras))]
        labels = classify_lines(lines, joined)
        return ExtractResult(spans=[make_span("zone", label, s, e, text)
                                    for label, (s, e) in zip(labels, paras, strict=True)])


register(Zones)
