"""What every page's frame shows (the home page in the reader's language, the main navigation),
worked out once per process and language instead of on every render.

Each value is kept in a per-process dict under the current *pages version*: a token in the
default cache (Redis in production, so every worker and the task worker share it) that any saved,
published, moved or deleted page and any site-wide change replaces. A render reads the token once
(one cache round trip instead of the frame's queries); after a change, every process finds a new
token and builds its values again. A cache that lost the token (evicted, cleared) just makes a new
one: that can only cost a rebuild, never serve an old frame.
"""

import secrets
import threading

from django.core.cache import cache

VERSION_KEY = "portal:pages-version"
_memo = {}
_memo_version = [None]
_lock = threading.Lock()


def pages_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, secrets.token_hex(8), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_pages_version(**kwargs):
    """A signal receiver as well: any page or site-wide setting changed."""
    cache.set(VERSION_KEY, secrets.token_hex(8), timeout=None)


def request_version(request):
    """The pages version, read once per request."""
    if request is None:
        return pages_version()
    version = getattr(request, "_portal_pages_version", None)
    if version is None:
        version = request._portal_pages_version = pages_version()
    return version


def remembered(request, key, build):
    """`build()`, kept for this process under the current pages version and `key`."""
    version = request_version(request)
    with _lock:
        if _memo_version[0] != version:
            _memo.clear()
            _memo_version[0] = version
        if key in _memo:
            return _memo[key]
    value = build()
    with _lock:
        if _memo_version[0] == version:
            _memo[key] = value
    return value


# Besides every page: what the frame reads that is not a page.
FRAME_MODELS = ("portal.sitesettings", "portal.topic", "wagtailcore.site", "wagtailcore.locale")


def on_change(sender, instance=None, created=False, **kwargs):
    from django.db import transaction
    from wagtail.models import Page

    label = sender._meta.label_lower
    if created and label == "portal.sitesettings":
        return  # the first reader made the row with its defaults: what the memo holds already
    if isinstance(instance, Page) or label in FRAME_MODELS:
        # Now (later reads in this process and transaction) and after commit (a render that
        # read the rows before the commit stored its values under the token now replaced).
        bump_pages_version()
        transaction.on_commit(bump_pages_version, robust=True)


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(on_change, dispatch_uid="portal-chrome-saved")
    post_delete.connect(on_change, dispatch_uid="portal-chrome-deleted")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(on_change, dispatch_uid=f"portal-chrome-{id(signal)}")
