# Every target creates .venv on first use, so a fresh clone needs nothing but these commands.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Dagster keeps run history and schedule state here unless DAGSTER_HOME is already set.
export DAGSTER_HOME ?= $(CURDIR)/.dagster

.PHONY: run test ui bench score clean-data

$(BIN)/dagster: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

$(DAGSTER_HOME):
	mkdir -p $@

run: $(BIN)/dagster $(DAGSTER_HOME)
	$(BIN)/python -m orchestration.cli run

test: $(BIN)/dagster
	$(BIN)/python -m pytest

ui: $(BIN)/dagster $(DAGSTER_HOME)
	$(BIN)/dagster dev -w workspace.yaml

score: $(BIN)/dagster
	$(BIN)/python benchmarks/score.py

clean-data:
	rm -rf data .dagster
