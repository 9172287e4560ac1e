"""EventPage: one meeting on a calendar, whose dates and place may be only partly known."""

from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.pages import PortalPage
from portal.serializers import TopicSerializer

from .. import timing
from ..api import CategorySerializer, CountrySerializer
from ..display import EventDisplayMixin
from ..ical import event_feed_response
from ..jsonld import event_json_ld


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", pgettext_lazy("event format", "In person")
    ONLINE = "online", pgettext_lazy("event format", "Online")
    HYBRID = "hybrid", pgettext_lazy("event format", "Hybrid")


class DatePrecision(models.TextChoices):
    DAY = timing.DAY, _("Day")
    MONTH = timing.MONTH, _("Month only")
    YEAR = timing.YEAR, _("Year only")


def time_zone_choices():
    return [("", _("UTC (no time zone given)"))] + [
        (name, name.replace("_", " ")) for name in sorted(timing.available_time_zones())
    ]


# The fields `ends_at_utc` is derived from.
_SCHEDULE_FIELDS = {"start_date", "end_date", "date_precision", "time_zone"}


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Events whose last day has not yet passed in their own time zone."""
        return self.filter(ends_at_utc__gt=now or timezone.now())

    def past(self, now=None):
        return self.filter(ends_at_utc__lte=now or timezone.now())

    def for_cards(self):
        """Everything a card shows, in one query."""
        return self.select_related("category")


class EventPage(EventDisplayMixin, RoutablePageMixin, PortalPage):
    """A meeting on a calendar. Its dates may be known only to the month or the year, and its
    dates or place may still be unconfirmed: the page says so rather than guessing."""

    page_description = _(
        "One event on a calendar; its dates may be known only to the month or year."
    )

    start_date = models.DateField(
        _("start date"),
        db_index=True,
        help_text=_(
            "The first day. For an event known only to the month or year, any day in it: it is "
            "kept, and readers see only the month or year."
        ),
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("The last day, for an event over several days. Leave empty for one day."),
    )
    date_precision = models.CharField(
        _("precision of the dates"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_(
            "How precisely the dates are known. 'Month only' shows readers 'July 2013' ('Year "
            "only': '2027'), and the days typed above are kept for when it goes back to 'Day'. "
            "Calendar feeds and the event's .ics file carry it as an all-day event over the "
            "whole month or year, marked tentative, with 'Dates to be confirmed' in its "
            "description."
        ),
    )
    dates_tbc = models.BooleanField(
        _("dates to be confirmed"),
        default=False,
        help_text=_("Tick while the organiser has not confirmed the dates."),
    )
    start_time = models.TimeField(
        _("start time"),
        null=True,
        blank=True,
        help_text=_("Optional: the time the event starts, in its own time zone."),
    )
    end_time = models.TimeField(
        _("end time"),
        null=True,
        blank=True,
        help_text=_("Optional: the time the event ends on its last day, in its own time zone."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[timing.validate_time_zone],
        help_text=_(
            "Where the times are, such as Europe/Zurich. The event counts as past once its last "
            "day is over there; UTC when empty."
        ),
    )
    event_format = models.CharField(
        _("format"),
        max_length=10,
        choices=EventFormat.choices,
        default=EventFormat.IN_PERSON,
        help_text=_("In person, online, or both (hybrid)."),
    )
    venue = models.CharField(
        _("venue"),
        max_length=255,
        blank=True,
        help_text=_("The building or conference centre, for example 'UNESCO Headquarters'."),
    )
    city = models.CharField(
        _("city"), max_length=100, blank=True, help_text=_("The city, as readers know it.")
    )
    country = CountryField(
        _("country"),
        blank=True,
        db_index=True,
        help_text=_("The host country. Its name is shown in the reader's language."),
    )
    location_tbc = models.BooleanField(
        _("location to be confirmed"),
        default=False,
        help_text=_("Tick while the venue, city or country may still change."),
    )
    organiser = models.CharField(
        _("organiser"),
        max_length=200,
        blank=True,
        help_text=_("Who convenes the event, for example 'ITU' or 'ICANN'."),
    )
    category = models.ForeignKey(
        "events.EventCategory",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_pages",
        help_text=_("The kind of meeting; readers filter the calendar by it."),
    )
    topics = ParentalManyToManyField(
        "portal.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="event_pages",
        help_text=_("What is at stake at this event; readers filter the calendar by topic."),
    )
    link = models.URLField(
        _("registration or information link"),
        max_length=500,
        blank=True,
        help_text=_("The organiser's page where people register or read more."),
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ul", "ol"],
        help_text=_("What happens there and why it matters, for the event's own page."),
    )
    ical_uid = models.CharField(
        _("iCalendar UID"),
        max_length=255,
        blank=True,
        db_index=True,
        help_text=_(
            "Set when the event was imported from an .ics file: importing again updates this "
            "page instead of adding another."
        ),
    )
    # Derived from the dates and time zone on save (see events/timing.py): the instant the event
    # stops being upcoming, so that listings filter and paginate in SQL.
    ends_at_utc = models.DateTimeField(
        _("ends at (UTC)"),
        editable=False,
        blank=True,
        db_index=True,
        help_text=_("Computed: when the event stops being listed as upcoming."),
    )

    content_panels = PortalPage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("date_precision"), FieldPanel("dates_tbc")]),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldPanel("time_zone", widget=forms.Select(choices=time_zone_choices)),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_format"),
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("location_tbc"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("category"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("link"),
            ],
            heading=_("About"),
        ),
        FieldPanel("body"),
    ]
    settings_panels = PortalPage.settings_panels + [FieldPanel("ical_uid", read_only=True)]
    search_fields = PortalPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("venue"),
        index.SearchField("city"),
        index.SearchField("organiser"),
        index.RelatedFields("category", [index.SearchField("name")]),
        index.FilterField("start_date"),
        index.FilterField("ends_at_utc"),
        index.FilterField("date_precision"),
        index.FilterField("event_format"),
        index.FilterField("country"),
    ]
    api_fields = PortalPage.api_fields + [
        APIField("start_date"),
        APIField("end_date"),
        APIField("date_precision"),
        APIField("dates_tbc"),
        APIField("start_time"),
        APIField("end_time"),
        APIField("time_zone"),
        APIField("event_format"),
        APIField("venue"),
        APIField("city"),
        APIField("country", serializer=CountrySerializer()),
        APIField("location_tbc"),
        APIField("organiser"),
        APIField("category", serializer=CategorySerializer()),
        APIField("topics", serializer=TopicSerializer(many=True)),
        APIField("link"),
        APIField("body"),
    ]
    # Facts about the event are the same in every language; texts (title, intro, venue, city,
    # organiser, body) are translated.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "start_date",
            "end_date",
            "date_precision",
            "dates_tbc",
            "start_time",
            "end_time",
            "time_zone",
            "event_format",
            "country",
            "location_tbc",
            "category",
            "topics",
            "link",
            "ical_uid",
        )
    ]

    parent_page_types = ["events.EventCalendarPage"]
    subpage_types = []

    objects = PageManager.from_queryset(EventPageQuerySet)()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # --- Validation and derived fields ---------------------------------------------------------

    def clean(self):
        super().clean()
        self.validate_schedule()

    def validate_schedule(self):
        """Dates and times that make sense together (also run on imported events)."""
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date is before the start date.")
        if self.date_precision != timing.DAY and (self.start_time or self.end_time):
            errors["start_time"] = _("Times need dates known to the day.")
        elif self.end_time and not self.start_time:
            errors["start_time"] = _("Give a start time with the end time.")
        elif self.start_time and self.end_date and not self.end_time:
            errors["end_time"] = _("Give the time the event ends on its last day.")
        elif (
            self.start_time
            and self.end_time
            and not self.end_date
            and self.end_time < self.start_time
        ):
            errors["end_time"] = _("The end time is before the start time.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # The days typed stay as they are whatever the precision (readers see only the month or
        # year; the days are there again when the precision goes back to "Day").
        if self.start_date:
            self.ends_at_utc = timing.ends_at(
                self.start_date, self.end_date, self.date_precision, self.time_zone
            )
        update_fields = kwargs.get("update_fields")
        if update_fields and not _SCHEDULE_FIELDS.isdisjoint(update_fields):
            kwargs["update_fields"] = {*update_fields, "ends_at_utc"}
        return super().save(*args, **kwargs)

    # --- What templates, feeds and JSON-LD show ------------------------------------------------

    @property
    def is_online(self):
        return self.event_format == EventFormat.ONLINE

    def is_upcoming(self, now=None):
        return timing.is_upcoming(self, now)

    @property
    def feed_uid(self):
        """The iCalendar UID: the imported one, or one derived from the translation key, which
        every language version of the event shares."""
        if self.ical_uid:
            return self.ical_uid
        host = urlsplit(settings.BASE_URL).hostname or "localhost"
        return f"event-{self.translation_key}@{host}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = event_json_ld(self, request)
        url = self.get_url(request)
        if url:  # no URL yet when previewing a new page
            context["ics_url"] = url + "event.ics"
        return context

    def get_cached_paths(self):
        """The page, its share card and its .ics file are purged together when the event
        changes."""
        return [*super().get_cached_paths(), "event.ics"]  # as get_context() links it

    @path("event.ics/", name="ics")
    def ics(self, request):
        """This event as an .ics file, to add to one's own calendar (an event known only to the
        month or year is an all-day event over that period, marked tentative: events/ical.py)."""
        return event_feed_response(self, request)
