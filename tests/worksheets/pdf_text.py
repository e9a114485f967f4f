"""Read a PDF's text and pages back (pypdf), to test what printed cards say."""

import io

from pypdf import PdfReader


def pdf_reader(body):
    return PdfReader(io.BytesIO(body))


def pdf_text(body):
    """Every page's text, words joined by single spaces."""
    return " ".join(
        " ".join((page.extract_text() or "").split()) for page in pdf_reader(body).pages
    )
