"""StreamField blocks the events app offers to other apps' pages (campaigns' key dates)."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from portal.localized import localize_page

from .listing import calendar_events, ordered
from .models.calendar import EventCalendarPage
from .models.event import EventPage

PERIODS = [
    ("upcoming", _("Upcoming events")),
    ("past", _("Past events, newest first")),
    ("all", _("All events, in date order")),
]


class KeyDatesBlock(blocks.StructBlock):
    """A short list of a calendar's events, chosen by hand or by topic, in the reader's language.

    Rendering costs a fixed number of queries: the chosen pages are looked up again in the
    reader's locale by translation key, in one query, whatever their number.
    """

    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Shown above the list. Defaults to 'Key dates'."),
    )
    calendar = blocks.PageChooserBlock(
        label=_("Calendar"),
        page_type="events.EventCalendarPage",
        help_text=_("The calendar to list events from, and to link to."),
    )
    topic = SnippetChooserBlock(
        "portal.Topic",
        label=_("Topic"),
        required=False,
        help_text=_("Only the calendar's events on this topic. Ignored when events are chosen."),
    )
    events = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="events.EventPage"),
        label=_("Chosen events"),
        default=[],
        help_text=_(
            "Choose events to list exactly these, in this order. Leave empty to list "
            "the calendar's events."
        ),
    )
    period = blocks.ChoiceBlock(
        label=_("Which events"),
        choices=PERIODS,
        default="upcoming",
        help_text=_("When no events are chosen: upcoming ones, past ones, or all."),
    )
    max_items = blocks.IntegerBlock(
        label=_("Number of events"),
        default=5,
        min_value=1,
        max_value=20,
        help_text=_("At most this many events are listed."),
    )

    class Meta:
        icon = "date"
        label = _("Key dates")
        template = "events/blocks/key_dates.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["calendar"], context["events"] = key_dates(value)
        context["heading"] = value.get("heading") or _("Key dates")
        return context


def key_dates(value, language=None):
    """The block's calendar and events, in the language being read."""
    language = language or get_language()
    limit = value.get("max_items") or 5
    chosen_calendar = value.get("calendar")
    calendar = localize_page(chosen_calendar, model=EventCalendarPage, language=language)

    chosen = [page for page in value.get("events") or [] if page is not None]
    if chosen:
        keys = [page.translation_key for page in chosen]
        localized = {
            page.translation_key: page
            for page in EventPage.objects.live()
            .public()
            .filter(translation_key__in=keys, locale__language_code=language)
            .for_cards()
        }
        events = [localized[key] for key in dict.fromkeys(keys) if key in localized]
        return calendar, events[:limit]

    if calendar is None:
        return None, []
    events = calendar_events(calendar)
    if value.get("topic") is not None:
        events = events.filter(topics=value["topic"])
    period = value.get("period") or "upcoming"
    if period == "all":
        events = events.order_by("start_date", "ends_at_utc", "pk")
    else:
        events = ordered(events, period)
    return calendar, list(events.for_cards()[:limit])
