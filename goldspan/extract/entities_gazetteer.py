"""Gazetteers of the ``entities`` extractor and a fast, case-sensitive name matcher.

The lists live in ``goldspan/resources/gazetteers/`` (one name per line, ``#`` comments;
sources and licences in the README there). :func:`gazetteers` loads them once.
:class:`NameMatcher` finds every listed name in a text with one Aho–Corasick pass
(pyahocorasick) and keeps only matches on word boundaries: ``Nga`` matches in ``tới Nga.``
but not inside ``Ngay``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

import ahocorasick

import goldspan.resources
from goldspan.extract.entities_tokens import (
    DOC_TYPES,
    LOC_APPELLATIONS,
    LOC_CODED,
    LOC_DESCRIPTORS,
    STOPWORDS,
)
from goldspan.extract.textcase import lower

GAZETTEER_DIR: Final = Path(goldspan.resources.__file__).resolve().parent / "gazetteers"


def read_list(name: str) -> list[str]:
    """Entries of ``gazetteers/<name>``: stripped non-empty lines, comments dropped.

    Raises FileNotFoundError naming the file when it is missing.
    """
    path = GAZETTEER_DIR / name
    if not path.is_file():
        raise FileNotFoundError(f"gazetteer {path} is missing")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def read_words(name: str) -> set[str]:
    """All whitespace-separated words of ``gazetteers/<name>`` as a set."""
    return {w for line in read_list(name) for w in line.split()}


_NEW_TO_OLD: Final = {}
for _v, _tones in (("a", "àáảãạ"), ("e", "èéẻẽẹ"), ("y", "ỳýỷỹỵ")):
    _plain = {"a": "o", "e": "o", "y": "u"}[_v]
    _new = {"a": "òóỏõọ", "e": "òóỏõọ", "y": "ùúủũụ"}[_v]
    for _n, _o in zip(_new, _tones, strict=True):
        _NEW_TO_OLD[_n + _v] = _plain + _o  # "òa" -> "oà", "ùy" -> "uỳ"
_OLD_STYLE: Final = re.compile("|".join(_NEW_TO_OLD), re.IGNORECASE)


def old_style(name: str) -> str:
    """``name`` with the older tone placement many sites still use: ``Hòa`` -> ``Hoà``,
    ``Thủy`` -> ``Thuỷ`` (the same word in NFC, written differently)."""
    def swap(m: re.Match) -> str:
        low = _NEW_TO_OLD[lower(m.group())]
        return low.capitalize() if m.group()[0].isupper() else low
    return _OLD_STYLE.sub(swap, name)


def with_old_style(names: list[str]) -> list[str]:
    """``names`` and, where it differs, each one in the older tone placement."""
    out = list(names)
    out += [v for v in map(old_style, names) if v not in names]
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# The characters of Vietnamese news text, most frequent first (counted on the test corpus).
_FREQUENT_CHARACTERS: Final = dict.fromkeys(
    " nhgticuamđoà,ưráv.0pylkTb2sạảôếệ1êdớNốộóăâờịHơấầCợeồểĐxB5/ềởVPủựã:ậq43ìLừíổMúSụ")


def _insertion_order(names: Iterable[str]) -> list[str]:
    """``names`` in the order to add them to an automaton, with placeholder keys.

    The automaton looks a character up among a node's children one by one, in the order
    they were added. So the root's children are added in the order of the characters'
    frequency in news text, and a frequent character that opens no name gets a child of
    its own (the character and a NUL: a key no text holds), so that a common character
    is found at once instead of after every first letter of a name (a quarter less work
    for the scan). Names of one first character keep their order.
    """
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    if not by_first:
        return []
    out: list[str] = []
    for ch in _FREQUENT_CHARACTERS:
        out += by_first.pop(ch, [ch + "\0"])
    for group in by_first.values():
        out += group
    return out


class NameMatcher:
    """Case-sensitive multi-pattern matcher of whole names, each with one or more tags."""

    def __init__(self, entries: dict[str, str] | list[tuple[str, str]]) -> None:
        """``entries`` maps each name to its tag (e.g. ``LOC``); a list allows several tags."""
        pairs = list(entries.items()) if isinstance(entries, dict) else list(entries)
        tags: dict[str, list[str]] = {}
        for name, tag in pairs:
            if tag not in tags.setdefault(name, []):
                tags[name].append(tag)
        self._auto = ahocorasick.Automaton()
        self._empty = not tags
        for name in _insertion_order(tags):
            found = tags.get(name, ())  # none for a placeholder: it never matches
            # whether the name's own first / last character is a word character: only
            # then can the character outside it make the match a part of a longer word
            self._auto.add_word(name, (len(name), tuple(found),
                                       _is_word_char(name[0]), _is_word_char(name[-1])))
        if not self._empty:
            self._auto.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, tag)`` of every listed name in ``text`` on word boundaries."""
        if self._empty or not text:
            return []
        out = []
        n = len(text)
        for end_idx, (length, tags, word_first, word_last) in self._auto.iter(text):
            start, end = end_idx - length + 1, end_idx + 1
            if word_first and start > 0:
                c = text[start - 1]
                if c.isalnum() or c == "_":
                    continue
            if word_last and end < n:
                c = text[end]
                if c.isalnum() or c == "_":
                    continue
            for tag in tags:
                out.append((start, end, tag))
        return out


    def find_range(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """:meth:`find` on ``text[start:end]`` with offsets in ``text``, without slicing it:
        the characters outside the range never reject a match."""
        if self._empty or start >= end:
            return []
        out = []
        # the automaton copies the string it reads to 4 bytes a character: the paragraph
        # alone, not the whole document (offsets in the slice, moved by ``start``)
        for end_idx, (length, tags, word_first, word_last) in self._auto.iter(text[start:end]):
            end_idx += start
            s, e = end_idx - length + 1, end_idx + 1
            if word_first and s > start:
                c = text[s - 1]
                if c.isalnum() or c == "_":
                    continue
            if word_last and e < end:
                c = text[e]
                if c.isalnum() or c == "_":
                    continue
            for tag in tags:
                out.append((s, e, tag))
        return out

@dataclass(frozen=True)
class Gazetteers:
    """Everything the rules read, loaded once per process."""

    names: NameMatcher          # LOC / ORG / MISC names matched as they are written
    every: NameMatcher          # names, HEAD, TITLE, EVENT words, DOCTYPE words, DESC(riptors)
    heads: NameMatcher          # organisation head words (tag ``HEAD``)
    titles: NameMatcher         # words before a personal name (tag ``TITLE``)
    surnames: frozenset[str]
    given: frozenset[str]
    lexicon: frozenset[str]     # lowercase phrases that continue a capitalised name word
    lexicon_max: int            # longest lexicon phrase, in syllables
    lex_syllables: frozenset[str]  # syllables of the lexicon that are not stop words
    loc_names: frozenset[str]


@lru_cache(maxsize=1)
def gazetteers() -> Gazetteers:
    """Load and compile every list (cached for the process)."""
    names: dict[str, str] = {}
    for file, tag in (("org_names.txt", "ORG"), ("misc_names.txt", "MISC"),
                      ("loc_districts.txt", "LOC"), ("loc_world.txt", "LOC"),
                      ("loc_provinces.txt", "LOC"), ("loc_vietnam.txt", "LOC")):
        for entry in with_old_style(read_list(file)):
            names.setdefault(entry, tag)
            if tag == "MISC" and entry[:1].islower() and " " in entry:  # a sentence opening
                names.setdefault(entry[0].upper() + entry[1:], tag)  # "Ung thư vú ở …"
    loc_names = frozenset(n for n, t in names.items() if t == "LOC")
    heads = {h: "HEAD" for h in with_old_style(read_list("org_heads.txt"))}
    titles = {t: "TITLE" for t in with_old_style(read_list("titles.txt"))}
    for t in list(titles):  # "Bị cáo Tan Wei Ming" opening a sentence: the title capitalised
        if " " in t and t[:1].islower():
            titles.setdefault(t[0].upper() + t[1:], "TITLE")
    events = {h: "EVENT" for h in with_old_style(read_list("misc_heads.txt"))}
    every = [*names.items(), *heads.items(), *titles.items(), *events.items()]
    every += [(w, "DOCTYPE") for t in DOC_TYPES for w in (t, lower(t[0]) + t[1:])]
    every += [(d, "DESC") for d in LOC_DESCRIPTORS + LOC_APPELLATIONS + LOC_CODED]
    lexicon = frozenset(with_old_style(read_list("name_lexicon.txt")))
    return Gazetteers(
        names=NameMatcher(names),
        every=NameMatcher(every),
        heads=NameMatcher(heads),
        titles=NameMatcher(titles),
        surnames=frozenset(with_old_style(read_list("per_surnames.txt"))),
        given=frozenset(with_old_style(sorted(read_words("per_given.txt")))),
        lexicon=lexicon,
        lexicon_max=max((len(p.split()) for p in lexicon), default=1),
        lex_syllables=frozenset(w for p in lexicon for w in p.split()) - STOPWORDS - {"và"},
        loc_names=loc_names,
    )
