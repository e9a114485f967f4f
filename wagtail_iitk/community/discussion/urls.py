"""The discussion's site routes, mounted at ``iitk/discussion/``."""

from django.urls import path

from . import views
from .feeds import DiscussionFeed

app_name = "wagtail_iitk_discussion"

urlpatterns = [
    path("<slug:kind>/<slug:slug>/post/", views.post_view, name="post"),
    path("<slug:kind>/<slug:slug>/feed/", DiscussionFeed(), name="feed"),
    path("report/<int:post_id>/", views.report_view, name="report"),
    path("unsubscribe/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
]
