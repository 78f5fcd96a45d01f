"""The Vietnamese words the figure grammar needs, as data.

Every table maps a normalized (lower-case, NFC, new-style tone placement) phrase to
what it means for a figure. The grammar (`figures.py`, `about.py`, `sentences.py`, `tokens.py`) and linking
only look words up here; adding a phrasing is adding a row. Facts behind the tables:
../shared/VIETNAMESE-FIGURES.md (counts from 20,000 real articles).
"""

from __future__ import annotations

# Scale words multiply the number before them.  A word boundary is required:
# "34 tỉnh" is 34 provinces, not 34 billion.
SCALES: dict[str, float] = {
    "nghìn tỷ": 1e12,  # thousand billion
    "ngàn tỷ": 1e12,
    "nghìn tỉ": 1e12,
    "ngàn tỉ": 1e12,
    "triệu tỷ": 1e15,  # million billion (budget totals: "2,65 triệu tỷ đồng")
    "triệu tỉ": 1e15,
    "tỷ": 1e9,  # billion
    "tỉ": 1e9,
    "triệu": 1e6,  # million
    "nghìn": 1e3,  # thousand
    "ngàn": 1e3,
    "vạn": 1e4,  # ten thousand (rare, literary)
}
# Words that begin with a scale word and are none ("3 tỷ phú" are three billionaires, "tỷ lệ"
# a ratio, "tỷ trọng" a share): after a number, no scale. ("1 tỷ số thuê bao" and "1.000 tỷ
# giá trị giao dịch" are billions: "tỷ số" and "tỷ giá" are not here.)
NOT_SCALES: frozenset[str] = frozenset(
    f"{scale} {tail}" for scale in ("tỷ", "tỉ") for tail in ("phú", "lệ", "trọng", "suất")
)

# Hedges: the words before a figure that say how the figure bounds the truth.
# Each maps to a hedge *kind*; the interval each kind spans is a setting
# (config.DEFAULT_HEDGE_WIDTHS, setting hedge-widths), measured in steps of the figure's written precision.
HEDGES: dict[str, str] = {
    "vượt mốc": "above",  # passed the mark of
    "vượt ngưỡng": "above",
    "vượt": "above",
    "hơn": "above",  # more than
    "trên": "above",
    "ít nhất": "at_least",  # at least
    "tối thiểu": "at_least",
    "không dưới": "at_least",  # no less than
    "gần": "near_below",  # nearly
    "ngót": "near_below",
    "ngót nghét": "near_below",
    "xuýt xoát": "near_below",
    "dưới": "below",  # under
    "chưa đến": "below",
    "chưa tới": "below",
    "chưa đầy": "below",  # not even
    "tối đa": "at_most",  # at most
    "không quá": "at_most",
    "khoảng": "around",  # about
    "chừng": "around",
    "cỡ": "around",
    "xấp xỉ": "around",
    "trên dưới": "around",
    "ước tính": "around",
    "ước khoảng": "around",
    "ước đạt": "around",  # estimated at (also a projection, see MODALITY)
    "ước": "around",
    "đạt": "exact",  # reached
    "ở mức": "exact",
    "lên tới": "exact",  # up to (a peak, as rounded)
    "lên đến": "exact",
    "là": "exact",
}

# Words between a hedge and its figure that qualify without bounding:
# "đạt mức kỷ lục 920 tỷ USD" is hedge "đạt".
QUALIFIERS: frozenset[str] = frozenset({"mức", "kỷ lục", "con số", "mốc", "ngưỡng", "tổng cộng"})

# Modality: a figure near these words is a forecast, target or estimate.
MODALITY: dict[str, str] = {
    "dự kiến": "projected",  # expected
    "dự báo": "projected",  # forecast
    "dự đoán": "projected",  # predicted
    "ước đạt": "projected",  # estimated at
    "ước tính": "projected",
    "ước": "projected",
    "mục tiêu": "target",  # goal
    "kế hoạch": "target",  # plan
    "phấn đấu": "target",  # strive for
    "chỉ tiêu": "target",  # quota
    "hướng tới": "target",
    "sẽ": "projected",  # will
}

