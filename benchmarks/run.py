"""Speed benchmark (issue 6): the pipeline against a plain-Python floor on a synthetic archive.

    python benchmarks/run.py [--outlets 4 --days 365 --per-day 15 | --quick] [--postgres] [--keep] [--profile]

Scenarios, each a subprocess timed by wall clock while /proc is polled for the resident set
size of its whole process tree (the process and every descendant, summed; the peak is kept):

  floor           benchmarks/floor.py: feedparser + one regular expression + two bulk inserts, one process
  first load      `python -m orchestration.cli run` on the synthetic feeds into a fresh DuckDB file
  re-extraction   every stored article re-extracted and revalidated, no fetching, on the warehouse
                  the first load left: `python -m orchestration.cli rebuild` (one partition-range
                  run over every archived date, then the marts) when the CLI has that subcommand;
                  otherwise rebuild_job over the archive's date range as ONE run with
                  `dagster job execute` and the partition-range tags (--rebuild-executor)
  nightly no-op   `python -m orchestration.cli run` on feeds/sample.yaml after a first (untimed) run
  pg first load   (--postgres) the first load into a fresh PostgreSQL schema, dropped afterwards

The archive is generated once (benchmarks/synthetic_archive.py) and cached under the temp
folder; runs, warehouses and logs go into a fresh temp folder (kept with --keep or on failure).
Progress goes to stderr; stdout gets one table.

--profile attaches `py-spy record --subprocesses --rate 50 --format raw` to each scenario's process
(workers included) and prints under its row where the CPU time went (benchmarks/profile_summary.py);
the collapsed stacks and a flamegraph SVG stay in the work folder's profiles/. py-spy pauses every
process 50 times a second to read its stack, so wall and CPU seconds are inflated under --profile.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from profile_summary import flamegraph_svg, summary  # noqa: E402
from synthetic_archive import ARTICLE_CHARS, FIGURE_SHARE, generate  # noqa: E402

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
SAMPLE_FEEDS = REPO / "feeds" / "sample.yaml"
QUICK = (2, 30, 5)
MEMORY_CAP_MB = 1024
QUIET_RUN_CONFIG = "loggers:\n  console:\n    config:\n      log_level: INFO\n"
PROFILE_RATE = 50  # samples a second per process: enough for seconds-scale buckets, a modest slowdown


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- process-tree memory, from /proc

def _parents() -> dict[int, int]:
    parents = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue  # exited meanwhile
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'
        parents[int(name)] = int(stat.rsplit(b")", 1)[1].split()[1])
    return parents


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, parent in _parents().items():
        children.setdefault(parent, []).append(pid)
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def _cpu_ticks(pid: int) -> int:
    """utime + stime of one process (its own, not its reaped children's) in clock ticks; 0 once gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


def _memory_kb(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of one process in kB; zeros once it is gone."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status", "rb") as handle:
            for line in handle:
                if line.startswith(b"VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith(b"VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


class TreeMemory(threading.Thread):
    """Polls the process tree under `root`. peak_mb: the largest sum of VmRSS seen at one moment,
    or the largest single-process high-water mark (VmHWM) if that was larger (a short spike
    between two polls). The tree is re-discovered from /proc every `rescan` seconds (a few ms of
    CPU each time); in between only the known processes are read, so polling costs < 1 % of a core."""

    def __init__(self, root: int, interval: float = 0.1, rescan: float = 0.5):
        super().__init__(daemon=True)
        self.root, self.interval, self.rescan = root, interval, rescan
        self.peak_kb = 0
        self.processes: set[int] = set()
        self.ticks: dict[int, int] = {}  # pid -> last seen utime + stime
        self._halt = threading.Event()

    def run(self) -> None:
        tree, scanned = [self.root], 0.0
        while not self._halt.is_set():
            if time.monotonic() - scanned >= self.rescan:
                tree, scanned = _tree(self.root), time.monotonic()
            self.sample(tree)
            self._halt.wait(self.interval)

    def sample(self, tree: list[int]) -> None:
        total = 0
        for pid in tree:
            rss, hwm = _memory_kb(pid)
            total += rss
            self.peak_kb = max(self.peak_kb, hwm)
            self.processes.add(pid)
            self.ticks[pid] = max(self.ticks.get(pid, 0), _cpu_ticks(pid))
        self.peak_kb = max(self.peak_kb, total)

    @property
    def cpu_seconds(self) -> float:
        """CPU of every process seen in the tree, up to its last poll."""
        return sum(self.ticks.values()) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self._halt.set()
        self.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024


def _busy_seconds() -> float:
    """CPU seconds the whole machine has been busy (all cores), from /proc/stat."""
    with open("/proc/stat") as handle:
        fields = [int(v) for v in handle.readline().split()[1:9]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Measured:
    seconds: float
    peak_mb: float
    returncode: int
    log_path: Path
    processes: int
    cpu_seconds: float = 0.0  # CPU time of the scenario's process tree (reaped descendants included)
    others_cores: float = 0.0  # other processes' average CPU use during the scenario, in cores
    profile: list[str] = field(default_factory=list)  # --profile: where the time went, or why it was not profiled

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def py_spy() -> str | None:
    """The py-spy next to this interpreter (the venv's), else on PATH."""
    return shutil.which("py-spy", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))


def profiler_problem() -> str | None:
    """Why --profile cannot work here, or None: py-spy missing, or not allowed to read another process
    (tried on this one: py-spy, like the scenarios, is not its ancestor)."""
    if not py_spy():
        return "py-spy not found (.venv/bin/pip install -e '.[dev]')"
    check = subprocess.run([py_spy(), "dump", "--pid", str(os.getpid())], capture_output=True, text=True, timeout=60)
    if check.returncode != 0:
        said = next(iter((check.stderr or check.stdout).strip().splitlines()), f"exit {check.returncode}")
        return (f"py-spy cannot read other processes ({said}): "
                "it needs ptrace, i.e. root, sysctl kernel.yama.ptrace_scope=0, or docker run --cap-add SYS_PTRACE")
    return None


def start_profiler(pid: int, stacks: Path) -> subprocess.Popen:
    """py-spy attached to the running scenario rather than launching it: `py-spy record -- command`
    exits 0 whatever the command's exit status, and would count itself in the tree's memory and CPU."""
    with open(stacks.with_suffix(".py-spy.log"), "wb") as spy_log:
        return subprocess.Popen([py_spy(), "record", "--pid", str(pid), "--subprocesses", "--rate", str(PROFILE_RATE),
                                 "--format", "raw", "--output", str(stacks)], stdout=spy_log, stderr=subprocess.STDOUT)


def finish_profiler(profiler: subprocess.Popen, stacks: Path, cpu_seconds: float) -> list[str]:
    """Summary lines once py-spy has written the stacks (it stops when the scenario exits)."""
    try:
        returncode = profiler.wait(timeout=120)
    except subprocess.TimeoutExpired:
        profiler.kill()  # the py-spy this harness started
        returncode = profiler.wait()
    spy_log = stacks.with_suffix(".py-spy.log")
    if returncode != 0 or not stacks.exists():
        return [f"NOT PROFILED: py-spy exited {returncode}, see {spy_log}; the scenario ran unprofiled"]
    collapsed = stacks.read_text(encoding="utf-8", errors="replace")
    stacks.with_suffix(".svg").write_text(flamegraph_svg(collapsed), encoding="utf-8")
    return [f"where the time goes (py-spy, {PROFILE_RATE} Hz, times inflated by it): {stacks} (+ .svg)"] + \
        ["  " + line for line in summary(collapsed, PROFILE_RATE, cpu_seconds)]


def measure(command: list[str], env: dict[str, str], log_path: Path, timeout: float, cwd: Path = REPO,
            stacks: Path | None = None) -> Measured:
    """Run `command` in cwd (the checkout, or its snapshot); stdout and stderr go to log_path.
    With `stacks`, py-spy records the process tree's collapsed stacks there."""
    with open(log_path, "wb") as output:
        children_before, self_before, busy_before = (_cpu_seconds(resource.RUSAGE_CHILDREN),
                                                     _cpu_seconds(resource.RUSAGE_SELF), _busy_seconds())
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        profiler = start_profiler(process.pid, stacks) if stacks else None
        sampler = TreeMemory(process.pid)
        sampler.start()
        try:
            returncode = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # the group this harness started, nothing else
            returncode = process.wait()
            output.write(f"\n[bench] killed after {timeout:.0f} s\n".encode())
        seconds = time.perf_counter() - started
        sampler.stop()
        # Two lower bounds: reaped descendants (misses processes orphaned to init, e.g. a forkserver's
        # workers) and the per-process polls (miss each process's last < 0.1 s); take the larger.
        cpu = max(_cpu_seconds(resource.RUSAGE_CHILDREN) - children_before, sampler.cpu_seconds)
        own = _cpu_seconds(resource.RUSAGE_SELF) - self_before
        others = max(0.0, _busy_seconds() - busy_before - cpu - own) / seconds
    profile = finish_profiler(profiler, stacks, cpu) if profiler else []
    return Measured(seconds, sampler.peak_mb, returncode, log_path, len(sampler.processes), cpu, others, profile)


# ---------------------------------------------------------------- warehouses

def count_rows(url: str, schema: str, tables: list[str]) -> dict[str, int]:
    if url.startswith("duckdb:///"):
        import duckdb
        with duckdb.connect(url.removeprefix("duckdb:///"), read_only=True) as connection:
            return {t: connection.execute(f"SELECT COUNT(*) FROM {schema}.{t}").fetchone()[0] for t in tables}
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return {t: connection.exec_driver_sql(f"SELECT COUNT(*) FROM {schema}.{t}").scalar() for t in tables}
    finally:
        engine.dispose()


def drop_schema(url: str, schema: str) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    finally:
        engine.dispose()


def postgres_reachable(url: str) -> str | None:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool
    try:
        engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        engine.dispose()
        return None
    except Exception as exc:  # any failure to reach the server
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"


# ---------------------------------------------------------------- scenarios

@dataclass
class Row:
    scenario: str
    measured: Measured | None = None
    articles: int | None = None  # articles the scenario loaded or re-extracted (None: not meaningful)
    target: str = ""
    met: bool | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)


SNAPSHOT_IGNORE = shutil.ignore_patterns(".venv", ".git", "data", ".dagster", "__pycache__", ".pytest_cache",
                                         "*.egg-info", ".mypy_cache", ".ruff_cache", "node_modules")


class Bench:
    def __init__(self, args: argparse.Namespace, archive: Path, manifest: dict, work: Path):
        self.args, self.archive, self.manifest, self.work = args, archive, manifest, work
        self.python = sys.executable
        # The scenarios run from a copy of the checkout taken now, so edits made while the benchmark
        # runs cannot mix two versions of the code into one table. `python -m` puts the working
        # directory first on sys.path, ahead of the venv's editable-install finder.
        self.root = REPO
        if args.snapshot:
            self.root = work / "src"
            shutil.copytree(REPO, self.root, ignore=SNAPSHOT_IGNORE)
        (work / "logs").mkdir(parents=True, exist_ok=True)
        (work / "profiles").mkdir(exist_ok=True)
        (work / "quiet.yaml").write_text(QUIET_RUN_CONFIG + self._executor_config(), encoding="utf-8")

    def _executor_config(self) -> str:
        if self.args.rebuild_executor == "in_process":
            return "execution:\n  config:\n    in_process: {}\n"
        return ""  # the job's default: multiprocess steps under a persistent DAGSTER_HOME

    def env(self, name: str, feeds: Path, url: str, schema: str = "tradewire") -> dict[str, str]:
        home = self.work / name / "dagster_home"
        home.mkdir(parents=True, exist_ok=True)
        # The instance `make run` sets up (consolidated SQLite event log, no telemetry).
        shutil.copyfile(self.root / "orchestration" / "local_dagster.yaml", home / "dagster.yaml")
        env = dict(os.environ)
        env.update(TRADEWIRE_FEEDS=str(feeds), TRADEWIRE_WAREHOUSE_URL=url, TRADEWIRE_SCHEMA=schema,
                   DAGSTER_HOME=str(home), PYTHONUNBUFFERED="1")
        env.pop("TRADEWIRE_NIGHTLY", None)
        return env

    def run(self, label: str, command: list[str], env: dict[str, str], profile: bool = True) -> Measured:
        """profile=False: an untimed preparation run, not worth profiling under --profile."""
        log_path = self.work / "logs" / f"{label}.log"
        log(f"{label}: {' '.join(command[1:]) if command[0] == self.python else ' '.join(command)}")
        stacks = self.work / "profiles" / f"{label}.txt" if self.args.profile and profile else None
        measured = measure(command, env, log_path, self.args.timeout, self.root, stacks)
        status = "ok" if measured.ok else f"FAILED (exit {measured.returncode}), see {log_path}"
        log(f"{label}: {measured.seconds:.1f} s, {measured.cpu_seconds:.1f} s CPU, peak {measured.peak_mb:.0f} MB, "
            f"{measured.processes} process(es), other processes used {measured.others_cores:.2f} cores: {status}")
        if not measured.ok:
            tail = log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
            print("\n".join("    " + line for line in tail), file=sys.stderr)
        return measured

    def floor(self) -> Row:
        measured = self.run("floor", [self.python, str(self.root / "benchmarks" / "floor.py"), str(self.feeds),
                                      "--db", str(self.work / "floor.duckdb")], dict(os.environ))
        return Row("floor (feedparser + 1 regex)", measured, self.manifest["articles"], "reference")

    @property
    def feeds(self) -> Path:
        return self.archive / self.manifest["feeds_file"]

    def duckdb_url(self, name: str) -> str:
        return f"duckdb:///{self.work / name / 'warehouse.duckdb'}"

    def first_load(self, label: str, url: str, schema: str = "tradewire") -> tuple[Measured, dict[str, int]]:
        measured = self.run(label, [self.python, "-m", "orchestration.cli", "run"],
                            self.env("load", self.feeds, url, schema) if label == "first_load"
                            else self.env(label, self.feeds, url, schema))
        counts = count_rows(url, schema, ["archived_items", "articles", "trade_figures", "rejected_figures"]) \
            if measured.ok else {}
        if counts:
            log(f"{label}: {counts}")
        return measured, counts

    def rebuild(self, url: str) -> tuple[Measured, dict[str, int], str]:
        """Re-extraction without fetching: `python -m orchestration.cli rebuild` when the CLI has it
        (re-extracts figures for every archived date, one partition-range run, then the marts);
        otherwise rebuild_job over the archive's date range as one run via `dagster job execute`."""
        if cli_has_rebuild(self.root):
            command, how = [self.python, "-m", "orchestration.cli", "rebuild"], "cli rebuild"
        else:
            tags = json.dumps({"dagster/asset_partition_range_start": self.manifest["start"],
                               "dagster/asset_partition_range_end": self.manifest["end"]})
            command = [self.python, "-m", "dagster", "job", "execute", "-m", "orchestration.definitions",
                       "-j", "rebuild_job", "-c", str(self.work / "quiet.yaml"), "--tags", tags]
            how = f"rebuild_job, {self.args.rebuild_executor}"
        measured = self.run("reextraction", command, self.env("load", self.feeds, url))
        counts = count_rows(url, "tradewire", ["articles", "trade_figures", "rejected_figures"]) if measured.ok else {}
        if counts:
            log(f"reextraction: {counts}")
        return measured, counts, how

    def nightly_noop(self) -> Row:
        url = self.duckdb_url("nightly")
        env = self.env("nightly", self.root / SAMPLE_FEEDS.relative_to(REPO), url)
        first = self.run("nightly_first_run", [self.python, "-m", "orchestration.cli", "run"], env, profile=False)
        row = Row("nightly no-op (sample feeds)", target="<= 10 s")
        if not first.ok:
            row.note = "first run failed"
            return row
        measured = self.run("nightly_noop", [self.python, "-m", "orchestration.cli", "run"], env)
        row.measured = measured
        if measured.ok:
            output = measured.log_path.read_text(encoding="utf-8", errors="replace")
            if "partitions written: none" not in output:
                row.note = "rebuilt partitions: not a no-op"
            row.met = measured.seconds <= 10 and not row.note
        return row


def cli_has_rebuild(root: Path = REPO) -> bool:
    """Whether orchestration/cli.py offers the `rebuild` subcommand (read from its source, no import)."""
    source = (root / "orchestration" / "cli.py").read_text(encoding="utf-8")
    return re.search(r"add_parser\(\s*[\"']rebuild[\"']", source) is not None


def print_table(rows: list[Row], floor_seconds: float | None, caption: str) -> None:
    """One line a scenario; its --profile summary, if any, printed under it."""
    header = ["scenario", "wall s", "articles/s", "peak RSS MB", "x floor", "CPU s", "others' cores", "target", "met"]
    lines = []
    for row in rows:
        m = row.measured
        if m is None or not m.ok:
            status = "FAILED" if m is not None else "not run"
            cells = [row.scenario, status, "-", f"{m.peak_mb:.0f}" if m else "-", "-", "-", "-", row.target,
                     row.note or "-"]
        else:
            rate = f"{row.articles / m.seconds:,.0f}" if row.articles else "-"
            ratio = f"{m.seconds / floor_seconds:.2f}" if floor_seconds and row.articles else "-"
            met = "-" if row.met is None else ("yes" if row.met else "NO")
            if row.note:
                met += f" ({row.note})"
            cells = [row.scenario, f"{m.seconds:.1f}", rate, f"{m.peak_mb:.0f}", ratio, f"{m.cpu_seconds:.1f}",
                     f"{m.others_cores:.2f}", row.target, met]
        lines.append((cells, m.profile if m else []))
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *(cells for cells, _ in lines))]
    right = {1, 2, 3, 4, 5, 6}

    def fmt(cells):
        return "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    print(caption)
    print(fmt(header).rstrip())
    print("  ".join("-" * w for w in widths))
    for cells, profile in lines:
        print(fmt(cells).rstrip())
        for text in profile:
            print("    " + text)
    sys.stdout.flush()


