"""Benchmark of the annotation window (offscreen): prints ``name value`` lines (medians).

Figures and targets (issue 4): ``open_1mb_20k_s`` (open a 1 MB document with 20,000 spans
to first paint, <= 1.0), ``relabel_ms`` (relabel one span including repaint, <= 16),
``scroll_page_ms`` (scroll one page and repaint, <= 20), ``cold_start_s`` (a new process
opening a demo article to a painted window, <= 1.0), ``peak_rss_mb`` (<= 250 for the big
document). The synthetic article is generated from a small made-up Vietnamese vocabulary.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_bench.py``
"""

from __future__ import annotations

import gc
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = ("công nhân nhà máy thành phố tỉnh huyện xã người dân cán bộ đảng viên chính quyền "
         "kinh tế xã hội năm tháng ngày học sinh giáo viên bệnh viện trường học con đường "
         "cây cầu dự án nguồn vốn kế hoạch phát triển sản xuất nông nghiệp mùa vụ lúa gạo "
         "cà phê hồ tiêu du lịch biển đảo miền núi đồng bằng sông ngòi mưa bão").split()
LABELS = {"entity": ["PER", "ORG", "LOC", "MISC"], "figure": ["QUANTITY", "MONEY", "DATE"]}
TARGETS = {"open_1mb_20k_s": 1.0, "relabel_ms": 16, "scroll_page_ms": 20, "cold_start_s": 1.0,
           "peak_rss_mb": 250}