# Units of currency, after an optional scale word.
CURRENCIES: dict[str, str] = {
    "usd": "USD",
    "đô la mỹ": "USD",
    "đô la": "USD",
    "đôla": "USD",
    "đô": "USD",
    "euro": "EUR",
    "eur": "EUR",
    "bảng anh": "GBP",  # pound sterling
    "bảng": "GBP",
    "yên": "JPY",
    "nhân dân tệ": "CNY",
    "đồng": "VND",
    "vnd": "VND",
    "vnđ": "VND",
}

# Prison terms: a duration, but the one court reports restate and get wrong ("tuyên phạt
# 17 năm tù"; 667 at 20,000 articles), also right after the convict's name ("bị cáo Hoa
# 13 năm tù"). "tù giam" is "tù"; a suspended term is its own. "3 năm 6 tháng tù" is one
# term of 3,5 years (`figures._years_and_months`): its months are no figure of their own.
PRISON_TERMS: dict[str, str] = {
    "năm tù": "năm tù",
    "năm tù giam": "năm tù",
    "tháng tù": "tháng tù",
    "tháng tù giam": "tháng tù",
    "ngày tù": "ngày tù",
    "ngày tù giam": "ngày tù",
    "năm tù treo": "năm tù treo",
    "tháng tù treo": "tháng tù treo",
}

# Measures: a unit symbol or word, mapped to its canonical name.
MEASURES: dict[str, str] = {
    "%": "%",
    "phần trăm": "%",
    "điểm phần trăm": "điểm phần trăm",
    "km": "km",
    "m2": "m2",
    "m3": "m3",
    # Metres glued to their numeral ("dài 781m", "cách nhà 200m": 1,517 at 20,000 articles,
    # no figure until these) and written out; centimetres, millimetres (rain: VARYING_UNITS).
    "m": "m",
    "mét": "m",
    "mét vuông": "m2",
    "mét khối": "m3",
    "cm": "cm",
    "mm": "mm",
    "ha": "ha",
    "héc ta": "ha",
    "hecta": "ha",
    "tấn": "tấn",
    "kg": "kg",
    # Grams, milligrams, an engine's cubic centimetres, a screen's inches: read until these
    # as counted nouns of two syllables with the word after them ("gam ma túy", "inch độ").
    "gam": "g",
    "gram": "g",
    "mg": "mg",
    "cc": "cc",
    "inch": "inch",
    "lít": "lít",
    "mw": "MW",
    "kwh": "kWh",
    "độ c": "°C",
    **PRISON_TERMS,
}

# Counted nouns of one syllable.  Any other counted noun is read as two syllables
# ("thỏa thuận", "hoạt động"); these would otherwise swallow the next word.
ONE_SYLLABLE_NOUNS: frozenset[str] = frozenset(
    {
        "nước", "người", "tỉnh", "nhóm", "xã", "huyện", "quận", "phường", "hộ", "xe",
        "con", "chiếc", "căn", "cây", "vụ", "ca", "lượt", "trường", "tàu", "phòng",
        "điểm", "tầng", "trận", "bàn", "giải", "ghế", "suất", "em", "cháu", "trẻ",
        "bệnh", "tổ", "đội", "khu", "mẫu", "bài", "cuộc", "tuyến", "trạm", "cơ",
        "lô", "thửa", "ô", "gói", "khoản", "hạng", "môn", "loại", "bộ", "đoàn",
        "nhà", "ngôi", "ổ", "bao", "thùng", "túi", "đơn", "chuyến", "dòng", "chương",
        "bánh", "lính", "viên", "quả", "tuổi",
        # Read on the archive as the first of many rare pairs with the word after them
        # ("7 chỗ chạy", "3 nhát khiến", "8 múi săn"): each alone is what is counted.
        "chỗ", "nhát", "bên", "vé", "ôtô", "đợt", "bước", "lỗ", "múi", "buổi", "lớp",
    }
)

# Words that never end a counted noun of two syllables: verbs, adverbs and adjectives read
# on the archive as the second syllable of rare pairs ("3 bé đang", "2 chỗ khác", "50 calo
# mỗi", "4 ôtô khiến"). The noun before them is what is counted.
NOT_NOUN_ENDS: frozenset[str] = frozenset(
    {
        "đi", "đang", "khác", "mỗi", "làm", "chỉ", "nhỏ", "lớn", "chạy", "trở", "tiếp", "tự",
        "lại", "hiện", "khiến", "xảy", "mang", "chở", "vừa", "liền",
    }
)

