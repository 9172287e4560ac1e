"""The calendar page: upcoming and past, filters, bad filter values, pages, constant queries."""

from datetime import UTC, date, datetime, timedelta
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.listing import PER_PAGE
from tests.factories import TopicFactory

from .factories import EventCalendarPageFactory, EventCategoryFactory, EventPageFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _now():
    with mock.patch("django.utils.timezone.now", return_value=NOW):
        yield


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def titles(page_soup):
    return [a.get_text(strip=True) for a in page_soup.select(".event-card .card__title a")]


@pytest.fixture
def events(make_event):
    un = EventCategoryFactory(slug="un-meetings", name_en="UN meetings")
    icann = EventCategoryFactory(slug="icann", name_en="ICANN")
    governance = TopicFactory(slug="internet-governance", name_en="Internet governance")
    make_event(
        title="WSIS Forum 2027",
        start_date=date(2027, 5, 3),
        category=un,
        city="Geneva",
        country="CH",
        topics=[governance],
    )
    make_event(
        title="ICANN 88",
        start_date=date(2027, 3, 6),
        category=icann,
        city="",
        country="",
        date_precision="month",
        event_format="online",
    )
    make_event(
        title="ITU Council 2027",
        start_date=date(2027, 6, 14),
        category=un,
        city="Geneva",
        country="CH",
    )
    make_event(
        title="IGF 2027",
        start_date=date(2027, 1, 1),
        date_precision="year",
        location_tbc=True,
        dates_tbc=True,
        city="",
        country="",
    )
    make_event(
        title="WSIS+10 review",
        start_date=date(2013, 2, 25),
        end_date=date(2013, 2, 27),
        category=un,
        city="Paris",
        country="FR",
        topics=[governance],
    )
    make_event(
        title="ICANN 46",
        start_date=date(2013, 4, 5),
        end_date=date(2013, 4, 11),
        category=icann,
        city="Beijing",
        country="CN",
    )
    make_event(
        title="PP-26",
        start_date=date(2026, 11, 9),
        end_date=date(2026, 11, 27),
        city="Doha",
        country="QA",
        category=un,
    )


def test_upcoming_events_come_first_in_date_order_grouped_by_month(client, events):
    page = soup(client.get("/en/key-dates/"))
    assert titles(page) == ["PP-26", "IGF 2027", "ICANN 88", "WSIS Forum 2027", "ITU Council 2027"]
    headings = [h.get_text(strip=True) for h in page.select(".calendar__month h2")]
    assert headings == ["November 2026", "2027", "March 2027", "May 2027", "June 2027"]
    assert page.select_one(".calendar__count").get_text(strip=True) == "5 upcoming events"
    assert page.select_one('.calendar__periods a[aria-current="page"]')["href"] == "/en/key-dates/"


def test_past_events_are_on_their_own_view_newest_first(client, events):
    page = soup(client.get("/en/key-dates/past/"))
    assert titles(page) == ["ICANN 46", "WSIS+10 review"]
    assert page.select_one(".calendar__count").get_text(strip=True) == "2 past events"
    assert page.select_one("form.calendar-filters")["action"] == "/en/key-dates/past/"


def test_cards_show_date_place_or_online_format_and_category(client, events):
    cards = {
        card.select_one(".card__title").get_text(strip=True): card
        for card in soup(client.get("/en/key-dates/")).select(".event-card")
    }
    wsis = cards["WSIS Forum 2027"]
    assert wsis.select_one("time").get_text() == "3 May 2027"
    assert wsis.select_one(".event-card__place").get_text(strip=True) == "Geneva, Switzerland"
    assert wsis.select_one(".event-card__tags").get_text(" ", strip=True) == "In person UN meetings"
    icann = cards["ICANN 88"]
    assert icann.select_one("time").get_text() == "March 2027"
    assert icann.select_one(".event-card__place").get_text(strip=True) == "Online"
    igf = cards["IGF 2027"]
    assert igf.select_one("time").get_text() == "2027"
    assert "Dates to be confirmed" in igf.get_text()
    assert "Location to be confirmed" in igf.get_text()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?country=CH", ["WSIS Forum 2027", "ITU Council 2027"]),
        ("?country=ch&category=un-meetings", ["WSIS Forum 2027", "ITU Council 2027"]),
        ("?category=icann", ["ICANN 88"]),
        ("?topic=internet-governance", ["WSIS Forum 2027"]),
        ("?format=online", ["ICANN 88"]),
        ("?year=2026", ["PP-26"]),
        ("?year=2027&country=CH&category=un-meetings", ["WSIS Forum 2027", "ITU Council 2027"]),
        ("?country=JP", []),
    ],
)
def test_filters_combine(client, events, query, expected):
    page = soup(client.get("/en/key-dates/" + query))
    assert titles(page) == expected
    assert page.select_one(".calendar-filters a").get_text(strip=True) == "Clear filters"
    assert page.select_one(".calendar__subscribe a[type='text/calendar']")["href"].startswith(
        "/en/key-dates/calendar.ics?"
    )


