"""Petitions: a letter, demands and a form, signed in any language and counted once."""

from django.core.validators import MinValueValidator
from django.db import models
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from campaigns.blocks import RICH_TEXT_FEATURES
from campaigns.routes import PublicFormPageMixin
from campaigns.rules import CampaignStatus, RulesView, attach_sources, source_version
from portal.localized import localize_pages
from portal.pages import PortalPage

from . import signatures
from .forms import PetitionForm
from .numbers import (
    count_bucket,
    count_payload,
    format_count,
    next_goal,
    progress_percent,
)
from .panels import EmbedPanel

# The fields every language version takes from the source petition (see models/rules.py).
SHARED_RULES = ("goal", "end_date", "country_field", "require_confirmation", "campaign_status")


class PetitionPage(PublicFormPageMixin, PortalPage):
    """A petition: who it is addressed to, the letter, the demands, and the signature form.

    The petition and its translations share one translation key, to which signatures belong:
    every language shows the same count and progress towards the same goal.
    """

    page_description = _(
        "A petition readers sign, with its goal, end date and live count, shared by every language."
    )

    class CountryChoice(models.TextChoices):
        REQUIRED = "required", _("Shown and required")
        OPTIONAL = "optional", _("Shown, optional")
        HIDDEN = "hidden", _("Not asked")

    target = models.CharField(
        _("addressed to"),
        max_length=255,
        help_text=_("Who the petition speaks to, for example 'To the ITU and its member states'."),
    )
    letter = RichTextField(
        _("letter"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The text people put their name to."),
    )
    demands = StreamField(
        [
            (
                "demand",
                blocks.CharBlock(
                    label=_("demand"),
                    max_length=300,
                    help_text=_("One demand, as a short sentence."),
                ),
            )
        ],
        verbose_name=_("demands"),
        blank=True,
        help_text=_("What the petition asks for, one item per demand, shown as a list."),
    )
    goal = models.PositiveIntegerField(
        _("goal"),
        default=1000,
        validators=[MinValueValidator(1)],
        help_text=_(
            "The number of signatures to reach. Once passed, the page shows the next step: "
            "250, 500, 1 000, 2 500, 5 000, 10 000 and so on."
        ),
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_(
            "The last day signatures are taken. Leave empty to keep it open while the campaign is "
            "active."
        ),
    )
    thank_you_message = RichTextField(
        _("thank-you message"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown after signing, above the share links."),
    )
    share_text = models.CharField(
        _("share text"),
        max_length=240,
        blank=True,
        help_text=_(
            "The message suggested when people share the petition; the link is added after it. "
            "Defaults to the title."
        ),
    )
    privacy_notice = RichTextField(
        _("privacy notice override"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "A few sentences about how this petition's signatures are used, shown next to the "
            "form. Leave empty to show the site's standard sentence and link."
        ),
    )
    country_field = models.CharField(
        _("country field"),
        max_length=10,
        choices=CountryChoice.choices,
        default=CountryChoice.REQUIRED,
        help_text=_("Whether the form asks for the signer's country."),
    )
    require_confirmation = models.BooleanField(
        _("require email confirmation"),
        default=False,
        help_text=_(
            "Signatures count only once the signer clicks a link sent to their address. Slower "
            "to grow, but every signature is a real mailbox."
        ),
    )
    next_action = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("next action"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page suggested after signing, for example a write-to-your-government action."
        ),
    )
    next_action_label = models.CharField(
        _("next action label"),
        max_length=80,
        blank=True,
        help_text=_(
            "The text of the link to the next action, for example 'Now write to your minister'."
        ),
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("target"),
        FieldPanel("letter"),
        FieldPanel("demands"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("goal"), FieldPanel("end_date")]),
                FieldPanel("country_field"),
                FieldPanel("require_confirmation"),
                FieldPanel("privacy_notice"),
            ],
            heading=_("Signatures"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("thank_you_message"),
                FieldPanel("share_text"),
                FieldPanel("next_action"),
                FieldPanel("next_action_label"),
            ],
            heading=_("After signing"),
        ),
        EmbedPanel(heading=_("Embed this petition")),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("target"),
        index.SearchField("letter"),
        index.SearchField("demands"),
        index.FilterField("end_date"),
    ]
    # Counts only: signatures themselves are never in the API.
    api_fields = PortalPage.api_fields + [
        APIField("target"),
        APIField("letter"),
        APIField("demands"),
        APIField("end_date"),
        APIField("signature_count"),
        APIField("signature_goal"),
        APIField("signature_next_goal"),
        APIField("is_closed"),
    ]
    # Every language version takes signatures under the same rules and towards the same goal.
    override_translatable_fields = [
        SynchronizedField("goal", overridable=False),
        SynchronizedField("end_date", overridable=False),
        SynchronizedField("country_field", overridable=False),
        SynchronizedField("require_confirmation", overridable=False),
        SynchronizedField("next_action"),
    ]

    parent_page_types = ["campaigns.CampaignPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("petition page")
        verbose_name_plural = _("petition pages")

    # --- Counts and state ------------------------------------------------------------------------

    @classmethod
    def prepare(cls, petitions, campaign=None):
        """Fetch counts, sources and campaign statuses for many petitions at once (four queries at
        most, whatever their number or languages), so lists and embedded petitions do not cost
        a query each."""
        petitions = [petition for petition in petitions if petition is not None]
        if not petitions:
            return petitions
        counts = signatures.signature_counts([p.translation_key for p in petitions])
        attach_sources(petitions)
        # Every language version obeys its source's campaign status (models/rules.py), so the
        # statuses of the sources' campaigns are fetched in the same query.
        pages = {id(p): p for p in petitions} | {id(p.rules): p.rules for p in petitions}
        parent_paths = {page.path[: -cls.steplen] for page in pages.values()}
        if campaign is not None and parent_paths == {campaign.path}:
            statuses = {campaign.path: campaign.status}
        else:
            campaigns = cls.campaign_model().objects.filter(path__in=parent_paths)
            statuses = dict(campaigns.values_list("path", "status"))
        for petition in petitions:
            petition.__dict__["signature_count"] = counts[str(petition.translation_key)]
        for page in pages.values():
            page.__dict__["campaign_status"] = statuses.get(page.path[: -cls.steplen])
        return petitions

    @cached_property
    def rules(self):
        """The source petition, whose goal, end date, confirmation, country field and campaign
        status every language version obeys (this page itself when it is the source)."""
        return source_version(self)

    @property
    def rules_view(self):
        """This petition as its form sees it: the source's rules, this page's identity."""
        return RulesView(self, SHARED_RULES)

    @cached_property
    def signature_count(self):
        return signatures.signature_count(self.translation_key)

    @property
    def signature_goal(self):
        return self.rules.goal

    @property
    def signature_next_goal(self):
        """The goal shown to readers: the editor's goal, then the next step of the ladder."""
        return next_goal(self.signature_count, self.rules.goal)

    @property
    def progress(self):
        return progress_percent(self.signature_count, self.signature_next_goal)

    @classmethod
    def campaign_model(cls):
        """The campaign page type, as the tree rules name it: a petition's campaign is its parent.

        Taken from parent_page_types rather than imported, since the campaign page module lists
        its petitions and so imports this one.
        """
        (model,) = cls.allowed_parent_page_models()
        return model

    @cached_property
    def campaign_status(self):
        return (
            self.campaign_model()
            .objects.filter(path=self.path[: -self.steplen])
            .values_list("status", flat=True)
            .first()
        )

    @property
    def is_closed(self):
        rules = self.rules
        if rules.end_date is not None and rules.end_date < timezone.localdate():
            return True
        return rules.campaign_status not in (None, CampaignStatus.ACTIVE)

    def count_data(self):
        """What count.json says (see count_payload)."""
        return count_payload(self.signature_count, self.rules.goal, self.is_closed)

    def get_share_card_note(self):
        """The line under the title on the generated share card (portal/share_card.py): the
        count, in steps (numbers.count_bucket), so that the card is redrawn now and then
        rather than at every signature."""
        count = count_bucket(self.signature_count)
        return ngettext("%(count)s signature", "%(count)s signatures", count) % {
            "count": format_count(count)
        }

    # --- URLs ------------------------------------------------------------------------------------

    @property
    def count_url(self):
        # Served by campaigns/urls.py: Wagtail's routing cannot serve a path with a dot.
        return self.url + "count.json"

    @property
    def sign_url(self):
        return self.subpage_url("sign")

    # --- Rendering -------------------------------------------------------------------------------

    def blank_form(self, from_page=None):
        """The form as every visitor gets it: nothing personal, so the page stays cacheable."""
        return PetitionForm(petition=self.rules_view, initial={"from_page": (from_page or self).pk})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", None if self.is_closed else self.blank_form())
        for key, value in self.share_context(request).items():
            context.setdefault(key, value)
        return context

    def after_signing_context(self, request):
        next_action = None
        if self.next_action_id:
            next_action = self.next_action
            next_action = localize_pages([next_action]).get(next_action.id, next_action)
        return {"next_action": next_action, **self.share_context(request)}

    # --- Routes ----------------------------------------------------------------------------------

    @path("sign/", name="sign")
    @csrf_exempt  # see campaigns/urls.py: the form sits in cacheable HTML, so it carries no token
    def sign_route(self, request):
        if request.method != "POST":
            return HttpResponseRedirect(self.get_url(request))
        result = signatures.sign(self, request)
        if result.thanked:
            return HttpResponseRedirect(self.subpage_url("thanks", request), status=303)
        if result.outcome is signatures.Outcome.CLOSED:
            response = self.respond(request, "campaigns/petition_closed.html", status=403)
        elif result.outcome is signatures.Outcome.RATE_LIMITED:
            response = self.rate_limited(request, result.retry_after)
        else:
            response = self.respond(request, form=result.form, status=400)
        return self.private(response)

    @path("thanks/", name="thanks")
    def thanks_route(self, request):
        # The same page for everybody (new signer, repeat signer, robot): cacheable too.
        return self.respond(
            request, "campaigns/petition_thanks.html", **self.after_signing_context(request)
        )

    @path("confirm/<str:token>/", name="confirm")
    @csrf_exempt  # the token in the URL is the secret; see campaigns/urls.py
    def confirm_route(self, request, token):
        # A click on the emailed link shows a button; only the POST confirms, so that mail
        # scanners that follow links do not confirm in the reader's place.
        if request.method == "POST":
            signature = signatures.confirm(self, token)
            template = "campaigns/petition_confirmed.html"
            extra = self.after_signing_context(request)
        else:
            signature = signatures.find_unconfirmed(self, token)
            template = "campaigns/petition_confirm.html"
            extra = {"token": token}
        response = self.respond(
            request, template, status=200 if signature else 404, found=bool(signature), **extra
        )
        return self.private(response, token_in_url=True)
