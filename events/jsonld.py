"""schema.org `Event` JSON-LD for an event page, so that search engines understand it.

https://schema.org/Event with eventAttendanceMode, a Place with a PostalAddress for in-person
events, a VirtualLocation for online ones (both for hybrid). Dates known only to the month or year
are ISO 8601 reduced-precision dates ("2013-07", "2027"), never a made-up day. Nothing is
invented: no place, online link or end date known means none given; an event with no organiser
named is the organisation's own. An alias (an untranslated copy) gives its canonical URL.
"""

from datetime import datetime

from portal.jsonld import canonical_url, json_ld_script, organisation

from . import timing
from .dates import iso_period

ATTENDANCE_MODES = {
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def _when(event, day, time):
    if time is not None and event.date_precision == timing.DAY:
        tz = timing.zone(event.time_zone)
        return datetime.combine(day, time, tzinfo=tz).isoformat()
    return iso_period(day, event.date_precision)


def event_data(event, request=None):
    url = canonical_url(event, request)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": _when(event, event.start_date, event.start_time),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES[event.event_format],
    }
    if event.end_date or event.end_time:
        data["endDate"] = _when(event, event.end_date or event.start_date, event.end_time)
    if event.intro:
        data["description"] = event.intro

    locations = []
    if event.event_format in ("in_person", "hybrid") and (
        event.venue or event.city or event.country
    ):
        address = {"@type": "PostalAddress"}
        if event.city:
            address["addressLocality"] = event.city
        if event.country:
            address["addressCountry"] = event.country.code
        place = {"@type": "Place", "address": address}
        name = event.venue or event.city or (event.country.name if event.country else "")
        if name:
            place["name"] = str(name)
        locations.append(place)
    if event.event_format in ("online", "hybrid") and event.link:
        locations.append({"@type": "VirtualLocation", "url": event.link})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations

    if event.organiser:
        data["organizer"] = {"@type": "Organization", "name": event.organiser}
    else:
        data["organizer"] = organisation(request)
    return data


def event_json_ld(event, request=None):
    return json_ld_script(event_data(event, request))
