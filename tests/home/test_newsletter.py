"""Newsletter signup with double opt-in: what a reader, a subscriber and a staff member notice."""

import csv
import io
import re
import smtplib
import time
from datetime import timedelta

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.core import signing
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from home.newsletter import services
from home.newsletter.models import Subscriber
from portal.forms import issue_stamp
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SUBSCRIBE_URL = "/en/newsletter/subscribe/"


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(response):
    return " ".join(soup(response).get_text().split())


def signup(client, capture, url=SUBSCRIBE_URL, **data):
    fields = {"email": "ada@example.org", "language": "en", "consent": "1", "source": "footer"}
    # The form stamp of a page fetched a minute ago (portal.forms).
    fields["stamp"] = issue_stamp("newsletter", issued_at=time.time() - 60)
    fields.update(data)
    fields = {key: value for key, value in fields.items() if value is not None}
    with capture(execute=True):
        return client.post(url, fields)


def link_in(message, kind):
    """The path of the confirm or unsubscribe link in an email's text."""
    match = re.search(rf"{re.escape(settings.BASE_URL)}(/\S+/newsletter/{kind}/\S+/)", message.body)
    assert match, f"no {kind} link in:\n{message.body}"
    return match.group(1)


def csrf_post(client, path, data=None):
    """POST a never-cached form the way a browser does: load it, then send its CSRF token."""
    page = client.get(path)
    token = soup(page).find("input", {"name": "csrfmiddlewaretoken"})
    payload = dict(data or {})
    if token is not None:
        payload["csrfmiddlewaretoken"] = token["value"]
    return client.post(path, payload)


def snapshot():
    return list(Subscriber.objects.order_by("pk").values())


@pytest.fixture
def browser():
    """A client that enforces CSRF like a real browser session would face."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def french_catalogue(settings, tmp_path):
    """A stand-in French catalogue for the email's strings, until translators fill locale/fr."""
    po = polib.POFile()
    po.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Language": "fr",
        "Plural-Forms": "nplurals=2; plural=(n > 1);",
    }
    po.append(polib.POEntry(msgid="Hello,", msgstr="Bonjour,"))
    po.append(
        polib.POEntry(
            msgid="Confirm your subscription to the %(organisation_name)s newsletter",
            msgstr="Confirmez votre abonnement à la lettre de %(organisation_name)s",
        )
    )
    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po.save_as_mofile(str(folder / "django.mo"))
    # Changing LOCALE_PATHS makes Django drop its cached catalogues (and again on restore).
    settings.LOCALE_PATHS = [tmp_path, *settings.LOCALE_PATHS]


# --- Signing up ----------------------------------------------------------------------------------


