"""Outcome briefs (what happened, and what it means) and the index page that lists them.

Briefs live under a BriefIndexPage ("Analysis"), newest first, rather than under their campaign:
a brief often covers several campaigns or none, editors look for "the briefs" in one place, and
the campaign link is a field (`related_campaign`). Marking a brief as the campaign's outcome
makes the campaign's update banner point to it, in the reader's language.
"""

import datetime

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from campaigns.blocks import prepare_stream
from portal.feeds import FEED_LENGTH, FEED_ROUTE, PageFeed, page_feed_url
from portal.localized import localize_page
from portal.pages import PortalPage
from portal.serializers import TopicSerializer

from .blocks import BriefBodyBlock
from .jsonld import brief_json_ld
from .models import Author

BRIEFS_PER_PAGE = 12


class BriefIndexPage(RoutablePageMixin, PortalPage):
    """Lists its outcome briefs, newest first; `feed.atom` is the same list as an Atom feed."""

    page_description = _("The list of outcome briefs, with their feed.")

    content_panels = PortalPage.content_panels
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["campaigns.OutcomeBriefPage"]

    class Meta:
        verbose_name = _("brief index")
        verbose_name_plural = _("brief indexes")

    @path("feed.atom/", name="feed")
    def feed_view(self, request):
        return BriefFeed(self)(request)

    def get_cached_paths(self):
        # Publishing a brief purges its parent (portal/cache.py): the feed goes with it.
        return [*super().get_cached_paths(), "/" + FEED_ROUTE]

    def briefs(self):
        return (
            OutcomeBriefPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-publication_date", "-first_published_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.briefs(), BRIEFS_PER_PAGE)
        # A bad or too large page number shows the first or the last page, never an error.
        page = paginator.get_page(request.GET.get("page"))
        briefs = list(page.object_list)
        OutcomeBriefPage.prepare(briefs)
        context.update(page_obj=page, briefs=briefs, atom_url=page_feed_url(self, request))
        return context


class BriefFeed(PageFeed):
    """The briefs of an index, newest first, in the index's language."""

    def items(self, page):
        briefs = self.real_pages(OutcomeBriefPage.objects.child_of(page)).order_by(
            "-publication_date", "-first_published_at"
        )
        return OutcomeBriefPage.prepare(list(briefs.select_related("locale")[:FEED_LENGTH]))

    def item_author_name(self, item):
        return ", ".join(item.author_names) or None

    def item_pubdate(self, item):
        # The brief's own date (time of first publication that day), not when it went online.
        published = item.first_published_at
        if published is None or published.date() == item.publication_date:
            return published
        return datetime.datetime.combine(
            item.publication_date, datetime.time(), tzinfo=datetime.UTC
        )


