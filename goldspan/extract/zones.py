"""``zones@1``: zone spans for plain-text news page dumps (GUIDELINES.md, layer ``zone``).

One span per non-empty line, covering the whole line. The first line is the TITLE; the
LEAD is the source-tagged paragraph near the top (``(LĐTĐ)``, ``TTO -``...) or the first
real paragraph after the title; the page's trailing BOILERPLATE starts at the first section
marker (``Có thể bạn quan tâm``, ``Tin khác``, ``Tags:``... from many sites) or at the first
repeated teaser block; short author lines just before it are BYLINE; inside the article,
photo blocks are CAPTION, lists of linked headlines RELATED and everything else BODY.
The line predicates live in :mod:`goldspan.extract.zones_rules`.
"""

from __future__ import annotations

import re
from typing import Final

from goldspan.extract import zones_rules as r
from goldspan.extract.base import Extractor, ExtractResult
from goldspan.extract.registry import register
from goldspan.extract.speech_labels import parse_label
from goldspan.model.document import Document

# A speaker label opening an interview paragraph: never a byline, caption or related line.
_LABEL = re.compile(r"^[^:\n]{1,60}:\s+\S")
_LEAD_WINDOW = 6


def classify_lines(lines: list[str], joined: list[bool]) -> list[str]:
    """Zone label of each non-empty line; ``joined[i]``: line i follows i-1 with no blank line."""
    return classify([r.Line(line) for line in lines], joined)


def classify(lines: list[r.Line], joined: list[bool]) -> list[str]:
    """:func:`classify_lines` of the document's :class:`~zones_rules.Line` objects."""
    n = len(lines)
    labels = ["BODY"] * n
    if n == 0:
        return labels
    top = find_title(lines)
    for i in range(top):
        labels[i] = "BOILERPLATE"
    labels[top] = "TITLE"
    title = lines[top]
    lead = find_lead(lines, title, top)
    first = top + 1
    if lead is not None:
        for i in range(top + 1, lead):
            labels[i] = _pre_lead_label(lines[i], title)
            if labels[i] == "BOILERPLATE" and i > top and labels[i - 1] == "BYLINE" \
                    and _AFFILIATION.fullmatch(lines[i].stripped):
                labels[i] = "BYLINE"  # the authors' institution under their names
        labels[lead] = "LEAD"
        first = lead + 1
    end, related, boxed = find_end(lines, first, title)
    for i in related:
        labels[i] = "RELATED"
    for i in boxed:
        labels[i] = "BOILERPLATE"
    for i in range(end, n):
        labels[i] = "BOILERPLATE"
    _mark_bylines(lines, labels, first, end)
    _mark_article(lines, joined, labels, first, end, title, lead)
    _mark_contents(lines, labels, first, end)
    for i in range(max(first, end - 3), min(n, end + 1)):
        if labels[i] == "BOILERPLATE" and labels[i - 1] == "BYLINE" and byline_affiliation(lines[i].stripped):
            labels[i] = "BYLINE"  # "Thanh Tân" over "(Trung tâm Văn hóa - Truyền thông huyện X)"
    return labels


def byline_affiliation(line: str) -> bool:
    """``line`` is an author's body in brackets (``(Trung tâm Văn hóa - Truyền thông huyện
    Trạm Tấu)``), which belongs to the byline above it."""
    return line.startswith("(") and line.endswith(")") and _AFFILIATION.fullmatch(
        line[1:-1].replace(" - ", " ")) is not None


# Who posted the page, under the headline: "Đăng bởi Thảo Nguyên", "Tác giả: Minh Anh".
_POSTED_BY: Final = re.compile(r"(?:Đăng bởi|Viết bởi|Người viết:|Tác giả:)\s+[A-ZĐÀ-Ỹ][\w]*(?:\s+[A-ZĐÀ-Ỹ][\w]*){0,3}")
_CONTENTS_HEAD: Final = frozenset(("mục lục", "mục lục bài viết", "nội dung chính", "nội dung bài viết"))


def _mark_contents(lines: list[r.Line], labels: list[str], first: int, end: int) -> None:
    """A table of contents in the article (``Mục lục`` over numbered lines that come back
    as the article's subheadings) is page furniture: the heading and its items."""
    for i in range(first, end):
        if lines[i].stripped.casefold().rstrip(":") not in _CONTENTS_HEAD:
            continue
        items = []
        k, last = i + 1, 0
        while k < end and (m := _NUMBERED.match(lines[k].stripped)) and int(m.group(1)) > last:
            items.append(k)  # (numbering that starts again is the article's first heading)
            last = int(m.group(1))
            k += 1
        later = {lines[j].stripped for j in range(k, end)}
        if len(items) >= 2 and sum(lines[j].stripped in later for j in items) * 2 >= len(items):
            for j in (i, *items):
                labels[j] = "BOILERPLATE"


_NUMBERED: Final = re.compile(r"(\d{1,2})[.)]\s+\S")


# A site named by its domain over its kind: "Bongdaplus.vn - Báo điện tử Bóng đá".
_DOMAIN_MASTHEAD: Final = re.compile(r"[\w-]+\.(?:vn|com|net|com\.vn)\s+[-–|]\s+\S")
_DOMAIN_ONLY: Final = re.compile(r"[\w-]+\.(?:vn|com|net|org|com\.vn|net\.vn|org\.vn)")
TITLE_REACH = 8  # the title is one of the page's first lines (a masthead, menus, dates above)