# Verbs of being on something: after them "trên" is the preposition "on", not the hedge
# "above" ("7 nam sinh đi trên 2 xe máy": riding on two motorbikes), before a counted noun.
ON_VERBS: frozenset[str] = frozenset({"đi", "ngồi", "nằm", "đứng", "cưỡi", "đậu", "đặt"})

# Words before "tuổi N" that make it a person's age written the other way round ("làm mẹ ở
# tuổi 37", "bước sang tuổi 85"); not "độ tuổi 50" or "lứa tuổi 20" (an age group) nor "ở tuần
# tuổi 13" (a week of pregnancy), which these words do not precede.
AGE_BEFORE: frozenset[str] = frozenset({"ở", "sang"})

# Counted nouns of two or three syllables that the one-syllable rule would cut short:
# "2.100 trường hợp" counts cases, not schools ("trường"); "2 nhà đầu tư", not houses.
COUNTED_COMPOUNDS: frozenset[str] = frozenset(
    {
        "tỷ phú", "tỉ phú",
        "trường hợp", "cơ sở", "nhà máy", "nhà hàng", "xe máy", "xe buýt", "xe khách", "xe tải", "tàu cá",
        "nhà đầu tư", "nhà khoa học", "nhà báo", "nhà thầu", "nhà mạng", "quỹ đầu tư",
    }
)

# Words after a number that are never what it counts: "151 tương đương 15 triệu",
# the "x" of dimensions "1.895 x 715 x 1.075 mm", "1 số" (= "một số", some).
NOT_UNITS: frozenset[str] = frozenset(
    {"tương đương", "tương ứng", "x", "số", "tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng", "tỷ suất", "tỉ suất"}
)

# Counted nouns that, with a synonym, name the same thing.
NOUN_SYNONYMS: dict[str, str] = {
    "quốc gia": "nước",  # country
    "thoả thuận": "thỏa thuận",
    "lượt khách": "lượt khách",
    "nạn nhân": "người",  # victims: the people a toll counts ("4 nạn nhân thiệt mạng", "4 người tử vong")
}

# A number followed by one of these is a duration or a time, not a quantity claim. ("tuổi"
# is not among them: a person's age is a figure, PERSONAL_UNITS.)
TIME_UNITS: frozenset[str] = frozenset(
    {"năm", "tháng", "ngày", "tuần", "giờ", "tiếng", "phút", "giây", "quý", "thế kỷ", "h", "đêm", "thời gian"}
)

# A number followed by one of these counts ideas or slogans, not facts:
# "6 rõ", "2 con số" (double-digit growth), "5 ưu tiên", "2 mục tiêu 100 năm".
IDEA_NOUNS: frozenset[str] = frozenset(
    {
        "rõ", "không", "con số", "mục tiêu", "ưu tiên", "nhiệm vụ", "giải pháp",
        "quan điểm", "nguyên tắc", "trụ cột", "đột phá", "định hướng", "trọng tâm",
        "bài học", "điểm nhấn", "chữ", "tốt", "xây", "chống", "cùng", "sạch", "an",
    }
)

# A number after one of these is a document number, rank, ordinal or code.
NON_QUANTITY_BEFORE: frozenset[str] = frozenset(
    {
        "nghị quyết", "nghị quyết số", "nghị định", "quyết định", "thông tư", "chỉ thị",
        "kết luận", "công văn", "luật", "điều", "khoản", "số", "thứ", "lần thứ", "lần", "top",
        "hạng", "phòng", "tầng", "lớp", "khóa", "quốc lộ", "tỉnh lộ", "đường", "km",
        "ngày", "tháng", "năm", "quý", "mùng", "hồi", "lúc", "phiên bản", "kỳ", "khu",
        "tổ", "ấp", "thôn", "xóm", "khóm", "tiểu khu", "đội", "cụm", "lô", "block",
        "bks", "biển số", "mã", "số hiệu", "độ tuổi", "lứa tuổi", "số nhà", "ngõ", "ngách", "hẻm", "kiệt", "địa chỉ",
        "chương", "mục", "phần", "tập", "tiêu chuẩn", "iphone", "galaxy", "windows",
        "quận", "phường", "sn", "giai đoạn", "khóa học", "nhiệm kỳ", "apec", "asiad",
        "sea games", "euro", "world cup", "cúp", "vòng", "vòng đấu",
        "giờ", "h",  # "8 giờ 30 sáng": the minutes of a time
    }
)

