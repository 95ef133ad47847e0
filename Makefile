# factdesk: two commands matter, `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# Three workers on two cores: the workers wait often (Pilot pauses, child processes), and a
# third fills those waits. A fresh clone at 05:2x on 7 December 2026 (load 2-3), `make test`
# after the install: 2 workers 144.4 s wall (240.7 s CPU), 3 workers 132.5 s and 131.7 s
# (249.6 s, 248.1 s CPU).
TEST_WORKERS ?= 3
WARM_STAMP := $(VENV)/.warm

# Bytecode is written and read again: with PYTHONDONTWRITEBYTECODE set (some shells and CI
# images set it) every process `make test` starts (each xdist worker, each app or CLI process a
# test runs, mypy) compiled spaCy, Textual and the rest from source again: about 3.5 s of CPU
# a process, a quarter of a fresh clone's `make test`. .pyc files are ignored by git.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run test test-static test-parallel test-serial lint format bench screenshots clean

# Install into the venv with uv (itself a wheel from PyPI): the same pins as pip, in about a
# fifth of pip's time on a fresh machine. The venv is made without pip (ensurepip alone is
# ~2.5 s of CPU on the critical path) and uv is put into it by the system's pip
# (`pip --python`, pip 22.3+); where that pip is missing or old, the venv gets its own pip
# first. pip does the install if uv can't.
pip = { $(BIN)/python -m pip --version >/dev/null 2>&1 || $(BIN)/python -m ensurepip >/dev/null; } \
	&& $(BIN)/python -m pip install --quiet
uv = { [ -x $(BIN)/uv ] || $(PYTHON) -m pip --python $(BIN)/python install --quiet uv \
	|| { $(pip) uv; }; } && $(BIN)/uv pip install --quiet --python $(BIN)/python
install = { $(uv) $(1); } || { $(pip) $(1); }

$(BIN)/python:
	$(PYTHON) -m venv --without-pip $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(call install,-e .)
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(call install,-e '.[test]')
	touch $(STAMP) $@

# Once after an install: import what the test processes import (the app, the CLI, the language
# model, the test tools), so its bytecode is written once, by one process, before the test
# jobs start side by side (each would otherwise compile the same modules at the same time).
# Beside it, on the other core, the test modules' assert-rewritten bytecode is written once
# (tests/rewrite_ahead.py): each xdist worker rewrote all of them itself, ~2.5 s of CPU each.
$(WARM_STAMP): $(TEST_STAMP)
	$(BIN)/python tests/rewrite_ahead.py & rewriting=$$!; \
	$(BIN)/python -c "import factdesk.ui.app, factdesk.cli.entry, pytest, xdist, \
	hypothesis, factdesk.corroborate.semantic as s, factdesk.language.model as m; m.nlp(); s.available()" \
	&& wait $$rewriting
	touch $@

## Open the desk on the bundled seeds (imported when the desk is empty).
run: $(STAMP)
	$(BIN)/factdesk open --seeds seeds

## Lint and type-check, and run the whole test suite: three jobs at once, each printing its
## output when it ends: ruff and mypy; the tests on TEST_WORKERS processes (pytest-xdist);
## the `serial` tests (real processes killed, ptys) one at a time in a process of their own.
## Each pytest run prints its closing line.
test: $(TEST_STAMP)
	@$(MAKE) --no-print-directory -j3 --output-sync=target test-static test-parallel test-serial

# The parallel tests are the longest job, and their workers often wait (Pilot pauses, timers,
# child processes): the static checks run at a lower priority, so they take the cores when a
# worker waits instead of slowing the workers down. The serial tests do not: they drive real
# apps in ptys with waits, and niced beneath the parallel workers (and every other job on a
# busy machine) an app got a tenth of its share and its waits ran out (session 36, flaky36).
BEHIND := nice -n 10

test-static: $(TEST_STAMP)
	$(BEHIND) $(BIN)/ruff check .
	$(BEHIND) $(BIN)/ruff format --check .
	$(BEHIND) $(BIN)/python -m mypy

test-parallel: $(TEST_STAMP) $(WARM_STAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) -m "not serial"

test-serial: $(TEST_STAMP) $(WARM_STAMP)
	$(BIN)/python -m pytest -p no:xdist -m serial

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

format: $(TEST_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Benchmarks and soaks: slow, not part of `make test`.
# The extras are named in a variable: a comma written inside $(call ...) would split the argument.
BENCH_EXTRAS := -e '.[test,bench]'

bench: $(TEST_STAMP)
	$(call install,$(BENCH_EXTRAS))
	$(BIN)/python -m bench

## Regenerate the SVG screenshots in screenshots/ from the real app on the seeds.
screenshots: $(TEST_STAMP)
	$(BIN)/python -m tools.screenshots

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis build *.egg-info tui/*.egg-info
