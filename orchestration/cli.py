"""`make run`: fetch the configured feeds, then build every partition that has new articles.

    python -m orchestration.cli run [--rebuild-all] [--max-gap-days N]
    python -m orchestration.cli rebuild [--start D] [--end D] [--with-articles]   (no fetching: re-extraction)

Runs go through Dagster in this process against DAGSTER_HOME, so they appear in the UI's run
history exactly like launched runs. Partitions with articles are folded into as few
partition-range runs as possible (BackfillPolicy.single_run: one run per range, not per day).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

# Only the standard library here; orchestration.commands (Dagster, pandas) is imported once a command
# runs. Process-pool workers re-import the parent's __main__ (multiprocessing's spawn preparation),
# and importing Dagster there cost every worker ~0.7 s and ~150 MB.


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m orchestration.cli")
    subcommands = parser.add_subparsers(dest="command", required=True)
    run_parser = subcommands.add_parser("run", help="fetch feeds and build every partition that has new articles")
    run_parser.add_argument("--rebuild-all", action="store_true",
                            help="rebuild every partition that has articles, not only new or changed ones")
    rebuild_parser = subcommands.add_parser(
        "rebuild", help="re-extract every archived article (no fetching), e.g. after an extractor change")
    rebuild_parser.add_argument("--start", type=date.fromisoformat, help="first publication date (YYYY-MM-DD)")
    rebuild_parser.add_argument("--end", type=date.fromisoformat, help="last publication date (YYYY-MM-DD)")
    rebuild_parser.add_argument("--with-articles", action="store_true",
                                help="also rebuild articles from the archive (after a change to ingest/)")
    for sub in (run_parser, rebuild_parser):
        sub.add_argument("--max-gap-days", type=int, default=14,
                         help="bridge up to this many empty days between partitions in one run (default 14)")
    args = parser.parse_args(argv)
    from orchestration import commands

    if args.command == "run":
        if error := commands.feeds_config_error():
            print(f"tradewire: {error}", file=sys.stderr)
            return 2
        commands.run(args.max_gap_days, args.rebuild_all)
    else:
        commands.rebuild(args.max_gap_days, args.start, args.end, args.with_articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
