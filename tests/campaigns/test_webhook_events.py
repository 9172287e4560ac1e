"""The CRM hears of each confirmed signature, confirmed subscription and erasure: one delivery per
subscribed active endpoint, queued once the change commits (portal/webhooks)."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django_tasks import default_task_backend

from campaigns.models import PetitionPage, Signature
from campaigns.petitions import signatures
from home.newsletter import services as newsletter
from portal.models import WebhookDelivery, WebhookEndpoint
from portal.webhooks.delivery import deliver

from .conftest import sign
from .factories import SignatureFactory

pytestmark = pytest.mark.django_db

ALL_EVENTS = ["signature.confirmed", "subscription.confirmed", "supporter.erased"]


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


@pytest.fixture
def endpoints(db):
    """Two endpoints that receive everything, one inactive, one that only hears of erasures."""
    make = WebhookEndpoint.objects.create
    return {
        "crm": make(name="CRM", url="https://crm.example.org/a", events=ALL_EVENTS),
        "backup": make(name="Backup", url="https://backup.example.org/b", events=ALL_EVENTS),
        "off": make(name="Off", url="https://off.example.org/", events=ALL_EVENTS, active=False),
        "erasures": make(
            name="Erasures", url="https://dpo.example.org/", events=["supporter.erased"]
        ),
    }


def webhook_tasks(queue):
    return [result for result in queue.results if result.task.func is deliver.func]


def deliveries(event):
    return WebhookDelivery.objects.filter(event=event).select_related("endpoint")


def assert_one_per_endpoint(queue, event, names):
    rows = list(deliveries(event))
    assert sorted(row.endpoint.name for row in rows) == sorted(names)
    queued = sorted(tuple(result.args) for result in webhook_tasks(queue))
    assert queued == sorted((row.pk, 0) for row in rows)
    return rows


def test_a_signature_counted_at_once_is_sent_after_commit(
    client, petition, endpoints, queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert sign(client, petition, newsletter="on").status_code == 303
    assert webhook_tasks(queue) == []  # nothing before the commit
    for callback in callbacks:
        callback()
    rows = assert_one_per_endpoint(queue, "signature.confirmed", ["CRM", "Backup"])
    document = json.loads(rows[0].body)
    signature = Signature.objects.get()
    assert document["event"] == "signature.confirmed"
    assert document["data"] == {
        "id": signature.pk,
        "petition": {
            "translation_key": str(petition.translation_key),
            "id": petition.pk,
            "title": "Tell the ITU",
            "slug": "tell-the-itu",
            "language": "en",
        },
        "form_shown_on": petition.pk,
        "language": "en",
        "email": "ada@example.org",
        "first_name": "Ada",
        "last_name": "Lovelace",
        "name": "Ada Lovelace",
        "country": "FR",
        "consent": {
            "privacy": True,
            "privacy_text": "I have read the privacy notice and agree that my signature is stored.",
            "newsletter": True,
            "newsletter_text": (
                "Send me news about this campaign (you will get an email to confirm)."
            ),
        },
        "confirmed": True,
        "confirmation_pending": False,
        "signed_at": document["data"]["signed_at"],
        "confirmed_at": document["data"]["confirmed_at"],
    }
    assert document["data"]["confirmed_at"].startswith(f"{signature.confirmed_at:%Y-%m-%dT%H:%M}")


def test_a_signature_waiting_for_its_link_is_sent_when_confirmed_only(
    client, petition, endpoints, queue, django_capture_on_commit_callbacks
):
    PetitionPage.objects.filter(pk=petition.pk).update(require_confirmation=True)
    petition.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition)
    assert not deliveries("signature.confirmed").exists() and webhook_tasks(queue) == []

    token = Signature.objects.get().confirm_token
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{petition.url}confirm/{token}/")
    rows = assert_one_per_endpoint(queue, "signature.confirmed", ["CRM", "Backup"])
    assert json.loads(rows[0].body)["data"]["confirmed"] is True


def test_a_rolled_back_confirmation_sends_nothing(
    petition, endpoints, queue, django_capture_on_commit_callbacks
):
    PetitionPage.objects.filter(pk=petition.pk).update(require_confirmation=True)
    petition.refresh_from_db()
    signature = SignatureFactory(page=petition, confirmed=False, confirm_token="t" * 40)
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                assert signatures.confirm(petition, signature.confirm_token)
                raise RuntimeError("the request failed after confirming")
    assert not WebhookDelivery.objects.exists() and webhook_tasks(queue) == []
    signature.refresh_from_db()
    assert not signature.confirmed


def test_a_confirmed_subscription_is_sent_once(
    endpoints, queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        result = newsletter.subscribe("Ada@Example.org", "fr", source="footer", consent=True)
    assert not WebhookDelivery.objects.exists()  # pending: nothing to tell yet
    with django_capture_on_commit_callbacks(execute=True):
        newsletter.confirm(result.subscriber.confirm_token)
    with django_capture_on_commit_callbacks(execute=True):
        newsletter.confirm(result.subscriber.confirm_token)  # a used link changes nothing
    rows = assert_one_per_endpoint(queue, "subscription.confirmed", ["CRM", "Backup"])
    data = json.loads(rows[0].body)["data"]
    assert data["email"] == "ada@example.org" and data["language"] == "fr"
    assert data["status"] == "confirmed" and data["source"] == "footer"
    # The box the person ticked, in the language they read it in.
    assert data["consent_text"] == (
        "Je souhaite recevoir la lettre d’information et j’accepte la politique de confidentialité."
    )


def test_an_erasure_is_forwarded_and_earlier_deliveries_about_the_person_go(
    client, petition, endpoints, queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition)
    assert deliveries("signature.confirmed").count() == 2
    queue.clear()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("erase_supporter", "ADA@example.org", stdout=StringIO())
    # Those not sent yet are not sent at all: an erased person's data does not reach the CRM.
    assert not deliveries("signature.confirmed").exists()
    rows = assert_one_per_endpoint(queue, "supporter.erased", ["CRM", "Backup", "Erasures"])
    data = json.loads(rows[0].body)["data"]
    assert data == {
        "email": "ada@example.org",
        "erased": {
            "signatures": 1,
            "action_messages": 0,
            "newsletter_subscriptions": 0,
            "webhook_deliveries": 2,
        },
        "petition_keys": [str(petition.translation_key)],
        "erased_at": data["erased_at"],
    }
    assert "Lovelace" not in rows[0].body  # nothing else of the person's


def test_a_dry_run_erasure_forwards_nothing(petition, endpoints, queue):
    SignatureFactory(page=petition, email="ada@example.org")
    call_command("erase_supporter", "ada@example.org", "--dry-run", stdout=StringIO())
    assert not WebhookDelivery.objects.exists()


def test_with_the_immediate_backend_the_crm_receives_the_signed_signature(
    client, petition, django_capture_on_commit_callbacks
):
    """`make run`'s backend: the task runs right after the commit, to a real HTTP receiver."""
    from tests.portal.test_webhooks import SECRET, Receiver, verify

    crm = Receiver()
    try:
        WebhookEndpoint.objects.create(
            name="CRM", url=crm.url, secret=SECRET, events=["signature.confirmed"]
        )
        with django_capture_on_commit_callbacks(execute=True):
            assert sign(client, petition, email="Ada@Example.org").status_code == 303
    finally:
        crm.close()
    ((headers, body),) = crm.requests
    assert verify(headers, body)
    assert json.loads(body)["data"]["email"] == "ada@example.org"
    assert WebhookDelivery.objects.get().state == WebhookDelivery.State.DELIVERED
