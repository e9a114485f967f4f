"""Behaviour shared by the toolkit's page types, so the concrete classes stay thin."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from ..conf import iitk_settings
from ..headers import deny_framing
from .visibility import visible_pages

#: GET parameters an index page filters by, and the taxonomy each one names.
TAXONOMY_FILTERS = ("perspective", "stage", "strand", "category")


class ToolkitPageMixin:
    """Knows the toolkit home it belongs to, for navigation and scoping queries."""

    @property
    def toolkit_home(self):
        from .home import ToolkitHomePage

        if isinstance(self.specific, ToolkitHomePage):
            return self.specific
        return ToolkitHomePage.objects.ancestor_of(self).order_by("-depth").first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toolkit_home"] = self.toolkit_home
        context["toolkit_name"] = iitk_settings.TOOLKIT_NAME
        return context

    def serve(self, request, *args, **kwargs):
        # Toolkit pages are not for framing (the embeds are): frame-ancestors 'none'
        # unless the site set its own CSP, plus nosniff and a Referrer-Policy.
        return deny_framing(super().serve(request, *args, **kwargs))


class IndexPageMixin(ToolkitPageMixin):
    """An index page lists its visible children, filtered and paged.

    Subclasses set ``listing_model`` (the child page class), ``listing_related``
    (relations to prefetch for the cards) and ``listing_filter_groups``: the filters the
    page offers, in labelled groups, by the names of the API's filters for the kind
    (the same filter set runs both, in ``site.listing``).
    """

    listing_model = None
    listing_related = ()
    listing_filter_groups = ((_("Classification"), TAXONOMY_FILTERS),)
    #: Runs the filters (named by dotted path: the models import nothing above them).
    listing_filter_path = "wagtail_iitk.site.listing.filter_listing"

    @property
    def listing_filters(self):
        return tuple(name for _label, names in self.listing_filter_groups for name in names)

    def get_listing_queryset(self, request):
        """The visible children of this page, narrowed by the request's filters."""
        queryset = visible_pages(self.listing_model.objects.child_of(self))
        queryset, self.active_filters, self.filter_errors = import_string(self.listing_filter_path)(
            self, request, queryset
        )
        return queryset.distinct().prefetch_related(*self.listing_related).order_by("title")

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if getattr(self, "filter_errors", None):
            response.status_code = 400  # a filter value that does not exist
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.get_listing_queryset(request), iitk_settings.PAGE_SIZE)
        try:
            items = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            items = paginator.page(1)
        except EmptyPage:
            items = paginator.page(paginator.num_pages)
        context["items"] = items
        context["active_filters"] = self.active_filters
        context["filter_errors"] = self.filter_errors
        return context
