"""An event is upcoming until its last day is over in its own time zone (events/timing.py)."""

from datetime import UTC, date, datetime
from unittest import mock

import pytest

from events import timing
from events.models import EventPage

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 23)
# 16:00 UTC: already 24 November in Tokyo (UTC+9), still 11:00 on 23 November in Lima (UTC-5).
NOW = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)


def test_an_event_ending_today_in_tokyo_is_past_while_one_in_lima_is_not(make_event):
    tokyo = make_event(title="Tokyo", start_date=TODAY, time_zone="Asia/Tokyo")
    lima = make_event(title="Lima", start_date=TODAY, time_zone="America/Lima")

    assert not tokyo.is_upcoming(NOW)
    assert lima.is_upcoming(NOW)
    # The same rule in SQL, through the stored instant.
    assert list(EventPage.objects.upcoming(NOW)) == [lima]
    assert list(EventPage.objects.past(NOW)) == [tokyo]


def test_the_calendar_page_lists_lima_as_upcoming_and_tokyo_as_past(calendar, make_event, client):
    make_event(
        title="Meeting in Tokyo",
        start_date=date(2026, 11, 20),
        end_date=TODAY,
        time_zone="Asia/Tokyo",
    )
    make_event(
        title="Meeting in Lima",
        start_date=date(2026, 11, 20),
        end_date=TODAY,
        time_zone="America/Lima",
    )
    with mock.patch("django.utils.timezone.now", return_value=NOW):
        upcoming = client.get("/en/key-dates/").content.decode()
        past = client.get("/en/key-dates/past/").content.decode()
    assert "Meeting in Lima" in upcoming and "Meeting in Tokyo" not in upcoming
    assert "Meeting in Tokyo" in past and "Meeting in Lima" not in past


def test_without_a_time_zone_the_day_ends_in_utc(make_event):
    event = make_event(start_date=TODAY)
    assert event.ends_at_utc == datetime(2026, 11, 24, tzinfo=UTC)
    assert event.is_upcoming(datetime(2026, 11, 23, 23, 59, tzinfo=UTC))
    assert not event.is_upcoming(datetime(2026, 11, 24, 0, 0, tzinfo=UTC))


def test_a_month_only_event_lasts_until_the_end_of_its_month(make_event):
    event = make_event(start_date=date(2026, 11, 17), date_precision="month")
    # The day the editor typed is kept (for when the precision returns to day); readers and
    # feeds get the whole month.
    assert event.start_date == date(2026, 11, 17)
    assert event.ends_at_utc == datetime(2026, 12, 1, tzinfo=UTC)
    assert event.is_upcoming(datetime(2026, 11, 30, 12, tzinfo=UTC))


def test_a_year_only_event_lasts_until_the_end_of_its_year(make_event):
    event = make_event(start_date=date(2027, 6, 1), date_precision="year")
    assert event.start_date == date(2027, 6, 1)
    assert event.ends_at_utc == datetime(2028, 1, 1, tzinfo=UTC)


def test_changing_the_dates_moves_the_end(make_event):
    event = make_event(start_date=TODAY)
    event.end_date = date(2026, 11, 25)
    event.save()
    event.refresh_from_db()
    assert event.ends_at_utc == datetime(2026, 11, 26, tzinfo=UTC)


def test_time_zones_are_validated():
    timing.validate_time_zone("Europe/Zurich")
    timing.validate_time_zone("")
    with pytest.raises(Exception, match="not a time zone"):
        timing.validate_time_zone("Mars/Olympus_Mons")
