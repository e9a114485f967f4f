"""ModelAdmin registrations for the taxonomy and partner organisations."""

from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from wagtail_iitk.models import Category, PartnerOrganisation, Perspective, Stage, Strand


class TaxonomyAdmin(ModelAdmin):
    list_display = ("name", "slug", "sort_order")
    search_fields = ("name", "description")
    ordering = ("sort_order", "name")


class PerspectiveAdmin(TaxonomyAdmin):
    model = Perspective
    menu_icon = "view"


class StageAdmin(TaxonomyAdmin):
    model = Stage
    menu_icon = "order"


class StrandAdmin(TaxonomyAdmin):
    model = Strand
    menu_icon = "list-ul"


class CategoryAdmin(TaxonomyAdmin):
    model = Category
    menu_icon = "tag"


class PartnerOrganisationAdmin(ModelAdmin):
    model = PartnerOrganisation
    menu_icon = "group"
    list_display = ("name", "ods_code", "active", "theme_colour")
    list_filter = ("active",)
    search_fields = ("name", "ods_code")
    form_fields_exclude = ("widget_key",)


class ToolkitModelAdminGroup(ModelAdminGroup):
    menu_label = _("Toolkit (ModelAdmin)")
    menu_icon = "folder-open-inverse"
    menu_order = 160
    items = (PerspectiveAdmin, StageAdmin, StrandAdmin, CategoryAdmin, PartnerOrganisationAdmin)


modeladmin_register(ToolkitModelAdminGroup)
