# careerbot: `make run` sets everything up and starts the web chat; `make test` sets everything
# up and runs the whole test suite (what CI runs). Both work from a fresh clone, offline except
# for the package registries.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: run test setup browser index bench clean

run: setup
	$(VENV)/bin/careerbot serve

test: setup browser
	$(PY) -m pytest

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian's chromium for the browser tests (Playwright's own browser download cannot work here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

index: setup
	$(VENV)/bin/careerbot index

bench: setup
	$(PY) benchmarks/core.py

clean:
	rm -rf index/manifest.json index/g-* index/.tmp-* index/.lock
