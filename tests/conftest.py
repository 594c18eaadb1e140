"""Shared fixtures. Qt runs offscreen; ``../shared`` cases skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED_TEXT = SHARED / "seeds" / "000_003a0327ab60578c.txt"
SEED_GOLD = SHARED / "gold" / "seed-ldtd-xay-dung-dang.gold.json"


@pytest.fixture
def seed_gold_path() -> Path:
    """The shared seed gold file; skips the test when ``../shared`` is not there."""
    if not SEED_GOLD.exists():
        pytest.skip("../shared/gold is not present")
    return SEED_GOLD


@pytest.fixture
def seed_text_path() -> Path:
    """The shared seed article dump; skips the test when ``../shared`` is not there."""
    if not SEED_TEXT.exists():
        pytest.skip("../shared/seeds is not present")
    return SEED_TEXT


@pytest.fixture
def small_doc():
    """A small valid document with a speaker, one span per layer and an emoji."""
    from goldspan.model.document import Span, Speaker, new_document

    text = "Hà Nội có 92 đảng viên 😀\n\nÔng Nguyễn Văn An cho biết sẽ làm tiếp."
    doc = new_document("small", text)
    doc.speakers.append(Speaker(id="s1", name="Nguyễn Văn An", role="Giám đốc"))

    def span(i, layer, label, sub, attrs=None, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(sub, start + 1)
        return Span(id=i, layer=layer, label=label, start=start, end=start + len(sub),
                    text=sub, attrs=attrs)

    doc.spans += [
        span("z1", "zone", "TITLE", "Hà Nội có 92 đảng viên 😀"),
        span("z2", "zone", "BODY", "Ông Nguyễn Văn An cho biết sẽ làm tiếp."),
        span("e1", "entity", "LOC", "Hà Nội"),
        span("e2", "entity", "PER", "Nguyễn Văn An"),
        span("f1", "figure", "QUANTITY", "92 đảng viên", {"value": 92, "unit": "đảng viên"}),
        span("q1", "speech", "QUOTE", "sẽ làm tiếp", {"speaker": "s1", "kind": "indirect"}),
    ]
    return doc
