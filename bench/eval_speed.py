"""Benchmark: evaluate 10,000 synthetic documents of ~5 KB with ~100 spans each.

Prints ``eval_10k_docs_s VALUE``: CPU seconds of ``evaluate_documents`` (single-threaded,
so equal to the wall time on an idle core; the wall time is printed too, as
``eval_10k_docs_wall_s``, and is larger when other processes share the core). Building
the synthetic documents is not timed. ``eval_10k_docs_errors_s`` is the same with every
error collected (what ``--report`` does). Target: eval_10k_docs_s <= 5.

``python_loop_1e7_s`` calibrates the machine: CPU seconds of ten million ``x += i``
iterations (about 0.4-0.6 s on an idle current desktop core with CPython 3.11); a
larger figure means a slower or shared core, and eval_10k_docs_s scales with it.

Measured on the development VM (2 shared vCPUs under load, python_loop_1e7_s 0.68-0.74):
eval_10k_docs_s 6.27 before the speed work of November 2026, 4.0-4.1 after (flat label
lists counted once, nervaluate's sweeps fused, closed forms for one gold span with
several predictions, span fields read once); eval_10k_docs_errors_s 14.5 -> 8.6-9.4.

Run: ``.venv/bin/python bench/eval_speed.py [--docs N] [--seed S] [--profile K]``;
``--profile K`` also prints the K functions with the most own time under cProfile (which
slows everything about threefold; read it for proportions only).
"""

from __future__ import annotations

import argparse
import random
import time

from goldspan.evaluate import Options, evaluate_documents
from goldspan.model.document import Document, Span, Speaker

WORDS = ("công", "nhân", "khu", "phố", "năm", "tháng", "đoàn", "viên", "học", "sinh", "nhà",
         "trường", "thành", "lập", "hội", "nghị", "kết", "quả", "phát", "triển", "kinh", "tế",
         "người", "dân", "địa", "phương", "chương", "trình", "dự", "án", "xây", "dựng")
ENTITY = ("PER", "ORG", "LOC", "DOC", "MISC")
FIGURE = ("QUANTITY", "PERCENT", "MONEY", "DATE")
ZONES = ("TITLE", "LEAD", "BODY", "BODY", "BODY", "CAPTION", "BOILERPLATE")


def make_text(rng: random.Random, size: int = 4200) -> str:
    """About ``size`` characters of made-up syllables in lines of 150-400 characters."""
    lines, total = [], 0
    while total < size:
        n = rng.randint(30, 80)
        line = " ".join(rng.choice(WORDS) for _ in range(n))
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


def _span(doc_text: str, sid: str, layer: str, label: str, start: int, end: int,
          attrs: dict | None = None) -> Span:
    return Span.model_construct(id=sid, layer=layer, label=label, start=start, end=end,
                                text=doc_text[start:end], attrs=attrs, source=None, review=None)


def make_gold(rng: random.Random, i: int) -> Document:
    """A document with zones per line, ~60 entities, ~25 figures (both flat), 6 speech spans."""
    text = make_text(rng)
    spans: list[Span] = []
    pos = 0
    for k, line in enumerate(text.split("\n")):
        spans.append(_span(text, f"z{k}", "zone", rng.choice(ZONES), pos, pos + len(line)))
        pos += len(line) + 1
    n = len(text)
    # flat layers (as GUIDELINES.md asks): 85 non-overlapping slots, 60 entities, 25 figures
    slot = n // 85
    for k in range(85):
        start = k * slot + rng.randrange(0, slot // 2)
        end = start + rng.randint(3, slot // 2)
        if k % 7 < 5:
            spans.append(_span(text, f"e{k}", "entity", rng.choice(ENTITY), start, end))
        else:
            spans.append(_span(text, f"f{k}", "figure", rng.choice(FIGURE), start, end,
                               {"value": rng.randint(1, 1000)}))
    for k in range(6):
        start = rng.randrange(0, n - 300)
        spans.append(_span(text, f"q{k}", "speech", rng.choice(("TURN", "QUOTE")), start,
                           start + rng.randint(50, 300), {"speaker": rng.choice(("s1", "s2"))}))
    speakers = [Speaker(id="s1", name="Nguyễn Văn An"), Speaker(id="s2", name="Trần Thị Bình")]
    return Document.model_construct(id=f"d{i}", text=text, spans=spans, speakers=speakers,
                                    meta={}, status="done", text_sha256="", version=1,
                                    format="goldspan.document")


def make_prediction(rng: random.Random, gold: Document) -> Document:
    """Gold perturbed: dropped, shifted, relabelled, re-valued and spurious spans."""
    spans = []
    for s in gold.spans:
        r = rng.random()
        if r < 0.1:
            continue
        start, end, label, attrs = s.start, s.end, s.label, s.attrs
        if r < 0.2:
            end = min(len(gold.text), end + rng.randint(1, 4))
        elif r < 0.25 and s.layer == "entity":
            label = rng.choice(ENTITY)
        elif r < 0.3 and s.layer == "figure":
            attrs = {"value": rng.randint(1, 1000)}
        spans.append(_span(gold.text, s.id, s.layer, label, start, end, attrs))
    for k in range(10):
        start = rng.randrange(0, len(gold.text) - 30)
        spans.append(_span(gold.text, f"x{k}", "entity", rng.choice(ENTITY), start,
                           start + rng.randint(3, 20)))
    return Document.model_construct(id=gold.id, text=gold.text, spans=spans,
                                    speakers=gold.speakers, meta={}, status="todo",
                                    text_sha256="", version=1, format="goldspan.document")


def calibrate() -> float:
    """CPU seconds of a plain Python loop of ten million additions."""
    c0 = time.process_time()
    x = 0
    for i in range(10_000_000):
        x += i
    return time.process_time() - c0


def main() -> None:
    """Build the corpus, time the evaluation, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", type=int, default=0, metavar="K")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    gold = [make_gold(rng, i) for i in range(args.docs)]
    pred = [make_prediction(rng, g) for g in gold]
    kb = sum(len(g.text.encode()) for g in gold) / len(gold) / 1024
    spans = sum(len(g.spans) for g in gold) / len(gold)
    print(f"docs {args.docs} avg_kb {kb:.1f} avg_gold_spans {spans:.0f}")
    c0, t0 = time.process_time(), time.perf_counter()
    ev = evaluate_documents(gold, pred)
    c1, t1 = time.process_time(), time.perf_counter()
    print(f"entity_strict_f1 {ev.entity.to_json()['strict']['f1']:.3f}")
    print(f"eval_10k_docs_s {c1 - c0:.2f}")
    print(f"eval_10k_docs_wall_s {t1 - t0:.2f}")
    c0 = time.process_time()
    ev = evaluate_documents(gold, pred, Options(collect_errors=True))
    c1 = time.process_time()
    print(f"eval_10k_docs_errors_s {c1 - c0:.2f} ({len(ev.errors)} errors)")
    print(f"python_loop_1e7_s {calibrate():.2f}")
    if args.profile:
        profile(gold, pred, args.profile)


def profile(gold: list[Document], pred: list[Document], top: int) -> None:
    """Print the ``top`` functions by own time of one evaluation under cProfile."""
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    evaluate_documents(gold, pred)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    main()
