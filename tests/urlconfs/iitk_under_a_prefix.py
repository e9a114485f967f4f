"""Wagtail's pages under pages/ and the toolkit's URLs under toolkit/, after them: the
catch-all only reaches pages/..., so nothing is lost."""

from django.urls import include, path
from wagtail import urls as wagtail_urls

urlpatterns = [
    path("pages/", include(wagtail_urls)),
    path("toolkit/", include("wagtail_iitk.urls")),
]
