"""Settings: defaults, round trip, migration from version 1, corrupt and newer files."""

from __future__ import annotations

import json

import pytest

from goldspan.ui import settings as st


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("GOLDSPAN_CONFIG_DIR", str(tmp_path / "cfg"))
    return tmp_path / "cfg"


def test_settings_missing_file_gives_defaults_without_warning(config_dir):
    settings, warning = st.load_settings()
    assert warning is None
    assert settings == st.Settings()
    assert st.settings_path() == config_dir / "settings.json"


def test_settings_round_trip(config_dir):
    settings = st.Settings(font_size=15, scheme="custom", last_document="a1",
                           panels={"span_list": {"visible": False}})
    settings.add_recent("/data/c1")
    settings.add_recent("/data/c2")
    settings.add_recent("/data/c1")
    st.save_settings(settings)
    loaded, warning = st.load_settings()
    assert warning is None
    assert loaded.recent_corpora == ["/data/c1", "/data/c2"]
    assert loaded.font_size == 15 and loaded.last_document == "a1"
    assert loaded.panels == {"span_list": {"visible": False}}
    assert json.loads((config_dir / "settings.json").read_text())["version"] == st.SETTINGS_VERSION


def test_settings_recent_is_capped():
    settings = st.Settings()
    for i in range(15):
        settings.add_recent(f"/c{i}")
    assert len(settings.recent_corpora) == st.MAX_RECENT
    assert settings.recent_corpora[0] == "/c14"


def test_settings_migrates_version_1(config_dir):
    config_dir.mkdir()
    (config_dir / "settings.json").write_text(json.dumps(
        {"version": 1, "recent": ["/x"], "font": 14, "autosave_seconds": 1.5, "scheme": "s"}))
    settings, warning = st.load_settings()
    assert warning is None
    assert settings.version == 2
    assert settings.recent_corpora == ["/x"]
    assert settings.font_size == 14 and settings.autosave_ms == 1500 and settings.scheme == "s"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"version": 2, "font_size": "big"}',
                                     '{"version": 0}', "\xff\xfe",
                                     '{"version": 1, "autosave_seconds": 1e400}',
                                     '{"version": 1, "autosave_seconds": "nhanh"}',
                                     "[" * 100_000])
def test_settings_corrupt_file_is_reported_kept_and_replaced(config_dir, content):
    config_dir.mkdir()
    path = config_dir / "settings.json"
    path.write_text(content, encoding="latin-1")
    settings, warning = st.load_settings()
    assert settings == st.Settings()
    assert warning is not None and "settings.json" in warning and "defaults" in warning
    assert (config_dir / "settings.json.corrupt").read_text(encoding="latin-1") == content
    again, warning2 = st.load_settings()
    assert warning2 is None and again == st.Settings()


def test_settings_newer_version_keeps_unknown_fields(config_dir):
    config_dir.mkdir()
    (config_dir / "settings.json").write_text(json.dumps(
        {"version": 9, "font_size": 20, "future": {"a": 1}}))
    settings, warning = st.load_settings()
    assert warning is not None and "newer" in warning
    assert settings.font_size == 20
    st.save_settings(settings)
    data = json.loads((config_dir / "settings.json").read_text())
    assert data["future"] == {"a": 1} and data["version"] == 9
