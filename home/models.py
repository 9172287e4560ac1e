from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.pages import PortalPage

from .newsletter.models import Subscriber  # noqa: F401  (a model of the home app)
from .slots import filled_slots


class HomePage(PortalPage):
    """The front page of one language: a hero, items editors feature, and the latest activity."""

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=150,
        blank=True,
        help_text=_("The big sentence at the top of the page. Defaults to the page title."),
    )
    hero_text = models.TextField(
        _("hero text"), blank=True, help_text=_("A short paragraph under the hero heading.")
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the hero button leads to, usually the main campaign."),
    )
    hero_link_label = models.CharField(
        _("hero button label"),
        max_length=60,
        blank=True,
        help_text=_("Text of the hero button, for example 'Sign the petition'."),
    )

    content_panels = PortalPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Hero"),
        ),
        InlinePanel("featured_items", heading=_("Featured"), label=_("Featured item")),
    ]
    api_fields = PortalPage.api_fields + [
        APIField("hero_heading"),
        APIField("hero_text"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = self.featured_pages()
        context["slots"] = filled_slots(self, request)
        return context

    def featured_pages(self):
        """The featured pages that are live, in the editors' order, with their own label if set."""
        items = list(self.featured_items.filter(page__live=True).order_by("sort_order"))
        # One query per page type, however many items there are.
        pages = Page.objects.filter(id__in=[item.page_id for item in items]).specific()
        by_id = {page.id: page for page in pages}
        return [(item, by_id[item.page_id]) for item in items if item.page_id in by_id]


class FeaturedItem(Orderable):
    home_page = ParentalKey(HomePage, related_name="featured_items", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A campaign, petition or any page to put on the front page."),
    )
    label = models.CharField(
        _("label"),
        max_length=120,
        blank=True,
        help_text=_("Optional text to show instead of the page's title."),
    )

    panels = [FieldPanel("page"), FieldPanel("label")]


class StandardPage(PortalPage):
    """A plain page of text: about us, how we work, contact."""

    page_description = _("A plain page of text, such as 'About us'.")

    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ul", "ol", "blockquote"],
        help_text=_("The text of the page."),
    )

    content_panels = PortalPage.content_panels + [FieldPanel("body")]
    search_fields = PortalPage.search_fields + [index.SearchField("body")]
    api_fields = PortalPage.api_fields + [APIField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
