"""Routes of the toolkit's feedback buttons, mounted at ``iitk/engagement/``."""

from django.urls import path

from . import views

app_name = "wagtail_iitk_engagement"

urlpatterns = [
    path("mark/", views.mark, name="mark"),
]
