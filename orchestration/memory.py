"""Collecting the reference cycles pandas leaves behind, cheaply, in a process as large as a Dagster run."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_depth = 0
_lock = threading.Lock()


@contextmanager
def collecting_only_new_objects() -> Iterator[None]:
    """Inside the block, gc.collect() looks only at objects created in it. Everything alive when it
    starts (Dagster's, the imported modules') is set aside with gc.freeze(): a full collection walks all
    of that, ~0.3 s a call in a run here, and none of it is the garbage a loop of batches leaves.
    gc.unfreeze() hands it back to the collector when the outermost such block ends (blocks nest)."""
    global _depth
    with _lock:
        if _depth == 0:
            gc.freeze()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.unfreeze()
