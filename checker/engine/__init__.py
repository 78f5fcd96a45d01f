"""Where the stages run (this machine or Dask), the cache, and corpus loading."""

from checker.engine.local import Engine

__all__ = ["Engine"]
