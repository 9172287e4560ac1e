"""The "events" tree: event categories, three calendars under the home page and their events.

Event keys in content/events.toml: start/end (ISO dates), precision (day, month, year), tbc
(dates, location), format (in_person by default, online, hybrid), city, country, venue, category,
organiser, topics, intro, body (HTML), times (["HH:MM", "HH:MM"]) with time_zone.
"""

from datetime import date, time

from django.db import transaction
from django.utils.text import slugify
from modeltranslation.utils import build_localized_fieldname

from portal.models import Topic

from . import data, pages

TREE = "events"


def load(stdout):
    home = pages.source_home()
    content = data.content(TREE)
    with transaction.atomic():
        load_categories(content["categories"])
        calendars, events = [], []
        for spec in content["calendars"]:
            calendar = ensure_calendar(home, spec)
            calendars.append(calendar)
            events += [ensure_event(calendar, event, content) for event in spec["events"]]
        pages.sync([*calendars, *events])
    made = pages.translate(TREE, [*calendars, *events])
    stdout.write(
        f"  {len(calendars)} event calendars, {len(events)} events, "
        f"{len(content['categories'])} categories ({made} new translations)"
    )


def load_categories(categories):
    EventCategory = pages.model("events.EventCategory")
    for category in categories:
        if EventCategory.objects.filter(slug=category["slug"]).exists():
            continue
        context = f"category.{category['slug']}.name"
        names = {"en": category["name"], **data.field_translations(TREE, context)}
        EventCategory.objects.create(
            slug=category["slug"],
            **{build_localized_fieldname("name", code): name for code, name in names.items()},
        )


def topics(slugs):
    return list(Topic.objects.filter(slug__in=slugs))


def ensure_calendar(home, spec):
    calendar = pages.child(home, "events.EventCalendarPage", spec["slug"])
    if calendar is None:
        calendar = pages.model("events.EventCalendarPage")(
            slug=spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            show_in_menus=spec.get("show_in_menus", False),
        )
        calendar.topics = topics(spec.get("topics", []))
        pages.create_child(home, calendar)
    return calendar


def event_slug(spec):
    return slugify(f"{spec['title'][:80]} {date.fromisoformat(spec['start']).isoformat()}")


def ensure_event(calendar, spec, content):
    event = pages.child(calendar, "events.EventPage", event_slug(spec))
    if event is not None:
        return event
    times = spec.get("times") or (None, None)
    city = spec.get("city", "")
    tbc = spec.get("tbc", [])
    time_zone = spec.get("time_zone") or content["time_zones"].get(city, "")
    event = pages.model("events.EventPage")(
        slug=event_slug(spec),
        title=spec["title"],
        intro=spec["intro"],
        body=spec.get("body", ""),
        start_date=date.fromisoformat(spec["start"]),
        end_date=date.fromisoformat(spec["end"]) if spec.get("end") else None,
        date_precision=spec.get("precision", "day"),
        dates_tbc="dates" in tbc,
        location_tbc="location" in tbc,
        start_time=time.fromisoformat(times[0]) if times[0] else None,
        end_time=time.fromisoformat(times[1]) if times[1] else None,
        time_zone="" if time_zone == "UTC" else time_zone,
        event_format=spec.get("format", "in_person"),
        venue=spec.get("venue", ""),
        city=city,
        country=spec.get("country", ""),
        organiser=spec.get("organiser", ""),
        category=pages.model("events.EventCategory").objects.get(slug=spec["category"]),
    )
    event.topics = topics(spec.get("topics", content["default_topics"]))
    return pages.create_child(calendar, event)
