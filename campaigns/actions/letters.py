"""The mail of a write-to-your-government message, composed and sent by the task worker.

The confirmation link to the sender, then, once confirmed, one letter per office
(LetterDelivery records each: a relay failure resumes where it stopped and never sends a letter
twice), and the sender's copy once all have left. Nothing here runs inside a request.
"""

from email.utils import formataddr

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from portal.mail import build_message, message_values, render_email, send_composed, send_on_commit
from portal.models import SiteSettings
from portal.retry import retries_mail

from .models import ActionMessage, LetterDelivery


class LettersNotSent(Exception):
    """The relay refused a letter: the task failed, and running it again resumes."""


def deliver_letters(message_id):
    """Send every letter of a confirmed message that has not left yet; then the sender's copy.

    Each delivery row is locked while its letter is sent and marked sent right after the relay
    accepted it: a failure stops here (the rest stay pending) and a later run, or a concurrent
    one, never sends a letter that has left.
    """
    message = ActionMessage.objects.filter(
        pk=message_id, status=ActionMessage.Status.CONFIRMED
    ).first()
    if message is None:
        return
    organisation = SiteSettings.load().organisation_name
    pending = list(
        message.deliveries.exclude(status=LetterDelivery.Status.SENT)
        .select_related("target")
        .order_by("pk")
    )
    failure = None
    if pending:
        with mail.get_connection() as connection:
            for delivery in pending:
                failure = deliver_one(message, delivery, organisation, connection)
                if failure is not None:
                    break
    if failure is not None:
        raise LettersNotSent(f"Message {message.pk}: a letter could not be sent") from failure
    finished = (
        ActionMessage.objects.filter(pk=message.pk, status=ActionMessage.Status.CONFIRMED)
        .exclude(
            deliveries__status__in=[LetterDelivery.Status.PENDING, LetterDelivery.Status.FAILED]
        )
        .update(status=ActionMessage.Status.SENT, sent_at=timezone.now())
    )
    if finished:  # the one run that finished the message sends the copy, once
        send_copy(message)


def deliver_one(message, delivery, organisation, connection):
    """Send one letter unless it has left; returns the relay's exception, or None."""
    with transaction.atomic():
        locked = (
            LetterDelivery.objects.select_for_update()
            .filter(pk=delivery.pk)
            .exclude(status=LetterDelivery.Status.SENT)
            .first()
        )
        if locked is None:
            return None
        try:
            build_message(letter_values(message, delivery.target, organisation), connection).send()
        except Exception as error:
            LetterDelivery.objects.filter(pk=delivery.pk).update(
                status=LetterDelivery.Status.FAILED, attempts=F("attempts") + 1
            )
            return error
        LetterDelivery.objects.filter(pk=delivery.pk).update(
            status=LetterDelivery.Status.SENT, sent_at=timezone.now(), attempts=F("attempts") + 1
        )
    return None


def letter_values(message, target, organisation):
    """The letter to one office: from the organisation (a fixed name, never the visitor's), the
    sender in Reply-To, and a first line, in the office's language, saying who wrote it."""
    with translation.override(target.language):
        body = render_to_string(
            "campaigns/emails/letter_body.txt", {"message": message, "organisation": organisation}
        ).rstrip()
    return message_values(
        to=[target.email],
        subject=message.subject,
        body=body,
        from_email=formataddr((organisation, from_address())),
        reply_to=[formataddr((message.sender_name, message.sender_email))],
        language=message.language,
    )


def send_copy(message):
    """The sender's copy: their address is confirmed, so it may quote their own message."""
    targets = [delivery.target for delivery in message.deliveries.select_related("target")]
    subject, body = render_email(
        "campaigns/emails/action_copy", {"message": message, "targets": targets}, message.language
    )
    send_on_commit(
        to=[formataddr((message.sender_name, message.sender_email))],
        subject=subject,
        body=body,
        from_email=from_address(),
        language=message.language,
    )


def from_address():
    return settings.DEFAULT_FROM_EMAIL


def confirmation_message(message_pk, token):
    """The confirmation email for a message still pending with `token`, or None.

    It goes to an address nobody has confirmed yet, so it holds nothing the visitor typed (not
    their name, subject or letter): only fixed, translated text, the editors' title, the offices'
    names and the link.
    """
    message = (
        ActionMessage.objects.filter(
            pk=message_pk, confirm_token=token, status=ActionMessage.Status.PENDING
        )
        .prefetch_related("targets")
        .first()
    )
    if message is None:
        return None
    action = message.page.specific if message.page_id else None
    if action is None:
        return None
    with translation.override(message.language):
        confirm_url = action.full_subpage_url("confirm", token=token)
    subject, body = render_email(
        "campaigns/emails/action_confirm",
        {"action": action, "targets": list(message.targets.all()), "confirm_url": confirm_url},
        message.language,
    )
    return message_values(
        to=[message.sender_email],
        subject=subject,
        body=body,
        from_email=from_address(),
        language=message.language,
    )


@task()
@retries_mail
def send_action_confirmation(message_id, token):
    """Email a sender the link that confirms their pending message (nothing when it was used)."""
    send_composed(confirmation_message(message_id, token))


@task()
@retries_mail
def send_letters(message_id):
    """Send a confirmed message to each of its offices that has not received it yet.

    Idempotent: run it again after a failure (it raises, so the result shows it) and it sends only
    the letters still pending.
    """
    deliver_letters(message_id)
