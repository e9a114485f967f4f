"""Template helpers for the toolkit's public page templates.

Load with ``{% load iitk_tags %}``. Everything here is read-only and safe to call from
an overriding template; the filters that take related objects drop anything the public
may not see (unpublished, private or expired pages, unpublished questions).
"""

from urllib.parse import urlencode

from django import template
from django.db.models import QuerySet
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import Filter
from wagtail.models import Page

from ..cards.images import PAGE_IMAGE_SPEC
from ..conf import iitk_settings
from ..embed.discovery import oembed_discovery_url as discovery_url
from ..models.mixins import IndexPageMixin
from ..models.questions import Question
from ..models.taxonomy import Category, Perspective, Stage, Strand
from ..models.visibility import visible_pages, visible_questions
from ..site.listing import listing_filterset
from ..web.language import language_links

register = template.Library()

#: GET filter name → (taxonomy model, label shown on the filter form).
FILTER_MODELS = {
    "perspective": Perspective,
    "stage": Stage,
    "strand": Strand,
    "category": Category,
}


def _is_visible(items):
    """Return the items the public may see, in their original order.

    Pages are checked in one query against :func:`visible_pages` (live, public, not
    expired); anything else with a ``live`` flag (questions) must be live. ``None``
    (a deleted chooser target) is dropped.
    """
    items = [item for item in items if item is not None]
    page_ids = [item.pk for item in items if isinstance(item, Page) and item.pk]
    visible_ids = set()
    if page_ids:
        visible_ids = set(
            visible_pages(Page.objects.filter(pk__in=page_ids)).values_list("pk", flat=True)
        )
    result = []
    for item in items:
        if isinstance(item, Page):
            if item.pk in visible_ids:
                result.append(item)
        elif getattr(item, "live", True):
            result.append(item)
    return result


@register.filter
def visible(items):
    """Keep only the pages (or questions) the public may see.

    ``{% for fw in page.frameworks.all|visible %}``. Works on querysets, the fake
    querysets of a preview, and lists such as a ListBlock of pages.
    """
    if items is None or items == "":
        return []
    if isinstance(items, QuerySet) and hasattr(items, "public"):
        return list(visible_pages(items))
    return _is_visible(list(items))


@register.filter
def visible_via(links, attr):
    """Keep the link objects whose ``attr`` (a page or question) the public may see.

    ``{% for usage in page.usages.all|visible_via:"story" %}`` keeps the usages whose
    story is visible; ``usage.story`` is then already loaded.
    """
    if links is None or links == "":
        return []
    if isinstance(links, QuerySet):
        links = links.select_related(attr)
    links = list(links)
    targets = _is_visible(getattr(link, attr, None) for link in links)
    keep = {id(target) for target in targets}
    return [link for link in links if id(getattr(link, attr, None)) in keep]


@register.filter
def choice_label(obj, field_name):
    """The display label of a choice field: ``{{ page|choice_label:"expertise" }}``."""
    getter = getattr(obj, f"get_{field_name}_display", None)
    if getter is None:
        return ""
    return getter()


@register.filter
def term_names(terms):
    """Comma-separated names of taxonomy terms: ``{{ tool.stages.all|term_names }}``."""
    if not terms:
        return ""
    return ", ".join(str(getattr(term, "name", term)) for term in terms)


@register.simple_tag(takes_context=True)
def oembed_discovery_url(context, page):
    """The page's oEmbed discovery URL, or None (not embeddable, or a preview)."""
    if page is None:
        return None
    return discovery_url(page, context.get("request"))


@register.simple_tag
def iitk_image(image, spec=PAGE_IMAGE_SPEC, alt=None):
    """An ``<img>`` of ``image`` that never writes, unlike Wagtail's ``{% image %}`` (which
    makes a missing rendition during the request): the rendition the change path made on
    publish (``cards.images.ensure_renditions``), or the original image while there is
    none (a focal point moved behind the signals' back, an overriding template's spec).
    """
    if not image:
        return ""
    alt = image.default_alt_text if alt is None else alt
    try:
        rendition = image.find_existing_rendition(image.clean_filter_for_svg(Filter(spec=spec)))
    except image.get_rendition_model().DoesNotExist:
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="{}">',
            image.file.url, image.width, image.height, alt,
        )  # fmt: skip
    return rendition.img_tag({"alt": alt})


@register.simple_tag
def iitk_setting(name):
    """A WAGTAIL_IITK setting, e.g. ``{% iitk_setting "TOOLKIT_NAME" as name %}``."""
    return getattr(iitk_settings, name)