def find_title(lines: list[r.Line]) -> int:
    """Index of the title: the first line that is not page furniture (breadcrumbs, dates),
    moved down to the headline right above a source-tagged lead when only short lines
    (a masthead, menu words) come before that headline (:func:`_headline_over_tag`)."""
    menu_end = _vertical_menu_end(lines)
    for i, line in enumerate(lines[:max(TITLE_REACH, menu_end + 2)]):
        if not (r.chrome(line) or r.marker(line) or _section_name(lines, i)
                or (i < 2 and _masthead(lines, i)) or _ticker_above_menu(lines, i)
                or _banner(lines, i) or (0 < i < 3 and _owner_line(line.stripped))
                or (i > 0 and _short_banner(lines, i)) or (i == 0 and _brand_over_menu(lines))
                or (i == 1 and _edition_over_menu(lines, 1) and _brand_over_menu(lines))
                or (i < 6 and _price_bar(line.stripped))
                or (i < 6 and _over_navigation(lines, i)) or i < menu_end
                or (0 < i < 3 and _tagline(lines, i))
                or (i == 0 and " - " in line.stripped and _tagline(lines, 0))  # "VnExpress - Báo
                # tiếng Việt nhiều người xem nhất" over the menu
                or (0 < i < 3 and r.english_brand(line.stripped))  # "Quang Ninh Province Portal"
                or (i < 2 and _DOMAIN_MASTHEAD.match(line.stripped) is not None)  # "X.vn - Báo …"
                or (i == 0 and _DOMAIN_ONLY.fullmatch(line.stripped) is not None)  # "Kinhtedothi.vn"
                or _menu_item_again(lines, i)
                or (0 < i < 3 and _note_under_banner(lines, i))
                or (i == 0 and 0 < r.words(line.stripped) <= 3 and len(lines) > 2
                    and _tagline(lines, 1))  # "ICTnews" over its tagline and menu
                or (i == 0 and 0 < r.words(line.stripped) <= 6 and len(lines) > 2
                    and _owner_line(lines[1].stripped))):  # "NHÂN DÂN cuối tuần" over its owner
            return _headline_over_tag(lines, i)
    return 0


def _note_under_banner(lines: list[r.Line], i: int) -> bool:
    """A sentence right under an archive banner at the page's top (``Từ ngày 1/7/2025, tỉnh
    Tiền Giang và tỉnh Đồng Tháp hợp nhất …``): the banner's note, not the headline."""
    return (lines[i].stripped.endswith(".") and r.chrome(lines[i - 1])
            and r.ARCHIVE_BANNER.search(lines[i - 1].stripped) is not None)


def _menu_item_again(lines: list[r.Line], i: int) -> bool:
    """Line ``i`` (at most six words, no sentence end) repeats an item of a menu line above
    it: the page's section (``Câu chuyện kinh doanh`` under ``… | Câu chuyện kinh doanh | …``)."""
    line = lines[i].stripped
    if i == 0 or not 0 < r.words(line) <= 6 or r.ends_sentence(line):
        return False
    key = line.casefold()
    return any(key in r.menu_items(lines[k].stripped) for k in range(i))


def _before_body(labels: list[str], i: int, lead: int | None) -> bool:
    """Line ``i`` comes at most six lines under the lead with only a photo block, page
    furniture or links between them: still above the article's first body paragraph."""
    return lead is not None and lead < i <= lead + 6 and i - 1 > lead and all(
        labels[k] in ("CAPTION", "BOILERPLATE", "RELATED") for k in range(lead + 1, i))


def _under_top(labels: list[str], i: int, first: int, lead: int | None) -> bool:
    """Line ``i`` comes right under the title or the lead, or under the links line that
    follows the lead (``Đức Thịnh thực hiện`` after the lead's related headlines)."""
    return i - 1 in (first - 1, lead) or (lead is not None and i - 2 == lead
                                          and labels[i - 1] == "RELATED")


def _banner(lines: list[r.Line], i: int) -> bool:
    """A column's banner in capitals over the headline (``BẠN ĐỌC HỎI - LUẬT SƯ TRẢ LỜI``):
    at most ten words with a dash, a mixed-case line right after it."""
    line = lines[i].stripped
    if (line.isupper() and " - " in line and r.words(line) <= 10 and i + 1 < len(lines)
            and not lines[i + 1].stripped.isupper()):
        return True
    # a short one ("GƯƠNG MẶT TUỔI HỒNG", "● TRỰC TUYẾN") over a headline (no full stop) that
    # the page's date line follows
    return (line.isupper() and r.words(line) <= 5 and i + 2 < len(lines)
            and not lines[i + 1].stripped.isupper() and 6 <= r.words(lines[i + 1].stripped) <= 40
            and not lines[i + 1].stripped.endswith((".", "…")) and r.chrome(lines[i + 2]))


def _ticker_above_menu(lines: list[r.Line], i: int) -> bool:
    """A one-headline ticker at the page top (``NÓNG: Xuất khẩu gạo vượt 8 triệu tấn``) with
    page furniture (a menu, a date) right under it; a headline opening ``NÓNG:`` is followed
    by its lead instead."""
    return (r.ticker_word(lines[i].stripped) and i + 1 < len(lines)
            and r.chrome(lines[i + 1]))


def _masthead(lines: list[r.Line], i: int) -> bool:
    """Line ``i`` (at the page's top) is the site's name in capitals (``NGƯỜI ĐÔ THỊ - Tạp
    chí điện tử``) and a mixed-case headline follows within six lines, page furniture only
    between them."""
    name = lines[i].stripped.split(" - ")[0]
    top = lines[i].stripped
    owned = " - CƠ QUAN" in top or " - Cơ quan" in top  # "BÁO X - Cơ quan của Đảng bộ …"
    limit = 24 if owned else 16 if top.isupper() else 12 if " - " in top else 8  # "VĂN NGHỆ -
    # CƠ QUAN …", "BÁO ĐẦU TƯ CHỨNG KHOÁN - Tin nhanh thị trường vốn"
    if not (name.isupper() and 0 < r.words(lines[i].stripped) <= limit):
        return False
    for k in range(i + 1, min(len(lines), i + 7)):
        line = lines[k]
        if r.chrome(line) or r.marker(line) or _section_line(line.stripped) or _owner_line(
                line.stripped) or _short_banner(lines, k) or _section_over_date(lines, k) or (
                k == i + 1 and r.english_brand(line.stripped)) or (
                line.stripped.isupper() and " - " in line.stripped and r.words(line.stripped) <= 10) or (
                k == i + 1 and line.stripped.isupper() and r.words(line.stripped) <= 8
                and not r.ends_sentence(line.stripped)):
            continue  # a column's banner in capitals: "BẠN ĐỌC HỎI - LUẬT SƯ TRẢ LỜI"; the
            # site's own name under its owner's: "UBND TỈNH X - SỞ Y" over "BẢO TÀNG X"
        head = line.stripped
        return not head.isupper() and 5 <= r.words(head) <= 40 and not head.endswith(".")
    return False


