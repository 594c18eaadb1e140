"""Evaluation of predictions against gold (no Qt)."""
