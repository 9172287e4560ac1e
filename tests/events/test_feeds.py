"""iCalendar feeds: valid RFC 5545, the same filters as the page, in the feed's language."""

import re
from datetime import date, datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest

from portal.localize import translate
from tests.factories import TopicFactory

from .factories import EventCategoryFactory

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    for component in calendar.walk():
        assert not component.errors, component.errors
    return calendar


def summaries(calendar):
    return sorted(str(event["SUMMARY"]) for event in calendar.walk("VEVENT"))


@pytest.fixture
def events(make_event):
    un = EventCategoryFactory(
        slug="un-meetings", name_en="UN meetings", name_fr="Réunions de l'ONU"
    )
    governance = TopicFactory(slug="internet-governance")
    return {
        "wsis": make_event(
            title="WSIS Forum",
            slug="wsis",
            start_date=date(2030, 5, 13),
            end_date=date(2030, 5, 17),
            city="Geneva",
            country="CH",
            category=un,
            venue="CICG, Geneva",
            topics=[governance],
            sync=True,
        ),
        "webinar": make_event(
            title="Webinar",
            slug="webinar",
            start_date=date(2030, 1, 20),
            start_time=time(15),
            end_time=time(16, 30),
            time_zone="Europe/Paris",
            event_format="online",
            city="",
            country="",
            link="https://example.org/join",
            sync=True,
        ),
        "utc": make_event(
            title="Call",
            slug="call",
            start_date=date(2030, 3, 1),
            start_time=time(9),
            end_time=time(10),
            city="",
            country="",
            event_format="online",
        ),
        "month": make_event(
            title="ECOSOC session",
            slug="ecosoc",
            start_date=date(2030, 7, 1),
            date_precision="month",
            country="CH",
            sync=True,
        ),
        "past": make_event(
            title="ICANN 46",
            slug="icann-46",
            start_date=date(2013, 4, 5),
            end_date=date(2013, 4, 11),
            city="Beijing",
            country="CN",
        ),
        "imported": make_event(
            title="Imported",
            slug="imported",
            start_date=date(2030, 9, 1),
            ical_uid="abc-123@elsewhere.example",
            city="Nairobi",
            country="KE",
        ),
    }


def test_the_feed_has_every_event(client, events):
    calendar = parse(client.get("/en/key-dates/calendar.ics"))
    assert summaries(calendar) == [
        "Call",
        "ECOSOC session",
        "ICANN 46",
        "Imported",
        "WSIS Forum",
        "Webinar",
    ]
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Key dates"
    assert str(calendar["DESCRIPTION"]) == "Meetings that decide how the internet is run."


def month_event(calendar):
    return next(e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == "ECOSOC session")


def test_a_month_only_event_is_an_all_day_event_over_the_month_marked_tentative(client, events):
    ecosoc = month_event(parse(client.get("/en/key-dates/calendar.ics")))
    assert ecosoc.decoded("DTSTART") == date(2030, 7, 1)
    assert ecosoc.decoded("DTEND") == date(2030, 8, 1)
    assert str(ecosoc["STATUS"]) == "TENTATIVE"
    assert str(ecosoc["DESCRIPTION"]).startswith("Dates to be confirmed: only July 2030 is known.")


def test_a_month_only_event_keeps_the_day_typed_but_the_feed_says_the_month(client, events):
    page = events["month"]
    page.start_date = date(2030, 7, 18)
    page.save_revision().publish()
    ecosoc = month_event(parse(client.get("/en/key-dates/calendar.ics")))
    assert ecosoc.decoded("DTSTART") == date(2030, 7, 1)


def test_every_event_has_a_stable_uid_and_a_dtstamp(client, events):
    first = parse(client.get("/en/key-dates/calendar.ics"))
    second = parse(client.get("/en/key-dates/calendar.ics"))
    uids = {str(e["SUMMARY"]): str(e["UID"]) for e in first.walk("VEVENT")}
    assert uids == {str(e["SUMMARY"]): str(e["UID"]) for e in second.walk("VEVENT")}
    assert uids["WSIS Forum"] == f"event-{events['wsis'].translation_key}@127.0.0.1"
    assert uids["Imported"] == "abc-123@elsewhere.example"  # imported UIDs are kept
    for event in first.walk("VEVENT"):
        assert event["DTSTAMP"].dt.tzinfo is not None
    assert first.to_ical() == second.to_ical()