@register.simple_tag
def toolkit_nav(toolkit_home, current_page=None):
    """The toolkit's sections (its visible child index pages) for the main navigation.

    Returns a list of ``{"page", "current"}``; ``current`` is ``"page"`` for the section's
    own index page, ``"true"`` when the current page is inside it, else ``""``.
    """
    if not toolkit_home or not getattr(toolkit_home, "pk", None):
        return []
    # Only the sections (index pages): a site's other pages under the home (an
    # accessibility statement, say) belong in its footer, not the main navigation.
    children = [
        child
        for child in visible_pages(toolkit_home.get_children()).specific()
        if isinstance(child, IndexPageMixin)
    ]
    items = []
    current_path = getattr(current_page, "path", "") or ""
    current_pk = getattr(current_page, "pk", None)
    for child in children:
        if current_pk is not None and child.pk == current_pk:
            current = "page"
        elif current_path and current_path.startswith(child.path):
            current = "true"
        else:
            current = ""
        items.append({"page": child, "current": current})
    return items


@register.simple_tag
def taxonomy_options():
    """Every taxonomy term, for filter forms: ``{% taxonomy_options as options %}``."""
    return {
        "perspectives": Perspective.objects.all(),
        "stages": Stage.objects.all(),
        "strands": Strand.objects.all(),
        "categories": Category.objects.all(),
    }


#: The index pages' filter labels (the filters are the API's, named as it names them).
FILTER_LABELS = {
    "perspective": _("Perspective"),
    "stage": _("Stage"),
    "strand": _("Strand"),
    "category": _("Category"),
    "expertise": _("Expertise needed"),
    "duration": _("Typical duration"),
    "participants": _("Participants"),
    "evidence_level": _("Evidence level"),
    "sector": _("Care sector"),
    "nation": _("UK nation"),
    "tool": _("Tool used"),
}


def _filter_options(filter_):
    """[(value, label)] a filter accepts: the live objects of a slug filter, or choices."""
    queryset = getattr(filter_, "queryset", None)
    if queryset is not None:
        items = queryset(None) if callable(queryset) else queryset.all()
        return [(item.slug, str(getattr(item, "title", None) or item)) for item in items]
    return [(value, str(label)) for value, label in filter_.extra.get("choices", ())]


@register.simple_tag
def index_filters(page, active_filters=None):
    """The filter controls of an index page, in its labelled groups.

    Returns ``[{"label", "controls": [{"name", "label", "options", "selected"}]}]`` for
    the page's ``listing_filter_groups``: each control is one of the API's filters for
    the kind it lists, with the values it accepts.
    """
    active_filters = active_filters or {}
    model = getattr(page, "listing_model", None)
    if model is None:
        return []
    filters = listing_filterset(page).base_filters
    groups = []
    for label, names in getattr(page, "listing_filter_groups", ()):
        controls = [
            {
                "name": name,
                "label": FILTER_LABELS.get(name, name.replace("_", " ").capitalize()),
                "options": _filter_options(filters[name]),
                "selected": (active_filters.get(name) or [""])[0],
            }
            for name in names
            if name in filters
        ]
        if controls:
            groups.append({"label": label, "controls": controls})
    return groups


@register.simple_tag
def page_range(items, on_each_side=2, on_ends=1):
    """Page numbers for a pagination nav, with gaps elided (``Paginator.ELLIPSIS``)."""
    paginator = items.paginator
    return list(
        paginator.get_elided_page_range(items.number, on_each_side=on_each_side, on_ends=on_ends)
    )


@register.simple_tag(takes_context=True)
def language_options(context):
    """The footer's language switcher links (see ``web.language``): one per language the
    site offers besides the current one; none on a one-language site."""
    return language_links(context.get("request"))


def _wording_key(text):
    return " ".join(str(text).lower().replace("?", " ").split())


@register.simple_tag(takes_context=True)
def key_question_links(context, texts, toolkit_home):
    """``[(text, url)]`` for a framework phase's key questions: a question's own page
    when a published question has that wording (ignoring case and the question mark),
    else the site search for the text. One query per page, however many phases."""
    texts = [text for text in (texts or []) if str(text).strip()]
    if not texts or not toolkit_home:
        return [(text, None) for text in texts]
    known = context.render_context.get("iitk_question_slugs")
    if known is None:
        rows = visible_questions(Question.objects.all()).values_list("wording", "slug")
        known = {_wording_key(wording): slug for wording, slug in rows}
        context.render_context["iitk_question_slugs"] = known
    home_url = toolkit_home.get_url(request=context.get("request"))
    links = []
    for text in texts:
        slug = known.get(_wording_key(text))
        if slug:
            links.append(
                (
                    text,
                    f"{home_url}{toolkit_home.reverse_subpage('question', kwargs={'slug': slug})}",
                )
            )
        else:
            query = urlencode({"q": str(text)})
            links.append((text, f"{home_url}{toolkit_home.reverse_subpage('search')}?{query}"))
    return links
