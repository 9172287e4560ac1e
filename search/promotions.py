"""Editors' promoted results and the query log, on top of `wagtail.contrib.search_promotions`.

search_promotions knows nothing of languages: a `Query` is a normalised string and a
`SearchPromotion` ties it to a page or an external link. Promoting a page promotes it in every
language: a reader gets the page's version in their own language (its translation, or the alias
that shows the source), when that version is live and public; one promotion, not one per
language. External links, which have no language, show in every language. We keep our own
per-language daily hits (`QueryHit`) next to search_promotions' own `QueryDailyHits`: "Popular
searches" is the one search-terms report (search/wagtail_hooks.py).

The log is written in batches, never one row per search: `log_query` counts a search in this
process's memory (per query, language and day) and writes the counts at most once per
`SEARCH_LOG_FLUSH_INTERVAL` seconds (60 by default), one get-or-create and one update per counted
query; the popular-searches report and the end of the process flush it too. It needs no shared
cache, so it holds as well on `make run`'s local-memory cache as behind Redis; with several web
processes each keeps its own batch, so the report is right within one interval.
"""

import atexit
import datetime
import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Q, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from . import visibility
from .models import QueryHit
from .visibility import visible_q

logger = logging.getLogger(__name__)


@dataclass
class Promotion:
    title: str
    url: str
    description: str
    page_id: int | None = None


def promoted(query_text, locale, request=None, restricted_paths=None):
    """The promotions of a query for readers of `locale`, in the editors' order."""
    normalised = normalise_query_string(query_text)
    if not normalised:
        return []
    if restricted_paths is None:
        restricted_paths = visibility.restricted_paths()
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalised)
        .filter(Q(page__isnull=True, external_link_url__gt="") | Q(page__isnull=False))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    keys = {promotion.page.translation_key for promotion in promotions if promotion.page_id}
    versions = {
        page.translation_key: page
        for page in Page.objects.filter(translation_key__in=keys, locale=locale).filter(
            visible_q(prefix="", paths=restricted_paths)
        )
    }
    found, seen = [], set()
    for promotion in promotions:
        if promotion.page_id:
            page = versions.get(promotion.page.translation_key)
            url = page.get_url(request) if page is not None else None
            if url is None or page.pk in seen:
                continue  # not in this language (or not public), or promoted twice
            seen.add(page.pk)
            found.append(Promotion(page.title, url, promotion.description, page.pk))
        else:
            title = promotion.external_link_text or promotion.external_link_url
            found.append(Promotion(title, promotion.external_link_url, promotion.description))
    return found


_lock = threading.Lock()
# (normalised query, language, date) -> [hits, hits without results]
_pending = {}
_last_flush = 0.0
_database_name = None


def flush_interval():
    return settings.SEARCH_LOG_FLUSH_INTERVAL


def log_query(query_text, language_code, result_count):
    """Count a search in search_promotions' log and in ours, per language; written in batches
    (see the module's docstring). Never fails a search."""
    normalised = normalise_query_string(query_text)
    if not normalised:
        return
    global _database_name
    key = (normalised, language_code, timezone.now().date())
    with _lock:
        _database_name = connection.settings_dict.get("NAME")
        counts = _pending.setdefault(key, [0, 0])
        counts[0] += 1
        counts[1] += 0 if result_count else 1
        due = time.monotonic() - _last_flush >= flush_interval()
    if due:
        flush_query_log()


def _take_pending():
    global _last_flush
    with _lock:
        batch = dict(_pending)
        _pending.clear()
        _last_flush = time.monotonic()
    return batch


def discard_query_log():
    """Forget the counts not yet written (for tests)."""
    global _last_flush
    with _lock:
        _pending.clear()
        _last_flush = 0.0


def flush_query_log():
    """Write the counted searches of this process: per query, language and day, one daily-hits
    row of search_promotions' and one of ours, each incremented by the batch's count."""
    batch = _take_pending()
    daily = Counter()
    for (normalised, language_code, date), (hits, zero) in batch.items():
        try:
            with transaction.atomic():
                query = Query.get(normalised)
                hit, _created = QueryHit.objects.get_or_create(
                    query=query, language=language_code, date=date
                )
                QueryHit.objects.filter(pk=hit.pk).update(
                    hits=F("hits") + hits, zero_result_hits=F("zero_result_hits") + zero
                )
            daily[(query, date)] += hits
        except DatabaseError:
            logger.warning("Could not log the search query %r", normalised, exc_info=True)
    for (query, date), hits in daily.items():
        try:
            with transaction.atomic():
                row, _created = QueryDailyHits.objects.get_or_create(query=query, date=date)
                QueryDailyHits.objects.filter(pk=row.pk).update(hits=F("hits") + hits)
        except DatabaseError:
            logger.warning("Could not log the search query %r", query, exc_info=True)


def _flush_at_exit():
    """Write what is left when the process ends, if the database it was counted against is still
    the configured one (after a test run the test database is gone: then drop it)."""
    if _pending and connection.settings_dict.get("NAME") == _database_name:
        try:
            flush_query_log()
        except Exception:  # noqa: BLE001 - the process is ending; never fail its exit
            logger.warning("Could not write the search query log at exit", exc_info=True)


atexit.register(_flush_at_exit)


def popular_queries(language_code, days=30, limit=50):
    """The most searched queries of a language over the last `days` days, counting the searches
    of this process not yet written."""
    flush_query_log()
    since = timezone.now().date() - datetime.timedelta(days=days)
    return (
        QueryHit.objects.filter(language=language_code, date__gte=since)
        .values("query_id", "query__query_string")
        .annotate(total=Sum("hits"), without_results=Sum("zero_result_hits"))
        .order_by("-total", "query__query_string")[:limit]
    )
