"""The label scheme: layers, labels, colours, hotkeys and attribute definitions.

The UI, the extractors and the evaluator read labels from a :class:`LabelScheme` instead of
constants. The default scheme of FORMAT.md ships as ``resources/schemes/vi-news.json`` and is
returned by :func:`default_scheme`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from goldspan.model.errors import GoldspanError, Problem


class LabelDef(BaseModel):
    """One label of a layer: its name, colour (``#RRGGBB``) and hotkey."""

    name: str
    color: str
    hotkey: str | None = None
    description: str = ""
    muted: bool = False


class AttrDef(BaseModel):
    """An attribute a span of some labels may carry."""

    name: str
    type: Literal["string", "number", "date", "choice", "speaker", "bool"] = "string"
    labels: list[str] = Field(default_factory=list)
    choices: list[str] = Field(default_factory=list)
    required: bool = False
    nullable: bool = False


class LayerDef(BaseModel):
    """A layer: its labels and attributes, the key that activates it, and its id prefix."""

    name: str
    title: str = ""
    hotkey: str | None = None
    span_prefix: str = "x"
    labels: list[LabelDef]
    attrs: list[AttrDef] = Field(default_factory=list)

    def label(self, name: str) -> LabelDef:
        """The label called ``name``; KeyError if the layer has none."""
        for label in self.labels:
            if label.name == name:
                return label
        raise KeyError(name)

    def label_names(self) -> list[str]:
        """Label names in scheme order."""
        return [label.name for label in self.labels]

    def attrs_for(self, label: str) -> list[AttrDef]:
        """Attribute definitions that apply to ``label``."""
        return [a for a in self.attrs if not a.labels or label in a.labels]

    def label_for_hotkey(self, key: str) -> LabelDef | None:
        """The label bound to ``key`` in this layer, or None."""
        for label in self.labels:
            if label.hotkey == key:
                return label
        return None


class LabelScheme(BaseModel):
    """A whole scheme: ordered layers and the zone labels whose text carries content."""

    name: str
    version: int = 1
    description: str = ""
    layers: list[LayerDef]
    content_zones: list[str] = Field(default_factory=list)

    def layer(self, name: str) -> LayerDef:
        """The layer called ``name``; KeyError if the scheme has none."""
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise KeyError(name)

    def layer_names(self) -> list[str]:
        """Layer names in scheme order."""
        return [layer.name for layer in self.layers]

    def has_label(self, layer: str, label: str) -> bool:
        """Whether ``label`` exists in ``layer``."""
        try:
            self.layer(layer).label(label)
        except KeyError:
            return False
        return True

    def color(self, layer: str, label: str, default: str = "#999999") -> str:
        """The colour of a label, or ``default`` for labels the scheme does not know."""
        try:
            return self.layer(layer).label(label).color
        except KeyError:
            return default


def load_scheme(path: str | Path) -> LabelScheme:
    """Read a scheme JSON file; GoldspanError naming the file when it is not valid."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LabelScheme.model_validate(data)
    except (OSError, ValueError, ValidationError) as exc:
        raise GoldspanError(Problem(f"not a valid label scheme: {exc}", str(path))) from None


@lru_cache(maxsize=1)
def default_scheme() -> LabelScheme:
    """The bundled ``vi-news`` scheme (FORMAT.md's default), loaded once."""
    ref = resources.files("goldspan.resources").joinpath("schemes/vi-news.json")
    return LabelScheme.model_validate(json.loads(ref.read_text(encoding="utf-8")))
