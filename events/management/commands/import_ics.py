from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from events.importer import IcsImportError, import_ics
from events.models import EventCalendarPage


class Command(BaseCommand):
    help = (
        "Import an .ics file into an event calendar: one event page per VEVENT, matched by UID, "
        "so that importing again updates instead of duplicating. A bad file is refused whole."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "calendar", help="The calendar page's id, or its URL path such as /en/events/."
        )
        parser.add_argument("file", type=Path, help="The .ics file.")

    def handle(self, *args, calendar, file, **options):
        page = find_calendar(calendar)
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        try:
            result = import_ics(page, data)
        except IcsImportError as error:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(f"  - {m}" for m in error.messages)
            ) from None
        for warning in result.warnings:
            self.stderr.write(self.style.WARNING(f"warning: {warning}"))
        for _page, label, notes in result.notes:
            for note in notes:
                self.stderr.write(self.style.WARNING(f"not mapped: {label}: {note}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(result.created)} created, {len(result.updated)} updated, "
                f"{len(result.unchanged)} unchanged in “{page.title}” ({page.url})."
            )
        )


def find_calendar(value):
    """A calendar page from its id or its URL: /en/events/, /events/ (the source language's
    calendar) or a full URL."""
    if value.isdigit():
        page = EventCalendarPage.objects.filter(pk=int(value)).first()
        if page is None:
            raise CommandError(f"No event calendar has the id {value}.")
        return page
    wanted = "/" + urlsplit(value).path.strip("/") + "/"
    calendars = list(EventCalendarPage.objects.select_related("locale"))
    for page in calendars:
        if page.url == wanted:
            return page
    for page in calendars:
        # The path below the home page, without a language prefix: the source calendar.
        if page.locale.language_code == settings.LANGUAGE_CODE:
            if "/" + page.url_path.strip("/").partition("/")[2] + "/" == wanted:
                return page
    raise CommandError(
        f"No event calendar is at {value}. Calendars: "
        + ", ".join(f"{page.pk} {page.url}" for page in calendars)
    )
