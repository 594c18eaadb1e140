"""MISC and foreign-name rules of the ``entities`` extractor.

- Named events: an event word (``Giải``, ``Lễ hội``, ``Tết``, ``Marathon``…) with its
  distinguishing part and a trailing year: ``Giải Marathon Di sản Cố đô 2025``,
  ``Tết Nguyên đán Ất Tỵ 2025``.
- Quoted titles of programmes, books and the like: ``chương trình "Tủ sách cho em"`` →
  ``Tủ sách cho em`` (inside the marks), when a naming noun comes right before the quote.
  Scare quotes (lowercase) and quoted speech (ending in a full stop) are not titles.
- Foreign personal names: two or more capitalised words none of which can be a
  Vietnamese syllable (``Joseph Kiprono``).
"""

from __future__ import annotations

import re
import unicodedata
from itertools import compress
from typing import Final

from goldspan.extract.entities_gazetteer import Gazetteers
from goldspan.extract.entities_org import org_end
from goldspan.extract.entities_tokens import (
    CAP,
    END,
    JOINED,
    START,
    TEXT,
    Token,
    TokIndex,
    vietnamese_syllable,
)
from goldspan.extract.textcase import lower

Cand = tuple[int, int, str, int]

_TITLE_NOUNS: Final = frozenset("""báo cáo|bản báo cáo|chương trình|tập truyện|cuốn sách|sách|bộ tài liệu|tài liệu|cuộc thi|
phim|bộ phim|bài hát|ca khúc|dự án|mô hình|phong trào|chiến dịch|giải|tác phẩm|vở|vở diễn|
tiểu thuyết|tủ sách|cuốn|ấn phẩm|tập thơ|album|chuyên mục|chuyên đề|đề tài|sản phẩm|
ứng dụng|nền tảng|cẩm nang|bộ sách|hội thảo|diễn đàn|lễ hội|tọa đàm|cuộc vận động|gameshow|
show|talkshow|trò chơi|game|bộ truyện|truyện|bài thơ|bức tranh|triển lãm|đề án|sáng kiến|
nhãn hiệu|thương hiệu|website|trang|kênh|quỹ|dòng sản phẩm|hội thi|liên hoan|giải thưởng|bài|bài chiêng|điệu|điệu múa|điệu hát|làn điệu|vở kịch|bản nhạc|nhạc phẩm|
concert|liveshow|đêm nhạc|bản hit|hit|single|mv|bản|bản phối|ca khúc mới|bản song ca|
mixtape|ep|tour|bộ sưu tập|sưu tập|bom tấn|hoạt hình|viễn tưởng|kinh dị|tài liệu|loạt phim|series|sitcom|
nhạc kịch|phim truyện|phim ngắn
""".replace("\n", "").split("|"))
# A quoted title followed by its author: "“Chuyến đò cuối năm” của đạo diễn X".
_AUTHOR_AFTER: Final = re.compile(r"\s+(?:của|do)\s+(?:đạo diễn|nhạc sĩ|nhà văn|tác giả|họa sĩ|biên kịch|"
                                  r"nhà thơ|nhà thiết kế|NTK|NSND|NSƯT)\s")
# Between two quoted titles of a list ("“Ngõ vắng”, “Thư gửi mẹ” và “…”").
_LIST_JOIN: Final = re.compile(r"\s*(?:,|và|hay|hoặc|cùng)\s*$")
_PRIZES: Final = frozenset("Nhất Nhì Ba Tư Năm Khuyến Đặc Vàng Bạc Đồng A B C".split())
_EDITION: Final = re.compile(r"(?:19|20)\d\d|\d{1,3}|[IVXL]{1,6}")
_CAN: Final = frozenset("Giáp Ất Bính Đinh Mậu Kỷ Canh Tân Nhâm Quý".split())
_CHI: Final = frozenset("Tý Sửu Dần Mão Mẹo Thìn Tỵ Ngọ Mùi Thân Dậu Tuất Hợi".split())
_QUOTE: Final = re.compile(r"[“\"]([^”\"\n]{2,90})[”\"]")


def event_candidates(events: list[tuple[int, int]], toks: list[Token], idx: TokIndex,
                     gaz: Gazetteers, head_at, loc_at) -> list[Cand]:
    """MISC for named events (``events``: offsets of event words) with a trailing year."""
    out: list[Cand] = []
    for s, e in events:
        h, last = idx.at_start(s), idx.at_end(e)
        if h is None or last is None:
            continue
        if last + 1 < len(toks) and toks[last + 1][TEXT] in _PRIZES:
            continue  # "Giải Nhất" is a rank, not an event
        stop = org_end(toks, h, last + 1, gaz, head_at, loc_at, lenient=True)
        if stop is None:
            continue
        if stop + 1 < len(toks) and toks[stop][TEXT] in _CAN and toks[stop + 1][TEXT] in _CHI:
            stop += 2  # a lunar year name: "Giáp Thìn"
        if stop + 2 < len(toks) and lower(toks[stop][TEXT]) == "lần" and lower(toks[stop + 1][TEXT]) == "thứ":
            stop += 2 if _EDITION.fullmatch(toks[stop + 2][TEXT]) else 0  # "lần thứ 24"
        if stop < len(toks) and toks[stop][JOINED] and _EDITION.fullmatch(toks[stop][TEXT]) and not (
                stop + 1 < len(toks) and toks[stop + 1][TEXT] in _COUNTED):  # "nghỉ Tết 8 ngày"
            stop += 1  # a year, an edition or a term: "2025", "10", "XIII"
        elif stop + 1 < len(toks) and toks[stop][TEXT] == "năm" and toks[stop + 1][JOINED] and \
                _YEAR.fullmatch(toks[stop + 1][TEXT]) and (toks[h][TEXT] in _FESTIVAL_HEADS or (
                    h + 1 < len(toks) and (toks[h][TEXT], lower(toks[h + 1][TEXT])) in _YEARLY)):
            stop += 2  # "Lễ hội Đền Hùng năm 2025", "Kỳ thi … năm 2026": the year names the event
        if stop - 1 > h and toks[stop - 1][TEXT].isdigit() and len(toks[stop - 1][TEXT]) <= 3 \
                and stop < len(toks) and toks[stop][TEXT] in _COUNTED:
            stop -= 1  # "nghỉ Tết 8 ngày": the number counts days, no edition
        out.append((toks[h][START], toks[stop - 1][END], "MISC", 4))
    return out


