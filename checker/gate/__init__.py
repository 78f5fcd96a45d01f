"""Gates on a finished report: drop the findings a baseline file records, keep only those
on what changed since a git ref.

May import: checker.models, checker.errors, checker.intervals, checker.table.
"""
