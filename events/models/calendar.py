"""EventCalendarPage: a calendar of events people browse, filter and subscribe to."""

from urllib.parse import urlencode

from django import forms
from django.db.models import F
from django.http import HttpResponse
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail_localize.fields import SynchronizedField

from portal.feeds import FEED_LENGTH, FEED_ROUTE, PageFeed, page_feed_url
from portal.i18n import absolute
from portal.pages import PortalPage
from portal.serializers import TopicSerializer

from ..filters import EventFilterForm
from ..ical import calendar_feed_response
from ..listing import PAST, UPCOMING, build_listing, calendar_events
from .event import EventPage


class EventCalendarPage(RoutablePageMixin, PortalPage):
    """A calendar: its events are its child pages. Readers see upcoming events first, can look
    back at past ones, filter them and subscribe to the feed in their calendar app."""

    page_description = _(
        "A calendar of events, with filters and feeds readers subscribe to; events are added or "
        "imported (.ics) under it."
    )

    topics = ParentalManyToManyField(
        "portal.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="event_calendars",
        help_text=_("What this calendar is about; shown under its introduction."),
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    api_fields = PortalPage.api_fields + [
        APIField("topics", serializer=TopicSerializer(many=True)),
    ]
    override_translatable_fields = [SynchronizedField("topics")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event calendar")

    def events(self):
        return calendar_events(self)

    def get_cached_paths(self):
        """What a front cache holds for this calendar: the upcoming and past listings and the
        subscribable feeds (publishing one of its events purges them, see portal/cache.py;
        every filter's query string goes with each, in Varnish and in the application cache).
        The paths are the ones the page links: `calendar.ics` (feed_url()) and the Atom feed."""
        listings = super().get_cached_paths()  # the page and its share card
        return [*listings, self.reverse_subpage("past"), "calendar.ics", FEED_ROUTE]

    # --- Views ---------------------------------------------------------------------------------

    @path("", name="upcoming")
    def upcoming_view(self, request):
        return self._listing_response(request, UPCOMING)

    @path("past/", name="past")
    def past_view(self, request):
        return self._listing_response(request, PAST)

    @path("calendar.ics/", name="ics")
    def ics_view(self, request):
        """The subscribable feed, with the same filters as the page."""
        events = self.events()
        form = EventFilterForm(request.GET, events=events)
        if not form.is_valid():
            # A feed reader cannot show a message next to an empty calendar: refuse clearly.
            return HttpResponse(
                "\n".join(str(message) for message in form.error_messages),
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        return calendar_feed_response(self, form.filter(events), request)

    @path("feed.atom/", name="atom")
    def atom_view(self, request):
        """New and changed events for feed readers (filters are the .ics feed's business)."""
        return EventFeed(self)(request)

    def _listing_response(self, request, period):
        listing = build_listing(self, request.GET, period)
        base_url = self.get_url(request) or "/"  # no URL yet when previewing a new page
        past_url = base_url + self.reverse_subpage("past")
        feed_url = self.feed_url(request, listing.active_filters if listing.form.is_valid() else {})
        return self.render(
            request,
            context_overrides={
                "listing": listing,
                "period": period,
                "upcoming_url": base_url,
                "past_url": past_url,
                "view_url": past_url if period == PAST else base_url,
                "feed_url": feed_url,
                "atom_url": page_feed_url(self, request),
                "webcal_url": "webcal://" + absolute(request, feed_url).split("://", 1)[1],
                "other_calendars": (
                    self.get_siblings(inclusive=False)
                    .live()
                    .type(EventCalendarPage)
                    .only("id", "title", "url_path", "locale_id")
                ),
            },
        )

    def feed_url(self, request=None, filters=None):
        """`<calendar url>calendar.ics`, with the given filters as its query string."""
        url = (self.get_url(request) or "/") + "calendar.ics"
        if filters:
            url += "?" + urlencode(filters)
        return url


class EventFeed(PageFeed):
    """A calendar's events, the most recently published first, in the calendar's language; each
    entry says when and where the event takes place."""

    def items(self, page):
        events = self.real_pages(EventPage.objects.child_of(page)).order_by(
            F("first_published_at").desc(nulls_last=True), "-pk"
        )
        return list(events.select_related("locale", "category")[:FEED_LENGTH])

    def item_description(self, item):
        when_where = " · ".join(
            str(part) for part in (item.dates_display, item.place_display) if part
        )
        return "<br>".join(escape(part) for part in (when_where, item.intro) if part)
