"""Data files: the label scheme, gazetteers, lexicons and the demo corpus (no code)."""
