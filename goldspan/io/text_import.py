"""Import plain-text article dumps as documents.

Accepted encodings: UTF-8 with or without BOM, UTF-16 with BOM, or an explicit
``encoding`` (a byte order mark is never part of the text). CRLF and CR become LF and the
text is NFC-normalized (the title in ``meta`` too); nothing else changes, so offsets are
fixed here, once. The document id is the file stem.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from goldspan.io.gold import read_bytes_checked
from goldspan.model.document import Document, new_document
from goldspan.model.errors import GoldspanError, Problem


def decode_text(data: bytes, origin: str, encoding: str | None = None) -> str:
    """Decode ``data`` per the rules above; GoldspanError suggesting ``--encoding`` otherwise."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise GoldspanError(Problem(f"unknown encoding {encoding!r}", origin)) from None
        except UnicodeDecodeError as exc:
            raise GoldspanError(Problem(f"is not valid {encoding} (byte {exc.start})",
                                        origin)) from None
    if data.startswith(codecs.BOM_UTF8):
        data, enc = data[3:], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc = "utf-16"
    else:
        if b"\x00" in data[:8192]:
            raise GoldspanError(Problem(
                "looks binary (NUL bytes) and has no UTF-16 byte order mark; if it is text, "
                "give its encoding with --encoding", origin))
        enc = "utf-8"
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise GoldspanError(Problem(
            f"is not valid {enc.upper()} (byte {exc.start}); give its encoding with "
            "--encoding, e.g. --encoding cp1258", origin)) from None


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def import_text(path: str | Path, encoding: str | None = None, doc_id: str | None = None) -> Document:
    """A ``todo`` document from a text file: id = file stem, ``meta.source`` = file name."""
    path = Path(path)
    origin = str(path)
    data = read_bytes_checked(path, "text file")
    # NFC before the title is taken, so meta agrees with the text; a byte order mark left
    # by an explicit --encoding (utf-8, utf-16-le...) is not article text
    text = unicodedata.normalize("NFC", normalize_newlines(decode_text(data, origin, encoding)))
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise GoldspanError(Problem("is empty: no text to import", origin))
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    meta = {"title": first, "source": path.name, "lang": "vi"}
    return new_document(doc_id or path.stem, text, meta)
