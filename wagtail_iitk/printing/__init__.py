"""Printable tool cards: a deck as a PDF (``<toolkit home>/cards.pdf``) and one tool's
card (``<tool page>/card.pdf``), drawn on the server from public content only."""
