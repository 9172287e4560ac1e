"""The path of a write-to-your-government message: form → validation → caps → store → send.

ActionPage's routes call `submit()` and `confirm_and_send()`; nothing else sends to targets.

* mailto mode: the reader's own email program sends; we count the opening (country and language
  only, nothing personal) and hand back a link with everything filled in.
* server mode: we store the message as pending and email the sender a link. Only the POST from
  that link's page confirms it; the task queue then sends it, once, to each target
  (campaigns.LetterDelivery records each letter, so a relay failure resumes where it stopped
  and never sends a letter twice), with a copy to the sender once all have left. Per-target and
  per-sender hourly caps apply, counted by canonical address; an unconfirmed message is never
  sent.

Mail to an address that has not confirmed carries nothing the visitor typed; mail to offices
comes from the organisation (fixed name), with the sender in Reply-To and named in the body.
The rules (mode, targets, caps) are the source action's: `action.rules`.
"""

import enum
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import quote, urlencode

from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.utils import timezone, translation
from django_countries import countries

from portal import ratelimit
from portal.emails import canonical_email
from portal.localized import active_language_code
from portal.mail import enqueue_on_commit

from . import letters
from .forms import ActionForm
from .models import ActionMessage, LetterDelivery, SendingMode

# How long a confirmation link for a pending message stays usable.
CONFIRM_MAX_AGE = timedelta(days=3)


def rate_limit():
    return settings.ACTION_RATE_LIMIT


class Outcome(enum.Enum):
    MAILTO_READY = "mailto_ready"
    CONFIRMATION_SENT = "confirmation_sent"
    INVALID = "invalid"
    NO_TARGETS = "no_targets"
    RATE_LIMITED = "rate_limited"
    QUEUED = "queued"  # confirmed: the letters are handed to the task queue
    CAPPED = "capped"  # an office got too many messages this hour: try again later
    NOT_FOUND = "not_found"  # unknown, used or expired link


@dataclass
class PreparedMessage:
    targets: list
    subject: str
    body: str
    mailto_url: str = ""


@dataclass
class ActionResult:
    outcome: Outcome
    form: ActionForm | None = None
    message: PreparedMessage | None = None
    retry_after: int = 0
    sent_to: list = field(default_factory=list)


def fill(template, *, name=None, country_name=""):
    """Replace the {name} and {country} placeholders.

    Plain replacement, never str.format(): the letter is edited by the public, and format()
    would run "{0.__class__}"-style field lookups (and fail on any other brace).
    """
    text = template.replace("{country}", str(country_name))
    if name is not None:
        text = text.replace("{name}", name)
    return text


def blank_form(action, country):
    country_name = dict(countries).get(country, "")
    return ActionForm(
        action=action.rules_view,
        initial={
            "country": country,
            "subject": fill(action.subject, country_name=country_name),
            "letter": fill(action.letter, country_name=country_name),
        },
    )


def targets_for(action, country):
    return list(action.rules.targets.filter(country=country, active=True).order_by("name"))


def submit(action, request):
    verdict = ratelimit.hit("action", ratelimit.client_ip(request), rate_limit())
    if not verdict.allowed:
        return ActionResult(Outcome.RATE_LIMITED, retry_after=verdict.retry_after)
    rules = action.rules
    form = ActionForm(request.POST, action=action.rules_view)
    if form.is_trapped:
        # A robot: pretend all went well, store and send nothing.
        outcome = (
            Outcome.CONFIRMATION_SENT if rules.mode == SendingMode.SERVER else Outcome.MAILTO_READY
        )
        return ActionResult(outcome, message=PreparedMessage([], "", ""))
    if not form.is_valid():
        return ActionResult(Outcome.INVALID, form=form)
    data = form.cleaned_data
    country = data["country"].upper()
    targets = targets_for(action, country)
    if not targets:
        return ActionResult(Outcome.NO_TARGETS, form=form)
    country_name = dict(countries).get(country, country)
    subject = fill(data["subject"], name=data["name"], country_name=country_name)
    body = fill(data["letter"], name=data["name"], country_name=country_name)
    if rules.mode == SendingMode.MAILTO:
        return open_mailto(action, country, targets, subject, body)
    return store_pending(action, data, country, targets, subject, body)


def open_mailto(action, country, targets, subject, body):
    """Count the opening (country and language only) and hand back the filled-in link."""
    message = ActionMessage.objects.create(
        action_key=action.translation_key,
        page_id=action.pk,
        mode=SendingMode.MAILTO,
        status=ActionMessage.Status.OPENED,
        country=country,
        language=translation.get_language(),
    )
    message.targets.set(targets)
    return ActionResult(
        Outcome.MAILTO_READY,
        message=PreparedMessage(targets, subject, body, mailto_url(targets, subject, body)),
    )


