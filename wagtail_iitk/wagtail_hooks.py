"""Registers the toolkit's admin; the viewsets themselves live in ``wagtail_iitk.admin``."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin.engagement.viewsets import report_viewsets
from .admin.viewsets import ToolkitViewSetGroup

register_snippet(ToolkitViewSetGroup)
hooks.register("register_admin_viewset", report_viewsets)
