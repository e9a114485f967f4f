"""``manage.py iitk_setup``: seed the taxonomy, create the toolkit section, the groups and
the editorial workflow. Safe to run again: it only adds what is missing."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Page, Site

from ... import taxonomy_defaults as defaults
from ...conf import iitk_settings
from ...models import (
    Category,
    EventIndexPage,
    FrameworkIndexPage,
    Perspective,
    Phase,
    Stage,
    StoryIndexPage,
    Strand,
    ToolIndexPage,
    ToolkitHomePage,
)
from ...workflows import ensure_community_workflow, ensure_groups, ensure_workflow


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument(
            "--parent",
            type=int,
            help="ID of the page to create the toolkit under (default: the default "
            "site's home page).",
        )
        parser.add_argument(
            "--as-site-root",
            action="store_true",
            help="Make the new toolkit home the default site's root page.",
        )
        parser.add_argument("--title", default=None, help="Title of the new toolkit home page.")

    def report(self, message):
        self.stdout.write(message)
        self.changes += 1

    @transaction.atomic
    def handle(self, *args, parent=None, as_site_root=False, title=None, **options):
        self.changes = 0
        seed_taxonomy(self.report)
        homes = list(ToolkitHomePage.objects.all())
        if not homes:
            homes = [self.create_toolkit(parent, as_site_root, title)]
        for home in homes:
            ensure_events_index(home, self.report)
        groups = ensure_groups(homes, self.report)
        ensure_workflow(homes, groups[iitk_settings.REVIEWERS_GROUP], self.report)
        ensure_community_workflow(groups[iitk_settings.REVIEWERS_GROUP], self.report)
        if not self.changes:
            self.stdout.write("Nothing to do: the toolkit is already set up.")
        else:
            self.stdout.write(self.style.SUCCESS("Toolkit set up."))

    def create_toolkit(self, parent_id, as_site_root, title):
        """Create a toolkit home page with its tool, framework and story indexes."""
        site = Site.objects.filter(is_default_site=True).first()
        if as_site_root:
            parent = Page.get_first_root_node()
        elif parent_id:
            parent = Page.objects.filter(pk=parent_id).first()
            if parent is None:
                raise CommandError(f"There is no page with ID {parent_id}.")
        elif site is not None:
            parent = site.root_page
        else:
            raise CommandError(
                "There is no default site. Create one in Settings → Sites, or pass --parent."
            )
        title = title or iitk_settings.TOOLKIT_NAME
        slug = "toolkit"
        if parent.get_children().filter(slug=slug).exists():
            slug = f"{slugify(title)[:40]}-toolkit"
        home = parent.add_child(instance=ToolkitHomePage(title=title, slug=slug))
        for index_model, index_title, index_slug in (
            (ToolIndexPage, "Tools", "tools"),
            (FrameworkIndexPage, "Frameworks", "frameworks"),
            (StoryIndexPage, "Stories", "stories"),
        ):
            home.add_child(instance=index_model(title=index_title, slug=index_slug))
        if as_site_root:
            site = site or Site(hostname="localhost", port=80, is_default_site=True)
            site.root_page = home
            site.site_name = site.site_name or title
            site.save()
        # Where it is served: its tree path (url_path) begins with the site
        # root's slug, which is not part of any address.
        url = home.get_url()
        where = (
            f"served at {url}"
            if url
            else f"at {home.url_path} in the page tree, under no site's root page, so it "
            "is not served until a site's root page is it or one of its ancestors"
        )
        self.report(f"Created the toolkit section '{title}', {where}.")
        if as_site_root:
            self.report(f"Made '{title}' the root page of site '{site}'.")
        return home


def seed_taxonomy(report):
    """Seed each taxonomy with the EBC defaults, but only while it has no terms at all.

    A taxonomy with any term in it belongs to its editors: nothing is added, renamed or
    restored, so edits and deletions survive every later run.
    """
    if not Perspective.objects.exists():
        for order, data in enumerate(defaults.PERSPECTIVES):
            perspective = Perspective.objects.create(
                slug=data["slug"],
                name=data["name"],
                description=data["description"],
                sort_order=order,
            )
            for phase_order, (slug, name, description) in enumerate(data["phases"]):
                Phase.objects.create(
                    perspective=perspective,
                    slug=slug,
                    name=name,
                    description=description,
                    sort_order=phase_order,
                )
        report(f"Added {len(defaults.PERSPECTIVES)} perspectives with their phases.")
    for model, terms in (
        (Stage, defaults.STAGES),
        (Strand, defaults.STRANDS),
        (Category, defaults.CATEGORIES),
    ):
        if model.objects.exists():
            continue
        # create() one at a time so each term reaches the search index.
        for order, (slug, name, description) in enumerate(terms):
            model.objects.create(slug=slug, name=name, description=description, sort_order=order)
        report(f"Added {len(terms)} {model._meta.verbose_name_plural}.")


def ensure_events_index(home, report):
    """Give a toolkit home its events index (published, at ``events/`` unless that slug
    is taken), unless it has one: toolkits set up before events get theirs on the next
    run."""
    if EventIndexPage.objects.child_of(home).exists():
        return
    slug = "events"
    taken = set(home.get_children().values_list("slug", flat=True))
    number = 1
    while slug in taken:
        number += 1
        slug = f"events-{number}"
    index = home.add_child(instance=EventIndexPage(title="Events", slug=slug))
    url = index.get_url()
    where = f"served at {url}" if url else f"at '{slug}' below it, not yet served by a site"
    report(f"Created the events index of '{home.title}', {where}.")
