"""A project view that answers the API's address before wagtail_iitk.urls is reached."""

from django.http import HttpResponse
from django.urls import include, path, re_path


def legacy_api(request, rest=""):
    return HttpResponse("the old API")


urlpatterns = [
    re_path(r"^api/(?P<rest>.*)$", legacy_api, name="legacy-api"),
    path("", include("wagtail_iitk.urls")),
]