_YEAR: Final = re.compile(r"(?:19|20)\d\d")
# Words a number after an event counts, so it is no edition: "nghỉ Tết 8 ngày".
_COUNTED: Final = frozenset("ngày tháng tuần giờ tiếng phút người lần đêm buổi triệu tỷ nghìn".split())
# Festivals name their year ("Lễ hội Đền Hùng năm 2025"); an award's year is when it was given.
_FESTIVAL_HEADS: Final = frozenset(("Lễ", "Festival", "Tuần", "Hội", "Liên", "Ngày"))
# Exams and championships held each year name it too ("Kỳ thi tốt nghiệp THPT năm 2026",
# "Giải Vô địch … quốc gia năm 2026"; not "Giải thưởng X" năm 2024, given that year).
_YEARLY: Final = frozenset((("Kỳ", "thi"), ("Giải", "vô")))
# "(?<![\w/.(-])[A-Z]{2,5}\d{1,3}" with the look-behind after the first capital, so that the
# engine can skip to the next capital letter (four times faster over a page).
_CODE_NAME: Final = re.compile(r"[A-Z](?<![\w/.(-].)[A-Z]{1,4}\d{1,3}(?![\w/.-])")
_NOT_BEFORE_CODE: Final = ("số", "mã", "hiệu", "lộ", "tuyến", "đường", "điều", "khoản", "phòng", "xe")


# A rice or crop variety after its crop word: "lúa IR 50404", "gạo ST25", "lúa Đài Thơm 8".
_VARIETY: Final = re.compile(r"(?<!\w)(?:[Ll]úa|[Gg]ạo|[Gg]iống lúa|[Gg]iống)\s+(?P<v>[A-ZĐ][A-Za-zĐđ]{0,4}\s?\d{1,5}"
                      r"(?![\d/])|[A-ZĐ]\w+\s[A-ZĐ]\w+\s\d{1,3}(?![\d/]))")


def variety_names(text: str, start: int, end: int) -> list[Cand]:
    """MISC (priority 5) for a crop variety named by a code or two capitalised words and a
    number after ``lúa``/``gạo``/``giống`` (``IR 50404``, ``ST25``, ``Đài Thơm 8``)."""
    return [(m.start("v"), m.end("v"), "MISC", 5) for m in _VARIETY.finditer(text, start, end)]


# Ethnic groups whose names are everyday words or name syllables (left out of
# misc_names.txt): a MISC only right after "người", "dân tộc", "đồng bào" ("hộ người Dao").
_AMBIGUOUS_GROUPS: Final = (r"Kinh|Thái|Hoa|Dao|Chăm|Mường|Thổ|Mạ|Co|Kháng|Cống|Mảng|Lự|Ngái|Cao Lan|"
                            r"La Chí|Vân Kiều|Ma Coong|Pa Kô|Tà Ôi|Mày|Rục|Arem")
_ETHNIC_AFTER_PEOPLE: Final = re.compile(
    r"(?<!\w)(?:[Nn]gười|[Dd]ân tộc|[Đđ]ồng bào|[Cc]ộng đồng)\s+"
    rf"(?P<v>{_AMBIGUOUS_GROUPS})(?![\w-]|\s+[A-ZĐ])")
# The next group of a list after the first: "đồng bào Ma Coong, Vân Kiều".
_ETHNIC_NEXT: Final = re.compile(rf",\s+(?P<v>{_AMBIGUOUS_GROUPS})(?![\w-]|\s+[A-ZĐ])")


def ethnic_names(text: str, start: int, end: int) -> list[Cand]:
    """MISC (priority 5) for an ambiguous ethnic group name after ``người``/``dân tộc``/
    ``đồng bào``/``cộng đồng`` (``người Dao``, ``dân tộc Thái``), and the next ones of its
    list (``đồng bào Ma Coong, Vân Kiều``); not ``người Thái Lan``."""
    out: list[Cand] = []
    for m in _ETHNIC_AFTER_PEOPLE.finditer(text, start, end):
        out.append((m.start("v"), m.end("v"), "MISC", 5))
        nxt = _ETHNIC_NEXT.match(text, m.end(), end)
        while nxt is not None:
            out.append((nxt.start("v"), nxt.end("v"), "MISC", 5))
            nxt = _ETHNIC_NEXT.match(text, nxt.end(), end)
    return out


