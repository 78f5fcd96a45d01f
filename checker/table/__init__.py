"""claims.csv, the table editors curate: claim ids, reading and validating rows (problems
with line and column), merging a re-seed with editors' rows, writing it atomically.

May import: checker.models, checker.errors, checker.grammar, checker.engine.memory.
"""
