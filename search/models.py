"""The portal's page index and the per-language query log.

`IndexEntry` holds, for every page, what a search result shows (raw title, text for the snippet,
date, type, topics) and the page's text analysed by `search.analysis` in the page's content
language. SQLite searches it through an FTS5 table kept in sync by triggers, PostgreSQL through a
`tsvector` column built from the same terms; both are created by the migration, per database.
Whether a page is live and public is not stored: it is read from the page table at query time, so
publishing, unpublishing or restricting a page can never leave a stale result behind.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class TSVectorField(SearchVectorField):
    """A `tsvector` on PostgreSQL, filled with a literal built in Python from our own terms (no
    text-search configuration involved); a plain, always empty column on other databases."""

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"

    def get_placeholder(self, value, compiler, connection):
        if connection.vendor == "postgresql" and value is not None:
            return "%s::tsvector"
        return "%s"


class IndexEntry(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="portal_search_entry",
        verbose_name=_("page"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("locale")
    )
    # The language the text is written in: the locale's, or the source's for an alias.
    language = models.CharField(_("content language"), max_length=20)
    # "app_label.modelname" of the specific page type.
    page_type = models.CharField(_("page type"), max_length=100, db_index=True)
    translation_key = models.UUIDField(_("translation key"), db_index=True)
    is_alias = models.BooleanField(_("alias"), default=False)
    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(_("text"), blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    topics = models.ManyToManyField(
        "portal.Topic", blank=True, related_name="+", verbose_name=_("topics")
    )

    # Analysed terms, separated by spaces (see search.analysis).
    language_tag = models.CharField(max_length=30)
    title_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    autocomplete_terms = models.TextField(blank=True)
    search_vector = TSVectorField(null=True, blank=True)

    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")
        indexes = [models.Index(fields=["locale", "language"])]

    def __str__(self):
        return self.title


class FTSMatchField(models.TextField):
    """The hidden column of an FTS5 table that carries its name: `table MATCH 'query'`."""


class FTSEntry(models.Model):
    """SQLite's FTS5 table over IndexEntry (see search.schema), for joins and MATCH only."""

    entry = models.OneToOneField(
        IndexEntry,
        primary_key=True,
        db_column="rowid",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="fts",
    )
    match = FTSMatchField(db_column="search_indexentry_fts")

    class Meta:
        managed = False
        db_table = "search_indexentry_fts"

    def __str__(self):
        return str(self.entry_id)


class QueryHit(models.Model):
    """How often a query was searched, per language and day (search_promotions' Query has no
    language, so its daily hits cannot tell French searches from English ones)."""

    query = models.ForeignKey(
        Query, on_delete=models.CASCADE, related_name="portal_hits", verbose_name=_("query")
    )
    language = models.CharField(_("language"), max_length=20)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("hits"), default=0)
    zero_result_hits = models.PositiveIntegerField(_("hits without results"), default=0)

    class Meta:
        verbose_name = _("search query hit")
        verbose_name_plural = _("search query hits")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "date"], name="search_queryhit_unique_day"
            )
        ]
        indexes = [models.Index(fields=["language", "date"])]

    def __str__(self):
        return f"{self.query} ({self.language}, {self.date}): {self.hits}"


class VocabularyWord(models.Model):
    """A word of the indexed pages of one content language, folded as `search.analysis` folds it
    ("election" for "élection"), for typo tolerance, prefix completion and "did you mean"
    (see search.vocabulary). Filled when pages are indexed; emptied when the index is rebuilt."""

    language = models.CharField(_("content language"), max_length=20)
    word = models.CharField(_("word"), max_length=100)
    # The word as first seen (lower case, accents kept): what "did you mean" shows.
    display = models.CharField(_("spelling"), max_length=100)
    frequency = models.PositiveIntegerField(_("frequency"), default=0)

    class Meta:
        verbose_name = _("search vocabulary word")
        verbose_name_plural = _("search vocabulary words")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "word"], name="search_vocabularyword_unique"
            )
        ]

    def __str__(self):
        return f"{self.word} ({self.language})"


class VocabularyKey(models.Model):
    """One deletion neighbour of a vocabulary word (SymSpell): the word's first letters with up
    to two letters deleted. Two words within two typos of each other share a key."""

    language = models.CharField(max_length=20)
    key = models.CharField(max_length=100)
    # The word itself rather than a key to VocabularyWord: a lookup reads this table's index
    # alone, with no join for the planner to get wrong.
    word = models.CharField(max_length=100)

    class Meta:
        indexes = [models.Index(fields=["language", "key"], name="search_vocabkey_lookup")]
        constraints = [
            models.UniqueConstraint(
                fields=["language", "key", "word"], name="search_vocabularykey_unique"
            )
        ]

    def __str__(self):
        return self.key


class SynonymSet(models.Model):
    """Terms that mean the same for a reader of one language (or of all): a search for any of
    them finds pages with any of them."""

    language = models.CharField(
        _("language"),
        max_length=20,
        blank=True,
        help_text=_("Leave empty for synonyms that hold in every language."),
    )
    terms = models.TextField(
        _("equivalent terms"),
        help_text=_("One term per line; a term may have several words (“WCIT-12”)."),
    )

    class Meta:
        verbose_name = _("search synonyms")
        verbose_name_plural = _("search synonyms")
        ordering = ["language", "id"]

    def __str__(self):
        return " = ".join(self.term_list())

    def term_list(self):
        return [line.strip() for line in self.terms.splitlines() if line.strip()]

    def clean(self):
        languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
        if self.language and self.language not in languages:
            raise ValidationError({"language": _("Choose one of the site’s languages.")})
        if len(set(self.term_list())) < 2:
            raise ValidationError({"terms": _("Give at least two terms, one per line.")})