# A nickname in quotation marks after a person's name: ", hay “Nam Bơ”", "(thường gọi là “Tư
# Lúa”)", "biệt danh “Bầu Đức”".
_NICKNAME: Final = re.compile(r"(?:\bhay|\bcòn gọi là|\bthường gọi là|\btức)\s+[“\"]"
                       r"(?P<v>[A-ZĐ][\w']*(?:\s[A-ZĐ][\w']*){0,2})[”\"]"
                       # after "biệt danh", "gọi (ông) là" a lowercase word may follow: "Vân sóc"
                       r"|(?:\bbiệt danh|\bbiệt hiệu|\bgọi(?:\s+(?:ông|bà|anh|chị|cô|em))?\s+là)\s+[“\"]"
                       r"(?P<w>[A-ZĐ][\w']*(?:\s[\w']+){0,2})[”\"]")
NICKNAME_WORDS: Final = frozenset(("hay", "gọi", "danh", "hiệu", "tức", "là"))


def nickname_candidates(text: str, start: int, end: int) -> list[Cand]:
    """PER (priority 5) for a capitalised nickname in quotation marks after ``hay``,
    ``còn gọi là``, ``biệt danh``… (``Nguyễn Hoàng Nam, hay “Nam Bơ”``)."""
    out: list[Cand] = []
    for m in _NICKNAME.finditer(text, start, end):
        group = "v" if m.group("v") else "w"
        out.append((m.start(group), m.end(group), "PER", 5))
    return out


# A product: a product line (and the brand before it) with its model words: "iPhone 17 Pro
# Max", "Samsung Galaxy Z Fold7", "Sony Bravia", "VF 3".
_PRODUCT: Final = re.compile(
    r"(?<![\w-])(?:(?:Samsung|Apple|Sony|LG|Xiaomi|Oppo|OPPO|Vivo|Huawei|Honda|Toyota|Yamaha|VinFast|"
    r"Nokia|Dell|Asus|Lenovo|Panasonic|Toshiba)\s+)?"
    r"(?:iPhone|iPad|MacBook|AirPods|Galaxy|Bravia|Pixel|Redmi|Reno|Vios|Camry|Vision|Wave|VF)"
    r"(?P<glued>\d{1,4}[A-Za-z]?)?"  # "Reno17 F", "Reno16": the number glued to the line
    r"(?:\s+(?:\d{1,4}[A-Za-z]{0,2}|[A-Z][A-Za-z]{0,5}\d{0,2}\+?|Pro\+?|Max|Plus|Ultra|Mini|Air|Lite"
    r"|series))*"
    r"(?![\w-])")
PRODUCT_WORDS: Final = frozenset(("iPhone", "iPad", "MacBook", "AirPods", "Galaxy", "Bravia", "Pixel",
                           "Redmi", "Reno", "Vios", "Camry", "Vision", "Wave", "VF",
                           # brands and chip lines before a model code (_MODEL)
                           "Xiaomi", "Oppo", "Vivo", "Realme", "OnePlus", "Honor", "Huawei",
                           "Samsung", "Nokia", "Asus", "Lenovo", "Dell", "HP", "Acer", "MSI",
                           "Dimensity", "Snapdragon", "Exynos", "Helio", "Tensor", "HyperOS",
                           "ColorOS", "OneUI", "Android", "iOS", "Windows", "Hyundai", "Kia",
                           "Mazda", "Ford", "Mitsubishi", "Suzuki", "Nissan", "Honda", "Toyota",
                           "BYD", "Tesla", "VinFast", "BMW", "Audi", "Lexus", "Peugeot",
                           "Chevrolet", "Subaru", "Isuzu", "Yamaha", "Piaggio", "MediaTek",
                           "Qualcomm"))


# A brand or chip line with a model code (a digit inside) and its suffixes: "Xiaomi 17T Pro",
# "Dimensity 9500+", "MediaTek Dimensity 8500 Ultra", "Snapdragon 8 Gen 5", "HyperOS 3"; or a
# brand with a model name and its year: "Hyundai Custin 2026".
_MODEL: Final = re.compile(
    r"(?<![\w-])(?:(?:MediaTek|Qualcomm|Samsung)\s+)?"
    r"(?:Xiaomi|Oppo|Vivo|Realme|OnePlus|Honor|Huawei|Samsung|Nokia|Asus|Lenovo|Dell|HP|Acer|MSI|"
    r"Dimensity|Snapdragon|Exynos|Helio|Tensor|HyperOS|ColorOS|OneUI|Android|iOS|Windows|"
    r"Hyundai|Kia|Mazda|Ford|Mitsubishi|Suzuki|Nissan|Honda|Toyota|BYD|Tesla|VinFast|BMW|Audi|Lexus|"
    r"Peugeot|Chevrolet|Subaru|Isuzu|Yamaha|Piaggio)"
    r"(?:\s+(?:[A-Z]?\d{1,5}[A-Za-z]{0,3}\+?|[A-Z][a-z]+(?=\s+(?:19|20)\d{2}\b)|(?:19|20)\d{2})"
    r"(?:\s+(?:Pro|Max|Plus|Ultra|Mini|Lite|Gen\s+\d{1,2}|Edge|Fold\d?|Flip\d?|FE|SE|\d{1,4}))*)"
    r"(?![\w+-])")


