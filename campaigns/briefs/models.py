"""Authors of outcome briefs: a translatable snippet (a role reads differently in each language)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Author(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(
        pgettext_lazy("a person's", "name"),
        max_length=150,
        help_text=_("As it should appear under a brief. Translators may transliterate it."),
    )
    role = models.CharField(
        _("role"),
        max_length=200,
        blank=True,
        help_text=_("For example 'Policy director'."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait, shown small next to the name."),
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("photo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [SynchronizedField("photo")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @classmethod
    def localize(cls, authors, locale_id):
        """Each author in the given locale when translated, else as it is: one query for all."""
        authors = list(authors)
        if not authors:
            return []
        local = {
            author.translation_key: author
            for author in cls.objects.filter(
                translation_key__in={author.translation_key for author in authors},
                locale_id=locale_id,
            ).select_related("photo")
        }
        return [local.get(author.translation_key, author) for author in authors]