def _owner_line(line: str) -> bool:
    """The paper's owner under its masthead (``Cơ quan của Hiệp hội Doanh nghiệp X``,
    ``Cơ quan ngôn luận của …``, ``Báo điện tử của Trung ương Hội …``): at most 24 words
    opening with ``Cơ quan`` or ``Báo``/``Tạp chí`` ``điện tử của``."""
    low = line[:24].casefold()
    if _OWNED_AFTER_DASH.search(line) and r.words(line) <= 16 and line.rstrip()[-1:] not in ".!?…:":
        return True  # "Kênh VOV Giao thông Quốc gia - Đài Tiếng nói Việt Nam": the channel and
        # the broadcaster it belongs to
    if low.startswith(("truyền hình", "báo ", "đài ", "phát thanh")) and " - " in line \
            and "phát thanh" in line.casefold() and r.words(line) <= 20 and line.rstrip()[-1:] not in ".!?…":
        return True  # "Truyền hình Quảng Bình - Báo và Phát thanh, Truyền hình Quảng Trị"
    if " - Cơ quan " in line and r.words(line) <= 24 and not r.ends_sentence(line):
        return True  # "Báo Kinh tế & Đô thị - Cơ quan của UBND thành phố Hà Nội"
    if line.startswith("Báo và Phát thanh, Truyền hình ") and r.words(line) <= 16 and not r.ends_sentence(line):
        return True  # the merged provincial media body (2025) under a TV's masthead
    owner, dot, slogan = line.partition(". ")
    if dot and low.startswith("cơ quan") and r.words(slogan) <= 16 and not r.ends_sentence(slogan) \
            and slogan[:1].isupper() and _owner_line(owner):
        return True  # "Cơ quan của Đảng ủy - Bộ Tư lệnh Quân khu X. Tiếng nói của …": the slogan after
    return (low.startswith("cơ quan") or low.startswith(_OWNED_PAPER)
            or (low.startswith(("ấn phẩm", "chuyên trang")) and " của " in line)) \
        and 2 < r.words(line) <= 24 and not r.ends_sentence(line)  # "Ấn phẩm cuối tuần của Báo X"


_OWNED_AFTER_DASH: Final = re.compile(r"^(?:Kênh|Chuyên trang|Trang tin|Báo điện tử)\s.*\s[-–]\s(?:Đài|Báo|Tạp chí|"
                                      r"Truyền hình|Cơ quan)\s")
_OWNED_PAPER: Final = ("báo điện tử của", "tạp chí điện tử của", "trang tin điện tử của",
                       "tạp chí của", "trang tin của")  # "Tạp chí của Hiệp hội Năng lượng …"


def _section_over_date(lines: list[r.Line], k: int) -> bool:
    """A section's name of a few words right over the page's date line (``Gương sáng``)."""
    line = lines[k].stripped
    return (0 < r.words(line) <= 4 and not r.ends_sentence(line)
            and not any(map(str.isdigit, line)) and k + 1 < len(lines) and r.chrome(lines[k + 1]))


def _brand_over_menu(lines: list[r.Line]) -> bool:
    """The site's name alone on the first line (``VnExpress``) with its menu right under it,
    or under its edition's name (``NHK WORLD-JAPAN`` / ``Tiếng Việt`` / the menu)."""
    line = lines[0].stripped
    return (0 < r.words(line) <= 3 and not r.ends_sentence(line) and len(lines) > 1
            and (r.chrome(lines[1]) or _edition_over_menu(lines, 1)))


def _edition_over_menu(lines: list[r.Line], i: int) -> bool:
    """Line ``i`` is a site edition's name of at most three words with no digit
    (``Tiếng Việt``, ``English``) and the menu right under it."""
    line = lines[i].stripped
    return (0 < r.words(line) <= 3 and not r.ends_sentence(line) and i + 1 < len(lines)
            and not any(map(str.isdigit, line)) and r.chrome(lines[i + 1]))


def _over_navigation(lines: list[r.Line], i: int) -> bool:
    """Line ``i`` is one of the short lines (at most 24 words, no sentence end) over the
    page's menu or trail, at most four lines above it (``ỦY BAN NHÂN DÂN THÀNH PHỐ …`` /
    ``BAN QUẢN LÝ …`` / the menu): a portal's masthead, never the headline (a headline is
    followed by dates, an author, the lead)."""
    if not 0 < r.words(lines[i].stripped) <= 24 or (
            r.ends_sentence(lines[i].stripped) and r.words(lines[i].stripped) > 4):
        return False
    for k in range(i + 1, min(len(lines), i + 5)):
        stripped = lines[k].stripped
        if _navigation(stripped):
            return True
        if r.chrome(lines[k]):
            continue  # "Nhập từ khóa tìm kiếm...": a search box between them
        if not 0 < r.words(stripped) <= 24 or (r.ends_sentence(stripped) and r.words(stripped) > 4):
            return False  # (a site's slogan of a few words may end with a stop: "Made for minds.")
    return False


def _vertical_menu_end(lines: list[r.Line]) -> int:
    """Where a masthead and a menu printed one item per line end: the index of the page's
    trail or menu line when at least five short lines (at most five words, no sentence end,
    no digit) open the page right above it; 0 when the page does not open so."""
    for k in range(min(len(lines), 16)):
        stripped = lines[k].stripped
        if not stripped:
            continue
        if k >= 5 and _navigation(stripped):
            return k
        if not 0 < r.words(stripped) <= 5 or r.ends_sentence(stripped) or any(map(str.isdigit, stripped)):
            return 0
    return 0


def _navigation(stripped: str) -> bool:
    """A site menu of sections or a trail (not a date line, nor a bar of share or print
    buttons, which come under headlines too)."""
    if "|" not in stripped and r.is_breadcrumb(stripped):
        return True  # ("Chia sẻ | Facebook | Zalo": buttons read as a trail)
    items = r.menu_items(stripped)
    if len(items) < 4 or ":" in stripped:
        return False
    return not any(item.strip(" :") in _BUTTONS or item.startswith(("chia sẻ", "cỡ chữ", "nghe"))
                   for item in items)


# Share, print and listen buttons: a bar of them comes under a headline too.
_BUTTONS: Final = frozenset({"facebook", "zalo", "twitter", "x", "email", "gửi email", "in", "in bài",
                             "lưu", "lưu bài", "copy link", "sao chép liên kết", "gửi", "bình luận",
                             "theo dõi", "google news", "telegram", "messenger", "linkedin"})


