"""The search page, `/<lang>/search/?q=...`, and its autocomplete, `?autocomplete=1&q=...`.

Autocomplete answers on the search page's own URL, so that it needs no route of its own and every
form that searches (the header's, the page's) can find it from its `action`.
"""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.text import capfirst
from wagtail.models import Locale, Page

from . import analysis
from .query import autocomplete_pages
from .results import build_search_page, page_type_label

AUTOCOMPLETE_LIMIT = 8


def search(request):
    """Search the live pages of the reader's language, and others when it has few results."""
    if request.GET.get("autocomplete"):
        return autocomplete(request)
    search_page = build_search_page(request)
    return render(
        request,
        "search/search.html",
        {"search": search_page, "search_query": search_page.query},
    )


def autocomplete(request):
    """Titles of live pages of the reader's language that start with the typed words, as JSON:
    {"query": "...", "results": [{"title": ..., "url": ..., "type": ...}]}."""
    text = " ".join(request.GET.get("q", "").split())[: analysis.MAX_QUERY_CHARS]
    results = []
    if analysis.prefix_query(text):
        locale = Locale.get_active()
        for hit in autocomplete_pages(text, [locale.pk], AUTOCOMPLETE_LIMIT):
            url = Page(id=hit.page_id, url_path=hit.url_path).get_url(request)
            if url:
                results.append(
                    {
                        "title": hit.title,
                        "url": url,
                        "type": capfirst(page_type_label(hit.page_type)),
                    }
                )
    response = JsonResponse(
        {"query": text, "results": results}, json_dumps_params={"ensure_ascii": False}
    )
    patch_cache_control(response, public=True, max_age=60)
    return response
