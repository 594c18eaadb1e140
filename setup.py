"""Optional mypyc build of the extractor modules (metadata lives in pyproject.toml).

The modules in ``COMPILED`` are pure Python that mypyc (part of mypy) can compile to C
extensions, which run the default extractor pipeline about a quarter faster
(``bench/extract_speed.py``). ``GOLDSPAN_MYPYC`` chooses:

* unset (``auto``): compile for a regular install or wheel; an editable install
  (``pip install -e .``) stays pure Python, so edits to the modules take effect. When
  mypyc or a C compiler (gcc and the Python headers) is missing, or compiling fails, the
  package is installed as pure Python and one ``goldspan setup: WARNING`` line says why;
* ``1``: compile always (also in place and for editable installs) and fail on any error
  (release and CI builds, so a broken compile is noticed);
* ``0``: never compile.

Compiled and pure Python give the same results (tests/extract, bench/score_extractors.py).
"""

from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

# Hot modules of the default pipeline (speech, entities, figures and their helpers). Not
# compiled: base.py and registry.py (the plugin contract: plugins subclass Extractor, tests
# patch the registry), zones*.py (tests patch their rules), rarely run modules.
COMPILED = [f"goldspan/extract/{name}.py" for name in (
    "common", "textcase", "vi_dates", "vi_numbers",
    "speech", "speech_cast", "speech_direct", "speech_labels", "speech_marks",
    "speech_mentions", "speech_paragraphs", "speech_questions", "speech_quotes",
    "speech_subjects",
    "entities", "entities_credits", "entities_gazetteer", "entities_loc", "entities_misc",
    "entities_org", "entities_rules", "entities_tokens",
    "figures", "figures_context", "figures_lexicon", "figures_np", "figures_scan",
)]

MODE = os.environ.get("GOLDSPAN_MYPYC", "auto").strip().lower() or "auto"


def _log(message: str) -> None:
    print(f"goldspan setup: {message}", file=sys.stderr, flush=True)


def _extensions() -> list:
    """The mypyc extensions, or [] (pure Python) when they cannot be made."""
    if MODE in ("0", "no", "false"):
        _log("GOLDSPAN_MYPYC=0: pure Python extractors")
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        if MODE == "1":
            raise
        _log(f"WARNING: mypyc not available ({exc}); installing pure Python extractors")
        return []
    try:
        return mypycify(COMPILED, opt_level="3")
    except (Exception, SystemExit) as exc:  # mypy reports type errors with SystemExit
        if MODE == "1":
            raise
        _log(f"WARNING: mypyc failed ({exc!r}); installing pure Python extractors")
        return []


class OptionalBuildExt(build_ext):
    """build_ext that falls back to pure Python (all modules or none) unless MODE is 1."""

    def run(self) -> None:
        if MODE != "1" and (getattr(self, "editable_mode", False) or self.inplace):
            _log("editable/in-place build: pure Python extractors (GOLDSPAN_MYPYC=1 compiles)")
            return
        try:
            super().run()
        except Exception as exc:  # no gcc, no Python.h, a compile error
            if MODE == "1":
                raise
            self._remove_outputs()
            _log(f"WARNING: compiling the extractors failed ({exc}); "
                 "installing pure Python extractors")

    def _remove_outputs(self) -> None:
        for ext in self.extensions:
            path = self.get_ext_fullpath(ext.name)
            if os.path.exists(path):
                os.remove(path)

    def get_outputs(self) -> list[str]:
        return [p for p in super().get_outputs() if os.path.exists(p)]


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
