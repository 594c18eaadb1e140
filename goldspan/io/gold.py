"""Read and write gold JSON documents (FORMAT.md v1).

Reading never modifies the file. Every problem (broken JSON, wrong types, offsets, hash,
ids, speakers, version) is reported as a :class:`GoldspanError` naming the file, document
and span. Writing is atomic and stable: the same document always gives the same bytes
(UTF-8, not ASCII-escaped, two-space indent).
"""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import orjson

from goldspan.io.atomic import atomic_write_bytes
from goldspan.model.document import Document, document_to_dict, parse_document
from goldspan.model.errors import GoldspanError, Problem

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024


def read_bytes_checked(path: str | Path, what: str = "file") -> bytes:
    """The bytes of ``path``, or GoldspanError for a missing file, folder or unreadable file."""
    path = Path(path)
    if not path.exists():
        raise GoldspanError(Problem(f"no such {what}", str(path)))
    if path.is_dir():
        raise GoldspanError(Problem(f"is a folder, expected a {what}", str(path)))
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise GoldspanError(Problem(f"is {size} bytes, over the limit of "
                                        f"{MAX_DOCUMENT_BYTES} bytes", str(path)))
        return path.read_bytes()
    except OSError as exc:
        raise GoldspanError(Problem(f"cannot be read: {exc.strerror or exc}", str(path))) from None


def read_text_checked(path: str | Path, what: str = "file", encoding: str = "utf-8") -> str:
    """The text of ``path`` decoded with ``encoding`` (``utf-8-sig`` drops a byte order
    mark); GoldspanError as :func:`read_bytes_checked`, or naming the file and the first bad
    byte when it is not in that encoding."""
    data = read_bytes_checked(path, what)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise GoldspanError(Problem(f"is not UTF-8 (byte {exc.start}): not a readable {what}",
                                    str(path))) from None


def parse_json_bytes(data: bytes, origin: str) -> Any:
    """Parse JSON bytes; GoldspanError with line and column when broken, empty or binary."""
    if not data.strip():
        raise GoldspanError(Problem("is empty, expected a goldspan JSON document", origin))
    if b"\x00" in data[:8192]:
        raise GoldspanError(Problem("is a binary file, not a goldspan JSON document", origin))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise GoldspanError(Problem(f"is not UTF-8 (byte {exc.start}): not a goldspan JSON "
                                    "document", origin)) from None
    except json.JSONDecodeError as exc:
        raise GoldspanError(Problem(f"is not valid JSON: {exc.msg} at line {exc.lineno}, "
                                    f"column {exc.colno}", origin)) from None
    except RecursionError:  # orjson refuses past 1,024 levels; the stdlib then overflows
        raise GoldspanError(Problem("is nested too deeply to be a goldspan document",
                                    origin)) from None


def read_document(path: str | Path) -> Document:
    """Load and check one gold JSON file; GoldspanError lists every problem found."""
    origin = str(path)
    # Pausing the garbage collector while building tens of thousands of small objects halves
    # the load time of large documents (measured in bench/load_bench.py).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        data = parse_json_bytes(read_bytes_checked(path, "goldspan JSON file"), origin)
        return parse_document(data, origin)
    finally:
        if was_enabled:
            gc.enable()


def dumps_document(doc: Document) -> bytes:
    """The stable UTF-8 JSON bytes of ``doc``: two-space indent, keys in FORMAT.md order,
    no ASCII escapes, a final newline. orjson is ~20x faster than the standard library's
    indenting encoder (which is pure Python); the latter is the fallback for values orjson
    refuses (integers beyond 64 bits)."""
    data = document_to_dict(doc)
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    except orjson.JSONEncodeError:
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_document(doc: Document, path: str | Path) -> None:
    """Write ``doc`` to ``path`` atomically."""
    atomic_write_bytes(path, dumps_document(doc))
