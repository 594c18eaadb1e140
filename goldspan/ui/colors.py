"""Colours shared by every view: one palette for speakers, the scheme's colours for labels.

The article view's speaker side bar, the inspector's cast list and the span list all call
:func:`speaker_color` with the speaker's position in ``Document.speakers``, so a speaker has
the same colour everywhere. :func:`label_color` is the scheme's colour of a label, or a
stable colour derived from the name for labels the scheme does not define.
"""

from __future__ import annotations

import hashlib

from goldspan.model.scheme import LabelScheme

# Paul Tol's "muted" qualitative palette (colour-blind safe), then his "bright" one.
SPEAKER_PALETTE: tuple[str, ...] = (
    "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255",
    "#44AA99", "#999933", "#AA4499", "#4477AA", "#EE6677", "#228833",
)
UNKNOWN_SPEAKER = "#888888"


def speaker_color(index: int) -> str:
    """``#RRGGBB`` of the speaker at position ``index`` of the cast (cycles; <0 is grey)."""
    if index < 0:
        return UNKNOWN_SPEAKER
    return SPEAKER_PALETTE[index % len(SPEAKER_PALETTE)]


def label_color(scheme: LabelScheme, layer: str, label: str) -> str:
    """``#RRGGBB`` of ``label`` in ``layer``: the scheme's, else a stable hash-derived one."""
    if scheme.has_label(layer, label):
        return scheme.layer(layer).label(label).color
    digest = hashlib.sha1(f"{layer}/{label}".encode()).digest()
    # keep the channels in a mid range so text on top stays readable
    r, g, b = (64 + digest[i] % 128 for i in range(3))
    return f"#{r:02X}{g:02X}{b:02X}"


def text_color_on(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (``#RRGGBB``)."""
    value = background.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    luminance = 0.299 * r + 0.587 * g + 0.114 * b
    return "#000000" if luminance > 150 else "#FFFFFF"
