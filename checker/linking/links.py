"""Stage: claims -> links. Which figures, across articles and inside one, are one quantity.

1. Blocking: only claims of one kind and unit (and, for multipliers, one baseline) whose
   values are within `max_value_ratio` (any values in one sentence told again word for
   word) are candidates, and of two articles only claims that share a rare context word;
   nothing is scored pair by pair over the whole archive.
2. Evidence (`checker.linking.evidence`): the figures' clauses with numbers masked, their
   left contexts and metric labels, the other figures of their sentences, whether the two
   articles tell one story, names and periods.
3. A confidence from the evidence (`checker.linking.score`, calibrated on labelled pairs).
4. Each figure pairs with its best match in each other article, and in its own article,
   when that match is mutual: a figure stated twice pairs with its restatement, not a twin.
   In a sentence told again the best match is first the figure at its place (`_place`).
   A disagreeing restatement whose only better rival is its own article's twin that
   agrees (by TWIN_MARGIN at most) is paired too: that article tells the quantity twice
   with two values.
   Equal values need no best match: every mention of one figure told several times is
   linked to every other (they never make a conflict).
   A figure whose sentence other articles tell with several other values (a templated
   column's line) agrees or is not linked: its disagreements are another day's values.
   Across articles that tell different stories, only a specific metric with the same named
   subject and the same written period links. What else keeps a pair apart, whatever its
   confidence, is `checker.linking.ground`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator

from checker.config import Settings
from checker.intervals import Interval, both_hold, one_sided, overlaps
from checker.linking.evidence import (
    FEATURES,
    Rarity,
    Surroundings,
    days_of,
    evidence,
    figure_key,
    incompatible,
    surroundings,
    told_word_for_word,
    value_distance,
)
from checker.linking.ground import DENSE_FIGURES, RETOLD_SENTENCE, allowed, local_word
from checker.linking.score import confidence
from checker.linking.timeline import Published
from checker.models import Claim, Link, Sentence

MAX_POSTING = 200  # a rare word shared by more claims of a block than this blocks nothing
# A sentence that other articles tell with TEMPLATE_VALUES or more other values (an overlap
# of their words of TEMPLATE_OVERLAP or more) is a template, a column's line told every day
# ("giá vàng SJC niêm yết ở mức ..."), not one event's figure: its disagreements are not
# reported. One story told by several outlets has one value, or two.
TEMPLATE_OVERLAP = 0.5
TEMPLATE_VALUES = 3
# Two articles that tell one occasion twice agree on most of the figures they link and
# disagree on one or two; two that link OCCASION_DISAGREE or more disagreeing figures and
# fewer agreeing ones tell two occasions (the exam's score spread above 15 and above 15,5
# points, two sessions of one market): their disagreements are not reported.
OCCASION_DISAGREE = 2
_AGREE, _SENTENCE, _LEFT, _RIGHT = (FEATURES.index(n) for n in ("agree", "sentence", "left", "right"))


def block_key(claim: Claim) -> tuple[str, str, str]:
    """The one block key: claims of different blocks are never compared."""
    return (claim.kind, claim.unit, claim.baseline if claim.kind == "multiplier" else "")


SCALE_SLIPS = (1e3, 1e6)  # a number written with the wrong scale word ("1.800 triệu" for "1.800 tỷ")


def _close(a: Claim, b: Claim, ratio: float) -> bool:
    """Values close enough to be one quantity told twice (at most `ratio` apart), or one
    number written with a scale word slipped ("1.800 triệu đồng" for "1.800 tỷ đồng")."""
    low, high = sorted((abs(a.value), abs(b.value)))
    return low == high or (low > 0 and (high / low <= ratio or any(math.isclose(high / low, k) for k in SCALE_SLIPS)))


def _words(s: Surroundings) -> frozenset[str]:
    return frozenset((*s.left, *s.right, *s.metric))


def candidate_pairs(
    contexts: list[Surroundings], rarity: Rarity, settings: Settings, focus: frozenset[str] | None = None
) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) worth scoring, always of one block with close values: of one
    article when they share a context word; of two articles that tell one story; of two
    other articles when both name their period in their sentence and share a rare context
    word (in at most `rare_share` of the articles). With `focus`, only pairs with a claim
    of a focus document."""
    stories = rarity.story_pairs(settings.story_threshold, settings.story_days, focus)  # (only pairs with a focus document count)
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b in stories:
        partners[a].add(b)
        partners[b].add(a)
    for doc in rarity.drafts:
        # A draft is measured against every article (a short one shares few rare words with
        # any: the shortcut of story_pairs would miss its story).
        partners[doc].update(o for o in rarity.documents if o != doc and rarity.story(doc, o) >= settings.story_threshold)
        for other in list(partners[doc]):
            if rarity.share_names(doc, other):
                partners[other].add(doc)
            else:  # another event told in alike words: no place or person in common
                partners[doc].discard(other)
                partners[other].discard(doc)
    floor = math.log(1 / max(settings.rare_share, 1e-9))
    words = [_words(s) for s in contexts]
    blocks: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, s in enumerate(contexts):
        blocks[block_key(s.claim)].append(i)
    for members in blocks.values():
        if focus is not None and not any(contexts[i].claim.doc in focus for i in members):
            continue
        by_doc: dict[str, list[int]] = defaultdict(list)
        postings: dict[str, list[int]] = defaultdict(list)
        for i in members:
            by_doc[contexts[i].claim.doc].append(i)
            if contexts[i].explicit_period:
                for word in words[i]:
                    if rarity.idf.get(word, rarity.default) >= floor:
                        postings[word].append(i)
        seen: set[tuple[int, int]] = set()
        for doc, group in by_doc.items():
            mine = focus is None or doc in focus
            for x, i in enumerate(group):
                for j in group[x + 1 :]:
                    if mine and words[i] & words[j]:
                        seen.add((i, j) if i < j else (j, i))
            for other in partners.get(doc, ()):
                if other > doc and other in by_doc and (mine or (focus is not None and other in focus)):
                    seen.update((i, j) if i < j else (j, i) for i in group for j in by_doc[other])
        for group in postings.values():
            if len(group) <= MAX_POSTING:
                seen.update(
                    (i, j) if i < j else (j, i) for x, i in enumerate(group) for j in group[x + 1 :]
                    if focus is None or contexts[i].claim.doc in focus or contexts[j].claim.doc in focus
                )
        for i, j in sorted(seen):
            first, second = contexts[i], contexts[j]
            if _close(first.claim, second.claim, settings.max_value_ratio) or told_word_for_word(first, second):
                yield i, j


