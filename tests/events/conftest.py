"""Fixtures for the events tests: a calendar under the English home page, events, time control,
and gettext catalogues with the date patterns' translations."""

from datetime import date

import polib
import pytest

from portal.localize import sync_page

from .factories import EventCalendarPageFactory, EventPageFactory

# The translations of events' date patterns and notices that the tests expect, as the .po files
# in locale/ should carry them (see events/dates.py for the pattern syntax). Building them here
# keeps the tests independent of the state of locale/.
CATALOGUES = {
    "fr": {
        ("event date range", "{start:j}–{end:j F Y}"): "{start:j} au {end:j F Y}",
        ("event date range", "{start:j F} – {end:j F Y}"): "{start:j F} au {end:j F Y}",
        ("event date range", "{start:j F Y} – {end:j F Y}"): "{start:j F Y} au {end:j F Y}",
        ("event date range", "{start:F}–{end:F Y}"): "{start:F} à {end:F Y}",
        ("event date range", "{start:F Y} – {end:F Y}"): "{start:F Y} à {end:F Y}",
        ("event notice", "Dates to be confirmed"): "Dates à confirmer",
        ("event notice", "Location to be confirmed"): "Lieu à confirmer",
        ("event format", "Online"): "En ligne",
        (
            "event notice",
            "Dates to be confirmed: only %(dates)s is known.",
        ): "Dates à confirmer : seul %(dates)s est connu.",
    },
    "ar": {
        ("event date range", "{start:j}–{end:j F Y}"): "من {start:j} إلى {end:j F Y}",
        ("event date range", "{start:j F} – {end:j F Y}"): "من {start:j F} إلى {end:j F Y}",
        ("event date range", "{start:j F Y} – {end:j F Y}"): "من {start:j F Y} إلى {end:j F Y}",
        ("event date range", "{start:F}–{end:F Y}"): "من {start:F} إلى {end:F Y}",
        ("event date range", "{start:F Y} – {end:F Y}"): "من {start:F Y} إلى {end:F Y}",
        ("event date range", "{start:Y}–{end:Y}"): "من {start:Y} إلى {end:Y}",
        ("event notice", "Dates to be confirmed"): "المواعيد قيد التأكيد",
        ("event notice", "Location to be confirmed"): "المكان قيد التأكيد",
        ("event format", "Online"): "عبر الإنترنت",
        ("place", "{city}, {country}"): "{city}، {country}",
    },
    "zh_Hans": {
        ("event date range", "{start:j}–{end:j F Y}"): "{start:Y年n月j日}至{end:j日}",
        ("event date range", "{start:j F} – {end:j F Y}"): "{start:Y年n月j日}至{end:n月j日}",
        ("event date range", "{start:j F Y} – {end:j F Y}"): "{start:Y年n月j日}至{end:Y年n月j日}",
        ("event date range", "{start:F}–{end:F Y}"): "{start:Y年n月}至{end:n月}",
        ("event date range", "{start:F Y} – {end:F Y}"): "{start:Y年n月}至{end:Y年n月}",
        ("event date", "{date:Y}"): "{date:Y}年",
        ("event date range", "{start:Y}–{end:Y}"): "{start:Y}年至{end:Y}年",
        ("event notice", "Dates to be confirmed"): "日期待定",
        ("event notice", "Location to be confirmed"): "地点待定",
        ("event format", "Online"): "线上",
        ("place", "{city}, {country}"): "{country}{city}",
    },
}


@pytest.fixture
def catalogues(settings, tmp_path):
    """Real gettext catalogues with CATALOGUES, ahead of locale/ in LOCALE_PATHS."""
    for locale_name, entries in CATALOGUES.items():
        po = polib.POFile()
        po.metadata = {
            "Content-Type": "text/plain; charset=UTF-8",
            "Language": locale_name,
            "Plural-Forms": "nplurals=2; plural=(n > 1);",
        }
        for (context, msgid), msgstr in entries.items():
            if isinstance(msgstr, tuple):  # a plural: (one, other), English-like plural forms
                plural = msgid.replace("event known", "events known").replace(" is ", " are ")
                po.append(
                    polib.POEntry(
                        msgid=msgid,
                        msgid_plural=plural,
                        msgstr_plural={0: msgstr[0], 1: msgstr[1]},
                    )
                )
            else:
                po.append(polib.POEntry(msgctxt=context, msgid=msgid, msgstr=msgstr))
        directory = tmp_path / locale_name / "LC_MESSAGES"
        directory.mkdir(parents=True)
        po.save_as_mofile(str(directory / "django.mo"))
    settings.LOCALE_PATHS = [tmp_path, *settings.LOCALE_PATHS]


@pytest.fixture
def calendar(portal):
    page = EventCalendarPageFactory(parent=portal, title="Key dates", slug="key-dates")
    sync_page(page)
    return page


@pytest.fixture
def make_event(calendar):
    """Create a live event in the calendar (not aliased into other locales unless sync=True)."""

    def make(*, parent=None, sync=False, **fields):
        fields.setdefault("start_date", date(2030, 2, 5))
        page = EventPageFactory(parent=parent or calendar, **fields)
        if sync:
            sync_page(page)
        return page

    return make