# Multiplier words: "gấp 2,5 lần", "tăng 2,5 lần", "gấp đôi", "gấp rưỡi".
MULTIPLIER_VERBS: frozenset[str] = frozenset({"gấp", "tăng", "tăng gấp", "tăng mạnh", "tăng hơn", "giảm"})
MULTIPLIER_WORDS: dict[str, float] = {"đôi": 2.0, "rưỡi": 1.5, "ba": 3.0, "bốn": 4.0, "năm": 5.0, "mười": 10.0}

# Change verbs before a percentage: "tăng 15%" is a change, "tăng lên 15%" a new level.
CHANGE_UP: frozenset[str] = frozenset(
    {"tăng", "tăng trưởng", "tăng thêm", "tăng nhẹ", "tăng vọt", "nhích", "cao hơn", "nhiều hơn"}
)
CHANGE_DOWN: frozenset[str] = frozenset(
    {"giảm", "giảm đi", "giảm nhẹ", "giảm mạnh", "sụt", "sụt giảm", "lùi", "thấp hơn", "ít hơn"}
)
LEVEL_MARKERS: frozenset[str] = frozenset({"lên", "xuống", "lên mức", "xuống mức", "còn"})

# A modality word right after these names what a figure is compared with, not its
# modality: "đạt 95% so với kế hoạch", "tăng 2,8% so dự toán".
COMPARISON_WORDS: frozenset[str] = frozenset({"so với", "so"})

# Baseline phrases: the year after them is what a change is measured against.
BASELINE_MARKERS: tuple[str, ...] = ("so với cùng kỳ năm", "so với cùng kỳ", "so với năm", "so với", "năm")

# Words that end the left context of a metric label (clause-level function words).
METRIC_BOUNDARIES: frozenset[str] = frozenset(
    {
        "với", "và", "là", "thì", "khi", "nhờ", "để", "trong đó", "đó", "nhưng", "song",
        "trong", "tại", "của", "cho", "từ", "đến", "tới", "so với", "gồm", "như", "bao gồm",
        "hoặc", "hay", "mà", "nên", "vì", "do", "bởi", "theo", "qua", "sau", "trước",
        "cho biết", "nhận định", "cho rằng", "khẳng định", "công bố", "báo cáo", "nêu rõ", "nhấn mạnh",
        "cho thấy", "thông tin", "dẫn", "ước tính rằng",
    }
)

# Words dropped from a metric label: they do not say what is measured.
METRIC_STOPWORDS: frozenset[str] = frozenset(
    {
        "đã", "đang", "sẽ", "được", "bị", "có", "các", "những", "một", "mỗi", "này", "đó",
        "chính thức", "cũng", "vẫn", "còn", "chỉ", "ra", "vào", "thêm",
        "đồng chí", "chúng ta", "chúng tôi", "nước ta", "ta", "họ", "nhiều", "hàng loạt",
        "khoảng", "trên", "hơn", "gần", "mức", "kỷ lục", "con số", "mốc", "tổng cộng",
        "nhân dịp", "ở", "về", "rất", "lại", "nay", "năm", "qua", "tăng mạnh", "mạnh", "cả nước", "toàn quốc",
        # time words: "6 tháng đầu năm", "giao tháng Ba" say when, not what
        "tháng", "quý", "tháng đầu", "tháng cuối", "mùa giải",
    }
)

# Words too generic to make two metric labels one metric on their own ("số tiền",
# "trị giá" are said of anything that costs money).
GENERIC_METRIC_WORDS: frozenset[str] = frozenset(
    {"số", "tiền", "số tiền", "trị giá", "giá trị", "tổng", "tương ứng", "tương đương", "đơn vị", "con số",
     "khoảng", "mức", "tổng số", "số lượng", "lượng", "gồm", "riêng", "thêm", "nâng", "đưa", "chỉ"}
)

