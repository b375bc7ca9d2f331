"""The text of a PDF's pages, read back with QtPdf (PDFium, part of PySide6-Addons): a
reader that shares no code with QPdfWriter, and needs no extra package or poppler."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument


def pdf_pages(path: Path) -> list[str]:
    document = QPdfDocument()
    error = document.load(str(path))
    assert error == QPdfDocument.Error.None_, f"{path} is not a readable PDF: {error}"
    pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return pages


def flat(text: str) -> str:
    """Words joined by single spaces: a line break in the PDF becomes a space."""
    return " ".join(text.split())
