"""Importing .ics files: one page per VEVENT, matched by UID, all or nothing."""

from datetime import date, time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from events.importer import MAX_BYTES, IcsImportError, import_ics
from events.models import EventPage
from tests.factories import TopicFactory

from .factories import EventCalendarPageFactory, EventCategoryFactory

pytestmark = pytest.mark.django_db

COMPARED = [
    "title",
    "intro",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "time_zone",
    "dates_tbc",
    "event_format",
    "venue",
    "city",
    "location_tbc",
    "organiser",
    "link",
]


def facts(page):
    values = {name: getattr(page, name) for name in COMPARED}
    values["country"] = page.country.code
    values["category"] = page.category.slug if page.category else None
    values["topics"] = sorted(t.slug for t in page.topics.all())
    return values


def ics(*vevents):
    body = "".join(
        "BEGIN:VEVENT\r\nDTSTAMP:20240101T000000Z\r\n"
        + v.strip().replace("\n", "\r\n")
        + "\r\nEND:VEVENT\r\n"
        for v in vevents
    )
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n"
    ).encode()


GOOD = """
UID:one@example.org
SUMMARY:IGF Open Consultations
DTSTART;VALUE=DATE:20300228
DTEND;VALUE=DATE:20300302
LOCATION:UNESCO Headquarters, Paris
URL:https://example.org/igf
DESCRIPTION:Open consultations\\, then the MAG.
"""
TIMED = """
UID:two@example.org
SUMMARY:Briefing
DTSTART;TZID=Asia/Tokyo:20300301T090000
DTEND;TZID=Asia/Tokyo:20300301T103000
"""


@pytest.fixture
def source(make_event):
    un = EventCategoryFactory(slug="un-meetings", name_en="UN meetings")
    governance = TopicFactory(slug="internet-governance")
    privacy = TopicFactory(slug="privacy")
    make_event(
        title="WSIS+10 review meeting",
        slug="wsis",
        start_date=date(2013, 2, 25),
        end_date=date(2013, 2, 27),
        venue="UNESCO Headquarters, Fontenoy",
        city="Paris",
        country="FR",
        category=un,
        topics=[governance, privacy],
        organiser="UNESCO",
        intro="Line one,\nline two; with punctuation.",
    )
    make_event(
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
        dates_tbc=True,
    )
    make_event(
        title="Two-day session",
        slug="session",
        start_date=date(2030, 3, 30),
        end_date=date(2030, 3, 31),
        start_time=time(10),
        end_time=time(13),
        time_zone="America/Lima",
        event_format="hybrid",
        city="Lima",
        country="PE",
        location_tbc=True,
    )
    make_event(
        title="Call",
        slug="call",
        start_date=date(2030, 4, 2),
        start_time=time(9),
        city="",
        country="",
        event_format="online",
    )
    make_event(title="ECOSOC", slug="ecosoc", start_date=date(2030, 7, 1), date_precision="month")


@pytest.fixture
def other(portal):
    return EventCalendarPageFactory(parent=portal, title="Copy", slug="copy")


def feed_of(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.content


def test_importing_a_feed_recreates_the_same_events(client, calendar, source, other):
    result = import_ics(other, feed_of(client, "/en/key-dates/calendar.ics"))
    # Month-only ECOSOC too: the feed carries it (all day over July) and says it is month-only.
    assert len(result.created) == 5 and not result.updated and not result.warnings
    originals = {p.title: facts(p) for p in EventPage.objects.child_of(calendar)}
    copies = {p.title: facts(p) for p in EventPage.objects.child_of(other)}
    assert copies == originals
    # The copies keep the UIDs of the feed, so the copy's feed says the same.
    assert feed_of(client, "/en/copy/calendar.ics").count(b"UID:event-") == 5
    assert EventPage.objects.child_of(other).get(title="ECOSOC").date_precision == "month"


def test_importing_twice_changes_nothing(client, calendar, source, other):
    data = feed_of(client, "/en/key-dates/calendar.ics")
    import_ics(other, data)
    pages, revisions = Page.objects.count(), Revision.objects.count()
    result = import_ics(other, data)
    assert len(result.unchanged) == 5 and not result.created and not result.updated
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)


