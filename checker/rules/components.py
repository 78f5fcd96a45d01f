"""Grouping contradicting pairs of claims into one finding per group (shared by rules)."""

from __future__ import annotations

from collections.abc import Iterable


def components(
    pairs: Iterable[tuple[str, str]], joins: Iterable[tuple[str, str]] = (),
) -> list[tuple[list[str], list[tuple[str, str]]]]:
    """Connected groups of claim ids, each with its pairs, in a deterministic order. A join
    (two claims of one article that agree: a draft's title and body both saying "23 người")
    merges the groups of its two claims when both are in some pair; it adds no claim and no
    pair, so one quantity told twice against another told twice is one finding, not two."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    edges = sorted({(a, b) if a < b else (b, a) for a, b in pairs})
    for a, b in edges:
        parent[find(a)] = find(b)
    paired = {x for edge in edges for x in edge}
    for a, b in sorted(joins):
        if a in paired and b in paired:
            parent[find(a)] = find(b)
    groups: dict[str, tuple[list[str], list[tuple[str, str]]]] = {}
    for a, b in edges:
        nodes, group_pairs = groups.setdefault(find(a), ([], []))
        group_pairs.append((a, b))
        nodes.extend(x for x in (a, b) if x not in nodes)
    return sorted(((sorted(n), p) for n, p in groups.values()), key=lambda g: g[0])
