"""The window's actions and their shortcuts: one table for the menu bar, F1 and docs/ui.md.

Each :class:`ActionSpec` names a handler method of :class:`goldspan.ui.edit_actions.EditController`
or of the main window. Label keys (1-9) and layer keys come from the label scheme and are
listed by :func:`scheme_rows`.
"""

from __future__ import annotations

from dataclasses import dataclass

from goldspan.model.scheme import LabelScheme


@dataclass(frozen=True)
class ActionSpec:
    """A menu action: id (handler name), menu, text, shortcuts (Qt key sequence strings)."""

    id: str
    menu: str
    text: str
    keys: tuple[str, ...] = ()
    context: bool = False  # also in the article view's right-click menu


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_folder", "&File", "Open corpus folder…", ("Ctrl+O",)),
    ActionSpec("save", "&File", "Save", ("Ctrl+S",)),
    ActionSpec("mark_done", "&File", "Mark done and open next", ("Ctrl+Return", "Ctrl+Enter")),
    ActionSpec("quit", "&File", "Quit", ("Ctrl+Q",)),
    ActionSpec("accept", "&Edit", "Accept span", ("Return", "Enter"), True),
    ActionSpec("delete", "&Edit", "Delete span", ("Delete", "Backspace"), True),
    ActionSpec("accept_layer", "&Edit", "Accept all suggestions in layer", ("Ctrl+Shift+A",), True),
    ActionSpec("rerun", "&Edit", "Run extractors again (keep reviewed)", ("Ctrl+R",), True),
    ActionSpec("end_right", "&Edit", "End one syllable right", ("Alt+Right",), True),
    ActionSpec("end_left", "&Edit", "End one syllable left", ("Alt+Left",), True),
    ActionSpec("start_left", "&Edit", "Start one syllable left", ("Alt+Shift+Left",), True),
    ActionSpec("start_right", "&Edit", "Start one syllable right", ("Alt+Shift+Right",), True),
    ActionSpec("end_right_char", "&Edit", "End one character right", ("Ctrl+Alt+Right",)),
    ActionSpec("end_left_char", "&Edit", "End one character left", ("Ctrl+Alt+Left",)),
    ActionSpec("start_left_char", "&Edit", "Start one character left", ("Ctrl+Alt+Shift+Left",)),
    ActionSpec("start_right_char", "&Edit", "Start one character right",
               ("Ctrl+Alt+Shift+Right",)),
    ActionSpec("next_span", "&Go", "Next span", ("Tab",)),
    ActionSpec("prev_span", "&Go", "Previous span", ("Shift+Tab", "Backtab")),
    ActionSpec("next_suggested", "&Go", "Next suggested span", ("N",)),
    ActionSpec("prev_suggested", "&Go", "Previous suggested span", ("P",)),
    ActionSpec("clear_selection", "&Go", "Clear selection", ("Escape",)),
    ActionSpec("shortcuts", "&Help", "Keyboard shortcuts", ("F1",)),
)

UNDO_KEYS = ("Ctrl+Z",)
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")


def scheme_rows(scheme: LabelScheme) -> list[tuple[str, str]]:
    """(keys, meaning) rows for the layer keys and each layer's label keys."""
    rows = []
    for layer in scheme.layers:
        if layer.hotkey:
            rows.append((layer.hotkey, f"Active layer: {layer.title or layer.name}"))
    for layer in scheme.layers:
        labels = ", ".join(f"{lab.hotkey}={lab.name}" for lab in layer.labels if lab.hotkey)
        rows.append((f"{layer.hotkey or '?'} then 1–9", f"{layer.title or layer.name}: {labels}"))
    return rows


def shortcut_rows(scheme: LabelScheme) -> list[tuple[str, str]]:
    """Every shortcut of the window as (keys, what it does), for F1 and the user guide."""
    rows = [("Select text + label key", "New span in the active layer (snapped to syllables; "
             "hold Alt for exact characters)"),
            ("Label key on a selected span", "Relabel it"),
            ("Click", "Select the span under the mouse; click again to cycle overlapping spans"),
            ("Drag a selected span's edge", "Resize it (snapped to syllables unless Alt)")]
    rows += scheme_rows(scheme)
    rows += [(a.keys[0], a.text) for a in ACTIONS]
    rows += [(UNDO_KEYS[0], "Undo"), (" / ".join(REDO_KEYS), "Redo"),
             ("Ctrl+1…4", "Show or hide a layer (View menu)")]
    return rows
