"""Extractors: the registry, the pipeline and the built-in extractors (no Qt)."""
