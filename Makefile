# letopis: `make demo` sets up and runs extraction on the bundled samples; `make test` runs the tests.
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: demo test test-fast venv schema bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found; run make PYTHON=python3 ..." >&2; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23"
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/letopis extract samples/articles.jsonl -o out/samples.jsonl
	$(BIN)/letopis summary out/samples.jsonl

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

schema: $(STAMP)
	$(BIN)/letopis schema > src/letopis/data/schema/output.schema.json

bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/ner_factru.py --split test

clean:
	rm -rf $(VENV) out .pytest_cache
