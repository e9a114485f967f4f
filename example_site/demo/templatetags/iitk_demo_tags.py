"""The example site's header, breadcrumb and footer links (its NHS.UK theme)."""

from django import template
from django.utils.translation import gettext as _
from wagtail.models import Page

from wagtail_iitk.conf import iitk_settings
from wagtail_iitk.templatetags.iitk_tags import toolkit_nav

from ..statements import STATEMENT_SLUGS

register = template.Library()


def _home(toolkit_home):
    if toolkit_home is not None and getattr(toolkit_home, "pk", None):
        return toolkit_home
    return None


@register.simple_tag(takes_context=True)
def demo_site_links(context, toolkit_home=None):
    """The service's name, home and search URLs, its sections (for the header) and the
    statements (for the footer), read once per page."""
    home = _home(toolkit_home)
    home_url = home.url if home else "/"
    page = context.get("page")
    statements = {}
    if home:
        for child in home.get_children().live().public().filter(slug__in=STATEMENT_SLUGS):
            statements[child.slug] = child
    nav = []
    for item in toolkit_nav(home, page) if home else []:
        section = item["page"]
        nav.append({"title": section.title, "url": section.url, "current": item["current"]})
    if home:
        browse = home_url + "browse/"
        request = context.get("request")
        current = "page" if request is not None and request.path == browse else ""
        nav.append({"title": _("Browse by activity"), "url": browse, "current": current})
    footer = [
        {"title": statements[slug].title, "url": statements[slug].url}
        for slug in STATEMENT_SLUGS
        if slug in statements
    ]
    return {
        "name": iitk_settings.TOOLKIT_NAME,
        "home_url": home_url,
        "search_url": home_url + "search/",
        "nav": nav,
        "footer": footer,
    }


@register.simple_tag
def demo_breadcrumbs(page, toolkit_home=None, current_label=None):
    """The trail to ``page``'s parent, starting with "Home" (the toolkit home): empty on
    the home page itself. With ``current_label`` (a routed view of ``page``), the trail
    runs to ``page`` itself."""
    home = _home(toolkit_home)
    if not isinstance(page, Page) or home is None:
        return []
    if page.pk == home.pk and not current_label:
        return []
    trail = [{"title": _("Home"), "url": home.url}]
    for ancestor in page.get_ancestors().filter(depth__gt=home.depth).live():
        trail.append({"title": ancestor.title, "url": ancestor.url})
    if current_label and page.pk != home.pk:
        trail.append({"title": page.title, "url": page.url})
    return trail