def test_all_day_events_are_dates_with_an_exclusive_end(client, events):
    calendar = parse(client.get("/en/key-dates/calendar.ics"))
    wsis = next(e for e in calendar.walk("VEVENT") if e["SUMMARY"] == "WSIS Forum")
    assert wsis["DTSTART"].dt == date(2030, 5, 13)
    assert wsis["DTEND"].dt == date(2030, 5, 18)
    assert wsis["DTSTART"].params.get("VALUE") == "DATE"
    assert str(wsis["LOCATION"]) == "CICG, Geneva, Geneva, Switzerland"
    assert str(wsis["X-PORTAL-VENUE"]) == "CICG, Geneva"  # a comma survives
    assert wsis["CATEGORIES"].cats == ["UN meetings"]
    assert str(wsis["URL"]) == "http://127.0.0.1:8000/en/key-dates/wsis/"
    assert str(wsis["STATUS"]) == "CONFIRMED"


def test_timed_events_carry_their_time_zone(client, events):
    response = client.get("/en/key-dates/calendar.ics")
    calendar = parse(response)
    webinar = next(e for e in calendar.walk("VEVENT") if e["SUMMARY"] == "Webinar")
    assert webinar["DTSTART"].params["TZID"] == "Europe/Paris"
    assert webinar["DTSTART"].dt == datetime(2030, 1, 20, 15, tzinfo=ZoneInfo("Europe/Paris"))
    assert webinar["DTEND"].dt - webinar["DTSTART"].dt == timedelta(minutes=90)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert not calendar.get_missing_tzids()
    assert str(webinar["LOCATION"]) == "Online"
    call = next(e for e in calendar.walk("VEVENT") if e["SUMMARY"] == "Call")
    assert call["DTSTART"].dt.utcoffset().total_seconds() == 0  # no zone given: UTC
    assert b"DTSTART:20300301T090000Z" in response.content


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?country=CH", ["ECOSOC session", "WSIS Forum"]),
        ("?category=un-meetings", ["WSIS Forum"]),
        ("?topic=internet-governance", ["WSIS Forum"]),
        ("?format=online", ["Call", "Webinar"]),
        ("?year=2013", ["ICANN 46"]),
        ("?year=2030&format=in_person", ["ECOSOC session", "Imported", "WSIS Forum"]),
        ("?country=JP", []),
    ],
)
def test_the_feed_honours_the_pages_filters(client, events, query, expected):
    assert summaries(parse(client.get("/en/key-dates/calendar.ics" + query))) == expected


@pytest.mark.parametrize("query", ["?year=abc", "?year=1", "?country=XX", "?category=nope"])
def test_bad_feed_filters_are_refused_clearly(client, events, query):
    response = client.get("/en/key-dates/calendar.ics" + query)
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content


