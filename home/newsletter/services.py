"""The newsletter's business rules: sign up, confirm by emailed link (double opt-in), unsubscribe.

Views and other apps (the petition's newsletter opt-in) call these functions and nothing else.
Every write happens in one transaction; emails leave only once it has committed, so a rolled-back
signup never mails a link to a row that does not exist, and a failing mail server never leaves a
half-written row.
"""

import enum
import logging
import re
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare

from portal import ratelimit, webhooks
from portal.emails import canonical_email
from portal.mail import render_email, send_on_commit
from portal.models import SiteSettings

from .models import Subscriber, new_token
from .records import subscriber_record

logger = logging.getLogger(__name__)

# v2: the token carries the subscriber's own random secret, not only its (guessable) id.
UNSUBSCRIBE_SALT = "newsletter-unsubscribe-v2"
# One confirmation mail per address per this many seconds, however often the form is posted.
CONFIRMATION_RESEND_SECONDS = 600
EMAIL_MAX_LENGTH = 254
# The shape of new_token()'s output. Anything else is not looked up at all (PostgreSQL refuses NUL
# characters in a query, so "%00" in a link would otherwise be a 500).
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")


class Outcome(enum.Enum):
    CONFIRMATION_SENT = "confirmation_sent"  # pending (new, again, or re-subscribed): link emailed
    ALREADY_CONFIRMED = "already_confirmed"  # nothing changed, nothing sent
    INVALID_EMAIL = "invalid_email"  # nothing stored
    NO_CONSENT = "no_consent"  # nothing stored


@dataclass(frozen=True)
class SubscribeResult:
    outcome: Outcome
    subscriber: Subscriber | None = None

    @property
    def ok(self):
        """The person may be told to check their inbox (also true when already subscribed)."""
        return self.outcome in {Outcome.CONFIRMATION_SENT, Outcome.ALREADY_CONFIRMED}


def is_valid_email(email):
    if not email or len(email) > EMAIL_MAX_LENGTH:
        return False
    try:
        validate_email(email)
    except ValidationError:
        return False
    return True


def supported_language(code):
    codes = {code for code, _name in settings.LANGUAGES}
    return code if code in codes else settings.LANGUAGE_CODE


def subscribe(email, language, source="", consent=False):
    """Record a signup as pending and email a confirmation link, or do nothing if already confirmed.

    Returns a SubscribeResult; the caller shows the same "check your inbox" message for both
    successful outcomes so that the page never reveals whether an address is subscribed.
    """
    email = canonical_email(email)
    if not is_valid_email(email):
        return SubscribeResult(Outcome.INVALID_EMAIL)
    if not consent:
        return SubscribeResult(Outcome.NO_CONSENT)
    language = supported_language(language)
    source = (source or "")[: Subscriber._meta.get_field("source").max_length]
    now = timezone.now()

    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
        if subscriber is None:
            try:
                # A savepoint: two simultaneous signups for one address race to this insert.
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(
                        email=email,
                        language=language,
                        source=source,
                        consent_at=now,
                        confirm_token=new_token(),
                        confirm_sent_at=now,
                    )
            except IntegrityError:
                subscriber = Subscriber.objects.select_for_update().get(email=email)
            else:
                _send_if_not_sent_recently(subscriber)
                return SubscribeResult(Outcome.CONFIRMATION_SENT, subscriber)

        if subscriber.status == Subscriber.Status.CONFIRMED:
            return SubscribeResult(Outcome.ALREADY_CONFIRMED, subscriber)

        if confirm_token_is_usable(subscriber):
            # Pending with a live link (a lost email, or someone posting the form again and
            # again): the same link is sent again, at most once per CONFIRMATION_RESEND_SECONDS.
            # Nothing else changes: whoever posts the form cannot rotate the owner's link away
            # or change the language and source of a row they do not own.
            _send_if_not_sent_recently(subscriber)
            return SubscribeResult(Outcome.CONFIRMATION_SENT, subscriber)

        # An expired link, or unsubscribed (changed their mind): pending again, with a new link.
        subscriber.status = Subscriber.Status.PENDING
        subscriber.language = language
        subscriber.source = source or subscriber.source
        subscriber.consent_at = now
        subscriber.confirm_token = new_token()
        subscriber.confirm_sent_at = now
        subscriber.confirmed_at = None
        subscriber.unsubscribed_at = None
        subscriber.save()
        # A new link is always mailed (the old one no longer works); later posts are throttled.
        _send_if_not_sent_recently(subscriber, new_link=True)
    return SubscribeResult(Outcome.CONFIRMATION_SENT, subscriber)


