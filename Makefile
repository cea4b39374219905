# Two commands matter: `make serve` and `make test`. Both set everything up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
NODE_STAMP := node_modules/.installed-stamp
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup browser serve build check-data schema test test-fast lint bundle handouts bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $(NODE_STAMP)

setup: $(STAMP) $(NODE_STAMP) ## Create .venv and node_modules with the pinned dependencies

browser: ## Install Debian's Chromium (browser tests) and Java (HTML checker), if missing
	@missing=""; command -v chromium >/dev/null || missing="chromium fonts-dejavu-core"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Missing: $$missing (install with: sudo apt-get install $$missing)"; fi; \
	fi

serve: $(STAMP) ## Build and serve the site on http://127.0.0.1:8000 with live reload
	$(PY) -m mkdocs serve --strict -a 127.0.0.1:8000

build: $(STAMP) ## Strict build into site/
	$(PY) -m mkdocs build --strict --clean -d site

check-data: $(STAMP) ## Validate data/ and list every problem
	$(PY) -m macros.check data

schema: $(STAMP) ## Regenerate the JSON Schemas editors use for data/
	$(PY) -m macros.schema

lint: $(STAMP) ## ruff
	$(PY) -m ruff check .

# Both cores, a test file (or class) per worker: a file's tests share its fixtures, and the two
# shares of the every-page visit are classes, so they run side by side. The workers share each
# site build. PCR_EVERY_PAGE=1 (set by .ci/run) runs the browser's page checks on every page.
PYTEST := PYTHONWARNDEFAULTENCODING=1 $(PY) -m pytest -n 2 --dist loadscope  # PYTHONWARN...: our open() calls name their encoding

test: setup browser lint ## The whole test suite, browser tests included
	$(PYTEST)

test-fast: setup lint ## Every test but the browser tests (the HTML checker needs Java)
	$(PYTEST) -m "not browser"

handouts: setup browser ## Print the workshop handouts to dist/handouts/*.pdf
	$(PY) -m tools.handouts

bundle: setup browser ## The offline zip for workshops: dist/post-conviction-relief-offline-<version>.zip
	$(PY) -m tools.bundle

bench: setup browser ## Lighthouse, page weight, build times, bundle size (table + bench/results.json)
	npm ci --prefix bench --no-audit --no-fund --silent
	$(PY) -m tools.bench

clean: ## Remove build outputs
	rm -rf site dist .pytest_cache .hypothesis
