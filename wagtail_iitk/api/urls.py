"""Routes of the JSON API, mounted at ``api/iitk/v1/`` by ``wagtail_iitk.urls``."""

from django.urls import path, re_path

from ..embed.headers import framing_denied
from ..embed.oembed import OEmbedView
from . import reference, schema, views
from .errors import not_found_view
from .events import EventsView
from .submissions import SubmissionsView

app_name = "wagtail_iitk_api"

urlpatterns = [
    path("", views.APIRootView.as_view(), name="root"),
    path("tools/", views.ToolListView.as_view(), name="tool-list"),
    path("tools/<slug:slug>/", views.ToolDetailView.as_view(), name="tool-detail"),
    path("frameworks/", views.FrameworkListView.as_view(), name="framework-list"),
    path("frameworks/<slug:slug>/", views.FrameworkDetailView.as_view(), name="framework-detail"),
    path("stories/", views.StoryListView.as_view(), name="story-list"),
    path("stories/<slug:slug>/", views.StoryDetailView.as_view(), name="story-detail"),
    path("questions/", views.QuestionListView.as_view(), name="question-list"),
    path("questions/<int:pk>/", views.QuestionDetailView.as_view(), name="question-detail"),
    path("taxonomy/", views.TaxonomyView.as_view(), name="taxonomy"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("cards/", views.CardsView.as_view(), name="cards"),
    path("oembed/", OEmbedView.as_view(), name="oembed"),
    path("schema/", schema.SchemaView.as_view(), name="schema"),
    path("docs/", framing_denied(schema.ReferenceView.as_view()), name="docs"),
    path("docs/redoc.js", reference.redoc_script, name="docs-script"),
    path("events/", EventsView.as_view(), name="events"),
    path("submissions/", SubmissionsView.as_view(), name="submissions"),
    re_path(r"^.*$", not_found_view, name="not-found"),
]
