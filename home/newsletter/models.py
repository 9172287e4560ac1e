import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class Subscriber(models.Model):
    """A newsletter subscription. It counts only once its owner has clicked the emailed link."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email"), max_length=254, unique=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    source = models.CharField(
        _("source"),
        max_length=50,
        blank=True,
        help_text=_("Where the person signed up, for example 'footer' or a petition."),
    )
    # Single use: cleared once the link has confirmed the subscription.
    confirm_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    # The secret of the unsubscribe link: random per subscriber, so that knowing the SECRET_KEY
    # and a row's id is not enough to unsubscribe someone or to see their address.
    unsubscribe_secret = models.CharField(max_length=64, default=new_token, editable=False)
    # When the current token was issued: the link expires NEWSLETTER_CONFIRM_MAX_AGE seconds later.
    # Not created_at, because signing up again while pending issues a fresh token.
    confirm_sent_at = models.DateTimeField(_("confirmation sent at"), null=True, blank=True)
    consent_at = models.DateTimeField(_("consent given at"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        ordering = ["-created_at"]
        permissions = [("export_subscriber", _("Can export newsletter subscribers as CSV"))]

    def __str__(self):
        return self.email