Base = tuple[dict[str, Surroundings], Rarity]
# How good a match a pair is, compared as a tuple: its place in a sentence told again
# (`_place`), its confidence, and the closeness of its values (minus their distance).
Key = tuple[float, float, float]


def base_of(
    claims: list[Claim], sentences: dict[tuple[str, int], Sentence], published: dict[str, Published] | None = None,
    drafts: frozenset[str] = frozenset(),
) -> Base:
    """What linking reads of the whole archive, once: every live claim's surroundings, and
    the rarity of words, the stories of the articles and when they were published (rules
    ask it which articles tell one story, and which came later)."""
    by_id = surroundings([c for c in claims if c.status != "stale"], sentences, bool(drafts))

    def texts(doc: str) -> Iterator[str]:
        k = 1
        while (sentence := sentences.get((doc, k))) is not None:
            yield sentence.text
            k += 1

    return by_id, Rarity(by_id.values(), days_of(sentences.values()), published, drafts, texts)


def link_claims(
    claims: list[Claim], sentences: dict[tuple[str, int], Sentence], settings: Settings,
    focus: frozenset[str] | None = None, base: Base | None = None, drafts: frozenset[str] = frozenset(),
) -> list[Link]:
    """Links between claims that are one quantity, each with its confidence (0-1).

    With `focus` (document ids), only the links of the claims of those documents. A draft
    (of `drafts`) that gets two figures of the archive's story wrong is not read as another
    occasion: each of its disagreements is reported."""
    active = [c for c in claims if c.status != "stale"]
    by_id, rarity = base or base_of(claims, sentences)
    contexts = [by_id[c.claim_id] for c in active if c.claim_id in by_id]
    scored: dict[tuple[int, int], Key] = {}  # the pairs allowed, by their key (place, confidence, closeness)
    best: dict[tuple[int, str], Key] = defaultdict(lambda: (0.0, 0.0, -math.inf))
    best_of: dict[tuple[int, str], int] = {}  # ... and which figure it is
    variety: dict[int, set[float]] = defaultdict(set)
    seen: set[tuple[int, int]] = set()
    # (agreeing, disagreeing) pairs of values (a figure told twice in one article counts once) a pair of articles
    candidates: dict[tuple[str, str], tuple[set[Values], set[Values]]] = defaultdict(lambda: (set(), set()))
    for i, j in candidate_pairs(contexts, rarity, settings, focus):
        x, y = contexts[i], contexts[j]
        _note_variety(x, y, i, j, rarity, variety)
        if focus is not None:
            seen.add((i, j))
        if incompatible(x, y) or (x.claim.doc != y.claim.doc and not local_word(x, y)):
            continue  # (two articles' figures with no word in common around them never link)
        features = evidence(x, y, rarity)
        p = confidence(features)
        agreeing = features[_AGREE] > 0
        drafted = bool(drafts) and (x.claim.doc in drafts or y.claim.doc in drafts)
        if p < min(settings.link_confidence, settings.min_confidence, settings.draft_min_confidence if drafted else 1.0):
            continue  # (a draft's figures are reported from `draft_min_confidence` on: linked from there)
        if x.claim.doc != y.claim.doc and (agreeing or not _both_state(x.claim, y.claim, rarity)):
            # (before the firm-ground rules: figures they refuse still tell two occasions)
            candidates[_doc_pair(x.claim, y.claim)][0 if agreeing else 1].add(_values(x.claim, y.claim))
        dense = max(len(rarity.figures.get(x.claim.doc, ())), len(rarity.figures.get(y.claim.doc, ()))) > DENSE_FIGURES
        apart = None if agreeing else rarity.days_apart(x.claim.doc, y.claim.doc)
        if not allowed(x, y, features, settings, dense, apart, drafts):
            continue
        key = (_place(features), p, -value_distance(x.claim.value, y.claim.value))
        scored[(i, j)] = key
        if key > best[(i, y.claim.doc)]:
            best[(i, y.claim.doc)], best_of[(i, y.claim.doc)] = key, j
        if key > best[(j, x.claim.doc)]:
            best[(j, x.claim.doc)], best_of[(j, x.claim.doc)] = key, i
    if focus is not None:
        # The partners' sentences told elsewhere, too: a partner's template is its own, not
        # only what the focus documents show of it (a draft links as the whole archive would).
        partners = frozenset(contexts[k].claim.doc for pair in scored for k in pair) - focus
        for i, j in candidate_pairs(contexts, rarity, settings, partners) if partners else ():
            if (i, j) not in seen:
                _note_variety(contexts[i], contexts[j], i, j, rarity, variety)
    headlined = _headline_hedges(contexts, {k for pair in scored for k in pair})
    retold = _retold_values(contexts, {k for pair in scored for k in pair})
    kept: list[tuple[int, int, float, bool]] = []
    tally: dict[tuple[str, str], tuple[set[Values], set[Values]]] = defaultdict(lambda: (set(), set()))  # (as above)
    for (i, j), key in scored.items():
        a, b = contexts[i].claim, contexts[j].claim
        p = key[1]
        mutual = key >= best[(i, b.doc)] and key >= best[(j, a.doc)]
        if not mutual and a.value != b.value and not _told_again(contexts[i], contexts[j], retold) and not any(
            _twin_agrees(m, n, p, key, best, best_of, scored, contexts) for m, n in ((i, j), (j, i))
        ):
            continue  # not mutual best matches: a lookalike of a closer restatement
        holds = (
            overlaps(headlined.get(i, Interval(a.low, a.high)), headlined.get(j, Interval(b.low, b.high)))
            if i in headlined or j in headlined else both_hold(a, b)
        )
        if not holds and a.doc != b.doc and max(len(variety[i]), len(variety[j])) >= TEMPLATE_VALUES:
            continue  # a templated sentence, told with other values in several other articles
        kept.append((i, j, p, holds))
        tally[_doc_pair(a, b)][0 if holds else 1].add(_values(a, b))
    links: list[Link] = []
    for i, j, p, holds in kept:
        a, b = contexts[i].claim, contexts[j].claim
        agree, disagree = map(len, tally[_doc_pair(a, b)])
        agree_all, disagree_all = map(len, candidates[_doc_pair(a, b)])
        # (counted before the firm-ground rules, which refuse lookalikes of any pair of
        # articles, a candidate's disagreement weighs half)
        other_occasion = (disagree >= OCCASION_DISAGREE and disagree > agree) or (
            disagree_all >= OCCASION_DISAGREE and disagree_all > 2 * agree_all
        )
        if not holds and a.doc != b.doc and other_occasion and not {a.doc, b.doc} & drafts:
            continue  # two articles whose figures mostly disagree: two occasions, not one told twice
        relation = "supports" if holds else "contradicts"
        links.append(Link(a.claim_id, b.claim_id, round(p, 3), relation))
        links.append(Link(b.claim_id, a.claim_id, round(p, 3), relation))
    return sorted(links, key=lambda link: (link.claim_id, -link.score, link.other_id))