def product_candidates(text: str, start: int, end: int) -> list[Cand]:
    """MISC (priority 6) for a product named by its line and model, with its brand before it
    (``Samsung Galaxy Z Fold7``, ``iPhone 17 Pro Max``), or by a brand or chip line with a
    model code (``Xiaomi 17T Pro``, ``Dimensity 9500+``, ``Hyundai Custin 2026``); a line
    word alone (``Galaxy``) is no product name (``VF`` needs its number)."""
    out: list[Cand] = []
    for m in _PRODUCT.finditer(text, start, end):
        words = m.group().split()
        if (len(words) >= 2 or m.group("glued")) and not (words[-1] == "VF"):
            out.append((m.start(), m.end(), "MISC", 6))
    if any(ch.isdigit() for ch in text[start:end]):
        out.extend((m.start(), m.end(), "MISC", 6) for m in _MODEL.finditer(text, start, end))
    for m in _CAR_MODEL.finditer(text, start, end):  # "Mitsubishi Xpander", "Ford Ranger"
        if not vietnamese_syllable(m.group("model")):  # (not the firm "Hyundai Thành Công")
            out.append((m.start(), m.end(), "MISC", 6))
    return out


# A car maker and a model named by a word that is no Vietnamese syllable.
_CAR_MODEL: Final = re.compile(
    r"(?<![\w-])(?:Mitsubishi|Ford|Hyundai|Toyota|Kia|Mazda|Honda|Suzuki|Nissan|Isuzu|Peugeot|"
    r"Chevrolet|Subaru|Lexus|BYD|VinFast|Mercedes|Volkswagen|Skoda|MG|Chery|Geely)"
    r"\s+(?P<model>[A-Z][a-z]{2,12})(?![\w-])")


# Foreign capitalised words and a model number, with model suffixes: "Amazfit Balance 3",
# "Balance 3 Pro", "Apple Watch Series 11", "Zepp OS 5" (what follows is checked in code).
_FOREIGN_MODEL: Final = re.compile(
    r"(?<![\w.-])(?P<run>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3})\s+"
    r"(?:(?!(?:19|20)\d\d\b)\d{1,4}|\(\d{1,2}[a-z]{0,2}\))"  # "Nothing Phone (4a)"
    r"(?:\s+(?:Pro|Max|Plus|Ultra|Mini|Lite|Air|SE|FE|Edge|Neo|GT|Series))*"
    r"(?=$|[,;:!?)|\]\n]|\.(?!\d)|\s+(?P<next>\S+))")
# Lowercase words a product's name is followed by (not a count's unit: "Messi 8 lần").
_AFTER_MODEL: Final = frozenset("ra có được và với sẽ đã là giá chạy của tại trang sở dùng hỗ mới "
                                "bản phiên cũng vẫn đang hiện thì này khi từ gồm nặng được bán "
                                "chính thức lên về cho ở trong hay hoặc sau trước chọn nổi không chỉ đều "
                                "ra mắt".split())


_NOT_MODEL_WORDS: Final = frozenset("Km France Route Level Phase Grade Round Season Group Top Class "
                                   "Channel Quận Phase Tier Vol Part Chapter Game Games".split())


def model_candidates(text: str, start: int, end: int) -> list[Cand]:
    """MISC (priority 6) for a product named by foreign capitalised words and a model number
    (``Amazfit Balance 3``, ``Balance 3 Pro``, ``Apple Watch Series 11``): at least one word
    cannot be Vietnamese, the number is no year, and after it comes the clause's end, a
    model suffix or a verb-like word (``ra mắt``, ``có giá``), not a unit (``Messi 8 lần``)."""
    out: list[Cand] = []
    for m in _FOREIGN_MODEL.finditer(text, start, min(end, len(text))):
        run = m.group("run").split()
        if m.end() > end or not any(_foreign(w) and not w.isupper() for w in run) or run[0].isupper() \
                or run[0] in _NOT_MODEL_WORDS or text.startswith(":", m.end()):
            continue  # "AQI 152", "QCVN 05:2023", "Km 27", "France 24": no product
        prev = text[max(start, m.start() - 20):m.start()].split()[-1:]
        if prev and (prev[0].isdigit() or (prev[0][:1].isupper() and _foreign(prev[0]))):
            continue  # "Snapdragon 8 Elite Gen 6": the name started before
        after = m.group("next")
        if after is not None and after[:1].islower() and after.rstrip(",.;:") not in _AFTER_MODEL:
            continue
        if after is not None and (after[:1] in "-–/+" or after[:1].isupper()):
            continue  # "Snapdragon 8 Elite …", "Pro+": the name goes on past what was read
        out.append((m.start(), m.end(), "MISC", 6))
    return out


# A firm named in English after Vietnamese or foreign words: "Chạm Labs", "Sông Hàn Ventures".
_FIRM_NAME: Final = re.compile(r"(?<![\w&-])(?:\w[\w-]*\s+){1,3}(?:Labs|Lab|Ventures|Capital|Holdings|"
                               r"Partners|Studio|Studios|Software|Technologies|Foundation|Research|Analytics|"
                               r"Consulting|Insights|Insurance|Securities|Logistics|Pharma|Motors|Airlines|Compute|"
                               r"Robotics|Entertainment)(?![\w-])")
# Words that open no firm's name before it: "Startup Việt Saola Labs" is "Saola Labs".
_NOT_IN_FIRM: Final = frozenset("Startup Start-up Quỹ Hãng Nhóm Công Việt".split())
FIRM_WORDS: Final = frozenset(("Labs", "Lab", "Ventures", "Capital", "Holdings", "Partners", "Studio",
                               "Studios", "Software", "Technologies", "Foundation", "Research", "Analytics",
                               "Consulting", "Insights", "Insurance", "Securities", "Logistics", "Pharma",
                               "Motors", "Airlines", "Compute", "Robotics", "Entertainment"))


