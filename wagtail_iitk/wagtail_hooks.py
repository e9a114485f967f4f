"""Registers the toolkit's admin; the viewsets themselves live in ``wagtail_iitk.admin``."""

from wagtail.snippets.models import register_snippet

from .admin.viewsets import ToolkitViewSetGroup

register_snippet(ToolkitViewSetGroup)
