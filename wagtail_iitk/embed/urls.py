"""Routes of the embeds, mounted at ``iitk/embed/`` by ``wagtail_iitk.urls``."""

from django.urls import path, re_path

from . import views
from .partners import theme_stylesheet

app_name = "wagtail_iitk_embed"

urlpatterns = [
    path("tool/<slug:slug>/", views.ToolEmbedView.as_view(), name="tool"),
    path("framework/<slug:slug>/", views.FrameworkEmbedView.as_view(), name="framework"),
    path("story/<slug:slug>/", views.StoryEmbedView.as_view(), name="story"),
    path("questions/", views.QuestionsEmbedView.as_view(), name="questions"),
    re_path(r"^theme/(?P<colour>[0-9a-f]{6})\.css$", theme_stylesheet, name="theme"),
]