def confirm_token_is_usable(subscriber):
    if subscriber.status != Subscriber.Status.PENDING or subscriber.confirm_sent_at is None:
        return False
    max_age = timedelta(seconds=settings.NEWSLETTER_CONFIRM_MAX_AGE)
    return timezone.now() - subscriber.confirm_sent_at <= max_age


def find_pending(token):
    """The subscriber a confirmation link may still confirm, or None (unknown, used, expired)."""
    if not TOKEN_PATTERN.fullmatch(token or ""):
        return None
    subscriber = Subscriber.objects.filter(confirm_token=token).first()
    if subscriber is None or not confirm_token_is_usable(subscriber):
        return None
    return subscriber


def confirm(token):
    """Confirm the subscription a link belongs to. Returns the subscriber, or None if the link is
    unknown, already used or expired, in which case nothing changes."""
    if not TOKEN_PATTERN.fullmatch(token or ""):
        return None
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(confirm_token=token).first()
        if subscriber is None or not confirm_token_is_usable(subscriber):
            return None
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.confirm_token = None  # single use
        subscriber.save(update_fields=["status", "confirmed_at", "confirm_token"])
        webhooks.notify(
            webhooks.Event.SUBSCRIPTION_CONFIRMED,
            subscriber_record(subscriber),
            email=subscriber.email,
        )
    return subscriber


def unsubscribe(subscriber):
    """Stop all messages to this subscriber. Idempotent: a second click changes nothing."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
            subscriber.status = Subscriber.Status.UNSUBSCRIBED
            subscriber.unsubscribed_at = timezone.now()
            subscriber.confirm_token = None
            subscriber.save(update_fields=["status", "unsubscribed_at", "confirm_token"])
    return subscriber


# --- Unsubscribe links ---------------------------------------------------------------------------


def unsubscribe_token(subscriber):
    # No expiry: an unsubscribe link in a years-old message must still work.
    return signing.dumps([subscriber.pk, subscriber.unsubscribe_secret], salt=UNSUBSCRIBE_SALT)


def subscriber_from_unsubscribe_token(token):
    """The subscriber an unsubscribe token names. Raises signing.BadSignature if it was not
    signed by us or does not carry that subscriber's own secret, Subscriber.DoesNotExist if the
    row has since been deleted."""
    value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], int)
        and not isinstance(value[0], bool)
        and isinstance(value[1], str)
    ):
        raise signing.BadSignature("Unexpected value in unsubscribe token.")
    pk, secret = value
    subscriber = Subscriber.objects.get(pk=pk)
    if not secret or not constant_time_compare(secret, subscriber.unsubscribe_secret):
        raise signing.BadSignature("Wrong secret in unsubscribe token.")
    return subscriber


# --- Emails --------------------------------------------------------------------------------------


def absolute_url(viewname, language, **kwargs):
    """A link for an email: BASE_URL plus the path under the subscriber's language prefix."""
    with translation.override(language):
        return settings.BASE_URL + reverse(viewname, kwargs=kwargs)


def _send_if_not_sent_recently(subscriber, new_link=False):
    """Queue the confirmation mail, unless this address got one in the last few minutes.

    The throttle is per row (one row per canonical address) and shared by every process
    (portal.ratelimit), so a flood of signups sends one mail, with a link that keeps working.
    """
    first = ratelimit.first_in("newsletter-confirm", subscriber.pk, CONFIRMATION_RESEND_SECONDS)
    if first or new_link:
        send_confirmation(subscriber)


def send_confirmation(subscriber):
    """Queue the confirmation mail for after commit (portal.mail: the task queue sends it).

    It goes to an address whose owner has not confirmed anything yet, so it holds only our own
    texts and links: nothing typed into the form (no source, no name) is in it.
    """
    language = subscriber.language
    with translation.override(language):
        unsubscribe_url = absolute_url(
            "newsletter:unsubscribe", language, token=unsubscribe_token(subscriber)
        )
        context = {
            "organisation_name": SiteSettings.load().organisation_name,
            "confirm_url": absolute_url(
                "newsletter:confirm", language, token=subscriber.confirm_token
            ),
            "unsubscribe_url": unsubscribe_url,
            "expires_at": subscriber.confirm_sent_at
            + timedelta(seconds=settings.NEWSLETTER_CONFIRM_MAX_AGE),
        }
    subject, body = render_email("newsletter/email/confirm", context, language)
    send_on_commit(
        to=[subscriber.email],
        subject=subject,
        body=body,
        language=language,
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            # RFC 8058 one-click: the mail client POSTs to the link; the view accepts that.
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
