"""Firm ground for a link: what the confidence alone does not decide.

Read off findings judged on the archive (README, "Linking"): 215 in the first two readings,
69 read by two readers in the third. A link is only scored when its two figures share a
word around them; then:

- **Never a disagreement** of a figure inside square brackets (another article's headline
  linked from this one), of a conversion ("21.995 USD (tương đương 497 triệu đồng)", "21.995
  USD (khoảng 506 triệu đồng)", and the same sum its article's title tells: the exchange
  rate differs), of a count of the others ("cùng 2 phạm nhân khác") against a
  count of all ("3 phạm nhân"), of the gravely hurt ("2 người bị thương nặng") against all
  the injured ("4 người bị thương"), of two temperatures (VARYING_UNITS) unless their sentences
  have the same words, of a count that introduces the article's own list ("Dưới đây là 5
  mẫu sedan": LIST_WORDS) or ranks it in the title ("13 mỹ nhân ... đẹp nhất"), of a part
  ("Riêng điểm trường chính, ...": PART_WORDS) or a remainder ("còn cách ... 55 km":
  REMAINDER_WORDS) against a whole, nor of a total against a part its sentence adds up
  to it ("2 người ... tại chỗ, 5 người ... trong bệnh viện" of "7 người"), nor of two
  kinds of payment (PAYMENT_KINDS: a district's support, an insurer's advance).
- **Inside one article** a disagreement is only the title restated in the body ("2 tỷ" over
  "1 tỷ"), or one sentence told twice word for word but for the figure (a lead and its
  image caption: `_told_again`), not when the body tells the total in parts ("người còn
  lại") or the other way of trade (a title's exports, a body's imports: TRADE_WAYS): other
  disagreeing pairs there were lists and timelines. Agreeing values link when they name
  one metric or restate the title or the quote.
- **Across articles** a disagreement needs one sentence told again with its companions, or
  one story whose figures' clauses name nothing else, and never: in a dense article (more
  than DENSE_FIGURES figures) unless of one known period, or of one story whose two
  sentences' other figures all agree ("2.364 điểm thi với 36.382 phòng thi" against
  "... 2.364 điểm thi với 36.832 phòng thi"); with metric labels of one bare
  word ("người", "điểm", "tuổi") in sentences unlike, unless one story's clauses are alike,
  or its sentences' other figures are all the other's ("cao khoảng 1m, nặng 20kg" and "cao
  khoảng 1 mét, nặng 26kg": one boy), or both name the person an age is of; of a
  product's specification (SPEC_UNITS: a phone's battery, a car's power) unless the
  clauses name one product; between articles published more than `story_days` apart
  unless both name one period; with other conditions ("mức điểm 15" vs "15,5"); when the
  other figures of the two sentences differ (another occasion); when the sentences, or the
  leads, name other days. A sentence of one
  story told again in other words (RETOLD_SENTENCE) is one thing told twice: dense pages,
  leads of other days and bare metric words do not keep it apart. For a draft, a specific
  metric is enough against a dense article, or its line of the draft figure's own subject
  (a price page's "Mercedes E250 ... 2,479 tỷ đồng"), and a bare metric word is when both
  clauses name one subject ("Vinatex vẫn giữ hơn 80%"). Agreeing values link within one
  story, or across stories with a specific metric, the same subject and the same written
  period (the seeds' 920 vs 930).
"""

from __future__ import annotations

import math

from checker.config import Settings
from checker.grammar.lexicon import LIST_WORDS, PAYMENT_KINDS, PERSONAL_UNITS, SPEC_UNITS, TRADE_WAYS, VARYING_UNITS
from checker.linking.evidence import FEATURES, Surroundings, companions_agree, conditions_differ
from checker.linking.similarity import shared_syllables

