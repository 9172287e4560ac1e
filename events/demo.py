"""Demo content for the events app: categories, three calendars and their events, translated.

Idempotent: calendars and events are found again by slug and only saved when a field differs.
Runs after home's demo (load_demo follows INSTALLED_APPS), which creates the locales, home pages
and topics.
"""

from datetime import date, time

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Locale

from home.models import HomePage
from portal.localize import sync_page, translate_once
from portal.models import Topic

from . import demo_content as content
from .models import EventCalendarPage, EventCategory, EventPage


def load(stdout):
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE, depth=2)
    with transaction.atomic():
        load_categories()
        calendars = {spec["slug"]: ensure_calendar(home, spec) for spec in content.CALENDARS}
        events = {}
        for spec in content.CALENDARS:
            for event in spec["events"]:
                page = ensure_event(calendars[spec["slug"]], event)
                events[(spec["slug"], event["title"])] = page
        count = sum(len(spec["events"]) for spec in content.CALENDARS)
    # Translations publish in on_commit callbacks: each runs in its own transaction, parents
    # before children (wagtail-localize issue 773).
    for slug, languages in content.CALENDAR_TRANSLATIONS.items():
        for code, strings in languages.items():
            translate_once(calendars[slug], code, strings)
    for key, languages in content.EVENT_TRANSLATIONS.items():
        for code, strings in languages.items():
            translate_once(events[key], code, strings)
    stdout.write(
        f"  {len(calendars)} event calendars, {count} events, "
        f"{EventCategory.objects.count()} categories, in {Locale.objects.count()} languages"
    )


def load_categories():
    for category in content.CATEGORIES:
        values = {
            build_localized_fieldname("name", code): name for code, name in category["name"].items()
        }
        EventCategory.objects.update_or_create(slug=category["slug"], defaults=values)


def ensure_calendar(home, spec):
    calendar = EventCalendarPage.objects.filter(
        locale=home.locale, slug=spec["slug"]
    ).first() or EventCalendarPage(slug=spec["slug"])
    fields = {
        "title": spec["title"],
        "intro": spec["intro"],
        "show_in_menus": spec.get("show_in_menus", False),
    }
    topics = list(Topic.objects.filter(slug__in=spec.get("topics", [])))
    save_page(home, calendar, fields, topics)
    return calendar


def ensure_event(calendar, spec):
    start = date.fromisoformat(spec["start"])
    slug = slugify(f"{spec['title'][:80]} {start.isoformat()}")
    event = EventPage.objects.child_of(calendar).filter(slug=slug).first() or EventPage(slug=slug)
    times = spec.get("times") or (None, None)
    city = spec.get("city", "")
    tbc = spec.get("tbc", [])
    fields = {
        "title": spec["title"],
        "intro": spec["intro"],
        "body": spec.get("body", ""),
        "start_date": start,
        "end_date": date.fromisoformat(spec["end"]) if spec.get("end") else None,
        "date_precision": spec.get("precision", "day"),
        "dates_tbc": "dates" in tbc,
        "location_tbc": "location" in tbc,
        "start_time": time.fromisoformat(times[0]) if times[0] else None,
        "end_time": time.fromisoformat(times[1]) if times[1] else None,
        "time_zone": spec.get("time_zone") or content.TIME_ZONES.get(city, ""),
        "event_format": spec.get("format", "in_person"),
        "venue": spec.get("venue", ""),
        "city": city,
        "country": spec.get("country", ""),
        "organiser": spec.get("organiser", ""),
        "category": EventCategory.objects.get(slug=spec["category"]),
    }
    if fields["time_zone"] == "UTC":
        fields["time_zone"] = ""
    topics = list(Topic.objects.filter(slug__in=spec.get("topics", [content.GOVERNANCE])))
    save_page(calendar, event, fields, topics)
    return event


def save_page(parent, page, fields, topics):
    """Create the page under its parent, or update it; publish only when something changed."""
    changed = page.pk is None
    for name, value in fields.items():
        current = getattr(page, name)
        if name == "country":
            current = current.code if current else ""
        if current != value:
            setattr(page, name, value)
            changed = True
    if page.pk is None:
        parent.add_child(instance=page)
    if {t.pk for t in page.topics.all()} != {t.pk for t in topics}:
        page.topics.set(topics)
        changed = True
    if changed:
        page.save_revision().publish()
    sync_page(page)
