"""The key-dates block lists a calendar's events in the reader's language, in constant queries."""

from datetime import UTC, date, datetime
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from events.blocks import KeyDatesBlock
from portal.localize import translate
from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _now():
    with mock.patch("django.utils.timezone.now", return_value=NOW):
        yield


@pytest.fixture
def request_():
    request = RequestFactory().get("/")
    request.META["HTTP_HOST"] = "localhost"
    return request


def render(value, request, language="en"):
    block = KeyDatesBlock()
    with translation.override(language):
        html = block.render(block.to_python(value), context={"request": request})
    return BeautifulSoup(html, "html.parser")


def items(page_soup):
    return [li.a.get_text(strip=True) for li in page_soup.select(".key-dates__item")]


@pytest.fixture
def events(make_event):
    privacy = TopicFactory(slug="privacy")
    return [
        make_event(title="Past", slug="past", start_date=date(2020, 1, 1), sync=True),
        make_event(title="Soon", slug="soon", start_date=date(2027, 1, 10), sync=True),
        make_event(
            title="Later", slug="later", start_date=date(2027, 6, 1), sync=True, topics=[privacy]
        ),
        make_event(title="Much later", slug="much-later", start_date=date(2028, 1, 1), sync=True),
    ]


def test_lists_upcoming_events_of_the_calendar(calendar, events, request_):
    html = render({"calendar": calendar.pk, "max_items": 2}, request_)
    assert html.h2.get_text() == "Key dates"
    assert items(html) == ["Soon", "Later"]
    assert html.select_one(".key-dates__date").get_text() == "10 January 2027"
    assert html.select_one(".key-dates__more a")["href"] == "/en/key-dates/"


def test_lists_by_topic(calendar, events, request_):
    from portal.models import Topic

    topic = Topic.objects.get(slug="privacy")
    html = render({"calendar": calendar.pk, "topic": topic.pk, "heading": "Privacy"}, request_)
    assert html.h2.get_text() == "Privacy"
    assert items(html) == ["Later"]


def test_lists_past_events_newest_first(calendar, events, request_):
    assert items(render({"calendar": calendar.pk, "period": "past"}, request_)) == ["Past"]


def test_chosen_events_in_their_order_and_the_readers_language(
    calendar, events, request_, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translate(calendar, "fr", {"Key dates": "Dates clés"})
    with django_capture_on_commit_callbacks(execute=True):
        translate(events[2], "fr", {"Later": "Plus tard"})
    value = {"calendar": calendar.pk, "events": [events[2].pk, events[0].pk]}
    assert items(render(value, request_)) == ["Later", "Past"]
    french = render(value, request_, "fr")
    assert items(french) == ["Plus tard", "Past"]
    assert [li.a["href"] for li in french.select(".key-dates__item")] == [
        "/fr/key-dates/later/",
        "/fr/key-dates/past/",
    ]
    assert french.select_one(".key-dates__more a")["href"] == "/fr/key-dates/"


def test_renders_nothing_without_events(calendar, request_):
    assert items(render({"calendar": calendar.pk}, request_)) == []


def test_queries_do_not_grow_with_the_number_of_chosen_events(make_event, calendar, request_):
    pages = [
        make_event(slug=f"e{n}", start_date=date(2027, 1, n + 1), sync=True) for n in range(12)
    ]
    block = KeyDatesBlock()

    def count(chosen):
        value = block.to_python(
            {"calendar": calendar.pk, "events": [p.pk for p in chosen], "max_items": 20}
        )
        with translation.override("fr"):
            block.render(value, context={"request": request_})  # warm the site root paths
            with CaptureQueriesContext(connection) as queries:
                html = block.render(value, context={"request": request_})
        assert html.count("key-dates__item") == len(chosen)
        return len(queries)

    assert count(pages[:2]) == count(pages) <= 3
