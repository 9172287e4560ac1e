"""The newsletter form under attack: floods, forged links, many spellings of one mailbox, and
mail to addresses whose owner has not confirmed anything yet."""

import re
import time

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import mail, signing
from django.core.cache import cache
from django.test import Client
from django_tasks import default_task_backend

from home.newsletter import services
from home.newsletter.models import Subscriber
from portal.forms import issue_stamp
from portal.mail import deliver

pytestmark = pytest.mark.django_db

SUBSCRIBE_URL = "/en/newsletter/subscribe/"


def stamp(age=60):
    return issue_stamp("newsletter", issued_at=time.time() - age)


def fields(**data):
    values = {
        "email": "ada@example.org",
        "language": "en",
        "consent": "1",
        "source": "footer",
        "stamp": stamp(),
    }
    values.update(data)
    return {key: value for key, value in values.items() if value is not None}


def signup(client, capture, **data):
    with capture(execute=True):
        return client.post(SUBSCRIBE_URL, fields(**data))


def link_in(message, kind):
    match = re.search(rf"{re.escape(settings.BASE_URL)}(/\S+/newsletter/{kind}/\S+/)", message.body)
    assert match, f"no {kind} link in:\n{message.body}"
    return match.group(1)


def text_of(response):
    return " ".join(BeautifulSoup(response.content.decode(), "html.parser").get_text().split())


# --- Email bombing ----------------------------------------------------------------------------