def _price_bar(line: str) -> bool:
    """A price bar over the headline (``Giá lợn hơi hôm nay: Miền Bắc 69.000 - 71.000 | Miền
    Trung … | Miền Nam …``): a price word, a colon and three or more parts with figures."""
    return _PRICE_BAR.match(line) is not None


_PRICE_BAR: Final = re.compile(r"(?:Giá|Tỷ giá|Lãi suất|Chứng khoán|VN-Index)[^:|]{0,40}:[^|]*\d[^|]*"
                               r"(?:\|[^|]*\d[^|]*){2,}$")


def _tagline(lines: list[r.Line], i: int) -> bool:
    """A site's tagline under its masthead (``Chuyên trang Công nghệ thông tin … của Báo X``,
    ``Tin nhanh Kinh tế - Tài chính | Thông tấn xã Việt Nam``): at most 20 words, no sentence
    end, with the site's menu right under it (a headline is never followed by a menu)."""
    line = lines[i].stripped
    if not (0 < r.words(line) <= 20 and not r.ends_sentence(line) and i + 1 < len(lines)):
        return False
    menu = lines[i + 1].stripped
    return r.is_menu_line(menu) or r.long_menu_bar(menu) or r.is_dash_menu_line(menu)


def _short_banner(lines: list[r.Line], i: int) -> bool:
    """A column's name in capitals right over the headline (``GIỮ LỬA LÀNG NGHỀ``): at most
    six words, under page furniture, with a mixed-case headline (no full stop) and then a
    tagged lead after it."""
    line = lines[i].stripped
    if not (line.isupper() and 0 < r.words(line) <= 6 and i + 2 < len(lines)
            and r.chrome(lines[i - 1])):
        return False
    head = lines[i + 1].stripped
    lead = _past_dates(lines, i + 2, min(len(lines) - 1, i + 4))  # a date line may come between
    return (not head.isupper() and 5 <= r.words(head) <= 40 and not head.endswith(".")
            and (r.has_source_tag(lines[lead].raw) or (len(lines[lead].stripped) >= 100
                                                        and r.ends_sentence(lines[lead].stripped))))


def _section_line(line: str) -> bool:
    """A section name under the masthead (``Xã hội - Môi trường``): at most six words, no
    digit, no sentence end, words joined by a dash, a slash or a bar."""
    return (0 < r.words(line) <= 6 and not r.ends_sentence(line)
            and not any(map(str.isdigit, line)) and any(sep in line for sep in (" - ", "/", "|")))


def _headline_over_tag(lines: list[r.Line], top: int) -> int:
    """``top``, or the headline just above the first source-tagged lead of the page top
    (``(BLĐ) - …``) when every line from ``top`` down to it is short page furniture —
    a masthead (``BÁO LÂM ĐỒNG ĐIỆN TỬ``), menu words, dates — and none repeats it."""
    tagged = next((i for i in range(top + 1, min(len(lines), top + 16))
                   if r.has_source_tag(lines[i].raw) and len(lines[i].stripped) >= 40), None)
    if tagged is None:
        return top
    j = tagged - 1
    while j > top and (r.chrome(lines[j]) or r.name_line(lines[j]) or r.byline(lines[j])
                       or r.photo(lines[j]) or _caps_author(lines[j].stripped)
                       or _DEGREE_NAME.match(lines[j].stripped) is not None
                       or _POSTED_BY.fullmatch(lines[j].stripped) is not None
                       or (_AFFILIATION.fullmatch(lines[j].stripped) is not None
                           and (r.byline(lines[j - 1]) or _caps_author(lines[j - 1].stripped)
                                or _DEGREE_NAME.match(lines[j - 1].stripped) is not None))):
        # the authors' institution under their names
        j -= 1
    head = lines[j].stripped
    if j == top or not 4 <= r.words(head) <= 40 or head.endswith((".", ":", "…")) or " | " in head:
        return top  # ("Bản tin Tài chính - Kinh doanh | VTV1": a programme's name, no headline)
    for k in range(top, j):
        line = lines[k]
        if r.same(line, lines[j]) or (not r.chrome(line) and (
                r.words(line.stripped) > 14 or r.ends_sentence(line.raw))):
            return top  # (a ticker's score "(25')" ends no sentence)
    return j


def _section_name(lines: list[r.Line], i: int) -> bool:
    """Line ``i`` names the page's section above the headline (``Giao thông - Đô thị``):
    at most five words, no digit, no sentence end, and the next line is a longer headline
    (no full stop) that the lead follows (a source tag, or a long sentence); date lines may
    come between them."""
    line = lines[i].stripped
    most = 6 if " - " in line or " / " in line else 5  # "Quốc tế - Kinh tế thế giới"
    if (i + 2 >= len(lines) or not 0 < r.words(line) <= most or r.ends_sentence(line)
            or any(map(str.isdigit, line))):
        return False
    h = _past_dates(lines, i + 1, min(len(lines) - 2, i + 3))  # the headline
    head = lines[h].stripped
    if not 6 <= r.words(head) <= 40 or head.endswith((".", "…", ":")) or r.chrome(lines[h]):
        return False
    k = h + 1
    if k < len(lines) - 1 and r.name_line(lines[k]):
        k += 1  # the author's name under the headline
    lead = lines[_past_dates(lines, k, min(len(lines) - 1, k + 2))].stripped
    return r.has_source_tag(lead) or (len(lead) >= 100 and r.ends_sentence(lead))


def _past_dates(lines: list[r.Line], k: int, limit: int) -> int:
    """The first line from ``k`` (not past ``limit``) that is no page furniture: a date line
    may come between a section name, the headline and the lead (``12/04/2026 22:15``)."""
    while k < limit and r.chrome(lines[k]):
        k += 1
    return k


