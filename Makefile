# Goldspan set-up. Two commands do everything on a fresh Debian machine with Python 3.11+:
#   make run   - create .venv/, install Goldspan, open the window on the bundled demo corpus
#   make test  - create/update .venv/ with the dev and optional extras, run ruff, mypy and the whole test suite headless
# System libraries for Qt are checked by tools/check_sysdeps.sh (installed by it when run as
# root with CI=true; otherwise it prints the exact apt-get line and stops).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.stamp-run
STAMP_DEV := $(VENV)/.stamp-dev

.PHONY: run test sysdeps lint typecheck bench compiled pure clean

run: sysdeps $(STAMP_RUN)
	$(PY) main.py $(ARGS)

test: sysdeps $(STAMP_DEV)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy goldspan
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -p no:cacheprovider

sysdeps:
	@sh tools/check_sysdeps.sh

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

# the optional extras too, so their tests (spaCy export, underthesea NER) run rather than skip
$(STAMP_DEV): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[dev,spacy,underthesea]'
	touch $@ $(STAMP_RUN)

lint: $(STAMP_DEV)
	$(VENV)/bin/ruff check .

typecheck: $(STAMP_DEV)
	$(VENV)/bin/mypy goldspan

bench: $(STAMP_DEV)
	for b in bench/*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

# The extractor modules compiled by mypyc next to their sources (about +30% extraction speed,
# see setup.py); while the .so files are there, edits to those modules have no effect:
# `make pure` removes them.
compiled: $(STAMP_DEV)
	GOLDSPAN_MYPYC=1 $(PY) setup.py build_ext --inplace

pure:
	rm -rf build goldspan/extract/*.so ./*__mypyc*.so

clean: pure
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
