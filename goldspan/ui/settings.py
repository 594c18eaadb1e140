"""User settings: a versioned JSON file in the platform's user config folder.

``load_settings()`` returns ``(settings, warning)``. The file is
``<config dir>/settings.json`` where the config dir is ``$GOLDSPAN_CONFIG_DIR`` when set
(tests point it at a temporary folder), else ``platformdirs.user_config_dir("goldspan")``.
An older file is migrated step by step to :data:`SETTINGS_VERSION`; a file that cannot be
read (bad JSON, wrong types) is moved aside as ``settings.json.corrupt`` (never deleted),
replaced by defaults, and the warning says so; a missing file just gives defaults. Window
geometry is not here: the main window keeps it in QSettings. No Qt in this module.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from goldspan.io.atomic import atomic_write_bytes

SETTINGS_VERSION = 2
FILE_NAME = "settings.json"
MAX_RECENT = 10


class Settings(BaseModel):
    """What Goldspan remembers between runs (version :data:`SETTINGS_VERSION`)."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)

    version: int = SETTINGS_VERSION
    recent_corpora: list[str] = Field(default_factory=list)
    last_document: str | None = None
    scheme: str = "vi-news"
    font_size: int = Field(default=12, ge=6, le=48)
    autosave_ms: int = Field(default=2000, ge=0)
    panels: dict[str, Any] = Field(default_factory=dict)

    @field_validator("recent_corpora")
    @classmethod
    def _dedupe(cls, value: list[str]) -> list[str]:
        seen: list[str] = []
        for item in value:
            if item not in seen:
                seen.append(item)
        return seen[:MAX_RECENT]

    def add_recent(self, corpus: str | Path) -> None:
        """Put ``corpus`` first in ``recent_corpora`` (no duplicates, at most 10)."""
        path = str(corpus)
        self.recent_corpora = [path, *(p for p in self.recent_corpora if p != path)]


def config_dir() -> Path:
    """The folder holding ``settings.json`` (``$GOLDSPAN_CONFIG_DIR`` wins)."""
    override = os.environ.get("GOLDSPAN_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir("goldspan", appauthor=False))


def settings_path() -> Path:
    """The settings file."""
    return config_dir() / FILE_NAME


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 said ``recent``, ``font`` and ``autosave_seconds``."""
    out = {k: v for k, v in data.items() if k not in ("recent", "font", "autosave_seconds")}
    if "recent" in data:
        out["recent_corpora"] = data["recent"]
    if "font" in data:
        out["font_size"] = data["font"]
    if "autosave_seconds" in data:
        out["autosave_ms"] = int(round(float(data["autosave_seconds"]) * 1000))
    out["version"] = 2
    return out


# MIGRATIONS[n] turns a version-n dict into a version n+1 dict.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring settings data of any older version up to :data:`SETTINGS_VERSION`."""
    version = data.get("version", 1)
    if not isinstance(version, int) or version < 1:
        raise ValueError(f"version {version!r} is not a settings version")
    while version < SETTINGS_VERSION:
        data = MIGRATIONS[version](data)
        version = data["version"]
    return data


def load_settings() -> tuple[Settings, str | None]:
    """The saved settings and None, or defaults and a warning when the file was unusable."""
    path = settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings(), None
    except OSError as exc:
        return Settings(), f"Could not read settings {path}: {exc}; using defaults."
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        newer = isinstance(data.get("version"), int) and data["version"] > SETTINGS_VERSION
        settings = Settings.model_validate(data if newer else migrate(data))
    except (ValueError, ValidationError, KeyError, TypeError, ArithmeticError,
            RecursionError) as exc:  # overflow: 1e400 seconds; recursion: [[[[… nested
        reason = str(exc).splitlines()[0]
        backup = path.with_name(FILE_NAME + ".corrupt")
        try:
            os.replace(path, backup)
            kept = f" The old file was kept as {backup.name}."
            save_settings(Settings())
        except OSError:
            kept = ""
        return Settings(), f"Settings file {path} was unreadable ({reason}); defaults are used.{kept}"
    if newer:
        return settings, (f"Settings file {path} is from a newer Goldspan (version "
                          f"{data['version']}); unknown fields are kept as they are.")
    return settings, None


def save_settings(settings: Settings) -> Path:
    """Write ``settings`` atomically (creating the folder); returns the file path."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = settings.model_dump(mode="json")
    data["version"] = max(int(data.get("version", SETTINGS_VERSION)), SETTINGS_VERSION)
    atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    return path
