PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= flashpoint.duckdb

.PHONY: venv demo test bench clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

demo: venv
	$(BIN)/flashpoint run examples/articles --db $(DB)
	$(BIN)/flashpoint summary --db $(DB)

test: venv
	$(BIN)/python -m pytest

bench: venv
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/analytics.py

clean:
	rm -rf $(VENV) $(DB) $(DB).wal
