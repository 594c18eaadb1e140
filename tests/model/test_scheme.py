"""Tests of the label scheme loaded from resources."""

from __future__ import annotations

import re

import pytest

from goldspan.model.errors import GoldspanError
from goldspan.model.scheme import default_scheme, load_scheme


def test_scheme_default_has_format_layers_and_labels():
    scheme = default_scheme()
    assert scheme.layer_names() == ["zone", "speech", "entity", "figure"]
    assert scheme.layer("zone").label_names() == [
        "TITLE", "LEAD", "BODY", "CAPTION", "BYLINE", "RELATED", "BOILERPLATE"]
    assert scheme.layer("entity").label_names() == ["PER", "ORG", "LOC", "DOC", "MISC"]
    assert scheme.layer("figure").label_names() == ["QUANTITY", "PERCENT", "MONEY", "DATE"]
    assert scheme.layer("speech").label_names() == ["TURN", "QUOTE"]
    assert scheme.content_zones == ["TITLE", "LEAD", "BODY", "CAPTION", "BYLINE"]


def test_scheme_colours_and_hotkeys_are_well_formed():
    scheme = default_scheme()
    for layer in scheme.layers:
        keys = [label.hotkey for label in layer.labels]
        assert len(keys) == len(set(keys)), layer.name
        for label in layer.labels:
            assert re.fullmatch(r"#[0-9A-Fa-f]{6}", label.color)
    assert len({layer.hotkey for layer in scheme.layers}) == len(scheme.layers)


def test_scheme_attrs_for_labels():
    figure = default_scheme().layer("figure")
    names = {a.name for a in figure.attrs_for("DATE")}
    assert {"value", "mod", "approx"} <= names and "unit" not in names
    assert figure.label_for_hotkey("3").name == "MONEY"
    assert default_scheme().color("entity", "NOPE", "#000000") == "#000000"
    assert not default_scheme().has_label("entity", "NOPE")


def test_scheme_load_bad_file_names_it(tmp_path):
    bad = tmp_path / "s.json"
    bad.write_text('{"name": "x"}', encoding="utf-8")
    with pytest.raises(GoldspanError, match=str(bad)):
        load_scheme(bad)
