"""Elasticsearch 9 with one index per locale, each with its language's built-in analyser.

Wagtail's Elasticsearch backend puts every page, whatever its language, into one index analysed
with one analyser (upstream feature request: locale-specific indexes). This backend keeps
Wagtail's mapping and queries but splits pages by locale:

- `<prefix>wagtailcore_page_<locale>` per configured language (`..._fr`, `..._zh_hans`), created
  with `analysis.analyzer.default` set to the language's built-in analyser (english, french,
  spanish, arabic, russian, portuguese, cjk; `standard` for a language Elasticsearch has none
  for), so every text field of the index, and every query run against it, is analysed in that
  language;
- a page is sent to the index of its locale (an alias goes to its own locale's index, analysed as
  that locale's language);
- a search runs on the indexes of the locales it asks for (the reader's, or the others for
  "results in other languages"): Elasticsearch analyses the query with each index's analyser;
- documents carry the fields the portal's search page shows and filters on (`portal_*`: raw title
  and text, date, type, topics, translation key, alias flag, content language) and the text of
  `search_extra_text()`, copied into `_all_text` so that it is searched like the page's own text.

The reader's query forgives typos and completes its last word, with synonyms in the search
analyser (search/backends/es_settings.py); Chinese is folded to simplified characters in Python
before documents are sent and queries run (search/backends/es_indexes.py, where the indexes are).

Other models (images, documents...) keep Wagtail's single index per model.
`rebuild_search_index` rebuilds each locale's index behind an alias, like Wagtail's atomic rebuild.
"""

import datetime
from copy import deepcopy

from django.conf import settings
from modelsearch.backends.base import get_model_root
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
    Elasticsearch9SearchResults,
)
from modelsearch.query import PlainText
from wagtail.models import Locale, Page

from .. import analysis
from ..chinese import fold_text
from ..query import PageHit, PageResults, clamp_page
from .es_indexes import (
    SOURCE_FIELDS,
    LocalizedIndex,
    LocalizedIndexRebuilder,
    LocalizedMapping,
    index_suffix,
    is_localized,
)
from .es_settings import analysis_settings, analyzer_for, forgiving

__all__ = ["LocalizedElasticsearchBackend", "LocalizedIndex", "analyzer_for", "index_suffix"]

# index.max_result_window, Elasticsearch's default.
MAX_RESULT_WINDOW = 10_000


def locale_ids_in(queryset):
    """Locale ids a page queryset is filtered on (top-level `locale` filters), or None."""
    found = None
    where = queryset.query.where
    if where.connector != "AND" or where.negated:
        return None
    for child in where.children:
        target = getattr(getattr(child, "lhs", None), "target", None)
        if target is None or target.attname != "locale_id":
            continue
        if child.lookup_name == "exact":
            values = {getattr(child.rhs, "pk", child.rhs)}
        elif child.lookup_name == "in" and isinstance(child.rhs, (list, tuple, set)):
            values = {getattr(value, "pk", value) for value in child.rhs}
        else:
            continue
        found = values if found is None else found & values
    return found


class LocalizedSearchResults(Elasticsearch9SearchResults):
    def _index_name(self):
        backend = self.backend
        model = self.query_compiler.queryset.model
        index = backend.get_index_for_model(model)
        if isinstance(index, LocalizedIndex):
            locale_ids = locale_ids_in(self.query_compiler.queryset)
            if locale_ids:
                codes = [backend.locale_codes().get(locale_id) for locale_id in locale_ids]
                return index.names_for([code for code in codes if code]) or index.name
        return index.name

    def _backend_do_search(self, body, **kwargs):
        kwargs["index"] = self._index_name()
        return super()._backend_do_search(body, **kwargs)

    def _do_count(self):
        hit_count = self.backend.es.count(
            index=self._index_name(), body=self._get_es_body(for_count=True)
        )["count"]
        hit_count -= self.start
        if self.stop is not None:
            hit_count = min(hit_count, self.stop - self.start)
        return max(hit_count, 0)


class LocalizedSearchQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = LocalizedMapping


class LocalizedAutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = LocalizedMapping


