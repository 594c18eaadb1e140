"""Architecture rules: only goldspan/ui imports Qt; the CLI loads without Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "goldspan"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in QT_MODULES]
    return found


def test_architecture_no_qt_outside_ui():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ui":
            continue
        if found := _qt_imports(path):
            offenders[str(rel)] = found
    assert offenders == {}


def test_architecture_core_and_cli_import_without_loading_qt():
    code = ("import sys, goldspan.cli, goldspan.io.registry, goldspan.extract.registry;"
            "goldspan.cli.build_parser(); goldspan.io.registry.importers();"
            "goldspan.extract.registry.available();"
            "bad=[m for m in sys.modules if m.startswith('PySide6')]; print(bad); sys.exit(bool(bad))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
