# Every target works on a fresh clone with python3, pip and make only: the first one that
# needs the virtualenv creates it, and it is refreshed whenever pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help venv demo test generate check-generated check-sources lint typecheck clean lint-spec docs spec-diff browser-test bench

help:
	@echo "make demo   - set up .venv and run the end-to-end demo"
	@echo "make test   - set up .venv and run every test"
	@echo "make generate / check-generated / check-sources / lint / typecheck / clean"
	@echo "make lint-spec docs spec-diff browser-test - the portal checks (Node 20, npm, Chromium)"
	@echo "make bench  - benchmarks, written to docs/benchmarks.md"

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
	$(PY) -m tools.sources
	$(PY) -m pytest -n auto

generate: $(STAMP)
	$(PY) -m generator

check-generated: $(STAMP)
	$(PY) -m generator --check

# Every fact of the documents in spec/sources/ is in the spec or named by spec/ERRATA.md.
# `make check-sources REPORT=1` prints every fact per document (the to-do list for a new document).
check-sources: $(STAMP)
	$(PY) -m tools.sources $(if $(REPORT),--report)

lint: $(STAMP)
	$(VENV)/bin/ruff check auth_plugin mock generator tests examples bench tools
	$(VENV)/bin/ruff format --check auth_plugin mock generator tests examples bench tools

typecheck: $(STAMP)
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build dist site node_modules .pytest_cache .mypy_cache .ruff_cache

# --- Publishing the spec (lint, docs page, breaking-change gate) -------------------------------
# Node 20 + npm; the tools are pinned in package.json / package-lock.json.
SPEC := spec/wechatpay-coupons.yaml
RELEASED := spec/released/wechatpay-coupons.yaml
NPM_STAMP := node_modules/.installed
REDOCLY := REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true node_modules/.bin/redocly
# The score is bounded by the API's own shape (see tools/publish/score.py); the floor stops regressions.
SCORE_FLOOR := 88

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

lint-spec: $(NPM_STAMP) $(STAMP)
	$(REDOCLY) lint $(SPEC) --config redocly.yaml --lint-config=error --format=stylish
	node_modules/.bin/spectral lint $(SPEC) --ruleset .spectral.yaml --fail-severity=hint
	$(PY) tools/publish/score.py $(SPEC) $(SCORE_FLOOR)
	$(PY) -m pytest -p no:xdist -m portal tests/publish/test_lint.py

# One self-contained page: Redoc inlined, and its one remote image (the Redocly logo) too.
docs: $(NPM_STAMP) $(STAMP)
	@mkdir -p site
	$(REDOCLY) build-docs $(SPEC) --config redocly.yaml --inlineBundle -o site/index.html
	$(PY) tools/publish/offline_page.py site/index.html
	$(REDOCLY) bundle $(SPEC) --config redocly.yaml -o site/wechatpay-coupons.yaml

# Both reports print every change; either one finding a breaking change fails the target.
spec-diff: $(NPM_STAMP) $(STAMP)
	@status=0; \
	set -x; \
	$(REDOCLY) diff $(RELEASED) $(SPEC) --config redocly.yaml \
		--lint-config=error --format=markdown --fail-on=major --check-version || status=1; \
	$(PY) tools/publish/breaking.py $(RELEASED) $(SPEC) || status=1; \
	{ set +x; } 2>/dev/null; \
	if [ $$status -ne 0 ]; then echo "spec-diff: breaking change (or no version bump) against $(RELEASED)" >&2; fi; \
	exit $$status
	$(PY) -m pytest -p no:xdist -m portal tests/publish/test_gate.py

# Debian's Chromium (and a CJK font, so the Chinese text in screenshots is legible). If Chromium
# cannot be installed, the test fails and says so.
browser-test: docs $(STAMP)
	@command -v chromium >/dev/null 2>&1 || apt-get install -y chromium \
		|| (apt-get update && apt-get install -y chromium) \
		|| echo "browser-test: could not install Debian's chromium (apt-get install -y chromium failed)" >&2
	@dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || apt-get install -y fonts-wqy-microhei >/dev/null 2>&1 || true
	$(PY) -m pytest -p no:xdist -m portal tests/publish/test_docs_page.py

# --- Benchmarks (never part of make test) -------------------------------------------------------
bench: $(STAMP)
	@command -v wrk >/dev/null 2>&1 || apt-get install -y wrk || (apt-get update && apt-get install -y wrk)
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) -m bench.run