def store_pending(action, data, country, targets, subject, body):
    """Keep the message until its sender confirms, within the per-sender cap; mail the link."""
    rules = action.rules
    email = data["email"]
    sender_key = canonical_email(email)
    since = timezone.now() - timedelta(hours=1)
    recent = ActionMessage.objects.filter(sender_key=sender_key, created_at__gte=since).count()
    if recent >= rules.per_sender_hourly_cap:
        return ActionResult(Outcome.RATE_LIMITED, retry_after=3600)
    message = ActionMessage.objects.create(
        action_key=action.translation_key,
        page_id=action.pk,
        mode=rules.mode,
        status=ActionMessage.Status.PENDING,
        country=country,
        language=translation.get_language(),
        sender_name=data["name"],
        sender_email=email,
        sender_key=sender_key,
        subject=subject,
        body=body,
        confirm_token=ActionMessage.new_token(),
    )
    message.targets.set(targets)
    enqueue_on_commit(letters.send_action_confirmation, message.pk, message.confirm_token)
    return ActionResult(Outcome.CONFIRMATION_SENT)


def mailto_url(targets, subject, body):
    recipients = ",".join(quote(target.email, safe="@") for target in targets)
    # RFC 6068: spaces as %20, not "+", which mail programs would show literally.
    return f"mailto:{recipients}?" + urlencode({"subject": subject, "body": body}, quote_via=quote)


def find_pending(action, token):
    if not token or len(token) > 64:
        return None
    return (
        ActionMessage.objects.filter(
            action_key=action.translation_key,
            confirm_token=token,
            status=ActionMessage.Status.PENDING,
            created_at__gte=timezone.now() - CONFIRM_MAX_AGE,
        )
        .prefetch_related("targets")
        .first()
    )


def confirm_and_send(action, token):
    """Confirm a pending message once its sender clicked the emailed link and pressed the button,
    and hand its letters to the task queue. Never sends in the request, so never a 500."""
    if not token or len(token) > 64:
        return ActionResult(Outcome.NOT_FOUND)
    with transaction.atomic():
        # The row lock makes a double click confirm once: the second POST waits, then finds the
        # message confirmed and its token gone.
        message = (
            ActionMessage.objects.select_for_update()
            .filter(
                action_key=action.translation_key,
                confirm_token=token,
                status=ActionMessage.Status.PENDING,
                created_at__gte=timezone.now() - CONFIRM_MAX_AGE,
            )
            .first()
        )
        if message is None:
            return ActionResult(Outcome.NOT_FOUND)
        targets = list(message.targets.filter(active=True))
        if over_cap(targets, action.rules.per_target_hourly_cap):
            return ActionResult(Outcome.CAPPED, retry_after=3600)
        # One letter per mailbox: two target records spelling one address get one letter.
        by_recipient = {}
        for target in targets:
            by_recipient.setdefault(canonical_email(target.email), target)
        LetterDelivery.objects.bulk_create(
            [
                LetterDelivery(message=message, target=target, recipient=recipient)
                for recipient, target in by_recipient.items()
            ],
            ignore_conflicts=True,
        )
        message.status = ActionMessage.Status.CONFIRMED
        message.confirm_token = None
        message.save(update_fields=["status", "confirm_token"])
        enqueue_on_commit(letters.send_letters, message.pk)
    return ActionResult(Outcome.QUEUED, sent_to=list(by_recipient.values()))


def over_cap(targets, cap):
    """True when one of these offices got `cap` letters in the last hour (sent or queued).

    Counted by canonical address, over every action and message: two target records, or two
    spellings, of one mailbox share one cap.
    """
    since = timezone.now() - timedelta(hours=1)
    recipients = {canonical_email(target.email) for target in targets}
    busy = (
        LetterDelivery.objects.filter(recipient__in=recipients, created_at__gte=since)
        .values("recipient")
        .annotate(total=Count("id"))
        .filter(total__gte=cap)
    )
    return busy.exists()


def counts_by_country(action_key):
    rows = (
        ActionMessage.objects.filter(
            action_key=action_key,
            status__in=[
                ActionMessage.Status.OPENED,
                ActionMessage.Status.CONFIRMED,
                ActionMessage.Status.SENT,
            ],
        )
        .values("country")
        .annotate(total=Count("id"))
    )
    return {row["country"]: row["total"] for row in rows}


def other_language_versions(action, targets, country):
    """Links to this action in the languages the targets read, when the reader's differs."""
    current = active_language_code()
    wanted = {target.language for target in targets} - {current}
    if not wanted:
        return []
    versions = (
        action.get_translations()
        .live()
        .filter(locale__language_code__in=wanted, alias_of__isnull=True)
        .select_related("locale")
    )
    return [
        (version.locale.language_code, version.get_url() + "?" + urlencode({"country": country}))
        for version in versions
    ]
