"""Import flow: good files imported and pre-annotated, bad ones listed with the reason."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from goldspan.io.corpus import Corpus
from goldspan.model.document import Span, document_to_dict, new_document
from goldspan.ui.corpus_panel import CorpusPanel
from goldspan.ui.import_flow import import_into_corpus, import_paths


@pytest.fixture
def sources(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "bai-mot.txt").write_text(
        "Xã Yên Bình khánh thành cầu mới\n\nSáng nay người dân đi qua cây cầu mới.\n",
        encoding="utf-8")
    (folder / "bai-hai.txt").write_text(
        "Chợ quê ngày Tết\n\nNgười bán hàng dậy từ bốn giờ sáng.\n", encoding="utf-16")
    (folder / "hong.txt").write_bytes(b"Ch\xe1 b\xe0i h\xf4ng ph\xe1i UTF-8\xff")
    (folder / "rong.txt").write_text("   \n", encoding="utf-8")
    doc = new_document("vang", "Tiêu đề có sẵn\n\nĐoạn văn có sẵn.", {"title": "Tiêu đề có sẵn"})
    doc.spans.append(Span(id="z1", layer="zone", label="TITLE", start=0, end=14,
                          text="Tiêu đề có sẵn"))
    (folder / "vang.json").write_text(json.dumps(document_to_dict(doc), ensure_ascii=False),
                                      encoding="utf-8")
    (folder / "ghi-chu.xyz").write_text("không phải bài báo", encoding="utf-8")
    return folder


def test_import_flow_imports_good_files_and_lists_bad_ones(sources, tmp_path):
    files = sorted(sources.iterdir())
    result = import_paths(files, tmp_path / "corpus")
    assert sorted(result.imported) == ["bai-hai", "bai-mot", "vang"]
    reasons = {name.rsplit("/", 1)[-1]: why for name, why in result.skipped}
    assert set(reasons) == {"hong.txt", "rong.txt", "ghi-chu.xyz"}
    assert "UTF-8" in reasons["hong.txt"]
    assert "empty" in reasons["rong.txt"]
    assert "no importer" in reasons["ghi-chu.xyz"]
    corpus = Corpus(tmp_path / "corpus")
    doc = corpus.load("bai-mot")
    assert doc.spans and all(s.review == "suggested" for s in doc.spans)
    assert corpus.load("bai-hai").text.startswith("Chợ quê")
    assert [s.id for s in corpus.load("vang").spans] == ["z1"]  # annotated: kept as it is


def test_import_flow_folder_takes_importable_files_only(sources, tmp_path):
    result = import_paths([sources], tmp_path / "corpus")
    assert sorted(result.imported) == ["bai-hai", "bai-mot", "vang"]
    assert not any(p.endswith(".xyz") for p, _ in result.skipped)


def test_import_flow_never_overwrites_existing_documents(sources, tmp_path):
    corpus = Corpus.create(tmp_path / "corpus")
    mine = new_document("bai-mot", "Bản đã chú thích của tôi", {"title": "của tôi"})
    mine.status = "done"
    corpus.add(mine)
    result = import_paths([sources / "bai-mot.txt"], corpus.root)
    assert result.imported == []
    assert "already in the corpus" in result.skipped[0][1]
    assert corpus.load("bai-mot").status == "done"


def test_import_flow_cancel_keeps_what_was_imported(sources, tmp_path):
    calls = []

    def progress(done, total, name):
        calls.append((done, total, name))
        return done < 1

    result = import_paths([sources / "bai-mot.txt", sources / "bai-hai.txt"],
                          tmp_path / "corpus", progress)
    assert result.cancelled and result.imported == ["bai-mot"]
    assert "cancelled" in result.summary()
    assert Corpus(tmp_path / "corpus").entries()[0].id == "bai-mot"


def test_import_flow_dialog_reports_bad_file(qtbot, sources, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    ids = import_into_corpus(parent, [sources / "bai-mot.txt", sources / "hong.txt"],
                             tmp_path / "corpus")
    assert ids == ["bai-mot"]
    box = parent.findChild(QMessageBox, "importReport")
    assert box is not None
    assert "hong.txt" in box.informativeText()
    assert "1 skipped" in box.text()
    box.close()


def test_import_flow_from_corpus_panel(qtbot, sources, tmp_path):
    panel = CorpusPanel()
    qtbot.addWidget(panel)
    panel.set_corpus(Corpus.create(tmp_path / "corpus"))
    with qtbot.waitSignal(panel.imported) as blocker:
        ids = panel.import_files([sources / "bai-mot.txt", sources / "rong.txt"])
    assert ids == ["bai-mot"] == blocker.args[0]
    assert panel.visible_ids() == ["bai-mot"]
    box = panel.findChild(QMessageBox, "importReport")
    assert box is not None and "rong.txt" in box.informativeText()
    box.close()


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cầu mới ở Yên Bình</title></head>
<body><article><h1>Xã Yên Bình khánh thành cầu mới</h1>
<p>Sáng 5/3/2024, UBND xã Yên Bình khánh thành cây cầu dài 120 mét.</p>
<p>Ông Nguyễn Văn Hùng cho biết cầu giúp 2.000 hộ dân đi lại thuận tiện hơn.</p>
</article></body></html>"""


