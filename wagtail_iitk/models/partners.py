"""Partner organisations: NHS trusts and others who embed the toolkit in their intranets."""

import hmac
import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from .validators import normalise_origin, validate_hex_colour, validate_ods_code, validate_origins


def generate_widget_key():
    """A new public widget key: random, URL-safe, not a secret (it is in page source)."""
    return secrets.token_urlsafe(18)


class PartnerOrganisation(index.Indexed, models.Model):
    """An organisation that embeds the toolkit; its key attributes widgets and embeds."""

    name = models.CharField(_("name"), max_length=255, unique=True)
    ods_code = models.CharField(
        _("NHS ODS code"),
        max_length=10,
        blank=True,
        validators=[validate_ods_code],
        help_text=_("The Organisation Data Service code, e.g. RX1."),
    )
    allowed_origins = models.TextField(
        _("allowed web origins"),
        blank=True,
        validators=[validate_origins],
        help_text=_(
            "One per line, e.g. https://intranet.example.nhs.uk. "
            "Pages on these origins may frame the toolkit's embeds."
        ),
    )
    widget_key = models.CharField(
        _("public widget key"),
        max_length=64,
        unique=True,
        default=generate_widget_key,
        help_text=_("Goes in the widget script tag; it attributes embeds, it is not a secret."),
    )
    active = models.BooleanField(_("active"), default=True)
    theme_colour = models.CharField(
        _("theme colour"), max_length=7, default="#005eb8", validators=[validate_hex_colour]
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("ods_code")]),
        FieldPanel("allowed_origins"),
        FieldRowPanel([FieldPanel("theme_colour"), FieldPanel("active")]),
        FieldPanel("widget_key", read_only=True),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("ods_code"),
        index.FilterField("active"),
    ]

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def origin_list(self):
        """The allowed origins, normalised, one per entry."""
        return [
            normalise_origin(line) for line in self.allowed_origins.splitlines() if line.strip()
        ]

    def clean_fields(self, exclude=None):
        # Accept "rx1" as well as "RX1": ODS codes are capitals, so normalise first.
        self.ods_code = (self.ods_code or "").strip().upper()
        super().clean_fields(exclude=exclude)

    def clean(self):
        super().clean()
        if self.allowed_origins:
            try:
                lines = self.allowed_origins.splitlines()
                self.allowed_origins = "\n".join(
                    normalise_origin(line) for line in lines if line.strip()
                )
            except ValidationError:
                pass  # the field's own validator reports it, against the field

    def key_matches(self, key):
        """Compare a presented key with this partner's in constant time."""
        return hmac.compare_digest(self.widget_key.encode(), str(key or "").encode())

    @classmethod
    def for_key(cls, key):
        """The active partner with this widget key, or None (unknown or inactive keys)."""
        if not key or len(key) > 64:
            return None
        partner = cls.objects.filter(widget_key=key, active=True).first()
        return partner if partner and partner.key_matches(key) else None
