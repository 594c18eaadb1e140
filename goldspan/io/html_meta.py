"""Document metadata of a saved article page: title, author, date, canonical URL, site name.

:func:`page_meta` reads the ``<head>`` (Open Graph, ``article:*``, ``meta[name=author]``,
``link[rel=canonical]``, ``<title>``) and schema.org microdata (``itemprop``) and returns
only the keys it found, all strings, NFC-normalized and whitespace-collapsed. It must run
before boilerplate removal, which drops ``<header>`` elements where dates often live.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

_SPACE = re.compile(r"[\s\u00a0\u200b\u200c\u200d\ufeff]+")


def clean_text(text: str | None) -> str:
    """``text`` NFC-normalized with whitespace runs (nbsp, zero-width) collapsed, stripped."""
    if not text:
        return ""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _meta(root: etree._Element, *keys: str) -> str:
    """The content of the first ``<meta>`` whose ``property``/``name``/``itemprop`` is a key."""
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            for el in root.iter("meta"):
                if (el.get(attr) or "").strip().lower() == key:
                    value = clean_text(el.get("content"))
                    if value:
                        return value
    return ""


def _itemprop_text(root: etree._Element, prop: str) -> str:
    for el in root.xpath("//*[@itemprop]"):
        if el.tag == "meta":
            continue
        if prop in (el.get("itemprop") or "").split():
            value = clean_text(el.get("datetime") or el.get("content") or el.text_content())
            if value:
                return value
    return ""


def page_meta(root: etree._Element) -> dict[str, str]:
    """Title, author, date, url and site of the page, each only when the page gives it."""
    out: dict[str, str] = {}
    title = _meta(root, "og:title", "twitter:title")
    if not title:
        found = root.find(".//title")
        title = clean_text(found.text_content()) if found is not None else ""
    if title:
        out["title"] = title
    author = _meta(root, "author", "article:author", "dc.creator") or _itemprop_text(root, "author")
    if author and not author.startswith(("http://", "https://")):
        out["author"] = author
    date = (_meta(root, "article:published_time", "pubdate", "date", "dc.date",
                  "datepublished", "og:published_time")
            or _itemprop_text(root, "datePublished"))
    if not date:
        for el in root.iter("time"):
            date = clean_text(el.get("datetime"))
            if date:
                break
    if date:
        out["date"] = date
    url = ""
    for el in root.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split():
            url = clean_text(el.get("href"))
            if url:
                break
    url = url or _meta(root, "og:url")
    if url:
        out["url"] = url
    site = _meta(root, "og:site_name", "application-name", "publisher")
    if site:
        out["site"] = site
    return out
