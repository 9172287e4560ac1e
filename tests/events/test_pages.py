"""Calendar and event pages render in every language, with JSON-LD; editors create them."""

import json
from datetime import date, time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from events.models import EventCalendarPage, EventPage
from home.models import HomePage, StandardPage
from home.setup import setup_portal
from portal.localize import sync_page, translate

from .factories import EventCalendarPageFactory, EventCategoryFactory, EventPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def all_json_ld(page_soup):
    return [
        json.loads(script.string)
        for script in page_soup.find_all("script", type="application/ld+json")
    ]


def json_ld(page_soup):
    """The page's own JSON-LD (the breadcrumbs aside)."""
    items = [data for data in all_json_ld(page_soup) if data["@type"] != "BreadcrumbList"]
    assert len(items) == 1
    return items[0]


@pytest.fixture
def geneva_event(make_event):
    category = EventCategoryFactory(
        slug="un-meetings",
        name_en="UN meetings",
        name_fr="Réunions de l'ONU",
        name_ar="اجتماعات الأمم المتحدة",
    )
    return make_event(
        title="WSIS Forum",
        slug="wsis-forum",
        start_date=date(2030, 2, 5),
        end_date=date(2030, 2, 9),
        venue="CICG",
        city="Geneva",
        country="CH",
        category=category,
        organiser="ITU",
        link="https://example.org/wsis",
        sync=True,
    )


@pytest.mark.parametrize(
    ("language", "direction", "country", "category", "dates"),
    [
        ("en", "ltr", "Switzerland", "UN meetings", "5–9 February 2030"),
        ("fr", "ltr", "Suisse", "Réunions de l'ONU", "5 au 9 février 2030"),
        ("ar", "rtl", "سويسرا", "اجتماعات الأمم المتحدة", "من 5 إلى 9 فبراير 2030"),
    ],
)
def test_calendar_page_renders_in_the_readers_language(
    catalogues, client, geneva_event, language, direction, country, category, dates
):
    page = soup(client.get(f"/{language}/key-dates/"))
    assert page.html["lang"] == language
    assert page.html["dir"] == direction
    card = page.select_one(".event-card")
    assert card.select_one(".card__title").get_text(strip=True) == "WSIS Forum"
    assert card.select_one("time").get_text(strip=True) == dates
    assert card.select_one("time")["datetime"] == "2030-02-05"
    assert country in card.select_one(".event-card__place").get_text()
    assert category in card.select_one(".event-card__tags").get_text()
    assert page.select_one('link[rel="alternate"][type="text/calendar"]')["href"] == (
        f"/{language}/key-dates/calendar.ics"
    )


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("fr", "ltr"), ("ar", "rtl")])
def test_event_page_renders_in_the_readers_language(client, geneva_event, language, direction):
    page = soup(client.get(f"/{language}/key-dates/wsis-forum/"))
    assert page.html["dir"] == direction
    assert page.h1.get_text(strip=True) == "WSIS Forum"
    assert page.select_one(".event-actions__ics")["href"] == (
        f"/{language}/key-dates/wsis-forum/event.ics"
    )
    data = json_ld(page)
    assert data["@type"] == "Event"
    # An untranslated event is an alias of the English one: its canonical URL is the English.
    assert data["url"] == "http://127.0.0.1:8000/en/key-dates/wsis-forum/"
    assert data["url"] == page.select_one('link[rel="canonical"]')["href"]


def test_a_translated_event_shows_its_translation(
    catalogues, client, geneva_event, calendar, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translate(calendar, "fr", {"Key dates": "Dates clés"})
    with django_capture_on_commit_callbacks(execute=True):
        translate(geneva_event, "fr", {"WSIS Forum": "Forum du SMSI", "Geneva": "Genève"})
    page = soup(client.get("/fr/key-dates/wsis-forum/"))
    assert page.h1.get_text(strip=True) == "Forum du SMSI"
    assert "Genève" in page.select_one(".event-facts").get_text()
    assert "5 au 9 février 2030" in page.select_one(".event-facts").get_text()
    # The translated child of a translated calendar is listed (wagtail-localize issue 773).
    listing = soup(client.get("/fr/key-dates/"))
    assert listing.h1.get_text(strip=True) == "Dates clés"
    assert "Forum du SMSI" in listing.select_one(".event-card").get_text()


def test_json_ld_describes_an_in_person_event(client, geneva_event):
    data = json_ld(soup(client.get("/en/key-dates/wsis-forum/")))
    assert data["startDate"] == "2030-02-05"
    assert data["endDate"] == "2030-02-09"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": "CICG",
        "address": {"@type": "PostalAddress", "addressLocality": "Geneva", "addressCountry": "CH"},
    }
    assert data["organizer"] == {"@type": "Organization", "name": "ITU"}