SPECIFIC_METRIC = 3  # syllables of specific metric words two labels share to link across stories
# An article that states more than DENSE_FIGURES figures (value and unit) is a table, a spec
# sheet, a statistics or price page: the same words name many of its quantities, and of 123
# disagreements read on the archive, none of the 16 real ones came from one. There a
# disagreement counts only when both figures are of one known period (a year's exports in
# two summaries of the year), or one sentence is told again, or one story's two sentences
# agree on every other figure (at 20,000 articles: 3 findings more, 2 of them real, one a
# typo "36.382" for "36.832 phòng thi").
DENSE_FIGURES = 12
# A metric label of one bare word ("người", "điểm", "chiếc") names no one quantity: two such
# figures disagree only in sentences this alike (rarity-weighted overlap) or told again.
BARE_SENTENCE = 0.5
# ... or in one story whose two clauses have these words in common (rarity-weighted overlap),
# BARE_CLAUSE_WORDS of them or more: "nợ của Chính phủ ở mức 52,6% GDP" in two outlets'
# sentences that go on in their own words.
BARE_CLAUSE, BARE_CLAUSE_WORDS = 0.9, 3
# Two sentences of one story this alike (rarity-weighted overlap) tell one thing twice.
RETOLD_SENTENCE = 0.8
# A title and a sentence of its body whose metric labels are this alike (0-1) tell one
# quantity twice: a title cuts the body's words short ("khối u xơ tử cung 12kg" over "cắt
# bỏ khối u xơ tử cung nặng 15kg"), so less is asked than of two articles (cross-story-metric).
# At 20,000 articles, 0.6 against 0.8 adds two infos within the written precision (and
# added a false warning, a title's gold price "dưới 36,35" over its body's "36,13-36,33",
# gone since "dưới" reads as a threshold).
TITLE_METRIC = 0.6

_STORY, _SUBJECT, _METRIC, _SENTENCE, _CLAUSE = (
    FEATURES.index(n) for n in ("story", "subject", "metric", "sentence", "clause")
)
_RESTATED = tuple(FEATURES.index(n) for n in ("title", "restated", "same_quote"))
_OTHERS = FEATURES.index("others")
_LOCAL = tuple(FEATURES.index(n) for n in ("clause", "left", "metric"))
_AGREE, _TITLE, _NAMES, _OTHER_DAY, _RESTATED_SENTENCE, _PERIOD, _BOTH_WRITTEN = (
    FEATURES.index(n) for n in ("agree", "title", "names", "other_day", "restated", "period", "both_written")
)

Features = tuple[float, ...]


def allowed(
    x: Surroundings, y: Surroundings, features: Features, settings: Settings, dense: bool = False,
    apart: float | None = None, drafts: frozenset[str] = frozenset(),
) -> bool:
    """Whether the pair may be linked at all (see the module docstring). `dense`: either
    article states more than DENSE_FIGURES figures; `apart`: days between their
    publications, when known; `drafts`: ids of the drafts checked."""
    agree = features[_AGREE] > 0
    if not agree and _never_disagree(x, y, features):
        return False
    if x.claim.doc == y.claim.doc:
        return _within(x, y, features, settings, agree)
    if not any(features[k] > 0 for k in _LOCAL):
        return False  # not one word in common around the two figures: two things one story tells
    if agree:
        return _across_agreeing(x, y, features, settings)
    return _across_disagreeing(x, y, features, settings, dense, apart, bool({x.claim.doc, y.claim.doc} & drafts))


def _never_disagree(x: Surroundings, y: Surroundings, features: Features) -> bool:
    if x.aside or y.aside or x.converted or y.converted:
        return True  # a linked headline of another article; a conversion at some exchange rate
    if _lists(x) or _lists(y):
        return True  # "Dưới đây là 5 mẫu sedan": the size of the article's own list
    if _counts_others(x) != _counts_others(y):
        return True  # "Dương cùng 2 phạm nhân khác" leaves Dương out of the count "3 phạm nhân" holds
    if _severe(x) != _severe(y):
        return True  # "2 nạn nhân bị thương nặng" are some of "4 nạn nhân bị thương"
    if x.part != y.part:
        return True  # "Riêng điểm trường chính, thu giữ 6kg" is a part of "thu giữ hơn 16 kg"
    if _two_payments(x, y):
        return True  # "UBND quận đã hỗ trợ gia đình 10 triệu đồng" and the insurer's "tạm ứng ... 15 triệu đồng"
    if _sum_of_parts(x, y) or _sum_of_parts(y, x):
        return True  # "2 người thiệt mạng tại chỗ, 5 người qua đời sau": parts of "7 người thiệt mạng"
    # the weather of two places or hours (one sentence copied word for word aside)
    return x.claim.unit in VARYING_UNITS and features[_SENTENCE] < 1


