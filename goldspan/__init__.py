"""Goldspan: gold-standard annotation of Vietnamese news and scoring of extractors.

The core (``model``, ``io``, ``extract``, ``evaluate``) never imports Qt; only
``goldspan.ui`` does.
"""

__version__ = "0.1.0"
FORMAT_NAME = "goldspan.document"
FORMAT_VERSION = 1
