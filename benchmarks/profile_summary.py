"""Where the time goes: summaries of py-spy's collapsed stacks (`py-spy record --format raw`).

A collapsed-stack line is `frame;frame;...;leaf COUNT`, outermost frame first, each frame
`function (file:line)`. With --subprocesses the line starts with one `process PID:"command"` frame
per process, from the recorded root down to the sampled process. py-spy leaves idle threads out
unless asked (--idle), so COUNT / rate is roughly the seconds a thread was on a CPU, but not quite:
a thread that is ready to run while every core is busy counts as active, and py-spy's idle test
misses some blocked waits (thread-pool workers waiting for work, for one). summary() therefore
leaves out samples whose leaf is a known blocking wait and can scale the rest to measured CPU.

(Not named profile.py: benchmarks/ goes first on sys.path and would shadow the standard library's.)
"""
from __future__ import annotations

import html
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath

PROCESS = re.compile(r'process (\d+):".*?"(?:;|$)')
FRAME = re.compile(r"^(.*) \((.*?)(?::\d+)?\)$")
IMPORTS = "imports (any package)"
# Leaves that block rather than compute: (file, last part of the function name).
BLOCKING = {("threading.py", "wait"), ("threading.py", "join"), ("threading.py", "_wait_for_tstate_lock"),
            ("selectors.py", "select"), ("queue.py", "get"), ("concurrent/futures/thread.py", "_worker")}
OTHER = "other"
PROJECT = "tradewire, other (assets/, orchestration/, ...)"
# First path component (py-spy shortens paths to their import name: pandas/core/frame.py) -> bucket.
# A name matches itself and its underscore-extended relatives: dagster_shared, duckdb_engine.
PACKAGES = {
    "extraction": "extraction/",
    "ingest": "ingest/",
    "assets": PROJECT,
    "orchestration": PROJECT,
    "resources": PROJECT,
    "quality": PROJECT,
    "metrics": PROJECT,
    "dagster": "dagster/",
    "pandas": "pandas/numpy",
    "numpy": "pandas/numpy",
    "pandera": "pandera",
    "duckdb": "duckdb",
    "psycopg": "psycopg",
    "psycopg2": "psycopg",
    "sqlalchemy": "sqlalchemy",
    "lxml": "lxml/feedparser",
    "feedparser": "lxml/feedparser",
    "pickle": "pickle/multiprocessing",
    "copyreg": "pickle/multiprocessing",
    "multiprocessing": "pickle/multiprocessing",
    "concurrent": "pickle/multiprocessing",
}


@dataclass
class Stack:
    process: str  # pid of the sampled process ("" without --subprocesses)
    frames: list[tuple[str, str]]  # (file, function), outermost first
    count: int


def parse(collapsed: str) -> list[Stack]:
    stacks = []
    for line in collapsed.splitlines():
        if not line.strip():
            continue
        text, count = line.rsplit(" ", 1)
        process = ""
        while match := PROCESS.match(text):
            process, text = match.group(1), text[match.end():]
        frames = []
        for frame in text.split(";") if text else []:
            match = FRAME.match(frame)
            frames.append((match.group(2), match.group(1)) if match else ("", frame))
        stacks.append(Stack(process, frames, int(count)))
    return stacks


def blocked(stack: Stack) -> bool:
    return bool(stack.frames) and (stack.frames[-1][0], stack.frames[-1][1].rsplit(".", 1)[-1]) in BLOCKING


def bucket_of(file: str) -> str | None:
    """The named bucket of a source file, None for the standard library and unnamed libraries."""
    for part in PurePosixPath(file).parts:
        name = part.removesuffix(".py")
        for package, bucket in PACKAGES.items():
            if name == package or name.startswith(package + "_"):
                return bucket
    return None


def bucket(stack: Stack) -> str:
    """Module loading counts as imports; otherwise the innermost frame in a named bucket takes the
    sample, so the standard library and unnamed libraries (re, json, trafilatura) count for their caller."""
    if any(file.startswith("<frozen importlib") for file, _ in stack.frames):
        return IMPORTS
    for file, _ in reversed(stack.frames):
        if (name := bucket_of(file)) is not None:
            return name
    return OTHER


