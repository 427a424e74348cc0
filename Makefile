# Two commands on a fresh machine: `make demo` and `make test`. Both need only python3.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= duban.db

.PHONY: demo test install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## demo: install duban, ingest the sample reports into ./duban.db and list them
demo: $(VENV)/.installed
	$(BIN)/duban ingest samples/seeds --db $(DB)
	$(BIN)/duban docs --db $(DB)

## test: install duban with its dev extras and run the whole test suite
test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache tests/artifacts
