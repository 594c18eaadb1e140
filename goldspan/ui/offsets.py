"""The one place where code point offsets (the model) meet UTF-16 positions (Qt).

Python strings index code points; Qt's QString and QTextCursor count UTF-16 code units, so
every character above U+FFFF (emoji, rare CJK) counts twice in Qt. :class:`OffsetMap` is
built once per text (a C-speed scan: nothing to store when the text has no astral
character) and converts both ways in O(log n).
"""

from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts between code point offsets and UTF-16 positions of one text."""

    def __init__(self, text: str):
        # code point indices of astral characters (each takes 2 UTF-16 units)
        if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
            self._astral: list[int] = []
        else:
            self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # their UTF-16 positions
        self._astral_u16 = [i + k for k, i in enumerate(self._astral)]
        self.length = len(text)
        self.length_u16 = len(text) + len(self._astral)

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of code point ``offset`` (0..len(text))."""
        if not self._astral:
            return offset
        return offset + bisect_right(self._astral, offset - 1)

    def from_qt(self, pos: int) -> int:
        """Code point offset of UTF-16 position ``pos``; a position inside a surrogate pair
        maps to the start of that character."""
        if not self._astral:
            return pos
        # astral characters starting before pos; one inside a pair maps to its start
        return pos - bisect_right(self._astral_u16, pos - 1)
