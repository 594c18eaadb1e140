"""Fixtures shared by the UI tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def inspector(qtbot, session):
    """An Inspector shown on the test module's ``session`` fixture."""
    from goldspan.ui.inspector import Inspector

    widget = Inspector()
    qtbot.addWidget(widget)
    widget.set_session(session)
    widget.show()
    return widget
