"""Where the CRM listens (WebhookEndpoint) and what was sent to it (WebhookDelivery).

Kept in the portal (imported by portal/models.py, so the app label is `portal`): the apps only
call `portal.webhooks.notify()` from their services and never see these rows.
"""

import secrets
import uuid

from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Event(models.TextChoices):
    SIGNATURE_CONFIRMED = "signature.confirmed", _("Signature confirmed")
    SUBSCRIPTION_CONFIRMED = "subscription.confirmed", _("Newsletter subscription confirmed")
    SUPPORTER_ERASED = "supporter.erased", _("Supporter erased")


def new_secret():
    return secrets.token_urlsafe(32)


class WebhookEndpoint(models.Model):
    """A URL of the organisation's CRM that receives the events it subscribed to, signed with
    its own secret (see portal/webhooks/__init__.py for how a receiver checks them)."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("For staff, for example 'CRM production'.")
    )
    url = models.URLField(
        _("URL"),
        max_length=500,
        # Django's URLField also accepts ftp: a webhook is an HTTP POST, nothing else.
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("Where the events are POSTed, http or https (https in production)."),
    )
    secret = models.CharField(
        _("secret"),
        max_length=200,
        default=new_secret,
        help_text=_("The key of the HMAC-SHA256 signature; the receiver keeps the same one."),
    )
    events = models.JSONField(
        _("events"),
        default=list,
        blank=True,
        help_text=_("Which events this endpoint receives."),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Untick to stop sending to this endpoint without losing its log."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self):
        return self.name

    def receives(self, event):
        return self.active and event in (self.events or [])

    @property
    def masked_secret(self):
        """Enough to tell two secrets apart, not to sign with."""
        return f"{self.secret[:4]}…" if self.secret else ""

    def event_labels(self):
        labels = dict(Event.choices)
        return ", ".join(str(labels.get(event, event)) for event in self.events or [])


class WebhookDelivery(models.Model):
    """One event sent (or being sent) to one endpoint, with its attempts.

    The body is kept only while the delivery may still be attempted: once it is delivered or
    has failed for good, the body (names, addresses) is cleared and only the log stays, until
    `purge_webhook_deliveries` removes it. `email` (canonical) lets the supporter's export and
    erasure find the rows about one person.
    """

    class State(models.TextChoices):
        PENDING = "pending", pgettext_lazy("webhook delivery", "Pending")
        DELIVERED = "delivered", pgettext_lazy("webhook delivery", "Delivered")
        FAILED = "failed", pgettext_lazy("webhook delivery", "Failed")

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        verbose_name=_("endpoint"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    event = models.CharField(_("event"), max_length=40, choices=Event.choices)
    delivery_id = models.UUIDField(_("delivery id"), default=uuid.uuid4, unique=True)
    email = models.CharField(_("supporter's address"), max_length=254, blank=True, db_index=True)
    body = models.TextField(_("body"), blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_status = models.PositiveSmallIntegerField(_("last status code"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    occurred_at = models.DateTimeField(_("occurred at"))
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)

    class Meta:
        ordering = ["-occurred_at"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self):
        return f"{self.event} {self.delivery_id}"
