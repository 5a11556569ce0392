# The front door. `make report` and `make test` set up a fresh machine by themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= seeds
OUT ?= reports

.PHONY: help install report test lint fuzz notebooks lab bench clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) ## create .venv and install the project (once; again when pyproject.toml changes)

report: $(STAMP) ## build the HTML reports from seeds/ into reports/
	$(BIN)/workbench report --corpus $(CORPUS) --out $(OUT)

lint: $(STAMP) ## ruff on the code, mypy on the package, the layer contracts (import-linter)
	$(BIN)/ruff check workbench tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint ## lint, type-check and run the whole suite (pytest with nbval on the notebooks)
	$(BIN)/python -m pytest -p no:cacheprovider tests
	$(BIN)/python -m pytest -p no:cacheprovider --nbval --nbval-sanitize-with notebooks/nbval_sanitize.cfg notebooks

fuzz: $(STAMP) ## the long fuzz run: 10,000 generated inputs per property (hypothesis)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -p no:cacheprovider tests/robust/test_fuzz.py

notebooks: $(STAMP) ## refresh the stored outputs of notebooks/*.ipynb from the seed run
	$(BIN)/python -m workbench.report.refresh notebooks

lab: $(STAMP) ## open JupyterLab on notebooks/ with the project's kernel
	$(BIN)/jupyter lab notebooks/

bench: $(STAMP) ## measure extraction speed against bare spaCy (needs ../shared/corpora)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/store.py

clean: ## remove build output (keeps .venv)
	rm -rf $(OUT)/*.html $(OUT)/*.ipynb build