def find_lead(lines: list[r.Line], title: r.Line, top: int = 0) -> int | None:
    """Index of the lead: a source-tagged paragraph near the top, else the first real one."""
    window = range(top + 1, min(len(lines), top + 1 + _LEAD_WINDOW))
    for i in window:
        line = lines[i]
        if i <= top + 3 and _COMMENT_COUNT.fullmatch(line.stripped):
            continue  # "Bình luận (18)" under the headline's date: a counter, not the tail
        if r.marker(line) and not r.soft_marker(line):
            break
        if r.has_source_tag(line.raw) and len(line.stripped) >= 40:
            return i
    for i in window:
        line = lines[i]
        if (line.stripped[:1] == "©" and _PHOTO_COPYRIGHT.fullmatch(line.stripped)) or (
                i + 1 < len(lines) and lines[i + 1].stripped[:1] == "©"
                and _PHOTO_COPYRIGHT.fullmatch(lines[i + 1].stripped)):
            continue  # a photo's description and its "© Agency / Name" credit
        if r.chrome(line) or r.same(line, title) or r.photo(line) or (
                i <= top + 3 and _COMMENT_COUNT.fullmatch(line.stripped)):
            continue
        if r.marker(line):
            return None
        if r.name_line(line) or (r.byline(line) and len(line.raw) < 60) or _caps_author(
                line.stripped) or r.reviewed_by(line.stripped):
            continue  # ("Bài viết được tham vấn chuyên môn bởi Bác sĩ X - Khoa Y - Bệnh viện Z")
        if len(line.stripped) >= 40 or r.ends_sentence(line.stripped):
            return i
    return None


# A comment counter: "Bình luận (18)", "Ý kiến (3)", "7 bình luận".
_COMMENT_COUNT: Final = re.compile(r"(?i:bình luận|ý kiến|thảo luận|comments?)\s*\(\d+\)"
                                   r"|\d+\s+(?i:bình luận|ý kiến|thảo luận|comments?)")  # "7 bình luận"
# An author's institution: a body's head word and up to eleven more words, no digits.
_AFFILIATION: Final = re.compile(r"(?:(?:Phó |Nguyên )?(?:Giám đốc|Viện trưởng|Hiệu trưởng|Trưởng khoa|"
                                 r"Trưởng ban|Chủ nhiệm|Trưởng phòng|Giảng viên|Nghiên cứu viên)\s+)?"
                                 r"(?:Học viện|Trường|Đại học|Viện|Trung tâm|Khoa|Bộ|Sở|Cục|Vụ"
                                 r"|Ủy ban|Ban|Hội|Tạp chí)(?:\s+[^\W\d_][\w-]*,?){1,11}")


_AUTHOR_AND_PHOTOS: Final = re.compile(r"[A-ZĐÀ-Ỹ][\w]*(?: [A-ZĐÀ-Ỹ][\w]*){1,3}\s+[-–|]\s+(?:Ảnh|Ảnh và video|"
                                       r"Video|Đồ họa)\s*:\s*[A-ZĐÀ-Ỹ][\w]*(?: [A-ZĐÀ-Ỹ][\w]*){1,3}")


def _pre_lead_label(line: r.Line, title: r.Line) -> str:
    if _AUTHOR_AND_PHOTOS.fullmatch(line.stripped) or _POSTED_BY.fullmatch(line.stripped) \
            or r.reviewed_by(line.stripped):
        return "BYLINE"  # "Minh Đức - Ảnh: Hoàng Nam": the author and the photographer
    if r.same(line, title) or r.photo(line):
        return "CAPTION"
    if _DEGREE_NAME.match(line.stripped) is not None:
        return "BYLINE"  # "ThS.KTS Phan Ngọc Bích" alone under the headline
    if (r.byline(line) or _caps_author(line.stripped)) and (
            not r.chrome(line) or line.stripped.startswith("Theo ")  # "Theo X | Trí Thức Trẻ"
            or r.article_credit(line.stripped) or _author_slash_outlet(line.stripped)):  # "Bài: X | Ảnh: Y"
        return "BYLINE"
    return "BOILERPLATE"


def find_end(lines: list[r.Line], first: int,
             title: r.Line) -> tuple[int, list[int], list[int]]:
    """Where the trailing boilerplate starts, in-article related lines found on the way, and
    a box of the site's latest news right under the lead (``Tin mới`` + timed headlines +
    ``Xem thêm``) that the article goes on after."""
    n = len(lines)
    related: list[int] = []
    boxed: list[int] = []
    i = first
    while i < n:
        line = lines[i]
        if i <= first + 4 and line.stripped[:1] == "©" and _PHOTO_COPYRIGHT.fullmatch(line.stripped):
            i += 1  # "© Sputnik / Ngọc Anh" under the top photo: its credit, not the footer
            continue
        if r.marker(line):
            if r.soft_marker(line):
                stop = _related_block_end(lines, i)
                if stop is not None:
                    related.extend(range(i, stop))
                    i = stop
                    continue
            elif i <= first + 1 and _keyword_line(lines, i):
                boxed.append(i)  # an abstract's "Từ khóa: …" over the article
                i += 1
                continue
            elif i <= first + 1:
                stop = _news_box_end(lines, i)
                if stop is not None:
                    boxed.extend(range(i, stop))
                    i = stop
                    continue
            return i, related, boxed
        # _teaser_pair_at's first test (lengths of the two lines close) inlined: most fail it.
        if (i + 2 < n and abs(len(line.stripped) - len(lines[i + 1].stripped)) <= 6
                and _teaser_pair_at(lines, i, title)):
            return i, related, boxed
        i += 1
    return n, related, boxed


_KEYWORDS: Final = ("từ khóa:", "từ khoá:", "keywords:")
# A photo's credit on its own line: "© Sputnik / Ngọc Anh", "© AFP/Getty".
_PHOTO_COPYRIGHT: Final = re.compile(r"©\s*[A-ZĐ][\w.&-]*(?:\s*/\s*[A-ZĐ][^/©\n]{1,30}){1,2}")
# A headline closed by its date in brackets: a link in a list of related articles.
_DATED_LINK: Final = re.compile(r"[^.!?]\s\(\d{1,2}/\d{1,2}/\d{4}\)$")


def _keyword_line(lines: list[r.Line], i: int) -> bool:
    """A journal's keyword line under the abstract (``Từ khóa: a, b, c.``) with the
    article's paragraphs after it (a heading may come first), not the tags of the tail."""
    if not lines[i].stripped.casefold().startswith(_KEYWORDS):
        return False
    return any(_article_like(line) for line in lines[i + 1:i + 4])


