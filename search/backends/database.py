"""Language-aware page search in the database: SQLite (FTS5), PostgreSQL (tsvector), any other.

Wagtail's database backends index every locale with one configuration: SQLite's FTS5 does not
stem, and PostgreSQL's backend uses one text-search configuration per backend (several backends
overwrite each other's rows of the shared index table). This backend keeps pages in its own table,
`search.IndexEntry`, with their text analysed by `search.analysis` in each page's own language,
and queries it with the query analysed in each language, one branch per language:

    (language is fr AND the French terms of the query match)
    OR (language is en AND the English terms match) ...

Each word of a branch is a group of alternatives: its own terms, its synonyms, the words of the
language's vocabulary one or two typos away and the completions of the last word
(search.expansion); pages matching exactly rank first, then those one typo finds, then two.
Branches whose analysed query is the same (a name, a number) are merged; search/backends/matching.py
turns them into each database's dialect. The database only ever
sees terms made of letters and digits, so the query it runs is one we build (never the reader's
text as an FTS5 MATCH string or a tsquery), whatever the reader typed.

Writing the index (entries, FTS5 rows or tsvectors, the vocabulary) is in indexing.py.

Every other indexed model (images, documents, users, snippets in the admin) is handed to Wagtail's
own database backend, so `update_index`/`rebuild_search_index` and the admin's searches cover
everything with one entry in WAGTAILSEARCH_BACKENDS.
"""

from django.db.models import (
    Count,
    QuerySet,
)
from modelsearch.backends.base import (
    BaseSearchBackend,
    BaseSearchQueryCompiler,
    BaseSearchResults,
)
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from wagtail.models import Page
from wagtail.search.backends.database import SearchBackend as WagtailDatabaseBackend

from .. import analysis
from ..expansion import query_branches
from ..models import IndexEntry
from ..query import PageHit, PageResults, clamp_page
from ..visibility import visible_q
from .indexing import PageIndex, rebuilder_for
from .matching import Matcher, entries_connection

HIT_FIELDS = (
    "page_id",
    "title",
    "text",
    "date",
    "page_type",
    "language",
    "locale_id",
    "translation_key",
    "is_alias",
    "page__url_path",
)


def visible(entries):
    """Entries of pages readers may see (see search.visibility)."""
    return entries.filter(visible_q())


def _hit(row):
    return PageHit(
        page_id=row["page_id"],
        title=row["title"],
        text=row["text"],
        date=row["date"],
        page_type=row["page_type"],
        language=row["language"],
        locale_id=row["locale_id"],
        translation_key=str(row["translation_key"]),
        is_alias=row["is_alias"],
        score=row.get("rank") or 0.0,
        url_path=row["page__url_path"],
    )


# --- Searching pages through Wagtail's API (PageQuerySet.search, API v2, admin) --------------


def flatten_query(query):
    """(text, operator) of a modelsearch query object; None for "match everything"."""
    if isinstance(query, MatchAll):
        return None
    if isinstance(query, (PlainText, Fuzzy)):
        return query.query_string, query.operator
    if isinstance(query, Phrase):
        return query.query_string, "and"
    if isinstance(query, Boost):
        return flatten_query(query.subquery)
    if isinstance(query, (And, Or)):
        parts = [flatten_query(subquery) for subquery in query.subqueries]
        texts = [part[0] for part in parts if part]
        if not texts:
            return None
        return " ".join(texts), "and" if isinstance(query, And) else "or"
    if isinstance(query, Not):
        # Exclusion is not supported: searching for "not x" searches for everything.
        return None
    return str(query), "and"


class Matched:
    """What a query matches among a queryset's pages: `everything`, nothing (no `match`), or
    the entries `match` filters."""

    def __init__(self, entries=None, match=None, everything=False):
        self.entries = entries
        self.match = match
        self.everything = everything

    @property
    def nothing(self):
        return self.match is None and not self.everything


class PageSearchQueryCompiler(BaseSearchQueryCompiler):
    DEFAULT_OPERATOR = "and"
    prefix = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title_only = bool(self.fields) and set(self.fields) <= {"title"}

    def matched(self, matcher):
        flattened = flatten_query(self.query)
        if flattened is None:
            return Matched(everything=True)
        text, operator = flattened
        if self.prefix:
            terms = [term for term in analysis.prefix_query(text) if analysis.is_safe_term(term)]
            match = matcher.prefix(terms) if terms else None
        else:
            branches = query_branches(text, operator)
            match = matcher.full_text(branches, operator, self.title_only) if branches else None
        if match is None:
            return Matched()
        entries = IndexEntry.objects.filter(page_id__in=self.queryset.values("pk"))
        return Matched(match.filter(entries), match)


class PageAutocompleteQueryCompiler(PageSearchQueryCompiler):
    prefix = True

    def check(self):
        # Autocomplete matches titles only; `fields` names fields, not autocomplete fields.
        self._get_filters_from_queryset(check_only=True)
        list(self._get_order_by())


