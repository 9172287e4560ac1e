"""Webhooks to the CRM: signed so a receiver can check them, retried when the receiver is down,
logged for staff (portal/webhooks). A receiver on 127.0.0.1 stands in for the CRM."""

import hashlib
import hmac
import json
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from django_tasks import default_task_backend
from wagtail.test.utils import WagtailTestUtils

from portal import webhooks
from portal.models import WebhookDelivery, WebhookEndpoint
from portal.webhooks import delivery as webhook_delivery

pytestmark = pytest.mark.django_db

SECRET = "a-shared-secret-of-the-crm-0123456789"


class Receiver:
    """A CRM on a local port: answers POSTs with the statuses it is given, in turn (then 200)."""

    def __init__(self):
        self.statuses = []
        self.requests = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/portal"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    crm = Receiver()
    yield crm
    crm.close()


@pytest.fixture
def queue(settings):
    """A task queue that keeps what is enqueued (the database worker's view), instead of running
    it at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


def endpoint(url, events=None, **fields):
    return WebhookEndpoint.objects.create(
        name=fields.pop("name", "CRM"),
        url=url,
        secret=SECRET,
        events=[event.value for event in webhooks.Event] if events is None else events,
        **fields,
    )


def queued_delivery(event=webhooks.Event.SIGNATURE_CONFIRMED, payload=None):
    (delivery,) = webhooks.notify(event, payload or {"email": "ada@example.org"})
    return delivery


def verify(headers, body, secret=SECRET, now=None, tolerance=300):
    """What a receiver does (the package docstring's recipe)."""
    timestamp = headers["X-Portal-Timestamp"]
    expected = (
        "sha256="
        + hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    )
    fresh = abs((now or time.time()) - int(timestamp)) <= tolerance
    return fresh and hmac.compare_digest(expected, headers["X-Portal-Signature"])


# --- Signing -------------------------------------------------------------------------------------


def test_the_signature_header_verifies_with_the_secret_over_timestamp_and_body(receiver, queue):
    endpoint(receiver.url)
    payload = {"email": "ada@example.org", "name": "Ada Lovelace", "title": "Дайте слово"}
    delivery = queued_delivery(payload=payload)
    webhook_delivery.deliver.call(delivery.pk, 0)

    ((headers, body),) = receiver.requests
    assert verify(headers, body)
    assert not verify(headers, body, secret="another secret of the same length!!")
    assert not verify(headers, body + b" ")  # a body changed on the way
    # An old delivery replayed later is refused by its timestamp, though its signature holds.
    assert not verify(headers, body, now=time.time() + 3600)
    assert headers["X-Portal-Event"] == "signature.confirmed"
    assert headers["X-Portal-Delivery"] == str(delivery.delivery_id)
    document = json.loads(body.decode("utf-8"))
    assert document == {
        "data": payload,
        "event": "signature.confirmed",
        "id": str(delivery.delivery_id),
        "occurred_at": document["occurred_at"],
    }
    assert "Дайте слово".encode() in body  # UTF-8 as it is, not \u escapes


def test_the_signature_is_the_documented_hmac():
    digest = hmac.new(b"key", b"1700000000.{}", hashlib.sha256).hexdigest()
    assert webhooks.signature("key", 1700000000, "{}") == f"sha256={digest}"


def test_endpoints_are_cached_and_a_change_is_seen_at_once(queue, django_assert_num_queries):
    hook = endpoint("https://crm.example.org/hook")
    queued_delivery()
    with django_assert_num_queries(0):  # nobody listens to this one: no query at all
        assert webhooks.notify("no.such.event", {"email": "ada@example.org"}) == []
    hook.delete()
    assert webhooks.notify(webhooks.Event.SIGNATURE_CONFIRMED, {"email": "a@example.org"}) == []
    endpoint("https://crm.example.org/new", events=["supporter.erased"])
    assert len(webhooks.notify(webhooks.Event.SUPPORTER_ERASED, {"email": "a@example.org"})) == 1


# --- Retries -------------------------------------------------------------------------------------


def test_a_500_then_a_200_makes_two_attempts_with_the_back_off_logged(receiver, queue):
    endpoint(receiver.url)
    receiver.statuses = [500]
    delivery = queued_delivery()

    before = timezone.now()
    webhook_delivery.deliver.call(delivery.pk, 0)
    delivery.refresh_from_db()
    assert delivery.state == WebhookDelivery.State.PENDING
    assert (delivery.attempts, delivery.last_status) == (1, 500)
    assert delivery.next_attempt_at - before >= timedelta(seconds=60)
    assert delivery.next_attempt_at - before < timedelta(seconds=70)
    (retry,) = queue.results
    assert retry.task.run_after == delivery.next_attempt_at
    assert list(retry.args) == [delivery.pk, 1]

    retry.task.call(*retry.args, **retry.kwargs)  # the worker, a minute later
    delivery.refresh_from_db()
    assert delivery.state == WebhookDelivery.State.DELIVERED
    assert (delivery.attempts, delivery.last_status) == (2, 200)
    assert delivery.delivered_at is not None and delivery.next_attempt_at is None
    assert delivery.body == ""  # delivered: no copy of the person's data stays in the log
    assert len(receiver.requests) == 2
    # The same delivery id both times, so the CRM can drop a repeat.
    assert {headers["X-Portal-Delivery"] for headers, _body in receiver.requests} == {
        str(delivery.delivery_id)
    }


def test_the_back_off_grows_and_ends_after_the_last_delay(receiver, queue):
    endpoint(receiver.url)
    receiver.statuses = [503, 429, 502, 500, 504, 500]
    delivery = queued_delivery()
    webhook_delivery.deliver.call(delivery.pk, 0)
    delays = []
    while queue.results:
        retry = queue.results.pop()
        delivery.refresh_from_db()
        delays.append(round((delivery.next_attempt_at - timezone.now()).total_seconds() / 60))
        retry.task.call(*retry.args)
    assert delays == [1, 5, 30, 120, 720]
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == (WebhookDelivery.State.FAILED, 6)
    assert delivery.body == ""


def test_a_400_is_final(receiver, queue):
    endpoint(receiver.url)
    receiver.statuses = [400]
    delivery = queued_delivery()
    webhook_delivery.deliver.call(delivery.pk, 0)
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, delivery.last_status) == ("failed", 1, 400)
    assert queue.results == [] and len(receiver.requests) == 1


