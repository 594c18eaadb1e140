"""The ``conll`` format: CoNLL-2003 style BIO tags over syllable tokens, one layer.

Export (a file): per document a ``-DOCSTART-\\tO`` line and a blank line, then one
``token<TAB>tag`` line per token (:func:`~goldspan.io.formats.common.tokens`) and a blank
line after each sentence (:func:`~goldspan.io.formats.common.sentences`). One layer is
written (``entity`` by default). What a flat BIO sequence cannot hold is reported through
``warn`` and never silently dropped: a span nested in or overlapping a kept span (the
earlier, then longer, span is kept), a span whose edge cuts a token, and a span crossing
a sentence boundary (written as one chunk per sentence). Two tab-separated columns are
what both seqeval-style readers and nervaluate's CoNLL loader accept.

Import (a file): CoNLL/BIO column files such as public Vietnamese NER corpora: the first
column is the token, the last the tag (BIO, IOB1 or BIOES); ``_``-joined words become
spaced syllables; ``-DOCSTART-`` starts a document (else the file is one document); each
sentence becomes one line of text. Labels go through ``label_map``; unknown labels are
reported.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from pathlib import Path

from goldspan.io.atomic import atomic_write_bytes
from goldspan.io.formats.common import (
    SpanData,
    Warn,
    build_document,
    ignore_warning,
    sentences,
    tokens,
)
from goldspan.io.gold import read_text_checked
from goldspan.io.registry import Exporter, Importer, register_exporter, register_importer
from goldspan.model.document import Document, Span
from goldspan.model.errors import GoldspanError, Problem
from goldspan.model.scheme import LabelScheme

DOCSTART = "-DOCSTART-"
_NO_SPACE_BEFORE = re.compile(r"^[,.;:!?)\]}%…”’/]+$")
_NO_SPACE_AFTER = re.compile(r"^[(\[{“‘/]+$")


def flat_spans(doc: Document, layer: str, warn: Warn) -> list[Span]:
    """Non-overlapping spans of ``layer`` (earlier, then longer, first); the rest reported."""
    kept: list[Span] = []
    for span in sorted(doc.layer_spans(layer), key=lambda s: (s.start, -(s.end - s.start))):
        if kept and span.start < kept[-1].end:
            other = kept[-1]
            how = "nested in" if span.end <= other.end else "overlaps"
            warn(f"document {doc.id!r}, span {span.id!r} {span.label} {span.text[:40]!r}: "
                 f"{how} span {other.id!r} {other.label}; a flat BIO layer cannot hold it, "
                 "not exported")
            continue
        kept.append(span)
    return kept


def conll_lines(doc: Document, layer: str = "entity", warn: Warn = ignore_warning) -> list[str]:
    """The lines of ``doc`` in the export format (see the module contract)."""
    toks = tokens(doc.text)
    tags = ["O"] * len(toks)
    owner: dict[int, Span] = {}
    tok_starts = [s for s, _ in toks]
    tok_ends = [e for _, e in toks]  # tokens do not overlap: both lists are sorted
    starts, ends = set(tok_starts), set(tok_ends)
    for span in flat_spans(doc, layer, warn):
        # the tokens overlapping the span, found by bisection (not a scan per span)
        touching = range(bisect_right(tok_ends, span.start), bisect_left(tok_starts, span.end))
        inside = [i for i in touching if toks[i][0] >= span.start and toks[i][1] <= span.end]
        if len(inside) != len(touching) or not inside or span.start not in starts \
                or span.end not in ends:
            warn(f"document {doc.id!r}, span {span.id!r} {span.label} {span.text[:40]!r}: "
                 "its edges cut a token; not exported")
            continue
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + span.label
            owner[i] = span
    lines = [f"{DOCSTART}\tO", ""]
    sent_of = _sentence_index(doc.text, toks)
    for idxs in sent_of:
        for n, i in enumerate(idxs):
            tag = tags[i]
            if n == 0 and tag.startswith("I-"):
                warn(f"document {doc.id!r}, span {owner[i].id!r} {tag[2:]}: crosses the "
                     f"sentence boundary before {doc.text[toks[i][0]:toks[i][1]]!r}; "
                     "written as one chunk per sentence")
                tag = "B-" + tag[2:]
            lines.append(f"{doc.text[toks[i][0]:toks[i][1]]}\t{tag}")
        if idxs:
            lines.append("")
    return lines


def _sentence_index(text: str, toks: list[tuple[int, int]]) -> list[list[int]]:
    groups: list[list[int]] = []
    i = 0
    for s, e in sentences(text):
        group = []
        while i < len(toks) and toks[i][0] < e:
            if toks[i][0] >= s:
                group.append(i)
            i += 1
        if group:
            groups.append(group)
    return groups


def write_conll(docs: Iterable[Document], out: str | Path, layers: list[str] | None = None,
                warn: Warn | None = None, **_: object) -> None:
    """Write the CoNLL file ``out`` for one layer (``layers[0]``, default ``entity``)."""
    if layers and len(layers) > 1:
        raise GoldspanError(f"conll export holds one layer at a time; got {', '.join(layers)}")
    layer = layers[0] if layers else "entity"
    lines: list[str] = []
    for doc in docs:
        lines += conll_lines(doc, layer, warn or ignore_warning)
    atomic_write_bytes(out, ("\n".join(lines) + "\n").encode("utf-8"))


def _join(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    out = ""
    offsets = []
    prev = ""
    for word in words:
        if out and not _NO_SPACE_BEFORE.match(word) and not _NO_SPACE_AFTER.match(prev):
            out += " "
        offsets.append((len(out), len(out) + len(word)))
        out += word
        prev = word
    return out, offsets


def _chunks(tags: list[str], where: str) -> list[tuple[int, int, str]]:
    """``(first, last + 1, label)`` token ranges of BIO/IOB1/BIOES tags."""
    out: list[tuple[int, int, str]] = []
    cur: list = []
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, label = tag.partition("-")
        if tag == "O" or not label:
            if tag != "O":
                raise GoldspanError(Problem(f"tag {tag!r} is not O, B-X, I-X, E-X or S-X", where))
            if cur:
                out.append((cur[0], i, cur[1]))
            cur = []
            continue
        if prefix not in ("B", "I", "E", "S"):
            raise GoldspanError(Problem(f"tag {tag!r} is not O, B-X, I-X, E-X or S-X", where))
        if prefix in ("B", "S") or not cur or cur[1] != label:
            if cur:
                out.append((cur[0], i, cur[1]))
            cur = [i, label]
        if prefix in ("E", "S"):
            out.append((cur[0], i + 1, cur[1]))
            cur = []
    return out


def load_conll(path: str | Path, label_map: dict[str, str] | None = None,
               layer: str | None = None, scheme: LabelScheme | None = None,
               tag_column: int | None = None, **_: object) -> list[Document]:
    """Documents of a CoNLL/BIO column file (see the module contract); ``tag_column``
    (1-based) picks another tag column than the last, e.g. 4 for the first NER level of
    five-column VLSP files."""
    path = Path(path)
    raw = read_text_checked(path, "CoNLL file", "utf-8-sig")
    docs_rows: list[list[list[tuple[str, str, int]]]] = [[[]]]
    for lineno, line in enumerate(raw.splitlines(), 1):
        cols = line.split("\t") if "\t" in line else line.split()
        if not cols or not line.strip():
            if docs_rows[-1][-1]:
                docs_rows[-1].append([])
            continue
        if cols[0] == DOCSTART:
            if any(docs_rows[-1]):
                docs_rows.append([[]])
            continue
        if len(cols) < 2:
            raise GoldspanError(Problem(f"line {lineno}: expected a token and a tag column",
                                        str(path)))
        word = cols[0] if set(cols[0]) == {"_"} else cols[0].replace("_", " ")
        word = unicodedata.normalize("NFC", word)
        col = tag_column - 1 if tag_column else len(cols) - 1
        if not 0 < col < len(cols):
            raise GoldspanError(Problem(f"line {lineno}: no tag column {col + 1}", str(path)))
        docs_rows[-1][-1].append((word, cols[col].strip(), lineno))
    docs_rows = [[s for s in d if s] for d in docs_rows if any(d)]
    docs, problems = [], []
    for n, sents in enumerate(docs_rows, 1):
        doc_id = path.stem if len(docs_rows) == 1 else f"{path.stem}-{n}"
        lines, spans, pos = [], [], 0
        try:
            for sent in sents:
                text, offs = _join([w for w, _, _ in sent])
                where = f"{path}:{sent[0][2]}"
                for a, b, label in _chunks([t for _, t, _ in sent], where):
                    spans.append(SpanData(layer or "entity", label, pos + offs[a][0],
                                          pos + offs[b - 1][1]))
                lines.append(text)
                pos += len(text) + 1
            docs.append(build_document(doc_id, "\n".join(lines), spans, str(path),
                                       meta={"source": path.name, "lang": "vi"},
                                       label_map=label_map, scheme=scheme))
        except GoldspanError as exc:
            problems += exc.problems
    if problems:
        raise GoldspanError(problems)
    if not docs:
        raise GoldspanError(Problem("holds no tokens", str(path)))
    return docs


register_exporter(Exporter("conll", "CoNLL-2003 style BIO over syllables, one layer",
                           write_conll, {"out": "file"}))
register_importer(Importer("conll", "CoNLL/BIO column file (token ... tag)", load_conll,
                           (".conll", ".bio")))