def _news_box_end(lines: list[r.Line], i: int) -> int | None:
    """After a marker right under the lead: the line after its headline list when the list
    closes with a soft marker (``Xem thêm``) and two article paragraphs follow, else None."""
    n = len(lines)
    j = i + 1
    while j < n and j - i <= 8 and not _article_like(lines[j]) and not r.marker(lines[j]):
        j += 1
    if j >= n or j == i + 1 or not r.soft_marker(lines[j]):
        return None
    stop = j + 1
    body = sum(1 for k in range(stop, min(n, stop + 4)) if _article_like(lines[k]))
    return stop if body >= 2 else None


def _teaser_pair_at(lines: list[r.Line], i: int, title: r.Line) -> bool:
    """A headline printed twice then its cut-off summary: a teaser of another article."""
    if i + 2 >= len(lines) or not r.same(lines[i], lines[i + 1]):
        return False
    if r.photo(lines[i]) or len(lines[i].stripped) > 250:
        return False
    return r.is_teaser_lead(lines[i + 2].stripped) or (
        i + 4 < len(lines) and r.same(lines[i + 3], lines[i + 4]))


def _article_like(line: r.Line) -> bool:
    if line.stripped.endswith(")") and _DATED_LINK.search(line.stripped):
        return False  # "Ứng dụng bê tông nhựa … (27/03/2026)": a link to another article
    return r.looks_body(line.stripped) or (bool(_LABEL.match(line.raw)) and len(line.raw) >= 30
                                           and r.ends_sentence(line.stripped))


def _related_block_end(lines: list[r.Line], i: int) -> int | None:
    """After a soft marker: end of its headline list when the article goes on, else None."""
    n = len(lines)
    j = i + 1
    while j < n and j - i <= 6 and not _article_like(lines[j]) and not r.marker(lines[j]):
        if j + 1 < n and r.same(lines[j], lines[j + 1]):
            return None  # repeated teaser headlines: the page's end
        if j > i + 1 and r.byline(lines[j]) and (
                j + 1 == n or r.marker(lines[j + 1]) or r.chrome(lines[j + 1])):
            return j  # related links just before the closing byline
        j += 1
    if j == i + 1 or j >= n or not _article_like(lines[j]):
        return None
    body = 0
    for k in range(j, n):
        if r.marker(lines[k]):
            break
        if _article_like(lines[k]):
            body += 1
    return j if body >= 2 else None


def _mark_bylines(lines: list[r.Line], labels: list[str], first: int, end: int) -> None:
    """Short author lines at the article's end (skipping page furniture) become BYLINE."""
    seen = 0
    for i in range(end - 1, first - 1, -1):
        line = lines[i]
        if labels[i] != "BODY":
            continue
        if r.chrome(line) and not r.name_line(line) and not (seen < 3 and _credits_line(line)) and not (
                seen < 3 and _source_byline(line)):
            labels[i] = "BOILERPLATE"
            continue
        if seen < 3 and (r.byline(line) or _author_of_body(line.stripped)
                         or TV_CREDITS.fullmatch(line.stripped) is not None):
            labels[i] = "BYLINE"
            seen += 1
            continue
        break
    if not seen:
        _byline_before_tail(lines, labels, first, end)
    _trailing_headlines(lines, labels, first, end)


def _source_byline(line: r.Line) -> bool:
    """``Theo X | Y`` closing the article names the author and the paper, though its bar
    looks like the page's furniture."""
    return line.stripped.startswith("Theo ") and r.byline(line)


def _author_of_body(stripped: str) -> bool:
    """An author and the body they write for, closing the article (``Quốc Thắng - Tòa án
    nhân dân thành phố Cần Thơ``): a lone name, a dash, an organisation's name."""
    head, sep, tail = stripped.partition(" - ")
    return (bool(sep) and r.words(head) <= 4 and r.name_line(r.Line(head))
            and (_AFFILIATION.fullmatch(tail) is not None or _BODY_HEAD.fullmatch(tail) is not None)
            and not r.ends_sentence(tail))


# Other bodies an author may sign for: courts, papers, stations, the police, councils.
_BODY_HEAD: Final = re.compile(r"(?:Tòa án|TAND|Viện kiểm sát|VKSND|Báo|Đài|Công an|Tỉnh ủy|Thành ủy|"
                               r"UBND|HĐND|Cổng)(?:\s+[^\W\d_][\w-]*,?){1,11}")


def _trailing_headlines(lines: list[r.Line], labels: list[str], first: int, end: int) -> None:
    """Two or more headline-like lines closing the page after the article: teasers."""
    run: list[int] = []
    for b in range(end - 1, first - 1, -1):
        line = lines[b].stripped
        if labels[b] in ("BOILERPLATE", "BYLINE") and not run:
            continue
        if (labels[b] == "BODY" and 25 <= len(line) <= 150 and line[:1].isupper()
                and not r.ends_sentence(line) and _FACT_KEY.match(line) is None
                and parse_label(line) is None):
            run.append(b)
            continue
        break
    if len(run) >= 2:
        for b in run:
            labels[b] = "BOILERPLATE"


# A fact box's line: a common noun and a colon ("Chủ đầu tư: …", "Vị trí: …"), not a
# headline's place ("Hà Nội: …").
_FACT_KEY: Final = re.compile(r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?: [a-zà-ỹđ]+){0,3}: ")


def _byline_before_tail(lines: list[r.Line], labels: list[str], first: int, end: int) -> None:
    """A byline followed only by short non-article lines: those lines are page furniture."""
    for b in range(end - 1, max(first, end - 15) - 1, -1):
        line = lines[b]
        if labels[b] == "BOILERPLATE" or (labels[b] == "BODY" and r.chrome(line)):
            continue
        if labels[b] != "BODY" or r.looks_body(line.stripped) or parse_label(line.raw) is not None:
            return
        if r.byline(line):
            labels[b] = "BYLINE"
            for k in range(b + 1, end):
                if labels[k] == "BODY":
                    labels[k] = "BOILERPLATE"
            return


