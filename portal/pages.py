"""What every public page type of the portal shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

SHARE_CARD_ROUTE = "share-card.png"  # portal/share_card.py serves it


class PortalPage(Page):
    """Base for public pages: a plain-text intro used on cards, in search and in meta tags."""

    intro = models.TextField(
        _("intro"),
        blank=True,
        max_length=500,
        help_text=_(
            "One or two plain sentences that sum the page up, for cards and search results."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        abstract = True

    def get_cached_paths(self):
        """The page and its generated share card (portal/share_card.py): purged together."""
        return [*super().get_cached_paths(), SHARE_CARD_ROUTE]
