"""The Dagster assets of tradewire: thin wiring of resources, inputs and metadata around plain modules."""

import warnings

import dagster as dg

# BackfillPolicy is what makes a backfill one run; Dagster still marks the parameter beta. Said
# once here, where the assets using it are defined, rather than on every start of the CLI, the
# webserver and each run.
warnings.filterwarnings("ignore", category=dg.BetaWarning, message="Parameter `backfill_policy`")
