"""The calendar's filters (year, category, topic, country, format), shared by the page and its feed.

A plain GET form: shareable URLs, no JavaScript. A value that names nothing (`?year=abc`,
`?country=XX`) is an error the reader sees, and the result is empty rather than silently
unfiltered. Choices come from the calendar's own events in a fixed number of queries.
"""

from datetime import date

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries import countries

from portal.filters import ListFilterForm
from portal.models import Topic

from .models.category import EventCategory
from .models.event import EventFormat


class EventFilterForm(ListFilterForm):
    filter_names = ("year", "category", "topic", "country", "format")

    year = forms.CharField(label=_("Year"), required=False, max_length=20)
    category = forms.CharField(label=_("Category"), required=False, max_length=100)
    topic = forms.CharField(label=_("Topic"), required=False, max_length=100)
    country = forms.CharField(label=_("Country"), required=False, max_length=20)
    format = forms.CharField(
        label=pgettext_lazy("event format", "Format"), required=False, max_length=20
    )

    def __init__(self, data, *, events):
        """`data` is request.GET; `events` the calendar's live events, before any filter."""
        super().__init__(data)
        self.events = events
        years = sorted({day.year for day in events.dates("start_date", "year")}, reverse=True)
        self.categories = {
            category.slug: category.name
            for category in EventCategory.objects.filter(event_pages__in=events).distinct()
        }
        self.topics = {
            topic.slug: topic.name
            for topic in Topic.objects.filter(event_pages__in=events).distinct()
        }
        codes = set(
            events.exclude(country="").order_by().values_list("country", flat=True).distinct()
        )
        requested_country = countries.alpha2(self.data.get("country", "").strip().upper())
        if requested_country:
            # A real country with no events here: keep it selected in the form.
            codes.add(requested_country)
        self.countries = {code: str(countries.name(code)) for code in codes}

        requested_year = self.data.get("year", "").strip()
        year_choices = [(str(year), str(year)) for year in years]
        if requested_year.isdigit() and requested_year not in {y for y, _ in year_choices}:
            year_choices.append((requested_year, requested_year))
        self.set_choices("year", _("All years"), year_choices)
        self.set_choices("category", _("All categories"), _by_name(self.categories))
        self.set_choices("topic", _("All topics"), _by_name(self.topics))
        self.set_choices("country", _("All countries"), _by_name(self.countries))
        self.set_choices("format", _("All formats"), list(EventFormat.choices))

    def clean_category(self):
        value = self.cleaned_data["category"].strip()
        if value and value not in self.categories:
            raise forms.ValidationError(
                _("This calendar has no category “%(value)s”."),
                code="invalid",
                params={"value": value},
            )
        return value

    def clean_topic(self):
        value = self.cleaned_data["topic"].strip()
        if value and value not in self.topics:
            raise forms.ValidationError(
                _("No event in this calendar has the topic “%(value)s”."),
                code="invalid",
                params={"value": value},
            )
        return value

    def clean_country(self):
        value = self.cleaned_data["country"].strip().upper()
        if value and not countries.alpha2(value):
            raise forms.ValidationError(
                _("There is no country with the code “%(value)s”."),
                code="invalid",
                params={"value": value},
            )
        return countries.alpha2(value) if value else ""

    def clean_format(self):
        value = self.cleaned_data["format"].strip()
        if value and value not in EventFormat.values:
            raise forms.ValidationError(
                _("“%(value)s” is not an event format."), code="invalid", params={"value": value}
            )
        return value

    # --- Results -------------------------------------------------------------------------------

    def filter(self, events):
        """The events that match, or none at all when a filter value is wrong."""
        if not self.is_valid():
            return events.none()
        values = self.cleaned_data
        if values["year"]:
            first, last = date(values["year"], 1, 1), date(values["year"], 12, 31)
            # Events that overlap the year, including those that start before it.
            events = events.filter(
                Q(start_date__gte=first, start_date__lte=last)
                | Q(start_date__lt=first, end_date__gte=first)
            )
        if values["category"]:
            events = events.filter(category__slug=values["category"])
        if values["topic"]:
            events = events.filter(topics__slug=values["topic"])
        if values["country"]:
            events = events.filter(country=values["country"])
        if values["format"]:
            events = events.filter(event_format=values["format"])
        return events


def _by_name(mapping):
    return sorted(mapping.items(), key=lambda item: item[1].casefold())
