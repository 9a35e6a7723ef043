# Signatory network analysis — `make` (or `make help`) lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help setup build report report-seed all test test-fast test-slow lab lint format clean lock bench bench-build eval

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

# The five founding documents alone (the fixed copy the tests use), written under build/seed/:
# the same notebooks on the corpus the project started from, to compare findings.
SEED := tests/fixtures/seed_corpus
report-seed: setup ## the main job on the five founding documents only -> build/seed/
	$(BIN)/netlib build --raw $(SEED)/raw --curation $(SEED)/curation --out build/seed/processed
	$(BIN)/netlib report --data build/seed/processed --out build/seed

all: report ## same as report

test: setup ## the whole test suite (unit, notebooks via papermill, hang guards, browser)
	$(BIN)/python -m pytest

test-fast: setup ## unit tests only (skips notebook execution, hang guards and the browser)
	$(BIN)/python -m pytest -m "not slow"

test-slow: setup ## only what test-fast skips (with test-fast: the whole suite, each test once)
	$(BIN)/python -m pytest -m slow

# Synthetic corpora go to BENCH_DIR (never into the repository); results to benchmarks/*.json.
BENCH_DIR ?= /tmp/netlib-bench
BENCH_SIZES ?= S M L

bench: setup ## benchmark on synthetic corpora S, M, L -> benchmarks/*.json -> BENCHMARKS.md
	mkdir -p benchmarks $(BENCH_DIR)
	set -e; for size in $(BENCH_SIZES); do \
	  $(BIN)/netlib synth --size $$size --seed 0 --out $(BENCH_DIR)/$$size; \
	  case $$size in \
	    S) baseline="--baseline networkx --baseline-timeout 600";; \
	    M) baseline="--baseline networkx --baseline-timeout 300";; \
	    *) baseline="";; \
	  esac; \
	  $(BIN)/netlib bench --data $(BENCH_DIR)/$$size --json $$baseline > benchmarks/$$size.json; \
	done
	$(BIN)/python -m netlib.dev.bench report BENCHMARKS.md $(foreach s,$(BENCH_SIZES),benchmarks/$(s).json) \
	  $(wildcard benchmarks/build.json)

# Documents of the corpus built with 1 and 2 local processes and on a local Dask cluster.
BUILD_WORKERS_DOCS ?= 100000

bench-build: setup ## time `netlib build` on raw corpora of 2,000 to 100,000 letters, and on a local Dask cluster -> benchmarks/build*.json
	mkdir -p benchmarks
	$(BIN)/python -m netlib.dev.bench build 2000 20000 100000 > benchmarks/build.json
	$(BIN)/python benchmarks/build_workers.py $(BUILD_WORKERS_DOCS) > benchmarks/build_workers.json

eval: setup ## score the parser on the real documents of eval/ -> EVALUATION.md
	$(BIN)/netlib eval

# JupyterLab refuses to run as root (as in most containers) unless told to; LAB_ARGS takes the
# rest, e.g. LAB_ARGS="--no-browser --ip 0.0.0.0 --port 8888" on a remote box.
LAB_ARGS ?=
lab: setup ## open the notebooks in JupyterLab (as root too; more options in LAB_ARGS)
	@if [ "$$(id -u)" = 0 ]; then echo "running as root: passing --allow-root to JupyterLab"; fi
	$(BIN)/jupyter lab notebooks/ $$([ "$$(id -u)" = 0 ] && echo --allow-root) $(LAB_ARGS)

# Python everywhere it is kept: the library, tests, benchmarks, CI helpers and the notebooks
# (their py:percent twins are jupytext's, kept in step by `make format` and tests/test_notebooks.py)
LINTED := src tests benchmarks .ci notebooks
NOTEBOOKS := $(wildcard notebooks/*.ipynb)

lint: setup ## ruff lint and format check (code and notebooks), notebooks stored without outputs
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/python .ci/strip_notebooks.py --check $(NOTEBOOKS)

format: setup ## fix what `make lint` checks: ruff autofix and format, strip outputs, sync the .py twins
	$(BIN)/jupytext --sync --quiet $(NOTEBOOKS)
	$(BIN)/ruff check --fix $(LINTED)
	$(BIN)/ruff format $(LINTED)
	$(BIN)/python .ci/strip_notebooks.py $(NOTEBOOKS) || true
	$(BIN)/jupytext --sync --quiet $(NOTEBOOKS)

lock: ## regenerate requirements.lock from the current .venv
	(echo "# Exact versions tested in CI (pip constraints). Regenerate: make lock"; \
	 $(BIN)/pip freeze --exclude-editable | grep -v '^netlib' | sort -f) > requirements.lock

clean: ## remove generated data and caches (keeps .venv, figures/ and reports/)
	rm -rf data/processed .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
