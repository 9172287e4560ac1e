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
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import Subscriber, new_token

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "newsletter-unsubscribe"
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


def normalise_email(email):
    """One address, one row: the whole address stripped and lowercased."""
    return (email or "").strip().lower()


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
    email = normalise_email(email)
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
                _send_on_commit(subscriber)
                return SubscribeResult(Outcome.CONFIRMATION_SENT, subscriber)

        if subscriber.status == Subscriber.Status.CONFIRMED:
            return SubscribeResult(Outcome.ALREADY_CONFIRMED, subscriber)

        # Pending (a lost or expired email) or unsubscribed (changed their mind): pending again,
        # with a fresh link; the old one stops working.
        subscriber.status = Subscriber.Status.PENDING
        subscriber.language = language
        subscriber.source = source or subscriber.source
        subscriber.consent_at = now
        subscriber.confirm_token = new_token()
        subscriber.confirm_sent_at = now
        subscriber.confirmed_at = None
        subscriber.unsubscribed_at = None
        subscriber.save()
        _send_on_commit(subscriber)
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
    return signing.dumps(subscriber.pk, salt=UNSUBSCRIBE_SALT)


def subscriber_from_unsubscribe_token(token):
    """The subscriber a signed unsubscribe token names. Raises signing.BadSignature if it was not
    signed by us, Subscriber.DoesNotExist if that row has since been deleted."""
    pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not isinstance(pk, int) or isinstance(pk, bool):
        raise signing.BadSignature("Unexpected value in unsubscribe token.")
    return Subscriber.objects.get(pk=pk)


# --- Emails --------------------------------------------------------------------------------------


def absolute_url(viewname, language, **kwargs):
    """A link for an email: BASE_URL plus the path under the subscriber's language prefix."""
    with translation.override(language):
        return settings.BASE_URL + reverse(viewname, kwargs=kwargs)


def _send_on_commit(subscriber):
    pk, token = subscriber.pk, subscriber.confirm_token
    # robust: the row is committed by now; a mail server error is logged, and signing up again
    # sends a fresh link, instead of turning the "check your inbox" page into a 500.
    transaction.on_commit(lambda: send_confirmation(pk, token), robust=True)


def send_confirmation(subscriber_pk, token):
    subscriber = Subscriber.objects.filter(pk=subscriber_pk, confirm_token=token).first()
    if subscriber is None:
        return  # superseded by a newer signup before this ran
    from portal.models import SiteSettings

    with translation.override(subscriber.language):
        unsubscribe_url = absolute_url(
            "newsletter:unsubscribe", subscriber.language, token=unsubscribe_token(subscriber)
        )
        context = {
            "organisation_name": SiteSettings.load().organisation_name,
            "confirm_url": absolute_url("newsletter:confirm", subscriber.language, token=token),
            "unsubscribe_url": unsubscribe_url,
            "expires_at": subscriber.confirm_sent_at
            + timedelta(seconds=settings.NEWSLETTER_CONFIRM_MAX_AGE),
        }
        subject = " ".join(
            render_to_string("newsletter/email/confirm_subject.txt", context).split()
        )
        body = render_to_string("newsletter/email/confirm_body.txt", context)
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscriber.email],
        headers={
            "Content-Language": subscriber.language,
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            # RFC 8058 one-click: the mail client POSTs to the link; the view accepts that.
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.send()
