"""The typed packed forms follow the records: a field added, removed or retyped fails here."""

from __future__ import annotations

import typing
from dataclasses import fields

from checker.models import Claim, Mention, MentionValues
from checker.table.claims import _SHARED, SharedValues


def _types(record: type, names: list[str]) -> list[str]:
    declared = {f.name: f.type for f in fields(record)}
    return [str(declared[name]) for name in names]


def test_mention_values_follow_the_mention_fields() -> None:
    names = [f.name for f in fields(Mention)]
    assert [t.__name__ for t in typing.get_args(MentionValues)] == _types(Mention, names)


def test_shared_values_follow_the_claim_fields() -> None:
    assert [t.__name__ for t in typing.get_args(SharedValues)] == _types(Claim, _SHARED)
    assert len(_SHARED) == 16 and "hedge_kind" not in _SHARED and "claim_id" not in _SHARED
