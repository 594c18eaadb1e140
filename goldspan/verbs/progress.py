"""A minimal progress bar for the terminal (silent when stderr is not a terminal)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def progress(items: Iterable[T], total: int, label: str, min_items: int = 5) -> Iterator[T]:
    """Yield ``items``, drawing ``label [####....] i/total`` on a terminal when many."""
    show = total >= min_items and sys.stderr.isatty()
    for i, item in enumerate(items, 1):
        yield item
        if show:
            filled = int(30 * i / total)
            sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (30 - filled)}] {i}/{total}")
            sys.stderr.flush()
    if show:
        sys.stderr.write("\n")
