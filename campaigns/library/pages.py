"""ResourceLibraryPage: a library of resources (campaigns/library/resource.py) that readers
filter, sort and page through (campaigns/library/listing.py)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail_localize.fields import SynchronizedField

from portal.pages import PortalPage
from portal.serializers import TopicSerializer

from .listing import build_library_listing


class ResourceLibraryPage(PortalPage):
    """A library of resources (its child pages) that readers filter, sort and page through."""

    page_description = _(
        "A library of resources (reports, letter templates, press) that readers filter by kind "
        "and topic."
    )

    topics = ParentalManyToManyField(
        "portal.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="resource_libraries",
        help_text=_("What this library is about; shown under its introduction."),
    )
    per_page = models.PositiveSmallIntegerField(
        _("resources per page"),
        default=20,
        help_text=_("How many resources one page of the list shows (between 5 and 100)."),
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("per_page"),
    ]
    api_fields = PortalPage.api_fields + [APIField("topics", serializer=TopicSerializer(many=True))]
    override_translatable_fields = [
        SynchronizedField("topics", overridable=False),
        SynchronizedField("per_page", overridable=False),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage", "campaigns.CampaignPage"]
    subpage_types = ["campaigns.ResourcePage"]

    class Meta:
        verbose_name = _("resource library")
        verbose_name_plural = _("resource libraries")

    def clean(self):
        super().clean()
        if not 5 <= (self.per_page or 0) <= 100:
            raise ValidationError({"per_page": _("Choose a number between 5 and 100.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = build_library_listing(self, request)
        return context
