"""Factories for the events tests."""

from datetime import date

import factory
import wagtail_factories

from events.models import EventCalendarPage, EventCategory, EventPage


class EventCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventCategory
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"category-{n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")


class EventCalendarPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventCalendarPage

    title = factory.Sequence(lambda n: f"Calendar {n}")
    intro = "Meetings that decide how the internet is run."


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Meeting {n}")
    slug = factory.Sequence(lambda n: f"meeting-{n}")
    intro = "A meeting."
    start_date = date(2030, 2, 5)
    city = "Geneva"
    country = "CH"