def _mark_article(lines: list[r.Line], joined: list[bool], labels: list[str], first: int,
                  end: int, title: r.Line, lead: int | None) -> None:
    """CAPTION, RELATED and page furniture inside the article; the rest stays BODY."""
    i = first
    while i < end:
        if labels[i] != "BODY":
            i += 1
            continue
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < end else None
        if line.stripped[:1] == "©" and _PHOTO_COPYRIGHT.fullmatch(line.stripped):
            labels[i] = "CAPTION"  # "© Sputnik / Ngọc Anh": the credit of the photo above
            if i > first and labels[i - 1] == "BODY" and not r.ends_sentence(lines[i - 1].stripped):
                labels[i - 1] = "CAPTION"
            i += 1
            continue
        if r.chrome(line):
            if _under_top(labels, i, first, lead) and _credits_line(line):
                labels[i] = "BYLINE"  # "Bài: Quang Minh | Ảnh: Đức Thọ" under the lead
            elif not _table_header(line, nxt):
                labels[i] = "BOILERPLATE"
        elif r.related(line):
            labels[i] = "RELATED"
        elif _PLACEHOLDER.match(line.stripped):
            labels[i] = "CAPTION"  # "[Ảnh]": the picture of a photo block (mobile pages)
        elif r.same(line, title) or (nxt is not None and r.same(nxt, line)):
            labels[i] = "CAPTION"
            if nxt is not None and labels[i + 1] == "BODY" and _caption_follows(nxt, joined[i + 1]):
                labels[i + 1] = "CAPTION"
                i += 1
        elif _under_top(labels, i, first, lead) and (_AUTHOR_AND_PHOTOS.fullmatch(line.stripped)
                                                     or r.article_credit(line.stripped)):
            labels[i] = "BYLINE"  # "Minh Đức - Ảnh: Hoàng Nam", "Bài: X – Ảnh: Y – Trang phục: Z"
        elif r.photo(line):
            labels[i] = "CAPTION"
            if i > first and labels[i - 1] == "BODY" and (_alt_of(lines[i - 1], line) or (
                    joined[i] and _alt_above(lines[i - 1]))):
                labels[i - 1] = "CAPTION"  # the picture's alt text on the line above
        elif (_under_top(labels, i, first, lead) or _before_body(labels, i, lead)) and (
                _author_line(line) and r.words(line.raw) <= 6 or _caps_author(line.stripped)):
            labels[i] = "BYLINE"  # "Gia Linh thực hiện" under the title or lead (and its links,
            # or its photo and date lines: "… © AFP" / "Đăng ngày: …" / "Hoài Phương")
        elif lead is not None and i == lead + 1 and _related_after_lead(line, joined[i]):
            labels[i] = "RELATED"
        elif _glued_headlines(line.stripped) and not (
                nxt is not None and nxt.stripped[:1] in "“\"" and " - " in line.stripped) \
                and not _signs_pull_quote(line.stripped):
            labels[i] = "RELATED"  # (not a strap "Trung tá X - Phó Trưởng phòng …" over a
            # quotation, not the "— Ông X, …" signing a pull quote)
        elif _bulleted_headline(lines, joined, i, end):
            labels[i] = "RELATED"  # "• Peru: Hai ứng cử viên … bất ngờ" between paragraphs
        elif _POSITION.search(line.stripped) is not None and r.words(line.stripped) <= 40 \
                and ". " not in line.stripped.rstrip("."):
            labels[i] = "CAPTION"  # "Ông X (thứ hai từ trái) kiểm tra …": who is where in a photo
        i += 1


# Where a person stands in a photo: only captions say it.
_POSITION: Final = re.compile(r"\((?:thứ (?:hai|ba|tư|năm|\d) từ (?:trái|phải)(?: sang)?|"
                              r"(?:ngoài cùng |đứng )?(?:bên )?(?:trái|phải|giữa)|"
                              r"hàng (?:đầu|trước|sau)[^()]{0,20})\)")


def _bulleted_headline(lines: list[r.Line], joined: list[bool], i: int, end: int) -> bool:
    """Line ``i`` is one bulleted headline standing alone between paragraphs (a link to
    another article): ``• `` or ``▪ ``, six words or more, no sentence end, no bulleted line
    joined above or below it (a list's items are)."""
    line = lines[i].stripped
    if line[:2] not in ("• ", "▪ ", "» ") or r.words(line) < 6 or r.ends_sentence(line):
        return False
    above = joined[i] and i > 0 and lines[i - 1].stripped[:1] in "•▪»"
    below = i + 1 < end and joined[i + 1] and lines[i + 1].stripped[:1] in "•▪»"
    return not above and not below and not joined[i] and not (i + 1 < end and joined[i + 1])


# What a page dump prints where a picture or a video was: "[Ảnh]", "(Hình ảnh)", "[Video]".
_PLACEHOLDER = re.compile(r"^[\[(](?i:ảnh|hình|hình ảnh|ảnh minh họa|video|clip|infographic)[\])]$")


def _author_slash_outlet(stripped: str) -> bool:
    """``Phương Thảo / Rti``: an author's name and the outlet after one slash (read as a
    two-item menu otherwise)."""
    parts = stripped.split(" / ")
    return len(parts) == 2 and r.words(parts[1]) <= 3 and r.is_name_line(parts[0])


def _caps_author(stripped: str) -> bool:
    """An author with an affiliation under the title (``PGS.TS. TRẦN VĂN A - Học viện X``,
    ``TS. Lê Văn Khải - Viện Y``): at most six words in capitals, or a degree and a name,
    before `` - ``, and an affiliation of at most 16 words with no sentence end after it."""
    head, sep, rest = stripped.partition(" - ")
    if r.words(rest) > 16 or r.ends_sentence(rest):
        return False  # "LÀO CAI - Suốt hai ngày qua, …": a dateline opening the lead
    return bool(sep) and (head.isupper() and 2 <= r.words(head) <= 6
                          or _DEGREE_NAME.match(head) is not None)


# A degree and a name (``TS. Lê Văn Khải``, ``PGS.TS Trần Minh``) before an affiliation.
_DEGREE_NAME = re.compile(r"(?:GS|PGS|TS|ThS|BS|KTS|NCS|LS)\.?(?:\s?(?:TS|ThS|BS|KTS)\.?)?\s+"
                          r"(?:[A-ZĐÀ-Ỹ][^\s.,:;]*\s+){1,3}[A-ZĐÀ-Ỹ][^\s.,:;]*$")


def _author_line(line: r.Line) -> bool:
    """A lone name (``Minh Tâm``) or an author line (``Hoàng Phúc thực hiện``, ``Bài, ảnh: X``)."""
    return r.name_line(line) or r.byline(line)


