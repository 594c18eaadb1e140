"""A corpus: a folder of ``<id>.json`` gold documents, with a small summary index.

Listing a corpus reads ``.goldspan-index.json`` (per file: size, mtime and a summary: id,
title, status, span counts) and re-reads only files whose size or mtime changed, so a
corpus of 10,000 documents lists without parsing every text. The index is a cache: losing
or corrupting it costs time, never data.
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import orjson

from goldspan.io.atomic import atomic_write_bytes
from goldspan.io.gold import read_document, write_document
from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError, Problem

INDEX_NAME = ".goldspan-index.json"
INDEX_VERSION = 1
_SAFE_ID = re.compile(r"^[^/\\\x00]+$")


def file_stem(doc_id: str) -> str:
    """``doc_id`` itself when it can name a file inside a folder (not empty, no ``/``, ``\\``
    or NUL, not ``.`` or ``..``); GoldspanError otherwise, so no id writes outside it."""
    if not _SAFE_ID.match(doc_id) or doc_id in (".", ".."):
        raise GoldspanError(Problem(f"document id {doc_id!r} cannot be a file name",
                                    document=doc_id))
    return doc_id


def document_files(folder: Path, doc_ids: list[str], suffix: str) -> list[Path]:
    """``folder/<id><suffix>`` for each id, in order; GoldspanError listing every id that
    cannot name a file or comes twice (one would overwrite the other), before any write."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for doc_id in doc_ids:
        try:
            file_stem(doc_id)
        except GoldspanError as exc:
            problems += exc.problems
        if doc_id in seen:
            problems.append(Problem(f"two documents have the id {doc_id!r}; each needs its "
                                    "own file", str(folder / f"{doc_id}{suffix}"), doc_id))
        seen.add(doc_id)
    if problems:
        raise GoldspanError(problems)
    return [folder / f"{doc_id}{suffix}" for doc_id in doc_ids]


@dataclass
class CorpusEntry:
    """Summary of one document file, enough for a corpus list without loading the text."""

    file: str
    id: str
    title: str
    status: str
    spans: int
    suggested: int
    size: int
    mtime_ns: int
    error: str | None = None


class Corpus:
    """The corpus folder ``root``. Documents are ``root/<id>.json``."""

    def __init__(self, root: str | Path):
        self.root = Path(root)
        if not self.root.is_dir():
            raise GoldspanError(Problem("is not a corpus folder (no such folder)", str(self.root)))

    @classmethod
    def create(cls, root: str | Path) -> Corpus:
        """Make the folder if needed and return the corpus."""
        Path(root).mkdir(parents=True, exist_ok=True)
        return cls(root)

    def path_for(self, doc_id: str) -> Path:
        """The file of document ``doc_id`` (GoldspanError when the id cannot name a file)."""
        return self.root / f"{file_stem(doc_id)}.json"

    def files(self) -> list[Path]:
        """Document files, sorted by name (hidden files skipped)."""
        return [self.root / name for name, _ in self._scan()]

    def _scan(self) -> list[tuple[str, os.DirEntry[str]]]:
        """``(name, entry)`` of the document files, sorted by name (one ``scandir``)."""
        with os.scandir(self.root) as it:
            found = [(e.name, e) for e in it
                     if e.name.endswith(".json") and not e.name.startswith(".")]
        found.sort(key=lambda pair: pair[0])
        return found

    def entries(self) -> list[CorpusEntry]:
        """One summary per document file; refreshes stale index entries and saves the index."""
        index = self._read_index()
        fresh: dict[str, CorpusEntry] = {}
        changed = False
        for name, entry in self._scan():
            try:
                st = entry.stat()
            except OSError:
                continue
            old = index.get(name)
            if old is not None and old.size == st.st_size and old.mtime_ns == st.st_mtime_ns:
                fresh[name] = old
                continue
            fresh[name] = _summarize(self.root / name, st.st_size, st.st_mtime_ns)
            changed = True
        if changed or set(fresh) != set(index):
            self._write_index(fresh)
        return list(fresh.values())

    def load(self, doc_id: str) -> Document:
        """Read and check document ``doc_id``."""
        return read_document(self.path_for(doc_id))

    def save(self, doc: Document) -> Path:
        """Write ``doc`` to its file atomically; returns the path."""
        path = self.path_for(doc.id)
        write_document(doc, path)
        return path

    def add(self, doc: Document, overwrite: bool = False) -> Path:
        """Save a new document; GoldspanError if its id exists and ``overwrite`` is False."""
        path = self.path_for(doc.id)
        if path.exists() and not overwrite:
            raise GoldspanError(Problem(f"a document with id {doc.id!r} is already in the corpus",
                                        str(path)))
        return self.save(doc)

    def __contains__(self, doc_id: str) -> bool:
        return self.path_for(doc_id).exists()

    # -- index -------------------------------------------------------------------------------
    def _read_index(self) -> dict[str, CorpusEntry]:
        try:
            data = orjson.loads((self.root / INDEX_NAME).read_bytes())
            if data.get("version") != INDEX_VERSION:
                return {}
            return {name: CorpusEntry(**e) for name, e in data["files"].items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return {}

    def _write_index(self, entries: dict[str, CorpusEntry]) -> None:
        data = {"version": INDEX_VERSION, "files": {k: asdict(v) for k, v in entries.items()}}
        try:
            atomic_write_bytes(self.root / INDEX_NAME, orjson.dumps(data))
        except OSError:
            pass  # a read-only corpus still lists; the index is only a cache


def _summarize(path: Path, size: int, mtime_ns: int) -> CorpusEntry:
    try:
        data: Any = orjson.loads(path.read_bytes())
        spans = data.get("spans") or []
        meta = data.get("meta") or {}
        return CorpusEntry(
            file=path.name, id=str(data.get("id", path.stem)),
            title=str(meta.get("title") or data.get("id", path.stem)),
            status=str(data.get("status", "todo")), spans=len(spans),
            suggested=sum(1 for s in spans if isinstance(s, dict) and s.get("review") == "suggested"),
            size=size, mtime_ns=mtime_ns)
    except (OSError, ValueError, AttributeError, TypeError) as exc:  # "spans": 5 -> TypeError
        return CorpusEntry(file=path.name, id=path.stem, title=path.stem, status="todo", spans=0,
                           suggested=0, size=size, mtime_ns=mtime_ns, error=str(exc))


def is_corpus_folder(path: str | Path) -> bool:
    """Whether ``path`` is a folder (any folder can be a corpus)."""
    return os.path.isdir(path)