def test_signup_sends_one_email_and_redirects_to_check_your_inbox(
    portal, browser, mailoutbox, django_capture_on_commit_callbacks
):
    response = signup(browser, django_capture_on_commit_callbacks)

    assert response.status_code == 303
    assert response["Location"] == "/en/newsletter/thanks/"
    assert "Check your inbox" in text_of(browser.get(response["Location"]))
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["ada@example.org"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert link_in(message, "confirm").startswith("/en/newsletter/confirm/")
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.source == "footer"
    assert subscriber.consent_at is not None


def test_french_signup_gets_the_email_in_french(
    portal, client, mailoutbox, django_capture_on_commit_callbacks, french_catalogue
):
    signup(
        client, django_capture_on_commit_callbacks, url="/fr/newsletter/subscribe/", language="fr"
    )

    message = mailoutbox[0]
    assert message.subject.startswith("Confirmez votre abonnement")
    assert message.body.startswith("Bonjour,")
    # The expiry date comes from Django's own French catalogue: "7 décembre 2026".
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
    months += ["septembre", "octobre", "novembre", "décembre"]
    assert any(month in message.body for month in months)
    assert link_in(message, "confirm").startswith("/fr/newsletter/confirm/")
    assert link_in(message, "unsubscribe").startswith("/fr/newsletter/unsubscribe/")
    assert message.extra_headers["Content-Language"] == "fr"
    assert Subscriber.objects.get().language == "fr"


def test_the_language_chosen_in_the_form_wins_over_the_page(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    signup(client, django_capture_on_commit_callbacks, language="es")

    assert Subscriber.objects.get().language == "es"
    assert link_in(mailoutbox[0], "confirm").startswith("/es/newsletter/confirm/")


def test_an_unknown_language_falls_back_to_the_page_language(
    portal, client, django_capture_on_commit_callbacks
):
    response = signup(
        client, django_capture_on_commit_callbacks, url="/ru/newsletter/subscribe/", language="xx"
    )

    assert response.status_code == 303
    assert Subscriber.objects.get().language == "ru"


def test_the_address_is_stored_stripped_and_lowercased_once(
    portal, client, django_capture_on_commit_callbacks
):
    signup(client, django_capture_on_commit_callbacks, email="  Ada.Lovelace@Example.ORG ")
    signup(client, django_capture_on_commit_callbacks, email="ada.lovelace@example.org")

    assert list(Subscriber.objects.values_list("email", flat=True)) == ["ada.lovelace@example.org"]


@pytest.mark.parametrize(
    "email",
    ["not-an-address", "ada@", "a" * 250 + "@example.org", "a" * 100_000 + "@x.org", "   "],
    ids=["malformed", "no-domain", "too-long", "huge", "blank"],
)
def test_a_bad_address_is_refused_with_a_message_and_nothing_stored(
    portal, client, mailoutbox, django_capture_on_commit_callbacks, email
):
    response = signup(client, django_capture_on_commit_callbacks, email=email)

    assert response.status_code == 400
    page = soup(response)
    summary = page.find(attrs={"role": "alert"})
    assert summary is not None and "email address" in summary.get_text()
    field = page.find("input", id="page-newsletter-form-email")
    assert field["aria-invalid"] == "true"
    assert page.find(id=field["aria-describedby"]) is not None
    if email.strip():  # what the reader typed is still there to correct
        assert field["value"] == email[:500]
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_a_missing_address_is_refused_with_a_message(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    response = signup(client, django_capture_on_commit_callbacks, email=None)

    assert response.status_code == 400
    assert "Please enter your email address." in text_of(response)
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_signup_without_consent_is_refused_and_keeps_the_address(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    response = signup(client, django_capture_on_commit_callbacks, consent=None)

    assert response.status_code == 400
    assert "Please tick the box" in text_of(response)
    page = soup(response)
    assert page.find("input", id="page-newsletter-form-email")["value"] == "ada@example.org"
    assert page.find("input", id="page-newsletter-form-consent")["aria-invalid"] == "true"
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_a_bot_filling_the_honeypot_sees_the_usual_page_and_nothing_happens(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    response = signup(client, django_capture_on_commit_callbacks, website="http://spam.example")

    assert response.status_code == 303
    assert response["Location"] == "/en/newsletter/thanks/"
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_a_confirmed_address_signing_up_again_sees_the_same_page_and_nothing_changes(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    signup(client, django_capture_on_commit_callbacks)
    client.post(link_in(mailoutbox[0], "confirm"))
    before = snapshot()
    mailoutbox.clear()

    response = signup(client, django_capture_on_commit_callbacks, email="ADA@example.org")

    assert response.status_code == 303
    assert response["Location"] == "/en/newsletter/thanks/"
    assert snapshot() == before
    assert mailoutbox == []


def test_a_pending_address_signing_up_again_keeps_its_link_and_gets_no_second_mail_at_once(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    signup(client, django_capture_on_commit_callbacks)
    before = snapshot()
    signup(client, django_capture_on_commit_callbacks, language="fr", source="home")

    assert snapshot() == before  # no new token, language or source from whoever posted again
    assert len(mailoutbox) == 1
    assert client.get(link_in(mailoutbox[0], "confirm")).status_code == 200


def test_an_unsubscribed_person_signing_up_again_is_pending_again(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    signup(client, django_capture_on_commit_callbacks)
    client.post(link_in(mailoutbox[0], "confirm"))
    client.post(link_in(mailoutbox[0], "unsubscribe"))

    signup(client, django_capture_on_commit_callbacks)

    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.confirm_token
    assert len(mailoutbox) == 2
    client.post(link_in(mailoutbox[1], "confirm"))
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_the_subscribe_address_shows_the_form_on_get(portal, client):
    response = client.get(SUBSCRIBE_URL)

    assert response.status_code == 200
    assert soup(response).find("form", id="page-newsletter-form") is not None


def test_the_subscribe_address_refuses_other_methods(portal, client):
    assert client.put(SUBSCRIBE_URL).status_code == 405
    assert client.delete(SUBSCRIBE_URL).status_code == 405


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"email=\xff\xfe%40example.org&consent=1", "application/x-www-form-urlencoded"),
        (b"email=%ff%fe%40example.org&consent=1", "application/x-www-form-urlencoded"),
        (b"--xyz\r\nnot a part", "multipart/form-data; boundary=xyz"),
        (b"--\r\n", "multipart/form-data"),
        (b'{"email": "ada@example.org"}', "application/json"),
        (b"", "application/x-www-form-urlencoded"),
        (b"email=" + b"a" * 3_000_000, "application/x-www-form-urlencoded"),
    ],
    ids=["raw-latin1", "escaped-latin1", "broken-multipart", "no-boundary", "json", "empty", "3MB"],
)
def test_malformed_posts_get_a_clear_4xx_and_nothing_is_stored(
    portal, client, mailoutbox, django_capture_on_commit_callbacks, body, content_type
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.generic("POST", SUBSCRIBE_URL, body, content_type=content_type)

    assert 400 <= response.status_code < 500
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_signup_needs_no_csrf_token(portal, browser, django_capture_on_commit_callbacks):
    response = signup(browser, django_capture_on_commit_callbacks)

    assert response.status_code == 303
    assert Subscriber.objects.count() == 1


def test_no_email_leaves_when_the_signup_is_rolled_back(
    portal, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            services.subscribe("ada@example.org", "en", source="petition", consent=True)
            raise RuntimeError("the petition signature failed")

    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_a_mail_server_failure_still_shows_check_your_inbox(
    portal, client, mailoutbox, django_capture_on_commit_callbacks, monkeypatch
):
    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("gone")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)

    response = signup(client, django_capture_on_commit_callbacks)

    assert response.status_code == 303
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_the_service_refuses_a_signup_without_consent_or_with_a_bad_address(portal, mailoutbox):
    assert not services.subscribe("ada@example.org", "en", consent=False).ok
    assert not services.subscribe("nobody", "en", consent=True).ok
    assert not Subscriber.objects.exists()


# --- Confirming ----------------------------------------------------------------------------------


def test_the_confirmation_link_shows_a_button_and_the_button_confirms(
    portal, browser, mailoutbox, django_capture_on_commit_callbacks
):
    signup(browser, django_capture_on_commit_callbacks)
    link = link_in(mailoutbox[0], "confirm")

    page = browser.get(link)
    assert page.status_code == 200
    assert soup(page).find("button", string=re.compile("Confirm my subscription"))
    # A link scanner that only fetches the page confirms nothing.
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING

    response = csrf_post(browser, link)

    assert response.status_code == 303
    assert "Subscription confirmed" in text_of(browser.get(response["Location"]))
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert subscriber.confirm_token is None


def test_a_used_confirmation_link_is_gone_and_changes_nothing(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    signup(client, django_capture_on_commit_callbacks)
    link = link_in(mailoutbox[0], "confirm")
    client.post(link)
    before = snapshot()

    for response in (client.get(link), client.post(link)):
        assert response.status_code == 410
        assert "This link no longer works" in text_of(response)
        assert "already been used" in text_of(response)
    assert snapshot() == before


def test_an_unknown_confirmation_link_is_gone(portal, client):
    for token in ["nonsense", "x" * 500, "%00", "%C3%A9t%C3%A9", "a%0Ab"]:
        response = client.post(f"/en/newsletter/confirm/{token}/")
        assert response.status_code == 410
        assert "This link no longer works" in text_of(response)


def test_an_expired_confirmation_link_is_gone_and_changes_nothing(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    signup(client, django_capture_on_commit_callbacks)
    link = link_in(mailoutbox[0], "confirm")
    too_old = timezone.now() - timedelta(seconds=settings.NEWSLETTER_CONFIRM_MAX_AGE + 60)
    Subscriber.objects.update(confirm_sent_at=too_old)
    before = snapshot()

    assert client.get(link).status_code == 410
    assert client.post(link).status_code == 410
    assert snapshot() == before


# --- Unsubscribing -------------------------------------------------------------------------------


def test_the_unsubscribe_link_in_the_message_works(
    portal, browser, mailoutbox, django_capture_on_commit_callbacks
):
    signup(browser, django_capture_on_commit_callbacks)
    csrf_post(browser, link_in(mailoutbox[0], "confirm"))
    link = link_in(mailoutbox[0], "unsubscribe")

    page = browser.get(link)
    assert page.status_code == 200
    assert "a•••@example.org" in text_of(page)  # masked: the link is not the address
    assert "ada@example.org" not in text_of(page)
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED

    response = csrf_post(browser, link)

    assert response.status_code == 200
    assert "You are unsubscribed" in text_of(response)
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None


def test_every_message_offers_one_click_unsubscribe_in_its_headers(
    portal, browser, mailoutbox, django_capture_on_commit_callbacks
):
    signup(browser, django_capture_on_commit_callbacks)
    message = mailoutbox[0]
    header = message.extra_headers["List-Unsubscribe"]
    assert header == f"<{settings.BASE_URL}{link_in(message, 'unsubscribe')}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # RFC 8058: the mail client POSTs this body, with no cookie and no CSRF token.
    path = header.strip("<>").removeprefix(settings.BASE_URL)
    response = browser.post(path, "List-Unsubscribe=One-Click", content_type="text/plain")

    assert response.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_unsubscribing_twice_keeps_the_first_date(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    signup(client, django_capture_on_commit_callbacks)
    link = link_in(mailoutbox[0], "unsubscribe")
    client.post(link)
    before = snapshot()

    response = client.post(link)

    assert response.status_code == 200
    assert snapshot() == before


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        signing.dumps(1, salt="another-purpose"),
        signing.dumps("1", salt=services.UNSUBSCRIBE_SALT),
        signing.dumps(["1", "secret"], salt=services.UNSUBSCRIBE_SALT),
    ],
    ids=["garbage", "other-salt", "not-an-id", "not-an-id-with-secret"],
)
def test_a_tampered_unsubscribe_link_gets_a_clear_message(portal, client, token):
    for response in (
        client.get(f"/en/newsletter/unsubscribe/{token}/"),
        client.post(f"/en/newsletter/unsubscribe/{token}/"),
    ):
        assert response.status_code == 400
        assert "This unsubscribe link does not work" in text_of(response)


def test_an_unsubscribe_link_for_a_deleted_subscriber_is_not_found(portal, client):
    token = signing.dumps([999_999, "secret"], salt=services.UNSUBSCRIBE_SALT)

    response = client.post(f"/en/newsletter/unsubscribe/{token}/")

    assert response.status_code == 404
    assert "This unsubscribe link does not work" in text_of(response)


# --- The forms on cached pages -------------------------------------------------------------------


def test_the_home_page_and_footer_forms_carry_no_csrf_token(portal, client):
    page = StandardPageFactory(parent=portal, title="About us")

    for url in ["/en/", "/fr/", page.url]:
        response = client.get(url)
        assert response.status_code == 200
        html = soup(response)
        footer_form = html.find("form", id="footer-newsletter-form")
        assert footer_form is not None
        assert footer_form["action"] == f"/{url.split('/')[1]}/newsletter/subscribe/"
        assert b"csrfmiddlewaretoken" not in response.content
    assert soup(client.get("/en/")).find("form", id="home-newsletter-form") is not None


def test_the_form_posts_the_page_language(portal, client):
    form = soup(client.get("/ar/")).find("form", id="footer-newsletter-form")

    assert form.find("input", {"name": "language"})["value"] == "ar"


# --- CSV export for staff ------------------------------------------------------------------------

EXPORT_URL = "/admin/newsletter/subscribers.csv"


@pytest.fixture
def staff(django_user_model):
    def make(*codenames):
        user = django_user_model.objects.create_user(username="staff", password="x")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
            *Permission.objects.filter(content_type__app_label="home", codename__in=codenames),
        )
        client = Client()
        client.force_login(user)
        return client

    return make


def read_csv(response):
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content.removeprefix("\ufeff"))))


def test_the_export_is_refused_without_the_permission(portal, staff):
    response = staff().get(EXPORT_URL)

    assert response.status_code == 403
    assert "needs a permission you do not have" in text_of(response)


def test_the_export_asks_anonymous_visitors_to_log_in(portal, client):
    response = client.get(EXPORT_URL)

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_export_lists_subscribers_as_csv(portal, staff):
    now = timezone.now()
    Subscriber.objects.create(
        email="ada@example.org", language="fr", status="confirmed", source="footer",
        consent_at=now, confirmed_at=now,
    )  # fmt: skip

    response = staff("export_subscriber").get(EXPORT_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    header, row = read_csv(response)
    assert header == [
        "email", "language", "status", "source", "consent_at", "confirmed_at", "created_at",
    ]  # fmt: skip
    assert row[:4] == ["ada@example.org", "fr", "confirmed", "footer"]
    assert row[4] == now.isoformat()


def test_the_export_defuses_spreadsheet_formulas_and_keeps_html_as_text(portal, staff):
    now = timezone.now()
    sources = ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "<script>alert(1)</script>"]
    for number, source in enumerate(sources):
        Subscriber.objects.create(
            email=f"=cmd{number}@example.org", language="en", source=source, consent_at=now
        )

    response = staff("export_subscriber").get(EXPORT_URL)

    rows = read_csv(response)[1:]
    assert {row[0] for row in rows} == {f"'=cmd{number}@example.org" for number in range(7)}
    assert sorted(row[3] for row in rows) == sorted(
        ["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "<script>alert(1)</script>"]
    )
    # Served as a download of plain CSV: the browser never renders the markup.
    assert response["Content-Type"].startswith("text/csv")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_export_menu_item_is_shown_only_with_the_permission(portal, staff, django_user_model):
    assert EXPORT_URL.encode() not in staff().get("/admin/").content
    django_user_model.objects.all().delete()
    assert EXPORT_URL.encode() in staff("export_subscriber").get("/admin/").content


# --- The read-only list in the admin -------------------------------------------------------------

LIST_URL = "/admin/newsletter/subscribers/"


def test_staff_with_the_view_permission_see_the_list_but_cannot_change_it(portal, staff):
    subscriber = Subscriber.objects.create(
        email="ada@example.org", language="fr", consent_at=timezone.now()
    )
    client = staff("view_subscriber")

    response = client.get(LIST_URL)

    assert response.status_code == 200
    assert "ada@example.org" in text_of(response)
    assert b"/admin/newsletter/subscribers/new/" not in response.content
    assert b"Download CSV" not in response.content
    inspect = client.get(f"{LIST_URL}inspect/{subscriber.pk}/")
    assert inspect.status_code == 200
    assert "ada@example.org" in text_of(inspect)


def test_nobody_edits_or_deletes_a_subscription_in_the_admin(portal, admin_client):
    subscriber = Subscriber.objects.create(
        email="ada@example.org", language="fr", consent_at=timezone.now()
    )
    before = snapshot()

    def assert_refused(response):
        # Wagtail's refusal: back to the dashboard with its message (never an error page).
        assert response.status_code == 302, response.status_code
        assert response["Location"] == reverse("wagtailadmin_home")
        messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
        assert "Sorry, you do not have permission to access this area." in messages

    for url in [f"{LIST_URL}edit/{subscriber.pk}/", f"{LIST_URL}delete/{subscriber.pk}/"]:
        assert_refused(admin_client.get(url))
        assert_refused(admin_client.post(url, {"email": "eve@example.org"}))
    assert_refused(admin_client.get(f"{LIST_URL}new/"))
    assert_refused(admin_client.post(f"{LIST_URL}new/", {"email": "eve@example.org"}))
    assert snapshot() == before


def test_the_list_offers_the_csv_to_those_who_may_export(portal, staff):
    response = staff("view_subscriber", "export_subscriber").get(LIST_URL)

    assert b"Download CSV" in response.content
    assert EXPORT_URL.encode() in response.content


def test_groups_can_be_given_the_view_and_export_permissions(portal, admin_client):
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="Editors")

    response = admin_client.get(f"/admin/groups/edit/{group.pk}/")

    html = response.content.decode()
    for codename in ["view_subscriber", "export_subscriber"]:
        permission = Permission.objects.get(content_type__app_label="home", codename=codename)
        assert f'value="{permission.pk}"' in html
