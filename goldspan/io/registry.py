"""Registries of importers and exporters, by name.

An importer turns a file into documents; an exporter writes documents in another tool's
format. A new format is a new module that calls :func:`register_importer` or
:func:`register_exporter` at import time and is listed in ``BUILTIN_MODULES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError, Problem

# Modules that register built-in formats when imported (one file per format).
BUILTIN_MODULES: list[str] = ["goldspan.io.builtin_formats", "goldspan.io.gsmark", "goldspan.io.html_import", "goldspan.io.formats.brat", "goldspan.io.formats.doccano", "goldspan.io.formats.labelstudio", "goldspan.io.formats.conll", "goldspan.io.formats.figures_csv", "goldspan.io.formats.spacy_docbin"]


@dataclass(frozen=True)
class Importer:
    """Reads ``path`` into documents. ``suffixes`` pick it automatically (``.txt``);
    ``folder`` is a glob (``*.ann``) whose match inside a folder marks the whole folder as
    one input in this format (its files are not articles of their own)."""

    name: str
    description: str
    load: Callable[..., list[Document]]
    suffixes: tuple[str, ...] = ()
    folder: str | None = None


@dataclass(frozen=True)
class Exporter:
    """Writes documents to ``out`` (a file or a folder, as the format needs)."""

    name: str
    description: str
    write: Callable[..., None]
    options: dict[str, str] = field(default_factory=dict)


_IMPORTERS: dict[str, Importer] = {}
_EXPORTERS: dict[str, Exporter] = {}
_loaded = False


def register_importer(importer: Importer) -> Importer:
    """Add ``importer`` under its name (a later registration of the same name replaces it)."""
    _IMPORTERS[importer.name] = importer
    return importer


def register_exporter(exporter: Exporter) -> Exporter:
    """Add ``exporter`` under its name."""
    _EXPORTERS[exporter.name] = exporter
    return exporter


def _ensure_loaded() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for module in BUILTIN_MODULES:
            importlib.import_module(module)


def importers() -> dict[str, Importer]:
    """All importers by name."""
    _ensure_loaded()
    return dict(_IMPORTERS)


def exporters() -> dict[str, Exporter]:
    """All exporters by name."""
    _ensure_loaded()
    return dict(_EXPORTERS)


def get_exporter(name: str) -> Exporter:
    """The exporter ``name``; GoldspanError listing the known ones otherwise."""
    found = exporters().get(name)
    if found is None:
        raise GoldspanError(f"unknown export format {name!r}; known: {', '.join(sorted(_EXPORTERS))}")
    return found


def importer_for(path: str | Path, name: str | None = None) -> Importer:
    """The importer called ``name``, or the one whose suffixes match ``path``."""
    table = importers()
    if name is not None:
        if name not in table:
            raise GoldspanError(f"unknown import format {name!r}; known: {', '.join(sorted(table))}")
        return table[name]
    suffix = Path(path).suffix.lower()
    for importer in table.values():
        if suffix in importer.suffixes:
            return importer
    raise GoldspanError(Problem(f"no importer for files ending in {suffix or '(no suffix)'!r}; "
                                "name one with --format", str(path)))


def folder_format(path: str | Path) -> str | None:
    """The name of the importer whose ``folder`` glob matches inside the folder ``path``
    (brat's ``*.ann``, Label Studio's ``tasks.json``), or None."""
    folder = Path(path)
    if not folder.is_dir():
        return None
    for importer in importers().values():
        if importer.folder and next(folder.glob(importer.folder), None) is not None:
            return importer.name
    return None


def load_documents(paths: Iterable[str | Path], fmt: str | None = None) -> list[Document]:
    """Documents from files by importer (all problems of all files raised together)."""
    docs: list[Document] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            docs.extend(importer_for(path, fmt).load(path))
        except GoldspanError as exc:
            problems.extend(exc.problems)
    if problems:
        raise GoldspanError(problems)
    return docs
