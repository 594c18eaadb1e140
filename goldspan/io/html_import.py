"""The ``html`` importer: a saved article page becomes a document with zone spans.

The text is the article's blocks in reading order, one block per line, joined by blank
lines like the plain-text dumps: the title (``<h1>``, else ``og:title``/``<title>``), the
lead (a sapo/lead-class element, else a first body paragraph that is all bold), the body
paragraphs with photo captions in place, and the byline (author-class elements, else a
short closing author line, else ``meta[name=author]``) last. Each line gets one zone span
(TITLE, LEAD, BODY, CAPTION, BYLINE) with ``source`` ``html@1`` and ``review``
``suggested``. ``meta`` gets title, author, date, url and site where the page has them, and
``source`` (the file name). Parsing is safe (see :mod:`goldspan.io.html_safe`).
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from goldspan.io.html_blocks import (
    BLOCK_TAGS,
    Block,
    classify,
    find_body,
    flatten,
    is_author,
    is_lead,
)
from goldspan.io.html_clean import class_id, remove_boilerplate
from goldspan.io.html_meta import clean_text, page_meta
from goldspan.io.html_safe import parse_html_file
from goldspan.io.registry import Importer, register_importer
from goldspan.model.document import Document, Span, new_document
from goldspan.model.errors import GoldspanError, Problem

SOURCE = "html@1"
_BYLINE_TEXT = re.compile(r"^(theo\s|nguồn\s*:|bài\s*(và ảnh)?\s*:|tác giả\s*:)|"
                          r"(thực hiện|ghi|tổng hợp|\(tổng hợp\))\.?$", re.I)
_DATE_BITS = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}(:\d{2})?|\(?gmt\s*[+-]\s*\d+\)?|"
                        r"cập nhật|ngày đăng|đăng lúc|đăng ngày|thứ (hai|ba|tư|năm|sáu|bảy)|"
                        r"chủ nhật|\b(ngày|lúc|giờ|am|pm)\b|[|,:()\-–/]", re.I)


def _contains(outer: etree._Element, inner: etree._Element) -> bool:
    return outer is inner or any(a is outer for a in inner.iterancestors())


def is_dateline(text: str) -> bool:
    """Whether ``text`` is only a publication date/time line (``Cập nhật: 14/02/2019``)."""
    if len(text) > 80 or not re.search(r"\d", text):
        return False
    return not _DATE_BITS.sub("", text).strip()


def _title_from_blocks(blocks: list[Block], meta: dict[str, str]) -> Block:
    """With no ``<h1>``: the first body line equal to the page title (or its part before a
    `` - ``/`` | `` separator) becomes the title; else the page title without the site name."""
    title = meta.get("title", "")
    candidates = {title.lower()}
    for sep in (" - ", " | ", " – "):
        if sep in title:
            candidates.add(title.rpartition(sep)[0].strip().lower())
    for block in blocks:
        if block.label in ("BODY", "LEAD") and block.text.lower() in candidates:
            blocks.remove(block)
            return Block(block.text, "TITLE")
    return Block(_strip_site(title, meta.get("site")), "TITLE")


def _title_element(root: etree._Element, page_title: str) -> etree._Element | None:
    """The headline ``<h1>``: the one agreeing with the page title, else the first that is
    not a site logo."""
    heads = [h for h in root.iter("h1") if clean_text(h.text_content())]
    wanted = page_title.lower()
    for head in heads:
        text = clean_text(head.text_content()).lower()
        if wanted and (text in wanted or wanted in text) and len(text) > 3:
            return head
    for head in heads:
        if "logo" not in class_id(head) and not any("logo" in class_id(a)
                                                    for a in head.iterancestors()):
            return head
    return None


def headline_text(el: etree._Element) -> str:
    """The text of a headline element on one line (``<br>`` as a space), stopping at the
    first block-level child: broken pages can leave the article inside an unclosed ``<h1>``."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag in BLOCK_TAGS:
            break
        if isinstance(child.tag, str):
            parts.append(" " if child.tag == "br" else child.text_content())
        parts.append(child.tail or "")
    return clean_text("".join(parts)) or clean_text(el.text_content())


def _strip_site(title: str, site: str | None) -> str:
    for sep in (" - ", " | ", " – "):
        head, _, tail = title.rpartition(sep)
        if head and site and tail.strip().lower() == site.lower():
            return head.strip()
    return title