def test_import_flow_html_keeps_page_zones_and_adds_other_layers(tmp_path):
    page = tmp_path / "cau-moi.html"
    page.write_text(PAGE, encoding="utf-8")
    result = import_paths([page], tmp_path / "corpus")
    assert result.imported == ["cau-moi"], result.skipped
    doc = Corpus(tmp_path / "corpus").load("cau-moi")
    zones = [s for s in doc.spans if s.layer == "zone"]
    assert zones and all(s.source.startswith("html@") for s in zones)
    assert {s.layer for s in doc.spans} > {"zone"}  # extractors added other layers


def test_import_flow_does_not_annotate_reviewed_documents(tmp_path):
    doc = new_document("xong", "Bài đã xong\n\nNăm 2020 có 92 đảng viên.", {"title": "xong"})
    doc.status = "done"
    path = tmp_path / "xong.json"
    path.write_text(json.dumps(document_to_dict(doc), ensure_ascii=False), encoding="utf-8")
    result = import_paths([path], tmp_path / "corpus")
    assert result.imported == ["xong"]
    assert Corpus(tmp_path / "corpus").load("xong").spans == []


def test_import_flow_extractor_failure_keeps_the_article(tmp_path, monkeypatch, sources):
    import goldspan.ui.import_flow as flow

    def broken(doc, names=None):
        doc.spans.append(Span(id="bad", layer="zone", label="BODY", start=0, end=1, text="X"))
        raise RuntimeError("hỏng")

    monkeypatch.setattr(flow, "run_pipeline", broken)
    result = import_paths([sources / "bai-mot.txt"], tmp_path / "corpus")
    assert result.imported == ["bai-mot"]
    assert "pre-annotation failed" in result.notes[0]
    assert Corpus(tmp_path / "corpus").load("bai-mot").spans == []


def test_import_flow_importer_bug_skips_only_that_file(tmp_path, monkeypatch, sources):
    import goldspan.io.registry as registry

    gold = registry.importers()["gold"]

    def broken(path, **_):
        raise KeyError("speakers")

    monkeypatch.setitem(registry._IMPORTERS, "gold",
                        registry.Importer(gold.name, gold.description, broken, gold.suffixes))
    result = import_paths(sorted(sources.iterdir()), tmp_path / "corpus")
    assert sorted(result.imported) == ["bai-hai", "bai-mot"]
    reasons = {name.rsplit("/", 1)[-1]: why for name, why in result.skipped}
    assert "KeyError" in reasons["vang.json"] and "please report it" in reasons["vang.json"]


def test_import_flow_brat_folder_is_one_input(tmp_path):
    from goldspan.io.formats.brat import write_brat
    from tests.io.test_fmt_roundtrip import interview_doc

    write_brat([interview_doc()], tmp_path / "brat")
    result = import_paths([tmp_path / "brat"], tmp_path / "corpus")
    assert result.imported == ["ben-song"] and result.skipped == []
    assert result.total == 1
    assert Corpus(tmp_path / "corpus").load("ben-song").text == interview_doc().text