def test_thirty_signups_in_a_row_send_one_email_and_its_link_still_confirms(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    statuses = [signup(client, django_capture_on_commit_callbacks).status_code for _ in range(30)]

    assert len(mailoutbox) == 1
    assert statuses.count(429) == 10  # NEWSLETTER_RATE_LIMIT: 20 an hour per client
    response = client.post(link_in(mailoutbox[0], "confirm"))
    assert response.status_code == 303
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_the_resend_throttle_holds_across_processes(
    portal, mailoutbox, django_capture_on_commit_callbacks
):
    # A new client each time and a cleared local cache: another worker, another address.
    for number in range(5):
        cache.clear()
        client = Client(REMOTE_ADDR=f"203.0.113.{number}")
        assert signup(client, django_capture_on_commit_callbacks).status_code == 303
    assert len(mailoutbox) == 1


def test_a_lost_email_is_sent_again_later_with_the_same_link(
    portal, client, mailoutbox, django_capture_on_commit_callbacks, monkeypatch
):
    from portal import ratelimit

    signup(client, django_capture_on_commit_callbacks)
    later = time.time() + services.CONFIRMATION_RESEND_SECONDS + 1
    monkeypatch.setattr(ratelimit.time, "time", lambda: later)
    signup(client, django_capture_on_commit_callbacks)

    assert len(mailoutbox) == 2
    assert link_in(mailoutbox[0], "confirm") == link_in(mailoutbox[1], "confirm")


def test_signups_from_one_client_are_limited(
    portal, client, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.NEWSLETTER_RATE_LIMIT = "3/hour"
    for number in range(3):
        response = signup(
            client, django_capture_on_commit_callbacks, email=f"p{number}@example.org"
        )
        assert response.status_code == 303

    response = signup(client, django_capture_on_commit_callbacks, email="p9@example.org")

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Too many attempts" in text_of(response)
    assert Subscriber.objects.count() == 3 and len(mailoutbox) == 3


@pytest.mark.parametrize(
    "stamp_value",
    [None, "forged", issue_stamp("petition-key", time.time() - 60), "fresh"],
    ids=["missing", "forged", "other-form", "too-quick"],
)
def test_a_post_without_a_good_form_stamp_stores_and_sends_nothing(
    portal, client, mailoutbox, django_capture_on_commit_callbacks, stamp_value
):
    if stamp_value == "fresh":
        stamp_value = stamp(age=0)
    response = signup(client, django_capture_on_commit_callbacks, stamp=stamp_value)

    assert response.status_code == 400
    assert not Subscriber.objects.exists() and mailoutbox == []
    assert "send" in text_of(response)  # the stamp's message is shown


def test_every_newsletter_form_carries_the_honeypot_and_a_stamp(portal, client):
    html = BeautifulSoup(client.get("/en/").content.decode(), "html.parser")
    for form_id in ["footer-newsletter-form", "home-newsletter-form"]:
        form = html.find("form", id=form_id)
        assert form.find("input", {"name": "website", "tabindex": "-1"}) is not None
        value = form.find("input", {"name": "stamp"})["value"]
        assert signing.loads(value, salt="campaigns.form-stamp")["s"] == "newsletter"


# --- Unsubscribe links ------------------------------------------------------------------------


def test_a_token_forged_with_the_secret_key_but_not_the_subscribers_secret_is_refused(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    signup(client, django_capture_on_commit_callbacks)
    subscriber = Subscriber.objects.get()
    forged = [
        signing.dumps(subscriber.pk, salt="newsletter-unsubscribe"),  # the old scheme
        signing.dumps(subscriber.pk, salt=services.UNSUBSCRIBE_SALT),
        signing.dumps([subscriber.pk, "guessed"], salt=services.UNSUBSCRIBE_SALT),
        signing.dumps([subscriber.pk, ""], salt=services.UNSUBSCRIBE_SALT),
    ]
    for token in forged:
        for response in (
            client.get(f"/en/newsletter/unsubscribe/{token}/"),
            client.post(f"/en/newsletter/unsubscribe/{token}/"),
        ):
            assert response.status_code == 400
            assert "ada@example.org" not in text_of(response)
            assert "a•••@example.org" not in text_of(response)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_the_unsubscribe_page_shows_the_address_masked(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    signup(client, django_capture_on_commit_callbacks)
    link = link_in(mailoutbox[0], "unsubscribe")

    for response in (client.get(link), client.post(link), client.get(link)):
        assert response.status_code == 200
        assert "a•••@example.org" in text_of(response)
        assert "ada@example.org" not in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_every_subscriber_has_a_secret_of_its_own(portal):
    first = services.subscribe("a@example.org", "en", consent=True).subscriber
    second = services.subscribe("b@example.org", "en", consent=True).subscriber
    assert len(first.unsubscribe_secret) >= 32
    assert first.unsubscribe_secret != second.unsubscribe_secret


# --- One mailbox, many spellings --------------------------------------------------------------

SPELLINGS = [
    "ada@exämple.org",
    "a\u200bda@exämple.org",
    "a\u00adda@EXÄMPLE.org",
    '"ada"@exämple.org',
    "ADA@xn--exmple-cua.org",
]


def test_five_spellings_of_one_mailbox_make_one_subscriber_and_one_mail(
    portal, mailoutbox, django_capture_on_commit_callbacks
):
    for number, spelling in enumerate(SPELLINGS):
        client = Client(REMOTE_ADDR=f"203.0.113.{number}")
        assert signup(client, django_capture_on_commit_callbacks, email=spelling).status_code == 303

    assert list(Subscriber.objects.values_list("email", flat=True)) == ["ada@xn--exmple-cua.org"]
    assert len(mailoutbox) == 1


@pytest.mark.parametrize("email", ["ada@", "a b@example.org", "ada@exa_mple.org", "\u200b@x.org"])
def test_invalid_addresses_are_still_refused(
    portal, client, mailoutbox, django_capture_on_commit_callbacks, email
):
    response = signup(client, django_capture_on_commit_callbacks, email=email)

    assert response.status_code == 400
    assert not Subscriber.objects.exists()


# --- Mail through the task queue --------------------------------------------------------------


@pytest.fixture
def queued(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


def test_the_confirmation_is_queued_not_sent_in_the_request(
    portal, client, queued, django_capture_on_commit_callbacks
):
    response = signup(client, django_capture_on_commit_callbacks)

    assert response.status_code == 303
    assert mail.outbox == []
    (result,) = queued.results
    values = result.args[0]
    assert values["to"] == ["ada@example.org"]
    assert values["headers"]["Content-Language"] == "en"
    assert values["headers"]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    deliver.call(values)

    (message,) = mail.outbox
    assert message.to == ["ada@example.org"]
    assert client.post(link_in(message, "confirm")).status_code == 303


def test_the_mail_to_an_unconfirmed_address_holds_nothing_the_visitor_typed(
    portal, client, mailoutbox, django_capture_on_commit_callbacks
):
    signup(client, django_capture_on_commit_callbacks, source="buy-cheap-pills-now")

    (message,) = mailoutbox
    assert "pills" not in message.subject + message.body
    assert Subscriber.objects.get().source == "buy-cheap-pills-now"  # stored, never mailed
