"""The abstract index page that lists one kind of toolkit page."""

from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import Page

from .mixins import IndexPageMixin


class ToolkitIndexPage(IndexPageMixin, Page):
    """An index under a toolkit home (one of each kind per toolkit) listing its children.

    Concrete subclasses set ``subpage_types``, ``template``, ``listing_model`` and
    ``listing_related``.
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + ["intro"]
    parent_page_types = ["wagtail_iitk.ToolkitHomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