def test_the_french_feed_is_in_french(
    client, events, calendar, catalogues, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translate(calendar, "fr", {"Key dates": "Dates clés"})
    with django_capture_on_commit_callbacks(execute=True):
        translate(
            events["wsis"],
            "fr",
            {"WSIS Forum": "Forum du SMSI", "A meeting.": "Une réunion.", "Geneva": "Genève"},
        )
    calendar_fr = parse(client.get("/fr/key-dates/calendar.ics"))
    assert str(calendar_fr["X-WR-CALNAME"]) == "Dates clés"
    wsis = next(e for e in calendar_fr.walk("VEVENT") if "SMSI" in str(e["SUMMARY"]))
    assert str(wsis["SUMMARY"]) == "Forum du SMSI"
    assert str(wsis["DESCRIPTION"]) == "Une réunion."
    assert str(wsis["LOCATION"]) == "CICG, Geneva, Genève, Suisse"
    assert wsis["CATEGORIES"].cats == ["Réunions de l'ONU"]
    assert str(wsis["URL"]) == "http://127.0.0.1:8000/fr/key-dates/wsis/"
    # Same event, same UID, whatever the language.
    english = parse(client.get("/en/key-dates/calendar.ics"))
    assert str(wsis["UID"]) in {str(e["UID"]) for e in english.walk("VEVENT")}
    ecosoc = next(e for e in calendar_fr.walk("VEVENT") if "ECOSOC" in str(e["SUMMARY"]))
    assert str(ecosoc["DESCRIPTION"]).startswith("Dates à confirmer : seul juillet 2030")


def test_a_single_event_file(client, events):
    response = client.get("/en/key-dates/webinar/event.ics")
    calendar = parse(response)
    assert response["Content-Disposition"] == 'attachment; filename="event.ics"'
    assert summaries(calendar) == ["Webinar"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]


def test_a_month_only_event_has_a_file_that_says_so(client, events):
    response = client.get("/en/key-dates/ecosoc/event.ics")
    assert response.status_code == 200
    ecosoc = month_event(parse(response))
    assert ecosoc.decoded("DTEND") == date(2030, 8, 1)
    assert "Dates to be confirmed" in str(ecosoc["DESCRIPTION"])


def test_the_feed_follows_what_editors_publish(client, events):
    assert "WSIS Forum" in summaries(parse(client.get("/en/key-dates/calendar.ics")))
    page = events["wsis"]
    page.title = "WSIS Forum 2030"
    page.save_revision().publish()
    assert "WSIS Forum 2030" in summaries(parse(client.get("/en/key-dates/calendar.ics")))
    page.unpublish()
    assert "WSIS Forum 2030" not in summaries(parse(client.get("/en/key-dates/calendar.ics")))


def test_subscribers_get_not_modified_when_nothing_changed(client, events):
    first = client.get("/en/key-dates/calendar.ics")
    again = client.get("/en/key-dates/calendar.ics", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    other = client.get("/en/key-dates/calendar.ics?country=CH")
    assert other["ETag"] != first["ETag"]
    french = client.get("/fr/key-dates/calendar.ics", headers={"If-None-Match": first["ETag"]})
    assert french.status_code == 200


def test_publishing_an_event_purges_its_file_the_calendar_and_its_feed(
    events, settings, django_capture_on_commit_callbacks
):
    from ..portal.test_front_cache import PURGED

    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": "tests.portal.test_front_cache.RecordingBackend"}
    }
    PURGED.clear()
    page = events["wsis"]
    page.title = "WSIS Forum 2030"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    purged = {urlsplit(url).path for url in PURGED}
    PURGED.clear()
    event_path = urlsplit(page.get_url()).path
    assert {event_path, event_path + "event.ics"} <= purged
    # Subscribers' calendar apps fetch the feed through the front cache: it goes with the page.
    for path in (
        "/en/key-dates/",
        "/en/key-dates/past/",
        "/en/key-dates/calendar.ics",
        "/en/key-dates/feed.atom",
    ):
        assert path in purged


def unfolded(response):
    """The file's content lines, long lines unfolded (RFC 5545 section 3.1)."""
    return response.content.decode().replace("\r\n ", "").split("\r\n")


def unescape(value):
    """A TEXT value that icalendar reads as unknown (NAME, X-WR-CALNAME), unescaped."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], str(value))


def test_text_in_an_event_file_is_escaped_and_parses(client, make_event):
    title = "Rights, freedoms; and a back\\slash"
    make_event(title=title, slug="rights", intro="One line,\nanother; a third.", city="Paris")
    response = client.get("/en/key-dates/rights/event.ics")
    lines = unfolded(response)
    assert "NAME:Rights\\, freedoms\\; and a back\\\\slash" in lines
    assert "X-WR-CALNAME:Rights\\, freedoms\\; and a back\\\\slash" in lines
    assert "SUMMARY:Rights\\, freedoms\\; and a back\\\\slash" in lines
    assert "DESCRIPTION:One line\\,\\nanother\\; a third." in lines
    calendar = parse(response)
    assert unescape(calendar["NAME"]) == title
    assert unescape(calendar["X-WR-CALNAME"]) == title
    assert str(calendar.walk("VEVENT")[0]["SUMMARY"]) == title
    assert str(calendar.walk("VEVENT")[0]["DESCRIPTION"]) == "One line,\nanother; a third."


def test_the_calendar_name_is_escaped_too(client, calendar, events):
    calendar.title = "Key dates, 2030"
    calendar.save_revision().publish()
    response = client.get("/en/key-dates/calendar.ics")
    assert "NAME:Key dates\\, 2030" in unfolded(response)
    assert unescape(parse(response)["NAME"]) == "Key dates, 2030"


@pytest.mark.parametrize(
    ("language", "location"),
    [
        ("en", "Palexpo, Geneva, Switzerland"),
        ("ar", "Palexpo، Geneva، سويسرا"),
        ("zh-hans", "瑞士Geneva，Palexpo"),
    ],
)
def test_the_location_is_punctuated_for_the_feeds_language(client, make_event, language, location):
    make_event(slug="summit", venue="Palexpo", city="Geneva", country="CH", sync=True)
    response = client.get(f"/{language}/key-dates/summit/event.ics")
    text = str(parse(response).walk("VEVENT")[0]["LOCATION"])
    assert text == location
    if language == "ar":
        assert "," not in text
