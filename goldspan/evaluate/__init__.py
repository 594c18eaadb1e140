"""Evaluation of predictions against gold (no Qt).

``evaluate_documents(gold, pred, Options(...))`` returns an :class:`Evaluation` whose
``to_json()`` is the ``goldspan evaluate --json`` output. The definitions (pairing, zone
paragraphs, strict and overlap matching, nervaluate's schemes, value accuracy, speech
Jaccard matching, micro and macro) are in the docstrings of the modules of this package
and in docs/evaluation.md.
"""

from goldspan.evaluate.evaluator import LAYERS, DocScore, Evaluation, Options, evaluate_documents

__all__ = ["LAYERS", "DocScore", "Evaluation", "Options", "evaluate_documents"]
