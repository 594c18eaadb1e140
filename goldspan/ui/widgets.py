"""Small widget helpers shared by the panels.

PySide6 accepts Qt properties as constructor keywords (``QLabel(objectName="x")``), but its
type stubs do not list them; :func:`named` sets the object name (what tests and style
sheets find a widget by) in a way the type checker follows.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, object_name: str) -> W:
    """``widget`` with its object name set to ``object_name``."""
    widget.setObjectName(object_name)
    return widget