def _told_again(x: Surroundings, y: Surroundings, retold: dict[tuple[str, int], set[float]]) -> bool:
    """One sentence told again in one article, word for word around the figure (`window`),
    with two values in all: the pair holds whatever else the article repeats. An aggregated
    article that tells one sentence five times, once with another figure, pairs that figure
    with each mention, not only with its best match (every other mention's best match is an
    agreeing twin). A line told with three values or more is a list's (weather by region)."""
    return (
        x.claim.doc == y.claim.doc and x.window != 0 and x.window == y.window
        and len(retold.get((x.claim.doc, x.window), ())) <= 2
    )


def _retold_values(contexts: list[Surroundings], among: set[int]) -> dict[tuple[str, int], set[float]]:
    """The values each sentence told word for word in one article (`window`) is told with,
    for the windows of the figures `among`."""
    windows = {(contexts[k].claim.doc, contexts[k].window) for k in among if contexts[k].window}
    found: dict[tuple[str, int], set[float]] = defaultdict(set)
    for x in contexts:
        place = (x.claim.doc, x.window)
        if x.window and place in windows:
            found[place].add(x.claim.value)
    return found


# A figure whose best match in another article is a twin that agrees with it, scored at most
# TWIN_MARGIN above a restatement that disagrees, is paired with that restatement too: the
# other article states the quantity twice with two values ("2 cô giáo" in one sentence, "3 cô
# giáo" told of them in another), and its disagreeing mention is the one to report.
TWIN_MARGIN = 0.05


