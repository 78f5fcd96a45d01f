"""The Vietnamese number grammar, table-driven: a sentence and the figures it states.

Rows made with `corpus(...)` quote a sentence or clause of a real article in
`baomoi-2017-20k.jsonl.gz` (see ../shared/VIETNAMESE-FIGURES.md); rows made with
`made(...)` are written for one rule of the grammar. Every row lists *all* the figures
the sentence states, in order, so a spurious reading fails as surely as a missed one.
Values are in base units (đồng, USD, persons), intervals as `config.DEFAULT_HEDGE_WIDTHS`
defines them: "hơn"/"trên"/"vượt mốc" up to one step above, "gần"/"ngót" half a step
below, "khoảng"/"xấp xỉ" one step either side, a bare or "đạt" figure half a step.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from typing import Any

import pytest

from checker.config import Settings
from checker.engine.documents import make_document
from checker.grammar.extract import extract_mentions, mentions_in_sentence
from checker.grammar.sentences import split_sentences
from checker.models import Mention, Sentence

INF = math.inf
B = 1e9  # tỷ
M = 1e6  # triệu


@dataclass(frozen=True)
class F:
    """An expected figure; `low`/`high` are checked only when given."""

    quote: str
    value: float
    unit: str
    kind: str = "amount"
    hedge: str = "exact"  # the hedge kind
    modality: str = "achieved"
    low: float | None = None
    high: float | None = None


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in plain if c.isascii() and (c.isalnum() or c in " ,.%-/"))
    return "-".join(ascii_text.split()[:7])


def corpus(text: str, *figures: F) -> Any:
    return pytest.param(text, figures, id="corpus:" + _slug(text))


def made(text: str, *figures: F) -> Any:
    return pytest.param(text, figures, id="made:" + _slug(text))


def read(text: str) -> list[Mention]:
    sentence = Sentence(doc="d", index=1, start=0, end=len(text), text=text)
    return mentions_in_sentence(sentence, "", Settings())[0]


FIGURES = [
    # number formats: decimal comma, dot thousands, English-style leaks
    corpus(
        "Giá trị thương hiệu của hãng xe Nhật Bản đã đạt mức 46,255 tỷ USD tại thời điểm kết thúc năm 2016",
        F("đạt mức 46,255 tỷ USD", 46.255 * B, "USD", low=46.2545 * B, high=46.2555 * B),
    ),
    corpus(
        "Theo đó, lợi nhuận gộp tăng 19% đạt hơn 109.4 tỷ đồng.",
        F("19%", 19, "%", kind="change"),
        F("hơn 109.4 tỷ đồng", 109.4 * B, "VND", hedge="above", low=109.4 * B, high=109.5 * B),
    ),
    corpus(
        "Khối ngoại mua ròng trên HOSE với 123.2 tỷ đồng và mua ròng trên HNX với 12 tỷ đồng.",
        F("123.2 tỷ đồng", 123.2 * B, "VND"),
        F("12 tỷ đồng", 12 * B, "VND", low=11.5 * B, high=12.5 * B),
    ),
    corpus(
        "Giá bất động sản của Thụy Sĩ giảm 0,7% trong vòng 12 tháng qua, trong khi tiền lương tăng 2.5%.",
        F("0,7%", -0.7, "%", kind="change", low=-0.705, high=-0.695),
        F("2.5%", 2.5, "%", kind="change"),
    ),
    corpus(
        "Kể từ năm 1995 đến 2013, đã có 27,000 cặp đôi về chung một nhà trong ngày Valentine.",
        F("27,000 cặp đôi", 27000, "cặp đôi"),
    ),
    corpus(
        "Các trận đồ có hình dáng giống Stonehenge trải dài trên diện tích hơn 13,000 m2 khắp vùng phía tây rừng rậm Amazon.",
        F("hơn 13,000 m2", 13000, "m2", hedge="above", low=13000, high=14000),
    ),
    corpus(
        "Thiết bị chính thức có mặt tại thị trường Việt Nam từ 20/01/2017 với giá 9,990,000 đồng.",
        F("9,990,000 đồng", 9990000, "VND"),
    ),
    corpus(
        "Đối với thu quỹ bảo hiểm y tế, với số người tham gia xấp xỉ 68,5 triệu người, đạt số thu 59.615,1 tỷ đồng",
        F("xấp xỉ 68,5 triệu người", 68.5 * M, "người", hedge="around", low=68.4 * M, high=68.6 * M),
        F("59.615,1 tỷ đồng", 59615.1 * B, "VND"),
    ),
    made("Kim ngạch đạt 1.318,1 tỷ USD.", F("đạt 1.318,1 tỷ USD", 1318.1 * B, "USD")),
    made("Dự án có tổng vốn 16.5 tỷ đồng.", F("16.5 tỷ đồng", 16.5 * B, "VND")),
    made("Lạm phát ở mức 3.5%.", F("ở mức 3.5%", 3.5, "%", kind="percent")),
    made("Khu du lịch đón 118,000 lượt khách.", F("118,000 lượt khách", 118000, "lượt khách")),
    made("Thị trấn có 5.000 hộ dân.", F("5.000 hộ", 5000, "hộ", low=4950, high=5050)),
    made("Thành phố cấm xe máy trên 2 phố đi bộ.", F("trên 2 phố", 2, "phố", hedge="above")),  # no name after it
    # a prison term of years and months, at the month
    made("Bị cáo Chiến bị tuyên phạt 8 năm 3 tháng tù giam.", F("8 năm 3 tháng tù giam", 8.25, "năm tù")),
    made("Bị cáo Hoa nhận 2 năm 6 tháng tù treo.", F("2 năm 6 tháng tù treo", 2.5, "năm tù treo")),
    # victims are the people a toll counts
    made("Vụ tai nạn khiến 4 nạn nhân thiệt mạng.", F("4 nạn nhân", 4, "người")),
    # an age written before its number
    made("Nữ diễn viên làm mẹ ở tuổi 37.", F("tuổi 37", 37, "tuổi")),
    made("Ông bước sang tuổi 85 vẫn minh mẫn.", F("tuổi 85", 85, "tuổi")),
    # "trên" after a verb of being on something is "on", not "above"
    made("Nhóm 7 nam sinh đi trên 2 xe máy.", F("7 nam sinh", 7, "nam sinh"), F("2 xe máy", 2, "xe máy")),
    made("Xe tải chở trên 2 tấn hàng.", F("trên 2 tấn", 2, "tấn", hedge="above")),
    made("Anh đi trên 100 km mỗi ngày.", F("trên 100 km", 100, "km", hedge="above")),
    # scale words need a word boundary; compounds add their parts
    corpus(
        "Chỉ còn 4 ngày nữa, từ 0h ngày 11/2/2017, các thuê bao cố định tại 13 tỉnh, thành thuộc nhóm đổi mã vùng "
        "điện thoại cố định giai đoạn 1 sẽ bắt đầu sử dụng mã vùng mới.",
        F("13 tỉnh", 13, "tỉnh"),
    ),
    made("Cả nước có 34 tỉnh, thành phố.", F("34 tỉnh", 34, "tỉnh")),
    made(
        "Thương mại song phương đạt 0,92 nghìn tỷ USD.",
        F("đạt 0,92 nghìn tỷ USD", 920 * B, "USD", low=915 * B, high=925 * B),
    ),
    corpus(
        "Thu từ dầu thô ước đạt 2,3 nghìn tỷ đồng; bằng 6% dự toán; giảm 25% so cùng kỳ năm 2016.",
        F("ước đạt 2,3 nghìn tỷ đồng", 2.3e12, "VND", hedge="around", modality="projected", low=2.2e12, high=2.4e12),
        F("6%", 6, "%", kind="percent"),
        F("25%", -25, "%", kind="change"),
    ),
    corpus(
        "Được biết, trong dịp nghỉ Tết Nguyên đán Đinh Dậu vừa qua, Yên Tử đã đón trên 2,6 vạn lượt khách tham quan, chiêm bái.",
        F("trên 2,6 vạn lượt khách", 26000, "lượt khách", hedge="above", low=26000, high=27000),
    ),
    corpus("Tổng cộng: 2 triệu 500 nghìn!", F("2 triệu 500 nghìn", 2.5 * M, "", low=2.45 * M, high=2.55 * M)),
    corpus(
        "Phương Thảo nhận được số điểm 8,75 tương ứng với 8 triệu 750 nghìn đồng, được chia đều cho cô và cố vấn tiết mục.",
        F("8 triệu 750 nghìn đồng", 8.75 * M, "VND"),
    ),
    corpus(
        "dẫn đến giá trị trúng thầu và ký hợp đồng cao hơn quy định số tiền 39 tỷ 245 triệu đồng.",
        F("39 tỷ 245 triệu đồng", 39.245 * B, "VND", low=39.2445 * B, high=39.2455 * B),
    ),
    made("Tài sản bị chiếm đoạt là 761 tỷ 036 triệu đồng.", F("là 761 tỷ 036 triệu đồng", 761.036 * B, "VND")),
    made("Căn nhà được rao bán 5 tỷ rưỡi.", F("5 tỷ rưỡi", 5.5 * B, "", low=5.25 * B, high=5.75 * B)),
    # ranges: the unit and scale apply to both ends
    corpus(
        "Trái phiếu kỳ hạn 30 năm thu hút 7 thành viên tham gia dự thầu, khối lượng dự thầu hợp lệ đạt 1.586 tỉ đồng, "
        "lãi suất đặt thầu nằm trong khoảng 7,9-8,4%/năm.",
        F("7 thành viên", 7, "thành viên"),
        F("đạt 1.586 tỉ đồng", 1586 * B, "VND"),
        F("khoảng 7,9-8,4%", 8.15, "%", kind="percent", hedge="range", low=7.9, high=8.4),
    ),
    corpus(
        "Cùng đó, một số thành viên phát hành chứng chỉ tiền gửi VND với lãi suất cao, từ 8,2-9,2%/năm, "
        "tập trung ở các kỳ hạn huy động dài.",
        F("từ 8,2-9,2%", 8.7, "%", kind="percent", hedge="range", low=8.2, high=9.2),
    ),
    corpus(
        "mua -bán niêm yết ở mức 35,000-36,000 triệu đồng/lượng.",
        F("ở mức 35,000-36,000 triệu đồng", 35.5 * M, "VND", hedge="range", low=35 * M, high=36 * M),
    ),
    corpus(
        "với quy mô đầu tư mỗi dự án từ 3.000 – 5.000 tỷ đồng.",
        F("từ 3.000 – 5.000 tỷ đồng", 4000 * B, "VND", hedge="range", low=3000 * B, high=5000 * B),
    ),
    corpus(
        "Phương pháp này giúp xe đi được thêm 5-8 km với vận tốc thấp để tìm một địa điểm vá lốp.",
        F("5-8 km", 6.5, "km", hedge="range", low=5, high=8),
    ),
    corpus(
        "Về cơ sở giáo dục, khu vực đại học Hòa Lạc có quy mô diện tích 1.100-1.200ha, với 120.000-150.000 sinh viên",
        F("1.100-1.200ha", 1150, "ha", hedge="range", low=1100, high=1200),
        F("120.000-150.000 sinh viên", 135000, "sinh viên", hedge="range", low=120000, high=150000),
    ),
    corpus(
        "Trại còn cung ứng 1-2 tấn trứng ếch giống với giá 300.000 – 600.000 đồng/kg; hơn 1 triệu con giống với giá "
        "từ 500 - 800 đồng/con.",
        F("1-2 tấn", 1.5, "tấn", hedge="range", low=1, high=2),
        F("300.000 – 600.000 đồng", 450000, "VND", hedge="range", low=300000, high=600000),
        F("hơn 1 triệu con", 1 * M, "con", hedge="above"),
        F("từ 500 - 800 đồng", 650, "VND", hedge="range", low=500, high=800),
    ),
    corpus(
        "Trong đó, khoản vay VND có kỳ trả nợ từ 5/10/2016 – 30/6/2017, lãi suất từ 4,7 – 7%/năm; Còn khoản vay bằng USD "
        "có kỳ trả nợ từ 16/12/2016 – 27/2/2017.",
        F("từ 4,7 – 7%", 5.85, "%", kind="percent", hedge="range", low=4.7, high=7),
    ),
    made(
        "GDP năm 2025 tăng trưởng 8,3-8,5%.",
        F("8,3-8,5%", 8.4, "%", kind="change", hedge="range", low=8.3, high=8.5),
    ),
    made(
        "Tỷ lệ hộ nghèo ở mức từ 8,3 đến 8,5%.",
        F("ở mức từ 8,3 đến 8,5%", 8.4, "%", kind="percent", hedge="range", low=8.3, high=8.5),
    ),
    # a hedge glued to the word before it by a lost space is a hedge all the same
    made(
        "Đối tượng buộc ông Phong đưa thẻ ATM để rút tiềntrên 100 triệu đồng từ tài khoản.",
        F("tiềntrên 100 triệu đồng", 100 * M, "VND", hedge="above", low=100 * M, high=200 * M),
    ),
    # a length per time is a speed, its own unit: never compared with a distance
    made(
        "Thiết bị giám sát hành trình ghi nhận xe tải chạy 105 km/h, khi còn cách trạm thu phí 80 km.",
        F("105 km/h", 105, "km/h"),
        F("80 km", 80, "km"),
    ),
    # a count per something is a rate, its own unit: never compared with a plain count
    made(
        "Các ngành kế toán, kinh doanh quốc tế thiếu 5 giảng viên/ngành, toàn trường thiếu 8 giảng viên.",
        F("5 giảng viên/ngành", 5, "giảng viên/ngành"),
        F("8 giảng viên", 8, "giảng viên"),
    ),
    # a person's age is a figure (an attribute, compared only for one named person)
    corpus(
        "Kristen Dunst: Hoa hồng nở sớm Người đẹp sinh năm 1982 bén duyên rất sớm với điện ảnh bằng vai diễn đầu tay "
        "trong New York Stories khi chỉ mới 7 tuổi.",
        F("7 tuổi", 7, "tuổi"),
    ),
    made("Cô giáo đánh bé 3 tuổi bầm đùi", F("3 tuổi", 3, "tuổi")),  # "tuổi" is one syllable's noun
    made(
        "Tài xế Nguyễn Văn Hùng (35 tuổi, trú huyện Tiên Lữ) điều khiển xe tải chở 12 tấn hàng.",
        F("35 tuổi", 35, "tuổi"),
        F("12 tấn", 12, "tấn"),
    ),
    # "X đến Y" without "từ" is a range too, when Y rises from X written alike
    made(
        "Vụ sạt lở làm 7 đến 8 căn nhà bị ảnh hưởng, khoảng 10 tới 12 người phải di dời.",
        F("7 đến 8 căn", 7.5, "căn", hedge="range", low=7, high=8),
        F("khoảng 10 tới 12 người", 11, "người", hedge="range", low=10, high=12),
    ),
    # changes: "tăng 15%" a change, "tăng lên 15%" a level, "điểm phần trăm" a difference in points
    corpus(
        "Tại Ngân hàng Việt Nam Thương tín (VietBank), lãi suất huy động VND giảm 0,1-0,3%/năm kỳ hạn 7 tháng, "
        "12 tháng, 15 tháng.",
        F("0,1-0,3%", -0.2, "%", kind="change", hedge="range", low=-0.3, high=-0.1),
    ),
    corpus(
        "Riêng với iPhone, cả hàng chính hãng lẫn xách tay đều giảm từ 20 đến 25% so với trước Tết.",
        F("từ 20 đến 25%", -22.5, "%", kind="change", hedge="range", low=-25, high=-20),
    ),
    corpus("So với cùng kỳ năm 2016, lượng khách đến Yên Tử có tăng nhẹ 1%.", F("1%", 1, "%", kind="change")),
    corpus(
        "Tỷ lệ của hàng công nghiệp chỉ còn khoảng 20% vào năm 1992 nhưng đã tăng lên 70% năm 2015.",
        F("khoảng 20%", 20, "%", kind="percent", hedge="around"),
        F("70%", 70, "%", kind="percent"),
    ),
    corpus(
        "Cùng với đó, thị phần smartphone của “quả táo” tại Trung Quốc giảm 4 điểm phần trăm, còn 9,6%, "
        "cho dù thị trường smartphone Trung Quốc tăng 9% trong cả năm.",
        F("4 điểm phần trăm", -4, "điểm phần trăm", kind="points", low=-4.05, high=-3.95),
        F("9,6%", 9.6, "%", kind="percent"),
        F("9%", 9, "%", kind="change"),
    ),
    corpus(
        "Hơn một nửa mức tăng đó (2,9 điểm phần trăm) là do chi phí chăm sóc sức khỏe tăng lên theo lộ trình "
        "tăng chi phí y tế và giáo dục của Chính phủ.",
        F("2,9 điểm phần trăm", 2.9, "điểm phần trăm", kind="points"),
    ),
    corpus(
        "Theo đó, Nhật Bản đã tăng chi tiêu quốc phòng lên mức kỷ lục 43,6 tỷ USD.",
        F("43,6 tỷ USD", 43.6 * B, "USD"),
    ),
    corpus(
        "Tuy nhiên, giá dầu đã sụt 5% ngay sau khi tuyên bố được đưa ra, bởi thị trường vốn kỳ vọng các bên sẽ đi đến "
        "quyết định sẽ giảm sản lượng sâu hơn.",
        F("5%", -5, "%", kind="change"),
    ),
    corpus("xuống 1.243,50 USD/ounce, sau khi lùi 0,8% trong phiên thứ Hai.",
           F("1.243,50 USD", 1243.5, "USD"), F("0,8%", -0.8, "%", kind="change")),
    corpus(
        "Theo đó, kết thúc quý IV/2016, KBC chỉ đạt 84,5 tỷ đồng lợi nhuận sau thuế, giảm mạnh 65% so với cùng kỳ 2015.",
        F("đạt 84,5 tỷ đồng", 84.5 * B, "VND"),
        F("65%", -65, "%", kind="change"),
    ),
    made("Xuất khẩu tăng 15%.", F("15%", 15, "%", kind="change", low=14.5, high=15.5)),
    made("Tỷ lệ tiêm chủng tăng lên 15%.", F("15%", 15, "%", kind="percent")),
    made("Giá vé tăng lên tới 33%.", F("lên tới 33%", 33, "%", kind="percent")),
    made("Lãi suất giảm xuống 3,5%.", F("3,5%", 3.5, "%", kind="percent")),
    made("Tỷ lệ thất nghiệp tăng 2 điểm phần trăm.", F("2 điểm phần trăm", 2, "điểm phần trăm", kind="points")),
    # multipliers, numeric and in words
    corpus(
        "Số lượng xe ôtô con nhập khẩu tăng gấp 3 lần so với thời điểm cùng kỳ năm ngoái.",
        F("3 lần", 3, "lần", kind="multiplier"),
    ),
    corpus(
        "Thanh khoản tăng mạnh có hiện tượng đột biến của HPG, cổ phiếu đang khớp “khủng” nhất thị trường với "
        "xấp xỉ 252 tỷ đồng, gấp 2,9 lần mức giao dịch sáng hôm qua.",
        F("xấp xỉ 252 tỷ đồng", 252 * B, "VND", hedge="around", low=251 * B, high=253 * B),
        F("2,9 lần", 2.9, "lần", kind="multiplier"),
    ),
    corpus(
        "Nhóm khoáng sản cũng đem về hơn 4.000 tỷ đồng doanh thu cho Masan, tăng gấp rưỡi năm 2015.",
        F("hơn 4.000 tỷ đồng", 4000 * B, "VND", hedge="above", low=4000 * B, high=5000 * B),
        F("gấp rưỡi", 1.5, "lần", kind="multiplier"),
    ),
    corpus(
        "Nếu kể từ năm 1950 đến năm 2015 thì năng suất lao động tăng 2,4 lần nhưng lương công nhân chỉ tăng 1,7 lần.",
        F("2,4 lần", 2.4, "lần", kind="multiplier"),
        F("1,7 lần", 1.7, "lần", kind="multiplier"),
    ),
    corpus(
        "thành phố đã ghi nhận hơn 700 trường hợp mắc sốt xuất huyết, tăng 2,1 lần so với cùng kỳ năm ngoái, một người tử vong.",
        F("hơn 700 trường hợp", 700, "trường hợp", hedge="above", low=700, high=800),
        F("2,1 lần", 2.1, "lần", kind="multiplier"),
    ),
    corpus(
        "Trong đó, thị trường có giá trị nhập khẩu rau quả tăng nhiều nhất là Brazil (tăng hơn 2 lần), "
        "tiếp đến là thị trường Thái Lan và Hàn Quốc (tăng gần 2 lần).",
        F("hơn 2 lần", 2, "lần", kind="multiplier", hedge="above"),
        F("gần 2 lần", 2, "lần", kind="multiplier", hedge="near_below"),
    ),
    made("Kim ngạch gấp 2,5 lần năm 2024.", F("2,5 lần", 2.5, "lần", kind="multiplier", low=2.45, high=2.55)),
    made("Doanh thu tăng gần 1,5 lần.", F("gần 1,5 lần", 1.5, "lần", kind="multiplier", hedge="near_below", low=1.45, high=1.5)),
    made("Lượng khách tăng gấp đôi.", F("gấp đôi", 2, "lần", kind="multiplier")),
    made("Ông đến thăm 3 lần."),  # three visits: a count of occurrences, not a ratio
    # hedges
    corpus(
        "Năm 2016 vừa qua, HOSE tiếp tục có những bước phát triển vững chắc, quy mô vốn hóa tăng gần 30%, "
        "thanh khoản của thị trường tăng trên 24% so với năm trước.",
        F("gần 30%", 30, "%", kind="change", hedge="near_below", low=25, high=30),
        F("trên 24%", 24, "%", kind="change", hedge="above", low=24, high=25),
    ),
    corpus(
        "Tổng mức đầu tư toàn xã hội trên địa bàn tỉnh năm ngoái đạt khoảng 41.000 tỷ đồng, tăng gần 7% so với 2015",
        F("khoảng 41.000 tỷ đồng", 41000 * B, "VND", hedge="around", low=40000 * B, high=42000 * B),
        F("gần 7%", 7, "%", kind="change", hedge="near_below", low=6.5, high=7),
    ),
    corpus(
        "góp phần không nhỏ giúp VN-Index vượt mốc 700 điểm.",
        F("vượt mốc 700 điểm", 700, "điểm", hedge="above", low=700, high=800),
    ),
    corpus(
        "Đây cũng là năm đầu tiên lượng xe tiêu thụ vượt mốc 300.000 chiếc.",
        F("vượt mốc 300.000 chiếc", 300000, "chiếc", hedge="above", low=300000, high=400000),
    ),
    corpus("mẫu xe GLE cũng phát triển vượt mốc 200%.", F("vượt mốc 200%", 200, "%", kind="percent", hedge="above")),
    # The minutes of a time and a round's number are no figures.
    made("Vào khoảng 8 giờ 30 sáng 6-2, 14 người lên tham quan hang.", F("14 người", 14, "người")),
    made("Sau vòng đấu 24 vừa qua, đội bóng có 40 điểm.", F("40 điểm", 40, "điểm")),
    # A classifier counts alone: "bánh" of heroin or of white powder are one unit.
    made("Bên trong thùng carton có 37 bánh chất bột màu trắng.", F("37 bánh", 37, "bánh", low=36.5, high=37.5)),
    made("Khoảng 150 lính cứu hỏa đã có mặt.", F("Khoảng 150 lính", 150, "lính", hedge="around", low=140, high=160)),
    # ... and so do seats, stabs and the rest of those read as the first of many rare pairs.
    made("Chiếc xe khách 45 chỗ chạy theo hướng ngược lại.", F("45 chỗ", 45, "chỗ")),
    made("Xe khách loại 45 chỗ ngồi bị lật.", F("45 chỗ", 45, "chỗ")),
    made("Nạn nhân bị đâm 3 nhát khiến tử vong tại chỗ.", F("3 nhát", 3, "nhát")),
    made("Anh có cơ bụng 6 múi săn chắc.", F("6 múi", 6, "múi")),
    # A verb, an adverb or an adjective after a noun ends no counted noun of two syllables.
    made("Có 3 bé đang chơi gần bờ ao thì bị đuối nước.", F("3 bé", 3, "bé")),
    made("Vụ va chạm khiến 4 ôtô khác hư hỏng nặng.", F("4 ôtô", 4, "ôtô")),
    made("Mỗi ly chứa khoảng 50 calo mỗi lần uống.", F("khoảng 50 calo", 50, "calo", hedge="around")),
    # Grams, milligrams, cubic centimetres and inches are measures, not counted nouns.
    made("Công an thu giữ 500 gam ma túy tổng hợp.", F("500 gam", 500, "g")),
    made("Mỗi viên chứa 250 mg hoạt chất.", F("250 mg", 250, "mg")),
    made("Chiếc xe máy 110 cc có giá rẻ.", F("110 cc", 110, "cc")),
    made("Máy có màn hình 6 inch độ phân giải cao.", F("6 inch", 6, "inch")),
    corpus(
        "Mỗi sào ruộng tính cả chi phí lúa giống, phân bón cùng ngót 500 nghìn đồng, đó là chưa tính công sức bỏ ra.",
        F("ngót 500 nghìn đồng", 500000, "VND", hedge="near_below", low=450000, high=500000),
    ),
    corpus(
        "Gần nhất, năm 2016, hội Xuân Yên Tử đã đón gần 1,4 triệu lượt khách hành hương.",
        F("gần 1,4 triệu lượt khách", 1.4 * M, "lượt khách", hedge="near_below", low=1.35 * M, high=1.4 * M),
    ),
    corpus(
        "MWG vẫn duy trì ngôi vương với xấp xỉ 38% thị phần",
        F("xấp xỉ 38%", 38, "%", kind="percent", hedge="around", low=37, high=39),
    ),
    corpus(
        "Những ngày qua, trên mạng xã hội lan truyền một đoạn clip trong đó ghi lại cảnh ít nhất 3 trẻ mầm non theo học "
        "ở Cơ sở Sen Vàng bị các cô giáo mặc đồng phục của cơ sở này bạo hành.",
        F("ít nhất 3 trẻ", 3, "trẻ", hedge="at_least", low=3, high=INF),
    ),
    corpus(
        "mức độ thiếu hụt lao động sau Tết chỉ ở mức dưới 3%, mức độ dịch chuyển lao động ở mức 15%.",
        F("dưới 3%", 3, "%", kind="percent", hedge="below", low=0, high=3),
        F("ở mức 15%", 15, "%", kind="percent", low=14.5, high=15.5),
    ),
    corpus("Nó phải nặng hơn 40kg.", F("hơn 40kg", 40, "kg", hedge="above", low=40, high=50)),
    made("Hai nước ký hơn 1.200 thỏa thuận.", F("hơn 1.200 thỏa thuận", 1200, "thỏa thuận", hedge="above", low=1200, high=1300)),
    made("Xuất khẩu vượt mốc 930 tỷ USD.", F("vượt mốc 930 tỷ USD", 930 * B, "USD", hedge="above", low=930 * B, high=940 * B)),
    made("Đoàn đã tổ chức gần 500 hoạt động.", F("gần 500 hoạt động", 500, "hoạt động", hedge="near_below", low=450, high=500)),
    made("Có xấp xỉ 2,5 triệu USD.", F("xấp xỉ 2,5 triệu USD", 2.5 * M, "USD", hedge="around", low=2.4 * M, high=2.6 * M)),
    made("Thu nhập đạt 920 USD.", F("đạt 920 USD", 920, "USD", low=915, high=925)),
    made(
        "Tai nạn làm không dưới 10.000 người bị thương.",
        F("không dưới 10.000 người", 10000, "người", hedge="at_least", low=10000, high=INF),
    ),
    made("Chỉ thu về chưa đầy 5 tỷ đồng.", F("chưa đầy 5 tỷ đồng", 5 * B, "VND", hedge="below", low=0, high=5 * B)),
    # modality: forecasts, targets and estimates are not achieved figures
    corpus(
        "doanh thu toàn cầu đến từ Google Play của các game studio ở Việt Nam trong năm 2017 dự kiến đạt khoảng 40 triệu USD.",
        F("khoảng 40 triệu USD", 40 * M, "USD", hedge="around", modality="projected", low=35 * M, high=45 * M),
    ),
    corpus(
        "Theo dự báo, vào năm 2025, số lượng ô tô cá nhân tại Hà Nội và TP Hồ Chí Minh sẽ gấp 3 lần hiện tại.",
        F("3 lần", 3, "lần", kind="multiplier", modality="projected"),
    ),
    corpus(
        "Theo báo cáo mới nhất của Bộ Tài chính, tổng thu NSNN tháng 1/2017 ước đạt 97,4 nghìn tỷ đồng",
        F("ước đạt 97,4 nghìn tỷ đồng", 97.4e12, "VND", hedge="around", modality="projected"),
    ),
    corpus(
        "Melnichenko, người có thu nhập ròng ước tính 11,9 tỷ USD, được cho là đã sử dụng chữ 'A' để tàu của mình "
        "đứng đầu tiên trong danh sách đăng ký vận chuyển.",
        F("ước tính 11,9 tỷ USD", 11.9 * B, "USD", hedge="around", modality="projected"),
    ),
    corpus(
        "Dự án này nếu được vận hành trong tháng 5 sẽ đóng góp khoảng 0,16 điểm phần trăm trong tăng trưởng GDP, "
        "cơ quan xây dựng báo cáo tính toán.",
        F("khoảng 0,16 điểm phần trăm", 0.16, "điểm phần trăm", kind="points", hedge="around", modality="projected"),
    ),
    corpus(
        "Lễ hội Yên Tử dự kiến thu hút hơn 2 triệu du khách tham dự.",
        F("hơn 2 triệu du khách", 2 * M, "du khách", hedge="above", modality="projected"),
    ),
    corpus(
        "Do đó, về kế hoạch kinh doanh năm 2017, XMC phấn đấu tăng trưởng tối thiểu 10% so với năm 2016",
        F("tối thiểu 10%", 10, "%", kind="change", hedge="at_least", modality="target"),
    ),
    corpus(
        "Đối với danh mục dự án, năm 2017, CII phấn đấu triển khai thêm 2 dự án",
        F("2 dự án", 2, "dự án", modality="target"),
    ),
    corpus(
        "còn lại 27 tỉnh có biển và rất nhiều doanh nghiệp lớn thì phải đạt mục tiêu 10 tỷ USD sớm hơn.",
        F("27 tỉnh", 27, "tỉnh"),
        F("10 tỷ USD", 10 * B, "USD", modality="target"),
    ),
    corpus(
        "Bên cạnh đó, Chính phủ có kế hoạch tăng thuế với mặt hàng bia từ 55% lên 65% vào năm 2018, "
        "dấy lên lo ngại về việc doanh thu của ngành giảm.",
        F("55%", 55, "%", kind="percent", modality="target"),
        F("65%", 65, "%", kind="percent", modality="target"),
    ),
    corpus(
        "Dù chưa hoàn thành kế hoạch 512 tỷ đồng tổng doanh thu năm 2016 nhưng HDC đã hoàn thành chỉ tiêu 66,6 tỷ đồng "
        "lợi nhuận trước thuế đề ra.",
        F("512 tỷ đồng", 512 * B, "VND", modality="target"),
        F("66,6 tỷ đồng", 66.6 * B, "VND", modality="target"),
    ),
    corpus(
        "Trong đó, xe buýt đạt 326 triệu lượt (đạt 88% so với kế hoạch năm 2016 và giảm 2% so với cùng kỳ).",
        F("đạt 326 triệu lượt", 326 * M, "lượt"),
        F("đạt 88%", 88, "%", kind="percent"),
        F("2%", -2, "%", kind="change"),  # "so với kế hoạch" is what 88% is measured against, not a plan
    ),
    made("Năm 2026, kim ngạch dự kiến đạt 50 tỷ USD.", F("đạt 50 tỷ USD", 50 * B, "USD", modality="projected")),
    made("Mục tiêu tăng trưởng 10%.", F("10%", 10, "%", kind="change", modality="target")),
    made("Tỉnh phấn đấu đạt 8%.", F("đạt 8%", 8, "%", kind="percent", modality="target")),
    made("Kế hoạch thu hút 20 dự án.", F("20 dự án", 20, "dự án", modality="target")),
    # units: currencies, counted nouns and their synonyms
    corpus(
        "Đó là ý kiến của một nhà báo, blogger nổi tiếng, người đã đi 80 quốc gia trên thế giới",
        F("80 quốc gia", 80, "nước"),
    ),
    corpus(
        "Trong tổng số hơn 50 hoạt động văn hóa, nghệ thuật, thể dục - thể thao của chương trình Festival Biển",
        F("hơn 50 hoạt động", 50, "hoạt động", hedge="above"),
    ),
    corpus(
        "Nguồn tin trên nói rằng, riêng trong năm 2016, đã có ít nhất 456 cuộc không kích được Không quân Mỹ "
        "thực hiện ở chiến trường Afghanistan.",
        F("ít nhất 456 cuộc", 456, "cuộc", hedge="at_least"),
    ),
    corpus(
        "Theo thông tin từ Bộ Y tế, đến nay, cả nước đã ghi nhận gần 2.100 trường hợp mắc bệnh bệnh tay - chân - miệng "
        "tại 57 tỉnh, thành phố.",
        F("gần 2.100 trường hợp", 2100, "trường hợp", hedge="near_below"),
        F("57 tỉnh", 57, "tỉnh"),
    ),
    corpus(
        "Được biết, Công ty cổ phần Thủy sản Thanh Bình Đồng Tháp hiện đang sở hữu 2 nhà máy sản xuất fillet cá tra đông lạnh",
        F("2 nhà máy", 2, "nhà máy"),
    ),
    corpus("Ngoài ra, đô thị vệ tinh Hòa Lạc dành 200ha", F("200ha", 200, "ha")),
    corpus(
        "Khi chuyển đến đây, bà đã phát hiện thấy một kho báu trị giá tới 35.000 bảng Anh",
        F("35.000 bảng Anh", 35000, "GBP"),
    ),
    corpus(
        "Tuy vậy, cả 2 nhà đầu tư vẫn chưa chấp nhận thực hiện theo phương án mà 2 địa phương đã đưa ra.",
        F("2 nhà đầu tư", 2, "nhà đầu tư"),
        F("2 địa phương", 2, "địa phương"),
    ),
    corpus(
        "Các công ty quản lý quỹ hiện quản lý 30 quỹ đầu tư các loại, khối lượng tài sản khoảng 146.000 tỷ đồng.",
        F("30 quỹ đầu tư", 30, "quỹ đầu tư"),
        F("khoảng 146.000 tỷ đồng", 146000 * B, "VND", hedge="around", low=145000 * B, high=147000 * B),
    ),
    corpus(
        "Với tổng diện tích 15.783ha, trong đó diện tích rừng và đất rừng là 6.125ha",
        F("15.783ha", 15783, "ha"),
        F("là 6.125ha", 6125, "ha"),
    ),
    corpus(
        "Tuy vậy, đoàn quân Mourinho chỉ có thể nói về cuộc đua top 4, chứ không đọ được Chelsea bởi khoảng cách "
        "điểm số khá lớn: 14 điểm sau vòng 24 Premier League.",
        F("14 điểm", 14, "điểm"),
    ),
    made("Hai bên ký 17 thoả thuận hợp tác.", F("17 thoả thuận", 17, "thỏa thuận")),
    made("Việt Nam có quan hệ với 30 quốc gia.", F("30 quốc gia", 30, "nước")),
    made("Mỗi suất ăn giá 35.000 đồng.", F("35.000 đồng", 35000, "VND")),
    # a word that begins with a scale word is no scale: "tỷ phú" are billionaires
    made("Danh sách năm nay có 3 tỷ phú Việt Nam.", F("3 tỷ phú", 3, "tỷ phú")),
    made("Khoảng 1 tỷ số thuê bao sẽ được cấp.", F("Khoảng 1 tỷ", 1e9, "", hedge="around")),
    # a code before a figure that is no licence plate; a plate's rest is no figure
    made("Két sắt có 1 dây chuyền vàng 18K 4 chỉ.", F("1 dây chuyền", 1, "dây chuyền"), F("4 chỉ", 4, "chỉ")),
    # metres glued to their numeral, or written out; m² and m³ written with a spaced power
    made("Cách nhà khoảng 200m, cháu bé được tìm thấy.", F("khoảng 200m", 200, "m", hedge="around", low=150, high=250)),
    made("Con cá voi dài 3,8 mét.", F("3,8 mét", 3.8, "m", low=3.75, high=3.85)),
    made("Công ty đào đắp hơn 14.173m 3 đất.", F("hơn 14.173m 3", 14173, "m3", hedge="above", low=14173, high=14174)),
    made("Ông cao 1m75 và nặng 70kg.", F("70kg", 70, "kg", low=69.5, high=70.5)),  # (1m75: a height in words)
    # a share after a name is a figure (a name's own number is not: "Galaxy 8", "Đại hội 13")
    made("Đảng của ông Macron dẫn trước đảng của bà Le Pen 13,2%.", F("13,2%", 13.2, "%", kind="percent", low=13.15, high=13.25)),
    made("Tỷ lệ ủng hộ ở Tây Ban Nha là 69%, Pháp 67%.", F("là 69%", 69, "%", kind="percent"), F("67%", 67, "%", kind="percent")),
    made("Quận hỗ trợ gia đình ông Hướng 35 triệu đồng.", F("35 triệu đồng", 35e6, "VND", low=34.5e6, high=35.5e6)),
    made("Nhiều ý kiến hoài nghi một Llorente 27 tuổi có thể thay thế Costa.", F("27 tuổi", 27, "tuổi", low=26.5, high=27.5)),
    # a plenum's number before a term's ("Trung ương 5 khóa XII") is no count of terms
    made("Hội nghị quán triệt Nghị quyết Trung ương 5 khóa XII."),
    # a prison term is a figure, after the convict's name too; "tù giam" is "tù", a suspended
    # term its own unit, and "2 năm 6 tháng tù" one term of 2,5 years (its months no figure of their own)
    made("Tòa tuyên phạt bị cáo Hoa 13 năm tù giam.", F("13 năm tù giam", 13, "năm tù", low=12.5, high=13.5)),
    made("Bị cáo lĩnh 18 tháng tù nhưng cho hưởng án treo.", F("18 tháng tù", 18, "tháng tù", low=17.5, high=18.5)),
    made("Hai bị cáo cùng nhận 3 năm tù treo.", F("3 năm tù treo", 3, "năm tù treo")),
    made("Bị cáo lĩnh 2 năm 6 tháng tù giam.", F("2 năm 6 tháng tù giam", 2.5, "năm tù")),
    # "còn" (down to, still) is no counted noun: "giảm từ 1 triệu còn 500.000 người"
    made("Visa diện đoàn tụ giảm từ 1 triệu còn 500.000 người mỗi năm.",
         F("1 triệu", 1e6, "", low=950000, high=1050000), F("500.000 người", 500000, "người")),
    # "số N" is a number ("nhà số 10"), but "trong số N", "tổng số N" are counts
    made("Trong tổng số 60 con bò, có 17 con chết.", F("60 con", 60, "con"), F("17 con", 17, "con")),
    made(
        "Xe tải biển kiểm soát 29C 123.45 chở 12 tấn cát.",
        F("12 tấn", 12, "tấn"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures_of_a_sentence(text: str, expected: tuple[F, ...]) -> None:
    got = read(text)
    assert [m.quote for m in got] == [f.quote for f in expected]
    for mention, want in zip(got, expected, strict=True):
        assert mention.value == pytest.approx(want.value, rel=1e-9), want.quote
        assert (mention.unit, mention.kind, mention.hedge_kind, mention.modality) == (
            want.unit, want.kind, want.hedge, want.modality,
        ), want.quote
        if want.low is not None:
            assert mention.low == pytest.approx(want.low, rel=1e-9), want.quote
        if want.high is not None:
            assert mention.high == pytest.approx(want.high, rel=1e-9), want.quote


NOT_QUANTITIES = [
    # document numbers
    corpus("Tôi cho rằng Nghị quyết số 100/NQ-CP của Chính phủ là rất cần thiết và kịp thời trong tình hình mới"),
    corpus("Quy định về việc cấp biển số xe hiện nay được thực thi theo Thông tư 15/2014/TT-BCA ngày 4/4/2014 của Bộ Công an."),
    corpus("Từ năm 2018 trở đi ngưỡng đảm bảo chất lượng đầu vào thực hiện theo quy định tại khoản 2 Điều 12 của Quy chế này."),
    made("Chính phủ triển khai Nghị quyết 59 về hội nhập quốc tế."),
    made("Theo Nghị quyết số 59, các bộ phải báo cáo."),
    made("Quốc hội thông qua Nghị quyết 222/2025/QH15."),
    # Roman numerals, codes and names
    corpus("Sau Đại hội VI của Đảng ông về làm cố vấn Ban Chấp hành T.Ư Đảng."),
    corpus("Lái xe 36C-134.95 điều khiển phương tiện bỏ chạy buộc lực lượng CSGT TP Thanh Hóa bám theo ép xe, nhưng bất thành."),
    corpus(
        "Mặc dù iPhone 7 ra mắt cách đây vài tháng, chỉ đến khi Apple công bố thống kê tài chính giai đoạn kỳ nghỉ "
        "cuối năm 2016 trong tuần này, người ta mới thấy được sức hấp dẫn mà sản phẩm này mang đến."
    ),
    corpus(
        "Nhiều chuyên gia hiện cũng đang chờ đợi quan điểm rõ ràng hơn của chính quyền mới trong hội nghị của các "
        "bộ trưởng tài chính trong khối G20 vào tháng ba tới."
    ),
    made("Văn kiện Đại hội XIV được thông qua."),
    made("Thí sinh thi các khối D1, D3."),
    made("Ông dùng chiếc iPhone 5 cũ."),
    made("Xe mang biển số 90C-046.83 bỏ chạy."),
    # years and spans of years
    corpus("Đảm bảo tiến độ các công trình phục vụ APEC 2017"),
    made("Việt Nam đăng cai APEC 2027."),
    made("Kế hoạch giai đoạn 2026-2030 được thông qua."),
    made("Năm 2025 là năm bản lề."),
    # dates and times
    corpus("Trong buổi tập chiều ngày 4-2, Công Phượng đã có bàn thắng đầu tiên và nhận được nhiều cái gật đầu ngợi khen."),
    corpus("Nội dung cụ thể như sau: Ngày 5.2.2017, một số báo đã đăng tải thông tin về vụ bạo hành trẻ"),
    corpus("Sáng 6.2 (mùng 10 Tết), đường phố TP.HCM trở nên đông đúc hẳn khi người dân chính thức trở lại đi làm"),
    corpus("Đồng thời, các điểm bán hàng sẽ được mở cửa từ 6h30 trong ngày Thần Tài để đón khách hàng từ sáng sớm."),
    corpus(
        "Kết quả xổ số Mega 6/45 được mở thưởng bắt đầu từ 18h cho tới 18h30 vào các ngày thứ 4, thứ 6 và chủ nhật "
        "cố định hàng tuần."
    ),
    corpus("Trong 6 tháng đầu năm 2016, hạn hán xâm nhập mặn, làm sản lượng nuôi tôm giảm sút."),
    made("Hội nghị diễn ra ngày 14/1."),
    made("Luật có hiệu lực từ ngày 10/1/2026."),
    made("Giải đấu diễn ra ngày 4-6."),
    made("Quy định áp dụng từ 1.1.2016."),
    made("Cuộc họp bắt đầu lúc 20h."),
    # durations and ages
    corpus("Sau 1 thời gian gián đoạn, năm 1990, lễ hội này đã được khôi phục với đầy đủ bản sắc theo cổ lễ."),
    corpus(
        "Nghiêm trọng hơn, đối với những ngày bạn hoạt động ngoài trời quá lâu thì kem chống nắng chỉ có tác dụng "
        "tối đa 2 tiếng."
    ),
    # ranks, ordinals, list markers
    corpus("Chồng đại gia của hot girl trà sữa lọt top 500 người giàu nhất TQ"),
    corpus(
        "Lễ khai hội Xuân Ngọa Vân năm nay được tổ chức lần thứ 2, trở thành lễ hội truyền thống hàng năm, "
        "kéo dài trong suốt 3 tháng mùa xuân."
    ),
    corpus("Thứ hai, khi nhập khẩu, các doanh nghiệp đều tính đến hiệu quả và chi phí sản xuất."),
    corpus("Hình ảnh Đoàn Thị Hương tại phiên tòa lần 2 hôm 13/4."),
    corpus("Trải qua 2 lần kết hôn, Phi Thanh Vân vẫn chưa thể có được cái kết hạnh phúc."),
    corpus("Tuyến metro số 1 khó xong vào 2020!"),
    corpus("Ở thời điểm trận đấu kết thúc, Young đang dẫn 5-7, 6-4, 6-4, 4-2."),
    made("Trường lọt top 15 châu Á."),
    made("Hội nghị lần thứ 3 bế mạc."),
    made("Đề thi thử nghiệm lần 2 tương đối khó."),
    # slogans, counts of ideas, "1 số" (some)
    corpus("Đà Nẵng tạo chuyển biến tích cực trong việc thực hiện chương trình thành phố “4 an”."),
    made("Thực hiện phương châm “6 rõ”."),
    made("Kinh tế tăng trưởng 2 con số."),
    made("Hướng tới 2 mục tiêu 100 năm."),
    made("Có 1 số người bị thương."),
    # places: a milestone's metres, a hamlet's number; a licence plate; m² written out
    made("Vụ tai nạn xảy ra tại Km 15+500 thuộc địa phận tỉnh Long An."),
    made("Tàu hỏa tông xe máy tại Km 307 + 500 đường sắt Bắc Nam."),
    made("Nạn nhân trú tại xóm 3 xã Nghi Xá."),
    made("Anh điều khiển xe máy BKS 37K1 648.69 lưu thông theo hướng Vinh."),
    made("Nam giới bước vào độ tuổi 50 tỷ lệ mắc bệnh tăng cao."),  # a ratio, not 50 billion
    made("Samsung Galaxy 8 ra mắt tại Việt Nam."),
    made("Ông sống ở nhà số 10 phố Huế."),
    # a duration of years and months that is no prison term
    made("Sau 2 năm 3 tháng, dự án hoàn thành."),
    # age groups, weeks of pregnancy
    made("Nam giới ở độ tuổi 50 dễ mắc bệnh."),
    made("Thai nhi ở tuần tuổi 13 vẫn khỏe."),
    made("Nhóm trẻ ở lứa tuổi 20 thích du lịch."),
    # house numbers: before a street's name, or after "số nhà", "ngõ", "hẻm", "địa chỉ"
    made("Hai tiếng nổ phát ra ở hố ga trước số nhà 812 và 826 đường Trường Sa."),
    made("Anh thuê trọ tại 34 đường Bình Thới, quận 11."),
    made("Ông sống trong ngõ 42 phố Huế."),
    made("Cửa hàng nằm trong hẻm 47, đường Ao Đôi."),
    made("Các nhà 34, 36, 42 đường Chu Văn An bị ngập."),
]


@pytest.mark.parametrize(("text", "expected"), NOT_QUANTITIES)
def test_nothing_is_read(text: str, expected: tuple[F, ...]) -> None:
    assert expected == ()
    assert [m.quote for m in read(text)] == []


def _document(text: str) -> list[Mention]:
    doc = make_document("d", text, "d.txt")
    return extract_mentions(doc, split_sentences(doc), Settings())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hodeco lãi 58 tỷ đồng trong năm 2016, tăng 22% so với năm 2015",
            [("58 tỷ đồng", "2016", ""), ("22%", "2016", "2015")],
            id="corpus:year-in-clause-and-baseline",
        ),
        pytest.param(
            "Năm 2016 vừa qua, HOSE tiếp tục có những bước phát triển vững chắc, quy mô vốn hóa tăng gần 30%, "
            "thanh khoản của thị trường tăng trên 24% so với năm trước.",
            [("gần 30%", "2016", ""), ("trên 24%", "2016", "2015")],
            id="corpus:so-voi-nam-truoc-is-the-year-before",
        ),
        pytest.param(
            "Theo đó, kết thúc quý IV/2016, KBC chỉ đạt 84,5 tỷ đồng lợi nhuận sau thuế, giảm mạnh 65% so với cùng kỳ 2015.",
            [("đạt 84,5 tỷ đồng", "2016-Q4", ""), ("65%", "2016-Q4", "2015-Q4")],  # the same quarter a year before
            id="corpus:quarter-and-baseline",
        ),
        pytest.param(
            "Kim ngạch tăng 15% so với năm 2024.",
            [("15%", "", "2024")],
            id="made:baseline-is-not-the-period",
        ),
        pytest.param(
            "Doanh thu tăng 2,5 lần so với năm 2024.",
            [("2,5 lần", "", "2024")],
            id="made:multiplier-baseline",
        ),
        pytest.param(
            "Năm 2025, kim ngạch đạt 5,5 tỷ USD. Trong đó xuất khẩu đạt 3 tỷ USD.",
            [("đạt 5,5 tỷ USD", "2025", ""), ("đạt 3 tỷ USD", "2025", "")],
            id="made:period-carries-to-next-sentence",
        ),
        pytest.param(
            "Năm 2024 xuất khẩu đạt 4 tỷ USD, năm 2025 đạt 5 tỷ USD.",
            [("đạt 4 tỷ USD", "2024", ""), ("đạt 5 tỷ USD", "2025", "")],
            id="made:each-clause-its-year",
        ),
        pytest.param(
            "Trong 6 tháng đầu năm 2025, xuất khẩu đạt 200 tỷ USD.",
            [("đạt 200 tỷ USD", "2025-H6M", "")],
            id="made:first-six-months",
        ),
        pytest.param(
            "Kết thúc sáu tháng đầu năm 2017, du lịch đã đón 6,2 triệu lượt khách quốc tế, tăng 30,2% so với cùng kỳ năm 2016.",
            [("6,2 triệu lượt khách", "2017-H6M", ""), ("30,2%", "2017-H6M", "2016-H6M")],
            id="made:first-six-months-in-words",
        ),
        pytest.param(
            "Giá cát xây tô 436.000 đồng/m3 (tăng 92% so với thời điểm quý I/2017), cát san lấp 200.000 đồng/m3.",
            [("436.000 đồng", "", ""), ("92%", "", "2017-Q1"), ("200.000 đồng", "", "")],
            id="made:baseline-after-words-is-no-period",
        ),
        pytest.param(
            "Trong quý I/2025, xuất khẩu đạt 100 tỷ USD.",
            [("đạt 100 tỷ USD", "2025-Q1", "")],
            id="made:quarter",
        ),
        # A quarter named without its year: the year in scope, narrowed to that quarter.
        pytest.param(
            "Trong 6 tháng đầu năm 2017, GDP tăng 5,73%. Riêng quý II, GDP đã tăng 6,17%.",
            [("5,73%", "2017-H6M", ""), ("6,17%", "2017-Q2", "")],
            id="made:a-quarter-of-the-half-year",
        ),
        pytest.param(
            "Năm 2017 là năm bản lề. Xuất khẩu 6 tháng đầu năm đạt 17 tỷ USD, 6 tháng qua tăng 12%.",
            [("đạt 17 tỷ USD", "2017-H6M", ""), ("12%", "2017-H6M", "")],
            id="made:first-months-without-their-year",
        ),
        pytest.param(
            "Tăng trưởng GDP quý 2 năm 2017 đạt 6,17%.",
            [("đạt 6,17%", "2017-Q2", "")],
            id="made:a-quarter-and-its-year-in-words",
        ),
        pytest.param(
            "Năm 2017, doanh thu quý I đạt 100 tỷ đồng, quý II đạt 120 tỷ đồng.",
            [("đạt 100 tỷ đồng", "2017-Q1", ""), ("đạt 120 tỷ đồng", "2017-Q2", "")],
            id="made:each-clause-its-quarter",
        ),
        pytest.param(
            "Năm 2017, doanh thu tăng 5% so với quý I.",
            [("5%", "2017", "")],
            id="made:a-quarter-compared-with-is-no-period",
        ),
        # A month written as a date is the period of its own clause's figures; elsewhere,
        # and after "hồi", "từ", "giao" ..., it is the date of an event.
        pytest.param(
            "Khối lượng cà phê xuất khẩu tháng 4/2026 ước đạt 145.000 tấn, giảm 6% so với tháng 3/2026.",
            [("ước đạt 145.000 tấn", "2026-04", ""), ("6%", "2026-04", "2026-03")],
            id="made:a-month",
        ),
        pytest.param(
            "Giá trị xuất khẩu cà phê tháng 4 năm 2026 ước đạt 320 triệu USD.",
            [("ước đạt 320 triệu USD", "2026-04", "")],
            id="made:a-month-in-words",
        ),
        pytest.param(
            "Năm 2025, nhà máy khánh thành hồi tháng 3/2024 đã xuất xưởng 12.000 xe.",
            [("12.000 xe", "2025", "")],
            id="made:a-month-as-an-event-date",
        ),
        pytest.param(
            "Khai trương tháng 9/2019 tại Đà Nẵng, đến nay chuỗi đã có 64 cửa hàng.",
            [("64 cửa hàng", "", "")],
            id="made:a-month-of-another-clause",
        ),
        # A span of years is no one year; this year so far is this year.
        pytest.param(
            "Chỉ trong 3 năm từ 2008 đến tháng 9.2010, công ty thua lỗ hơn 91 tỷ đồng.",
            [("hơn 91 tỷ đồng", "", "")],
            id="made:span-to-a-month",
        ),
        pytest.param(
            "Từ năm 2012 đến năm 2014, tỉnh trồng mới 3.000 ha rừng.",
            [("3.000 ha", "", "")],
            id="made:span-of-years",
        ),
        pytest.param(
            "Từ đầu năm 2017 đến nay, tỉnh trồng mới 3.000 ha rừng.",
            [("3.000 ha", "2017", "")],
            id="made:this-year-so-far",
        ),
        # "năm nay" is the article's year (unknown: undated), not the year named before it.
        pytest.param(
            "Năm 2016, điểm chuẩn của trường là 22,5 điểm. Năm nay, dự kiến điểm chuẩn dao động từ 24 đến 29 điểm.",
            [("là 22,5 điểm", "2016", ""), ("từ 24 đến 29 điểm", "", "")],
            id="made:this-year-undated",
        ),
        # The year of an event told in passing ("vào năm 2002") is its own sentence's only.
        pytest.param(
            "Kỷ lục trước đó được lập vào năm 2002 tại Afghanistan. Khẩu súng nặng khoảng 11 kg.",
            [("khoảng 11 kg", "", "")],
            id="made:an-event-year-in-passing",
        ),
        pytest.param(
            "Năm 2016, công ty lãi 58 tỷ đồng. Doanh thu đạt 500 tỷ đồng.",
            [("58 tỷ đồng", "2016", ""), ("đạt 500 tỷ đồng", "2016", "")],
            id="made:a-topic-year-carries",
        ),
        # A birth year is no time a figure is of, in its sentence or the sentences after it.
        pytest.param(
            "Real Madrid quan tâm tới tiền đạo sinh năm 1998 này. Đội bóng đang có 47 điểm.",
            [("47 điểm", "", "")],
            id="made:a-birth-year",
        ),
        pytest.param(
            "Nguyễn Văn A (SN 1990) bị bắt cùng 2 kg ma túy.",
            [("2 kg", "", "")],
            id="made:a-birth-year-abbreviated",
        ),
    ],
)
def test_period_and_baseline(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.quote, m.period, m.baseline) for m in _document(text)] == expected


def test_this_year_is_the_article_s_year() -> None:
    doc = make_document("d", "Năm 2016, trường tuyển 3.000 sinh viên. Năm nay, trường tuyển 3.500 sinh viên.", "d.txt",
                        date="2017-07-10")
    assert [(m.quote, m.period) for m in extract_mentions(doc, split_sentences(doc), Settings())] == [
        ("3.000 sinh viên", "2016"), ("3.500 sinh viên", "2017"),
    ]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # The period between the metric and its figure is not another figure.
        ("Kim ngạch xuất khẩu thủy sản 5 tháng đầu năm 2017 đạt 3,1 tỷ USD.", "kim ngạch xuất khẩu thủy sản"),
        ("Doanh thu quý 1 đạt 500 tỷ đồng.", "doanh thu"),
        # Another figure before it is: its words are not this one's.
        ("Công ty bán 237 xe, thu về 500 tỷ đồng.", "thu"),
        ("Công ty bán 237 xe trong 5 ngày, thu 500 tỷ đồng.", "thu"),
        # Who says it is not what it measures; the second of two coordinated counts has its own words.
        ("Cảnh sát cho biết đã có 17 người thiệt mạng.", "người chết"),
        ("Vụ nổ làm 17 người thiệt mạng và hơn 70 người bị thương.", "người bị thương"),
    ],
)
def test_the_metric_of_a_figure(text: str, metric: str) -> None:
    from checker.linking.similarity import metric_words

    assert metric_words(read(text)[-1].metric) == metric_words(metric)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sau đó xuất khẩu của Việt Nam đạt 3 tỷ USD.", ["Việt Nam"]),
        # The sentence's first word alone is no name, after an opening quote too.
        ("“Sau đó xuất khẩu của Việt Nam đạt 3 tỷ USD.”", ["Việt Nam"]),
        ("Theo Bộ Công Thương, xuất khẩu của Việt Nam đạt 3 tỷ USD.", ["Việt Nam"]),
    ],
)
def test_the_names_of_a_sentence(text: str, names: list[str]) -> None:
    from checker.grammar.about import sentence_names
    from checker.grammar.tokens import tokenize

    assert [name for _, name in sentence_names(tokenize(text))] == names
