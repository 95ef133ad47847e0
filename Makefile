# factdesk: two commands matter, `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
TEST_WORKERS ?= 2

.PHONY: run test lint format bench screenshots clean

# Install into the venv with uv (itself a wheel from PyPI, put in the venv by pip): the same
# pins as pip, in about a fifth of pip's time on a fresh machine. pip does it if uv can't.
install = $(BIN)/python -m pip install --quiet uv && $(BIN)/uv pip install --quiet \
	--python $(BIN)/python $(1) || $(BIN)/python -m pip install --quiet $(1)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(call install,-e .)
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(call install,-e '.[test]')
	touch $(STAMP) $@

## Open the desk on the bundled seeds (imported when the desk is empty).
run: $(STAMP)
	$(BIN)/factdesk open --seeds seeds

## Lint and type-check, then run the whole test suite: on TEST_WORKERS processes
## (pytest-xdist), then the `serial` tests (real processes killed, ptys) alone. Each pytest run
## prints its closing line.
test: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest -n $(TEST_WORKERS) -m "not serial"
	$(BIN)/python -m pytest -p no:xdist -m serial

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

format: $(TEST_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Benchmarks and soaks: slow, not part of `make test`.
bench: $(TEST_STAMP)
	$(call install,-e '.[test,bench]')
	$(BIN)/python -m bench

## Regenerate the SVG screenshots in screenshots/ from the real app on the seeds.
screenshots: $(TEST_STAMP)
	$(BIN)/python -m tools.screenshots

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis build *.egg-info tui/*.egg-info
