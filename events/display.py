"""What readers see of an event's dates and place, in the active language: the properties that
templates, feeds and JSON-LD read, for EventPage (events/models/event.py)."""

from django.utils.html import format_html
from django.utils.translation import pgettext

from . import dates, timing


class EventDisplayMixin:
    """Needs EventPage's date and place fields, and its `is_online`."""

    @property
    def dates_display(self):
        return dates.format_event_dates(self)

    @property
    def iso_start(self):
        """The start for <time datetime>: 2024-02-05, 2013-07 or 2027."""
        return dates.iso_period(self.start_date, self.date_precision)

    @property
    def times_display(self):
        if self.date_precision != timing.DAY:
            return ""
        return dates.format_times(self.start_time, self.end_time, self.time_zone)

    @property
    def place_display(self):
        """Where, in the reader's language: "Geneva, Switzerland", "Online", or ""."""
        if self.is_online:
            return pgettext("event format", "Online")
        country = self.country.name if self.country else ""
        if self.city and country:
            # Translators: a city and its country. English: "Geneva, Switzerland".
            pattern = pgettext("place", "{city}, {country}")
            return dates.safe_format(pattern, "{city}, {country}", city=self.city, country=country)
        return self.city or country

    @property
    def place_html(self):
        """place_display for HTML: the city isolated with <bdi>, so that a Latin city name reads
        in the right order inside Arabic text (and the other way round)."""
        if self.is_online or not self.city:
            return self.place_display
        city = format_html("<bdi>{}</bdi>", self.city)
        country = self.country.name if self.country else ""
        if not country:
            return city
        pattern = pgettext("place", "{city}, {country}")
        try:
            return format_html(pattern, city=city, country=country)
        except (KeyError, IndexError, ValueError):
            return format_html("{city}, {country}", city=city, country=country)