def _within(x: Surroundings, y: Surroundings, features: Features, settings: Settings, agree: bool) -> bool:
    if agree:
        return features[_METRIC] >= settings.cross_story_metric or max(features[k] for k in _RESTATED) > 0
    if _told_again(x, y, features):
        return True  # one sentence told twice in the article (a lead and its caption), one figure changed
    body = y if x.claim.sentence < y.claim.sentence else x
    if _breakdown(body):
        return False  # "1 người tử vong tại chỗ, người còn lại ...": a part of the title's total
    if _one_way(x.sentence) and _one_way(y.sentence) and x.sentence & TRADE_WAYS != y.sentence & TRADE_WAYS:
        return False  # a title's exports and a body's imports ("nông, lâm, thủy sản" cuts both metrics short)
    return features[_TITLE] > 0 and features[_METRIC] >= TITLE_METRIC and features[_NAMES] >= 0


def _told_again(x: Surroundings, y: Surroundings, features: Features) -> bool:
    """One sentence told twice in one article, word for word but for the figure (a lead
    and an image caption): the same tokens around the two figures, other numbers included,
    at least evidence.TOLD_AGAIN_WORDS words of them, every other figure and number of the two
    sentences the same, and no names apart. The lines of a list differ by their other
    numbers ("Cô cao 1m74, nặng 54kg" / "Cô cao 1m71, nặng 51kg"; "kỳ hạn 5 năm ... 4 thành
    viên" / "kỳ hạn 7 năm ... 5 thành viên"), or are too short to tell ("Giá tăng 2,6% từ
    đầu tuần")."""
    if not x.window or x.window != y.window or set(x.others) != set(y.others) or x.conditions != y.conditions:
        return False
    return features[_NAMES] >= 0


def _across_agreeing(x: Surroundings, y: Surroundings, features: Features, settings: Settings) -> bool:
    if features[_STORY] >= settings.story_threshold:
        return True
    return (
        x.explicit_period and y.explicit_period and x.claim.period == y.claim.period
        and features[_SUBJECT] > 0 and _specific(x, y, features, settings)
    )


def _across_disagreeing(
    x: Surroundings, y: Surroundings, features: Features, settings: Settings, dense: bool, apart: float | None,
    draft: bool,
) -> bool:
    story = features[_STORY] >= settings.story_threshold
    restated = features[_RESTATED_SENTENCE] > 0
    retold = restated or (story and features[_SENTENCE] >= RETOLD_SENTENCE)
    # (one story's sentence whose other figures are all the other's: one fact told twice)
    companions = story and features[_OTHERS] >= 1
    meets_dense = draft and _draft_specific(x, y, features, settings)
    if not retold and dense and features[_PERIOD] <= 0 and not companions and not meets_dense:
        return False  # a table, spec sheet or statistics page: its words name many quantities
    bare = max(_syllables(x.metric), _syllables(y.metric)) < 2
    if bare and x.claim.unit in PERSONAL_UNITS:
        bare = False  # "Đặng Thị Linh (8 tuổi)": the person named is what the age is of (evidence.incompatible)
    if not retold and bare and not companions and not _alike_clauses(x, y, features, story) and not (
        draft and _named_alike(features)
    ):
        return False  # "33 người" vs "32 người", "15,5 điểm" vs "18 điểm": a bare noun names no one quantity
    if x.claim.unit in SPEC_UNITS and not retold and features[_NAMES] <= 0:
        return False  # two phones' batteries, two cars' power: one product only when the clauses name it
    if apart is not None and apart > settings.story_days and features[_BOTH_WRITTEN] <= 0:
        return False  # published days apart: another day's figure, unless both name one period
    if conditions_differ(x, y):
        return False  # "đạt mức điểm 15" vs "đạt mức điểm 15,5": two conditions, two quantities
    if x.others and y.others and not companions_agree(x, y):
        return False  # other figures of the two sentences differ too: another occasion
    if x.days and y.days and not x.days & y.days:
        return False  # the two sentences name other days ("chiều nay (14/5)", "sáng nay (15/5)")
    if features[_OTHER_DAY] > 0 and not retold:
        return False  # the leads name other days: another day's column, unless told again
    named_apart = features[_NAMES] < 0 or features[_SUBJECT] < 0
    return restated or (story and not named_apart)


def _alike_clauses(x: Surroundings, y: Surroundings, features: Features, story: bool) -> bool:
    """Whether two figures of bare metric words are told in sentences alike enough
    (BARE_SENTENCE), or in one story's clauses alike enough (BARE_CLAUSE)."""
    if features[_SENTENCE] >= BARE_SENTENCE:
        return True
    return story and features[_CLAUSE] >= BARE_CLAUSE and min(len(x.clause), len(y.clause)) >= BARE_CLAUSE_WORDS


