"""Case mapping that is the same interpreted and compiled by mypyc.

mypyc (2.x, Python < 3.13) compiles ``s.lower()`` to a primitive that lowers each code
point on its own and so misses CPython's final-sigma rule (``"ΑΣ".lower()`` is ``"ας"``,
the primitive gives ``"ασ"``). The extractors call :func:`lower` instead: it calls
CPython's own ``str.lower`` in both builds.
"""

from __future__ import annotations

from typing import Final

# ``lower(s)`` is ``s.lower()`` exactly as CPython computes it: the method itself, so that a
# pure-Python caller pays no extra call (compiled callers call it as a plain object).
lower: Final = str.lower
