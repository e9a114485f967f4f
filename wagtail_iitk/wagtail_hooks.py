"""Registers the toolkit's admin; the viewsets themselves live in ``wagtail_iitk.admin``."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin import event_registrants
from .admin.engagement.viewsets import report_viewsets
from .admin.viewsets import ToolkitViewSetGroup

register_snippet(ToolkitViewSetGroup)
hooks.register("register_admin_viewset", report_viewsets)

# Events: editors export an event's registrants as CSV.
hooks.register("register_admin_urls", event_registrants.admin_urls)
hooks.register("register_page_header_buttons", event_registrants.header_buttons)
hooks.register("register_log_actions", event_registrants.register_log_action)
