"""Safe reading and parsing of saved HTML pages (lxml).

Contract of :func:`parse_html_file`:

- no network access (``no_network``), no external entities and no entity expansion: the
  page's DOCTYPE internal subset and any ``<!ENTITY ...>`` declaration are cut out of the
  source before lxml sees it, and the HTML parser never loads a DTD;
- no ``huge_tree`` mode (libxml2's default limits on depth and text nodes stay on);
- pages over :data:`MAX_HTML_BYTES` (20 MB) are refused with a message naming the file;
- broken HTML still parses (``recover``); comments and processing instructions are dropped;
- the encoding comes from a byte order mark, then a ``<meta charset>`` (or ``http-equiv``)
  in the first 4 KB naming an ASCII-compatible text encoding, then UTF-8; undecodable
  bytes become U+FFFD instead of failing.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree, html

from goldspan.model.errors import GoldspanError, Problem

MAX_HTML_BYTES = 20 * 1024 * 1024

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# A DOCTYPE with an internal subset: <!DOCTYPE html [ ... ]>
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.I | re.S)
_ENTITY_DECL = re.compile(r"<!ENTITY.*?>", re.I | re.S)


def read_html_bytes(path: str | Path) -> bytes:
    """The bytes of the page ``path``; GoldspanError if missing, a folder, or over 20 MB."""
    path = Path(path)
    origin = str(path)
    if not path.exists():
        raise GoldspanError(Problem("no such HTML file", origin))
    if path.is_dir():
        raise GoldspanError(Problem("is a folder, expected an HTML file", origin))
    try:
        size = path.stat().st_size
        if size > MAX_HTML_BYTES:
            raise GoldspanError(Problem(
                f"is {size} bytes, over the HTML page limit of {MAX_HTML_BYTES} bytes (20 MB): "
                "not imported", origin))
        return path.read_bytes()
    except OSError as exc:
        raise GoldspanError(Problem(f"cannot be read: {exc.strerror or exc}", origin)) from None


def decode_html(data: bytes) -> str:
    """Text of the page bytes: BOM, then ``<meta charset>``, then UTF-8 (errors replaced)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace").lstrip("\ufeff")
    match = _META_CHARSET.search(data[:4096])
    enc = "utf-8"
    if match:
        try:
            info = codecs.lookup(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            info = None
        # only text encodings that keep ASCII (a page read as <meta ...> is ASCII-compatible:
        # the HTML standard reads a declared UTF-16/32 as UTF-8; ``zlib``, ``base64``... are
        # not text encodings at all and would fail to decode)
        if info is not None and getattr(info, "_is_text_encoding", True) \
                and not info.name.startswith(("utf-16", "utf-32")):
            enc = info.name
    return data.decode(enc, errors="replace")


def strip_declarations(source: str) -> str:
    """``source`` without an XML declaration, a DOCTYPE internal subset or ENTITY declarations.

    With these gone no entity can be defined, so none can be expanded (no billion laughs)
    and none can point at a file or URL (no external entity).
    """
    source = _XML_DECL.sub("", source, count=1)
    source = _DOCTYPE_SUBSET.sub("<!DOCTYPE html>", source)
    return _ENTITY_DECL.sub("", source)


def make_parser() -> html.HTMLParser:
    """An lxml HTML parser with the safe settings of this module."""
    return html.HTMLParser(recover=True, no_network=True, huge_tree=False,
                           remove_comments=True, remove_pis=True, remove_blank_text=False,
                           default_doctype=False)


def parse_html(source: str, origin: str = "<html>") -> etree._Element:
    """The root ``<html>`` element of ``source``; GoldspanError when nothing parses."""
    cleaned = strip_declarations(source).replace("\x00", "")
    if not cleaned.strip():
        raise GoldspanError(Problem("is empty: no HTML to import", origin))
    try:
        root = html.document_fromstring(cleaned, parser=make_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise GoldspanError(Problem(f"cannot be parsed as HTML: {exc}", origin)) from None
    if root is None:
        raise GoldspanError(Problem("cannot be parsed as HTML: no document element", origin))
    return root


def parse_html_file(path: str | Path) -> etree._Element:
    """Read, decode and safely parse the page at ``path`` (see the module contract)."""
    return parse_html(decode_html(read_html_bytes(path)), str(path))
