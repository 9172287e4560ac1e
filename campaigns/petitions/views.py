"""count.json, behind campaigns/urls.py: a petition's count, goal and next goal.

Polled by every open petition page, so it answers from the cache: which petition a URL names
(its translation key, goal and state) is cached for COUNT_JSON_MAX_AGE seconds, the count comes
from the count cache that each signature refreshes, and the response tells browsers and the
front cache to keep it as long. A viral petition's readers then cost the database nothing
beyond one count read per cache lifetime.
"""

import hashlib
import time

from django.core.cache import cache
from django.http import Http404, JsonResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Page

from . import signatures
from .numbers import COUNT_JSON_MAX_AGE, count_payload
from .pages import PetitionPage


def count_response(data):
    response = JsonResponse(data)
    patch_cache_control(
        response, public=True, max_age=COUNT_JSON_MAX_AGE, s_maxage=COUNT_JSON_MAX_AGE
    )
    # Partners may show the count on their own pages: the same public figure for everyone, so
    # any origin may read it, without credentials (no cookie is ever needed, and none is read).
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _about_key(request):
    # The host and the language prefix are part of the path a reader asked for.
    where = f"{request.get_host()}{request.path}".encode()
    return "campaigns:count-json:" + hashlib.sha256(where).hexdigest()


def find_petition(request, path):
    route = Page.route_for_request(request, path)
    if route is None:
        raise Http404
    page, args, _kwargs = route
    view = args[0] if args and callable(args[0]) else None
    if not isinstance(page, PetitionPage) or getattr(view, "__name__", "") != "index_route":
        raise Http404
    if page.get_view_restrictions().exists():
        raise Http404  # a private petition's count is not public either
    return page


@require_safe  # GET and HEAD: what other origins may read (Access-Control-Allow-Origin: *)
def petition_count(request, path):
    """`<petition url>count.json`: the count, goal and next goal, the same in every language."""
    about = _about(request, path)
    count = signatures.signature_count(about["key"])
    return count_response(count_payload(count, about["goal"], about["closed"]))


LOCAL_ABOUT = {}


def _about(request, path):
    """Which petition the URL names, its goal and state: this process's copy, else the shared
    cache's, else the page's; each kept COUNT_JSON_MAX_AGE seconds. A poll then costs one cache
    round trip, for the count. (Bounded: one entry per petition URL, dropped when it expires.)"""
    key, now = _about_key(request), time.monotonic()
    local = LOCAL_ABOUT.get(key)
    if local is not None and local[1] > now:
        return local[0]
    about = cache.get(key)
    if about is None:
        page = find_petition(request, path)  # not cached when not found: nothing to fill it with
        about = {
            "key": str(page.translation_key),
            "goal": page.rules.goal,
            "closed": page.is_closed,
        }
        cache.set(key, about, COUNT_JSON_MAX_AGE)
    for stale in [k for k, (_about, expires) in LOCAL_ABOUT.items() if expires <= now]:
        LOCAL_ABOUT.pop(stale, None)
    LOCAL_ABOUT[key] = (about, now + COUNT_JSON_MAX_AGE)
    return about
