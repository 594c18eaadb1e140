"""Opening helpers of the main window: user settings, and raw articles turned into gold.

:func:`import_raw_files` hands raw articles to ``import_flow.import_into_corpus``
(registered importers, extractor pre-annotation, progress dialog, bad files listed).
"""

from __future__ import annotations

from pathlib import Path

from goldspan.ui.settings import Settings, load_settings, save_settings

RAW_SUFFIXES = (".txt", ".html", ".htm")


def load_user_settings() -> tuple[Settings, str | None]:
    """Settings and an optional warning (a corrupt file was replaced by defaults)."""
    try:
        return load_settings()
    except Exception as exc:  # settings must never stop the window from opening
        return Settings(), f"Settings could not be read: {exc}"


def save_user_settings(settings: Settings) -> None:
    """Save settings; a failure is ignored (they are a convenience, not data)."""
    try:
        save_settings(settings)
    except Exception:
        pass


def remember_corpus(settings: Settings, folder: Path) -> None:
    """Put ``folder`` first in the recent corpora."""
    try:
        settings.add_recent(str(Path(folder).resolve()))
    except Exception:
        pass


def raw_files_to_import(folder: Path) -> list[Path]:
    """Raw articles in ``folder`` that have no ``<stem>.json`` document yet."""
    return [p for p in sorted(folder.iterdir())
            if p.is_file() and p.suffix.lower() in RAW_SUFFIXES
            and not p.with_suffix(".json").exists()]


def import_raw_files(parent, paths: list[Path] | None, folder: Path) -> list[str]:
    """Import ``paths`` (None: every raw file of ``folder`` not imported yet) into the
    corpus ``folder``, pre-annotated; returns the new document ids."""
    todo = raw_files_to_import(folder) if paths is None else [
        p for p in paths if not (Path(folder) / f"{p.stem}.json").exists()]
    if not todo:
        return []
    from goldspan.ui.import_flow import import_into_corpus  # progress dialog, bad files listed

    return list(import_into_corpus(parent, todo, folder))
