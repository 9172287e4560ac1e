"""What every public page type of the portal shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page, PagePermissionTester
from wagtail.search import index

SHARE_CARD_ROUTE = "share-card.png"  # portal/share_card.py serves it


class AliasPermissionTester(PagePermissionTester):
    """On an alias, Delete, Unpublish and Move follow the page it mirrors: the tree's shape is the
    source's, and wagtail-localize's synchroniser recreates what was removed from one locale. So
    a translator, who may edit their locale's tree, is not offered these on its aliases (and the
    views refuse them); a moderator, who may on the source page, still is."""

    def _source(self):
        if not hasattr(self, "_source_tester"):
            source = Page.objects.filter(pk=self.page.alias_of_id).first()
            self._source_tester = source and PagePermissionTester(self.user, source)
        return self._source_tester

    def _source_allows(self, action):
        if self.page.alias_of_id is None or self.user.is_superuser:
            return True
        source = self._source()
        return source is not None and getattr(source, action)()

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk) and self._source_allows("can_delete")

    def can_unpublish(self):
        return super().can_unpublish() and self._source_allows("can_unpublish")

    def can_move(self):
        return super().can_move() and self._source_allows("can_move")


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

    def permissions_for_user(self, user):
        return AliasPermissionTester(user, self)
