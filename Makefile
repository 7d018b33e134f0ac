# Every target works on a fresh clone with python3, pip and make only: the first one that
# needs the virtualenv creates it, and it is refreshed whenever pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help venv demo test test-py313 test-httpx2 generate check-generated check-sources draft-operation lint typecheck clean lint-spec docs spec-diff browser-test bench

help:
	@echo "make demo   - set up .venv and run the end-to-end demo"
	@echo "make test   - set up .venv and run every test"
	@echo "make generate / check-generated / check-sources / lint / typecheck / clean"
	@echo "make draft-operation SOURCE=spec/sources/NNN_x.txt - draft a document's operation into the spec"
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
	@$(MAKE) --no-print-directory test-py313
	@$(MAKE) --no-print-directory test-httpx2

# The package claims Python 3.11 to 3.13; 3.13 runs the client, auth, mock, generator and
# end-to-end tests in its own .venv313. pyenv's 3.13 is found even when pyenv does not select it.
PY313 := $(shell for p in python3.13 $$HOME/.pyenv/versions/3.13*/bin/python3.13; do \
	"$$p" -c 'import sys; assert sys.version_info[:2] == (3, 13); print(sys.executable)' 2>/dev/null && break; done)
VENV313 := .venv313
STAMP313 := $(VENV313)/.installed

$(STAMP313): pyproject.toml
	$(PY313) -m venv $(VENV313)
	$(VENV313)/bin/python -m pip install --quiet --upgrade pip
	$(VENV313)/bin/python -m pip install --quiet -e '.[dev,mock]'
	@touch $@

test-py313:
	@if [ -z "$(PY313)" ]; then \
		echo "test-py313: no Python 3.13 interpreter found: the 3.13 tests did NOT run" >&2; exit 1; fi
	@$(MAKE) --no-print-directory $(STAMP313)
	$(VENV313)/bin/python -m pytest -n auto -q tests/client tests/auth tests/mock tests/e2e tests/codegen

# httpx2 (pydantic's fork of httpx 0.28.1) standing in for httpx, as an application that
# migrates runs it: httpx2.alias_httpx() at start-up (a .pth file in .venv-httpx2, so the
# subprocesses of the tests get it too) makes every `import httpx`, the generated client's
# included, the httpx2 module; httpx and httpcore are uninstalled from that venv, so nothing can
# quietly use them. The client, auth and end-to-end suites then run once more.
VENVX2 := .venv-httpx2
STAMPX2 := $(VENVX2)/.installed

$(STAMPX2): pyproject.toml
	$(PYTHON) -m venv $(VENVX2)
	$(VENVX2)/bin/python -m pip install --quiet --upgrade pip
	$(VENVX2)/bin/python -m pip install --quiet -e '.[dev,mock]'
	$(VENVX2)/bin/python -m pip uninstall --quiet --yes httpx httpcore
	echo 'import httpx2; httpx2.alias_httpx()' > "$$($(VENVX2)/bin/python -c \
		'import sysconfig; print(sysconfig.get_paths()["purelib"])')/wechatpay_httpx2_alias.pth"
	@touch $@

test-httpx2: $(STAMPX2)
	$(VENVX2)/bin/python -c 'import httpx, httpx2, wechatpay_coupons.client as c, wechatpay_auth; \
		assert httpx is httpx2 and c.httpx is httpx2, "httpx2 does not stand in for httpx"; \
		print("test-httpx2: httpx2", httpx2.__version__, "stands in for httpx")'
	$(VENVX2)/bin/python -m pytest -n auto -q tests/client tests/auth tests/e2e

generate: $(STAMP)
	$(PY) -m generator

check-generated: $(STAMP)
	$(PY) -m generator --check

# Every fact of the documents in spec/sources/ is in the spec or named by spec/ERRATA.md.
# `make check-sources REPORT=1` prints every fact per document (the to-do list for a new document).
check-sources: $(STAMP)
	$(PY) -m tools.sources $(if $(REPORT),--report)

# A new document's operation drafted into the spec for review (its x-review says what to review);
# for an operation the spec has, the diff that brings it up to the document (never a rewrite).
draft-operation: $(STAMP)
	@test -n "$(SOURCE)" || { echo "draft-operation: name the document, SOURCE=spec/sources/NNN_x.txt" >&2; exit 2; }
	$(PY) -m tools.sources draft $(SOURCE)

lint: $(STAMP)
	$(VENV)/bin/ruff check auth_plugin mock generator tests examples bench tools
	$(VENV)/bin/ruff format --check auth_plugin mock generator tests examples bench tools

typecheck: $(STAMP)
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) $(VENV313) $(VENVX2) build dist site node_modules .pytest_cache .mypy_cache .ruff_cache

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
	$(PY) -m pytest -p no:xdist -m portal tests/publish/test_lint.py tests/publish/test_score.py

# One self-contained page: Redoc inlined, and its one remote image (the Redocly logo) too.
# The published spec is the spec plus a tested Python sample per operation (x-codeSamples,
# generated by tools/publish/code_samples.py; tests/publish/test_code_samples.py runs them).
docs: $(NPM_STAMP) $(STAMP)
	@mkdir -p site
	$(PY) -m tools.publish.code_samples $(SPEC) site/with-samples.yaml
	$(REDOCLY) build-docs site/with-samples.yaml --config redocly.yaml --inlineBundle -o site/index.html
	$(PY) tools/publish/offline_page.py site/index.html
	$(REDOCLY) bundle site/with-samples.yaml --config redocly.yaml -o site/wechatpay-coupons.yaml

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