# Words that name different metrics although they look alike: two labels holding
# different members of one group ("xuất khẩu" vs "xuất nhập khẩu") are never one metric.
CONTRASTS: tuple[frozenset[str], ...] = (
    frozenset({"xuất khẩu", "nhập khẩu", "xuất nhập khẩu", "nhập siêu", "xuất siêu"}),
    frozenset({"đăng ký", "giải ngân", "thực hiện", "cấp mới", "tăng thêm", "góp vốn"}),
    frozenset({"doanh thu", "lợi nhuận", "chi phí", "lỗ", "lãi", "thua lỗ", "nộp ngân sách"}),
    frozenset({"thu", "chi", "bội chi", "vay", "nợ"}),
    frozenset({"nâng cấp", "thiết lập", "ký kết", "triển khai", "tổ chức", "hỗ trợ"}),
    frozenset({"tăng", "giảm"}),
    frozenset({"sinh", "chết", "tử vong", "bị thương", "mất tích"}),
    frozenset({"trong nước", "quốc tế", "nước ngoài"}),
)

# Capitalized words that open titles and institutions, not the things figures are about.
TITLE_WORDS: frozenset[str] = frozenset(
    {"cục", "sở", "bộ", "tổng", "hiệp", "ủy", "ban", "viện", "trung", "thủ", "chính", "phó", "trưởng",
     "chủ", "đại", "hội", "ông", "bà", "anh", "chị", "thứ", "giám", "tổ", "nhà", "đảng", "quốc", "ngân",
     "công", "tập", "theo", "năm", "trong", "tại", "ngày", "tháng"}
)

# Words that head a name without being it ("Tỉnh Hà Tĩnh", "Tập đoàn Hòa Phát", "Ông
# Nguyễn Văn An"): the linker compares names without them, so that "Tỉnh Hà Tĩnh" in one
# article and "Hà Tĩnh" in another name one province.
NAME_HEADS: frozenset[str] = frozenset(
    {"tỉnh", "thành", "phố", "tp", "tp.", "huyện", "quận", "xã", "phường", "thị", "trấn", "thôn", "công", "ty",
     "tập", "đoàn", "ông", "bà", "anh", "chị", "em", "cháu", "ngân", "hàng", "sở", "bộ", "cục", "ubnd", "hãng"}
)

# The country and its centrally-run cities: they end the names of companies, schools and
# forces ("Toyota Việt Nam", "Đại học Y Hà Nội", "Công an TP Hồ Chí Minh"), so a longer
# name that ends with one is another thing unless a head opens it ("TP Hà Nội").
QUALIFYING_PLACES: frozenset[str] = frozenset(
    {"Việt Nam", "Hà Nội", "Hồ Chí Minh", "TP.HCM", "TPHCM", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}
)

# Words that introduce a figure converted from another ("21.995 USD (tương đương 497 triệu
# đồng)"): two conversions of one price differ by the exchange rate used, not in fact.
CONVERSION_WORDS: tuple[str, ...] = ("tương đương", "tương ứng", "quy đổi", "khoảng chừng")

# Words that introduce an article's own list ("Dưới đây là 5 mẫu sedan ...", "Điểm danh 9
# mẫu sedan ..."): the count is the size of that list, and two outlets' lists differ.
LIST_WORDS: frozenset[str] = frozenset({"dưới đây", "sau đây", "điểm danh", "top"})

# The two ways of trade, as the syllables of a sentence: a sentence that holds one only
# tells exports ("xuất khẩu") or imports ("nhập khẩu"), whatever its metric label kept.
TRADE_WAYS: frozenset[str] = frozenset({"xuất", "nhập"})

# Verbs of saying after a name: the name is the figure's source, not what it is about
# ("Hiệp hội Lương thực cho biết xuất khẩu gạo đạt 8,9 triệu tấn").
SPEAKER_VERBS: tuple[str, ...] = (
    "cho biết", "cho hay", "thông tin", "công bố", "khẳng định", "nhận định", "thông báo", "tiết lộ", "nói",
    "cho rằng", "nêu rõ", "nhấn mạnh", "cho thấy", "ước tính",
)

