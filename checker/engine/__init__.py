"""Where the per-document stages run and what they keep: the local engine (this process or
a process pool), the Dask engine, the engine a run's options choose (with its progress
bar), the on-disk cache, corpus loading (folders, JSON Lines) and garbage-collector pauses.

May import: checker (its version), checker.config, checker.models, checker.errors.
"""

from checker.engine.local import Engine

__all__ = ["Engine"]