def test_a_receiver_that_is_down_is_retried(queue):
    crm = Receiver()
    url = crm.url
    crm.close()  # nothing listens on that port any more
    endpoint(url)
    delivery = queued_delivery()
    webhook_delivery.deliver.call(delivery.pk, 0)
    delivery.refresh_from_db()
    assert delivery.state == "pending" and delivery.last_status is None
    assert "ConnectionError" in delivery.last_error
    assert len(queue.results) == 1


def test_an_attempt_is_made_once_however_often_it_is_run(receiver, queue):
    endpoint(receiver.url)
    delivery = queued_delivery()
    webhook_delivery.deliver.call(delivery.pk, 0)
    webhook_delivery.deliver.call(delivery.pk, 0)  # the same attempt, queued twice
    assert len(receiver.requests) == 1


def test_send_pending_webhooks_makes_the_due_retries(receiver, settings):
    """The immediate backend cannot defer a retry: the cron command makes it once it is due."""
    endpoint(receiver.url)
    receiver.statuses = [500]
    delivery = queued_delivery()
    webhook_delivery.deliver.call(delivery.pk, 0)
    call_command("send_pending_webhooks")  # not due yet
    assert len(receiver.requests) == 1
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    call_command("send_pending_webhooks")
    delivery.refresh_from_db()
    assert delivery.state == "delivered" and len(receiver.requests) == 2


