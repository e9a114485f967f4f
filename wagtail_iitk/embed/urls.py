"""Routes of the embeds, mounted at ``iitk/embed/`` by ``wagtail_iitk.urls``."""

from django.urls import path, re_path

from . import views
from .oembed import OEmbedView
from .partners import theme_stylesheet
from .worksheets import WorksheetEmbedView

app_name = "wagtail_iitk_embed"

urlpatterns = [
    path("questions/", views.QuestionsEmbedView.as_view(), name="questions"),
    path("worksheet/<slug:slug>/", WorksheetEmbedView.as_view(), name="worksheet"),
    re_path(r"^theme/(?P<colour>[0-9a-f]{6})\.css$", theme_stylesheet, name="theme"),
    # Every embeddable kind: /iitk/embed/<kind>/<slug>/ (tool, framework, story, ...).
    path("<slug:kind>/<slug:slug>/", views.PageEmbedView.as_view(), name="item"),
]

#: The oEmbed provider, mounted in the API's namespace by ``wagtail_iitk.urls``.
api_urlpatterns = [path("oembed/", OEmbedView.as_view(), name="oembed")]
