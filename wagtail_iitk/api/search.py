"""Search input: text, never syntax.

Whatever a client sends as ``q`` (quotes, brackets, operators, a 100,000-character
string), the search backend receives only words: letters and digits, lower-cased (FTS
keywords such as ``OR`` and ``NEAR`` are upper-case), each cut to a sane length. Text
with no word in it is a 400 that says so, never a database error.
"""

import re

from rest_framework.exceptions import ValidationError

from ..conf import iitk_settings

WORD = re.compile(r"\w+", re.UNICODE)
#: No real word is longer; longer runs (a pasted hash, an attack) are cut.
MAX_WORD_LENGTH = 60
#: How many words a search may hold.
MAX_WORDS = 20


def search_words(text):
    """The words of ``text`` as the search backend may safely receive them."""
    words = [word.lower()[:MAX_WORD_LENGTH] for word in WORD.findall(text.replace("_", " "))]
    return " ".join(words[:MAX_WORDS])


def search_text(request):
    """The ``q`` parameter as safe words; "" when absent; a 400 when it is too long or
    holds no word at all."""
    raw = request.GET.get("q", "").strip()
    limit = iitk_settings.API_MAX_QUERY_LENGTH
    if len(raw) > limit:
        raise ValidationError({"q": [f"Search text must be at most {limit} characters."]})
    if not raw:
        return ""
    words = search_words(raw)
    if not words:
        raise ValidationError({"q": ["Search for words: letters or numbers, not only symbols."]})
    return words


def ranked_ids(kind, text, limit=1000):
    """Ids of the live items of ``kind`` matching ``text``, best match first.

    Search backends only filter on indexed fields, so this searches live items; callers
    apply the public filter (view restrictions, expiry) to the ids.
    """
    # Only the ids are needed: loading whole items cost more than the search itself.
    matches = kind.model.objects.filter(live=True).only("pk")
    results = matches.search(text, operator="and")[:limit]
    return [item.pk for item in results]