def firm_candidates(text: str, start: int, end: int) -> list[Cand]:
    """ORG (priority 6) for capitalised words ending in an English firm word (``Chạm Labs``,
    ``Sông Hàn Ventures``): a start-up or fund, not a place or a person."""
    out: list[Cand] = []
    for m in _FIRM_NAME.finditer(text, start, end):
        words = m.group().split()
        k = len(words) - 1  # the firm word; walk back over capitalised words
        while k > 0 and words[k - 1][:1].isupper() and words[k - 1] not in _NOT_IN_FIRM:
            k -= 1
        if k < len(words) - 1:
            at = m.end() - len(" ".join(words[k:]))
            out.append((at, m.end(), "ORG", 6))
    return out


# A sports event or show named in English, with its tier and year: "Vietnam Open 2026", "BWF
# World Tour Super 100", "Hong Kong Open", "Ho Chi Minh City Marathon 2025".
_EN_EVENT: Final = re.compile(r"(?<![\w-])(?:[A-Z][A-Za-z]*\s+){1,4}(?:Open|Masters|Tour|Marathon|Grand Prix|"
                              r"Championships?|Series|Expo|Awards|Festival)"
                              r"(?:\s+Super\s+\d{2,4})?(?:\s+(?:19|20)\d\d)?(?![\w-])")
EVENT_WORDS: Final = frozenset(("Open", "Masters", "Tour", "Marathon", "Prix", "Championship",
                                "Championships", "Series", "Expo", "Awards", "Festival"))


def english_event_candidates(text: str, start: int, end: int) -> list[Cand]:
    """MISC (priority 6) for an event named in English words ending in an event word, with
    its tier and year (``Vietnam Open 2026``, ``BWF World Tour Super 100``)."""
    return [(m.start(), m.end(), "MISC", 6) for m in _EN_EVENT.finditer(text, start, end)]


# A team's line-up: "Newcastle United: Kell; Ashworth, Schiller, …" (one line).
_LINEUP: Final = re.compile(r"[^:\n]{2,50}:\s*(?P<list>[^:\n]+)")
_LINEUP_ITEM: Final = re.compile(r"[A-ZÀ-ÖØ-ÞĐ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĐ][\w'’-]*){0,2}")


def lineup_candidates(text: str, start: int, end: int) -> list[Cand]:
    """PER (priority 2) for each player of a line-up line ``Đội: A; B, C, D, E; …``: six
    names or more separated by commas and semicolons, each one to three capitalised words,
    most of them foreign (a list of Vietnamese places or subjects is no line-up)."""
    m = _LINEUP.fullmatch(text, start, len(text[start:end].rstrip()) + start)
    if m is None:
        return []
    out: list[Cand] = []
    foreign = 0
    pos = m.start("list")
    for part in re.split(r"([,;])", m.group("list")):
        if part in (",", ";"):
            pos += 1
            continue
        item = part.strip()
        at = pos + (len(part) - len(part.lstrip()))
        pos += len(part)
        if not item:
            continue
        if _LINEUP_ITEM.fullmatch(item) is None:
            return []
        foreign += any(_foreign(w) for w in item.split())
        out.append((at, at + len(item), "PER", 2))
    return out if len(out) >= 6 and foreign * 2 > len(out) else []


# A league with its sponsor and season: "LPBank V.League 1-2025/26", "Night Wolf V.League 1
# 2024/25", "V.League 2 - 2025".
_LEAGUE: Final = re.compile(r"(?<![\w.])(?:(?:[A-Z][A-Za-z]+|Night Wolf)\s+)?V[.-]League"
                            r"(?:\s*[12](?![\d/]))?(?:\s*-?\s*(?:19|20)\d{2}(?:/(?:20)?\d{2})?)?(?![\w/])")


def league_candidates(text: str, start: int, end: int) -> list[Cand]:
    """MISC (priority 7) for a football league written with its sponsor or season."""
    out: list[Cand] = []
    for m in _LEAGUE.finditer(text, start, end):
        if m.group() not in ("V.League", "V-League"):
            out.append((m.start(), m.end(), "MISC", 7))
    return out


# Initials of a person the report keeps anonymous: "anh N.V.T. (SN 1995)", "chị H.", "tài xế
# P.V.Đ." (after a form of address or a role), the final dot included.
_INITIALS: Final = re.compile(r"(?<!\w)(?:[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Ee]m|[Cc]háu|[Tt]ài xế|[Bb]ị cáo|"
                       r"[Bb]ị can|[Nn]ạn nhân|[Nn]ghi phạm|đối tượng|[Bb]é|[Cc]ụ|[Nn]hân viên|"
                       r"[Bb]ệnh nhân|[Bb]ệnh nhi|[Ss]ản phụ|[Hh]ọc sinh|[Ss]inh viên)"
                       r"\s+(?P<v>[A-ZĐ]\.(?:[A-ZĐ]\.){0,3})(?!\w)")
# the words before a last initial: "Nguyễn Văn T." (a surname, up to three capitalised words)
_NAME_BEFORE_INITIAL: Final = re.compile(r"(?<![\w.])((?:\w+ ){1,4})$")


_INITIAL_AT: Final = re.compile(r"[A-ZĐ]\.(?![^\s,;:)(.])")  # a capital and its dot, a space (or a
# sentence's full stop: "bà L.T.Q..") after


