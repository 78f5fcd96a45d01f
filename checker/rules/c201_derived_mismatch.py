"""A multiplier or growth rate that does not fit what the corpus says of either period.

"350 thỏa thuận, gấp 2,5 lần năm 2024" implies about 140 agreements in 2024. When another
sentence states the 2024 figure, the implied interval (every hedge read as an interval:
current / ratio) must overlap it.

Inconsistent:
    Bài A: "Năm 2025 có 300 doanh nghiệp thành lập mới, gấp 2 lần năm 2024."
    Bài B: "Năm 2024, khoảng 100 doanh nghiệp thành lập mới."

Consistent:
    Bài A: "Năm 2025 có 300 doanh nghiệp thành lập mới, gấp 2 lần năm 2024."
    Bài B: "Năm 2024 có 150 doanh nghiệp thành lập mới."

The baseline may be stated in the same article or in another that tells the same story
(the linker's story measure, `story-threshold`; published a year before, too): across
unrelated articles, another company's or province's figure of the baseline year is not
this one's. A baseline whose own clause names other things than the figure's ("Xuất khẩu
gạo Thái Lan đạt 9,63 triệu tấn" beside "Việt Nam sẽ xuất khẩu 5,8 triệu tấn, tăng 7,4%")
is another subject's, in the same article too.

Settings: link-threshold (metric similarity between the periods' labels), story-threshold,
hedge-widths.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from checker.grammar.numerals import show_number, show_value
from checker.intervals import Interval, overlaps, quotient
from checker.linking.similarity import metric_similarity, metric_words, same_subject, shared_syllables
from checker.models import Claim, Finding, Severity
from checker.rules.base import Rule, RuleContext, fingerprint

CODE, NAME = "C201", "derived-mismatch"


def _current(by_sentence: dict[tuple[str, int], list[Claim]], ratio: Claim) -> Claim | None:
    """The figure the ratio is about: the amount before it in its sentence, with its metric."""
    same = [
        c for c in by_sentence.get((ratio.doc, ratio.sentence), [])
        if c.kind == "amount" and c.start < ratio.start and c.metric == ratio.metric
    ]
    return max(same, key=lambda c: c.start) if same else None


def _factor(ratio: Claim) -> Interval | None:
    if ratio.kind == "multiplier" and ratio.low > 0:
        return Interval(ratio.low, ratio.high)
    if ratio.kind == "change" and ratio.unit == "%" and ratio.low > -100:
        return Interval(1 + ratio.low / 100, 1 + ratio.high / 100)
    return None


def _baselines(
    ctx: RuleContext, by_period: dict[tuple[str, str], list[Claim]], ratio: Claim, factor: Interval, current: Claim
) -> list[Claim]:
    """Figures of the baseline period, same unit, whose metric matches the ratio's; best per document."""
    words = metric_words(ratio.metric)
    best: dict[str, tuple[float, list[Claim]]] = {}
    for c in by_period.get((ratio.baseline, current.unit), []):
        if c.kind != "amount" or c.status == "stale":
            continue
        if (c.doc, c.sentence) == (ratio.doc, ratio.sentence):
            continue
        if not ctx.one_story(ratio.doc, c.doc):
            continue  # another article's figure counts only when the two tell one story
        if ctx.named_apart(c, current):
            continue  # "Thái Lan xuất khẩu 9,63 triệu tấn" is no baseline of Việt Nam's exports
        named = bool(c.subject) and bool(current.subject)
        if c.doc != ratio.doc and named and not same_subject(c.subject, current.subject):
            continue
        if c.doc != ratio.doc and not named and (c.subject or current.subject):
            continue  # one side names whom it is about, the other not: another company, province or story
        low, high = sorted((abs(c.value), abs(current.value)))
        if low == 0 or high / low > ctx.settings.max_value_ratio * max(1.0, factor.high):
            continue
        other = metric_words(c.metric)
        score = metric_similarity(words, other)
        if score < ctx.settings.link_threshold or shared_syllables(words, other) < ctx.settings.min_shared:
            continue
        top = best.get(c.doc)
        if top is None or score > top[0]:
            best[c.doc] = (score, [c])
        elif score == top[0]:
            top[1].append(c)
    return [c for _, group in best.values() for c in group]


def check(ctx: RuleContext) -> Iterator[Finding]:
    by_baseline: dict[str, list[tuple[Claim, Claim, Interval]]] = defaultdict(list)
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    by_period: dict[tuple[str, str], list[Claim]] = defaultdict(list)  # blocking: never every claim per ratio
    for c in ctx.claims:
        by_sentence[(c.doc, c.sentence)].append(c)
        by_period[(c.period, c.unit)].append(c)
    for ratio in ctx.claims:
        factor = _factor(ratio)
        if factor is None or not ratio.baseline or not ratio.period or ratio.baseline == ratio.period or ratio.status == "stale":
            continue
        current = _current(by_sentence, ratio)
        if current is None:
            continue
        implied = quotient(Interval(current.low, current.high), factor)
        for stated in _baselines(ctx, by_period, ratio, factor, current):
            if not overlaps(implied, Interval(stated.low, stated.high)):
                by_baseline[stated.claim_id].append((ratio, current, implied))
    for stated_id in sorted(by_baseline):
        stated = ctx.claim(stated_id)
        triples = by_baseline[stated_id]
        ratio, current, implied = triples[0]
        claims = [stated] + [c for r, cur, _ in triples for c in (cur, r)]
        divisor = ratio.value if ratio.kind == "multiplier" else 1 + ratio.value / 100
        derivation = (
            f"{show_value(current.value, current.unit)} / {show_number(divisor)} ≈ "
            f"{show_value(current.value / divisor, current.unit)}"
            f" ({show_number(implied.low)}–{show_number(implied.high)}), but {stated.period} was "
            f'"{stated.quote}" ({show_number(stated.low)}–{show_number(stated.high)})'
        )
        yield Finding(
            rule=CODE, name=NAME, severity=Severity.WARNING,
            message=(
                f"{ratio.metric} ({ratio.period} vs {ratio.baseline}): {ctx.describe(current)} with "
                f'"{ratio.quote}" implies {show_number(implied.low)}–{show_number(implied.high)} for '
                f"{ratio.baseline}, but {ctx.describe(stated)} says otherwise"
            ),
            metric=ratio.metric, period=ratio.period, claims=tuple(dict.fromkeys(c.claim_id for c in claims)),
            pairs=tuple((r.claim_id, stated.claim_id) for r, _, _ in triples), location=ctx.location(ratio),
            derivation=derivation, fingerprint=fingerprint(CODE, ratio.metric, ratio.period, claims),
        )


RULE = Rule(CODE, NAME, Severity.WARNING, check, __doc__ or "")
