"""Resource libraries and their resources.

Resources are pages (children of a ResourceLibraryPage), not snippets, because a page is
everything a resource has to be at once: translated with wagtail-localize like every other page
(with aliases in locales nobody has translated yet, and a translated letter that may even offer
its own translated file), found by the portal's search (which indexes pages per language, with the
text of the attached file), chosen in the campaigns' resource-list block with a page chooser, and
given an address of its own where a letter template can be read and copied inline.
"""

from django import forms
from django.conf import global_settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import get_language_info, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from campaigns.documents.models import DocumentText
from campaigns.documents.panels import DocumentTextPanel
from portal import languages
from portal.pages import PortalPage
from portal.serializers import TopicSerializer


def language_choices():
    """Every language Django knows (a resource may be in a language the site is not), the site's
    own first."""
    return languages.language_choices()


class LanguageListField(models.CharField):
    """A set of language codes, stored as ",en,fr," so that `__contains=",fr,"` finds a language
    on every database (SQLite has no JSON containment lookup)."""

    description = "A list of language codes"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("max_length", None)
        kwargs.pop("blank", None)
        kwargs.pop("default", None)
        return name, path, args, kwargs

    @staticmethod
    def parse(value):
        if value is None:
            return []
        if isinstance(value, (list, tuple)):
            return [code for code in value if code]
        return [code for code in value.split(",") if code]

    def from_db_value(self, value, expression, connection):
        return self.parse(value)

    def to_python(self, value):
        return self.parse(value)

    def get_prep_value(self, value):
        codes = self.parse(value)
        return f",{','.join(codes)}," if codes else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        known = {code for code, _name in global_settings.LANGUAGES}
        unknown = [code for code in self.parse(value) if code not in known]
        if unknown:
            raise ValidationError(
                _("Unknown language code: %(codes)s."), params={"codes": ", ".join(unknown)}
            )

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=language_choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.SelectMultiple(attrs={"size": 8}),
        )


