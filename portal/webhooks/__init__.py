"""Signed webhooks: the organisation's CRM hears of each confirmed signature, confirmed newsletter
subscription and erasure.

Staff add endpoints in Settings → Webhook endpoints (URL, secret, events); the apps call
`notify(event, payload, email=...)` from their services, in the transaction that made the change.
One `WebhookDelivery` row per subscribed active endpoint is written in that transaction and its
task is queued once it commits: a rolled-back signature sends nothing, and the HTTP request is
made by the task worker (`db_worker`), never in the signer's request. Which endpoints listen is
read from the cache (dropped when an endpoint is saved or deleted; at most 60 s old in other
processes without a shared cache), so a site without webhooks pays no query per signature.

What a receiver gets
--------------------
A POST with a JSON body (UTF-8, keys sorted)::

    {"data": {...}, "event": "signature.confirmed", "id": "<delivery id>",
     "occurred_at": "2026-12-04T02:34:49.123Z"}

`event` is one of `signature.confirmed`, `subscription.confirmed`, `supporter.erased`; `id` is
the delivery's id, the same on every retry of it (keep it to ignore a repeat). Headers:

* `X-Portal-Event`: the event;
* `X-Portal-Delivery`: the delivery id;
* `X-Portal-Timestamp`: when this attempt was signed, in Unix seconds;
* `X-Portal-Signature`: `sha256=` and the lowercase hex HMAC-SHA256, keyed with the endpoint's
  secret (its UTF-8 bytes), of the bytes `"<X-Portal-Timestamp>.<raw body>"`.

How a receiver verifies a delivery
----------------------------------
1. Read the raw body bytes as they arrived (before any JSON parsing or re-encoding).
2. Refuse the request if `X-Portal-Timestamp` is more than 5 minutes away from your clock
   (replays of an old, captured delivery are then useless).
3. Compute `"sha256=" + hex(HMAC_SHA256(secret, timestamp + "." + body))` and compare it with
   `X-Portal-Signature` in constant time; refuse on a mismatch.
4. Answer 2xx once stored (before slow work). In Python::

       expected = "sha256=" + hmac.new(secret.encode(), f"{ts}.".encode() + raw_body,
                                       hashlib.sha256).hexdigest()
       ok = abs(time.time() - int(ts)) <= 300 and hmac.compare_digest(expected, signature)

Retries
-------
A 2xx answer delivers. A network error, a timeout (5 s), a 5xx or a 429 is tried again after
1 min, 5 min, 30 min, 2 h and 12 h (6 attempts in all); any other answer (4xx, a redirect) is
final. The delivery log (Settings → Webhook deliveries) shows attempts, the last status or
error and the next attempt. With the immediate task backend (`make run`) a retry waits for
`manage.py send_pending_webhooks`, which also makes the first attempt of a delivery whose task
was lost.

Personal data
-------------
A delivery's body is cleared as soon as it is delivered or has failed for good; an erasure
deletes every delivery about that address before the erasure itself is sent;
`manage.py purge_webhook_deliveries --days N` removes the log rows older than N days.
"""

from .delivery import forget, notify, signature
from .models import Event

__all__ = ["Event", "forget", "notify", "signature"]
