"""ActionPage: write to your government. The messages and letters are in models.py."""

from django.db import models
from django.http import HttpResponseRedirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django_countries import countries
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from campaigns.blocks import RICH_TEXT_FEATURES, CampaignBodyBlock, prepare_stream
from campaigns.routes import PublicFormPageMixin
from campaigns.rules import RulesView, source_version
from portal.countries import country_options
from portal.pages import PortalPage
from portal.text import sort_key

from . import services
from .models import SendingMode

# The fields every language version takes from the source action (see models/rules.py).
SHARED_RULES = ("mode", "targets", "per_target_hourly_cap", "per_sender_hourly_cap")


class ActionPage(PublicFormPageMixin, PortalPage):
    """Write to your government: readers pick their country, see who will receive the message,
    and send a letter the editor drafted, in their language and in their own words."""

    page_description = _(
        "Write to your government: readers choose their country and send a letter to its officials."
    )

    Mode = SendingMode

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
        return services.counts_by_country(self.translation_key)

    @property
    def message_count(self):
        return sum(self.message_counts().values())

    # --- URLs ------------------------------------------------------------------------------------

    @property
    def write_url(self):
        return self.subpage_url("write")

    # --- Rendering -------------------------------------------------------------------------------

    def chosen_country(self, request):
        code = (request.GET.get("country") or request.POST.get("country") or "").strip().upper()
        return code if code and code in countries else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prepare_stream(self.body)
        names = dict(countries)  # in the reader's language
        all_targets = [target for target in self.rules.targets.all() if target.active]
        country = self.chosen_country(request)
        counts = self.message_counts()
        with_targets = sorted(
            {target.country.code for target in all_targets}, key=lambda code: sort_key(names[code])
        )
        context.update(
            {
                "country": country,
                "country_name": names.get(country, ""),
                "countries_with_targets": [(code, names[code]) for code in with_targets],
                # Selected in "All countries" only when no contact stands for it (then the
                # "Countries with contacts" group holds the selected option).
                "all_country_options": country_options("" if country in with_targets else country),
                "counts": sorted(
                    ((names.get(code, code), n) for code, n in counts.items() if code),
                    key=lambda item: (-item[1], sort_key(item[0])),
                ),
                "total_count": sum(counts.values()),
            }
        )
        for key, value in self.share_context(request).items():
            context.setdefault(key, value)
        if country:
            targets = [target for target in all_targets if target.country.code == country]
            context["targets"] = targets
            context["target_languages"] = services.other_language_versions(self, targets, country)
            context.setdefault("form", services.blank_form(self, country) if targets else None)
        return context

    # --- Routes ----------------------------------------------------------------------------------

    @path("write/", name="write")
    @csrf_exempt  # the form sits in cacheable HTML; see campaigns/urls.py
    def write_route(self, request):
        if request.method != "POST":
            return HttpResponseRedirect(self.get_url(request))
        result = services.submit(self, request)
        Outcome = services.Outcome
        if result.outcome is Outcome.CONFIRMATION_SENT:
            return HttpResponseRedirect(self.subpage_url("check_email", request), status=303)
        if result.outcome is Outcome.MAILTO_READY:
            response = self.respond(request, "campaigns/action_mailto.html", message=result.message)
        elif result.outcome is Outcome.RATE_LIMITED:
            response = self.rate_limited(request, result.retry_after)
        elif result.outcome is Outcome.NO_TARGETS:
            response = self.respond(request, status=400)
        else:
            response = self.respond(request, form=result.form, status=400)
        return self.private(response)

    @path("check-email/", name="check_email")
    def check_email_route(self, request):
        return self.respond(request, "campaigns/action_check_email.html")

    @path("confirm/<str:token>/", name="confirm")
    @csrf_exempt  # the token in the URL is the secret; see campaigns/urls.py
    def confirm_route(self, request, token):
        if request.method == "POST":
            result = services.confirm_and_send(self, token)
            status = {
                services.Outcome.QUEUED: 200,
                services.Outcome.CAPPED: 429,
                services.Outcome.NOT_FOUND: 404,
            }[result.outcome]
            response = self.respond(
                request, "campaigns/action_sent.html", status=status, result=result
            )
        else:
            message = services.find_pending(self, token)
            response = self.respond(
                request,
                "campaigns/action_confirm.html",
                status=200 if message else 404,
                message=message,
                token=token,
            )
        return self.private(response, token_in_url=True)
