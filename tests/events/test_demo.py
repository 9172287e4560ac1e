"""The events demo: both fact calendars and the upcoming one, translated, loaded idempotently."""

import io
from datetime import UTC, datetime
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Revision

from events.models import EventCalendarPage, EventCategory, EventPage
from home.demo import data
from home.demo import events as demo
from home.demo import shell as home_demo

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


@pytest.fixture
def demo_content(demo, db):
    """The whole demo, loaded once per test process (tests/conftest.py): for the tests that only
    read it. (This module's `demo` is the events tree of the loader.)"""


@pytest.fixture
def loaded(db, django_capture_on_commit_callbacks):
    """The home and events trees loaded here, in this test: for the test of what loading does."""
    with django_capture_on_commit_callbacks(execute=True):
        home_demo.load(io.StringIO())
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(io.StringIO())


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def _facts_are_there_as_they_were_known():
    english = EventPage.objects.filter(locale__language_code="en")
    assert english.count() == sum(len(c["events"]) for c in data.content("events")["calendars"])
    ecosoc = english.get(title="ECOSOC substantive session")
    assert (ecosoc.date_precision, ecosoc.dates_display) == ("month", "July 2013")
    apt = english.get(title="3rd APT preparatory meeting for WTSA-24 (APT WTSA24-3)")
    assert (apt.dates_tbc, apt.location_tbc, apt.country.code) == (True, True, "KH")
    assert english.get(title="Com-ITU meeting (CWGs and TSAG coordination)").is_online
    assert english.filter(title="Com-ITU meetings").count() == 2
    assert EventCategory.objects.get(slug="icann").name_zh_hans == "ICANN 会议"


def test_every_fact_is_there_and_loading_again_changes_nothing(
    loaded, django_capture_on_commit_callbacks
):
    _facts_are_there_as_they_were_known()
    source = EventPage.objects.filter(locale__language_code="en")
    revisions = Revision.objects.filter(
        object_id__in=[str(pk) for pk in source.values_list("pk", flat=True)]
    ).count()
    pages = EventPage.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(io.StringIO())
    assert EventPage.objects.count() == pages
    assert (
        Revision.objects.filter(
            object_id__in=[str(pk) for pk in source.values_list("pk", flat=True)]
        ).count()
        == revisions
    )


TRANSLATED_CALENDARS = [
    ("/fr/evenements/", "Événements", "ltr"),
    ("/es/eventos/", "Eventos", "ltr"),
    ("/ar/events/", "الفعاليات", "rtl"),
    ("/fr/key-dates-2013-2014/past/", "Gouvernance d'internet : dates clés 2013-2014", "ltr"),
    ("/ar/events-2024/past/", "حوكمة الإنترنت: فعاليات 2024", "rtl"),
    ("/zh-hans/huodong/", "活动", "ltr"),
    ("/zh-hans/key-dates-2013-2014/past/", "互联网治理大事记（2013—2014年）", "ltr"),
    ("/ru/meropriyatiya/", "Мероприятия", "ltr"),
    ("/ru/events-2024/past/", "Управление интернетом: мероприятия 2024 года", "ltr"),
    ("/pt/eventos/", "Eventos", "ltr"),
    (
        "/pt/key-dates-2013-2014/past/",
        "Governança da internet: datas importantes de 2013–2014",
        "ltr",
    ),
]
# The one event kept untranslated in every language, so that the alias and its notice stay shown.
ALIAS_EVENT = "Com-ITU meeting (CWGs and TSAG coordination)"


def test_the_demo_reads_well_in_every_language(demo_content, client):
    with mock.patch("django.utils.timezone.now", return_value=NOW):
        page = soup(client.get("/en/events/"))
    # The upcoming calendar is in the menu and never empty.
    assert "Events" in [a.get_text(strip=True) for a in page.select(".site-nav a")]
    assert len(page.select(".event-card")) >= 5
    for path, title, direction in TRANSLATED_CALENDARS:
        page = soup(client.get(path))
        assert page.h1.get_text(strip=True) == title, path
        assert page.html["dir"] == direction, path
        assert page.select(".event-card"), path
    calendar = EventCalendarPage.objects.get(locale__language_code="fr", slug="evenements")
    event = EventPage.objects.child_of(calendar).get(title__startswith="Conférence")
    page = soup(client.get(event.url))
    assert page.h1.get_text(strip=True) == "Conférence de plénipotentiaires de l'UIT (PP-26)"
    assert "Doha, Qatar" in page.select_one(".event-facts").get_text()


def test_one_event_stays_an_alias_in_every_language_and_the_others_are_translated(
    demo_content, client
):
    """The demo keeps one page honestly untranslated, the same in every language, so that the
    alias path (the English source under a notice) stays shown and tested."""
    english = EventPage.objects.filter(locale__language_code="en")
    alias = english.get(title=ALIAS_EVENT)
    for code in ("fr", "es", "ar", "ru", "zh-hans", "pt"):
        versions = EventPage.objects.filter(
            locale__language_code=code, translation_key__in=english.values("translation_key")
        )
        aliases = versions.exclude(alias_of=None)
        assert list(aliases.values_list("alias_of_id", flat=True)) == [alias.pk], code
        assert versions.filter(alias_of=None).count() == english.count() - 1, code
    page = EventPage.objects.get(locale__language_code="zh-hans", alias_of=alias)
    html = soup(client.get(page.url))
    assert html.select_one("main .notice[role=note]") is not None
    # Only the source's own text is marked English; the interface around it is Chinese.
    assert html.h1["lang"] == "en"
    assert html.h1.get_text(strip=True) == ALIAS_EVENT


def test_a_chinese_event_reads_in_chinese(demo_content, client):
    calendar = EventCalendarPage.objects.get(locale__language_code="zh-hans", slug="huodong")
    event = EventPage.objects.child_of(calendar).get(title__startswith="国际电联全权代表大会")
    page = soup(client.get(event.url))
    assert page.html["lang"] == "zh-hans"
    assert page.h1.get_text(strip=True) == "国际电联全权代表大会（PP-26）"
    facts = page.select_one(".event-facts").get_text()
    assert "多哈" in facts and "国际电联" in facts
    assert "国际电信联盟（国际电联）成员国每四年举行一次会议" in page.get_text()


def test_every_event_but_one_is_translated_in_russian_and_portuguese(demo, client):
    for code in ("ru", "pt"):
        events = EventPage.objects.filter(locale__language_code=code)
        alias = events.exclude(alias_of=None).get()
        assert alias.title == ALIAS_EVENT
        assert events.filter(alias_of=None).count() == events.count() - 1
        # The alias says so, in the reader's language, above the English text.
        page = soup(client.get(alias.url))
        assert page.html["lang"] == code
        assert page.select_one("main .notice[role=note]") is not None
        assert page.h1["lang"] == "en"
