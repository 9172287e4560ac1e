"""The path of a write-to-your-government message: form → validation → caps → store → send.

ActionPage's routes call `submit()` and `confirm_and_send()`; nothing else sends to targets.

* mailto mode: the reader's own email program sends; we count the opening (country and language
  only, nothing personal) and hand back a link with everything filled in.
* server mode: we store the message as pending and email the sender a link. Only the POST from
  that link's page sends it, once, to each target, with a copy to the sender. Per-target and
  per-sender hourly caps apply; an unconfirmed message is never sent.
"""

import enum
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import formataddr
from urllib.parse import quote, urlencode

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.db.models import Count
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_countries import countries

from portal import ratelimit

from .forms import ActionForm
from .models import ActionMessage, ActionPage, Target

DEFAULT_RATE_LIMIT = "20/hour"
# How long a confirmation link for a pending message stays usable.
CONFIRM_MAX_AGE = timedelta(days=3)


def rate_limit():
    return getattr(settings, "ACTION_RATE_LIMIT", DEFAULT_RATE_LIMIT)


class Outcome(enum.Enum):
    MAILTO_READY = "mailto_ready"
    CONFIRMATION_SENT = "confirmation_sent"
    INVALID = "invalid"
    NO_TARGETS = "no_targets"
    RATE_LIMITED = "rate_limited"
    SENT = "sent"
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
        action=action,
        initial={
            "country": country,
            "subject": fill(action.subject, country_name=country_name),
            "letter": fill(action.letter, country_name=country_name),
        },
    )


def targets_for(action, country):
    return list(action.targets.filter(country=country, active=True).order_by("name"))


def submit(action, request):
    verdict = ratelimit.hit("action", ratelimit.client_ip(request), rate_limit())
    if not verdict.allowed:
        return ActionResult(Outcome.RATE_LIMITED, retry_after=verdict.retry_after)
    form = ActionForm(request.POST, action=action)
    if form.is_trapped:
        # A robot: pretend all went well, store and send nothing.
        outcome = (
            Outcome.CONFIRMATION_SENT
            if action.mode == ActionPage.Mode.SERVER
            else Outcome.MAILTO_READY
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
    language = translation.get_language()

    if action.mode == ActionPage.Mode.MAILTO:
        message = ActionMessage.objects.create(
            action_key=action.translation_key,
            page_id=action.pk,
            mode=action.mode,
            status=ActionMessage.Status.OPENED,
            country=country,
            language=language,
        )
        message.targets.set(targets)
        return ActionResult(
            Outcome.MAILTO_READY,
            message=PreparedMessage(targets, subject, body, mailto_url(targets, subject, body)),
        )

    email = data["email"]
    since = timezone.now() - timedelta(hours=1)
    recent = ActionMessage.objects.filter(sender_email=email, created_at__gte=since).count()
    if recent >= action.per_sender_hourly_cap:
        return ActionResult(Outcome.RATE_LIMITED, retry_after=3600)
    message = ActionMessage.objects.create(
        action_key=action.translation_key,
        page_id=action.pk,
        mode=action.mode,
        status=ActionMessage.Status.PENDING,
        country=country,
        language=language,
        sender_name=data["name"],
        sender_email=email,
        subject=subject,
        body=body,
        confirm_token=ActionMessage.new_token(),
    )
    message.targets.set(targets)
    pk, token = message.pk, message.confirm_token
    transaction.on_commit(lambda: send_confirmation(pk, token), robust=True)
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
    """Send a pending message once its sender clicked the emailed link and pressed the button."""
    if not token or len(token) > 64:
        return ActionResult(Outcome.NOT_FOUND)
    with transaction.atomic():
        # The row lock makes a double click send once: the second POST waits, then finds the
        # message sent and its token gone.
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
        if over_cap(targets, action.per_target_hourly_cap):
            return ActionResult(Outcome.CAPPED, retry_after=3600)
        send_to_targets(message, targets)
        message.status = ActionMessage.Status.SENT
        message.sent_at = timezone.now()
        message.confirm_token = None
        message.save(update_fields=["status", "sent_at", "confirm_token"])
    return ActionResult(Outcome.SENT, sent_to=targets)


def over_cap(targets, cap):
    since = timezone.now() - timedelta(hours=1)
    busy = (
        Target.objects.filter(pk__in=[target.pk for target in targets])
        .filter(actionmessage__status=ActionMessage.Status.SENT, actionmessage__sent_at__gte=since)
        .annotate(sent=Count("actionmessage"))
        .filter(sent__gte=cap)
    )
    return busy.exists()


def send_to_targets(message, targets):
    from portal.models import SiteSettings

    organisation = SiteSettings.load().organisation_name
    sender = formataddr((message.sender_name, message.sender_email))
    emails = [
        mail.EmailMessage(
            subject=message.subject,
            body=message.body,
            from_email=formataddr((f"{message.sender_name} ({organisation})", from_address())),
            to=[target.email],
            reply_to=[sender],
        )
        for target in targets
    ]
    with translation.override(message.language):
        context = {"message": message, "targets": targets}
        copy_subject = " ".join(
            render_to_string("campaigns/emails/action_copy_subject.txt", context).split()
        )
        copy_body = render_to_string("campaigns/emails/action_copy_body.txt", context)
    emails.append(
        mail.EmailMessage(
            subject=copy_subject, body=copy_body, from_email=from_address(), to=[sender]
        )
    )
    with mail.get_connection() as connection:
        connection.send_messages(emails)


def from_address():
    return settings.DEFAULT_FROM_EMAIL


def send_confirmation(message_pk, token):
    message = (
        ActionMessage.objects.filter(pk=message_pk, confirm_token=token)
        .prefetch_related("targets")
        .first()
    )
    if message is None:
        return
    action = ActionPage.objects.filter(pk=message.page_id).first()
    if action is None:
        return
    with translation.override(message.language):
        context = {
            "action": action,
            "message": message,
            "targets": list(message.targets.all()),
            "confirm_url": action.full_subpage_url("confirm", token=token),
        }
        subject = " ".join(
            render_to_string("campaigns/emails/action_confirm_subject.txt", context).split()
        )
        body = render_to_string("campaigns/emails/action_confirm_body.txt", context)
    mail.EmailMessage(
        subject=subject, body=body, from_email=from_address(), to=[message.sender_email]
    ).send()


def counts_by_country(action_key):
    rows = (
        ActionMessage.objects.filter(
            action_key=action_key,
            status__in=[ActionMessage.Status.OPENED, ActionMessage.Status.SENT],
        )
        .values("country")
        .annotate(total=Count("id"))
    )
    return {row["country"]: row["total"] for row in rows}


def other_language_versions(action, targets, country):
    """Links to this action in the languages the targets read, when the reader's differs."""
    from .localization import active_language_code

    current = active_language_code()
    wanted = {target.language for target in targets} - {current}
    if not wanted:
        return []
    versions = (
        ActionPage.objects.live()
        .filter(translation_key=action.translation_key, locale__language_code__in=wanted)
        .exclude(alias_of__isnull=False)
        .select_related("locale")
    )
    return [
        (version.locale.language_code, version.get_url() + "?" + urlencode({"country": country}))
        for version in versions
    ]
