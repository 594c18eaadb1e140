"""The articles the extractors' snapshot tests run on: every gold document of
``tests/corpus/**/*.json`` and every demo article ``goldspan/resources/demo/*.txt``."""

from __future__ import annotations

import json
import zlib
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


def shard_paths(path: Path, shards: int) -> list[Path]:
    """The files a snapshot ``path`` is written to: ``path`` itself, or ``<stem>.<k>.json``
    for ``k < shards`` (no file of the repository over 2 MB as the corpus grows)."""
    if shards == 1:
        return [path]
    return [path.with_name(f"{path.stem}.{k}{path.suffix}") for k in range(shards)]


def read_snapshot(path: Path) -> dict[str, list]:
    """``doc id -> rows`` of the snapshot ``path``, merged from its shards when it has some."""
    parts = sorted(path.parent.glob(f"{path.stem}.*{path.suffix}")) or [path]
    out: dict[str, list] = {}
    for part in parts:
        out.update(json.loads(part.read_text(encoding="utf-8")))
    return out


def write_snapshot(path: Path, data: dict[str, list], shards: int = 1) -> None:
    """Write ``doc id -> rows`` as JSON, one document per line (small diffs when rewritten),
    into ``shards`` files; a document's shard depends only on its id (crc32), so rewriting
    after new articles touches only the lines that change."""
    path.parent.mkdir(parents=True, exist_ok=True)
    files = shard_paths(path, shards)
    for old in [path, *sorted(path.parent.glob(f"{path.stem}.*{path.suffix}"))]:
        if old not in files and old.exists():
            old.unlink()  # an earlier layout of the snapshot
    for k, target in enumerate(files):
        part = {key: rows for key, rows in data.items()
                if shards == 1 or zlib.crc32(key.encode("utf-8")) % shards == k}
        target.write_text(
            "{\n" + ",\n".join(f"{json.dumps(key)}: {json.dumps(v, ensure_ascii=False)}"
                               for key, v in sorted(part.items())) + "\n}\n", encoding="utf-8")
    print(f"wrote {path} ({len(files)} file(s)): {sum(len(v) for v in data.values())} rows")