class OutcomeBriefPage(PortalPage):
    page_description = _(
        "An outcome brief: what a meeting decided, the good, the bad and the ugly, and who took "
        "which position, with a map."
    )

    publication_date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("Shown on the brief; lists put the newest briefs first."),
    )
    topics = ParentalManyToManyField(
        "portal.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="briefs",
        help_text=_("The subjects this brief is about."),
    )
    related_campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("related campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The campaign this brief reports on; readers get a link to it."),
    )
    is_campaign_outcome = models.BooleanField(
        _("this brief is the campaign's outcome"),
        default=False,
        help_text=_(
            "Tick to make the related campaign's update banner point to this brief, in each "
            "reader's language. The campaign's own banner link, if set, takes precedence."
        ),
    )
    body = StreamField(
        BriefBodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_(
            "The analysis: text, assessments (the good, the bad, the ugly), country positions "
            "with a map, and the shared blocks."
        ),
    )

    content_panels = PortalPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("publication_date"),
                InlinePanel("brief_authors", label=_("Author"), heading=_("Authors")),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Brief"),
        ),
        MultiFieldPanel(
            [FieldPanel("related_campaign"), FieldPanel("is_campaign_outcome")],
            heading=_("Campaign"),
        ),
        FieldPanel("body"),
        InlinePanel(
            "sources",
            heading=_("Sources"),
            label=_("Source"),
            help_text=_(
                "Numbered in this order. Refer to a source in the text with its number in "
                "brackets, like [1]: it becomes a link to the source."
            ),
        ),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]
    api_fields = PortalPage.api_fields + [
        APIField("publication_date"),
        APIField("author_names"),
        APIField("topics", serializer=TopicSerializer(many=True)),
        APIField("related_campaign"),
        APIField("is_campaign_outcome"),
        APIField("body"),
        APIField("sources"),
    ]
    override_translatable_fields = [
        SynchronizedField("publication_date", overridable=False),
        SynchronizedField("topics", overridable=False),
        SynchronizedField("related_campaign", overridable=False),
        SynchronizedField("is_campaign_outcome", overridable=False),
    ]

    parent_page_types = ["campaigns.BriefIndexPage"]
    subpage_types = []

    og_type = "article"  # read by the portal's share tags (portal_tags.share_meta)

    class Meta:
        verbose_name = _("outcome brief")
        verbose_name_plural = _("outcome briefs")

    @property
    def authors(self):
        """The authors in this page's language (see prepare)."""
        if not hasattr(self, "_authors"):
            OutcomeBriefPage.prepare([self])
        return self._authors

    @property
    def author_names(self):
        return [author.name for author in self.authors]

    def search_result_date(self):
        return self.publication_date

    def get_share_properties(self):
        """Open Graph article properties (portal_tags.share_meta): the date and the authors."""
        yield "article:published_time", self.publication_date.isoformat()
        for name in self.author_names:
            yield "article:author", name

    @staticmethod
    def prepare(briefs):
        """Give each brief its authors in its own language: two queries for any number of briefs."""
        if not briefs:
            return briefs
        links = BriefAuthor.objects.filter(page__in=[brief.pk for brief in briefs]).select_related(
            "author"
        )
        by_page = {}
        for link in links.order_by("sort_order", "pk"):
            by_page.setdefault(link.page_id, []).append(link.author)
        locale_ids = {brief.locale_id for brief in briefs}
        localized = {}
        for locale_id in locale_ids:
            authors = [a for b in briefs if b.locale_id == locale_id for a in by_page.get(b.pk, [])]
            for source, local in zip(authors, Author.localize(authors, locale_id), strict=True):
                localized[(locale_id, source.pk)] = local
        for brief in briefs:
            brief._authors = [
                localized[(brief.locale_id, author.pk)] for author in by_page.get(brief.pk, [])
            ]
        return briefs

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prepare_stream(self.body)
        OutcomeBriefPage.prepare([self])
        context["sources"] = list(self.sources.all())
        context["json_ld"] = brief_json_ld(self, request)
        campaign = self.related_campaign
        context["campaign"] = localize_page(campaign, model=type(campaign)) if campaign else None
        return context


class BriefAuthor(Orderable):
    page = ParentalKey(OutcomeBriefPage, related_name="brief_authors", on_delete=models.CASCADE)
    author = models.ForeignKey(
        "campaigns.Author",
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Readers see the author's translation in their language when there is one."),
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("brief author")
        verbose_name_plural = _("brief authors")


class BriefSource(Orderable):
    page = ParentalKey(OutcomeBriefPage, related_name="sources", on_delete=models.CASCADE)
    title = models.CharField(
        _("title"), max_length=300, help_text=_("The title of the document or article cited.")
    )
    publisher = models.CharField(
        _("publisher"),
        max_length=200,
        blank=True,
        help_text=_("Who published it, for example 'ITU' or 'The Guardian'."),
    )
    date = models.DateField(_("date"), null=True, blank=True, help_text=_("When it came out."))
    url = models.URLField(_("link"), max_length=500, blank=True, help_text=_("Where to read it."))

    panels = [
        FieldPanel("title"),
        FieldPanel("publisher"),
        FieldPanel("date"),
        FieldPanel("url"),
    ]
    api_fields = [APIField("title"), APIField("publisher"), APIField("date"), APIField("url")]

    class Meta(Orderable.Meta):
        verbose_name = pgettext_lazy("cited in a brief", "source")
        verbose_name_plural = pgettext_lazy("cited in a brief", "sources")
