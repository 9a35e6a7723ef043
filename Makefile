# Signatory network analysis — `make` (or `make help`) lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help setup build report all test test-fast lab lint format clean lock

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (Python 3.11)"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24" 
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[notebook,test]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3" >/dev/null
	touch $(STAMP)

setup: $(STAMP) ## create .venv and install the locked dependencies (idempotent)

build: setup ## data/raw + data/curation -> data/processed (tables, GraphML, GEXF, datapackage)
	$(BIN)/netlib build

report: build ## the main job: build, execute every notebook, write figures/ and reports/
	$(BIN)/netlib report

all: report ## same as report

test: setup ## the whole test suite (unit, notebooks via papermill and nbval, browser)
	$(BIN)/python -m pytest

test-fast: setup ## unit tests only (skips notebook execution and the browser)
	$(BIN)/python -m pytest -m "not slow"

lab: setup ## open the notebooks in JupyterLab
	$(BIN)/jupyter lab notebooks/

lint: setup ## ruff lint and format check
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

format: setup ## ruff format and autofix
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

lock: ## regenerate requirements.lock from the current .venv
	(echo "# Exact versions tested in CI (pip constraints). Regenerate: make lock"; \
	 $(BIN)/pip freeze --exclude-editable | grep -v '^netlib' | sort -f) > requirements.lock

clean: ## remove generated data and caches (keeps .venv, figures/ and reports/)
	rm -rf data/processed .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
