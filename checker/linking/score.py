"""The confidence that two figures are one quantity, from their evidence.

A logistic model over `checker.linking.evidence.FEATURES`: the weights below were fitted on
the tuning half of the labelled pairs (bench/labels/, `bench/bench_accuracy.py --fit`) and
are only data: change them by refitting, not by hand.
"""

from __future__ import annotations

import math

# (intercept, then one weight a feature, in FEATURES order)
WEIGHTS: tuple[float, ...] = (
    -4.249,  # intercept
    0.028,  # same_doc
    1.390,  # story
    1.008,  # shared_figures
    1.088,  # clause
    0.195,  # sentence
    1.012,  # left
    0.129,  # right
    1.285,  # metric
    0.422,  # others
    -1.018,  # conditions
    0.317,  # names
    -0.088,  # subject
    0.193,  # period
    0.481,  # both_written
    1.113,  # title
    1.903,  # restated
    1.359,  # agree
    -1.156,  # distance
    1.441,  # same_quote
)


def confidence(features: tuple[float, ...], weights: tuple[float, ...] = WEIGHTS) -> float:
    """P(one quantity | evidence), 0-1."""
    z = weights[0] + sum(w * f for w, f in zip(weights[1:], features, strict=True))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
