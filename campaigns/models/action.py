"""Write-to-your-government actions, and the messages people send through them."""

from django.conf import settings
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django_countries import countries
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.pages import PortalPage

from ..blocks import RICH_TEXT_FEATURES, CampaignBodyBlock, prepare_stream
from .rules import RulesView, source_version
from .signature import new_token

# The fields every language version takes from the source action (see models/rules.py).
SHARED_RULES = ("mode", "targets", "per_target_hourly_cap", "per_sender_hourly_cap")


class ActionPage(RoutablePageMixin, PortalPage):
    """Write to your government: readers pick their country, see who will receive the message,
    and send a letter the editor drafted, in their language and in their own words."""

    class Mode(models.TextChoices):
        MAILTO = "mailto", _("The reader's own email program (mailto link)")
        SERVER = "server", _("Sent by the portal, after the sender confirms their address")

    body = StreamField(
        CampaignBodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("Why write, and what to say: shown above the country choice."),
    )
    mode = models.CharField(
        _("sending mode"),
        max_length=10,
        choices=Mode.choices,
        default=Mode.MAILTO,
        help_text=_(
            "A mailto link keeps the conversation between the reader and the office; sending "
            "from the portal works for readers without an email program and counts real sends."
        ),
    )
    targets = ParentalManyToManyField(
        "campaigns.Target",
        verbose_name=_("targets"),
        blank=True,
        related_name="actions",
        help_text=_("The offices that receive messages; readers see those of their country."),
    )
    subject = models.CharField(
        _("subject"),
        max_length=200,
        help_text=_("The suggested subject. {country} becomes the reader's country."),
    )
    letter = models.TextField(
        _("letter"),
        help_text=_(
            "The suggested letter, in plain text; readers can change it. {name} becomes the "
            "sender's name and {country} their country."
        ),
    )
    thank_you_message = RichTextField(
        _("thank-you message"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown once the message is sent, or once the email program was opened."),
    )
    per_target_hourly_cap = models.PositiveIntegerField(
        _("messages per office per hour"),
        default=30,
        help_text=_("At most this many messages reach one office in an hour (portal sending)."),
    )
    per_sender_hourly_cap = models.PositiveIntegerField(
        _("messages per sender per hour"),
        default=3,
        help_text=_("At most this many messages from one email address in an hour."),
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("mode"), FieldPanel("targets")],
            heading=_("Recipients"),
        ),
        MultiFieldPanel(
            [FieldPanel("subject"), FieldPanel("letter")],
            heading=_("Suggested message"),
        ),
        FieldPanel("thank_you_message"),
        FieldRowPanel(
            [FieldPanel("per_target_hourly_cap"), FieldPanel("per_sender_hourly_cap")],
            heading=_("Limits"),
        ),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("subject"),
    ]
    api_fields = PortalPage.api_fields + [
        APIField("mode"),
        APIField("subject"),
        APIField("letter"),
        APIField("message_count"),
    ]
    # The words are translated; who receives the messages and how they are sent are shared.
    override_translatable_fields = [
        SynchronizedField("mode", overridable=False),
        SynchronizedField("targets", overridable=False),
        SynchronizedField("per_target_hourly_cap", overridable=False),
        SynchronizedField("per_sender_hourly_cap", overridable=False),
    ]

    parent_page_types = ["campaigns.CampaignPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("action page")
        verbose_name_plural = _("action pages")

    # --- Shared rules ----------------------------------------------------------------------------

    @cached_property
    def rules(self):
        """The source action, whose mode, targets and caps every language version obeys (this
        page itself when it is the source)."""
        return source_version(self)

    @property
    def rules_view(self):
        """This action as its form sees it: the source's rules, this page's identity."""
        return RulesView(self, SHARED_RULES)

    # --- Counts ----------------------------------------------------------------------------------

    def message_counts(self):
        """{country code: messages sent or opened}, for every language version together."""
        from .. import actions

        return actions.counts_by_country(self.translation_key)

    @property
    def message_count(self):
        return sum(self.message_counts().values())

    # --- URLs ------------------------------------------------------------------------------------

    @property
    def write_url(self):
        return self.subpage_url("write")

    def subpage_url(self, name, request=None, **kwargs):
        return self.get_url(request) + self.reverse_subpage(name, kwargs=kwargs).lstrip("/")

    def full_subpage_url(self, name, request=None, **kwargs):
        return self.get_full_url(request) + self.reverse_subpage(name, kwargs=kwargs).lstrip("/")

    # --- Rendering -------------------------------------------------------------------------------

    def chosen_country(self, request):
        code = (request.GET.get("country") or request.POST.get("country") or "").strip().upper()
        return code if code and code in countries else ""

    def get_context(self, request, *args, **kwargs):
        from .. import actions

        context = super().get_context(request, *args, **kwargs)
        prepare_stream(self.body)
        names = dict(countries)  # in the reader's language
        all_targets = [target for target in self.rules.targets.all() if target.active]
        country = self.chosen_country(request)
        counts = self.message_counts()
        with_targets = sorted({target.country.code for target in all_targets}, key=names.get)
        context.update(
            {
                "country": country,
                "country_name": names.get(country, ""),
                "countries_with_targets": [(code, names[code]) for code in with_targets],
                "all_countries": list(countries),
                "counts": sorted(
                    ((names.get(code, code), n) for code, n in counts.items() if code),
                    key=lambda item: -item[1],
                ),
                "total_count": sum(counts.values()),
            }
        )
        if country:
            targets = [target for target in all_targets if target.country.code == country]
            context["targets"] = targets
            context["target_languages"] = actions.other_language_versions(self, targets, country)
            context.setdefault("form", actions.blank_form(self, country) if targets else None)
        return context

    def respond(self, request, template=None, status=200, **extra):
        context = self.get_context(request)
        context.update(extra)
        return TemplateResponse(
            request, template or self.get_template(request), context, status=status
        )

    # --- Routes ----------------------------------------------------------------------------------

    @path("write/", name="write")
    @csrf_exempt  # the form sits in cacheable HTML; see campaigns/urls.py
    def write_route(self, request):
        from .. import actions

        if request.method != "POST":
            return HttpResponseRedirect(self.get_url(request))
        result = actions.submit(self, request)
        Outcome = actions.Outcome
        if result.outcome is Outcome.CONFIRMATION_SENT:
            return HttpResponseRedirect(self.subpage_url("check_email", request), status=303)
        if result.outcome is Outcome.MAILTO_READY:
            response = self.respond(request, "campaigns/action_mailto.html", message=result.message)
        elif result.outcome is Outcome.RATE_LIMITED:
            response = self.respond(
                request,
                "campaigns/rate_limited.html",
                status=429,
                retry_minutes=max(1, -(-result.retry_after // 60)),
            )
            response["Retry-After"] = str(result.retry_after)
        elif result.outcome is Outcome.NO_TARGETS:
            response = self.respond(request, status=400)
        else:
            response = self.respond(request, form=result.form, status=400)
        patch_cache_control(response, private=True, no_store=True)
        return response

    @path("check-email/", name="check_email")
    def check_email_route(self, request):
        return self.respond(request, "campaigns/action_check_email.html")

    @path("confirm/<str:token>/", name="confirm")
    @csrf_exempt  # the token in the URL is the secret; see campaigns/urls.py
    def confirm_route(self, request, token):
        from .. import actions

        if request.method == "POST":
            result = actions.confirm_and_send(self, token)
            status = {
                actions.Outcome.QUEUED: 200,
                actions.Outcome.CAPPED: 429,
                actions.Outcome.NOT_FOUND: 404,
            }[result.outcome]
            response = self.respond(
                request, "campaigns/action_sent.html", status=status, result=result
            )
        else:
            message = actions.find_pending(self, token)
            response = self.respond(
                request,
                "campaigns/action_confirm.html",
                status=200 if message else 404,
                message=message,
                token=token,
            )
        patch_cache_control(response, private=True, no_store=True)
        response["Referrer-Policy"] = "no-referrer"
        return response


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
        choices=ActionPage.Mode.choices,
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
