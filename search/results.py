"""What the search page shows for a request: results, filters, counts, other languages, promotions.

A constant number of queries whatever the number of results or of page types: the hits (title,
text, date, type) come from the index in one query, their URLs from the page table's `url_path`
in the same query (or one more on Elasticsearch), and no specific page is ever loaded.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.http import QueryDict
from django.utils.translation import (
    get_language,
    get_language_info,
    get_supported_language_variant,
    gettext,
)
from wagtail.models import Locale, Page, get_page_models

from portal.models import Topic

from . import analysis, promotions, snippets, vocabulary
from .query import PageQuery, has_terms, search_pages

PER_PAGE = 10
# Fewer results than this in the reader's language: also show results in other languages.
FEW_RESULTS = 3
OTHER_LANGUAGES_LIMIT = 5
# Page numbers beyond this are refused as nonsense before any query runs.
MAX_PAGE_NUMBER = 10_000


@dataclass
class ResultItem:
    url: str
    title_html: str
    snippet_html: str
    type_label: str
    date: datetime.date | None
    language_code: str
    language_name: str
    # Written in another language than the reader's (an alias, or the other-languages section).
    foreign: bool


@dataclass
class Facet:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchPage:
    query: str = ""
    has_terms: bool = False
    total: int = 0
    page: int = 1
    num_pages: int = 1
    results: list = field(default_factory=list)
    other_results: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    types: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    selected_type: str = ""
    selected_topic: str = ""
    notices: list = field(default_factory=list)
    previous_url: str | None = None
    next_url: str | None = None
    page_links: list = field(default_factory=list)
    # "Did you mean": a spelling from the index's vocabulary, and the search for it.
    suggestion: str = ""
    suggestion_url: str = ""

    @property
    def results_start(self):
        return (self.page - 1) * PER_PAGE + 1


def clean_query(raw):
    """The reader's words, whitespace collapsed and cut at MAX_QUERY_CHARS."""
    words = " ".join((raw or "").split())
    return words[: analysis.MAX_QUERY_CHARS], len(words) > analysis.MAX_QUERY_CHARS


def active_locale(locales):
    """The locale of the reader's language, from an already loaded list of locales."""
    by_code = {locale.language_code: locale for locale in locales}
    try:
        code = get_supported_language_variant(get_language())
    except LookupError:
        code = settings.LANGUAGE_CODE
    return by_code.get(code) or by_code.get(settings.LANGUAGE_CODE) or locales[0]


def page_type_label(page_type):
    try:
        return str(apps.get_model(page_type)._meta.verbose_name)
    except (LookupError, ValueError):
        return ""


def page_type_choices():
    """Labels of every concrete page type, "app_label.modelname"."""
    return {model._meta.label_lower for model in get_page_models()}


def language_name(code):
    native = dict(settings.LANGUAGES)
    return native.get(code) or get_language_info(code)["name_local"]


