"""Evaluation of predictions against gold (no Qt).

``evaluate_documents(gold, pred, Options(...))`` returns an :class:`Evaluation` whose
``to_json()`` is the ``goldspan evaluate --json`` output, with per-document scores and,
with ``collect_errors``, every error (``diff.ErrorItem``). Modules: ``pairing`` (by id),
``zones`` (paragraph labels), ``matching`` (strict, overlap), ``components`` (fast paths),
``nerval`` (nervaluate's schemes) and ``nerval_closed`` (their closed forms on small
components), ``speech`` (Jaccard, attribution), ``layers`` and ``spanlayer``
(accumulators), ``tally`` (label counts), ``prf`` (micro, macro), ``diff`` (errors),
``adopt`` (adjudication commands), ``agreement`` (Cohen's kappa), ``tables``,
``report_html`` and ``svg`` (output). The definitions are in their docstrings and in docs/evaluation.md.
"""

from goldspan.evaluate.evaluator import LAYERS, DocScore, Evaluation, Options, evaluate_documents

__all__ = ["LAYERS", "DocScore", "Evaluation", "Options", "evaluate_documents"]
