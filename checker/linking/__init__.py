"""Linking: which claims speak of the same quantity (same kind, unit and period, a similar
metric, compatible subjects), and whether their figures agree.

May import: checker.config, checker.models, checker.intervals, checker.grammar.
"""

from checker.linking.links import base_of, link_around, link_claims

__all__ = ["base_of", "link_around", "link_claims"]