def test_importing_a_calendars_own_feed_into_it_changes_nothing(client, calendar, source):
    pages, revisions = Page.objects.count(), Revision.objects.count()
    result = import_ics(calendar, feed_of(client, "/en/key-dates/calendar.ics"))
    assert len(result.unchanged) == 5
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)


def test_importing_its_feed_keeps_the_day_typed_in_a_month_only_event(client, calendar, source):
    ecosoc = EventPage.objects.child_of(calendar).get(title="ECOSOC")
    ecosoc.start_date = date(2030, 7, 18)
    ecosoc.save_revision().publish()
    result = import_ics(calendar, feed_of(client, "/en/key-dates/calendar.ics"))
    assert len(result.unchanged) == 5
    assert EventPage.objects.get(pk=ecosoc.pk).start_date == date(2030, 7, 18)


def test_importing_again_updates_in_place_and_in_every_locale(calendar):
    import_ics(calendar, ics(GOOD, TIMED))
    page = EventPage.objects.get(ical_uid="one@example.org", locale__language_code="en")
    assert page.live
    assert EventPage.objects.filter(translation_key=page.translation_key).count() == 7
    result = import_ics(
        calendar, ics(GOOD.replace("IGF Open Consultations", "IGF consultations"), TIMED)
    )
    assert [p.pk for p in result.updated] == [page.pk] and len(result.unchanged) == 1
    assert EventPage.objects.filter(ical_uid="one@example.org").count() == 7
    french = EventPage.objects.get(ical_uid="one@example.org", locale__language_code="fr")
    assert french.title == "IGF consultations"  # the alias follows its source


def test_a_file_from_elsewhere_maps_to_the_fields(calendar):
    result = import_ics(
        calendar,
        ics(
            GOOD,
            TIMED,
            "UID:three@example.org\nSUMMARY:Weekly\nDTSTART:20300101T100000Z\nRRULE:FREQ=WEEKLY",
        ),
    )
    assert [w for w in result.warnings if "repeats" in w]
    igf = EventPage.objects.get(ical_uid="one@example.org", locale__language_code="en")
    assert (igf.start_date, igf.end_date) == (date(2030, 2, 28), date(2030, 3, 1))
    assert igf.venue == "UNESCO Headquarters, Paris"
    assert igf.link == "https://example.org/igf"
    assert igf.intro == "Open consultations, then the MAG."
    briefing = EventPage.objects.get(ical_uid="two@example.org", locale__language_code="en")
    assert (briefing.start_time, briefing.end_time, briefing.time_zone) == (
        time(9),
        time(10, 30),
        "Asia/Tokyo",
    )
    assert not EventPage.objects.filter(ical_uid="three@example.org").exists()


