# Every target works on a fresh clone with python3, pip and make only: the first one that
# needs the virtualenv creates it, and it is refreshed whenever pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help venv demo test generate check-generated lint typecheck clean lint-spec docs spec-diff browser-test bench mock

help:
	@echo "make demo   - set up .venv and run the end-to-end demo"
	@echo "make test   - set up .venv and run every test"
	@echo "make generate / check-generated / lint / typecheck / clean"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,mock]'
	@touch $@

venv: $(STAMP)

demo: $(STAMP)
	$(PY) -m generator --check
	$(PY) examples/quickstart.py

test: $(STAMP)
	$(PY) -m generator --check
	$(PY) -m pytest -n auto

generate: $(STAMP)
	$(PY) -m generator

check-generated: $(STAMP)
	$(PY) -m generator --check

lint: $(STAMP)
	$(VENV)/bin/ruff check auth_plugin mock generator tests examples bench
	$(VENV)/bin/ruff format --check auth_plugin mock generator tests examples bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# --- Publishing the spec (lint, docs page, breaking-change gate) -------------------------------
lint-spec docs spec-diff browser-test: $(STAMP)
	@echo "$@: not yet implemented"; exit 1

# --- Benchmarks (never part of make test) -------------------------------------------------------
bench: $(STAMP)
	@echo "bench: not yet implemented"; exit 1