def _twin_agrees(
    i: int, j: int, p: float, key: Key, best: dict[tuple[int, str], Key],
    best_of: dict[tuple[int, str], int], scored: dict[tuple[int, int], Key], contexts: list[Surroundings],
) -> bool:
    """Whether j, which disagrees with i, is i's best match in j's article but for a twin of
    j that agrees with i (within TWIN_MARGIN), and i is j's best match in i's article."""
    a, b = contexts[i].claim, contexts[j].claim
    if key < best[(j, a.doc)] or a.doc == b.doc or both_hold(a, b):
        return False
    twin = best_of.get((i, b.doc))
    if twin is None or twin == j or contexts[twin].claim.value != a.value:
        return False
    pair = (i, twin) if i < twin else (twin, i)
    return (scored[pair][1] if pair in scored else 0.0) - p <= TWIN_MARGIN


def _place(features: tuple[float, ...]) -> float:
    """How well two figures hold one place of one sentence told again (sentences this alike:
    RETOLD_SENTENCE): the likeness of the words before and after them; 0 for other sentences.
    A figure's best match is first the one at its place ("17% cho rằng giá đi ngang" and "11%
    cho rằng giá đi ngang", not the "17% cho rằng giá giảm" the other sentence also tells),
    then the most confident."""
    return features[_LEFT] + features[_RIGHT] if features[_SENTENCE] >= RETOLD_SENTENCE else 0.0


