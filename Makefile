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

.PHONY: run test setup browser index bench bench-scale clean

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

# Not in CI: `make bench-scale SCIFACT=path/to/beir/scifact` (see benchmarks/scale.py for sizes).
bench-scale: setup
	@test -n "$(SCIFACT)" || { echo "usage: make bench-scale SCIFACT=DIR (a BEIR SciFact folder)"; exit 2; }
	$(PY) benchmarks/scale.py scifact $(SCIFACT) --work .bench-cache/scale
	$(PY) benchmarks/scale.py grown $(SCIFACT) --work .bench-cache/scale

clean:
	rm -rf index/manifest.json index/g-* index/.tmp-* index/.lock index/models
