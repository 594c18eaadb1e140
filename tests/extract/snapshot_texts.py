"""The articles the extractors' snapshot tests run on: every gold document of
``tests/corpus/**/*.json`` and every demo article ``goldspan/resources/demo/*.txt``."""

from __future__ import annotations

import json
from pathlib import Path

from goldspan.io.gold import read_document
from goldspan.model.document import Document

ROOT = Path(__file__).resolve().parents[2]


def corpus_gold() -> list[tuple[str, Document]]:
    """``(path relative to tests/corpus, gold document)``, sorted; hidden files skipped
    (a corpus index such as ``.goldspan-index.json`` is not an article)."""
    out: list[tuple[str, Document]] = []
    for path in sorted((ROOT / "tests" / "corpus").rglob("*.json")):
        rel = path.relative_to(ROOT / "tests" / "corpus").as_posix()
        if not any(part.startswith(".") for part in rel.split("/")):
            out.append((rel, read_document(path)))
    return out


def demo_texts() -> list[tuple[str, str]]:
    """``("demo/<file name>", text)`` of the bundled demo articles, sorted."""
    return [(f"demo/{path.name}", path.read_text(encoding="utf-8"))
            for path in sorted((ROOT / "goldspan" / "resources" / "demo").glob("*.txt"))]


def all_texts() -> list[tuple[str, str]]:
    """``(name, text)`` of every corpus article, then every demo article."""
    return [(rel, doc.text) for rel, doc in corpus_gold()] + demo_texts()


def write_snapshot(path: Path, data: dict[str, list]) -> None:
    """Write ``doc id -> rows`` as JSON, one document per line (small diffs when rewritten)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "{\n" + ",\n".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                           for k, v in sorted(data.items())) + "\n}\n", encoding="utf-8")
    print(f"wrote {path}: {sum(len(v) for v in data.values())} rows")