def _draft_specific(x: Surroundings, y: Surroundings, features: Features, settings: Settings) -> bool:
    """What lets a draft's figure meet a dense article's: a specific metric, or the
    article's line of the one subject the draft's figure is told of ("Mercedes E250 ... giá
    2,479 tỷ đồng" on a price page)."""
    return _specific(x, y, features, settings) or (features[_SUBJECT] > 0 and features[_NAMES] >= 0)


def _named_alike(features: Features) -> bool:
    """Whether the two clauses name one name, and the figures one subject ("Vinatex vẫn giữ
    hơn 80%" and a draft's "Vinatex giữ hơn 60% vốn")."""
    return features[_NAMES] > 0 and features[_SUBJECT] > 0


def _specific(x: Surroundings, y: Surroundings, features: Features, settings: Settings) -> bool:
    """Alike metric labels that share several syllables ("tổng kim ngạch xuất nhập khẩu")."""
    return features[_METRIC] >= settings.cross_story_metric and shared_syllables(x.metric, y.metric) >= SPECIFIC_METRIC


def local_word(x: Surroundings, y: Surroundings) -> bool:
    """Whether the clauses, the words before the figures or the metric labels share a word:
    without one, the local evidence (clause, left, metric) is nothing and `allowed` refuses
    the pair across articles, so it is not scored at all."""
    return bool(x.clause & y.clause) or not set(x.left).isdisjoint(y.left) or not set(x.metric).isdisjoint(y.metric)


def _syllables(words: tuple[str, ...]) -> int:
    """Syllables of a metric label's words ("diện_tích" is two)."""
    return sum(len(w.split("_")) for w in words)


_PAYMENT_SYLLABLES = tuple((kind, frozenset(kind.split())) for kind in PAYMENT_KINDS)


def _payment_kinds(s: Surroundings) -> frozenset[str]:
    """The kinds of payment (PAYMENT_KINDS) a figure's clause names."""
    return frozenset(kind for kind, syllables in _PAYMENT_SYLLABLES if syllables <= s.clause)


def _two_payments(x: Surroundings, y: Surroundings) -> bool:
    """Whether the two clauses name kinds of payment and none in common: a district's
    support ("hỗ trợ") and an insurer's advance ("tạm ứng") to one family are two sums."""
    kx, ky = _payment_kinds(x), _payment_kinds(y)
    return bool(kx) and bool(ky) and kx.isdisjoint(ky)


def _sum_of_parts(whole: Surroundings, part: Surroundings) -> bool:
    """Whether `whole`'s figure is `part`'s plus one or two other figures of its sentence in
    the same unit: a total told in parts ("2 người ... tại chỗ, 5 người ... sau đó" of "7
    người")."""
    value, unit = whole.claim.value, part.claim.unit
    others = [v for u, v, _, _ in part.other_spans if u == unit]
    sums = {part.claim.value + v for v in others}
    sums |= {part.claim.value + v + w for k, v in enumerate(others) for w in others[k + 1 :]}
    return any(math.isclose(value, total, rel_tol=1e-9) for total in sums)


def _lists(s: Surroundings) -> bool:
    """A count that introduces the article's own list ("Dưới đây là 5 mẫu sedan"), or a
    title's ranking ("Lộ diện 13 mỹ nhân trang điểm đẹp nhất": how many the article lists)."""
    words = " ".join(s.left)
    return any(w in words for w in LIST_WORDS) or (s.claim.sentence == 1 and "nhất" in s.right)


def _counts_others(s: Surroundings) -> bool:
    """A count of the others ("2 phạm nhân khác", "2 xe ô tô khác"): someone named beside
    them is not in it."""
    return "khác" in s.right[:3]


def _severe(s: Surroundings) -> bool:
    """A count of the gravely hurt ("2 người bị thương nặng"): a part of all the injured."""
    return "nặng" in s.right[:3]


def _one_way(words: frozenset[str]) -> bool:
    """A sentence that tells one way of trade only: exports ("xuất") or imports ("nhập")."""
    return len(words & TRADE_WAYS) == 1


def _breakdown(s: Surroundings) -> bool:
    """A sentence that tells a total in parts: "người còn lại" (the rest), "6 trường hợp khác"
    (6 other cases)."""
    return "khác" in s.sentence or {"còn", "lại"} <= s.sentence