def test_json_ld_gives_online_events_a_virtual_location(client, make_event):
    make_event(
        slug="webinar",
        event_format="online",
        city="",
        country="",
        start_date=date(2030, 1, 20),
        start_time=time(15),
        end_time=time(16, 30),
        time_zone="Europe/Paris",
        link="https://example.org/join",
    )
    data = json_ld(soup(client.get("/en/key-dates/webinar/")))
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://example.org/join"}
    assert data["startDate"] == "2030-01-20T15:00:00+01:00"
    assert data["endDate"] == "2030-01-20T16:30:00+01:00"


def test_json_ld_gives_hybrid_events_both_locations(client, make_event):
    make_event(
        slug="hybrid",
        event_format="hybrid",
        city="Gdansk",
        country="PL",
        link="https://example.org/stream",
    )
    data = json_ld(soup(client.get("/en/key-dates/hybrid/")))
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]
    # The online link itself, never the event page.
    assert data["location"][1]["url"] == "https://example.org/stream"


def test_json_ld_cannot_be_broken_out_of(client, make_event):
    make_event(slug="evil", title="</script><script>alert(1)</script>")
    html = client.get("/en/key-dates/evil/").content.decode()
    assert "</script><script>alert(1)" not in html
    assert json_ld(soup(client.get("/en/key-dates/evil/")))["name"] == (
        "</script><script>alert(1)</script>"
    )


def test_month_only_event_shows_its_month_and_notices(client, make_event):
    make_event(
        slug="apt",
        title="3rd APT preparatory meeting",
        start_date=date(2030, 4, 1),
        date_precision="month",
        dates_tbc=True,
        location_tbc=True,
        city="",
        country="KH",
    )
    page = soup(client.get("/en/key-dates/apt/"))
    facts = page.select_one(".event-facts").get_text(" ", strip=True)
    assert "April 2030" in facts
    assert "Dates to be confirmed" in facts
    assert "Cambodia" in facts and "Location to be confirmed" in facts
    assert page.select_one(".event-actions__ics") is not None  # the month, as an all-day event
    assert json_ld(page)["startDate"] == "2030-04"
    response = client.get("/en/key-dates/apt/event.ics")
    assert response.status_code == 200
    assert b"DTSTART;VALUE=DATE:20300401" in response.content


def test_the_api_gives_events_with_their_facts(client, geneva_event):
    response = client.get(
        "/api/v2/pages/", {"type": "events.EventPage", "fields": "*", "locale": "en"}
    )
    assert response.status_code == 200
    item = response.json()["items"][0]
    assert item["start_date"] == "2030-02-05"
    assert item["country"] == {"code": "CH", "name": "Switzerland"}
    assert item["category"] == {"slug": "un-meetings", "name": "UN meetings"}
    assert item["event_format"] == "in_person"


def test_the_home_page_lists_upcoming_events_of_its_language(client, make_event):
    make_event(title="Past meeting", slug="past", start_date=date(2020, 1, 1), sync=True)
    make_event(title="Next meeting", slug="next", start_date=date(2099, 1, 1), sync=True)
    for language in ("en", "fr"):
        section = soup(client.get(f"/{language}/")).select_one(".home-section--events")
        assert section is not None
        assert "Next meeting" in section.get_text()
        assert "Past meeting" not in section.get_text()
        assert section.select_one("a")["href"] == f"/{language}/key-dates/next/"


