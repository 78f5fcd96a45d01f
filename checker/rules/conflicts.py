"""Groups of claims that cannot all hold, from the linker's contradicting links (shared by
C101, across articles, and C103, inside one article)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from checker.grammar.lexicon import DEATH_WORDS, INJURY_WORDS, PERSONAL_UNITS, POLL_WORDS, RUNNING_COUNT_WORDS
from checker.intervals import Interval, nearly_equal, one_sided, touching, written_step
from checker.models import Claim, Finding, Severity
from checker.rules.base import RuleContext, fingerprint
from checker.rules.components import components

COMPARABLE_KINDS = ("amount", "percent", "points")


@dataclass(frozen=True)
class Conflict:
    claims: list[Claim]
    pairs: list[tuple[str, str]]
    confidence: float  # the strongest pair's
    severity: Severity
    why: str = ""  # why an info is only an info, said to the reader


def conflicts(ctx: RuleContext, within: bool) -> Iterator[Conflict]:
    """Contradicting links of achieved (or of projected) figures, in one article when
    `within`, across articles otherwise, at or above the reporting confidence (a draft's:
    `draft_min_confidence`), grouped.

    An error when the strongest pair is linked with `strong_confidence` and achieved; info
    when every pair is one value written at two precisions ("98" vs "98,7"), a hedged
    figure just beside the other ("gần 6,8 tỷ" vs "6,7 tỷ"), a running count told higher
    by a later article ("5 người chết", the next day "7 người chết": an update; "13 người
    bị thương, 1 người tử vong", then "12 người bị thương, 2 người chết": one died), or two
    figures each said by a source of its own ("Quân đội Mỹ khẳng định ... 800 km" against
    "Yonhap ... cho biết, ... 700km": two estimates), or the shares of a poll (POLL_WORDS:
    "26% ý kiến", then "21% ý kiến": a vote still open, told at two moments)."""
    scores: dict[tuple[str, str], float] = {}
    for link in ctx.links:
        a, b = ctx.claim(link.claim_id), ctx.claim(link.other_id)
        if link.relation != "contradicts" or (a.doc == b.doc) != within or a.claim_id > b.claim_id:
            continue
        same_modality = (a.modality == "achieved") == (b.modality == "achieved")
        if same_modality and a.kind in COMPARABLE_KINDS and link.score >= ctx.floor(a, b):
            scores[(a.claim_id, b.claim_id)] = link.score
    # A figure told twice in one article against another told twice: one finding.
    for ids, pairs in components(scores, ctx.told_twice):
        claims = ctx.ordered(ctx.claim(i) for i in ids)
        confidence = max(scores[p] for p in pairs)
        why = ""
        nearly = {p: _nearly(ctx.claim(p[0]), ctx.claim(p[1])) for p in pairs}
        if all(nearly.values()):
            severity, why = Severity.INFO, "within what the written precision or the hedge allows"
        elif all(updates := [nearly[p] or _update(ctx, ctx.claim(p[0]), ctx.claim(p[1])) for p in pairs]):
            severity = Severity.INFO
            why = (
                "the later article tells injured who died since: likely updated" if _DIED in updates
                else "the later article's count is higher: likely updated"
            )
        elif all(ctx.told_apart(ctx.claim(p[0]), ctx.claim(p[1])) for p in pairs):
            severity, why = Severity.INFO, "each is said by its own source"
        elif all(_polled(ctx, ctx.claim(p[0])) and _polled(ctx, ctx.claim(p[1])) for p in pairs):
            severity, why = Severity.INFO, "a poll's shares: likely two moments of a vote still open"
        elif any(scores[p] >= ctx.settings.strong_confidence and ctx.claim(p[0]).modality == "achieved" for p in pairs):
            severity = Severity.ERROR
        else:
            severity = Severity.WARNING
        yield Conflict(claims, pairs, confidence, severity, why)


def _nearly(a: Claim, b: Claim) -> bool:
    """What the written precision, or a hedge, nearly allows: one value the other rounded or
    truncated ("98" vs "98,7"), or a hedged figure whose interval just touches the other's
    ("gần 6,8 tỷ" vs "6,7 tỷ": nearly 6,8 is not far from 6,7), or two ranges that share an
    end ("50-60 nghìn" and "60.000-70.000": 60.000 is in both), or an article's title that
    rounds its body's figure at the title's own precision ("Cá voi dài 4 mét" over "dài 3,8
    m": headlines round as they drop hedges)."""
    loose = _directed(a) or _directed(b) or "range" in (a.hedge, b.hedge)  # a range holds its ends
    near_edge = loose and touching(Interval(a.low, a.high), Interval(b.low, b.high))
    rounded = nearly_equal(a.value, b.value) and not _beyond(a, b) and not _beyond(b, a)
    return near_edge or rounded or _title_rounds(a, b) or _title_rounds(b, a)


def _beyond(hedged: Claim, other: Claim) -> bool:
    """Whether `other` lies on the side a one-sided hedge rules out: "gần 150 ha" (150 at
    most) against 157 ha is no rounding of 157, whatever the written precision allows."""
    if not _directed(hedged):
        return False
    return other.value > hedged.high if hedged.high == hedged.value else other.value < hedged.low


def _title_rounds(title: Claim, body: Claim) -> bool:
    """Whether `title`, its article's title, tells `body` (its body's) rounded at the
    precision the title's figure is written with."""
    if title.doc != body.doc or title.sentence != 1 or body.sentence == 1 or title.hedge:
        return False
    step = written_step(title.value)
    return written_step(body.value) < step and abs(abs(body.value) - abs(title.value)) <= step / 2


_HIGHER, _DIED = "higher", "died"


def _update(ctx: RuleContext, a: Claim, b: Claim) -> str:
    """A count that grows as an event unfolds (RUNNING_COUNT_WORDS in both sentences), told
    higher by the article published later (_HIGHER), or a count of the injured told lower
    by it as some died (_DIED, `_died_since`): the toll updated, not contradicted; "" when
    neither. A person's age (PERSONAL_UNITS) is no count, whatever its sentence tells
    ("nạn nhân tử vong ... Đặng Tuấn Vũ (13 tuổi)")."""
    if a.unit in PERSONAL_UNITS:
        return ""
    last = ctx.later(a.doc, b.doc) if ctx.later is not None and a.doc != b.doc else None
    if last is None:
        return ""
    newer, older = (a, b) if last == a.doc else (b, a)
    if not all(_running(ctx.sentence_text(c)) for c in (a, b)):
        return ""
    if newer.value > older.value:
        return _HIGHER
    return _DIED if _died_since(ctx, newer, older) else ""


def _died_since(ctx: RuleContext, newer: Claim, older: Claim) -> bool:
    """A count of the injured told lower by the later article, which tells as many more
    dead as there are fewer injured: the injured who died since ("13 người bị thương, 1
    người tử vong", then "2 người chết, 12 người bị thương")."""
    if not all(_INJURED.search(c.metric.lower()) for c in (newer, older)):
        return False
    fewer = older.value - newer.value
    return any(now - then == fewer for now in _dead(ctx, newer) for then in _dead(ctx, older))


def _dead(ctx: RuleContext, claim: Claim) -> set[float]:
    """The death tolls (in the claim's unit) the claim's article tells."""
    return {c.value for c in ctx.by_doc.get(claim.doc, ()) if c.unit == claim.unit and _DEAD.search(c.metric.lower())}


def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern of any of `words`, each a whole word."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


_INJURED, _DEAD, _RUNNING = _any_word(INJURY_WORDS), _any_word(DEATH_WORDS), _any_word(RUNNING_COUNT_WORDS)


_POLL = _any_word(POLL_WORDS)


def _polled(ctx: RuleContext, claim: Claim) -> bool:
    """A share of the votes or opinions of a poll ("26% ý kiến cho rằng ...", "78% người
    bình chọn"): an online poll's shares move while it is open, and two articles tell two
    moments of it ("73% ... 26%" in the morning, "78% ... 21%" at noon)."""
    return claim.unit == "%" and _POLL.search(ctx.sentence_text(claim).lower()) is not None


def _running(text: str) -> bool:
    return _RUNNING.search(text.lower()) is not None


def _directed(c: Claim) -> bool:
    """A one-sided figure ("gần 6,8", "hơn 30"), not a rounded one ("đạt 920": two such
    that touch are two figures)."""
    return one_sided(c.value, c.low, c.high)


def conflict_findings(ctx: RuleContext, code: str, name: str, within: bool) -> Iterator[Finding]:
    """One finding a group of `conflicts`: the metric and period, the sides, the confidence."""
    for found in conflicts(ctx, within):
        first = ctx.primary(found.claims)
        where = f", within {first.doc}" if within else ""
        # (a figure whose clause holds no words of its own, "... (50 tuổi, ngụ ...) 20 năm
        # tù", is named by another side's metric, or by its unit)
        label = next((c.metric for c in (first, *found.claims) if c.metric), first.unit)
        period = ctx.shared_period(found.claims)
        yield Finding(
            rule=code, name=name, severity=found.severity,
            message=(
                f"{label} ({period or 'no period'}){where}: {ctx.sides(found.claims)} "
                f"(confidence {found.confidence:.2f}{'; ' + found.why if found.why else ''})"
            ),
            metric=first.metric, period=period, claims=tuple(c.claim_id for c in found.claims),
            pairs=tuple(found.pairs), location=ctx.location(first), confidence=found.confidence,
            fingerprint=fingerprint(code, first.metric, first.period, found.claims),
        )
