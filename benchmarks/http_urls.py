"""The example site's URLs plus the floor at ``/bench/floor/tools/`` (HTTP benchmark)."""

from django.urls import path

from benchmarks.floor import floor_tools
from example_site.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    path("bench/floor/tools/", floor_tools, name="bench-floor-tools"),
    # The example site's last pattern serves every Wagtail page: keep it last.
    *site_urlpatterns,
]
