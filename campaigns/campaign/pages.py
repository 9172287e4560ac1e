"""Campaign pages, and topic overview pages (which are campaign pages too)."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from campaigns.actions.pages import ActionPage
from campaigns.blocks import CampaignBodyBlock, prepare_stream
from campaigns.briefs.pages import OutcomeBriefPage
from campaigns.petitions.pages import PetitionPage
from campaigns.rules import CampaignStatus
from portal.localized import localize_pages
from portal.pages import PortalPage
from portal.serializers import TopicSerializer


class CampaignPage(PortalPage):
    """A campaign: what is at stake, what we ask for, and the tools to act (its petitions and
    actions are its children). A topic overview such as "Internet governance" is one too."""

    page_description = _(
        "A campaign: its story, status and topics; petitions, actions, calendars, briefs and "
        "libraries go under it."
    )

    Status = CampaignStatus

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide picture shown at the top of the page and on cards."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.ACTIVE,
        help_text=_(
            "Only active campaigns take signatures: any other status closes the petitions "
            "under this campaign."
        ),
    )
    topics = ParentalManyToManyField(
        "portal.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="campaigns",
        help_text=_("The subjects this campaign is about."),
    )
    update_banner_text = models.CharField(
        _("update banner"),
        max_length=200,
        blank=True,
        help_text=_(
            "A short news line shown above everything, for example 'The conference is over: "
            "read what happened'. Leave empty for no banner, or, when a brief is marked as "
            "this campaign's outcome, for a banner that names the brief."
        ),
    )
    update_banner_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("update banner link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page the banner leads to. Leave empty to lead to the brief marked as this "
            "campaign's outcome, when there is one."
        ),
    )
    body = StreamField(
        CampaignBodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The campaign's story: text, pictures, quotes, petitions, press and videos."),
    )

    content_panels = PortalPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("hero_image"),
            ],
            heading=_("Campaign"),
        ),
        MultiFieldPanel(
            [FieldPanel("update_banner_text"), FieldPanel("update_banner_page")],
            heading=_("Update banner"),
        ),
        FieldPanel("body"),
        InlinePanel(
            "related_campaigns",
            heading=_("Related campaigns"),
            label=_("Related campaign"),
            help_text=_("Other campaigns to suggest at the end of this one."),
        ),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("body"),
        index.FilterField("status"),
    ]
    api_fields = PortalPage.api_fields + [
        APIField("status"),
        APIField("topics", serializer=TopicSerializer(many=True)),
        APIField("hero_image"),
        APIField("update_banner_text"),
        APIField("update_banner_page"),
        APIField("body"),
    ]
    # Translations share the campaign's state and taxonomy; only the words are translated.
    override_translatable_fields = [
        SynchronizedField("status", overridable=False),
        SynchronizedField("topics", overridable=False),
        SynchronizedField("hero_image"),
        SynchronizedField("update_banner_page"),
    ]

    parent_page_types = ["home.HomePage", "campaigns.CampaignPage"]
    subpage_types = [
        "campaigns.CampaignPage",
        "campaigns.PetitionPage",
        "campaigns.ActionPage",
        "campaigns.ResourceLibraryPage",
    ]

    class Meta:
        verbose_name = _("campaign page")
        verbose_name_plural = _("campaign pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prepare_stream(self.body)
        # Petitions and actions under this campaign, with their counts, in three queries.
        children = list(self.get_children().live().specific().order_by("path"))
        petitions = [page for page in children if isinstance(page, PetitionPage)]
        PetitionPage.prepare(petitions, campaign=self)
        context["petitions"] = petitions
        context["actions"] = [page for page in children if isinstance(page, ActionPage)]
        context["subcampaigns"] = [page for page in children if isinstance(page, CampaignPage)]
        context["related_campaigns"] = self.localized_related_campaigns()
        banner_page = self.update_banner_page or self.outcome_brief()
        context["update_banner_page"] = (
            localize_pages([banner_page]).get(banner_page.id) if banner_page else None
        )
        return context

    def get_share_image(self):
        """The picture of link previews (portal_tags.share_meta): the hero image."""
        return self.hero_image

    def outcome_brief(self):
        """The newest live brief marked as this campaign's outcome (chosen in any language)."""
        return (
            OutcomeBriefPage.objects.live()
            .filter(
                is_campaign_outcome=True,
                related_campaign__translation_key=self.translation_key,
            )
            .order_by("-publication_date", "locale_id")
            .first()
        )

    def localized_related_campaigns(self):
        items = list(self.related_campaigns.select_related("campaign").order_by("sort_order"))
        campaigns = [item.campaign for item in items if item.campaign.live]
        localized = localize_pages(campaigns, model=CampaignPage)
        return [localized[campaign.id] for campaign in campaigns]


class RelatedCampaign(Orderable):
    page = ParentalKey(CampaignPage, related_name="related_campaigns", on_delete=models.CASCADE)
    campaign = models.ForeignKey(
        CampaignPage,
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A campaign to suggest; readers get it in their language when it exists."),
    )

    panels = [FieldPanel("campaign")]

    class Meta(Orderable.Meta):
        verbose_name = _("related campaign")
        verbose_name_plural = _("related campaigns")
