"""``textcase.lower`` is CPython's ``str.lower`` in both builds (pure Python and mypyc)."""

from __future__ import annotations

import ast
from pathlib import Path

from goldspan.extract.textcase import lower

EXTRACT = Path(__file__).resolve().parents[2] / "goldspan" / "extract"


def test_textcase_lower_keeps_the_final_sigma() -> None:
    for text in ("ΑΣ", "ΟΔΥΣΣΕΥΣ ΚΑΙ", "Hà Nội", "İ", "ĐIỆN BIÊN", ""):
        assert lower(text) == text.lower()


def test_textcase_extractors_call_lower_not_the_str_method() -> None:
    """mypyc compiles ``s.lower()`` to a primitive without the final-sigma rule (see
    textcase.py): the extractor modules call :func:`lower` instead."""
    found = []
    for path in sorted(EXTRACT.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "lower" and not node.args:
                found.append(f"{path.name}:{node.lineno}")
    assert found == []
