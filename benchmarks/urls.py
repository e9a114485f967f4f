"""The example site's URLs plus what the API benchmark compares against: Wagtail's own
API v2 at ``/api/v2/`` and the floor at ``/bench/floor/tools/``."""

from django.urls import path
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from benchmarks.floor import floor_tools
from example_site.urls import urlpatterns as site_urlpatterns
from wagtail_iitk.models import ToolPage

# The package declares no Wagtail API v2 fields (it never mounts v2): give v2 the one
# field the comparison asks for (``fields=purpose``), here and only here.
ToolPage.api_fields = [APIField("purpose")]

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)


urlpatterns = [
    path("api/v2/", api_router.urls),
    path("bench/floor/tools/", floor_tools, name="bench-floor-tools"),
    # The example site's last pattern serves every Wagtail page: keep it last.
    *site_urlpatterns,
]
