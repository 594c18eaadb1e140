"""The speech extractor's fast paths give what the plain code they replace gives.

Each shortcut (cue verbs by Aho-Corasick, the honorific test reading words from the text,
one-syllable runs told by a group of the run pattern, labels parsed once per document,
content ranges found by bisection) is compared with a straightforward reference on
invented Vietnamese text and on seeded random mixtures of lexicon words and separators.
"""

from __future__ import annotations

import random
import re

from goldspan.extract.speech import _inside
from goldspan.extract.speech_cast import RUN, UPPER, lexicon
from goldspan.extract.speech_labels import _labels, parse_label
from goldspan.extract.speech_marks import cue_re, cue_spans, quote_pairs
from goldspan.extract.speech_mentions import _RUN_RE, _honor, _honor_enders, _honor_last_words
from goldspan.extract.speech_mentions import _honorific_before as honorific_before


def _honorific_reference(text: str, start: int, floor: int) -> bool:
    """The honorific test as first written: split the 30 characters before ``start``."""
    c = text[start - 1] if start > floor else ""
    end = start - 1
    if c.isspace():
        end = start - 2
        c = text[start - 2] if start - 2 >= floor else ""
        if c.isspace():
            c = "."
            end = -1  # a run of spaces: the words are split as a whole below
    if not c or (c != "." and c.casefold()[-1] not in _honor_enders()):
        return False
    if c == "." and end >= floor:  # added 2026-11-27: a lowercase word ending a sentence
        q = text.rfind(" ", max(floor, start - 30), end)  # ("học sinh. Năm") is no honorific
        word = text[q + 1 if q >= 0 else max(floor, start - 30):end + 1]
        if word.isprintable() and word.islower():
            return False
    before = text[max(floor, start - 30):start].rsplit(None, 3)[-3:]
    if not before or before[-1].casefold().rstrip(".") not in _honor_last_words():
        return False
    low = [w.casefold() for w in before]
    return any(" ".join(low[k:]).rstrip(".") in _honor() for k in range(len(low)))


_WORDS = ["ông", "Bà", "BÍ THƯ", "bí thư", "thành ủy", "Giám đốc", "người dân", "TS.", "gs.ts",
          "Nguyễn", "Văn", "Hải", "cho biết", "nói thêm", "khẳng định", "năm", "nay.", "“Lan",
          "(ông", "x", "…", "1", "_", "chia sẻ", "nóii", "rằng"]
_SEPS = [" ", " ", "  ", "\xa0", "\n", ". ", ", ", "-", ""]


def _random_texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_WORDS) + rnd.choice(_SEPS) for _ in range(rnd.randint(1, 9)))
            for _ in range(count)]


def test_speech_fast_paths_cue_spans_match_the_regex():
    text = "Ông Hải cho biết thêm, bà Lan nói: “Cho biết” và nóii; chia sẻ_ rồi nói"
    want = [m.span() for m in cue_re().finditer(text, 0, len(text))]
    assert cue_spans(text, 0, len(text)) == want
    assert [text[a:b] for a, b in want] == ["cho biết thêm", "nói", "nói"]
    rnd = random.Random(1)
    for text in _random_texts(2, 3000):
        a = rnd.randint(0, len(text))
        b = rnd.randint(a, len(text))
        assert cue_spans(text, a, b) == [m.span() for m in cue_re().finditer(text, a, b)]


def test_speech_fast_paths_honorific_test_matches_window_split():
    # "Bí thư" before "Thành"; four words (bí thư thành ủy) are more than the test reads
    text = "Theo Bí thư Thành ủy Lê An, ông Hải và người dân Hòa. TS. Minh, gs.ts Nam"
    got = [m.group() for m in re.finditer(rf"[{UPPER}]\w*", text)
           if honorific_before(text, m.start(), 0, _honor_enders())]
    assert got == ["Thành", "Hải", "Hòa", "Minh", "Nam"]
    rnd = random.Random(3)
    for text in _random_texts(4, 1500):
        for start in range(len(text) + 1):
            floor = rnd.randint(0, start)
            assert (honorific_before(text, start, floor, _honor_enders())
                    == _honorific_reference(text, start, floor)), (text, start, floor)


def test_speech_fast_paths_run_pattern_marks_one_syllable_runs():
    plain = re.compile(rf"[{UPPER}](?<!\w.){RUN.removeprefix(f'[{UPPER}]')}", re.DOTALL)
    text = "Hôm qua Nguyễn Văn An gặp X'Y và Mai-Anh ở Hà\nNội; ĐÀ NẴNG, a-B"
    got = [(m.span(), m.lastindex is None) for m in _RUN_RE.finditer(text)]
    assert [s for s, _ in got] == [m.span() for m in plain.finditer(text)]
    assert [one for _, one in got] == [len(text[a:b].split()) == 1 for (a, b), _ in got]
    assert (text.index("Nguyễn"), text.index(" gặp")) in [s for s, one in got if not one]


def test_speech_fast_paths_quote_pairs_without_marks_and_inside_ranges():
    assert quote_pairs("Không có dấu ngoặc nào ở đây.", 0, 29) == []
    ranges = [(0, 10), (15, 30), (40, 41)]
    starts = [a for a, _ in ranges]
    for s in range(0, 45):
        for e in range(s, 46):
            assert _inside(ranges, starts, s, e) == any(a <= s and e <= b for a, b in ranges)


def test_speech_fast_paths_repeated_label_keeps_its_own_offset():
    text = "PV: Hỏi một?\nÔng Trần Văn Hải:   Đáp một.\nPV:  Hỏi hai?\nÔng Trần Văn Hải: Đáp hai."
    paras, pos = [], 0
    for line in text.split("\n"):
        paras.append((pos, pos + len(line)))
        pos += len(line) + 1
    labels = _labels(text, paras, ["BODY"] * 4, frozenset())
    assert labels == [parse_label(text[s:e]) for s, e in paras]
    assert [lab.end for lab in labels if lab] == [4, 20, 5, 18]
    assert lexicon()["interviewer_labels"]  # the lexicon the labels read is loaded
