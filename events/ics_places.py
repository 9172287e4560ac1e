"""What a file from elsewhere says in free text, read into the event's fields: an online
LOCATION, a city and country at the end of a location, categories by name.

Calendars written by other tools put "Online", "Zoom" or a meeting link in LOCATION, and
"United Nations Headquarters, New York, United States" in one string; read whole into the venue,
an online event looked in person and the country filter missed the event. Whatever cannot be
read is left as it was and said, per event, on the import's result page.
"""

import functools
import re

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries

from .models.event import EventFormat

# Whole locations (case-insensitive, any portal language) that mean "no place: online".
ONLINE_WORDS = {
    "online",
    "on-line",
    "virtual",
    "webinar",
    "web",
    "internet",
    "zoom",
    "teams",
    "microsoft teams",
    "google meet",
    "jitsi",
    "webex",
    "en ligne",
    "virtuel",
    "en línea",
    "em linha",
    "онлайн",
    "виртуально",
    "线上",
    "在线",
    "网络",
    "عبر الإنترنت",
    "افتراضي",
}
_URL = re.compile(r"^(https?://\S+)$", re.I)
_BRACKETS = re.compile(r"\s*[(\[].*[)\]]\s*$")
# Names people write that are not django-countries' own (which says "United States of America").
COUNTRY_ALIASES = {
    "united states": "US",
    "usa": "US",
    "u.s.a.": "US",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "russia": "RU",
    "south korea": "KR",
    "turkey": "TR",
    "türkiye": "TR",
    "the netherlands": "NL",
}


@functools.cache
def country_names():
    """Every country's name in every portal language (folded), with its code."""
    names = dict(COUNTRY_ALIASES)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for country in countries:
                names.setdefault(str(country.name).casefold(), country.code)
    return names


def is_online(location):
    """True, and the meeting link if any, when the location names no place but a medium."""
    text = location.strip()
    if match := _URL.match(text):
        return True, match[1]
    word = _BRACKETS.sub("", text).strip().casefold()
    return word in ONLINE_WORDS, ""


def read_location(event, location, max_length):
    """Fill the event's format, venue, city and country from a free-text LOCATION; return what
    could not be read, for the result page."""
    online, link = is_online(location) if location else (False, "")
    if online:
        event.event_format = EventFormat.ONLINE
        if link and not event.link:
            event.link = link
        return []
    parts = [part.strip() for part in location.split(",") if part.strip()]
    code = country_names().get(parts[-1].casefold()) if parts else None
    if code is None:
        event.venue = location[: max_length("venue")]
        if not location:
            return []
        return [
            _(
                "No country recognised at the end of the location “%(location)s”: it went whole "
                "into the venue; set the city and country by hand."
            )
            % {"location": location}
        ]
    event.country = code
    parts = parts[:-1]
    if parts:
        event.city = parts[-1][: max_length("city")]
        event.venue = ", ".join(parts[:-1])[: max_length("venue")]
    return []


def match_categories(names, categories):
    """The category whose name (in any language) or slug is one of `names`, and the names that
    matched none; categories is a list of EventCategory."""
    by_name = {}
    fields = [f"name_{code.replace('-', '_')}" for code, _name in settings.LANGUAGES]
    for category in categories:
        by_name.setdefault(category.slug.casefold(), category)
        for field in fields:
            if value := getattr(category, field, ""):
                by_name.setdefault(value.strip().casefold(), category)
    found, unknown = None, []
    for name in names:
        category = by_name.get(name.strip().casefold())
        if category is None:
            unknown.append(name)
        elif found is None:
            found = category
    return found, unknown