def _glued_headlines(line: str) -> bool:
    """Headlines printed one after the other: long, no full stop or comma inside, and a
    capitalised word right after a lowercase one."""
    stripped = line.strip()
    if len(stripped) < 80 or stripped.endswith((".", "…", ":")):
        return False  # (a line ending with ":" announces a list: "Giá bán lẻ … như sau:")
    if stripped.endswith("?") and _ASKING.match(stripped):
        return False  # "Thương gia: Thuế … tác động thế nào tới công ty?": a question asked
    glued = (not r.ends_sentence(stripped) and (len(stripped) >= 140
                                                 or r.run_together(stripped) >= 2
                                                 or _HEADLINE_BREAK.search(stripped) is not None)
             or ("," not in stripped and ". " not in stripped and "; " not in stripped
                 and (r.strong_joins(stripped) >= 1 or _no_space_joins(stripped) >= 2)))
    # A speaker label opens an interview turn, never a headline list: checked last, it
    # is the costliest test and the other tests reject nearly every line.
    return glued and parse_label(stripped) is None



def _signs_pull_quote(stripped: str) -> bool:
    """A line opening with a dash (``— Ông X, …``): it signs a pull quote, no headline."""
    return stripped.startswith(("— ", "– "))


def _no_space_joins(line: str) -> int:
    """Headlines glued with no space between them (``… chung cưBắt người …``): two lowercase
    letters, then a capital, then a lowercase letter, inside one word."""
    return sum(1 for i in range(2, len(line) - 1)
               if line[i].isupper() and line[i - 2:i].isalpha() and line[i - 2:i].islower()
               and line[i + 1].islower())


# A short label opening a paragraph: an interviewer's ("Thương gia:", "PV:").
_ASKING: Final = re.compile(r"(?:[A-ZĐ]{2,8}|[A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?: [a-zà-ỹđ]+){0,2}): ")  # not
# a place opening a headline ("Hà Nội: …")
# A question or exclamation closing one headline inside a line that ends no sentence.
_HEADLINE_BREAK = re.compile(r"\w[?!]\s+[A-ZĐÀ-Ỹ]")


def _caption_follows(line: r.Line, is_joined: bool) -> bool:
    if _LABEL.match(line.raw) and not r.photo(line):
        return False
    return is_joined or r.photo(line) or len(line.stripped) < 160


def _alt_above(prev: r.Line) -> bool:
    """``prev``, joined to the photo credit under it, is short enough to be the picture's alt
    text: at most 25 words, no sentence end (a headline-like quotation may end it)."""
    head = prev.stripped
    return 0 < r.words(head) <= 25 and (not r.ends_sentence(head) or head.endswith(("”", '"')))


def _table_header(line: r.Line, nxt: r.Line | None) -> bool:
    """``line`` heads a table in the article (``Thời điểm | Hướng, tốc độ | Vị trí``): no
    digit, at least three cells, and the next line has as many cells and figures in them."""
    head = line.stripped
    cells = head.count(" | ")
    return (nxt is not None and cells >= 2 and nxt.stripped.count(" | ") == cells
            and not any(map(str.isdigit, head)) and any(map(str.isdigit, nxt.stripped)))


def _credits_line(line: r.Line) -> bool:
    """A TV report's credits at the article's end (``Phóng viên: X | Quay phim: Y``, ``Phóng
    viên: X - Quay phim: Y``), which look like a menu."""
    return ":" in line.stripped and (r.byline(line) or TV_CREDITS.fullmatch(line.stripped) is not None)


# Two or more "role: name" credits of a TV report: "Phóng viên: Hoàng Long - Quay phim: Đức Trung".
_CREDIT_ROLE: Final = r"(?:Phóng viên|PV|Quay phim|Biên tập|Dựng phim|Kỹ thuật|Đồ họa|Ảnh|Bài|Video|Dẫn)"
TV_CREDITS: Final = re.compile(rf"{_CREDIT_ROLE}\s*:\s*[^:|]+?(?:\s+[-|–]\s+{_CREDIT_ROLE}\s*:\s*[^:|]+?)+")


def _alt_of(prev: r.Line, caption: r.Line) -> bool:
    """``prev`` is the alt text of ``caption`` (same words, caption adds the credit)."""
    a, b = prev.key, caption.key
    return bool(a) and len(a) <= len(b) and b.startswith(a[: max(20, len(a) // 2)])


def _related_after_lead(line: r.Line, is_joined: bool) -> bool:
    """Linked headlines glued into the line under the lead: no sentence end, and joined to
    the lead, or two joins of a lowercase word and a capital, or long with no comma or colon
    (two headlines run together: ``… định kỳ 5 thói quen giúp …``)."""
    if r.ends_sentence(line.raw) or _LABEL.match(line.raw) or len(line.stripped) < 50:
        return False
    return is_joined or r.run_together(line.raw) >= 2 or (
        len(line.stripped) >= 90 and not any(c in line.stripped for c in ",:;“\"()"))


def split_lines(text: str) -> tuple[list[tuple[int, int]], list[r.Line], list[bool]]:
    """``(ranges, lines, joined)`` of the non-blank lines of ``text``: the ranges of
    :func:`~goldspan.extract.common.paragraph_ranges`, each line's :class:`Line`, and
    whether it directly follows the previous one (no blank line between), in one pass."""
    ranges: list[tuple[int, int]] = []
    lines: list[r.Line] = []
    joined: list[bool] = []
    pos = 0
    after_blank = True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            ranges.append((pos, pos + len(raw)))
            lines.append(r.Line(raw, stripped))
            joined.append(not after_blank)
            after_blank = False
        else:
            after_blank = True
        pos += len(raw) + 1
    return ranges, lines, joined


class Zones(Extractor):
    """Zones of a plain-text page dump; see the module docstring."""

    name = "zones"
    version = "1"
    produces: tuple[str, ...] = ("zone",)
    description = "title, lead, body, captions, byline, related and boilerplate of a page dump"

    def extract(self, doc: Document) -> ExtractResult:
        """One zone span per non-empty line of ``doc.text``."""
        text = doc.text
        paras, lines, joined = split_lines(text)
        labels = classify(lines, joined)
        return ExtractResult(rows=[("zone", label, s, e, None)
                                   for label, (s, e) in zip(labels, paras, strict=True)], text=text)


register(Zones)