class LocalizedElasticsearchBackend(Elasticsearch9SearchBackend):
    mapping_class = LocalizedMapping
    query_compiler_class = LocalizedSearchQueryCompiler
    autocomplete_query_compiler_class = LocalizedAutocompleteQueryCompiler
    results_class = LocalizedSearchResults

    def __init__(self, params):
        self.atomic_rebuild = params.get("ATOMIC_REBUILD", True)
        super().__init__(params)
        self.wagtail_rebuilder_class = self.rebuilder_class
        self.rebuilder_class = self.rebuilder_for
        self._locale_codes = None

    # Indexes.
    def language_codes(self):
        return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]

    def locale_codes(self):
        """{locale id: language code}, read once per backend instance."""
        if self._locale_codes is None:
            self._locale_codes = dict(Locale.objects.values_list("id", "language_code"))
        return self._locale_codes

    def settings_for(self, language_code):
        index_settings = deepcopy(self.settings)
        analysis_settings(language_code, index_settings["settings"]["analysis"])
        return index_settings

    def get_index_for_model(self, model):
        if is_localized(model):
            root = get_model_root(model)
            base_name = f"{self.index_prefix}{root._meta.app_label.lower()}_{root.__name__.lower()}"
            return LocalizedIndex(self, base_name)
        return super().get_index_for_model(model)

    def rebuilder_for(self, index):
        if isinstance(index, LocalizedIndex):
            return LocalizedIndexRebuilder(index, atomic=self.atomic_rebuild)
        return self.wagtail_rebuilder_class(index)

    # The portal's page search (search.query).
    def _page_queryset(self, locale_ids):
        return Page.objects.live().public().filter(locale_id__in=list(locale_ids), depth__gt=1)

    def _index_for_locales(self, locale_ids):
        codes = self.locale_codes()
        index = self.get_index_for_model(Page)
        return index.names_for([codes[locale_id] for locale_id in locale_ids if locale_id in codes])

    def page_search(self, query, page=1, per_page=10, facets=True, topic_counts=True):
        results = PageResults(page=1, per_page=per_page, requested_page=page)
        text = fold_text((query.text or "")[: analysis.MAX_QUERY_CHARS])
        index_names = self._index_for_locales(query.locale_ids)
        if not analysis.query_terms(text, settings.LANGUAGE_CODE) or not index_names:
            return results
        compiler = self.query_compiler_class(
            self._page_queryset(query.locale_ids), PlainText(text, operator=query.operator)
        )
        es_query = forgiving(compiler.get_query(), text)
        body = self._search_body(query, es_query, facets, topic_counts)
        # Elasticsearch refuses offsets past its result window: a far page starts at the first,
        # and is then clamped to the last page that exists.
        first = page if page * per_page <= MAX_RESULT_WINDOW else 1
        response = self.es.search(
            index=index_names, from_=(first - 1) * per_page, size=per_page, **body
        )
        results.total = response["hits"]["total"]["value"]
        if facets:
            self._read_facets(results, response["aggregations"])
        results.page = clamp_page(page, results.total, per_page)
        if results.page != first and results.total:
            body.pop("aggs", None)
            response = self.es.search(
                index=index_names, from_=(results.page - 1) * per_page, size=per_page, **body
            )
        results.hits = self._hits(response["hits"]["hits"])
        return results

    @staticmethod
    def _search_body(query, es_query, facets, topic_counts):
        """The search request: the query, narrowed by the filters the reader cannot see (aliases,
        excluded pages); the type and topic the reader chose as post-filters, so that each facet
        counts what choosing another value of it would give."""
        filters = []
        if not query.include_aliases:
            filters.append({"term": {"portal_is_alias": False}})
        if query.exclude_translation_keys:
            excluded = sorted(query.exclude_translation_keys)
            filters.append({"bool": {"must_not": {"terms": {"portal_translation_key": excluded}}}})
        if filters:
            es_query = {"bool": {"must": es_query, "filter": filters}}
        type_filter = {"term": {"portal_type": query.page_type}} if query.page_type else None
        topic_filter = {"term": {"portal_topics": query.topic_id}} if query.topic_id else None
        post_filters = [f for f in (type_filter, topic_filter) if f]
        body = {"query": es_query, "_source": SOURCE_FIELDS, "track_total_hits": True}
        if post_filters:
            body["post_filter"] = {"bool": {"filter": post_filters}}
        if facets:
            body["aggs"] = {
                "types": {
                    "filter": topic_filter or {"match_all": {}},
                    "aggs": {"values": {"terms": {"field": "portal_type", "size": 100}}},
                },
            }
            if topic_counts:
                body["aggs"]["topics"] = {
                    "filter": type_filter or {"match_all": {}},
                    "aggs": {"values": {"terms": {"field": "portal_topics", "size": 500}}},
                }
        return body

    @staticmethod
    def _read_facets(results, aggregations):
        results.type_counts = {
            bucket["key"]: bucket["doc_count"]
            for bucket in aggregations["types"]["values"]["buckets"]
        }
        results.topic_counts = {
            int(bucket["key"]): bucket["doc_count"]
            for bucket in aggregations.get("topics", {}).get("values", {}).get("buckets", [])
        }

    def page_autocomplete(self, text, locale_ids, limit=8):
        text = fold_text((text or "")[: analysis.MAX_QUERY_CHARS])
        index_names = self._index_for_locales(locale_ids)
        if not analysis.prefix_query(text) or not index_names:
            return []
        compiler = self.autocomplete_query_compiler_class(
            self._page_queryset(locale_ids), PlainText(text, operator="and")
        )
        response = self.es.search(
            index=index_names, query=compiler.get_query(), _source=SOURCE_FIELDS, size=limit
        )
        return self._hits(response["hits"]["hits"])

    def _hits(self, raw_hits):
        hits = []
        for raw in raw_hits:
            source = raw.get("_source") or {}
            if "pk" not in source:
                continue
            date = source.get("portal_date")
            hits.append(
                PageHit(
                    page_id=int(source["pk"]),
                    title=source.get("portal_title") or "",
                    text=source.get("portal_text") or "",
                    date=datetime.date.fromisoformat(date[:10]) if date else None,
                    page_type=source.get("portal_type") or "",
                    language=source.get("portal_language") or "",
                    locale_id=None,
                    translation_key=source.get("portal_translation_key") or "",
                    is_alias=bool(source.get("portal_is_alias")),
                    score=raw.get("_score") or 0.0,
                )
            )
        if not hits:
            return []
        # Elasticsearch does not know URLs (nor pages deleted since): read both in one query.
        pages = Page.objects.filter(id__in=[hit.page_id for hit in hits]).values_list(
            "id", "url_path", "locale_id"
        )
        known = {page_id: (url_path, locale_id) for page_id, url_path, locale_id in pages}
        for hit in hits:
            hit.url_path, hit.locale_id = known.get(hit.page_id, (None, None))
        return [hit for hit in hits if hit.url_path is not None]


SearchBackend = LocalizedElasticsearchBackend