def test_filters_apply_to_past_events_too(client, events):
    assert titles(soup(client.get("/en/key-dates/past/?country=FR"))) == ["WSIS+10 review"]


def test_the_filter_form_offers_what_the_calendar_has(client, events):
    form = soup(client.get("/en/key-dates/?country=CH")).select_one("form.calendar-filters")
    options = lambda name: [o["value"] for o in form.select(f"select[name={name}] option")]  # noqa: E731
    assert options("year") == ["", "2027", "2026", "2013"]
    assert options("country") == ["", "CN", "FR", "QA", "CH"]  # by name: China ... Switzerland
    assert options("category") == ["", "icann", "un-meetings"]
    assert form.select_one("select[name=country] option[selected]")["value"] == "CH"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?year=abc", "“abc” is not a year."),
        ("?year=99999", "“99999” is not a year."),
        ("?country=XX", "There is no country with the code “XX”."),
        ("?category=nope", "This calendar has no category “nope”."),
        ("?topic=nope", "No event in this calendar has the topic “nope”."),
        ("?format=teleport", "“teleport” is not an event format."),
        ("?year=%00", "Null characters are not allowed."),
        ("?country=" + "x" * 500, "at most 20 characters"),
    ],
)
def test_bad_filter_values_give_an_empty_result_and_say_why(client, events, query, message):
    page = soup(client.get("/en/key-dates/" + query))
    assert titles(page) == []
    alert = page.select_one(".notice--error").get_text()
    assert message in alert
    assert page.select_one(".notice--error a")["href"] == "/en/key-dates/"


@pytest.mark.parametrize("number", ["9999", "abc", "-1", "0", "1.5", ""])
def test_bad_page_numbers_never_fail(client, make_event, number):
    for day in range(PER_PAGE + 5):
        make_event(slug=f"e{day}", start_date=date(2030, 1, 1) + timedelta(days=day))
    response = client.get("/en/key-dates/", {"page": number})
    assert response.status_code == 200
    assert len(titles(soup(response))) in (PER_PAGE, 5)


def test_pages_keep_the_filters(client, make_event):
    for day in range(PER_PAGE + 5):
        make_event(slug=f"e{day}", start_date=date(2030, 1, 1) + timedelta(days=day))
    page = soup(client.get("/en/key-dates/?country=CH"))
    assert page.select_one('.pagination a[rel="next"]')["href"] == "?country=CH&page=2"
    second = soup(client.get("/en/key-dates/?country=CH&page=2"))
    assert len(titles(second)) == 5
    assert "Page 2 of 2" in second.select_one(".pagination").get_text()


def test_other_calendars_are_linked(client, events, portal):
    EventCalendarPageFactory(parent=portal, title="Archive", slug="archive")
    page = soup(client.get("/en/key-dates/"))
    assert [a.get_text() for a in page.select(".calendar__others a")] == ["Archive"]


def _fill(calendar, count):
    categories = [EventCategoryFactory(slug=f"c{n}", name_en=f"C{n}") for n in range(3)]
    topics = [TopicFactory(slug=f"t{n}") for n in range(3)]
    for n in range(count):
        EventPageFactory(
            parent=calendar,
            slug=f"event-{n}",
            start_date=date(2027, 1, 1) + timedelta(days=n % 700),
            end_date=date(2027, 1, 3) + timedelta(days=n % 700) if n % 3 else None,
            date_precision=["day", "day", "month"][n % 3],
            country=["CH", "FR", "KE", "BR"][n % 4],
            category=categories[n % 3],
            topics=[topics[n % 3]],
            event_format=["in_person", "online", "hybrid"][n % 3],
            time_zone=["", "Europe/Zurich", "Asia/Tokyo"][n % 3],
        )


def _queries(client, url):
    client.get(url)  # warm caches (site root paths) as a running server would have them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_the_number_of_events(client, portal):
    small = EventCalendarPageFactory(parent=portal, slug="small")
    large = EventCalendarPageFactory(parent=portal, slug="large")
    _fill(small, 5)
    _fill(large, 50)  # three pages of 20: enough to show growth, if there were any
    for suffix in (
        "",
        "past/",
        "?page=3",
        "?country=CH&category=c1&page=2",
        "calendar.ics",
        "calendar.ics?country=FR",
    ):
        small_count = _queries(client, "/en/small/" + suffix)
        large_count = _queries(client, "/en/large/" + suffix)
        assert small_count == large_count, suffix
        assert large_count <= 30, suffix  # the shell (header, menus, settings) included
