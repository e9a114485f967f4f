"""Search matches marked in text: the text escaped first, then each match wrapped in
``<mark>``, so nothing in the text or the query can become markup."""

import re

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def highlight(text, words):
    """``text`` as safe HTML with each word starting with one of ``words`` marked.

    ``words`` are search words (``api.search.search_words``); matching is by word start
    and ignores case, as the search backends do. The text is cut at the matches and
    each piece escaped on its own, so a match can never fall inside an escaped entity
    (searching for ``lt`` does not break ``&lt;``).
    """
    text = text or ""
    if not words or not text:
        return escape(text)
    alternatives = "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})\w*", re.IGNORECASE)
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(format_html("<mark>{}</mark>", match.group()))
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece escaped above)
