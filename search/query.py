"""Searching pages, whatever the backend: what the search page, autocomplete and the API call.

Both portal backends (`search.backends.database`, `search.backends.elasticsearch`) implement
`page_search(query, page, per_page, facets)` and `page_autocomplete(text, locale_ids, limit)` and
answer with the types below, so that views never know which backend runs.
"""

import datetime
import math
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.search.backends import get_search_backend

from . import analysis

OPERATORS = ("and", "or")


@dataclass(frozen=True)
class PageQuery:
    """What to look for: the reader's words, where, and the filters of the search page."""

    text: str
    locale_ids: tuple
    page_type: str | None = None
    topic_id: int | None = None
    include_aliases: bool = True
    exclude_translation_keys: frozenset = frozenset()
    operator: str = "and"


@dataclass
class PageHit:
    page_id: int
    title: str
    text: str
    date: datetime.date | None
    page_type: str
    language: str
    locale_id: int
    translation_key: str
    is_alias: bool
    score: float = 0.0
    url_path: str | None = None


@dataclass
class PageResults:
    hits: list = field(default_factory=list)
    total: int = 0
    page: int = 1
    per_page: int = 10
    requested_page: int = 1
    type_counts: dict = field(default_factory=dict)
    topic_counts: dict = field(default_factory=dict)

    @property
    def num_pages(self):
        return max(1, math.ceil(self.total / self.per_page)) if self.per_page else 1

    @property
    def page_out_of_range(self):
        return self.requested_page != self.page


def clamp_page(requested, total, per_page):
    """The page to show for a requested page number: at least 1, at most the last page."""
    last = max(1, math.ceil(total / per_page)) if per_page else 1
    return min(max(1, requested), last)


def has_terms(text):
    """Whether a query has any word to search for (punctuation and operators alone have none).
    Cutting text into words does not depend on the language, only normalising them does."""
    return bool(analysis.query_terms(text, settings.LANGUAGE_CODE))


def _several_words(text):
    return any(len(analysis.query_terms(text, code)) > 1 for code, _name in settings.LANGUAGES)


def portal_backend(backend="default"):
    search_backend = get_search_backend(backend)
    if not hasattr(search_backend, "page_search"):
        raise ImproperlyConfigured(
            "The portal's search needs search.backends.database or search.backends.elasticsearch "
            "as the default backend in WAGTAILSEARCH_BACKENDS."
        )
    return search_backend


def search_pages(query, page=1, per_page=10, facets=True, topic_counts=True, backend=None):
    """Pages matching all the words of the query, or, when none does, any of them."""
    backend = backend or portal_backend()
    options = {"page": page, "per_page": per_page, "facets": facets, "topic_counts": topic_counts}
    results = backend.page_search(query, **options)
    if results.total == 0 and query.operator == "and" and _several_words(query.text):
        or_query = PageQuery(**{**query.__dict__, "operator": "or"})
        results = backend.page_search(or_query, **options)
    return results


def autocomplete_pages(text, locale_ids, limit=8, backend=None):
    backend = backend or portal_backend()
    return backend.page_autocomplete(text, tuple(locale_ids), limit)
