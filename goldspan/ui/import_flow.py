"""Import articles into a corpus folder with a cancellable progress dialog.

:func:`import_paths` is the loop without any widget: each path (a file, a brat or Label
Studio export folder, or a folder whose files with a registered importer suffix are taken)
is read with the registered importer for its suffix or folder; documents nobody has annotated yet (status ``todo``, no span but
``suggested`` ones: raw text, or a page whose importer proposed zones) are pre-annotated
with ``run_pipeline``, by the default extractors of the layers the importer did not
provide; each document is saved as ``<id>.json`` in the corpus. A file that
cannot be imported (no importer, bad encoding, invalid JSON, an id already in the corpus,
even an importer's own bug) is listed with the reason and skipped; the others are imported. Nothing already in the
corpus is overwritten. :func:`import_into_corpus` runs it under a ``QProgressDialog`` that
can be cancelled (documents saved so far stay) and then shows a report listing the
skipped files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from goldspan.extract.registry import available, default_names, run_pipeline
from goldspan.io.corpus import Corpus
from goldspan.io.registry import folder_format, importer_for, importers
from goldspan.model.document import Document
from goldspan.model.errors import GoldspanError

# progress(done, total, current file name) -> False to cancel
Progress = Callable[[int, int, str], bool]


@dataclass
class ImportResult:
    """What an import did: new document ids, skipped files with reasons, notes."""

    imported: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False
    total: int = 0

    def summary(self) -> str:
        """One line for a status bar or a dialog title."""
        text = f"Imported {len(self.imported)} of {self.total} file(s)"
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"
        if self.cancelled:
            text += "; cancelled"
        return text + "."


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to import: files as given, a folder in a folder format (a brat or Label Studio
    export) as one input, other folders replaced by their importable files (sorted)."""
    suffixes = {s for imp in importers().values() for s in imp.suffixes}
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and folder_format(path) is None:
            out.extend(sorted(p for p in path.iterdir() if p.is_file()
                              and not p.name.startswith(".") and p.suffix.lower() in suffixes))
        else:
            out.append(path)
    return out


def needs_annotation(doc: Document) -> bool:
    """Whether ``doc`` is untouched by an annotator: ``todo`` and only suggested spans."""
    return doc.status == "todo" and all(s.review == "suggested" for s in doc.spans)


def missing_extractors(doc: Document) -> list[str]:
    """Default-pipeline extractors producing layers ``doc`` has no span of yet."""
    present = {s.layer for s in doc.spans}
    table = available()
    return [name for name in default_names()
            if not set(table[name].produces) & present]


def import_paths(paths: Iterable[str | Path], corpus_dir: str | Path,
                 progress: Progress | None = None, annotate: bool = True) -> ImportResult:
    """Import ``paths`` into the corpus at ``corpus_dir`` (created if needed); see module doc."""
    corpus = Corpus.create(corpus_dir)
    files = expand_paths(paths)
    result = ImportResult(total=len(files))
    for n, path in enumerate(files):
        if progress is not None and not progress(n, len(files), path.name):
            result.cancelled = True
            break
        try:
            docs = importer_for(path, folder_format(path)).load(path)
            for doc in docs:
                if doc.id in corpus:
                    raise GoldspanError(f"a document with id {doc.id!r} is already in the "
                                        "corpus; rename the file to import it again")
        except GoldspanError as exc:
            result.skipped.append((str(path), str(exc)))
            continue
        except OSError as exc:
            result.skipped.append((str(path), f"cannot be read: {exc.strerror or exc}"))
            continue
        except Exception as exc:  # an importer bug must not end the import of the others
            result.skipped.append((str(path), f"could not be imported ({type(exc).__name__}: "
                                              f"{exc}); please report it"))
            continue
        for doc in docs:
            if annotate and needs_annotation(doc):
                before = (list(doc.spans), list(doc.speakers))
                try:
                    names = missing_extractors(doc)
                    if names:
                        run_pipeline(doc, names)
                except Exception as exc:  # an extractor bug must not lose the article
                    doc.spans, doc.speakers = before
                    result.notes.append(f"{path.name}: pre-annotation failed ({exc}); "
                                        "imported without suggestions")
            try:
                corpus.add(doc)
            except (GoldspanError, OSError) as exc:
                result.skipped.append((str(path), f"cannot be saved: {exc}"))
                continue
            result.imported.append(doc.id)
    if progress is not None and not result.cancelled:
        progress(len(files), len(files), "")
    return result


def report_text(result: ImportResult) -> str:
    """The skipped files and notes of ``result``, one per line."""
    lines = [f"{Path(path).name}: {reason}" for path, reason in result.skipped]
    return "\n".join(lines + result.notes)


_reports: list[QMessageBox] = []  # keeps parentless report boxes alive while open


def show_report(parent: QWidget | None, result: ImportResult) -> QMessageBox | None:
    """A non-blocking message box listing skipped files (None when there is nothing to say)."""
    if not result.skipped and not result.notes:
        return None
    box = QMessageBox(parent)
    box.setObjectName("importReport")
    box.setIcon(QMessageBox.Icon.Warning if result.skipped else QMessageBox.Icon.Information)
    box.setWindowTitle("Import")
    box.setText(result.summary())
    box.setInformativeText(report_text(result))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        _reports.append(box)
        box.finished.connect(lambda _=0: _reports.remove(box) if box in _reports else None)
    box.open()
    return box


def import_into_corpus(parent: QWidget | None, paths: Iterable[str | Path],
                       corpus_dir: str | Path) -> list[str]:
    """Import with a progress dialog and a report of skipped files; returns the new ids."""
    files = expand_paths(paths)
    dialog = QProgressDialog("Importing articles…", "Cancel", 0, max(len(files), 1), parent)
    dialog.setObjectName("importProgress")
    dialog.setWindowTitle("Import")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)

    def progress(done: int, total: int, name: str) -> bool:
        if name:
            dialog.setLabelText(f"Importing {name} ({done + 1} of {total})…")
        dialog.setValue(done)
        return not dialog.wasCanceled()

    try:
        result = import_paths(files, corpus_dir, progress)
    except GoldspanError as exc:
        dialog.close()
        result = ImportResult(skipped=[(str(corpus_dir), str(exc))], total=len(files))
    dialog.close()
    dialog.deleteLater()
    show_report(parent, result)
    return result.imported
