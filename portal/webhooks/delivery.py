"""Sending webhook deliveries: the signed POST, the task, the retries (see the package doc)."""

import hashlib
import hmac
import json
import logging
import time
import uuid
from datetime import timedelta

import requests
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django_tasks import task

from portal.mail import enqueue_on_commit

from .models import WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)

# Seconds to wait before each retry: 1 min, 5 min, 30 min, 2 h, 12 h. A delivery is tried at
# once, then once after each of these, so at most 6 attempts over about 14 h 36 min.
RETRY_DELAYS = (60, 300, 1800, 7200, 43200)
# Seconds to wait for the receiver to connect and to answer: a CRM that hangs must not hold a
# worker (or, with the immediate backend, a request) for long.
TIMEOUT = 5
USER_AGENT = "campaign-portal-webhooks/1"


def signature(secret, timestamp, body):
    """`sha256=` and the hex HMAC-SHA256 of `"{timestamp}.{body}"` keyed with the secret."""
    message = f"{timestamp}.{body}".encode()
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def encode(value):
    """Compact JSON with sorted keys and UTF-8 kept as it is (no \\u escapes)."""
    return json.dumps(
        value, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


# The signing path reads which endpoints listen from the cache, so that a petition without
# webhooks costs no query more per signature. Saving or deleting an endpoint drops the entry; with
# a per-process cache (no REDIS_URL) other processes see the change within this many seconds.
ENDPOINTS_CACHE_KEY = "portal:webhook-endpoints"
ENDPOINTS_CACHE_SECONDS = 60


def listening(event):
    """The ids of the active endpoints that subscribed to `event`."""
    endpoints = cache.get(ENDPOINTS_CACHE_KEY)
    if endpoints is None:
        endpoints = [
            (endpoint.pk, list(endpoint.events or []))
            for endpoint in WebhookEndpoint.objects.filter(active=True)
        ]
        cache.set(ENDPOINTS_CACHE_KEY, endpoints, ENDPOINTS_CACHE_SECONDS)
    return [pk for pk, events in endpoints if event in events]


@receiver([post_save, post_delete], sender=WebhookEndpoint, dispatch_uid="webhook-endpoints")
def forget_cached_endpoints(**kwargs):
    cache.delete(ENDPOINTS_CACHE_KEY)


def notify(event, payload, *, email=""):
    """Record one delivery of `event` for every active endpoint that subscribed to it, in the
    caller's transaction, and queue each for after the commit. Returns the deliveries.

    `payload` is a dict, or a function that returns one: built only when an endpoint listens.
    A rolled-back transaction sends nothing; the HTTP request happens in the task worker,
    never in the request of the person who signed or subscribed.
    """
    ids = listening(event)
    if not ids:
        return []
    # Read again, not trusted from the cache: an endpoint deleted since must get no row.
    endpoints = [e for e in WebhookEndpoint.objects.filter(pk__in=ids) if e.receives(event)]
    if not endpoints:
        return []
    data = payload() if callable(payload) else payload
    now = timezone.now()
    deliveries = []
    for endpoint in endpoints:
        delivery_id = uuid.uuid4()
        body = encode({"id": delivery_id, "event": event, "occurred_at": now, "data": data})
        deliveries.append(
            WebhookDelivery(
                endpoint=endpoint,
                event=event,
                delivery_id=delivery_id,
                email=email,
                body=body,
                occurred_at=now,
            )
        )
    with transaction.atomic():
        for delivery in deliveries:
            delivery.save()
            enqueue_on_commit(deliver, delivery.pk, 0)
    return deliveries


def forget(email):
    """Delete every delivery about `email` (an erasure): those waiting are not sent any more."""
    if not email:
        return 0
    return WebhookDelivery.objects.filter(email=email).delete()[0]


def headers_for(delivery, timestamp):
    return {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": USER_AGENT,
        "X-Portal-Event": delivery.event,
        "X-Portal-Delivery": str(delivery.delivery_id),
        "X-Portal-Timestamp": str(timestamp),
        "X-Portal-Signature": signature(delivery.endpoint.secret, timestamp, delivery.body),
    }


def post(delivery):
    """POST the delivery once: (status code or None, error text)."""
    timestamp = int(time.time())
    try:
        response = requests.post(
            delivery.endpoint.url,
            data=delivery.body.encode(),
            headers=headers_for(delivery, timestamp),
            timeout=TIMEOUT,
            # A redirect is the receiver's misconfiguration; following it would send the
            # signed body to a host nobody chose.
            allow_redirects=False,
        )
    except requests.RequestException as error:
        return None, f"{type(error).__name__}: {error}"[:300]
    response.close()
    return response.status_code, ""


def is_retryable(status):
    """Network errors, 5xx and 429 pass; other answers (4xx, 3xx) will not change by waiting."""
    return status is None or status == 429 or status >= 500


@task()
def deliver(delivery_pk, attempt):
    """Make attempt number `attempt + 1` of one delivery, unless it was made already.

    The attempt is claimed with one conditional UPDATE, so a retry that is queued twice (the
    worker and `send_pending_webhooks`) posts once, and a delivery erased meanwhile not at all.
    """
    claimed = WebhookDelivery.objects.filter(
        pk=delivery_pk, state=WebhookDelivery.State.PENDING, attempts=attempt
    ).update(attempts=attempt + 1, next_attempt_at=None)
    if not claimed:
        return
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_pk)
    status, error = post(delivery)
    record(delivery, status, error)


