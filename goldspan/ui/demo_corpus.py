"""The per-user demo corpus: the bundled ``resources/demo`` articles, pre-annotated.

On first use each ``.txt`` of the bundled demo folder is imported (``io.text_import``),
run through the extractor pipeline and saved into ``<user data dir>/demo-corpus`` (or
``$GOLDSPAN_DATA_DIR/demo-corpus``), so the editor's changes never touch the installed
package. Articles already imported are left alone. No Qt here.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from goldspan.extract.registry import run_pipeline
from goldspan.io.corpus import Corpus
from goldspan.io.text_import import import_text
from goldspan.model.errors import GoldspanError


def bundled_demo_folder() -> Path:
    """The demo articles shipped with the package."""
    return Path(__file__).resolve().parent.parent / "resources" / "demo"


def user_demo_folder() -> Path:
    """Where the user's copy of the demo corpus lives."""
    base = os.environ.get("GOLDSPAN_DATA_DIR") or user_data_dir("goldspan", appauthor=False)
    return Path(base) / "demo-corpus"


def ensure_demo_corpus(source: Path | None = None, target: Path | None = None) -> Path:
    """Import the demo articles missing from ``target``; returns the corpus folder."""
    source = source or bundled_demo_folder()
    corpus = Corpus.create(target or user_demo_folder())
    if source.is_dir():
        for path in sorted(source.iterdir()):
            if path.suffix.lower() == ".json" and not (corpus.root / path.name).exists():
                (corpus.root / path.name).write_bytes(path.read_bytes())
            if path.suffix.lower() != ".txt":
                continue
            try:
                doc = import_text(path)
                if doc.id in corpus:
                    continue
                corpus.add(run_pipeline(doc))
            except GoldspanError:
                continue  # a broken demo file must not stop the window from opening
    return corpus.root
