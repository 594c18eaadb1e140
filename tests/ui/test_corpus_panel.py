"""Corpus panel: listing from the index, status and text filters, sorting, activation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from goldspan.io.corpus import Corpus
from goldspan.model.document import Span, new_document
from goldspan.ui.corpus_model import HAS_SUGGESTED, CorpusTableModel, fold
from goldspan.ui.corpus_panel import CorpusPanel, import_filter

ARTICLES = [
    ("a1", "Đảng ủy phường họp tổng kết năm", "todo", 0),
    ("a2", "Hà Nội mở thêm ba tuyến xe buýt", "in_progress", 2),
    ("a3", "Giá rau tăng mạnh sau mưa lớn", "done", 0),
    ("a4", "Trường học ở Đông Anh đón học sinh", "todo", 1),
]


def make_corpus(root) -> Corpus:
    corpus = Corpus.create(root)
    for doc_id, title, status, suggested in ARTICLES:
        doc = new_document(doc_id, f"{title}\n\nNội dung bài viết số {doc_id}.", {"title": title})
        doc.status = status
        for i in range(suggested + 1):
            doc.spans.append(Span(id=f"z{i}", layer="zone", label="BODY", start=0, end=5,
                                  text=doc.text[:5], review="suggested" if i < suggested else None))
        corpus.add(doc)
    return corpus


@pytest.fixture
def panel(qtbot, tmp_path):
    widget = CorpusPanel()
    qtbot.addWidget(widget)
    widget.set_corpus(make_corpus(tmp_path / "corpus"))
    return widget


def test_corpus_panel_lists_entries_with_status_and_counts(panel):
    model = panel.model
    assert model.rowCount() == 4
    row = model.row_of("a2")
    assert model.index(row, CorpusTableModel.TITLE).data() == "Hà Nội mở thêm ba tuyến xe buýt"
    assert model.index(row, CorpusTableModel.STATUS).data() == "in progress"
    assert model.index(row, CorpusTableModel.SPANS).data() == 3
    assert model.index(row, CorpusTableModel.SUGGESTED).data() == 2
    assert model.index(model.row_of("a1"), CorpusTableModel.SUGGESTED).data() == ""
    assert panel.count_label.text() == "4 documents"


def test_corpus_panel_status_filter(panel):
    panel.status_box.setCurrentIndex(panel.status_box.findData("todo"))
    assert sorted(panel.visible_ids()) == ["a1", "a4"]
    assert panel.count_label.text() == "2 of 4 documents"
    panel.status_box.setCurrentIndex(panel.status_box.findData(HAS_SUGGESTED))
    assert sorted(panel.visible_ids()) == ["a2", "a4"]


def test_corpus_panel_text_filter_ignores_case_and_diacritics(panel):
    panel.search.setText("dong anh")
    assert panel.visible_ids() == ["a4"]
    panel.search.setText("ĐẢNG ỦY")
    assert panel.visible_ids() == ["a1"]
    panel.search.setText("a3")
    assert panel.visible_ids() == ["a3"]
    panel.search.setText("")
    assert len(panel.visible_ids()) == 4


def test_corpus_panel_sorts_by_numbers_and_status(panel):
    panel.table.sortByColumn(CorpusTableModel.SUGGESTED, Qt.SortOrder.DescendingOrder)
    assert panel.visible_ids()[:2] == ["a2", "a4"]
    panel.table.sortByColumn(CorpusTableModel.STATUS, Qt.SortOrder.AscendingOrder)
    assert panel.visible_ids()[-1] == "a3"


def test_corpus_panel_click_emits_document_activated(panel, qtbot):
    panel.show()
    index = panel.proxy.index(1, CorpusTableModel.TITLE)
    rect = panel.table.visualRect(index)
    with qtbot.waitSignal(panel.document_activated) as blocker:
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [panel.visible_ids()[1]]


def test_corpus_panel_refresh_sees_changes_and_keeps_current(panel):
    corpus = panel.corpus
    panel.set_current("a3")
    doc = corpus.load("a1")
    doc.status = "done"
    corpus.save(doc)
    corpus.add(new_document("a5", "Bài mới về giao thông", {"title": "Bài mới"}))
    panel.refresh()
    assert panel.model.rowCount() == 5
    row = panel.model.row_of("a1")
    assert panel.model.entry(row).status == "done"
    selected = panel.table.selectionModel().selectedRows()
    assert [i.data(Qt.ItemDataRole.UserRole + 1) for i in selected] == ["a3"]


def test_corpus_panel_unreadable_file_is_listed_with_reason(panel):
    (panel.corpus.root / "hong.json").write_text("{ không phải json", encoding="utf-8")
    panel.refresh()
    row = panel.model.row_of("hong")
    assert row >= 0
    assert panel.model.index(row, 0).data().startswith("⚠")
    assert "cannot be read" in panel.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_corpus_panel_without_corpus_is_empty(qtbot):
    widget = CorpusPanel()
    qtbot.addWidget(widget)
    widget.set_corpus(None)
    assert widget.model.rowCount() == 0
    assert not widget.import_button.isEnabled()
    assert widget.import_files(["x.txt"]) == []


def test_corpus_model_fold():
    assert fold("Đảng Ủy Hà Nội") == "dang uy ha noi"


def test_corpus_panel_update_document_changes_one_row_without_disk(panel):
    panel.status_box.setCurrentIndex(panel.status_box.findData("todo"))
    assert sorted(panel.visible_ids()) == ["a1", "a4"]
    doc = panel.corpus.load("a1")
    doc.status = "in_progress"
    doc.spans[0].review = "suggested"
    panel.update_document(doc)  # not saved: the row follows the open document
    row = panel.model.row_of("a1")
    assert panel.model.index(row, CorpusTableModel.STATUS).data() == "in progress"
    assert panel.model.index(row, CorpusTableModel.SUGGESTED).data() == 1
    assert panel.visible_ids() == ["a4"]


def test_corpus_panel_import_filter_lists_every_importer_suffix():
    from goldspan.io.registry import importers

    text = import_filter()
    for importer in importers().values():
        for suffix in importer.suffixes:
            assert f"*{suffix}" in text
    assert "*.gsmark" in text and "*.conll" in text and text.endswith("All files (*)")
