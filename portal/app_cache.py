"""The application page cache's store: whole anonymous pages kept in the `pages` cache (Redis or
local memory), so that a reader who asks for a page someone asked for before gets it without a
view or a database query, even where no Varnish stands in front (`make run`, a plain CDN).

What is stored is exactly what PublicCacheMiddleware marks as public (portal/cache.py): a GET by a
reader without a session or a flash-message cookie, a page that touched no session, set no cookie
and said nothing of its own about caching. A page is found by its path (language prefix included)
and query string, plus the request headers its `Vary` names and the origin it was asked on (some
pages write absolute URLs from the request); purges need the path only.

Purging: every key holds the generation of its path, a random token kept under the path alone.
portal/cache.py gives a new token to every path that shows a changed page, so every query-string
variant of that path (`calendar.ics?category=x`) goes at once, without knowing which exist. A
token that the cache evicted is replaced by a new one, never by an old one: evicting can only cost
misses, never resurrect a purged page. A request reads the token before its view reads the
database, and stores under that token: a page rendered from data older than a purge is stored
under the token the purge replaced, where nobody looks any more. A site-wide token, in every key
too, lets a change that every page shows (the footer, a redirect) drop them all.

Only paths under a language prefix are kept: the API, documents (download counts) and media are
not pages, and nothing purges them.

Each process also keeps the pages it served last in memory (LOCAL_BYTES at most, for LOCAL_SECONDS
at most), under the same keys: a hit then costs one cache round trip (the tokens) instead of three,
and a purge, which changes the tokens, reaches those copies too.

Content-Security-Policy and the request id are added by middleware outside this one, on hits too.
A page whose template used the CSP nonce is never stored: replaying a nonce would make it public.
"""

import hashlib
import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

CACHE_ALIAS = "pages"
HEADER = "X-App-Cache"


def enabled():
    return getattr(settings, "PAGE_APP_CACHE", False)


def page_cache():
    return caches[CACHE_ALIAS]


def _digest(*parts):
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


SITE_WIDE = "gen:*"


def _generation_key(path):
    return f"gen:{_digest(path)}"


def generation(path):
    """The current token of `path`: its own and the site-wide one, each made now if the cache
    holds none."""
    cache = page_cache()
    keys = [SITE_WIDE, _generation_key(path)]
    tokens = cache.get_many(keys)
    for key in keys:
        if key not in tokens:
            cache.add(key, secrets.token_hex(8), timeout=None)
            tokens[key] = cache.get(key)
    return ".".join(str(tokens[key]) for key in keys)


def purge_paths(paths):
    """Make every stored variant of these paths unreachable (new tokens)."""
    page_cache().set_many(
        {_generation_key(path): secrets.token_hex(8) for path in set(paths)}, timeout=None
    )


def purge_all():
    """Make every stored page unreachable: for what every page shows (the site-wide settings'
    footer, the topics, redirects)."""
    page_cache().set(SITE_WIDE, secrets.token_hex(8), timeout=None)


def is_page_path(path):
    """Only what readers read: paths under a language prefix (not the API, documents, media),
    except those that answer from a cache of their own (PAGE_APP_CACHE_PASS_SUFFIXES:
    count.json), where looking up would cost round trips for a page never stored."""
    if path.endswith(tuple(getattr(settings, "PAGE_APP_CACHE_PASS_SUFFIXES", ()))):
        return False
    first = path.split("/", 2)[1] if path.startswith("/") and path.count("/") >= 2 else ""
    return first.lower() in {code.lower() for code, _name in settings.LANGUAGES}


def _vary_key(token, path, query):
    return f"vary:{token}:{_digest(path, query)}"


def _page_key(token, path, query, vary, request):
    # The host and scheme too, within the path's generation: a few pages write absolute URLs
    # from the request (a calendar's webcal:// link, the feeds), and a purge still reaches every
    # host at once.
    values = [request.headers.get(name, "") for name in vary]
    origin = request.scheme + "://" + request.get_host()
    return f"page:{token}:{_digest(origin, path, query, *vary, *values)}"


def vary_names(response):
    if not response.has_header("Vary"):
        return []
    return sorted({name.strip().lower() for name in cc_delim_re.split(response["Vary"])} - {""})


def is_anonymous_request(request):
    """A GET or HEAD that says nothing about who sends it: no session, no flash message."""
    personal = {settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name}
    return (
        request.method in ("GET", "HEAD")
        and is_page_path(request.path_info)
        and "Authorization" not in request.headers
        and not personal.intersection(request.COOKIES)
    )


def may_store(request, response):
    """Beyond being public (PublicCacheMiddleware.is_public): a whole body, a `Vary` we can key
    on, and no CSP nonce in it."""
    vary = vary_names(response)
    return (
        request.method == "GET"
        and not response.streaming
        and "*" not in vary
        and "cookie" not in vary
        and getattr(request, "_csp_nonce", None) is None
    )


LOCAL_BYTES = 16 * 1024 * 1024
LOCAL_SECONDS = 30


class LocalCopies:
    """The pages this process served last: least recently used go first past `limit` bytes, and
    every copy expires after LOCAL_SECONDS (what a page shows may change with time alone)."""

    def __init__(self, limit=LOCAL_BYTES):
        self.limit, self.size = limit, 0
        self.items = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            item = self.items.get(key)
            if item is None:
                return None
            value, size, expires = item
            if expires < time.monotonic():
                del self.items[key]
                self.size -= size
                return None
            self.items.move_to_end(key)
            return value

    def put(self, key, value, size):
        with self.lock:
            if key in self.items:
                self.size -= self.items.pop(key)[1]
            self.items[key] = (value, size, time.monotonic() + LOCAL_SECONDS)
            self.size += size
            while self.size > self.limit and self.items:
                self.size -= self.items.popitem(last=False)[1][1]


_local = LocalCopies()


def _read(key, size_of=lambda value: 64):
    """A value from this process's copies, else from the cache (then kept here too)."""
    value = _local.get(key)
    if value is None:
        value = page_cache().get(key)
        if value is not None:
            _local.put(key, value, size_of(value))
    return value


def lookup(request, token, path, query):
    vary = _read(_vary_key(token, path, query))
    if vary is None:
        return None
    stored = _read(
        _page_key(token, path, query, vary, request), lambda stored: len(stored[2]) + 1024
    )
    if stored is None:
        return None
    status, headers, content = stored
    return HttpResponse(content, status=status, headers=headers)


def store(request, response, token, path, query):
    cache = page_cache()
    vary = vary_names(response)
    timeout = settings.PAGE_CACHE_SECONDS
    headers = [(name, value) for name, value in response.items() if name != HEADER]
    stored = (response.status_code, headers, response.content)
    page_key = _page_key(token, path, query, vary, request)
    cache.set(_vary_key(token, path, query), vary, timeout)
    cache.set(page_key, stored, timeout)
    _local.put(_vary_key(token, path, query), vary, 64)
    _local.put(page_key, stored, len(response.content) + 1024)
