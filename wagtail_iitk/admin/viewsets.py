"""Admin viewsets: every toolkit model under one "Toolkit" menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column, UpdatedAtColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, MenuItem
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..conf import iitk_settings
from ..models import (
    Category,
    PartnerOrganisation,
    Perspective,
    Question,
    Stage,
    Strand,
)
from .discussion import DiscussionViewSet
from .listings import page_listing_viewsets
from .reports import DueForReviewViewSet
from .submissions import SubmissionViewSet


class TaxonomyViewSet(SnippetViewSet):
    """Taxonomy terms: searchable, drag-to-reorder (``sort_order``)."""

    list_display = ["name", "slug"]
    list_per_page = 50
    add_to_admin_menu = False


class PerspectiveViewSet(TaxonomyViewSet):
    model = Perspective
    icon = "view"


class StageViewSet(TaxonomyViewSet):
    model = Stage
    icon = "order"


class StrandViewSet(TaxonomyViewSet):
    model = Strand
    icon = "list-ul"


class CategoryViewSet(TaxonomyViewSet):
    model = Category
    icon = "tag"


class QuestionViewSet(SnippetViewSet):
    """Questions are moderated: drafts, workflow, locking and preview come with the model."""

    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["wording", "perspective", "phase", "review_due", UpdatedAtColumn()]
    list_filter = ["perspective", "phase", "stages", "live"]
    list_export = ["wording", "short_label", "slug", "perspective", "phase", "review_due"]
    ordering = ["perspective__sort_order", "phase__sort_order", "sort_order"]
    list_per_page = 50
    add_to_admin_menu = False


class PartnerSnippetsView(generic.InspectView):
    """The copy-and-paste snippets for one partner: widgets, iframe and oEmbed."""

    template_name = "wagtail_iitk/admin/partner_snippets.html"
    page_title = _("Embed snippets")
    any_permission_required = ["add", "change", "delete"]

    def get_fields(self):
        return []

    def get_context_data(self, **kwargs):
        from ..embed.snippets import PartnerSnippets, base_url

        context = super().get_context_data(**kwargs)
        context["snippets"] = PartnerSnippets(
            self.object, base_url(self.request), request=self.request
        )
        return context


class PartnerLinksMixin:
    """Adds the "Embed snippets" link to a partner view (set ``snippets_url_name``)."""

    snippets_url_name = None

    def snippets_url(self, partner):
        return reverse(self.snippets_url_name, args=[partner.pk])


class PartnerIndexView(PartnerLinksMixin, generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            MenuItem(
                _("Embed snippets"), url=self.snippets_url(instance), icon_name="code", priority=15
            )
        )
        return buttons


class PartnerEditView(PartnerLinksMixin, generic.EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Embed snippets"),
                url=self.snippets_url(self.object),
                icon_name="code",
                priority=5,
            )
        )
        return buttons


class PartnerOrganisationViewSet(ModelViewSet):
    """Partners are not moderated content, so a plain ModelViewSet serves. Each partner
    has an "Embed snippets" page with the code its web team pastes into the intranet."""

    model = PartnerOrganisation
    icon = "group"
    name = "iitk_partners"
    menu_label = _("Partner organisations")
    form_fields = ["name", "ods_code", "allowed_origins", "theme_colour", "active"]
    list_display = ["name", "ods_code", BooleanColumn("active"), Column("theme_colour")]
    list_filter = ["active"]
    list_export = ["name", "ods_code", "active", "allowed_origins", "widget_key"]
    add_to_admin_menu = False
    copy_view_enabled = False
    index_view_class = PartnerIndexView
    edit_view_class = PartnerEditView

    def get_index_view_kwargs(self, **kwargs):
        snippets = self.get_url_name("snippets")
        return super().get_index_view_kwargs(snippets_url_name=snippets, **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        snippets = self.get_url_name("snippets")
        return super().get_edit_view_kwargs(snippets_url_name=snippets, **kwargs)

    @property
    def snippets_view(self):
        return self.construct_view(
            PartnerSnippetsView,
            **self.get_inspect_view_kwargs(template_name=PartnerSnippetsView.template_name),
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(f"snippets/<{self.pk_path_converter}:pk>/", self.snippets_view, name="snippets"),
        ]


class ToolkitViewSetGroup(SnippetViewSetGroup):
    """The one "Toolkit" admin menu. Registered through ``register_snippet`` so the
    snippet models are known before migrations create their permissions."""

    menu_icon = "folder-open-inverse"
    menu_order = 150

    @property
    def items(self):
        # A listing per page kind in the registry, then the snippets and the inbox.
        return (
            *page_listing_viewsets(),
            QuestionViewSet,
            PerspectiveViewSet,
            StageViewSet,
            StrandViewSet,
            CategoryViewSet,
            PartnerOrganisationViewSet,
            DueForReviewViewSet,
            SubmissionViewSet,
            DiscussionViewSet,
        )

    @property
    def menu_label(self):
        return iitk_settings.ADMIN_MENU_LABEL
