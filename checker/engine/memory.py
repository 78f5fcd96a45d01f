"""Memory housekeeping for the bulk stages."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a stage builds ~100k records that hold no cycles:
    with a whole corpus in memory each collection walks every object (~10% of the stage)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