def _note_variety(
    x: Surroundings, y: Surroundings, i: int, j: int, rarity: Rarity, variety: dict[int, set[float]]
) -> None:
    """Two sentences of two articles alike enough to be one template's, with other values."""
    other_value = x.claim.doc != y.claim.doc and x.claim.value != y.claim.value
    if other_value and rarity.overlap(x.sentence, y.sentence) >= TEMPLATE_OVERLAP:
        # (a value one's own sentence states too is the other article's telling of a
        # companion, a list's next item, not another value at this place of the template)
        if (y.claim.value, y.claim.unit) not in x.others:
            variety[i].add(y.claim.value)
        if (x.claim.value, x.claim.unit) not in y.others:
            variety[j].add(x.claim.value)


def _headline_hedges(contexts: list[Surroundings], wanted: set[int]) -> dict[int, Interval]:
    """A title's bare figure that its body tells hedged ("400 điển hình" over "gần 400 điển
    hình"): headlines drop hedges, so the title's figure holds what the body's does."""
    titles = [k for k in wanted if contexts[k].claim.sentence == 1 and not contexts[k].claim.hedge]
    if not titles:
        return {}
    docs = {contexts[k].claim.doc for k in titles}
    hedged: dict[tuple[str, float, str], Interval] = {}
    for s in contexts:
        c = s.claim
        if c.doc in docs and c.sentence > 1 and c.hedge and one_sided(c.value, c.low, c.high):
            hedged.setdefault((c.doc, c.value, c.unit), Interval(c.low, c.high))
    out = {}
    for k in titles:
        c = contexts[k].claim
        found = hedged.get((c.doc, c.value, c.unit))
        if found is not None:
            out[k] = Interval(min(found.low, c.low), max(found.high, c.high))
    return out


def _both_state(a: Claim, b: Claim, rarity: Rarity) -> bool:
    """Whether each of two disagreeing figures is stated by the other's article too: a
    lookalike of two articles that tell one list (each star's followers, each region's
    rate), not a disagreement of two occasions."""
    return figure_key(a) in rarity.figures.get(b.doc, ()) and figure_key(b) in rarity.figures.get(a.doc, ())


Values = tuple[str, float, float]  # (unit, value in the first article, value in the second)


def _values(a: Claim, b: Claim) -> Values:
    return (a.unit, a.value, b.value) if a.doc < b.doc else (a.unit, b.value, a.value)


def _doc_pair(a: Claim, b: Claim) -> tuple[str, str]:
    return (a.doc, b.doc) if a.doc < b.doc else (b.doc, a.doc)


def link_around(
    claims: list[Claim], sentences: dict[tuple[str, int], Sentence], settings: Settings, docs: frozenset[str],
    base: Base | None = None,
) -> list[Link]:
    """The links of the claims of `docs` (a draft), grown over contradicting links until no
    new document joins: every group of conflicting claims that touches `docs` is whole."""
    doc_of = {c.claim_id: c.doc for c in claims}
    base = base or base_of(claims, sentences)
    focus = docs
    while True:
        links = link_claims(claims, sentences, settings, focus, base, drafts=docs)
        reached = {doc_of[link.other_id] for link in links if link.relation == "contradicts"} - focus
        if not reached:
            return links
        focus = focus | reached
