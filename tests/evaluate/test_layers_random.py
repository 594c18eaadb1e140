"""The fast paths of the entity/figure layer (components, closed forms) against the
definitions written out naively, on random documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from goldspan.evaluate import Options, evaluate_documents
from goldspan.model.document import Document, Span

TEXT = "Đoàn công tác của Bộ Y tế làm việc tại tỉnh Nghệ An trong ba ngày liền. " * 2
N = len(TEXT)
LABELS = ("QUANTITY", "DATE", "MONEY")

span_st = st.tuples(st.integers(0, N - 1), st.integers(1, 10), st.sampled_from(LABELS),
                    st.sampled_from([None, 1, 2, "2020"])).map(
    lambda t: (t[0], min(N, t[0] + t[1]), t[2], t[3]))


def _doc(spans) -> Document:
    doc = Document(id="d", text=TEXT)
    doc.refresh_hash()
    doc.spans = [Span(id=f"s{k}", layer="figure", label=lb, start=s, end=e, text=TEXT[s:e],
                      attrs={"value": v}) for k, (s, e, lb, v) in enumerate(spans)]
    return doc


def _naive(gold, pred):
    """strict and overlap tp per label, and (compared, equal) values, by the definitions."""
    strict, used = {}, set()
    pairs = []
    for gi, g in sorted(enumerate(gold), key=lambda t: t[1][:3]):
        for pi, p in enumerate(pred):
            if pi not in used and p[:3] == g[:3]:
                used.add(pi)
                pairs.append((gi, pi))
                strict[g[2]] = strict.get(g[2], 0) + 1
                break
    overlap, used = {}, set()
    order = sorted(range(len(pred)), key=lambda i: pred[i][:3])
    for g in sorted(gold, key=lambda t: t[:3]):
        for pi in order:
            p = pred[pi]
            if pi not in used and p[2] == g[2] and p[0] < g[1] and g[0] < p[1]:
                used.add(pi)
                overlap[g[2]] = overlap.get(g[2], 0) + 1
                break
    compared = [(gold[gi][3], pred[pi][3]) for gi, pi in pairs if gold[gi][3] is not None]
    equal = sum(1 for a, b in compared if type(a) is type(b) and a == b)
    return strict, overlap, len(compared), equal


@settings(max_examples=300, deadline=None)
@given(st.lists(span_st, max_size=14), st.lists(span_st, max_size=14))
def test_layers_fast_paths_equal_the_definitions(gold, pred):
    out = evaluate_documents([_doc(gold)], [_doc(pred)],
                             Options(layers=("figure",))).to_json()["figure"]
    strict, overlap, compared, equal = _naive(gold, pred)
    for label, row in out["by_label"].items():
        assert row["strict"]["tp"] == strict.get(label, 0)
        assert row["overlap"]["tp"] == overlap.get(label, 0)
        assert row["strict"]["tp"] + row["strict"]["fn"] == sum(1 for g in gold if g[2] == label)
        assert row["strict"]["tp"] + row["strict"]["fp"] == sum(1 for p in pred if p[2] == label)
    assert out["values_compared"] == compared
    assert out["value_accuracy"] == (equal / compared if compared else 0.0)