class PageSearchResults(BaseSearchResults):
    supports_facet = True

    def _matched(self):
        return self.query_compiler.matched(self.backend.matcher)

    def _page_queryset(self, matched):
        queryset = self.query_compiler.queryset
        if matched.everything:
            return queryset
        if matched.nothing:
            return queryset.none()
        return queryset.filter(pk__in=matched.entries.values("page_id"))

    def _do_search(self):
        matched = self._matched()
        queryset = self.query_compiler.queryset
        if matched.everything or matched.nothing or not self.query_compiler.order_by_relevance:
            queryset = self._page_queryset(matched)
            if not queryset.ordered:
                queryset = queryset.order_by("-pk")
            return list(queryset[self.start : self.stop])
        limit = None if self.stop is None else self.stop - self.start
        rows = matched.match.top(matched.entries, ("page_id",), self.start, limit)
        objects = {obj.pk: obj for obj in queryset.filter(pk__in=[row["page_id"] for row in rows])}
        results = []
        for row in rows:
            obj = objects.get(row["page_id"])
            if obj is None:
                continue
            if self._score_field:
                setattr(obj, self._score_field, row["rank"])
            results.append(obj)
        return results

    def _do_count(self):
        matched = self._matched()
        if matched.everything or matched.nothing:
            count = self._page_queryset(matched).count()
        else:
            count = matched.entries.count()
        count -= self.start
        if self.stop is not None:
            count = min(count, self.stop - self.start)
        return max(count, 0)

    def facet(self, field_name):
        queryset = self._page_queryset(self._matched())
        rows = queryset.order_by().values(field_name).annotate(count=Count("pk"))
        return dict(
            sorted(
                ((row[field_name], row["count"]) for row in rows),
                key=lambda item: -item[1],
            )
        )


# --- The backend -------------------------------------------------------------------------------


class PortalDatabaseSearchBackend(BaseSearchBackend):
    query_compiler_class = PageSearchQueryCompiler
    autocomplete_query_compiler_class = PageAutocompleteQueryCompiler
    results_class = PageSearchResults
    rebuilder_class = staticmethod(rebuilder_for)
    catch_indexing_errors = False

    def __init__(self, params):
        super().__init__(params)
        # Images, documents, users and snippets stay with Wagtail's database backend.
        self.wagtail_backend = WagtailDatabaseBackend(dict(params))
        self.matcher = Matcher(entries_connection())

    def get_index_for_model(self, model):
        if issubclass(model, Page):
            return PageIndex(self)
        return self.wagtail_backend.get_index_for_model(model)

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        model = (
            model_or_queryset.model
            if isinstance(model_or_queryset, QuerySet)
            else model_or_queryset
        )
        if not issubclass(model, Page):
            if query_compiler_class is self.autocomplete_query_compiler_class:
                return self.wagtail_backend.autocomplete(query, model_or_queryset, **kwargs)
            return self.wagtail_backend.search(query, model_or_queryset, **kwargs)
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)

    # The portal's own page search (search.query).
    def page_search(self, query, page=1, per_page=10, facets=True, topic_counts=True):
        """Hits of `query.locale_ids` for one page of results; with `facets`, counts per type (the
        total comes from them) and per topic (unless `topic_counts` is false), otherwise just the
        first `per_page` hits."""
        results = PageResults(page=1, per_page=per_page, requested_page=page)
        branches = query_branches(query.text, query.operator)
        if not branches or not query.locale_ids:
            return results
        match = self.matcher.full_text(branches, query.operator)
        matched = visible(match.filter(IndexEntry.objects.all()))
        matched = matched.filter(locale_id__in=query.locale_ids)
        if not query.include_aliases:
            matched = matched.filter(is_alias=False)
        if query.exclude_translation_keys:
            matched = matched.exclude(translation_key__in=list(query.exclude_translation_keys))
        # Counts per type ignore the type filter, counts per topic the topic filter.
        typed = matched.filter(page_type=query.page_type) if query.page_type else matched
        if query.topic_id:
            filtered = typed.filter(topics=query.topic_id)
            topical = matched.filter(topics=query.topic_id)
        else:
            filtered, topical = typed, matched

        if facets:
            results.type_counts = dict(
                topical.order_by().values_list("page_type").annotate(count=Count("id"))
            )
            if topic_counts:
                results.topic_counts = {
                    topic_id: count
                    for topic_id, count in typed.order_by()
                    .values_list("topics")
                    .annotate(count=Count("id"))
                    if topic_id is not None
                }
            results.total = (
                results.type_counts.get(query.page_type, 0)
                if query.page_type
                else sum(results.type_counts.values())
            )
            results.page = clamp_page(page, results.total, per_page)
            if not results.total:
                return results
        offset = (results.page - 1) * per_page
        rows = match.top(filtered, HIT_FIELDS, offset, per_page)
        results.hits = [_hit(row) for row in rows]
        if not facets:
            results.total = len(results.hits)
        return results

    def page_autocomplete(self, text, locale_ids, limit=8):
        terms = [term for term in analysis.prefix_query(text) if analysis.is_safe_term(term)]
        if not terms or not locale_ids:
            return []
        match = self.matcher.prefix(terms)
        matched = visible(match.filter(IndexEntry.objects.all())).filter(locale_id__in=locale_ids)
        return [_hit(row) for row in match.top(matched, HIT_FIELDS, 0, limit)]


def SearchBackend(params):  # noqa: N802 (Wagtail looks a backend module's SearchBackend up)
    return PortalDatabaseSearchBackend(params)