BAD_FILES = {
    "garbage": (b"this is not a calendar", "line 1 cannot be read (“this is not a calendar”)"),
    "empty": (b"", "This is not an iCalendar file: it is empty."),
    "no events": (ics().replace(b"", b""), "The file has no events"),
    "bad date": (
        ics(GOOD, "UID:x@y\nSUMMARY:Broken\nDTSTART:notadate"),
        "line 18: its DTSTART cannot be read (“DTSTART:notadate”)",
    ),
    "bad line": (
        ics(GOOD).replace(b"DESCRIPTION:", b"DESCRIPTION "),
        "line 12 cannot be read (“DESCRIPTION Open consultations\\, then the MAG.”)",
    ),
    "no uid": (ics(GOOD, "SUMMARY:Anonymous\nDTSTART;VALUE=DATE:20300101"), "has no UID"),
    "no summary": (ics(GOOD, "UID:x@y\nDTSTART;VALUE=DATE:20300101"), "has no SUMMARY"),
    "no start": (ics(GOOD, "UID:x@y\nSUMMARY:When?"), "DTSTART"),
    "twice": (ics(GOOD, GOOD), "has the same UID as event 1"),
    "backwards": (
        ics("UID:x@y\nSUMMARY:Back\nDTSTART;VALUE=DATE:20300105\nDTEND;VALUE=DATE:20300101", GOOD),
        "ends before it starts",
    ),
    "latin-1": ("BEGIN:VCALENDAR\r\nSUMMARY:é\r\nEND:VCALENDAR\r\n".encode("latin-1"), "not UTF-8"),
    "too large": (b" " * (MAX_BYTES + 1), "larger than 2 MB"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_refused_whole(calendar, case):
    data, message = BAD_FILES[case]
    pages = Page.objects.count()
    with pytest.raises(IcsImportError) as error:
        import_ics(calendar, data)
    assert any(message in m for m in error.value.messages), error.value.messages
    assert Page.objects.count() == pages


def test_the_command_imports_by_url_or_id(calendar, tmp_path, capsys):
    path = tmp_path / "meetings.ics"
    path.write_bytes(ics(GOOD, TIMED))
    call_command("import_ics", "/en/key-dates/", str(path))
    assert "2 created, 0 updated, 0 unchanged" in capsys.readouterr().out
    call_command("import_ics", str(calendar.pk), str(path))
    assert "0 created, 0 updated, 2 unchanged" in capsys.readouterr().out
    call_command("import_ics", "key-dates", str(path))
    assert "2 unchanged" in capsys.readouterr().out


def test_the_command_refuses_a_bad_file_or_calendar(calendar, tmp_path):
    path = tmp_path / "bad.ics"
    path.write_bytes(BAD_FILES["bad date"][0])
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_ics", "/en/key-dates/", str(path))
    with pytest.raises(CommandError, match="No event calendar is at /en/nowhere/"):
        call_command("import_ics", "/en/nowhere/", str(path))
    assert not EventPage.objects.exists()


@pytest.fixture
def admin_client(client, calendar):
    user = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
    client.force_login(user)
    return client


def upload(data, name="meetings.ics"):
    return SimpleUploadedFile(name, data, content_type="text/calendar")


def test_an_editor_imports_from_the_admin(admin_client, calendar):
    url = f"/admin/events/import/{calendar.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url, {"calendar": calendar.pk, "file": upload(ics(GOOD, TIMED)), "publish": "on"}
    )
    assert response.status_code == 200
    assert EventPage.objects.child_of(calendar).count() == 2
    content = response.content.decode()
    assert "2 events created, 0 updated, 0 unchanged in “Key dates”." in content
    assert "New events and changes are published" in content
    assert f'href="/admin/pages/{calendar.pk}/"' in content


def test_the_admin_shows_why_a_file_is_refused(admin_client, calendar):
    response = admin_client.post(
        "/admin/events/import/", {"calendar": calendar.pk, "file": upload(BAD_FILES["bad date"][0])}
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Nothing was imported" in content
    assert "its DTSTART cannot be read" in content
    assert "ValueError" not in content and "Expected" not in content
    assert not EventPage.objects.exists()


def staff(client, username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return user


def menu_labels(client):
    response = client.get("/admin/")
    return response.content.decode()


def test_an_editor_finds_the_import_and_imports_drafts(client, calendar):
    staff(client, "editor", "Editors")
    assert "Import events (.ics)" in menu_labels(client)
    response = client.get(f"/admin/events/import/{calendar.pk}/")
    assert response.status_code == 200
    assert "Publish the imported events" not in response.content.decode()
    response = client.post(
        f"/admin/events/import/{calendar.pk}/",
        {"calendar": calendar.pk, "file": upload(ics(GOOD)), "publish": "on"},
    )
    assert "saved as drafts" in response.content.decode()
    page = EventPage.objects.child_of(calendar).get()
    assert not page.live  # a draft, whatever the request asked
    assert page.get_latest_revision().user.username == "editor"
    assert b"IGF Open Consultations" not in client.get("/en/key-dates/").content


def test_importing_drafts_again_adds_no_revision(client, calendar):
    import_ics(calendar, ics(GOOD), publish=False)
    page = EventPage.objects.child_of(calendar).get()
    revisions = Revision.objects.filter(object_id=str(page.pk)).count()
    result = import_ics(calendar, ics(GOOD), publish=False)
    assert len(result.unchanged) == 1
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions


def test_a_moderator_publishes_an_imported_draft(client, calendar):
    import_ics(calendar, ics(GOOD), publish=False)
    page = EventPage.objects.child_of(calendar).get()
    staff(client, "moderator", "Moderators")
    data = {"action-publish": "action-publish"}
    response = client.post(f"/admin/pages/{page.pk}/edit/", {**edit_data(client, page), **data})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert b"IGF Open Consultations" in client.get("/en/key-dates/").content


def test_a_moderator_may_publish_on_import(client, calendar):
    staff(client, "moderator", "Moderators")
    response = client.get(f"/admin/events/import/{calendar.pk}/")
    assert "Publish the imported events" in response.content.decode()
    client.post(
        f"/admin/events/import/{calendar.pk}/",
        {"calendar": calendar.pk, "file": upload(ics(GOOD)), "publish": "on"},
    )
    assert EventPage.objects.child_of(calendar).get().live


def test_a_translator_is_not_offered_the_import(client, calendar):
    staff(client, "translator", "Translators (fr)")
    assert "Import events (.ics)" not in menu_labels(client)
    response = client.get(f"/admin/events/import/{calendar.pk}/")
    assert response.status_code == 302  # Wagtail's "permission denied": back to the dashboard


def edit_data(client, page):
    from wagtail.test.utils.form_data import querydict_from_html

    response = client.get(f"/admin/pages/{page.pk}/edit/")
    return querydict_from_html(response.content.decode(), form_id="page-edit-form").dict()


# --- Dates at the edge of the calendar (year 9999 and beyond) -----------------------------------

FAR_FUTURE = {
    # Past the last day Python can represent once a day or a time zone is added.
    "9999 in Tokyo": (
        "DTSTART;TZID=Asia/Tokyo:99991231T230000\nDTEND;TZID=Asia/Tokyo:99991231T233000"
    ),
    "9999 floating, ends next day": "DTSTART:99991231T230000\nDTEND:99991231T235959",
    "9999 whole day": "DTSTART;VALUE=DATE:99991231\nDTEND;VALUE=DATE:99991231",
    "year 10000": "DTSTART;VALUE=DATE:100000101",
    "year 10000 timed": "DTSTART:100000101T090000Z",
    "month 13": "DTSTART;VALUE=DATE:20301301",
    "hour 25": "DTSTART:20300101T250000Z",
    "duration too long": "DTSTART;VALUE=DATE:99991230\nDURATION:P9999D",
}


@pytest.mark.parametrize("case", FAR_FUTURE)
def test_a_date_out_of_range_is_told_for_its_event(calendar, case):
    data = ics(GOOD, f"UID:far@example.org\nSUMMARY:Far away\n{FAR_FUTURE[case]}", TIMED)
    with pytest.raises(IcsImportError) as error:
        import_ics(calendar, data)
    messages = error.value.messages
    assert any(m.startswith("Event 2 (“Far away”)") for m in messages), messages
    assert not any(m.startswith("Event 1") or m.startswith("Event 3") for m in messages)
    assert not EventPage.objects.exists()


def test_a_date_in_9999_is_told_clearly(calendar):
    data = ics("UID:far@example.org\nSUMMARY:Far away\n" + FAR_FUTURE["9999 in Tokyo"], GOOD)
    with pytest.raises(IcsImportError) as error:
        import_ics(calendar, data)
    assert error.value.messages == [
        "Event 1 (“Far away”): its dates are out of the range the calendar can hold "
        "(years 1 to 9998)."
    ]


def test_the_command_tells_a_date_out_of_range(calendar, tmp_path):
    path = tmp_path / "far.ics"
    path.write_bytes(ics(GOOD, "UID:far@y\nSUMMARY:Far away\n" + FAR_FUTURE["9999 in Tokyo"]))
    with pytest.raises(CommandError, match="Nothing was imported") as error:
        call_command("import_ics", "/en/key-dates/", str(path))
    assert "Event 2 (“Far away”): its dates are out of the range" in str(error.value)
    assert not EventPage.objects.exists()


@pytest.mark.parametrize("case", ["9999 in Tokyo", "year 10000", "duration too long"])
def test_the_admin_tells_a_date_out_of_range(admin_client, calendar, case):
    data = ics(GOOD, f"UID:far@y\nSUMMARY:Far away\n{FAR_FUTURE[case]}")
    response = admin_client.post(
        "/admin/events/import/", {"calendar": calendar.pk, "file": upload(data)}
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Nothing was imported" in content
    assert "Event 2 (“Far away”)" in content
    assert not EventPage.objects.exists()


# --- What a file from elsewhere says in free text ---------------------------------------------

ELSEWHERE = [
    "UID:online@x\nSUMMARY:Webinar\nDTSTART;VALUE=DATE:20300110\nLOCATION:Online",
    "UID:zoom@x\nSUMMARY:Call\nDTSTART;VALUE=DATE:20300111\nLOCATION:https://zoom.us/j/123",
    "UID:un@x\nSUMMARY:HLPF\nDTSTART;VALUE=DATE:20300712\n"
    "LOCATION:United Nations Headquarters\\, New York\\, United States\n"
    "CATEGORIES:Réunions de l'ONU,Side events",
    "UID:geneva@x\nSUMMARY:WSIS\nDTSTART;VALUE=DATE:20300505\nLOCATION:Genève\\, Suisse",
    "UID:nowhere@x\nSUMMARY:Retreat\nDTSTART;VALUE=DATE:20300606\nLOCATION:Castle\\, Atlantis",
]


def imported(uid):
    return EventPage.objects.get(ical_uid=uid, locale__language_code="en")


def test_online_locations_become_online_events(calendar):
    import_ics(calendar, ics(*ELSEWHERE))
    webinar, call = imported("online@x"), imported("zoom@x")
    assert (webinar.event_format, webinar.venue) == ("online", "")
    assert (call.event_format, call.venue, call.link) == ("online", "", "https://zoom.us/j/123")


def test_a_location_ending_with_a_country_gives_city_and_country(calendar):
    import_ics(calendar, ics(*ELSEWHERE))
    hlpf = imported("un@x")
    assert (hlpf.venue, hlpf.city, hlpf.country.code) == (
        "United Nations Headquarters",
        "New York",
        "US",
    )
    wsis = imported("geneva@x")  # the country's name in French
    assert (wsis.venue, wsis.city, wsis.country.code) == ("", "Genève", "CH")
    retreat = imported("nowhere@x")
    assert (retreat.venue, retreat.city, retreat.country.code) == ("Castle, Atlantis", "", "")


def test_categories_match_by_name_in_any_language(calendar):
    EventCategoryFactory(slug="un-meetings", name_en="UN meetings", name_fr="Réunions de l'ONU")
    result = import_ics(calendar, ics(*ELSEWHERE))
    assert imported("un@x").category.slug == "un-meetings"
    notes = {label: event_notes for _page, label, event_notes in result.notes}
    assert notes["Event 3 (“HLPF”)"] == [
        "The category “Side events” matches none of the event categories: left out."
    ]
    assert "No country recognised" in notes["Event 5 (“Retreat”)"][0]
    assert "Event 1 (“Webinar”)" not in notes


def test_the_result_page_lists_per_event_what_was_not_mapped(admin_client, calendar):
    response = admin_client.post(
        f"/admin/events/import/{calendar.pk}/",
        {"calendar": calendar.pk, "file": upload(ics(*ELSEWHERE))},
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "5 events created" in content
    assert "saved as drafts" in content
    assert "Side events" in content and "Réunions de l&#x27;ONU" in content
    assert "No country recognised at the end of the location “Castle, Atlantis”" in content
    assert not EventPage.objects.filter(live=True, ical_uid="un@x").exists()


def test_a_broken_file_is_told_in_the_editors_language(calendar):
    from django.utils import translation

    with translation.override("fr"), pytest.raises(IcsImportError) as error:
        import_ics(calendar, b"this is not a calendar")
    assert error.value.messages == [
        "Ce n’est pas un fichier iCalendar\u00a0: la ligne 1 est illisible "
        "(« this is not a calendar »). Chaque ligne doit avoir la forme NOM:valeur."
    ]


def test_the_import_button_shows_its_label(admin_client, calendar):
    content = admin_client.get(f"/admin/events/import/{calendar.pk}/").content.decode()
    assert 'class="button bicolor button--icon"' in content
    assert '<span class="icon-wrapper">' in content
