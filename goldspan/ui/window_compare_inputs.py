"""What compare mode compares the gold with: a predictions file, or chosen extractors.

:func:`load_prediction` reads a FORMAT v1 ``.json`` / ``.jsonl`` and returns the document
with the gold's id, refusing (GoldspanError naming the file) one whose text differs.
:class:`ExtractorChooser` is the dialog ticking the extractors to run.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError

PREDICTION_SUFFIXES = (".json", ".jsonl")


def load_prediction(path: Path, gold: Document) -> Document:
    """The document of ``gold``'s id in predictions file ``path`` (``.json`` or ``.jsonl``,
    FORMAT v1); GoldspanError naming the file when it is unreadable, holds no document of
    that id, or its text differs from the gold text (with the first differing character)."""
    from goldspan.io.registry import load_documents

    if path.suffix.lower() not in PREDICTION_SUFFIXES:
        raise GoldspanError(f"{path.name}: a predictions file is a goldspan document "
                            f"(.json or .jsonl), not {path.suffix or 'a file without suffix'}")
    docs = load_documents([path])
    same = [d for d in docs if d.id == gold.id]
    if not same:
        found = ", ".join(repr(d.id) for d in docs[:5]) or "none"
        raise GoldspanError(f"{path.name} holds no document {gold.id!r} (found: {found}); "
                            "predictions are paired with the gold by id")
    pred = same[0]
    if pred.text != gold.text:
        at = len(os.path.commonprefix([gold.text, pred.text]))
        line = gold.text.count("\n", 0, at) + 1
        raise GoldspanError(
            f"The text of {gold.id!r} in {path.name} differs from the gold text (first "
            f"difference at character {at}, line {line}; gold has {len(gold.text)} "
            f"characters, the prediction {len(pred.text)}): spans at different offsets "
            "cannot be compared")
    return pred


class ExtractorChooser(QDialog):
    """Tick the extractors to run (the default pipeline ticked)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from goldspan.extract.registry import available, default_names

        self.setWindowTitle("Compare with extractors")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Run on a copy of this document (the gold is not changed):"))
        default = set(default_names())
        self.boxes: dict[str, QCheckBox] = {}
        for name, ext in sorted(available().items()):
            box = QCheckBox(f"{name} — {', '.join(ext.produces)}", self)
            box.setToolTip(ext.description)
            box.setChecked(name in default)
            layout.addWidget(box)
            self.boxes[name] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        """The ticked extractors' names."""
        return [name for name, box in self.boxes.items() if box.isChecked()]

    @classmethod
    def ask(cls, parent: QWidget | None) -> list[str] | None:
        """Show the dialog; the chosen names, or None when cancelled or none ticked."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen() or None