def revision() -> str:
    """The checked-out commit, and whether the tree has uncommitted changes (read-only git calls)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                              timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        return f"code {head}{' + uncommitted changes' if dirty else ''}"
    except (OSError, subprocess.SubprocessError):
        return "code: unknown revision"


def machine() -> str:
    cores = os.cpu_count()
    with open("/proc/meminfo") as handle:
        total_kb = int(next(line for line in handle if line.startswith("MemTotal:")).split()[1])
    load = os.getloadavg()
    return f"{cores} cores, {total_kb / 1024 / 1024:.1f} GB RAM, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"


def prepare_archive(args: argparse.Namespace) -> tuple[Path, dict]:
    wanted = {"outlets": args.outlets, "days": args.days, "per_day": args.per_day, "seed": args.seed,
              "split": "month", "article_chars": ARTICLE_CHARS, "figure_share": FIGURE_SHARE}
    folder = args.archive or Path(tempfile.gettempdir()) / "tradewire-bench" / (
        f"archive-{args.outlets}x{args.days}x{args.per_day}-seed{args.seed}")
    manifest_path = folder / "manifest.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if all(manifest.get(key) == value for key, value in wanted.items()):
            log(f"archive: reusing {folder}")
            return folder, manifest
        shutil.rmtree(folder)
    log(f"archive: generating {args.outlets} x {args.days} x {args.per_day} (seed {args.seed}) into {folder}")
    started = time.perf_counter()
    manifest = generate(folder, args.outlets, args.days, args.per_day, args.seed, split="month")
    log(f"archive: {manifest['articles']} articles, {manifest['files']} files, "
        f"{manifest['rss_bytes'] / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")
    return folder, manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlets", type=int, default=4)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help=f"smoke size: {'x'.join(map(str, QUICK))}")
    parser.add_argument("--postgres", action="store_true", help="add the PostgreSQL first load")
    parser.add_argument("--postgres-url", default=POSTGRES_URL)
    parser.add_argument("--only", nargs="+", choices=["floor", "load", "reextract", "nightly", "postgres"],
                        help="run only these scenarios (re-extraction needs the load)")
    parser.add_argument("--rebuild-executor", choices=["in_process", "multiprocess"], default="in_process",
                        help="executor of the `dagster job execute` fallback for re-extraction (default in_process, "
                             "as the CLI runs)")
    parser.add_argument("--archive", type=Path, help="archive folder (default: a cache under the temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (warehouses, logs)")
    parser.add_argument("--no-snapshot", dest="snapshot", action="store_false",
                        help="run the scenarios in the checkout itself, not in a copy taken at the start")
    parser.add_argument("--timeout", type=float, default=3600, help="per-scenario limit in seconds")
    parser.add_argument("--profile", action="store_true",
                        help="record each scenario with py-spy and print where its CPU time went (inflates the times)")
    args = parser.parse_args(argv)
    if args.profile and (problem := profiler_problem()):
        log(f"--profile: {problem}; running the scenarios UNPROFILED")
        args.profile = False
    if args.quick:
        args.outlets, args.days, args.per_day = QUICK
    selected = set(args.only or ["floor", "load", "reextract", "nightly"] + (["postgres"] if args.postgres else []))

    archive, manifest = prepare_archive(args)
    host = machine()  # before the scenarios load the machine themselves
    code = revision() + ("" if args.snapshot else ", not snapshotted")
    work = Path(tempfile.mkdtemp(prefix="tradewire-bench-"))
    log(f"work folder: {work}")
    bench = Bench(args, archive, manifest, work)
    n_articles = manifest["articles"]
    rows: list[Row] = []
    floor_seconds = load_seconds = None
    failed = False
    try:
        if "floor" in selected:
            row = bench.floor()
            rows.append(row)
            floor_seconds = row.measured.seconds if row.measured.ok else None

        if {"load", "reextract"} & selected:
            url = bench.duckdb_url("load")
            measured, counts = bench.first_load("first_load", url)
            row = Row("first load (DuckDB)", measured, counts.get("articles"),
                      f"<= 1.0x floor, <= {MEMORY_CAP_MB} MB")
            if measured.ok:
                load_seconds = measured.seconds
                if counts.get("articles") != n_articles:
                    row.note = f"{counts.get('articles')} of {n_articles} articles"
                row.met = (floor_seconds is None or measured.seconds <= floor_seconds) \
                    and measured.peak_mb <= MEMORY_CAP_MB and not row.note
            rows.append(row)
            if "reextract" in selected and measured.ok:
                measured, counts, how = bench.rebuild(url)
                row = Row(f"re-extraction ({how})", measured,
                          counts.get("articles"), f">= 2000 art/s, <= {MEMORY_CAP_MB} MB")
                if measured.ok:
                    row.met = counts.get("articles", 0) / measured.seconds >= 2000 and measured.peak_mb <= MEMORY_CAP_MB
                rows.append(row)

        if "nightly" in selected:
            rows.append(bench.nightly_noop())

        if "postgres" in selected:
            reason = postgres_reachable(args.postgres_url)
            row = Row("first load (PostgreSQL)", target="<= 1.5x DuckDB load")
            if reason:
                row.note = f"no PostgreSQL: {reason}"
                log(f"postgres: skipped, {reason}")
            else:
                schema = f"tw_bench_{os.getpid()}"
                try:
                    measured, counts = bench.first_load("pg_first_load", args.postgres_url, schema)
                    row.measured, row.articles = measured, counts.get("articles")
                    if measured.ok:
                        if counts.get("articles") != n_articles:
                            row.note = f"{counts.get('articles')} of {n_articles} articles"
                        if load_seconds is not None:
                            row.met = measured.seconds <= 1.5 * load_seconds and not row.note
                finally:
                    drop_schema(args.postgres_url, schema)
                    log(f"postgres: dropped schema {schema}")
            rows.append(row)
    finally:
        failed = any(r.measured is not None and not r.measured.ok for r in rows)
        caption = (f"tradewire benchmark: {n_articles:,} articles ({args.outlets} outlets x {args.days} days x "
                   f"{args.per_day}/day, seed {args.seed}), {manifest['files']} RSS files, "
                   f"{manifest['rss_bytes'] / 1e6:.1f} MB, {manifest['mean_body_chars']:,} chars a body;\n"
                   f"{host} at start; {code}; CPU s: the scenario's process tree; others' cores: CPU that "
                   f"other processes (PostgreSQL's server included) used meanwhile")
        if args.profile:
            caption += (f";\n--profile: each scenario ran under py-spy ({PROFILE_RATE} samples/s per process, each "
                        f"pausing it), so wall and CPU seconds are inflated; py-spy's own CPU is in others' cores")
        print_table(rows, floor_seconds, caption)
        if args.keep or failed:
            log(f"kept {work}")
        elif args.profile:  # keep only the stacks and flamegraphs: the warehouses are large
            for child in work.iterdir():
                if child.is_dir() and child.name != "profiles":
                    shutil.rmtree(child, ignore_errors=True)
                elif child.is_file():
                    child.unlink()
            log(f"kept {work / 'profiles'}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