class SearchPageBuilder:
    def __init__(self, request):
        self.request = request
        self.params = request.GET
        self.page = SearchPage()
        self._terms = {}

    def terms(self, language_code):
        if language_code not in self._terms:
            self._terms[language_code] = snippets.query_term_set(self.page.query, language_code)
        return self._terms[language_code]

    def url(self, **changes):
        params = QueryDict(mutable=True)
        for key in ("q", "type", "topic"):
            value = changes.get(key, self.params.get(key, ""))
            if value:
                params[key] = value
        page = changes.get("page")
        if page and page > 1:
            params["page"] = str(page)
        return "?" + params.urlencode()

    def requested_page(self):
        raw = self.params.get("page", "1").strip() or "1"
        try:
            number = int(raw)
        except ValueError:
            self.page.notices.append(
                gettext("“%(page)s” is not a page number: here is the first page.")
                % {"page": raw[:20]}
            )
            return 1
        if number < 1 or number > MAX_PAGE_NUMBER:
            self.page.notices.append(
                gettext("There is no page %(page)s: here is the first page.") % {"page": number}
            )
            return 1
        return number

    def build(self):
        page = self.page
        page.query, shortened = clean_query(self.params.get("q", ""))
        if shortened:
            page.notices.append(
                gettext("Your search was shortened to its first %(count)s characters.")
                % {"count": analysis.MAX_QUERY_CHARS}
            )
        page.has_terms = has_terms(page.query)
        if page.query and not page.has_terms:
            page.notices.append(
                gettext("Your search has no words to look for. Try letters or numbers.")
            )
        if not page.has_terms:
            return page

        locales = list(Locale.objects.all())
        self.locale = active_locale(locales)
        self.locale_codes = {locale.pk: locale.language_code for locale in locales}
        requested = self.requested_page()
        page_type = self.selected_type()
        topics = list(Topic.objects.all())
        topic = self.selected_topic(topics)

        results = search_pages(
            PageQuery(
                text=page.query,
                locale_ids=(self.locale.pk,),
                page_type=page_type,
                topic_id=topic.pk if topic else None,
            ),
            page=requested,
            per_page=PER_PAGE,
            topic_counts=bool(topics),
        )
        if results.page_out_of_range and requested != 1 and results.total:
            page.notices.append(
                gettext("There is no page %(requested)s: here is page %(page)s.")
                % {"requested": requested, "page": results.page}
            )
        page.total = results.total
        page.page = results.page
        page.num_pages = results.num_pages
        page.results = [self.item(hit) for hit in results.hits]
        page.results = [item for item in page.results if item is not None]
        page.types = self.type_facets(results.type_counts, page_type)
        page.topics = self.topic_facets(topics, results.topic_counts, topic)
        self.pagination()

        if page.page == 1:
            if results.total < FEW_RESULTS:
                page.other_results = self.other_languages(results, page_type, topic)
                self.suggest()
            page.promotions = promotions.promoted(page.query, self.locale, self.request)
            # A new search, not a later page or a refinement of one.
            if requested == 1 and not page_type and not topic:
                promotions.log_query(page.query, self.locale.language_code, results.total)
        return page

    def suggest(self):
        suggestion = vocabulary.suggest(self.page.query, self.locale.language_code)
        if suggestion and suggestion.casefold() != self.page.query.casefold():
            self.page.suggestion = suggestion
            self.page.suggestion_url = self.url(q=suggestion, page=1)

    def selected_type(self):
        value = self.params.get("type", "").strip().lower()
        if not value:
            return None
        if value not in page_type_choices():
            self.page.notices.append(gettext("There is no such type of page: showing all types."))
            return None
        self.page.selected_type = value
        return value

    def selected_topic(self, topics):
        slug = self.params.get("topic", "").strip()
        if not slug:
            return None
        topic = next((topic for topic in topics if topic.slug == slug), None)
        if topic is None:
            self.page.notices.append(gettext("There is no such topic: showing all topics."))
            return None
        self.page.selected_topic = slug
        return topic

    def item(self, hit):
        url = Page(id=hit.page_id, url_path=hit.url_path).get_url(self.request)
        if not url:
            return None
        terms = self.terms(hit.language)
        return ResultItem(
            url=url,
            title_html=snippets.highlight(hit.title, terms, hit.language),
            snippet_html=snippets.snippet(hit.text, terms, hit.language),
            type_label=page_type_label(hit.page_type),
            date=hit.date,
            language_code=hit.language,
            language_name=language_name(hit.language),
            foreign=hit.language != self.locale.language_code,
        )

    def type_facets(self, counts, selected):
        facets = [
            Facet(value, page_type_label(value), count, value == selected)
            for value, count in counts.items()
            if page_type_label(value)
        ]
        if selected and selected not in counts:
            facets.append(Facet(selected, page_type_label(selected), 0, True))
        return sorted(facets, key=lambda facet: (-facet.count, facet.label))

    def topic_facets(self, topics, counts, selected):
        return [
            Facet(topic.slug, topic.name, counts.get(topic.pk, 0), topic == selected)
            for topic in topics
            if counts.get(topic.pk) or topic == selected
        ]

    def other_languages(self, results, page_type, topic):
        others = tuple(pk for pk in self.locale_codes if pk != self.locale.pk)
        if not others:
            return []
        found = search_pages(
            PageQuery(
                text=self.page.query,
                locale_ids=others,
                page_type=page_type,
                topic_id=topic.pk if topic else None,
                include_aliases=False,
                exclude_translation_keys=frozenset(hit.translation_key for hit in results.hits),
            ),
            per_page=OTHER_LANGUAGES_LIMIT,
            facets=False,
        )
        items = []
        for hit in found.hits:
            item = self.item(hit)
            if item is not None:
                item.foreign = True
                items.append(item)
        return items

    def pagination(self):
        page = self.page
        if page.page > 1:
            page.previous_url = self.url(page=page.page - 1)
        if page.page < page.num_pages:
            page.next_url = self.url(page=page.page + 1)
        window = range(max(1, page.page - 3), min(page.num_pages, page.page + 3) + 1)
        page.page_links = [(number, self.url(page=number)) for number in window]


def build_search_page(request):
    return SearchPageBuilder(request).build()
