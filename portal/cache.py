"""The front cache: what a page says about caching, and what a change to a page purges.

Anonymous readers get pages that a shared cache (Varnish, a CDN) may keep: `Cache-Control` with
`s-maxage` and `stale-while-revalidate`, and no `Vary: Cookie`, because nothing on a public page
depends on who asks (forms carry a signed stamp rather than a CSRF token; the live count comes
from `count.json`). A response that touched the session (an editor's userbar, a form's flash
message) or that set its own `Cache-Control` (count.json, the forms' answers, search) keeps what
it said.

Publishing, unpublishing, moving or deleting a page changes more than its own URL: the same page
in every language (its translations and aliases), the listings of its parent in each language,
the home pages' slots, the feeds a page type names in `get_cached_paths()`, and the sitemaps. All
of those are purged through `wagtail.contrib.frontend_cache`, whose purges run in the task queue,
and (all but the sitemaps, which it does not keep) from the application page cache
(portal/app_cache.py, AppCacheMiddleware), with or without Varnish.
"""

import logging
from copy import copy
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import reverse
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache, purge_urls_from_cache
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal import app_cache

logger = logging.getLogger(__name__)

CACHEABLE_STATUS = {200, 301, 404, 410}


class PublicCacheMiddleware:
    """Mark anonymous pages as cacheable by shared caches (settings: PAGE_CACHE_SECONDS...)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self.is_public(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PAGE_BROWSER_CACHE_SECONDS,
                s_maxage=settings.PAGE_CACHE_SECONDS,
                stale_while_revalidate=settings.PAGE_STALE_SECONDS,
            )
        elif request.method in ("GET", "HEAD") and "Cache-Control" not in response:
            patch_cache_control(response, private=True, no_cache=True)
        return response

    @staticmethod
    def is_public(request, response):
        session = getattr(request, "session", None)
        return (
            request.method in ("GET", "HEAD")
            and response.status_code in CACHEABLE_STATUS
            and "Cache-Control" not in response
            and not response.cookies
            and not (session is not None and session.accessed)
            and not request.path_info.startswith(("/admin/", "/django-admin/"))
        )


class AppCacheMiddleware:
    """Serve anonymous pages from the `pages` cache (PAGE_APP_CACHE) and store the ones
    PublicCacheMiddleware marks as public. It sits right inside PublicCacheMiddleware, which
    marks a hit as it marked the page the first time, and before SessionMiddleware, so that a hit
    runs no session, locale, authentication, view or database code. `X-App-Cache` says
    `hit` or `miss`; requests it leaves alone (an editor's, a POST) carry none."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (settings.PAGE_APP_CACHE and app_cache.is_anonymous_request(request)):
            return self.get_response(request)
        request.get_host()  # ALLOWED_HOSTS, as CommonMiddleware checks it: a hit skips that
        path, query = request.path_info, request.META.get("QUERY_STRING", "")
        try:
            token = app_cache.generation(path)
            hit = app_cache.lookup(request, token, path, query)
        except Exception:  # a cache that is down costs speed, never the page
            logger.warning("page cache unavailable", exc_info=True)
            return self.get_response(request)
        if hit is not None:
            hit[app_cache.HEADER] = "hit"
            return hit
        response = self.get_response(request)
        if PublicCacheMiddleware.is_public(request, response) and app_cache.may_store(
            request, response
        ):
            try:
                app_cache.store(request, response, token, path, query)
            except Exception:
                logger.warning("page cache unavailable", exc_info=True)
        response[app_cache.HEADER] = "miss"
        return response


# --- Purging -------------------------------------------------------------------------------------


def pages_showing(page):
    """Every live page whose URL shows `page` or lists it: its versions in every language
    (translations and aliases), their parents, and each language's home page."""
    versions = list(
        Page.objects.filter(translation_key=page.translation_key, locale__isnull=False)
        .filter(content_type_id=page.content_type_id)
        .live()
    )
    if page.pk not in {version.pk for version in versions}:
        versions.append(page)  # just unpublished, or about to be deleted: its URL goes too
    parent_paths = {version.path[: -Page.steplen] for version in versions if version.depth > 2}
    parents = Page.objects.filter(path__in=parent_paths).live()
    homes = Page.objects.filter(depth=2).live()
    seen, pages = set(), []
    for candidate in [*versions, *parents, *homes]:
        if candidate.pk not in seen:
            seen.add(candidate.pk)
            pages.append(candidate)
    return pages


def cached_paths(pages):
    """The paths (no host, no query string) of `pages` and of the feeds each names in
    `get_cached_paths()`: the application cache purges every query string of each at once."""
    paths = set()
    for page in pages:
        parts = page.get_url_parts()
        if parts is None or not parts[2]:
            continue
        for cached in page.specific_deferred.get_cached_paths():
            paths.add(urlsplit(parts[2] + cached.lstrip("/")).path)
    return sorted(paths)


def has_front_cache():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_pages(pages):
    """Purge, once the transaction commits, `pages` from the front and application caches."""
    if settings.PAGE_APP_CACHE:
        # Paths now, while the pages' rows (a deleted one's too) still say where they were.
        paths = cached_paths(pages)
        transaction.on_commit(lambda: app_cache.purge_paths(paths), robust=True)
    if has_front_cache():
        transaction.on_commit(lambda: purge_pages_from_cache(pages), robust=True)


def sitemap_urls():
    """The sitemap index and every language's sitemap (portal/seo.py): a page's translations
    are listed as alternates in the sitemaps of all its languages, and its lastmod changes."""
    paths = [reverse("sitemap")]
    paths += [
        reverse("sitemap_locale", kwargs={"language": code}) for code, _name in settings.LANGUAGES
    ]
    return [settings.BASE_URL + path for path in paths]


def purge_showing(page):
    """Purge, once the transaction commits, every URL that shows `page`, and the sitemaps."""
    if settings.PAGE_APP_CACHE or has_front_cache():
        purge_pages(pages_showing(page))
    if has_front_cache():
        urls = sitemap_urls()
        transaction.on_commit(lambda: purge_urls_from_cache(urls), robust=True)


def on_publish_or_unpublish(sender, instance, **kwargs):
    purge_showing(instance)


def on_move(sender, instance, parent_page_before=None, url_path_before="", **kwargs):
    purge_showing(instance)
    if parent_page_before is not None:
        purge_showing(parent_page_before)
    if url_path_before and url_path_before != instance.url_path:
        # The address it had: readers may still hold it from the cache.
        before = copy(instance)
        before.url_path = url_path_before
        purge_pages([before])


def on_delete(sender, instance, **kwargs):
    # Before the row goes: afterwards nothing says which URLs showed it. Deleting a page of any
    # type deletes its wagtailcore.Page row too: that one signal is enough.
    if sender is Page and instance.live and instance.depth > 2:
        purge_showing(instance)


# What every page shows, or any path may answer: a change drops the whole application cache. (The
# front cache keeps such pages until PAGE_CACHE_SECONDS pass.)
SITE_WIDE_MODELS = ("portal.SiteSettings", "portal.Topic", "wagtailredirects.Redirect")


def on_site_wide_change(sender, **kwargs):
    if settings.PAGE_APP_CACHE:
        transaction.on_commit(app_cache.purge_all, robust=True)


def connect_signals():
    for label in SITE_WIDE_MODELS:
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(on_site_wide_change, sender=model, dispatch_uid=f"portal-cache-{label}")
    page_published.connect(on_publish_or_unpublish, dispatch_uid="portal-cache-published")
    page_unpublished.connect(on_publish_or_unpublish, dispatch_uid="portal-cache-unpublished")
    post_page_move.connect(on_move, dispatch_uid="portal-cache-moved")
    pre_delete.connect(on_delete, dispatch_uid="portal-cache-deleted")
