"""Built-in importers (plain text, gold JSON, JSON Lines) and the lossless ``jsonl`` exporter."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from goldspan.io.atomic import atomic_write_bytes
from goldspan.io.formats.common import load_json_lines
from goldspan.io.gold import read_document
from goldspan.io.registry import Exporter, Importer, register_exporter, register_importer
from goldspan.io.text_import import import_text
from goldspan.model.document import Document, document_to_dict, parse_document
from goldspan.model.errors import GoldspanError, Problem


def _load_text(path: str | Path, encoding: str | None = None) -> list[Document]:
    return [import_text(path, encoding=encoding)]


def _load_gold(path: str | Path) -> list[Document]:
    return [read_document(path)]


def _load_jsonl(path: str | Path) -> list[Document]:
    docs = load_json_lines(path, "JSON Lines file",
                           lambda record, origin, _line: parse_document(record, origin))
    if not docs:
        raise GoldspanError(Problem("holds no documents", str(path)))
    return docs


def write_jsonl(docs: Iterable[Document], out: str | Path, **_: object) -> None:
    """One FORMAT v1 document per line (lossless), written atomically to ``out``."""
    lines = [json.dumps(document_to_dict(d), ensure_ascii=False) for d in docs]
    atomic_write_bytes(out, ("\n".join(lines) + "\n").encode("utf-8"))


register_importer(Importer("text", "plain-text article dump (UTF-8, UTF-16 with BOM)",
                           _load_text, (".txt",)))
register_importer(Importer("gold", "goldspan JSON document (FORMAT v1)", _load_gold, (".json",)))
register_importer(Importer("jsonl", "JSON Lines, one goldspan document per line", _load_jsonl,
                           (".jsonl",)))
register_exporter(Exporter("jsonl", "JSON Lines, one FORMAT v1 document per line (lossless)",
                           write_jsonl, {"out": "file"}))
