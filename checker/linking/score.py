"""The confidence that two figures are one quantity, from their evidence.

A logistic model over `checker.linking.evidence.FEATURES`: the weights below were fitted on
the tuning half of the labelled pairs (bench/labels/, `bench/bench_accuracy.py --fit`) and
are only data: change them by refitting, not by hand.
"""

from __future__ import annotations

import math

# (intercept, then one weight a feature, in FEATURES order)
WEIGHTS: tuple[float, ...] = (-1.990, 2.380, 2.484, 1.450, 0.197, -0.978, -0.497, -0.487, 0.864, 0.646, -1.038, 0.448, 0.053, 0.068, 1.465, 0.722, 0.501, -1.453, 2.001)


def confidence(features: tuple[float, ...], weights: tuple[float, ...] = WEIGHTS) -> float:
    """P(one quantity | evidence), 0-1."""
    z = weights[0] + sum(w * f for w, f in zip(weights[1:], features, strict=True))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
