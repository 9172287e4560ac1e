"""Site-wide settings texts and the topic taxonomy.

Both are non-page reference data, so their texts are translated with django-modeltranslation
(one column per language, see translation.py), never with wagtail-localize.
"""

from copy import copy

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.search import index


def per_language_panels(field_name, heading):
    """One field per configured language, the source language first, grouped under a heading."""
    return MultiFieldPanel(
        [
            FieldPanel(build_localized_fieldname(field_name, code), heading=name)
            for code, name in settings.LANGUAGES
        ],
        heading=heading,
    )


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    """Texts shown on every page: header, footer, privacy notice, newsletter and donate links."""

    organisation_name = models.CharField(
        _("organisation name"),
        max_length=120,
        default="Open Internet Campaigns",
        help_text=_("Shown in the header of every page and in emails."),
    )
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("One or two sentences about the organisation, shown in the footer."),
    )
    privacy_notice = RichTextField(
        _("privacy notice"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ul", "ol"],
        help_text=_("The full privacy notice, linked from the footer and from every form."),
    )
    newsletter_cta = models.CharField(
        _("newsletter call to action"),
        max_length=200,
        blank=True,
        help_text=_("A short sentence above the newsletter form."),
    )
    donate_label = models.CharField(
        _("donate label"),
        max_length=60,
        blank=True,
        help_text=_("Text of the donate link, for example 'Donate'. Leave empty to hide it."),
    )
    donate_url = models.URLField(
        _("donate URL"),
        blank=True,
        help_text=_("Where the donate link goes; it may differ per language."),
    )

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    per_language_panels("organisation_name", _("Organisation name")),
                    per_language_panels("footer_text", _("Footer text")),
                ],
                heading=_("Header and footer"),
            ),
            ObjectList(
                [per_language_panels("privacy_notice", _("Privacy notice"))],
                heading=_("Privacy notice"),
            ),
            ObjectList(
                [
                    per_language_panels("newsletter_cta", _("Newsletter call to action")),
                    per_language_panels("donate_label", _("Donate label")),
                    per_language_panels("donate_url", _("Donate URL")),
                ],
                heading=_("Newsletter and donations"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    @classmethod
    def load(cls, request_or_site=None):
        """Wagtail's load, with a request's copy taken from the per-process frame memo
        (portal/chrome.py) instead of a query on every page; saving replaces the memo."""
        from portal.chrome import remembered

        attr_name = cls.get_cache_attr_name()
        if request_or_site is None or not hasattr(request_or_site, "META"):
            return super().load(request_or_site)
        if not hasattr(request_or_site, attr_name):
            # A copy: an admin form may change its own without touching what readers see.
            shared = remembered(request_or_site, ("site-settings",), cls._get_or_create)
            setattr(request_or_site, attr_name, copy(shared))
        return getattr(request_or_site, attr_name)


class Topic(index.Indexed, models.Model):
    """A subject the organisation campaigns on, such as "Internet governance"."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("The topic's name, as readers see it.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_(
            "Used in filter URLs, for example ?topic=internet-governance. Never translated."
        ),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One sentence that explains the topic.")
    )

    panels = [
        FieldPanel("slug"),
        per_language_panels("name", _("Name")),
        per_language_panels("description", _("Description")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class RateLimitCounter(models.Model):
    """One rate-limit counter or resend throttle, when the cache is not shared between processes.

    Local-memory caches are per process: with four gunicorn workers a limit of 20 an hour would
    let 80 through. portal/ratelimit.py then keeps its counters here instead (one row per scope
    and key, updated atomically), and prunes rows whose window has passed.
    """

    scope_key = models.CharField(max_length=255, unique=True)
    window = models.BigIntegerField()  # the window's start (a limit) or the last send (throttle)
    count = models.PositiveIntegerField(default=0)
    expires = models.BigIntegerField(db_index=True)  # Unix time after which the row means nothing

    def __str__(self):
        return self.scope_key


class CompleteTranslation(models.Model):
    """When a translation of a page was last published with every segment translated
    (wagtail-localize's progress), so that a page wagtail-localize made live for a translator
    who has just started is not shown as a translation (portal/progress.py says why)."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    completed_at = models.DateTimeField()

    def __str__(self):
        return f"{self.page_id} complete at {self.completed_at:%Y-%m-%d %H:%M}"


# The webhook models live with their delivery code; imported here so Django registers them.
from .webhooks.models import WebhookDelivery, WebhookEndpoint  # noqa: E402, F401
