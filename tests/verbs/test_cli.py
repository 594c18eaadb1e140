"""Tests of the ``goldspan`` command line: version, schema, validate, extract, bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from goldspan.cli import main
from goldspan.io.gold import read_document


def test_cli_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert "goldspan 0." in capsys.readouterr().out


def test_cli_schema_is_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "spans" in schema["properties"] and "$defs" in schema


def test_cli_validate_good_file(tmp_path, small_doc, capsys):
    from goldspan.io.gold import write_document

    write_document(small_doc, tmp_path / "small.json")
    assert main(["validate", str(tmp_path / "small.json")]) == 0
    assert "ok (6 spans" in capsys.readouterr().out


def test_cli_validate_seed_gold(seed_gold_path):
    assert main(["validate", str(seed_gold_path)]) == 0


def _broken_copies(seed: dict) -> dict[str, bytes]:
    def variant(mutate):
        data = json.loads(json.dumps(seed))
        mutate(data)
        return json.dumps(data, ensure_ascii=False).encode()

    def offsets(d):
        d["spans"][3]["end"] = len(d["text"]) + 5

    def hash_(d):
        d["text"] = d["text"] + " "

    def dup(d):
        d["spans"][4]["id"] = d["spans"][3]["id"]

    def version(d):
        d["version"] = 2

    whole = json.dumps(seed, ensure_ascii=False).encode()
    return {
        "truncated": whole[: len(whole) // 2],
        "offsets": variant(offsets),
        "hash": variant(hash_),
        "duplicate": variant(dup),
        "version": variant(version),
        "binary": b"\x00\x01\x02\x03" * 10,
        "empty": b"",
        "latin1": "{\"id\": \"Hà\"}".encode("latin-1"),
    }


EXPECTED = {"truncated": "not valid JSON", "offsets": "out of range", "hash": "text_sha256",
            "duplicate": "duplicate span id", "version": "newer", "binary": "binary",
            "empty": "empty", "latin1": "not UTF-8"}


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_cli_validate_rejects_broken_copies_and_leaves_them_untouched(
        kind, tmp_path, small_doc, capsys):
    from goldspan.model.document import document_to_dict

    data = _broken_copies(document_to_dict(small_doc))[kind]
    path = tmp_path / f"{kind}.json"
    path.write_bytes(data)
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert EXPECTED[kind] in err and str(path) in err
    assert "Traceback" not in err
    assert path.read_bytes() == data


def test_cli_validate_folder_and_missing_paths(tmp_path, small_doc, capsys):
    from goldspan.io.gold import write_document

    write_document(small_doc, tmp_path / "a.json")
    (tmp_path / "b.json").write_text("{", encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr()
    assert "1 valid, 1 invalid" in out.out
    assert main(["validate", str(tmp_path / "missing.json")]) == 1
    assert "no such" in capsys.readouterr().err


def test_cli_extract_seed_text_equals_gold(tmp_path, seed_text_path, seed_gold_path):
    out = tmp_path / "out"
    assert main(["extract", str(seed_text_path), "--out", str(out)]) == 0
    doc = read_document(out / f"{seed_text_path.stem}.json")
    assert doc.text == read_document(seed_gold_path).text
    assert doc.status == "todo"
    assert doc.spans and all(s.source and "@" in s.source for s in doc.spans)


def test_cli_extract_reports_bad_input_and_processes_the_rest(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Tiêu đề\n\nNội dung bài.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Hà".encode("cp1252"))
    folder = tmp_path / "folder.json"
    folder.mkdir()
    out = tmp_path / "out"
    code = main(["extract", str(bad), str(good), str(tmp_path / "nope.txt"), "--out", str(out),
                 "--extractor", "paragraphs"])
    assert code == 1
    err = capsys.readouterr().err
    assert "bad.txt" in err and "--encoding" in err and "nope.txt" in err
    assert (out / "good.json").exists()
    assert read_document(out / "good.json").spans[0].source == "paragraphs@1"


def test_cli_extract_unknown_extractor(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Tiêu đề", encoding="utf-8")
    assert main(["extract", str(good), "--out", str(tmp_path / "o"), "--extractor", "zzz"]) == 1
    assert "unknown extractor 'zzz'" in capsys.readouterr().err


def test_cli_python_m_goldspan_runs():
    result = subprocess.run([sys.executable, "-m", "goldspan", "--version"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "goldspan" in result.stdout


def test_cli_console_script_installed():
    exe = shutil.which("goldspan") or str(__import__("pathlib").Path(sys.executable).parent / "goldspan")
    result = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0


def test_cli_extract_refuses_an_id_that_is_not_a_file_name(tmp_path, small_doc, capsys):
    from goldspan.io.gold import write_document

    small_doc.id = "../escape"
    write_document(small_doc, tmp_path / "in.json")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "in.json"), "--out", str(out),
                 "--extractor", "paragraphs"]) == 1
    assert "in.json" in capsys.readouterr().err
    assert not (tmp_path / "escape.json").exists()
