"""Linking: which claims speak of the same quantity."""

from checker.linking.links import link_around, link_claims

__all__ = ["link_around", "link_claims"]
