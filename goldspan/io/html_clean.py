"""Boilerplate removal for saved article pages, before the blocks are read.

:func:`remove_boilerplate` deletes, in place: scripts, styles, forms, media and other
non-text elements; navigation, asides and page-level header/footer (a ``<header>`` or
``<footer>`` inside ``<article>``/``<main>`` is kept: it often holds the headline or the
author); elements whose class or id marks them as related-article boxes, tag lists,
share bars, comments, menus or ads; and related-box headings such as ``Tin liên quan``,
``Tin khác``, ``Xem thêm`` with the box they open. An element holding the page's ``<h1>``
or an ``articleBody`` is never removed by a class rule, so a badly named wrapper cannot
take the article with it.
"""

from __future__ import annotations

import re

from lxml import etree, html

from goldspan.io.html_meta import clean_text

DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "nav", "aside", "form", "button",
    "svg", "select", "input", "textarea", "object", "embed", "video", "audio", "canvas",
    "map", "link", "meta", "head", "dialog", "menu",
})

_JUNK = re.compile(
    r"(?<![a-z])(related|relate|relation|lien-?quan|tinlienquan|tin-?khac|tinkhac|xem-?them|"
    r"xemthem|read-?more|readmore|doc-?them|docthem|tags?|tag-?list|taglist|keywords?|"
    r"share|sharing|social|comments?|binh-?luan|breadcrumbs?|menu|navbar|nav|advert\w*|ads|"
    r"adv|banner|sidebar|widget|newsletter|subscribe|most-?read|mostread|doc-?nhieu|"
    r"xem-?nhieu|recommend\w*|print|rating|vote|poll|login|cookie|toolbar|navigation|"
    r"cung-?chuyen-?muc|other-?news|more-?news)(?![a-z])")
_KEEP_HINT = re.compile(r"(?<![a-z])(article-?body|articlebody|detail-?content|content-?detail)"
                        r"(?![a-z])")

RELATED_PHRASES = (
    "tin liên quan", "tin khác", "xem thêm", "có thể bạn quan tâm", "nên xem", "đọc thêm",
    "tin cùng chuyên mục", "bài liên quan", "tin mới", "tin mới nhất", "tin nổi bật",
    "đọc nhiều", "xem nhiều", "tin đọc nhiều", "bài viết liên quan", "cùng chuyên mục",
    "phiên bản di động", "bạn có thể quan tâm", "tin tức liên quan", "chủ đề",
    "từ khóa", "từ khoá", "tags", "tag",
)


def class_id(el: etree._Element) -> str:
    """The lowercased ``class`` and ``id`` of ``el`` joined by a space."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _protected(el: etree._Element) -> bool:
    if el.tag in ("html", "body"):
        return True
    if el.tag == "h1" or el.find(".//h1") is not None:
        return True
    if "articlebody" in (el.get("itemprop") or "").lower():
        return True
    if el.find(".//*[@itemprop='articleBody']") is not None:
        return True
    return bool(_KEEP_HINT.search(class_id(el)))


def _drop(el: etree._Element) -> None:
    """Remove ``el`` but keep its tail text in the tree."""
    parent = el.getparent()
    if parent is None:
        return
    if isinstance(el, html.HtmlElement):
        el.drop_tree()
        return
    tail = el.tail
    previous = el.getprevious()
    parent.remove(el)
    if tail:  # keep the text that followed the element
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _in_article(el: etree._Element) -> bool:
    return any(a.tag in ("article", "main") or "articlebody" in (a.get("itemprop") or "").lower()
               for a in el.iterancestors())


def is_related_phrase(text: str) -> bool:
    """Whether ``text`` is a related-box heading (``Tin liên quan:``, ``XEM THÊM``...)."""
    norm = clean_text(text).lower().strip(" :>»›-–|•")
    return norm in RELATED_PHRASES


_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "a", "li",
                 "header", "section", "label", "em", "i")


def _short_text(el: etree._Element, limit: int = 60) -> str | None:
    """The text of ``el`` when it has at most ``limit`` characters, else None (stops early,
    so a wrapper holding the whole page costs no more than a heading)."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        size += len(piece.strip())
        if size > limit:
            return None
        parts.append(piece)
    return "".join(parts)


def _remove_related_headings(root: etree._Element) -> None:
    for el in list(root.iter(*_HEADING_TAGS)):
        if el.getparent() is None or len(el) > 2:
            continue
        text = _short_text(el)
        if text is None or not is_related_phrase(text):
            continue
        top = el
        while True:
            parent = top.getparent()
            if parent is None or parent.tag == "body" or _protected(parent):
                break
            first = next((c for c in parent if isinstance(c.tag, str)), None)
            if first is not top or clean_text(parent.text):
                break
            top = parent
        if top is el:  # a heading in the flow: it ends its list of siblings
            for sib in list(el.itersiblings()):
                if not _protected(sib):
                    _drop(sib)
        if not _protected(top):
            _drop(top)


def remove_boilerplate(root: etree._Element) -> None:
    """Delete the page parts that are not the article (see the module contract), in place."""
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in list(root.iter(*DROP_TAGS)):
        if el.getparent() is not None:
            _drop(el)
    for el in list(root.iter("header", "footer")):
        if el.getparent() is not None and not _in_article(el) and not _protected(el):
            _drop(el)
    for el in root.xpath("//*[@class or @id or @hidden or @style]"):
        if el.getparent() is None:
            continue
        if el.get("hidden") is not None or "display:none" in (el.get("style") or "").replace(" ", ""):
            if not _protected(el):
                _drop(el)
            continue
        if _JUNK.search(class_id(el)) and not _protected(el):
            _drop(el)
    _remove_related_headings(root)
