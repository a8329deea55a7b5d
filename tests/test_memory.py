"""collecting_only_new_objects: gc.collect() inside the block frees the cycles made in it, and the
objects set aside when it started go back to the collector when it ends."""

import gc
import weakref

from orchestration.memory import collecting_only_new_objects


class Node:
    def __init__(self):
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_new_cycles_are_collected_and_old_objects_handed_back():
    old = Node()
    old_ref = weakref.ref(old)
    with collecting_only_new_objects():
        assert gc.get_freeze_count() > 0
        new = Node()
        new_ref = weakref.ref(new)
        del new, old
        gc.collect()
        assert new_ref() is None  # made in the block: collected
        assert old_ref() is not None  # frozen: left alone, as promised
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert old_ref() is None  # unfrozen: collected as usual


def test_the_freeze_is_undone_when_the_block_fails():
    try:
        with collecting_only_new_objects():
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert gc.get_freeze_count() == 0


def test_blocks_nest():
    old = Node()
    old_ref = weakref.ref(old)
    with collecting_only_new_objects():
        with collecting_only_new_objects():
            pass
        assert gc.get_freeze_count() > 0  # the inner block's end does not undo the outer freeze
        del old
        gc.collect()
        assert old_ref() is not None
    assert gc.get_freeze_count() == 0
