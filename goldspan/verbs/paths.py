"""Expand command-line paths: files as given, folders to the matching files inside them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def expand_paths(paths: Iterable[str], suffixes: tuple[str, ...]) -> list[Path]:
    """Each file as is (even with another suffix, so it is reported), each folder's files
    with one of ``suffixes`` (sorted, hidden files skipped). Missing paths are kept so
    the caller reports them."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.is_file()
                              and p.name.lower().endswith(suffixes) and not p.name.startswith(".")))
        else:
            out.append(path)
    return out
