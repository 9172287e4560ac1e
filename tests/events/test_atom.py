"""A calendar's Atom feed: its events for feed readers, in the feed's language, no aliases."""

from datetime import date

import pytest

from portal.localize import translate

from ..feeds import parse_atom as parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(make_event):
    return {
        "wsis": make_event(
            title="WSIS Forum",
            slug="wsis",
            intro="The yearly forum.",
            start_date=date(2030, 5, 13),
            end_date=date(2030, 5, 17),
            sync=True,
        ),
        "igf": make_event(title="IGF", slug="igf", start_date=date(2030, 6, 2), sync=True),
    }


def test_english_feed_lists_each_event_once_with_dates_and_place(client, events, settings):
    feed = parse(client.get("/en/key-dates/feed.atom"))
    assert feed.feed.title == "Key dates"
    assert feed.feed.language == "en"
    assert sorted(entry.title for entry in feed.entries) == ["IGF", "WSIS Forum"]
    wsis = next(entry for entry in feed.entries if entry.title == "WSIS Forum")
    assert wsis.link == settings.BASE_URL + "/en/key-dates/wsis/"
    assert "13–17 May 2030" in wsis.summary
    assert "Geneva, Switzerland" in wsis.summary
    assert "The yearly forum." in wsis.summary
    assert wsis.updated_parsed


def test_french_feed_has_only_translated_events(
    client, events, calendar, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translate(calendar, "fr", {"Key dates": "Dates clés"})
    with django_capture_on_commit_callbacks(execute=True):
        translate(events["wsis"], "fr", {"WSIS Forum": "Forum du SMSI"})

    feed = parse(client.get("/fr/key-dates/feed.atom"))
    assert feed.feed.language == "fr"
    assert feed.feed.title == "Dates clés"
    # IGF is an alias in French (English text): it is in the English feed only.
    assert [entry.title for entry in feed.entries] == ["Forum du SMSI"]
    entry = feed.entries[0]
    assert entry.link == settings.BASE_URL + "/fr/key-dates/wsis/"
    assert "Suisse" in entry.summary
    english = parse(client.get("/en/key-dates/feed.atom"))
    assert entry.id not in {e.id for e in english.entries}


def test_calendar_page_links_to_its_atom_feed(client, events):
    from bs4 import BeautifulSoup

    page = BeautifulSoup(client.get("/en/key-dates/").content.decode(), "html.parser")
    link = page.select_one('link[rel=alternate][type="application/atom+xml"]')
    assert link["href"] == "/en/key-dates/feed.atom"
    assert link["title"] == "Key dates (Atom feed)"
    visible = page.select_one('.calendar__subscribe a[type="application/atom+xml"]')
    assert visible.get_text() == "Follow new events in a feed reader"


def test_calendar_purges_its_feed(calendar):
    assert "feed.atom" in calendar.get_cached_paths()
