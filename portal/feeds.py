"""Atom feeds of a page's children (a brief index's briefs, a calendar's events), per language.

A page type serves `<page url>feed.atom` from a route (`PageFeed(self)(request)`); portal/urls.py
lets a URL ending in a file name reach the page. The feed of /fr/... is French:

- entries are the page's live, public children that are real pages of that language; an alias (an
  untranslated copy of the source page) is left out, because its text is the source language's
  and it already has its entry, once, in the source language's feed;
- every link is absolute from BASE_URL, never from the request's Host header (a cache keeps the
  feed for everyone);
- an entry's id is derived from the page's translation key and language, so it survives a change
  of slug and differs between languages.
"""

import uuid

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import get_language

from portal.i18n import absolute
from portal.models import SiteSettings
from portal.progress import real_translations

FEED_ROUTE = "feed.atom"
FEED_CONTENT_TYPE = "application/atom+xml; charset=utf-8"
FEED_LENGTH = 50  # entries: feed readers keep what they already fetched


class PageFeed(Feed):
    """The Atom feed of one page. Subclasses say which items (`items`) and may add to an entry."""

    feed_type = Atom1Feed

    def __init__(self, page):
        super().__init__()
        self.page = page

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        response["Content-Type"] = FEED_CONTENT_TYPE
        return response

    def get_object(self, request, *args, **kwargs):
        return self.page

    def get_feed(self, obj, request):
        self.language = get_language()
        return super().get_feed(obj, request)

    # --- The feed ------------------------------------------------------------------------------

    def title(self, page):
        return page.seo_title or page.title

    def subtitle(self, page):
        return getattr(page, "intro", "") or page.search_description or None

    def link(self, page):
        return absolute(None, page.get_url() or "/")

    def feed_url(self, page):
        return absolute(None, page_feed_url(page))

    def feed_guid(self, page):
        return self.entry_id(page)

    def author_name(self, page):
        # Atom wants an author for the feed (or for every entry): the organisation, by default.
        return SiteSettings.load().organisation_name or None

    # --- Entries -------------------------------------------------------------------------------

    def items(self, page):
        raise NotImplementedError

    @staticmethod
    def real_pages(queryset):
        """Live, public pages of the feed's language: no aliases."""
        return real_translations(queryset.live().public())

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Atom's summary is HTML: an intro is plain text.
        return escape(getattr(item, "intro", "") or item.search_description)

    def item_link(self, item):
        return absolute(None, item.get_url())

    def item_guid(self, item):
        return self.entry_id(item)

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        # Atom requires an entry's <updated>; a page created in code may never have been
        # published through a revision.
        return (
            item.last_published_at
            or item.first_published_at
            or item.latest_revision_created_at
            or timezone.now()
        )

    def entry_id(self, page):
        return uuid.uuid5(page.translation_key, page.locale.language_code).urn


def page_feed_url(page, request=None):
    """`<page url>feed.atom` (relative to the site)."""
    return (page.get_url(request) or "/") + FEED_ROUTE
