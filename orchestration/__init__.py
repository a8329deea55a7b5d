"""Definitions, jobs, schedules, partitions and the CLI of tradewire."""
