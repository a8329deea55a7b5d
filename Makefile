# Every target creates .venv on first use, so a fresh clone needs nothing but these commands.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Dagster keeps run history and schedule state here unless DAGSTER_HOME is already set.
export DAGSTER_HOME ?= $(CURDIR)/.dagster
# Dagster writes a materialisation event per partition; batching them makes a year-long range run
# several times cheaper on PostgreSQL storage (a supported opt-in of Dagster's event log).
export DAGSTER_EVENT_BATCH_SIZE ?= 1000

.PHONY: run rebuild test ui bench bench-profile score clean-data

$(BIN)/dagster: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# A project-local instance (SQLite under .dagster/, one event-log database rather than one per run,
# which halves the fixed cost of a run), no usage statistics sent. deploy/dagster.yaml is the
# production one (PostgreSQL).
$(DAGSTER_HOME):
	mkdir -p $@
	test -f $@/dagster.yaml || cp orchestration/local_dagster.yaml $@/dagster.yaml

# RUN_ARGS="--rebuild-all" rebuilds every partition that has articles.
run: $(BIN)/dagster $(DAGSTER_HOME)
	$(BIN)/python -m orchestration.cli run $(RUN_ARGS)

# Re-extract trade_figures from the stored articles without fetching (after an extractor change);
# REBUILD_ARGS="--start 2024-01-01 --end 2024-12-31 --with-articles" narrows it or rebuilds articles too.
rebuild: $(BIN)/dagster $(DAGSTER_HOME)
	$(BIN)/python -m orchestration.cli rebuild $(REBUILD_ARGS)

test: $(BIN)/dagster
	$(BIN)/python -m pytest

ui: $(BIN)/dagster $(DAGSTER_HOME)
	$(BIN)/dagster dev -w workspace.yaml

score: $(BIN)/dagster
	$(BIN)/python benchmarks/score.py

# Scenario table of issue 6 (several minutes at full size); BENCH_ARGS=--quick for a smoke run.
bench: $(BIN)/dagster
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

# The same under py-spy: where each scenario's CPU time goes, printed under its row (times inflated).
bench-profile: $(BIN)/dagster
	$(BIN)/python benchmarks/run.py --profile $(BENCH_ARGS)

clean-data:
	rm -rf data .dagster
