"""Editors' promoted results and the query log, on top of `wagtail.contrib.search_promotions`.

search_promotions knows nothing of languages: a `Query` is a normalised string and a
`SearchPromotion` ties it to a page or an external link. We scope promotions by the promoted
page's locale (a French reader sees promotions of French pages; external links, which have no
language, show in every language) and keep our own per-language daily hits (`QueryHit`) next to
search_promotions' own `QueryDailyHits`, so that the admin can show popular queries per language
and search_promotions' "Popular search terms" keeps working.
"""

import datetime
import logging
from dataclasses import dataclass

from django.db import DatabaseError, transaction
from django.db.models import F, Q, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
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
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalised)
        .filter(
            Q(page__isnull=True, external_link_url__gt="")
            | (Q(page__locale=locale) & visible_q(paths=restricted_paths))
        )
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    found = []
    for promotion in promotions:
        if promotion.page_id:
            url = promotion.page.get_url(request)
            if url is None:
                continue
            found.append(
                Promotion(promotion.page.title, url, promotion.description, promotion.page_id)
            )
        else:
            title = promotion.external_link_text or promotion.external_link_url
            found.append(Promotion(title, promotion.external_link_url, promotion.description))
    return found


def log_query(query_text, language_code, result_count):
    """Count a search in search_promotions' log and in ours, per language. Never fails a search."""
    normalised = normalise_query_string(query_text)
    if not normalised:
        return
    try:
        with transaction.atomic():
            query = Query.get(normalised)
            query.add_hit()
            hit, _created = QueryHit.objects.get_or_create(
                query=query, language=language_code, date=timezone.now().date()
            )
            QueryHit.objects.filter(pk=hit.pk).update(
                hits=F("hits") + 1,
                zero_result_hits=F("zero_result_hits") + (0 if result_count else 1),
            )
    except DatabaseError:
        logger.warning("Could not log the search query %r", normalised, exc_info=True)


def popular_queries(language_code, days=30, limit=50):
    """The most searched queries of a language over the last `days` days."""
    since = timezone.now().date() - datetime.timedelta(days=days)
    return (
        QueryHit.objects.filter(language=language_code, date__gte=since)
        .values("query_id", "query__query_string")
        .annotate(total=Sum("hits"), without_results=Sum("zero_result_hits"))
        .order_by("-total", "query__query_string")[:limit]
    )