# Words that open a clause about a part of a whole another sentence counts ("Riêng điểm
# trường chính, thu giữ 6kg" under "thu giữ hơn 16 kg"; "Trong đó, 5 người tử vong"), or a
# remainder ("còn cách TP Rạch Giá khoảng 55 km", "3 người còn lại"): a part and a whole
# are two quantities.
PART_WORDS: tuple[str, ...] = ("riêng", "trong đó", "trong số đó", "trong tổng số", "trong số")
REMAINDER_WORDS: tuple[str, ...] = ("còn cách", "còn lại")

# Units of a product's specification (a phone's battery, a car's power): every phone or car
# of one kind is described in the same words, so two figures disagree only when their
# clauses name one product.
SPEC_UNITS: frozenset[str] = frozenset({"mã lực", "inch", "GB", "MB", "TB", "mah", "cc", "MP", "megapixel", "pixel"})

# Acronyms that name a kind of thing or a unit, not one body or product ("RAM 3 GB" of every
# phone, "Cảnh sát PCCC" of every fire): no name of a figure's subject.
GENERIC_ACRONYMS: frozenset[str] = frozenset(
    {"ram", "rom", "cpu", "gpu", "hd", "ssd", "lte", "pccc", "csgt", "thpt", "thcs", "gdp", "cpi", "fdi", "oda", "vat",
     "atm", "gps", "tv"}
) | {unit.lower() for unit in SPEC_UNITS if " " not in unit}

# Units of conditions that vary by the hour and the place (weather): two articles'
# temperatures, or rainfalls ("mưa 50mm"), are of two places or hours unless one sentence
# is told again.
VARYING_UNITS: frozenset[str] = frozenset({"°C", "mm"})

# Units of a person's attribute ("Nguyễn Văn A (35 tuổi)"): every story names several people
# with theirs, so two articles' figures whose clauses name people are one quantity only when
# they name one person in common.
PERSONAL_UNITS: frozenset[str] = frozenset({"tuổi"})

# Words of counts that grow as an event unfolds (victims, the hospitalised, the missing,
# cases, the bodies found): a later report's higher count is an update, not a
# contradiction (LINKING-NOTES, "legitimate updates").
RUNNING_COUNT_WORDS: tuple[str, ...] = (
    "chết", "tử vong", "thiệt mạng", "tử nạn", "thương vong", "bị thương", "mất tích", "nạn nhân",
    "nhập viện", "cấp cứu", "ngộ độc", "sơ tán", "ca mắc", "ca nhiễm", "mắc bệnh", "thi thể",
)

# Kinds of payment: a sum given as support, advanced, paid as compensation, donated or
# imposed as a fine is another sum than one given in another way, whoever it goes to.
PAYMENT_KINDS: tuple[str, ...] = ("hỗ trợ", "tạm ứng", "bồi thường", "ủng hộ", "trợ cấp", "xử phạt")

# The words of a poll's shares ("26% ý kiến cho rằng ...", "78% người bình chọn"): an
# online vote's shares move while it is open.
POLL_WORDS: tuple[str, ...] = ("ý kiến", "bình chọn")

# Old-style tone placement to new style, for matching only (lengths are equal).
TONE_PLACEMENT: dict[str, str] = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {"tp", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "th.s", "mr", "mrs", "ms", "dr",
     "st", "co", "ltd", "inc", "vs", "p", "q", "tx", "ubnd", "hđnd", "nxb", "ck", "v.v", "vv"}
)