def _first(root: etree._Element, test, body: etree._Element, skip: list[etree._Element],
           before_body: bool = False) -> etree._Element | None:
    """The first element passing ``test`` outside ``body`` and the ``skip`` subtrees (only
    before the body with ``before_body``: a sapo never follows the article)."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        if before_body and el is body:
            return None
        if _contains(body, el) or _contains(el, body) or any(_contains(s, el) for s in skip):
            continue
        if test(el) and clean_text(el.text_content()):
            return el
    return None


def _looks_like_byline(block: Block, author: str | None) -> bool:
    words = block.text.split()
    if not words or len(words) > 8 or block.text.endswith((".", "?", "!", ":")) and \
            not _BYLINE_TEXT.search(block.text):
        return False
    if author and block.text.strip(" .").lower() == author.lower():
        return True
    return block.right or block.bold > 0.9 or bool(_BYLINE_TEXT.search(block.text))


def article_blocks(root: etree._Element, meta: dict[str, str]) -> list[Block]:
    """The article's blocks in reading order from a parsed page (cleaned here, in place)."""
    remove_boilerplate(root)
    body = find_body(root)
    title_el = _title_element(root, meta.get("title", ""))
    blocks: list[Block] = []
    if title_el is not None:
        blocks.append(Block(headline_text(title_el), "TITLE"))
    taken = [title_el] if title_el is not None else []
    lead_el = _first(root, is_lead, body, taken, before_body=True)
    if lead_el is not None:
        blocks += [b for b in flatten(lead_el, "LEAD", set(taken)) if b.label != "TITLE"]
        taken.append(lead_el)
    body_blocks = flatten(body, classify(body, "BODY") if body.tag != "body" else "BODY",
                          set(taken))
    blocks += [b for b in body_blocks if b.label != "TITLE"]
    if title_el is None and meta.get("title"):
        blocks.insert(0, _title_from_blocks(blocks, meta))
    byline_el = _first(root, is_author, body, taken)
    if byline_el is not None:
        blocks += [Block(b.text, "BYLINE") for b in flatten(byline_el, "BYLINE")]
    blocks = [b for b in blocks if b.label == "TITLE" or not is_dateline(b.text)]
    _infer_lead(blocks)
    _infer_byline(blocks, meta.get("author"))
    order = {"TITLE": 0, "LEAD": 1, "BYLINE": 3}
    blocks.sort(key=lambda b: order.get(b.label, 2))  # stable: in-body order is kept
    return _dedupe_bylines(blocks)


def _infer_lead(blocks: list[Block]) -> None:
    seen_body = False
    for block in blocks:  # a lead-classed block after body text is a teaser, not the sapo
        seen_body = seen_body or block.label == "BODY"
        if block.label == "LEAD" and seen_body:
            block.label = "BODY"
    if any(b.label == "LEAD" for b in blocks):
        return
    first = next((b for b in blocks if b.label == "BODY"), None)
    if first is not None and first.bold > 0.9 and len(first.text.split()) >= 8:
        first.label = "LEAD"


def _infer_byline(blocks: list[Block], author: str | None) -> None:
    if any(b.label == "BYLINE" for b in blocks):
        return
    body = [b for b in blocks if b.label == "BODY"]
    if body and _looks_like_byline(body[-1], author):
        body[-1].label = "BYLINE"
    elif author:
        blocks.append(Block(author, "BYLINE"))


def _dedupe_bylines(blocks: list[Block]) -> list[Block]:
    seen: set[str] = set()
    out = []
    for block in blocks:
        if block.label == "BYLINE":
            if block.text.lower() in seen:
                continue
            seen.add(block.text.lower())
        out.append(block)
    return out


def blocks_to_document(doc_id: str, blocks: list[Block], meta: dict[str, str]) -> Document:
    """A ``todo`` document: the blocks joined by blank lines, one suggested zone per block."""
    text = "\n\n".join(b.text for b in blocks)
    doc = new_document(doc_id, text, meta)
    pos = 0
    for i, block in enumerate(blocks, 1):
        piece = doc.text[pos : pos + len(block.text)]
        doc.spans.append(Span(id=f"z{i}", layer="zone", label=block.label, start=pos,
                              end=pos + len(piece), text=piece, source=SOURCE,
                              review="suggested"))
        pos += len(piece) + 2
    return doc


def import_html(path: str | Path, doc_id: str | None = None) -> Document:
    """The document of the saved page ``path``; GoldspanError naming the file when the page
    is too big, unreadable or holds no article text."""
    path = Path(path)
    root = parse_html_file(path)
    meta = page_meta(root)
    blocks = article_blocks(root, meta)
    if not blocks:
        raise GoldspanError(Problem("holds no article text to import", str(path)))
    meta_out: dict[str, str] = {"title": blocks[0].text if blocks[0].label == "TITLE"
                                else meta.get("title", path.stem)}
    meta_out.update({k: v for k, v in meta.items() if k != "title"})
    meta_out.update({"source": path.name, "lang": "vi"})
    return blocks_to_document(doc_id or path.stem, blocks, meta_out)


def _load(path: str | Path, **_: object) -> list[Document]:
    return [import_html(path)]


register_importer(Importer("html", "saved article web page (lxml; zones from the page layout)",
                           _load, (".html", ".htm")))
