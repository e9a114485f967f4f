"""Limit/offset pagination that refuses bad values instead of quietly correcting them."""

from collections import OrderedDict

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.utils.urls import remove_query_param, replace_query_param

from ..conf import iitk_settings
from ..web.caching import ignored

#: The largest offset accepted: past it, no database can count (and SQL integers overflow).
MAX_OFFSET = 2**31 - 1


def _whole_number(request, name, default, minimum, maximum=None):
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        if len(raw) > 20:
            raise ValueError(raw)
        value = int(raw)
    except ValueError:
        raise ValidationError({name: [f"Give {name} as a whole number."]}) from None
    if value < minimum or (maximum is not None and value > maximum):
        upper = f" and {maximum}" if maximum is not None else " or more"
        between = f"between {minimum}{upper}" if maximum is not None else f"{minimum}{upper}"
        raise ValidationError({name: [f"{name} must be {between}; it was {value}."]})
    return value


class ToolkitPagination(LimitOffsetPagination):
    """``limit`` (default 20, most 100) and ``offset``; out of range is a 400."""

    @property
    def default_limit(self):
        return iitk_settings.API_DEFAULT_LIMIT

    @property
    def max_limit(self):
        return iitk_settings.API_MAX_LIMIT

    def get_limit(self, request):
        return _whole_number(request, "limit", self.default_limit, 1, self.max_limit)

    def get_offset(self, request):
        return _whole_number(request, "offset", 0, 0, MAX_OFFSET)

    def paginate(self, request, queryset, count):
        """Read limit and offset, and slice ``queryset`` (``count`` is already known)."""
        self.request = request
        self.limit = self.get_limit(request)
        self.offset = self.get_offset(request)
        self.count = count
        return queryset[self.offset : self.offset + self.limit]

    def envelope(self, results):
        return OrderedDict(
            [
                ("count", self.count),
                ("next", self.get_next_link()),
                ("previous", self.get_previous_link()),
                ("results", results),
            ]
        )

    def get_previous_link(self):
        if self.offset <= 0:
            return None
        url = self._url()
        url = replace_query_param(url, self.limit_query_param, self.limit)
        if self.offset - self.limit <= 0:
            return remove_query_param(url, self.offset_query_param)
        return replace_query_param(url, self.offset_query_param, self.offset - self.limit)

    def get_next_link(self):
        if self.offset + self.limit >= self.count:
            return None
        url = replace_query_param(self._url(), self.limit_query_param, self.limit)
        return replace_query_param(url, self.offset_query_param, self.offset + self.limit)

    def _url(self):
        """The request's URL without the parameters that only say who is asking (a
        widget's ``partner``): the links are the same for every caller, as the server
        cache that stores them assumes."""
        url = self.request.build_absolute_uri()
        for name in list(self.request.query_params):
            if ignored(name):
                url = remove_query_param(url, name)
        return url
