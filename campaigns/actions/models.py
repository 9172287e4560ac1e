"""Who receives the messages of write-to-your-government actions, and what was sent to whom."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from portal.mail import new_token


class Target(index.Indexed, models.Model):
    """A public office that receives messages: a ministry, a regulator, a national contact point.

    A plain snippet, not a translatable one: a target is one real mailbox, with one official
    name and one working language. Translating it would make one office into seven records, and
    the hourly cap per target and the counts per target would have to be summed across copies.
    What readers need in their language (the letter, the explanations) lives on the ActionPage,
    which is translated.
    """

    country = CountryField(_("country"), help_text=_("The country this office speaks for."))
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("The office's official name, for example 'Ministry of Digital Affairs'."),
    )
    role = models.CharField(
        _("role"),
        max_length=200,
        blank=True,
        help_text=_(
            "Why it is the right recipient, for example 'National contact point for the ITU'."
        ),
    )
    email = models.EmailField(
        _("public email"),
        help_text=_("A public address of the office. Never a private person's address."),
    )
    language = models.CharField(
        _("language of the message"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the office reads; readers are offered the letter in it."),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Untick to stop sending to this office without deleting its history."),
    )

    panels = [
        FieldPanel("country"),
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("email"),
        FieldPanel("language"),
        FieldPanel("active"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
    ]

    class Meta:
        # Not by country: modelcluster sorts in Python, and Country objects do not compare.
        ordering = ["name"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self):
        return f"{self.name} ({self.country.code})"


class SendingMode(models.TextChoices):
    MAILTO = "mailto", _("The reader's own email program (mailto link)")
    SERVER = "server", _("Sent by the portal, after the sender confirms their address")


class ActionMessage(models.Model):
    """One use of an action: a mailto link opened, or a message sent (or waiting to be).

    In mailto mode nothing personal is stored (the message leaves from the reader's own
    program): only the country and language, for the public counts. In server mode the sender's
    name, address and message are kept until sent, so that the portal can send it, and can be
    erased with `erase_supporter`.
    """

    class Status(models.TextChoices):
        OPENED = "opened", _("Email program opened")
        PENDING = "pending", _("Waiting for the sender to confirm")
        CONFIRMED = "confirmed", _("Confirmed, being sent")
        SENT = "sent", _("Sent")

    action_key = models.UUIDField(
        _("action"),
        db_index=True,
        help_text=_("The translation key shared by the action page and its translations."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sent from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The language version of the action the reader used."),
    )
    mode = models.CharField(
        _("mode"),
        max_length=10,
        choices=SendingMode.choices,
        help_text=_("The action's sending mode at the time."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, help_text=_("Where the message is.")
    )
    country = CountryField(_("country"), help_text=_("The country the reader chose."))
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("The language the reader used."),
    )
    targets = models.ManyToManyField(
        "campaigns.Target",
        verbose_name=_("recipients"),
        blank=True,
        help_text=_("The offices the message goes to."),
    )
    sender_name = models.CharField(
        _("sender's name"), max_length=100, blank=True, help_text=_("Server mode only.")
    )
    sender_email = models.EmailField(
        _("sender's email"), blank=True, db_index=True, help_text=_("Server mode only.")
    )
    # The canonical form of sender_email (portal/emails.py): the per-sender cap counts by it, so
    # that one inbox cannot pass for several senders by spelling its address differently.
    sender_key = models.CharField(
        _("sender's canonical address"),
        max_length=254,
        blank=True,
        db_index=True,
        help_text=_("Server mode only."),
    )
    subject = models.CharField(
        _("subject"), max_length=200, blank=True, help_text=_("Server mode only.")
    )
    body = models.TextField(_("message"), blank=True, help_text=_("Server mode only."))
    confirm_token = models.CharField(
        _("confirmation token"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        help_text=_("The secret in the emailed link; cleared once the message is sent."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(
        _("sent at"), null=True, blank=True, db_index=True, help_text=_("Server mode only.")
    )

    class Meta:
        verbose_name = _("action message")
        verbose_name_plural = _("action messages")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["action_key", "status"], name="campaigns_msg_count_idx")]

    def __str__(self):
        return f"{self._meta.verbose_name} #{self.pk}"

    @staticmethod
    def new_token():
        return new_token()


class LetterDelivery(models.Model):
    """One letter of one confirmed message to one office: sent at most once.

    Created for every target when the sender confirms; the sending task sends each one that is
    not sent yet and marks it sent right after the relay accepted it. A relay failure stops the
    run and leaves the rest pending, so running the task again resumes where it stopped and no
    office ever receives the same letter twice.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed, will be tried again")

    message = models.ForeignKey(
        ActionMessage,
        verbose_name=_("message"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    target = models.ForeignKey(
        "campaigns.Target",
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    # The canonical form of the target's address at the time: the per-office cap counts by it,
    # so two target records spelling one mailbox differently share one cap.
    recipient = models.CharField(_("recipient's canonical address"), max_length=254, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("letter delivery")
        verbose_name_plural = _("letter deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["message", "target"], name="campaigns_delivery_once_per_target"
            )
        ]

    def __str__(self):
        return f"{self._meta.verbose_name} #{self.pk}"