def initials_candidates(text: str, start: int, end: int,
                        surnames: frozenset[str] = frozenset()) -> list[Cand]:
    """PER (priority 6) for initials after a form of address or a role (``anh N.V.T.``,
    ``nhân viên P.Q.K.``) and (priority 7) for a name whose last syllable is an initial
    (``Nguyễn Văn T.``: a listed surname and one to three capitalised words before it, the
    dot included); the full patterns are tried only where an initial and its dot end a
    word (speed)."""
    out: list[Cand] = []
    last = -1
    for hit in _INITIAL_AT.finditer(text, start, end):
        at = hit.start()
        while at - 2 >= start and text[at - 1] == "." and text[at - 2].isupper():
            at -= 2  # back to the first initial of "N.V.T."
        if at <= last:
            continue
        if at == hit.start() and surnames and at > start and text[at - 1] == " ":
            named = _NAME_BEFORE_INITIAL.search(text, max(start, at - 40), at)
            if named is not None:
                words = named.group(1).split()
                first = next((k for k, w in enumerate(words) if w in surnames), -1)
                if 0 <= first and len(words) - first <= 3 and all(
                        w[0].isupper() for w in words[first:]):
                    s = named.start(1) + sum(len(w) + 1 for w in words[:first])
                    out.append((s, hit.end(), "PER", 7))
                    last = hit.end()
                    continue
        m = next((x for x in _INITIALS.finditer(text, max(start, at - 14), hit.end())
                  if x.start("v") == at), None)  # ("anh M. và chị P.": not the first in reach)
        if m is not None:
            out.append((m.start("v"), m.end("v"), "PER", 6))
            last = m.end("v")
    return out


def initial_occurrences(text: str, start: int, end: int, initials: set[str]) -> list[Cand]:
    """PER (priority 1) for a lone initial (``T.``) of a person the document named with it
    (``Nguyễn Văn T.``): not inside other initials (``N.T.``) nor before a letter."""
    out: list[Cand] = []
    for initial in initials:
        at = text.find(initial, start, end)
        while at >= 0:
            stop = at + 2
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == ".")) and (
                    stop >= len(text) or not (text[stop].isalnum() or text[stop] == ".")):
                out.append((at, stop, "PER", 1))
            at = text.find(initial, stop, end)
    return out


def name_occurrences(text: str, start: int, end: int, names: set[str],
                     label: str = "PER") -> list[Cand]:
    """``label`` (priority 5) for every other occurrence of a name the document gave (a
    nickname: PER; a chain's brand: ORG)."""
    out: list[Cand] = []
    for name in names:
        at = text.find(name, start, end)
        while at >= 0:
            stop = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (stop >= len(text) or not text[stop].isalnum()):
                out.append((at, stop, label, 5))
            at = text.find(name, stop, end)
    return out


# A chain or a brand named after its kind word: "chuỗi Rang Mộc", "thương hiệu Phở Thìn",
# "chuỗi cà phê Highlands Coffee" (the kind word and the trade are left out).
_CHAIN: Final = re.compile(r"(?<!\w)(?:[Cc]huỗi|[Tt]hương hiệu)\s+(?:(?:cửa hàng|siêu thị|nhà hàng|quán|"
                           r"cà phê|nhà thuốc|bán lẻ|thời trang)\s+)?(?P<b>[^\W\d_][\w&'.-]*"
                           r"(?:\s+[^\W\d_][\w&'.-]*){0,3})")


def chain_candidates(text: str, start: int, end: int) -> list[Cand]:
    """ORG (priority 5) for the capitalised name after ``chuỗi`` / ``thương hiệu``."""
    out: list[Cand] = []
    for m in _CHAIN.finditer(text, start, end):
        words = []
        for w in m.group("b").split():
            if not w[:1].isupper():
                break
            words.append(w.rstrip(".,"))
            if w[-1:] in ".,":
                break
        if words:
            at = m.start("b")
            out.append((at, at + len(" ".join(words)), "ORG", 5))
    return out


def code_names(text: str, start: int, end: int) -> list[Cand]:
    """MISC (priority 3) for an event, model or product written as capitals and a number
    (``COP30``, ``APEC2027``, ``VF8``); not a number, road, article or room code after
    ``số``, ``mã``, ``quốc lộ``, ``Điều``…, nor an acronym in brackets (``(C02)``: an
    organisation's, see :func:`goldspan.extract.entities.paren_acronyms`)."""
    out: list[Cand] = []
    for m in _CODE_NAME.finditer(text, start, end):
        before = text[max(start, m.start() - 12):m.start()].split()
        if before and lower(before[-1]) in _NOT_BEFORE_CODE:
            continue
        out.append((m.start(), m.end(), "MISC", 3))
    return out


# _CODE_NAME or _TWO_LATIN_CAPS (group "pair"), in one pass over a paragraph: they share
# the first capital, and no match of one can overlap a match of the other (a code has no
# lowercase letter, each word of a pair has one and no digit), so the matches of the
# first are exactly _CODE_NAME's and a pair is found when _TWO_LATIN_CAPS finds one.
_CODE_OR_PAIR: Final = re.compile(r"[A-Z](?:(?<![\w/.(-].)[A-Z]{1,4}\d{1,3}(?![\w/.-])"
                           r"|(?P<pair>[A-Za-z]*[a-z][A-Za-z]*\s+[A-Z][A-Za-z]*[a-z]))")


