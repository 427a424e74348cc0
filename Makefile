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

# $(call debian_package,COMMAND,PACKAGE,WHAT NEEDS IT): install Debian's PACKAGE where COMMAND is
# missing; without root or apt-get, say so (the tests that need it skip, each saying why).
define debian_package
	@if ! command -v $(1) >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's $(2) for $(3)"; \
	    apt-get install -y -qq $(2) >/dev/null 2>&1 \
	      || (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq $(2) >/dev/null 2>&1) \
	      || echo "note: could not install $(2); $(3) will be skipped"; \
	  else \
	    echo "note: $(1) is missing and installing it needs root; $(3) will be skipped"; \
	  fi; \
	fi
endef

## browser: Debian's Chromium for the web UI's browser tests, installed where it is missing.
browser:
	$(call debian_package,/usr/bin/chromium,chromium,the browser tests)

## converter: Debian's catdoc, which reads old Word (.doc) and WPS (.wps) files, installed where missing.
converter:
	$(call debian_package,catdoc,catdoc,the tests of .doc files)

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache tests/artifacts
