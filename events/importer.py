"""Import an .ics file into a calendar: one EventPage per VEVENT, matched by UID.

The whole file is parsed and checked before anything is written (events/ics_reader.py); then every
page is created or updated in one transaction. A file with a single bad event is refused whole,
with a message per problem. Importing the same file again changes nothing (no new revisions),
because a page is only saved when one of its fields differs.

Events are matched, within the calendar, by their stored `ical_uid`, or, for the UIDs this portal
writes itself ("event-<translation key>@host"), by translation key: importing a calendar's own
feed into it updates its events in place.

Imported pages are published (or, with publish=False, saved as drafts for a moderator) and aliased
into every locale (portal.localize.sync_page), in the source language's calendar only:
translations follow through wagtail-localize. What a file from elsewhere says that could not be
mapped (a category no one created, a location without a known country) is listed per event in
the result, for the result page.
"""

import re
import uuid
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug

from portal.localize import sync_page
from portal.models import Topic

from . import ics_places, timing
from .ics_reader import MAX_BYTES, PAGE_FIELDS, IcsImportError, parse_ics
from .models import EventCategory, EventPage

__all__ = ["MAX_BYTES", "IcsImportError", "ImportResult", "import_ics", "parse_ics"]

OWN_UID = re.compile(
    r"^event-(?P<key>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@", re.I
)


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    # (page, event label, [what could not be mapped]) for each event with something to say.
    notes: list = field(default_factory=list)
    published: bool = True


def import_ics(calendar, data, *, user=None, publish=True):
    """Import an .ics file's bytes into a calendar page. Returns an ImportResult."""
    parsed, warnings = parse_ics(data)
    result = ImportResult(warnings=warnings, published=publish)

    all_categories = list(EventCategory.objects.all())
    categories = {c.slug: c for c in all_categories}
    wanted_topics = {slug for event in parsed for slug in event.topic_slugs}
    topics = {t.slug: t for t in Topic.objects.filter(slug__in=wanted_topics)}
    for slug in sorted({e.category_slug for e in parsed if e.category_slug} - set(categories)):
        result.warnings.append(_("Unknown category “%(slug)s” left empty.") % {"slug": slug})
    for slug in sorted(wanted_topics - set(topics)):
        result.warnings.append(_("Unknown topic “%(slug)s” left out.") % {"slug": slug})

    with transaction.atomic():
        existing = _existing_events(calendar, parsed)
        for event in parsed:
            page = existing.get(event.uid)
            category = _category(event, categories, all_categories)
            event_topics = [topics[s] for s in event.topic_slugs if s in topics]
            if page is None:
                page = _create(calendar, event, category, event_topics, user, publish)
                result.created.append(page)
            elif _update(page, event, category, event_topics, user, publish):
                result.updated.append(page)
            else:
                result.unchanged.append(page)
            if event.notes:
                result.notes.append((page, event.label, event.notes))
    return result


def _same_period(page, event, current, name):
    precision = event.date_precision
    new = getattr(event, name)
    if precision == timing.DAY or page.date_precision != precision:
        return current == new
    if name == "end_date":  # no end, or one in the start's period: the same to readers
        current, new = current or page.start_date, new or event.start_date
    return timing.period_start(current, precision) == timing.period_start(new, precision)


def _category(event, by_slug, categories):
    """The portal's own X- property names a slug; other files' CATEGORIES are matched by name in
    any language, and those that match nothing are noted."""
    if event.category_slug:
        return by_slug.get(event.category_slug)
    if not event.category_names:
        return None
    category, unknown = ics_places.match_categories(event.category_names, categories)
    for name in unknown:
        event.notes.append(
            _("The category “%(name)s” matches none of the event categories: left out.")
            % {"name": name}
        )
    return category


def _existing_events(calendar, parsed):
    """The calendar's events that the parsed events match, by UID."""
    pages = EventPage.objects.child_of(calendar).select_related("category")
    by_uid = {page.ical_uid: page for page in pages.filter(ical_uid__in=[e.uid for e in parsed])}
    own_keys = {}
    for event in parsed:
        match = OWN_UID.match(event.uid)
        if match and event.uid not in by_uid:
            own_keys[uuid.UUID(match["key"])] = event.uid
    if own_keys:
        for page in pages.filter(translation_key__in=own_keys, ical_uid=""):
            by_uid[own_keys[page.translation_key]] = page
    return by_uid


def _create(calendar, event, category, topics, user, publish):
    page = EventPage(category=category, **{name: getattr(event, name) for name in PAGE_FIELDS})
    page.live = publish
    # Keep the file's UID, ours included: the feed of this calendar then repeats it.
    page.ical_uid = event.uid
    requested = slugify(f"{event.title[:80]} {event.start_date.isoformat()}", allow_unicode=True)
    page.slug = find_available_slug(calendar, requested or "event")
    calendar.add_child(instance=page)
    page.topics.set(topics)
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    sync_page(page)
    return page


def _update(page, event, category, topics, user, publish):
    """Copy the parsed fields onto a page; publish (or save a draft) only when something changed.
    A draft is compared with the page's latest revision, so importing it again adds nothing."""
    if not publish and page.has_unpublished_changes:
        page = page.get_latest_revision_as_object()
    changed = False
    for name in PAGE_FIELDS:
        current = getattr(page, name)
        if name == "country":
            current = current.code if current else ""
        if name in ("start_date", "end_date") and _same_period(page, event, current, name):
            continue  # the day an editor typed in a month- or year-only event stays
        if current != getattr(event, name):
            setattr(page, name, getattr(event, name))
            changed = True
    if page.category_id != (category.pk if category else None):
        page.category = category
        changed = True
    if {t.pk for t in page.topics.all()} != {t.pk for t in topics}:
        page.topics.set(topics)
        changed = True
    if changed:
        revision = page.save_revision(user=user, log_action=True)
        if publish:
            revision.publish(user=user)
    return changed