def record(delivery, status, error):
    delivery.last_status = status
    delivery.last_error = error
    now = timezone.now()
    if status is not None and 200 <= status < 300:
        delivery.state = WebhookDelivery.State.DELIVERED
        delivery.delivered_at = now
        delivery.body = ""  # delivered: the log keeps no copy of the person's data
    elif is_retryable(status) and delivery.attempts <= len(RETRY_DELAYS):
        delivery.next_attempt_at = now + timedelta(seconds=RETRY_DELAYS[delivery.attempts - 1])
    else:
        delivery.state = WebhookDelivery.State.FAILED
        delivery.body = ""
        logger.error(
            "Webhook %s to %s failed for good after %d attempt(s): %s",
            delivery.delivery_id,
            delivery.endpoint.name,
            delivery.attempts,
            status or error,
        )
    delivery.save(
        update_fields=[
            "last_status",
            "last_error",
            "state",
            "delivered_at",
            "body",
            "next_attempt_at",
        ]
    )
    if delivery.state == WebhookDelivery.State.PENDING:
        schedule_retry(delivery)


def schedule_retry(delivery):
    backend = deliver.get_backend()
    if not backend.supports_defer:
        # The immediate backend (`make run`) has no queue to come back to:
        # `send_pending_webhooks` (cron) makes the attempt once it is due.
        logger.warning(
            "Webhook %s: attempt %d failed, retried by send_pending_webhooks",
            delivery.delivery_id,
            delivery.attempts,
        )
        return
    deliver.using(run_after=delivery.next_attempt_at).enqueue(delivery.pk, delivery.attempts)


def send_due(now=None):
    """Make the due attempts of pending deliveries (`send_pending_webhooks`); returns how many."""
    now = now or timezone.now()
    # Retries that are due, and first attempts whose task was lost (queued ten minutes ago).
    due = (
        WebhookDelivery.objects.filter(state=WebhookDelivery.State.PENDING)
        .filter(
            Q(next_attempt_at__lte=now)
            | Q(attempts=0, occurred_at__lte=now - timedelta(minutes=10))
        )
        .order_by("occurred_at")
        .values_list("pk", "attempts")
    )
    count = 0
    for pk, attempts in list(due):
        deliver.call(pk, attempts)
        count += 1
    return count
