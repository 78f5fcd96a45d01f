"""The confidence that two figures are one quantity, from their evidence.

A logistic model over `checker.linking.evidence.FEATURES`: the weights below were fitted on
the tuning half of the labelled pairs (bench/labels/, `bench/bench_accuracy.py --fit`) and
are only data: change them by refitting, not by hand.
"""

from __future__ import annotations

import math

# (intercept, then one weight a feature, in FEATURES order)
WEIGHTS: tuple[float, ...] = (
    -2.279,  # intercept
    0.336,  # same_doc
    1.521,  # story
    0.890,  # shared_figures
    0.967,  # clause
    0.072,  # sentence
    0.784,  # left
    0.018,  # right
    1.169,  # metric
    0.441,  # others
    -1.049,  # conditions
    0.300,  # names
    0.004,  # subject
    0.092,  # period
    0.429,  # both_written
    -1.949,  # other_day
    1.155,  # title
    1.931,  # restated
    1.038,  # agree
    -1.153,  # distance
    1.215,  # same_quote
)


def confidence(features: tuple[float, ...], weights: tuple[float, ...] = WEIGHTS) -> float:
    """P(one quantity | evidence), 0-1."""
    z = weights[0] + sum(w * f for w, f in zip(weights[1:], features, strict=True))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
