"""Definitions, jobs, schedules, partitions and the CLI of tradewire."""

import warnings

import dagster as dg

# BackfillPolicy is what makes a backfill one run; Dagster still marks the parameter beta. Said
# once here rather than on every start of the CLI, the webserver and each run.
warnings.filterwarnings("ignore", category=dg.BetaWarning, message="Parameter `backfill_policy`")
