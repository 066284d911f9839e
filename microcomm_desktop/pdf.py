"""HTML → PDF with Qt's text engine (QTextDocument + QPdfWriter): no browser, fonts embedded.

Used by the GUI and by CLI exports. It needs a QGuiApplication; when none exists (CLI), one is created on the
offscreen platform so no screen is required. Services build the HTML; only this module touches Qt for it.
"""

from __future__ import annotations

import os
from pathlib import Path


def _ensure_gui_app() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["microcomm-pdf"])


def write_pdf(html: str, path: Path, title: str = "MicroComm report") -> int:
    """Write ``html`` as an A4 PDF at ``path``; returns the page count (reports aim for one page)."""
    _ensure_gui_app()
    from microcomm_desktop.services.safe_files import atomic_path

    # QPdfWriter reports no error (a folder as target, a full disk): write a temp file, check it, rename.
    with atomic_path(path) as tmp:
        return _write_pdf(html, tmp, title)


def _write_pdf(html: str, path: Path, title: str) -> int:
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("MicroComm Desktop")
    writer.setResolution(96)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(12, 12, 12, 12))
    )
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    pages = doc.pageCount()
    doc.print_(writer)
    del writer  # flushes the file
    return int(pages)
