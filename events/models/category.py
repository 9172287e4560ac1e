"""Event categories: reference data translated with django-modeltranslation, like portal.Topic."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from portal.models import per_language_panels


class EventCategory(index.Indexed, models.Model):
    """A kind of meeting, such as "UN meetings" or "Regional preparatory meetings"."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("The category's name, as readers see it.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_(
            "Used in filter and feed URLs, for example ?category=un-meetings. Never translated."
        ),
    )

    panels = [FieldPanel("slug"), per_language_panels("name", _("Name"))]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")

    def __str__(self):
        return self.name
