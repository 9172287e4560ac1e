"""Signatures: one person's name on one petition, whatever language they signed in."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class SignatureQuerySet(models.QuerySet):
    def counted(self):
        """Signatures that count: confirmed ones (all of them, when a petition does not ask
        for confirmation)."""
        return self.filter(confirmed=True)


class SignatureSource(models.TextChoices):
    PAGE = "page", _("Petition page")
    EMBED = "embed", _("Partner embed")


class Signature(models.Model):
    """A signature belongs to a petition's `translation_key`, not to one page: the petition and
    its translations share it, so a person is counted once and every language shows one count.

    Never shown in public: the only public trace of a signature is the count.
    """

    petition_key = models.UUIDField(
        _("petition"),
        db_index=True,
        help_text=_("The translation key shared by the petition and its translations."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("signed on"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The language version of the petition that received the signature."),
    )
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("form shown on"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that showed the form: the petition, or a campaign embedding it."),
    )
    source = models.CharField(
        _("source"),
        max_length=10,
        choices=SignatureSource.choices,
        default=SignatureSource.PAGE,
        help_text=_("Where the form was: on this site, or embedded in a partner's page."),
    )
    partner_domain = models.CharField(
        _("partner domain"),
        max_length=253,
        blank=True,
        help_text=_("The host name of the partner site that embedded the form, when known."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("The language the person signed in."),
    )
    first_name = models.CharField(
        _("first name"), max_length=100, help_text=_("As typed; never shown in public.")
    )
    last_name = models.CharField(
        _("last name"), max_length=100, help_text=_("As typed; never shown in public.")
    )
    # Stored normalised (trimmed, NFC, lower case): the unique constraint below is what makes
    # "one person, one signature" hold under concurrency, so it must see one spelling.
    email = models.EmailField(
        _("email"), max_length=254, help_text=_("Trimmed and in lower case; never shown in public.")
    )
    country = CountryField(
        _("country"), blank=True, help_text=_("Empty when the petition does not ask for it.")
    )
    newsletter = models.BooleanField(
        _("newsletter opt-in"),
        default=False,
        help_text=_("The person asked to receive the newsletter (confirmed by its own email)."),
    )
    confirmed = models.BooleanField(
        _("confirmed"),
        default=False,
        help_text=_("Counts only when true: at once, or after the emailed link when required."),
    )
    # Single use: cleared once the emailed link has confirmed the signature.
    confirm_token = models.CharField(
        _("confirmation token"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        help_text=_("The secret in the emailed link; cleared once used."),
    )
    created_at = models.DateTimeField(_("signed at"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(
        _("confirmed at"),
        null=True,
        blank=True,
        help_text=_("When the signature started to count."),
    )

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["petition_key", "email"], name="campaigns_signature_once_per_petition"
            )
        ]
        indexes = [
            models.Index(fields=["petition_key", "confirmed"], name="campaigns_sig_count_idx")
        ]
        permissions = [
            ("export_signature", _("Can export petition signatures as CSV")),
            # A person's own data from every app (campaigns/supporters.py): here because
            # signatures are most of it and this app is the one that sees all of it.
            ("export_supporter", _("Can export everything stored about one supporter")),
        ]

    def __str__(self):
        # Deliberately not the name or the email: this string ends up in logs and admin messages.
        return f"{self._meta.verbose_name} #{self.pk}"


class SignatureCounter(models.Model):
    """One shard of a petition's count of counted (confirmed) signatures.

    A petition's count is the sum of its shards; each signer adds one to a random shard in the
    transaction that stores the signature (see signatures.py for why). Never edited by hand:
    `manage.py reconcile_counts` recomputes the shards from the signatures.
    """

    petition_key = models.UUIDField(
        _("petition"),
        help_text=_("The translation key shared by the petition and its translations."),
    )
    shard = models.PositiveSmallIntegerField(_("counter shard"))
    total = models.IntegerField(_("signatures"), default=0)

    class Meta:
        verbose_name = _("signature counter")
        verbose_name_plural = _("signature counters")
        constraints = [
            models.UniqueConstraint(
                fields=["petition_key", "shard"], name="campaigns_signature_counter_shard"
            )
        ]

    def __str__(self):
        return f"{self.petition_key}/{self.shard}: {self.total}"
