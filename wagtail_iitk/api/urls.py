"""Routes of the JSON API, mounted at ``api/iitk/v1/`` by ``wagtail_iitk.urls``.

Every kind in the registry has its list (``<plural>/``) and detail
(``<plural>/<slug>/``, or ``<plural>/<id>/`` for kinds looked up by id).
"""

from django.urls import path, re_path

from ..headers import framing_denied
from ..models import get_kinds
from ..web.errors import not_found_view
from . import reference, schema, views
from .discussions import DiscussionsView
from .events import EventsView
from .submissions import SubmissionsView

#: The namespace of every API route. ``wagtail_iitk.urls`` mounts these routes together
#: with the oEmbed provider (which lives with the embeds) under one namespace.
app_name = "wagtail_iitk_api"


def kind_routes():
    routes = []
    for kind in get_kinds():
        converter = "int" if kind.lookup == "pk" else "slug"
        routes += [
            path(
                f"{kind.plural}/",
                kind.resolve("list_view").as_view(kind=kind),
                name=f"{kind.name}-list",
            ),
            path(
                f"{kind.plural}/<{converter}:{kind.lookup}>/",
                views.DetailView.as_view(kind=kind),
                name=f"{kind.name}-detail",
            ),
        ]
    return routes


urlpatterns = [
    path("", views.APIRootView.as_view(), name="root"),
    *kind_routes(),
    path("taxonomy/", views.TaxonomyView.as_view(), name="taxonomy"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("cards/", views.CardsView.as_view(), name="cards"),
    path("schema/", schema.SchemaView.as_view(), name="schema"),
    path("docs/", framing_denied(schema.ReferenceView.as_view()), name="docs"),
    path("docs/redoc.js", reference.redoc_script, name="docs-script"),
    path("events/", EventsView.as_view(), name="events"),
    path("submissions/", SubmissionsView.as_view(), name="submissions"),
    path("discussions/", DiscussionsView.as_view(), name="discussions"),
]

#: Last of all: any other path under the API is a JSON 404, never an HTML page.
not_found = [re_path(r"^.*$", not_found_view, name="not-found")]