def code_names_and_pair(text: str, start: int, end: int) -> tuple[list[Cand], bool]:
    """:func:`code_names` of ``text[start:end]`` and whether two joined capitalised Latin
    words occur there (what :func:`foreign_per_candidates` needs), in one regex pass."""
    out: list[Cand] = []
    pair = False
    for m in _CODE_OR_PAIR.finditer(text, start, end):
        if m.lastgroup == "pair":
            pair = True
            continue
        before = text[max(start, m.start() - 12):m.start()].split()
        if before and lower(before[-1]) in _NOT_BEFORE_CODE:
            continue
        if m.group() in _FORMULAS:
            continue  # "tấn CO2", "bụi PM10": a substance, no name
        out.append((m.start(), m.end(), "MISC", 3))
    return out, pair


# Chemical formulas and pollutant codes the code pattern would take for names.
_FORMULAS: Final = frozenset("CO2 NO2 SO2 CH4 N2O O2 O3 H2 NH3 PM10 PM1 HFC23 SF6".split())


def quoted_titles(text: str, start: int, end: int) -> list[Cand]:
    """MISC for a quoted title right after a naming noun (priority 4)."""
    out: list[Cand] = []
    if text.find("\"", start, end) < 0 and text.find("“", start, end) < 0:
        return out
    for m in _QUOTE.finditer(text, start, end):
        inner = m.group(1)
        if not is_title_like(inner):
            continue
        if out and out[-1][1] + 1 <= m.start() and _LIST_JOIN.fullmatch(text, out[-1][1] + 1, m.start()):
            out.append((m.start(1), m.end(1), "MISC", 4))  # the next title of a list
            continue
        before = text[max(start, m.start() - 30):m.start()].split()
        if not before:
            continue
        last1 = lower(before[-1])
        last2 = lower(" ".join(before[-2:]))
        if last1 in _TITLE_NOUNS or last2 in _TITLE_NOUNS or (last1 in ("như", "là") and any(
                lower(w) in _TITLE_NOUNS for w in before[-6:-1])) or _AUTHOR_AFTER.match(
                text, m.end(), min(end, m.end() + 24)):  # "bản ballad như “…”", "“…” của đạo diễn X"
            out.append((m.start(1), m.end(1), "MISC", 4))
    return out


def is_title_like(inner: str) -> bool:
    """A short capitalised phrase that is not a sentence (no final stop, ≤ 10 words), tight
    against its quote marks (a span never starts or ends with a space)."""
    return (bool(inner) and inner == inner.strip() and inner[0].isupper() and inner[-1] not in ".!?…,;:"
            and len(inner.split()) <= 10 and ". " not in inner)


def quoted_occurrences(text: str, start: int, end: int, titles: set[str]) -> list[Cand]:
    """MISC for quotes elsewhere in the document whose text is a known title."""
    return [(m.start(1), m.end(1), "MISC", 4) for m in _QUOTE.finditer(text, start, end)
            if m.group(1) in titles]


def _foreign(word: str) -> bool:
    """True if ``word`` is Latin-1 letters (``Doué``) that cannot be a Vietnamese syllable.

    No cache: one kept across documents would make the benchmark's repeated articles look
    faster than new ones (bench/extract_speed.py)."""
    if word.isascii():
        return word.isalpha() and not vietnamese_syllable(word)
    if _LATIN1.fullmatch(word) is None:
        return False  # "Việt", "Đức": Vietnamese letters
    if word in _ACCENTED_PLACES:
        return False  # "Perú", "México": places written in their own language
    if _NOT_VI_LETTER.search(word):
        return True  # "Muñoz", "Gündoğan", "François"
    base = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    rhyme = base[2:] if lower(base[:2]) in ("gi", "qu") else base  # "Giáo", "Quái"
    return not vietnamese_syllable(base) or any(
        len(run) >= 3 and lower(run) not in _VI_TRIPHTHONGS for run in _VOWEL_RUN.findall(rhyme))


# Letters of Latin-1 only: "Doué", "Matías", "Ferrán" may be foreign; "Việt" (ệ) is not.
_LATIN1: Final = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")


_ACCENTED_PLACES: Final = frozenset("Perú México Panamá Canadá Haití Bogotá Medellín Asunción Córdoba "
                                    "Málaga Sevilla Valparaíso Mérida Cádiz Bélgica Québec".split())
_NOT_VI_LETTER: Final = re.compile(r"[ñçüöäëïøåßÑÇÜÖÄËÏØÅ]")
_VOWEL_RUN: Final = re.compile(r"[aeiouyAEIOUY]+")
# Three vowels in a row that a Vietnamese syllable can hold, toneless ("Doué" has "oue").
_VI_TRIPHTHONGS: Final = frozenset("oai oay uay uya uye uyu ieu yeu uoi uou oeo uoc uao ueu uoa".split())


def _latin1(word: str) -> bool:
    """``word`` is written in Latin-1 letters only (ASCII or ``é``, ``í``, ``ñ``…)."""
    return word.isascii() or _LATIN1.fullmatch(word) is not None


# English words that make a foreign-looking run an organisation or product, not a person.
_PARTICLES: Final = frozenset("van von de der den da dos del du di bin ibn al".split())
# Last words of a firm's English name: "Saola Labs", "Tidewater Ventures", "Blue Heron Capital".
FIRM_ENDS: Final = frozenset("Labs Lab Ventures Capital Group Holdings Corp Corporation Inc Ltd JSC "
                             "Technologies Partners Fund Studio Studios Games Software Systems "
                             "Solutions Foundation Bank Airlines Airways Logistics Pharma Motors "
                             "Energy Investment Company Research Analytics Consulting Insights "
                             # media: "Sky Sports", "Fox News", "Yomiuri Shimbun"
                             "Sports Sport TV Radio Channel News Press Times Post Journal Herald "
                             "Tribune Gazette Shimbun".split())