def by_bucket(stacks: list[Stack]) -> Counter[str]:
    totals: Counter[str] = Counter()
    for stack in stacks:
        totals[bucket(stack)] += stack.count
    return totals


def by_self_time(stacks: list[Stack]) -> Counter[tuple[str, str]]:
    """Samples by the leaf frame's (file, function)."""
    totals: Counter[tuple[str, str]] = Counter()
    for stack in stacks:
        totals[stack.frames[-1] if stack.frames else ("", "(no Python frame: start-up, shutdown)")] += stack.count
    return totals


def summary(collapsed: str, rate: int, cpu_seconds: float | None = None, top: int = 12) -> list[str]:
    """A few lines: seconds by bucket, then the `top` leaf functions by self time, over the samples
    that are not blocking waits; with `cpu_seconds` (the process tree's, measured), those seconds
    are scaled to add up to it."""
    stacks = parse(collapsed)
    waits = sum(stack.count for stack in stacks if blocked(stack))
    stacks = [stack for stack in stacks if not blocked(stack)]
    total = sum(stack.count for stack in stacks)
    if not total:
        return ["no samples"]
    processes = len({stack.process for stack in stacks})
    seconds = cpu_seconds / total if cpu_seconds else 1 / rate  # per sample

    def row(samples: int, label: str) -> str:
        return f"{samples * seconds:8.1f} s {100 * samples / total:3.0f} %  {label}"

    head = f"{total / rate:.1f} s sampled active in {processes} process(es), {waits / rate:.1f} s of blocking waits left out"
    if cpu_seconds:
        head += f"; scaled to the {cpu_seconds:.1f} CPU s measured"
    lines = [head, "CPU s by package (innermost named frame):"]
    lines += ["  " + row(samples, name) for name, samples in by_bucket(stacks).most_common()]
    lines.append(f"top {top} by self time (file, function):")
    lines += ["  " + row(samples, f"{file}  {function}".strip()) for (file, function), samples
              in by_self_time(stacks).most_common(top)]
    return lines


# ---------------------------------------------------------------- flamegraph

@dataclass
class _Node:
    count: int = 0
    children: dict[str, _Node] = field(default_factory=dict)


def flamegraph_svg(collapsed: str, width: int = 1200, row: int = 16, min_share: float = 0.001) -> str:
    """A plain icicle-style flamegraph (root on top; hover a box for its name and seconds share).
    Frames are merged across processes and line numbers; boxes under `min_share` of the total are left out."""
    root = _Node()
    for stack in parse(collapsed):
        node = root
        node.count += stack.count
        for file, function in stack.frames:
            node = node.children.setdefault(f"{function} ({file})", _Node())
            node.count += stack.count
    if not root.count:
        return ""
    boxes: list[str] = []

    def draw(node: _Node, x: float, depth: int) -> int:
        """Boxes for node's children at `depth` and below; returns the deepest depth drawn."""
        deepest = depth - 1
        for name, child in sorted(node.children.items()):
            w = width * child.count / root.count
            if child.count >= min_share * root.count:
                hue = 20 + zlib.crc32(name.split(" (")[-1].encode()) % 40  # one colour per file
                boxes.append(f'<g><title>{html.escape(name)}: {100 * child.count / root.count:.1f} %</title>'
                             f'<rect x="{x:.1f}" y="{depth * row}" width="{w:.1f}" height="{row - 1}" '
                             f'fill="hsl({hue},80%,60%)"/><text x="{x + 2:.1f}" y="{depth * row + row - 4}">'
                             f'{html.escape(name[:int(w / 7)])}</text></g>')
                deepest = max(deepest, draw(child, x, depth + 1), depth)
            x += w
        return deepest

    height = (draw(root, 0.0, 0) + 1) * row
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'font-family="monospace" font-size="11">\n' + "\n".join(boxes) + "\n</svg>\n")