# Compound words used when comparing metric labels: "xuất khẩu" (exports) and
# "xuất nhập khẩu" (exports plus imports) are different words, not a subset.
COMPOUNDS: tuple[str, ...] = (
    "xuất nhập khẩu", "kim ngạch", "xuất khẩu", "nhập khẩu", "thương mại", "đầu tư",
    "đăng ký", "giải ngân", "tăng trưởng", "thỏa thuận", "hợp tác", "hoạt động",
    "đối ngoại", "ngoại giao", "cấp cao", "xúc tiến", "du lịch", "địa phương",
    "lãnh đạo", "chủ chốt", "nâng cấp", "quan hệ", "thiết lập", "đối tác", "toàn diện",
    "chiến lược", "ký kết", "hàng hóa", "doanh nghiệp", "dự án", "lượt khách",
    "quốc tế", "kinh tế", "doanh thu", "lợi nhuận", "ngân sách", "lạm phát", "văn kiện",
    "cam kết", "triển khai", "tổ chức", "hỗ trợ", "trở lên", "khuôn khổ", "thu hút",
    "vốn FDI", "chuyên gia", "dữ liệu", "thị trường", "khu vực", "người dân", "lao động",
    "việc làm", "sản lượng", "giá trị", "công suất", "diện tích", "dân số", "học sinh",
    "sinh viên", "bệnh nhân", "nạn nhân", "tai nạn", "giao thông", "số tiền", "trị giá", "giá trị",
    "tương ứng", "tương đương", "đơn vị", "số lượng", "tổng số", "nhập siêu", "xuất siêu", "thực hiện",
    "cấp mới", "tăng thêm", "góp vốn", "chi phí", "thua lỗ", "nộp ngân sách", "bội chi", "tử vong",
    "bị thương", "mất tích", "trong nước", "nước ngoài", "thiệt mạng", "tử nạn", "qua đời", "mất mạng",
    "chấn thương", "thương tích", "thương vong", "bắt giữ", "bắt giam", "tạm giữ", "thu giữ", "tịch thu",
    "nhập viện", "ngộ độc", "trúng độc",
)

# The dead and the injured of a toll, as news writes them.
DEATH_WORDS: tuple[str, ...] = ("chết", "tử vong", "thiệt mạng", "tử nạn", "qua đời", "mất mạng")
INJURY_WORDS: tuple[str, ...] = ("bị thương", "chấn thương", "thương tích")

# Words of metric labels that news writes for one another when it tells one event again
# ("5 người tử vong" / "5 người thiệt mạng" / "5 người chết"): compared as their first word.
# "thương vong" (the dead and the injured together) is none of them.
METRIC_SYNONYMS: tuple[tuple[str, ...], ...] = (
    DEATH_WORDS,
    INJURY_WORDS,
    ("bắt", "bắt giữ", "bắt giam", "tạm giữ"),
    ("thu giữ", "tịch thu"),
    ("ngộ độc", "trúng độc"),
)

# Function words: never a counted noun, and where a subject's name ends.
FUNCTION_WORDS: frozenset[str] = frozenset(
    [
        "và", "của", "với", "là", "tại", "trong", "có", "đã", "sẽ", "cho", "được", "bị", "đến", "tới",
        "từ", "trên", "dưới", "ở", "khi", "thì", "mà", "này", "đó", "so", "để", "như", "theo", "về",
        "vào", "ra", "lên", "xuống", "nhưng", "hoặc", "hay", "các", "những", "một", "không", "chưa",
        "cũng", "vẫn", "đều", "nữa", "rồi", "sau", "trước", "qua", "nay", "mới", "tăng", "giảm", "gấp",
        "đạt", "nhằm", "nên", "bằng", "cùng", "do", "vì", "còn",
    ]
)

# Before a numeral, a date or a time of day: "ngày 5", "sáng 14/1".
DATE_WORDS: frozenset[str] = frozenset({"ngày", "tháng", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "mùng", "từ ngày"})

# A range "từ 5 đến 7": the word before its first end, and between its ends.
RANGE_FROM: frozenset[str] = frozenset({"từ"})
RANGE_TO: frozenset[str] = frozenset({"đến", "tới"})
# Hedges found glued to the word before them by a lost space ("tiềntrên 100 triệu": 5 in the
# 20,000 articles), read as hedges all the same.
GLUED_HEDGES: tuple[str, ...] = ("khoảng", "trên", "hơn", "gần", "dưới")
# A length per time is a speed ("105 km/h", "25 km/giờ"): its own unit, never compared with a distance.
LENGTH_UNITS: frozenset[str] = frozenset({"km", "m"})
PER_TIME: dict[str, str] = {"h": "h", "giờ": "h", "s": "s", "giây": "s"}

# After a figure, a year-over-year comparison: its baseline is the year before its period.
SAME_PERIOD_AGO: tuple[str, ...] = ("so với cùng kỳ", "so với năm trước", "so với năm ngoái", "so với cùng kỳ năm trước")

# Quarters as written after "quý": "quý I/2025", "quý 3/2024".
# Counts of months written as words ("sáu tháng đầu năm 2017": the first half).
MONTH_COUNT_WORDS: dict[str, int] = {
    "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}
QUARTERS: dict[str, int] = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
