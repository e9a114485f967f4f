"""Tool cards drawn as a PDF with WeasyPrint: four A6 cards on each A4 sheet, with
cut lines, in greys that survive a black-and-white printer; a QR code (segno) on each
card leads to the tool's page.

WeasyPrint and segno come with the package's ``cards`` extra; without them the card
routes answer 503 and say so.
"""

from django.template.loader import render_to_string

#: Cards on one A4 sheet (two across, two down: A6 each).
PER_SHEET = 4


class PrintingUnavailable(Exception):
    """WeasyPrint or segno is not installed (the ``cards`` extra)."""


def _libraries():
    try:
        import segno
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: Pango is missing
        raise PrintingUnavailable(str(error)) from error
    return segno, weasyprint


#: Pixels per QR module: about 220 dpi at the card's 20 mm, sharp on any printer.
QR_SCALE = 6


def qr_code(segno, url):
    """A PNG data URI of a QR code for ``url`` (medium error correction)."""
    return segno.make(url, error="m").png_data_uri(scale=QR_SCALE, border=0)


def render_pdf(cards, *, title, language="en-GB"):
    """The PDF bytes of ``cards`` (dicts from ``deck.cards``), four to a sheet."""
    segno, weasyprint = _libraries()
    for card in cards:
        card["qr"] = qr_code(segno, card["url"])
    sheets = [cards[i : i + PER_SHEET] for i in range(0, len(cards), PER_SHEET)] or [[]]
    markup = render_to_string(
        "wagtail_iitk/printing/cards.html",
        {"sheets": sheets, "title": title, "language": language},
    )
    # No base URL: the markup refers to nothing outside itself (the QR codes are data
    # URIs), so rendering never fetches anything.
    return weasyprint.HTML(string=markup, url_fetcher=_data_only()).write_pdf()


def _data_only():
    """A URL fetcher that reads data: URIs and fetches nothing else (WeasyPrint 68+
    has a fetcher class; earlier releases take a function)."""
    from weasyprint import urls

    if hasattr(urls, "URLFetcher"):
        return urls.URLFetcher(allowed_protocols={"data"})

    def fetch(url, *args, **kwargs):
        if not url.startswith("data:"):
            raise ValueError(f"Tool cards fetch nothing: {url}")
        return urls.default_url_fetcher(url, *args, **kwargs)

    return fetch
