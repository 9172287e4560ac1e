"""Who receives the messages of write-to-your-government actions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Target(index.Indexed, models.Model):
    """A public office that receives messages: a ministry, a regulator, a national contact point.

    A plain snippet, not a translatable one: a target is one real mailbox, with one official
    name and one working language. Translating it would make one office into seven records, and
    the hourly cap per target and the counts per target would have to be summed across copies.
    What readers need in their language (the letter, the explanations) lives on the ActionPage,
    which is translated.
    """

    country = CountryField(_("country"), help_text=_("The country this office speaks for."))
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("The office's official name, for example 'Ministry of Digital Affairs'."),
    )
    role = models.CharField(
        _("role"),
        max_length=200,
        blank=True,
        help_text=_(
            "Why it is the right recipient, for example 'National contact point for the ITU'."
        ),
    )
    email = models.EmailField(
        _("public email"),
        help_text=_("A public address of the office. Never a private person's address."),
    )
    language = models.CharField(
        _("language of the message"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the office reads; readers are offered the letter in it."),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Untick to stop sending to this office without deleting its history."),
    )

    panels = [
        FieldPanel("country"),
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("email"),
        FieldPanel("language"),
        FieldPanel("active"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
    ]

    class Meta:
        # Not by country: modelcluster sorts in Python, and Country objects do not compare.
        ordering = ["name"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self):
        return f"{self.name} ({self.country.code})"