def test_purge_removes_old_finished_log_rows_only(queue):
    hook = endpoint("https://crm.example.org/hook")
    old, recent, waiting = (queued_delivery() for _ in range(3))
    WebhookDelivery.objects.filter(pk__in=[old.pk, recent.pk]).update(state="delivered")
    WebhookDelivery.objects.filter(pk__in=[old.pk, waiting.pk]).update(
        occurred_at=timezone.now() - timedelta(days=40)
    )
    call_command("purge_webhook_deliveries", "--days", "30")
    assert set(hook.deliveries.values_list("pk", flat=True)) == {recent.pk, waiting.pk}


# --- Admin ---------------------------------------------------------------------------------------


def editor(client):
    user = WagtailTestUtils.create_user("editor", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def test_the_delivery_log_lists_deliveries_for_a_superuser(admin_client, receiver, queue):
    hook = endpoint(receiver.url, name="CRM production")
    receiver.statuses = [500]
    delivery = queued_delivery()
    webhook_delivery.deliver.call(delivery.pk, 0)
    response = admin_client.get("/admin/webhooks/deliveries/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    row = page.select_one("table.listing tbody tr").get_text(" ", strip=True)
    assert str(delivery.delivery_id) in row and "CRM production" in row
    assert "500" in row and "Pending" in row
    assert "ada@example.org" not in response.content.decode()  # the log says what, not whom
    filtered = admin_client.get(
        "/admin/webhooks/deliveries/", {"state": "delivered", "endpoint": hook.pk}
    )
    assert str(delivery.delivery_id) not in filtered.content.decode()
    settings_menu = admin_client.get("/admin/").content.decode()
    assert "/admin/webhooks/deliveries/" in settings_menu
    assert "/admin/webhooks/endpoints/" in settings_menu


def test_an_editor_cannot_see_webhooks(client, portal):
    editor(client)
    for url in ("/admin/webhooks/deliveries/", "/admin/webhooks/endpoints/"):
        response = client.get(url)
        assert response.status_code in {302, 403}, url
        assert response.status_code == 403 or response["Location"] == "/admin/"
    assert "/admin/webhooks/" not in client.get("/admin/").content.decode()


def test_the_endpoint_form_shows_a_new_secret_once_then_masks_it(admin_client):
    new = admin_client.get("/admin/webhooks/endpoints/new/")
    field = BeautifulSoup(new.content, "html.parser").find("input", {"name": "secret"})
    secret = field["value"]
    assert len(secret) >= 32
    response = admin_client.post(
        "/admin/webhooks/endpoints/new/",
        {
            "name": "CRM",
            "url": "https://crm.example.org/hook",
            "secret": secret,
            "events": ["signature.confirmed", "supporter.erased"],
            "active": "on",
        },
    )
    assert response.status_code == 302
    hook = WebhookEndpoint.objects.get()
    assert hook.secret == secret and hook.events == ["signature.confirmed", "supporter.erased"]
    listing = admin_client.get("/admin/webhooks/endpoints/").content.decode()
    assert secret not in listing and secret[:4] + "…" in listing
    edit = admin_client.get(f"/admin/webhooks/endpoints/edit/{hook.pk}/").content.decode()
    assert secret not in edit
    # Left empty on edit, the secret stays.
    admin_client.post(
        f"/admin/webhooks/endpoints/edit/{hook.pk}/",
        {"name": "CRM 2", "url": hook.url, "secret": "", "events": ["supporter.erased"]},
    )
    hook.refresh_from_db()
    assert (hook.name, hook.secret, hook.active) == ("CRM 2", secret, False)


@pytest.mark.parametrize(
    "url", ["ftp://crm.example.org/hook", "javascript:alert(1)", "crm.example.org hook"]
)
def test_a_bad_endpoint_url_is_a_form_error(admin_client, url):
    response = admin_client.post(
        "/admin/webhooks/endpoints/new/",
        {"name": "CRM", "url": url, "secret": SECRET, "events": ["signature.confirmed"]},
    )
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select(".error-message, .w-field__errors")
    assert "Enter a valid URL." in response.content.decode()
    assert not WebhookEndpoint.objects.exists()
