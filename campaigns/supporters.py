"""One person's data, found by email address in any spelling: exported (subject access) or erased.

`manage.py export_supporter`, the staff export view (campaigns/supporters_admin.py) and
`manage.py erase_supporter` all find the rows here, so that what is exported is exactly what
an erasure deletes: signatures on every petition, messages sent through write-to-your-government
actions, the newsletter subscription and the webhook deliveries about the address.
"""

import json
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from campaigns.actions.models import ActionMessage
from campaigns.petitions.models import Signature
from campaigns.petitions.records import signature_record
from campaigns.petitions.signatures import reconcile
from home.newsletter.models import Subscriber
from home.newsletter.records import subscriber_record
from portal import webhooks
from portal.emails import canonical_email
from portal.models import WebhookDelivery


def validated(email):
    """The canonical address, or ValueError when `email` is not an address at all."""
    canonical = canonical_email(email)
    try:
        validate_email(canonical)
    except ValidationError as error:
        raise ValueError(f"Not an email address: {canonical!r}") from error
    return canonical


def rows_of(model, field, email):
    """The rows of `model` whose `field` is any spelling of `email` (a canonical address).

    New rows hold the canonical spelling and are found by the index. Rows stored before
    spellings were canonicalised (or whose canonical spelling was already taken when the data
    migration ran) may hold another one: those are found by canonicalising every stored address
    in Python. Erasure and export are rare and must be complete, so a full scan is the right
    price; a migration alone could not rewrite rows that collide with an existing one.
    """
    pks = set(model.objects.filter(**{field: email}).values_list("pk", flat=True))
    others = model.objects.exclude(**{field: email}).values_list("pk", field)
    for pk, stored in others.iterator(chunk_size=5000):
        if canonical_email(stored) == email:
            pks.add(pk)
    return model.objects.filter(pk__in=pks)


@dataclass
class SupporterRows:
    email: str
    signatures: object
    messages: object
    subscribers: object
    deliveries: object

    def counts(self):
        return {
            "signatures": self.signatures.count(),
            "action_messages": self.messages.count(),
            "newsletter_subscriptions": self.subscribers.count(),
            "webhook_deliveries": self.deliveries.count(),
        }


def find(email):
    """Everything stored about `email` (canonical), as querysets."""
    return SupporterRows(
        email=email,
        signatures=rows_of(Signature, "email", email),
        messages=rows_of(ActionMessage, "sender_email", email),
        subscribers=rows_of(Subscriber, "email", email),
        deliveries=WebhookDelivery.objects.filter(email=email),
    )


# --- Erasure -----------------------------------------------------------------------------------


def erase(email):
    """Delete everything about `email` and forward the erasure to the CRM; returns the counts.

    One transaction: the counters move with the rows, the webhook deliveries about the person
    (sent or waiting) go too, and the erasure delivery is queued once it commits. It carries the
    address and what was erased (counts, petition keys), nothing else of the person's.
    """
    rows = find(email)
    counts = rows.counts()
    keys = sorted({str(key) for key in rows.signatures.values_list("petition_key", flat=True)})
    with transaction.atomic():
        rows.signatures.delete()
        rows.messages.delete()
        rows.subscribers.delete()
        webhooks.forget(email)
        reconcile(keys)  # the counters move with the rows, in this transaction
        webhooks.notify(
            webhooks.Event.SUPPORTER_ERASED,
            {"email": email, "erased": counts, "petition_keys": keys, "erased_at": timezone.now()},
            email=email,
        )
    return counts


# --- Export ------------------------------------------------------------------------------------


def message_record(message):
    page = message.page
    return {
        "id": message.pk,
        "action": {
            "translation_key": str(message.action_key),
            "id": page.pk if page else None,
            "title": page.title if page else "",
            "slug": page.slug if page else "",
        },
        "mode": message.mode,
        "status": message.status,
        "country": message.country.code or "",
        "language": message.language,
        "sender_name": message.sender_name,
        "sender_email": message.sender_email,
        "subject": message.subject,
        "body": message.body,
        "recipients": [
            {"name": target.name, "email": target.email, "country": target.country.code}
            for target in message.targets.all()
        ],
        "letters": [
            {
                "recipient": delivery.target.name,
                "status": delivery.status,
                "sent_at": delivery.sent_at,
            }
            for delivery in message.deliveries.all()
        ],
        "created_at": message.created_at,
        "sent_at": message.sent_at,
    }


def delivery_record(delivery):
    return {
        "delivery_id": str(delivery.delivery_id),
        "endpoint": delivery.endpoint.name,
        "event": delivery.event,
        "state": delivery.state,
        "attempts": delivery.attempts,
        "occurred_at": delivery.occurred_at,
        "delivered_at": delivery.delivered_at,
        # What was sent, while it is still held (cleared once delivered or failed for good).
        "data": json.loads(delivery.body)["data"] if delivery.body else None,
    }


def export(email):
    """Everything stored about `email` (canonical), as one JSON-able dict."""
    rows = find(email)
    signatures = rows.signatures.select_related("page__locale").order_by("created_at", "pk")
    messages = rows.messages.select_related("page").prefetch_related(
        "targets", "deliveries__target"
    )
    return {
        "email": email,
        "exported_at": timezone.now(),
        "signatures": [signature_record(s, s.page) for s in signatures],
        "action_messages": [message_record(m) for m in messages.order_by("created_at", "pk")],
        "newsletter_subscriptions": [
            subscriber_record(s) for s in rows.subscribers.order_by("created_at", "pk")
        ],
        "webhook_deliveries": [
            delivery_record(d)
            for d in rows.deliveries.select_related("endpoint").order_by("occurred_at", "pk")
        ],
    }


SECTIONS = ("signatures", "action_messages", "newsletter_subscriptions", "webhook_deliveries")


def is_empty(document):
    return not any(document[key] for key in SECTIONS)


def to_json(document):
    """Stable key order, ISO 8601 times, UTF-8 as it is (no \\u escapes), a final newline."""
    return (
        json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=True, indent=2)
        + "\n"
    )
