"""Turn a cleaned article page into text blocks with a zone label each.

:func:`flatten` walks an element in document order and cuts its text into blocks at every
block-level element and ``<br>``; each block is one line of the final document. A block's
label comes from the nearest classified ancestor (:func:`classify`): ``figure``,
``figcaption`` and caption classes give CAPTION, sapo/lead classes LEAD, author classes
(or ``itemprop=author``, ``rel=author``) BYLINE, everything else the inherited label
(BODY for the article body). Inline markup (bold interview labels, links, emphasis) stays
in the text. A BODY/LEAD block that is mostly link text is an in-article link list and is
left out. :func:`find_body` picks the article body by paragraph text, readability-style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from goldspan.io.html_clean import class_id
from goldspan.io.html_meta import clean_text

BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figure",
    "figcaption", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "section", "article",
    "main", "header", "footer", "dl", "dt", "dd", "pre", "hr", "address", "center", "caption",
    "body", "html",
})
_CAPTION = re.compile(r"(?<![a-z])(caption|captions|image-?desc|img-?desc|photo-?desc|"
                      r"pic-?desc|chu-?thich|chuthich|image_caption|imagecaption|"
                      r"photocms_caption|expnoedit|image-?note|photo-?note)(?![a-z])")
_CAPTION_TABLE = re.compile(r"(?<![a-z])(tplcaption|caption|image|photo|picture|img|pic)"
                            r"(?![a-z])")
_LEAD = re.compile(r"(?<![a-z])(sapo|lead|chapeau|summary|excerpt|intro|abstract|tomtat|"
                   r"tom-?tat|description|article-?sapo|detail-?sapo|desc)(?![a-z])")
_AUTHOR = re.compile(r"(?<![a-z])(author|authors|byline|tac-?gia|tacgia|writer|reporter|"
                     r"nguoi-?viet|author-?name|article-?author|detail-?author)(?![a-z])")
_BODY_HINT = re.compile(r"(?<![a-z])(article-?body|articlebody|article-?content|detail-?content|"
                        r"content-?detail|detail__content|post-?content|entry-?content|"
                        r"fck_detail|maincontent|news-?content|singular-?content|cms-?body|"
                        r"body-?text|noidung|noi-?dung|article__body)(?![a-z])")
_RIGHT = re.compile(r"text-align\s*:\s*right", re.I)


@dataclass
class Block:
    """One line of the document: its text, zone label and a few layout facts."""

    text: str
    label: str
    bold: float = 0.0  # share of the characters inside <strong>/<b>
    links: float = 0.0  # share of the characters inside <a>
    right: bool = False  # right-aligned (bylines often are)


def is_caption(el: etree._Element) -> bool:
    """Whether ``el`` is a photo caption container."""
    if el.tag in ("figure", "figcaption"):
        return True
    cid = class_id(el)
    if el.tag == "table" and _CAPTION_TABLE.search(cid):
        return True
    return bool(_CAPTION.search(cid))


def is_lead(el: etree._Element) -> bool:
    """Whether ``el`` carries a sapo/lead class (or ``itemprop=description``)."""
    if "description" in (el.get("itemprop") or "").lower() and el.tag != "meta":
        return True
    return el.tag not in ("img", "figure") and bool(_LEAD.search(class_id(el)))


def is_author(el: etree._Element) -> bool:
    """Whether ``el`` is an author/byline element."""
    if "author" in (el.get("itemprop") or "").lower().split():
        return True
    if el.tag == "a" and "author" in (el.get("rel") or "").lower().split():
        return True
    return bool(_AUTHOR.search(class_id(el)))


def classify(el: etree._Element, inherited: str) -> str:
    """The zone label of text inside ``el`` given the label of its parent."""
    if inherited in ("CAPTION", "TITLE"):
        return inherited
    if is_caption(el):
        return "CAPTION"
    if inherited == "BODY" and is_lead(el):
        return "LEAD"
    if is_author(el):
        return "BYLINE"
    return inherited


class _Walker:
    def __init__(self, skip: set[etree._Element]):
        self.skip = skip
        self.blocks: list[Block] = []
        self.parts: list[tuple[str, str, bool, bool, bool]] = []  # text, label, bold, link, right

    def add(self, text: str | None, label: str, bold: bool, link: bool, right: bool) -> None:
        if text:
            self.parts.append((text, label, bold, link, right))

    def flush(self) -> None:
        parts, self.parts = self.parts, []
        text = clean_text("".join(p[0] for p in parts))
        if not text:
            return
        label = next(p[1] for p in parts if p[0].strip())
        total = sum(len(p[0].strip()) for p in parts) or 1
        bold = sum(len(p[0].strip()) for p in parts if p[2]) / total
        links = sum(len(p[0].strip()) for p in parts if p[3]) / total
        right = any(p[4] for p in parts if p[0].strip())
        if label in ("BODY", "LEAD") and links > 0.5:
            return  # an in-article list of links (related articles)
        self.blocks.append(Block(text, label, bold, links, right))

    def walk(self, el: etree._Element, label: str, bold: bool, link: bool, right: bool) -> None:
        if el in self.skip or not isinstance(el.tag, str):
            return
        own = classify(el, label)
        block = el.tag in BLOCK_TAGS
        bold = bold or el.tag in ("strong", "b") or "bold" in (el.get("style") or "")
        link = link or el.tag == "a"
        right = right or bool(_RIGHT.search(el.get("style") or "")) or el.get("align") == "right"
        if block:
            self.flush()
        if el.tag == "br":
            self.flush()
        elif el.tag != "img":
            self.add(el.text, own, bold, link, right)
            for child in el:
                self.walk(child, own, bold, link, right)
                if isinstance(child.tag, str):
                    self.add(child.tail, own, bold, link, right)
        if block:
            self.flush()


def flatten(el: etree._Element, label: str = "BODY",
            skip: set[etree._Element] | None = None) -> list[Block]:
    """The blocks of ``el`` in document order (see the module contract); ``skip`` subtrees
    are left out."""
    walker = _Walker(skip or set())
    walker.walk(el, classify(el, label), False, False, False)
    walker.flush()
    return walker.blocks


def _link_ratio(el: etree._Element, text_len: int) -> float:
    linked = sum(len(clean_text(a.text_content())) for a in el.iter("a"))
    return linked / text_len if text_len else 0.0


def find_body(root: etree._Element) -> etree._Element:
    """The element holding the article's paragraphs.

    Every ``<p>`` (or text-bearing ``div``/``li``/``td`` leaf) of 20+ characters that is not
    mostly links adds its length to its parent (to itself for a cell or a leaf with
    ``<br>`` line breaks) and half of it to the next container up; containers with
    a body class or ``itemprop=articleBody`` get half again. The best score wins; with no
    paragraphs at all, ``<body>``.
    """
    scores: dict[etree._Element, float] = {}
    in_caption: set[etree._Element] = set()
    for el in root.xpath("//figure|//figcaption|//*[@class or @id]"):
        if el not in in_caption and is_caption(el):
            in_caption.update(el.iter())
    for el in root.iter("p", "div", "li", "blockquote", "h2", "h3", "td"):
        if el.tag in ("div", "li", "td") and any(c.tag in BLOCK_TAGS for c in el
                                                 if isinstance(c.tag, str)):
            continue
        if el in in_caption:
            continue
        text_len = len(clean_text(el.text_content()))
        if text_len < 20 or _link_ratio(el, text_len) > 0.5:
            continue
        # a table cell or a div holding <br>-separated paragraphs is its own container
        parent = el if el.tag == "td" or el.find("br") is not None else el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + text_len
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + text_len / 2
    best: etree._Element | None = None
    best_score = 0.0
    for el, score in scores.items():
        if _BODY_HINT.search(class_id(el)) or "articlebody" in (el.get("itemprop") or "").lower():
            score *= 1.5
        if score > best_score:
            best, best_score = el, score
    if best is not None:
        return best
    body = root.find(".//body")
    return body if body is not None else root
