# Two commands on a fresh machine: `make demo` and `make test`. Both need only python3.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= duban.db

.PHONY: demo test install install-dev browser converter clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,spark]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## demo: install duban, ingest the sample reports into ./duban.db and list them
demo: $(VENV)/.installed
	$(BIN)/duban ingest samples/seeds --db $(DB)
	$(BIN)/duban docs --db $(DB)

## test: install duban with its dev extras and run the whole test suite
test: $(VENV)/.installed-dev browser converter
	$(BIN)/python -m pytest

## browser: Debian's Chromium for the web UI's browser tests, installed where it is missing.
## Without root or apt-get the browser tests are skipped, each saying why.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    apt-get install -y -qq chromium >/dev/null 2>&1 \
	      || (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1) \
	      || echo "note: could not install chromium; the browser tests will be skipped"; \
	  else \
	    echo "note: /usr/bin/chromium is missing and installing it needs root; the browser tests will be skipped"; \
	  fi; \
	fi

## converter: Debian's catdoc, which reads old Word (.doc) and WPS (.wps) files, installed where
## it is missing. Without root or apt-get the tests of those files are skipped, each saying why.
converter:
	@if ! command -v catdoc >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's catdoc for old Word files"; \
	    apt-get install -y -qq catdoc >/dev/null 2>&1 \
	      || (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq catdoc >/dev/null 2>&1) \
	      || echo "note: could not install catdoc; the tests of .doc files will be skipped"; \
	  else \
	    echo "note: catdoc is missing and installing it needs root; the tests of .doc files will be skipped"; \
	  fi; \
	fi

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache tests/artifacts
