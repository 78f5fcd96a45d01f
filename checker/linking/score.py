"""The confidence that two figures are one quantity, from their evidence.

A logistic model over `checker.linking.evidence.FEATURES`: the weights below were fitted on
the tuning half of the labelled pairs (bench/labels/, `bench/bench_accuracy.py --fit`) and
are only data: change them by refitting, not by hand.
"""

from __future__ import annotations

import math

# (intercept, then one weight a feature, in FEATURES order)
WEIGHTS: tuple[float, ...] = (
    -2.347,  # intercept
    1.977,  # same_doc
    1.924,  # story
    1.378,  # shared_figures
    0.000,  # clause
    0.000,  # sentence
    0.000,  # left
    0.000,  # right
    0.631,  # metric
    0.444,  # others
    -1.131,  # conditions
    0.273,  # names
    0.000,  # subject
    0.000,  # period
    0.299,  # both_written
    1.654,  # title
    0.158,  # restated
    0.547,  # agree
    -1.616,  # distance
    2.050,  # same_quote
)


def confidence(features: tuple[float, ...], weights: tuple[float, ...] = WEIGHTS) -> float:
    """P(one quantity | evidence), 0-1."""
    z = weights[0] + sum(w * f for w, f in zip(weights[1:], features, strict=True))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
