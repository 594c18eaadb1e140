"""Build the window's QActions from ``keymap.ACTIONS`` and the label scheme.

Every action is in the menu bar with its shortcut. Single keys (numbers, layer letters,
Enter, Delete, Tab, N/P) only fire while the article view has focus, so typing in the
inspector's fields is never taken for a command; shortcuts with Ctrl work window-wide.
The right-click menu of the article view shows the ``context`` actions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from goldspan.model.scheme import LabelScheme
from goldspan.ui.keymap import ACTIONS


def _single_key(keys: tuple[str, ...]) -> bool:
    """Bare keys (no Ctrl/Alt/Meta, not F1...) act only while the article view has focus."""
    return all(not any(m in k for m in ("Ctrl+", "Alt+", "Meta+"))
               and not (k.startswith("F") and k[1:].isdigit()) for k in keys)


def make_action(window: QMainWindow, view: QWidget, text: str, keys: tuple[str, ...],
                handler: Callable[[], object], menu: QMenu | None) -> QAction:
    """One action with ``keys``, scoped to ``view`` when it is a bare key."""
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(k) for k in keys])
    if keys and _single_key(keys):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.addAction(action)
    else:
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)
    action.triggered.connect(lambda _checked=False: handler())
    if menu is not None:
        menu.addAction(action)
    return action


def build_menus(window: QMainWindow, view: QWidget, handlers: Mapping[str, Callable[[], object]],
                scheme: LabelScheme, label_key: Callable[[str, bool], None],
                layer_key: Callable[[str], None], toggle_layer: Callable[[str, bool], None],
                ) -> dict[str, QAction]:
    """Create the menu bar; returns actions by id (labels ``label_<key>``, layers
    ``layer_<name>``, visibility ``show_<name>``)."""
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}
    actions: dict[str, QAction] = {}

    def menu(title: str) -> QMenu:
        if title not in menus:
            menus[title] = bar.addMenu(title)
        return menus[title]

    for title in ("&File", "&Edit", "&Label", "&Go", "&View", "&Help"):
        menu(title)
    for spec in ACTIONS:
        if spec.id in handlers:
            actions[spec.id] = make_action(window, view, spec.text, spec.keys,
                                           handlers[spec.id], menu(spec.menu))
    label_menu = menu("&Label")
    keys = sorted({lab.hotkey for layer in scheme.layers for lab in layer.labels if lab.hotkey})
    for key in keys:
        actions[f"label_{key}"] = make_action(
            window, view, f"Label key {key} (snap to syllables)", (key,),
            partial(label_key, key, False), label_menu)
        actions[f"label_exact_{key}"] = make_action(
            window, view, f"Label key {key}, exact characters", (f"Alt+{key}",),
            partial(label_key, key, True), None)
    label_menu.addSeparator()
    view_menu = menu("&View")
    for n, layer in enumerate(scheme.layers, start=1):
        if layer.hotkey:
            actions[f"layer_{layer.name}"] = make_action(
                window, view, f"Active layer: {layer.title or layer.name}", (layer.hotkey,),
                partial(layer_key, layer.name), label_menu)
        show = QAction(f"Show {layer.title or layer.name}", window)
        show.setCheckable(True)
        show.setChecked(True)
        show.setShortcut(QKeySequence(f"Ctrl+{n}"))
        show.toggled.connect(partial(toggle_layer, layer.name))
        window.addAction(show)
        view_menu.addAction(show)
        actions[f"show_{layer.name}"] = show
    return actions


def context_menu(parent: QWidget, actions: dict[str, QAction]) -> QMenu:
    """The article view's right-click menu: the context actions and the label keys."""
    popup = QMenu(parent)
    for key in ("undo", "redo"):
        if key in actions:
            popup.addAction(actions[key])
    popup.addSeparator()
    for spec in ACTIONS:
        if spec.context and spec.id in actions:
            popup.addAction(actions[spec.id])
    labels = popup.addMenu("Label")
    for action_id, action in actions.items():
        if action_id.startswith("label_") and not action_id.startswith("label_exact_"):
            labels.addAction(action)
    return popup