ORGISH: Final = frozenset("""Office Box News Group Bank Airlines Airways Corporation Corp Company Co
Center Centre University College Post Times Digital Online Media Global International Holdings
Capital Energy Motors Investment Foundation Institute Association Agency Studio Studios Games
League Cup Club Fund Airport Hotel Resort Mall Plaza Tower Park Riverside Land City Express
Tour Open Masters Super Series Championship Championships Grand Prix Marathon Festival Expo
Technology Technologies Tech Software Systems Network Networks Entertainment Records Pictures
Vietnam Viet Asia Pacific Service Services Solutions Partners Logistics Pharma Foods Food Air
Airline Jet Line Lines Cruise Cruises Shipping Bus Taxi Pay Wallet Coffee Café Cafe Tea Beer""".split())


# Necessary for a foreign name: two whitespace-joined ASCII words, each capitalised and
# not all capitals (so with a lowercase letter).
_TWO_LATIN_CAPS: Final = re.compile(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*\s+[A-Z][A-Za-z]*[a-z]")


# Lowercase words before a foreign run that make it a body's name, not a person's.
_ORG_BEFORE: Final = frozenset(("đảng", "quỹ", "hãng", "nhóm", "clb", "liên minh", "phong trào",
                                "tập đoàn", "công ty", "câu lạc bộ", "cánh hữu", "cánh tả",
                                "trung tả", "trung hữu", "đối lập", "cầm quyền"))


def _org_word_before(toks: list[Token], i: int) -> bool:
    """One or two lowercase words right before token ``i`` name a kind of body."""
    one = lower(toks[i - 1][TEXT]) if i >= 1 else ""
    two = f"{lower(toks[i - 2][TEXT])} {one}" if i >= 2 else ""
    return one in _ORG_BEFORE or two in _ORG_BEFORE


def foreign_per_candidates(toks: list[Token], names_end: dict[int, int],
                           texts: list[str], text: str, start: int, end: int,
                           words: set[str]) -> list[Cand]:
    """PER for 2-3 joined capitalised words that cannot be Vietnamese and are not part of a
    listed name (``names_end``: token index -> end index of a listed name there, so that
    ``Indonesia`` of ``Indonesia Prabowo Subianto`` is left out).

    A run can only open on a foreign capitalised word (``texts``: the token texts), so
    only those positions are tried, left to right, each after the previous run's end;
    a paragraph ``text[start:end]`` without two such words in a row is skipped at once.
    """
    out: list[Cand] = []
    if not _TWO_LATIN_CAPS.search(text, start, end):
        return out  # no two joined capitalised Latin words with lowercase letters
    opening = {w for w in filter(_latin1, words) if w[0].isupper() and _foreign(w)
               and not w.isupper()}
    if not opening:
        return out
    listed = {k for i, j in names_end.items() for k in range(i, j)}
    n = len(toks)
    resume = 0
    for i in compress(range(n), map(opening.__contains__, texts)):
        if i < resume or i in listed:
            continue
        j = i
        while j < n and j - i < 3 and toks[j][CAP] and (j == i or toks[j][JOINED]) \
                and not toks[j][TEXT].isupper() and _foreign(toks[j][TEXT]) and j not in listed:
            j += 1
        if j - i >= 2:
            words = {t[TEXT] for t in toks[i:j]}
            if toks[j - 1][TEXT] in FIRM_ENDS:  # "Saola Labs", "Blue Heron Capital": a firm
                out.append((toks[i][START], toks[j - 1][END], "ORG", 1))
            elif _org_word_before(toks, i):  # "đảng cánh hữu Nuevo Rumbo", "quỹ Blue Heron"
                out.append((toks[i][START], toks[j - 1][END], "ORG", 1))
            elif not words & ORGISH:
                last = j - 1
                if j + 1 < n and toks[j][TEXT] in _PARTICLES and toks[j][JOINED] \
                        and toks[j + 1][CAP] and toks[j + 1][JOINED]:
                    last = j + 1  # "Pieter Jan van Smits": the particle and the family name
                out.append((toks[i][START], toks[last][END], "PER", 1))
            resume = j
    return out


# A stock ticker: three capitals before a traded sum or a move in percent ("VHM (218 tỷ
# đồng)", "VIC giảm 2,8%"), or after "cổ phiếu"/"mã" ("cổ phiếu MSN").
_TICKER: Final = re.compile(r"(?<![\w-])(?P<a>[A-Z]{3})(?=\s+\([\d.,]+\s+tỷ đồng\)|\s+(?:tăng|giảm)\s+[\d,]+%)"
                            r"|(?:cổ phiếu|mã)\s+(?P<b>[A-Z]{3})(?![\w-])")
_NOT_TICKERS: Final = frozenset("GDP CPI FDI OTP PMI VAT USD VND ROE ROA EPS GRDP ODA".split())
TICKER_WORDS: Final = frozenset(("tăng", "giảm", "phiếu", "mã", "đồng"))


def ticker_candidates(text: str, start: int, end: int) -> list[Cand]:
    """ORG (priority 2) for stock tickers in a market report (``VIC giảm 2,8%``)."""
    out: list[Cand] = []
    for m in _TICKER.finditer(text, start, end):
        g = "a" if m.group("a") else "b"
        if m.group(g) not in _NOT_TICKERS:
            out.append((m.start(g), m.end(g), "ORG", 2))
    return out