class TestEditorsCreatePages(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = setup_portal()
        cls.calendar = EventCalendarPageFactory(parent=cls.home, slug="calendar")

    def setUp(self):
        user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
        self.client.force_login(user)

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(EventCalendarPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(EventCalendarPage, {EventPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertCanNotCreateAt(HomePage, EventPage)

    def test_an_editor_creates_a_calendar(self):
        self.assertCanCreate(
            self.home,
            EventCalendarPage,
            nested_form_data({"title": "Events", "slug": "events", "intro": "Meetings."}),
        )

    def test_an_editor_creates_an_event(self):
        category = EventCategoryFactory(slug="icann", name_en="ICANN")
        self.assertCanCreate(
            self.calendar,
            EventPage,
            nested_form_data(
                {
                    "title": "ICANN 47",
                    "slug": "icann-47",
                    "intro": "A community meeting.",
                    "start_date": "2030-07-11",
                    "end_date": "2030-07-17",
                    "date_precision": "day",
                    "start_time": "09:00",
                    "end_time": "18:00",
                    "time_zone": "Africa/Johannesburg",
                    "event_format": "in_person",
                    "city": "Durban",
                    "country": "ZA",
                    "category": category.pk,
                    "body": rich_text("<p>What happens there.</p>"),
                }
            ),
        )
        event = EventPage.objects.get(slug="icann-47", locale__language_code="en")
        assert event.time_zone == "Africa/Johannesburg"
        assert event.live
        # The admin's after_create_page hook aliases it into every locale.
        assert Page.objects.filter(translation_key=event.translation_key).count() == 7

    def test_the_edit_form_refuses_inconsistent_dates(self):
        response = self.client.post(
            f"/admin/pages/add/events/eventpage/{self.calendar.pk}/",
            nested_form_data(
                {
                    "title": "Backwards",
                    "slug": "backwards",
                    "start_date": "2030-07-11",
                    "end_date": "2030-07-01",
                    "date_precision": "day",
                    "event_format": "in_person",
                    "time_zone": "Nowhere/Atlantis",
                    "body": rich_text(""),
                }
            ),
        )
        assert response.status_code == 200
        assert not EventPage.objects.filter(slug="backwards").exists()
        content = response.content.decode()
        assert "The end date is before the start date." in content
        assert "Nowhere/Atlantis" in content

    def test_the_calendar_offers_the_import_button(self):
        response = self.client.get(f"/admin/pages/{self.calendar.pk}/")
        assert f"/admin/events/import/{self.calendar.pk}/" in response.content.decode()

    def test_translations_of_the_calendar_do_not(self):
        sync_page(self.calendar)
        french = self.calendar.get_translation(Locale.objects.get(language_code="fr"))
        response = self.client.get(f"/admin/pages/{french.pk}/")
        assert response.status_code == 200
        assert f"/admin/events/import/{french.pk}/" not in response.content.decode()

    def test_pages_are_previewable(self):
        event = EventPageFactory(parent=self.calendar, slug="preview-me")
        self.assertPageIsPreviewable(self.calendar)
        self.assertPageIsPreviewable(event)

    def test_new_pages_are_previewable_before_they_have_a_url(self):
        for model, parent, data in [
            ("eventcalendarpage", self.home, {"title": "New", "slug": "new"}),
            (
                "eventpage",
                self.calendar,
                {
                    "title": "New",
                    "slug": "new",
                    "start_date": "2030-01-01",
                    "date_precision": "day",
                    "event_format": "online",
                    "body": rich_text(""),
                },
            ),
        ]:
            url = reverse("wagtailadmin_pages:preview_on_add", args=("events", model, parent.pk))
            response = self.client.post(url, nested_form_data(data))
            assert response.json()["is_valid"], response.json()
            assert self.client.get(url).status_code == 200


def test_pages_survive_editing_in_other_locales(
    portal, calendar, make_event, django_capture_on_commit_callbacks
):
    def versions(page):
        return Page.objects.filter(translation_key=page.translation_key)

    # An alias of the calendar exists in every locale, so translators find it.
    assert versions(calendar).count() == 7
    sync_page(calendar)  # idempotent
    assert versions(calendar).count() == 7
    event = make_event(title="Council", slug="council", sync=True)
    assert versions(event).count() == 7

    # The source is edited: the aliases follow it, none is lost or duplicated.
    calendar.title = "Key dates and meetings"
    calendar.save_revision().publish()
    sync_page(calendar)
    assert versions(calendar).count() == 7
    assert versions(calendar).get(locale__language_code="ar").title == "Key dates and meetings"

    # The French calendar and event are translated, then the translation edited in French.
    with django_capture_on_commit_callbacks(execute=True):
        french = translate(calendar, "fr", {"Key dates and meetings": "Dates clés"})
    with django_capture_on_commit_callbacks(execute=True):
        french_event = translate(event, "fr", {"Council": "Conseil"})
    french.title = "Dates clés et réunions"
    french.save_revision().publish()
    sync_page(calendar)
    sync_page(event)

    # Every version is still there, the French ones with their own text under their parent.
    assert versions(calendar).count() == 7 and versions(event).count() == 7
    french = Page.objects.get(pk=french.pk)
    assert french.alias_of_id is None and french.title == "Dates clés et réunions"
    french_event = Page.objects.get(pk=french_event.pk)
    assert french_event.title == "Conseil" and french_event.get_parent().pk == french.pk
    assert versions(calendar).get(locale__language_code="es").title == "Key dates and meetings"
    assert versions(event).get(locale__language_code="es").get_parent().alias_of_id == calendar.pk


def test_json_ld_gives_no_online_link_it_does_not_know(client, make_event):
    make_event(slug="call", event_format="online", city="", country="", link="")
    data = json_ld(soup(client.get("/en/key-dates/call/")))
    assert "location" not in data
    assert "/en/key-dates/call/" not in json.dumps(data.get("location", ""))


def test_json_ld_invents_no_place_and_no_end(client, make_event):
    make_event(slug="somewhere", city="", country="", venue="", end_date=None, end_time=None)
    data = json_ld(soup(client.get("/en/key-dates/somewhere/")))
    assert "location" not in data
    assert "endDate" not in data
    assert data["startDate"] == "2030-02-05"


def test_json_ld_of_an_event_known_by_its_country_only(client, make_event):
    make_event(
        slug="kh",
        city="",
        venue="",
        country="KH",
        start_date=date(2030, 1, 1),
        date_precision="year",
    )
    data = json_ld(soup(client.get("/en/key-dates/kh/")))
    assert data["startDate"] == "2030"
    assert data["location"] == {
        "@type": "Place",
        "name": "Cambodia",
        "address": {"@type": "PostalAddress", "addressCountry": "KH"},
    }


def test_json_ld_names_the_organisation_when_no_organiser_is_given(client, make_event):
    make_event(slug="ours", organiser="")
    data = json_ld(soup(client.get("/en/key-dates/ours/")))
    assert data["organizer"] == {
        "@type": "NGO",
        "name": "Open Internet Campaigns",
        "url": "http://127.0.0.1:8000/",
    }


def test_event_pages_carry_breadcrumbs(client, geneva_event):
    page = soup(client.get("/en/key-dates/wsis-forum/"))
    crumbs = next(d for d in all_json_ld(page) if d["@type"] == "BreadcrumbList")
    assert [
        (item["position"], item["name"], item["item"]) for item in crumbs["itemListElement"]
    ] == [
        (1, "Home", "http://127.0.0.1:8000/en/"),
        (2, "Key dates", "http://127.0.0.1:8000/en/key-dates/"),
        (3, "WSIS Forum", "http://127.0.0.1:8000/en/key-dates/wsis-forum/"),
    ]


def test_switching_to_month_precision_keeps_the_dates_typed(make_event):
    event = make_event(
        slug="hlpf", title="HLPF", start_date=date(2030, 7, 14), end_date=date(2030, 7, 23)
    )
    event.date_precision = "month"
    event.full_clean()
    event.save_revision().publish()
    event.refresh_from_db()
    assert (event.start_date, event.end_date) == (date(2030, 7, 14), date(2030, 7, 23))
    assert event.dates_display == "July 2030"
    event.date_precision = "day"
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.dates_display == "14–23 July 2030"


def test_the_editor_is_told_what_month_precision_shows(admin_client, make_event):
    event = make_event(slug="hlpf", title="HLPF", start_date=date(2030, 7, 14))
    content = admin_client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert "the days typed above are kept for when it goes back to" in content
    assert "all-day event over the whole month or year, marked tentative" in content
