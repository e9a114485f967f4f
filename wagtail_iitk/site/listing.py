"""The index pages' filters (tools, frameworks, stories): the API's filter sets, run
on the page's own visible children, so ``?stage=understand`` finds the same items on
the site as in the API. Each filter offers one value at a time in the page's form;
the URL may give several, as the API takes them.
"""

from django.http import QueryDict

from ..api.filters import filterset_for
from ..models.kinds import kind_of


def listing_filterset(page):
    """The filter set class of the kind an index page lists."""
    return filterset_for(kind_of(page.listing_model).name)


def filter_listing(page, request, queryset):
    """``(queryset, active, errors)``: ``queryset`` narrowed by the request's values of
    the page's filters; ``active`` {name: [value, ...]} of those given; ``errors``
    {name: [message, ...]} for values that do not exist (then nothing is listed)."""
    filterset_class = listing_filterset(page)
    data = QueryDict(mutable=True)
    active = {}
    for name in page.listing_filters:
        if name not in filterset_class.base_filters:
            continue
        values = [value.strip() for value in request.GET.getlist(name) if value.strip()]
        if values:
            data.setlist(name, values)
            active[name] = values
    if not active:
        return queryset, active, {}
    filterset = filterset_class(data, queryset=queryset)
    if not filterset.is_valid():
        return queryset.none(), active, {k: list(v) for k, v in filterset.errors.items()}
    return filterset.qs, active, {}