class ResourcePage(PortalPage):
    """One resource: a file, a link or a press article, with what it is and who it is for."""

    page_description = _("One resource in a library: a file, a link or a press article.")

    class Kind(models.TextChoices):
        LETTER_TEMPLATE = "letter_template", _("Letter template")
        TALKING_POINTS = "talking_points", _("Talking points")
        CONTACT_DIRECTORY = "contact_directory", _("Contact directory")
        REPORT = "report", _("Report")
        PRESS_COVERAGE = "press_coverage", pgettext_lazy("resource kind", "Press coverage")
        EXTERNAL_LINK = "external_link", _("External link")
        OTHER = "other", _("Other")

    kind = models.CharField(
        _("kind"),
        max_length=30,
        choices=Kind.choices,
        default=Kind.OTHER,
        help_text=_("What sort of resource this is; readers filter the library by it."),
    )
    topics = ParentalManyToManyField(
        "portal.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="resources",
        help_text=_("The subjects this resource is about."),
    )
    languages = LanguageListField(
        _("languages of the resource"),
        help_text=_(
            "The language or languages the file or article itself is written in, which may "
            "differ from this page's language. Hold Ctrl (or Cmd) to choose several."
        ),
    )
    date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("When the resource was written or published."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The file to download. The text of PDF, Word, OpenDocument and plain-text files is "
            "read so that search finds words inside them."
        ),
    )
    external_url = models.URLField(
        _("link"),
        max_length=500,
        blank=True,
        help_text=_("The address of a resource kept elsewhere, or of the press article."),
    )
    outlet = models.CharField(
        _("outlet"),
        max_length=100,
        blank=True,
        help_text=_("For press coverage: the newspaper, broadcaster or site."),
    )
    headline = models.CharField(
        _("headline"),
        max_length=250,
        blank=True,
        help_text=_("For press coverage: the headline as published, in its original language."),
    )
    letter_text = models.TextField(
        _("letter text"),
        blank=True,
        help_text=_(
            "For letter templates: the letter as plain text, shown on the page with a copy "
            "button. Put what readers must fill in within square brackets, like [Your name]. "
            "Leave empty to show the text read from the file."
        ),
    )

    content_panels = PortalPage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
                FieldPanel("languages"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("About the resource"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Give a file, a link, or both. Press coverage needs the outlet and the "
                        "headline, and usually the link to the article."
                    )
                ),
                FieldPanel("document"),
                DocumentTextPanel(),
                FieldPanel("external_url"),
                FieldRowPanel([FieldPanel("outlet"), FieldPanel("headline")]),
            ],
            heading=_("Where it is"),
        ),
        FieldPanel("letter_text"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("letter_text"),
        index.SearchField("headline"),
        index.SearchField("outlet"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]
    api_fields = PortalPage.api_fields + [
        APIField("kind"),
        APIField("date"),
        APIField("languages", serializer=serializers.ListField(child=serializers.CharField())),
        APIField("topics", serializer=TopicSerializer(many=True)),
        APIField("document"),
        APIField("external_url"),
        APIField("outlet"),
        APIField("headline"),
        APIField("letter_text"),
    ]
    # What the resource is stays the same in every language; a translator may point the
    # translation at a translated file or article (and then say which language it is in).
    override_translatable_fields = [
        SynchronizedField("kind", overridable=False),
        SynchronizedField("topics", overridable=False),
        SynchronizedField("date", overridable=False),
        SynchronizedField("languages"),
        SynchronizedField("document"),
        SynchronizedField("external_url"),
        SynchronizedField("outlet", overridable=False),
        SynchronizedField("headline", overridable=False),
    ]

    parent_page_types = ["campaigns.ResourceLibraryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def clean(self):
        super().clean()
        errors = {}
        if self.kind == self.Kind.PRESS_COVERAGE:
            if not self.outlet:
                errors["outlet"] = _("Press coverage needs the outlet.")
            if not self.headline:
                errors["headline"] = _("Press coverage needs the headline.")
        elif not self.document_id and not self.external_url:
            errors["document"] = _("Choose a file or give a link: readers need one of them.")
        if errors:
            raise ValidationError(errors)

    # --- What readers see ----------------------------------------------------------------------

    @property
    def is_letter(self):
        return self.kind == self.Kind.LETTER_TEMPLATE

    @cached_property
    def document_text(self):
        """The DocumentText of the file, or None (cached by `prepare` for lists)."""
        if not self.document_id:
            return None
        return DocumentText.objects.filter(document_id=self.document_id).first()

    @property
    def inline_text(self):
        """The letter to show on the page: the editor's text, else the text read from the file."""
        if not self.is_letter:
            return ""
        if self.letter_text:
            return self.letter_text
        text = self.document_text
        return text.text if text is not None and text.status == text.Status.DONE else ""

    @property
    def language_names(self):
        names = []
        for code in self.languages:
            try:
                names.append(get_language_info(code)["name_translated"])
            except KeyError:
                names.append(code)
        return names

    @property
    def file_extension(self):
        return self.document.file_extension.upper() if self.document_id else ""

    def search_extra_text(self):
        text = self.document_text
        return text.text if text is not None else ""

    def search_result_date(self):
        return self.date

    @staticmethod
    def prepare(resources):
        """Attach each resource's file and the file's text status, in two queries whatever the
        number of resources (for lists and blocks)."""
        ids = {resource.document_id for resource in resources if resource.document_id}
        if not ids:
            for resource in resources:
                resource.__dict__["document_text"] = None
            return resources
        documents = get_document_model().objects.in_bulk(ids)
        texts = {
            text.document_id: text
            for text in DocumentText.objects.filter(document_id__in=ids).defer("text")
        }
        for resource in resources:
            if resource.document_id in documents:
                resource.document = documents[resource.document_id]
            resource.__dict__["document_text"] = texts.get(resource.document_id)
        return resources
