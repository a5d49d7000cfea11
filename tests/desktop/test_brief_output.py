"""Preview, export and print from the brief panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from tests.desktop.conftest import check_countries
from tests.desktop.user_actions import choose
from tests.reports.pdf_reading import all_text, page_texts


def _has_ink(widget) -> bool:
    image = widget.grab().toImage()
    white = QColor("white").rgb()
    step_x, step_y = max(1, image.width() // 60), max(1, image.height() // 60)
    dark = 0
    for x in range(0, image.width(), step_x):
        for y in range(0, image.height(), step_y):
            color = QColor(image.pixel(x, y))
            if image.pixel(x, y) != white and color.lightness() < 160:
                dark += 1
    return dark > 20


def test_the_preview_shows_the_first_page_of_the_brief(window, qtbot):
    check_countries(window, "ML")
    window.side_tabs.setCurrentWidget(window.brief)
    with qtbot.waitSignal(window.brief.rendered, timeout=30000) as pages:
        window.brief.refresh_now()
    assert pages.args[0] >= 2
    qtbot.waitUntil(lambda: _has_ink(window.brief.view), timeout=10000)


def test_export_writes_a_pdf_naming_the_selected_countries(window, qtbot, tmp_path):
    check_countries(window, "ML", "NE")
    choose(qtbot, window.brief.language, "en")
    target = tmp_path / "brief.pdf"
    assert window.exports.export_to(target)
    text = all_text(target.read_bytes())
    assert "Mali" in text and "Niger" in text
    assert window.exports.suggested_file_name().endswith("Mali, Niger.pdf")


def test_printing_to_a_pdf_file_printer_produces_the_pages(window, qtbot, tmp_path):
    check_countries(window, "ML")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    printed = window.exports.print_to(printer)
    assert printed == window.brief.document.pageCount() >= 2
    assert len(page_texts(target.read_bytes())) == printed


def test_printing_honours_the_page_range_of_the_print_dialog(window, qtbot, tmp_path):
    check_countries(window, "ML")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(100)
    printer.setFromTo(2, 3)
    target = tmp_path / "range.pdf"
    printer.setOutputFileName(str(target))
    assert window.exports.print_to(printer) == 2
    texts = page_texts(target.read_bytes())
    assert len(texts) == 2


def test_export_in_the_background_writes_the_file(window, qtbot, tmp_path):
    check_countries(window, "ML")
    target = tmp_path / "background.pdf"
    window.exports.export_with_progress(target)
    qtbot.waitUntil(target.exists, timeout=30000)
    assert "Mali" in all_text(target.read_bytes())


def test_cancelling_an_export_writes_nothing(window, qtbot, tmp_path):
    check_countries(window, "ML", "NE", "IQ")
    target = tmp_path / "cancelled.pdf"
    window.exports.export_with_progress(target)
    progress = window.exports.export_progress
    qtbot.waitUntil(progress.isVisible)
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    qtbot.wait(300)
    assert not target.exists()
    assert list(tmp_path.glob("*.pdf*")) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_export_table_writes_the_selection_as_a_workbook(window, qtbot, tmp_path):
    from openpyxl import load_workbook

    check_countries(window, "NE")
    target = tmp_path / "niger.xlsx"
    assert window.exports.export_table_to(target)
    titles = [row[0].value for row in load_workbook(target).worksheets[0].iter_rows(min_row=2)]
    assert any("Niger" in (title or "") for title in titles)


def test_printing_right_after_a_change_prints_the_new_selection(window, qtbot, tmp_path):
    check_countries(window, "ML")
    with qtbot.waitSignal(window.brief.rendered, timeout=30000):
        window.brief.refresh_now()
    check_countries(window, "DK")  # picked, and printed before the preview caught up
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(72)
    target = tmp_path / "now.pdf"
    printer.setOutputFileName(str(target))
    printed = window.exports.print_to(printer)
    assert printed == len(page_texts(window.brief.current_pdf()))
    assert window.brief.document.pageCount() == printed


def test_page_ranges_with_gaps_or_past_the_end(window, qtbot, tmp_path):
    from PySide6.QtGui import QPageRanges

    from desktop.preview.printing import pages_to_print

    printer = QPrinter()
    assert pages_to_print(printer, 3) == [0, 1, 2]
    ranges = QPageRanges()
    ranges.addPage(1)
    ranges.addPage(3)
    printer.setPageRanges(ranges)
    assert pages_to_print(printer, 3) == [0, 2]
    printer.setFromTo(5, 6)
    assert pages_to_print(printer, 3) == []
    check_countries(window, "ML")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # resets the range: set it after
    printer.setOutputFileName(str(tmp_path / "none.pdf"))
    printer.setFromTo(40, 41)  # a Mali brief has a handful of pages
    assert window.exports.print_to(printer) == 0
    assert not (tmp_path / "none.pdf").exists()


def test_printing_to_a_pdf_file_writes_the_vector_pdf_with_its_text(window, qtbot, tmp_path):
    check_countries(window, "ML")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    window.exports.print_to(printer)
    assert page_texts(target.read_bytes()) == page_texts(window.brief.current_pdf())
    printer.setFromTo(2, 3)
    window.exports.print_to(printer)
    assert page_texts(target.read_bytes()) == page_texts(window.brief.current_pdf())[1:3]


def test_after_an_export_the_status_bar_offers_open_and_show_in_folder(window, qtbot, tmp_path):
    from PySide6.QtCore import QObject, Qt, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    class Opened(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[str] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.urls.append(url.toLocalFile())

    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        check_countries(window, "ML")
        target = tmp_path / "mali.pdf"
        assert window.exports.export_to(target)
        notice = window.export_notice
        assert notice.isVisible() and "mali.pdf" in notice.label.text()
        qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [str(target), str(tmp_path)]


def test_the_suggested_file_name_carries_the_places_and_the_themes(window, qtbot):
    from tests.desktop.conftest import check_themes

    check_countries(window, "ML")
    check_themes(window, "stabilisation")
    qtbot.waitUntil(
        lambda: window.exports.suggested_file_name().endswith(" Mali stabilisation.pdf")
    )