def make_document(n_bytes: int = 1_000_000, n_spans: int = 20_000, seed: int = 7):
    """A synthetic document of about ``n_bytes`` UTF-8 bytes and ``n_spans`` spans."""
    from goldspan.model.document import Span, Speaker, new_document

    rng = random.Random(seed)
    paragraphs, size = [], 0
    while size < n_bytes:
        para = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120))) + "."
        paragraphs.append(para.capitalize())
        size += len(para.encode()) + 2
    text = "\n\n".join(paragraphs)
    doc = new_document("bench", text, {"title": "Bài thử hiệu năng"})
    doc.speakers = [Speaker(id=f"s{i}", name=f"Người nói {i}") for i in range(1, 6)]
    spans, pos = [], 0
    for k, para in enumerate(paragraphs):
        spans.append(Span(id=f"z{k}", layer="zone", label="BODY", start=pos,
                          end=pos + len(para), text=para))
        if k % 4 == 0:
            spans.append(Span(id=f"q{k}", layer="speech", label="QUOTE", start=pos,
                              end=pos + len(para), text=para,
                              attrs={"speaker": f"s{1 + k % 5}", "kind": "direct"}))
        pos += len(para) + 2
    words = [(m_start, m_start + len(w)) for m_start, w in _word_offsets(text)]
    step = max(1, len(words) // (n_spans - len(spans)))
    for i in range(0, len(words) - 2, step):
        if len(spans) >= n_spans:
            break
        layer = "entity" if len(spans) % 3 else "figure"
        a, b = words[i][0], words[i + rng.randint(0, 2)][1]
        spans.append(Span(id=f"{layer[0]}{i}", layer=layer, label=rng.choice(LABELS[layer]),
                          start=a, end=b, text=text[a:b],
                          review="suggested" if i % 2 else None))
    doc.spans = spans
    return doc


def _word_offsets(text: str):
    pos = 0
    for word in text.split(" "):
        if word and "\n" not in word:
            yield pos, word
        pos += len(word) + 1


def median_ms(fn, runs: int) -> float:
    """Median wall time of ``fn()`` in milliseconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def cold_start(path: Path, cache: Path) -> float:
    """Seconds from starting a new Python process to a painted window on ``path``, going
    through the ``goldspan`` command line as ``goldspan open PATH`` does.

    Like an installed app, byte code is cached: one warm-up run writes it (into ``cache``,
    via PYTHONPYCACHEPREFIX, even where PYTHONDONTWRITEBYTECODE is set), then three runs
    are timed and the median returned.
    """
    code = ("import sys,time;t0=float(sys.argv[2]);"
            "from goldspan.cli import build_parser;build_parser().parse_args(['open',sys.argv[1]]);"
            "from PySide6.QtWidgets import QApplication;app=QApplication([]);"
            "from pathlib import Path;from goldspan.ui.main_window import MainWindow;"
            "w=MainWindow();w.resize(1400,900);w.open_path(Path(sys.argv[1]));w.show();"
            "app.processEvents();w.view.viewport().repaint();print(time.time()-t0)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    runs = []
    for _ in range(4):
        out = subprocess.run([sys.executable, "-c", code, str(path), repr(time.time())],
                             capture_output=True, text=True, check=True, env=env)
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(runs[1:])


def view_alone(doc, relabel, span_id: str, labels) -> dict[str, float]:
    """Breakdown: relabel in an ArticleView with no panels listening (the view's own cost)."""
    from PySide6.QtWidgets import QApplication

    from goldspan.model.scheme import default_scheme
    from goldspan.ui.article_view import ArticleView
    from goldspan.ui.session import DocumentSession

    view = ArticleView(default_scheme())
    view.resize(1000, 800)
    view.show()
    session = DocumentSession(doc)
    view.set_session(session)
    QApplication.processEvents()
    view.viewport().repaint()

    def relabel_one() -> None:
        session.push(relabel(span_id, next(labels)))
        QApplication.processEvents()  # paints the updated region

    out = {"relabel_view_only_ms": median_ms(relabel_one, 30)}
    view.close()
    return out


def main() -> int:
    """Run every measurement and print the figures with their targets."""
    tmp = Path(tempfile.mkdtemp(prefix="goldspan-bench-"))
    os.environ["GOLDSPAN_CONFIG_DIR"] = str(tmp / "config")
    from goldspan.io.gold import write_document
    from goldspan.model.document import new_document

    doc = make_document()
    big = tmp / "big" / "bench.json"
    big.parent.mkdir()
    write_document(doc, big)
    from goldspan.ui.demo_corpus import ensure_demo_corpus

    demo = sorted(ensure_demo_corpus(target=tmp / "demo").glob("*.json"))
    small = demo[0] if demo else tmp / "demo" / "demo.json"
    if not demo:
        write_document(new_document("demo", "Bài mẫu\n\n" + " ".join(WORDS) * 8), small)
    figures = {"cold_start_s": cold_start(small, tmp / "pycache")}

    from PySide6.QtWidgets import QApplication

    from goldspan.model.commands import relabel
    from goldspan.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    opens, with_panels = [], []
    win = None
    for _ in range(3):  # median of three opens, each in a fresh window
        if win is not None:  # free the previous window and its document
            win.close()
            win.deleteLater()
            app.processEvents()
            win = None
            gc.collect()
        win = MainWindow()
        win.resize(1400, 900)
        win.show()
        app.processEvents()
        t0 = time.perf_counter()
        win.open_path(big)
        win.view.viewport().repaint()  # the article's first paint
        opens.append(time.perf_counter() - t0)
        app.processEvents()  # the panels fill right after the first paint
        with_panels.append(time.perf_counter() - t0)
        if len(opens) == 1:  # memory of one window with the document open
            figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert win is not None
    figures["open_1mb_20k_s"] = statistics.median(opens)
    figures["open_first_in_process_s"] = opens[0]
    figures["open_with_panels_s"] = statistics.median(with_panels)
    session = win.session
    view = win.view
    first = session.doc.layer_spans("entity")[0]  # on the first page
    labels = iter(["ORG", "PER"] * 1000)

    def relabel_one() -> None:
        session.push(relabel(first.id, next(labels)))
        app.processEvents()  # paints the updated region

    figures["relabel_ms"] = median_ms(relabel_one, 30)
    bar = view.verticalScrollBar()

    def scroll_page() -> None:
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()
        view.margin.repaint()

    figures["scroll_page_ms"] = median_ms(scroll_page, 30)
    figures.update(view_alone(session.doc, relabel, first.id, labels))
    figures["peak_rss_after_3_opens_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"# document: {len(big.read_bytes()) / 1e6:.2f} MB file, {len(doc.text)} characters, "
          f"{len(doc.spans)} spans")
    for name, value in figures.items():
        target = TARGETS.get(name)
        note = (f"  # target <= {target} {'ok' if value <= target else 'OVER'}" if target
                else "  # breakdown")
        print(f"{name} {value:.3f}{note}")
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
