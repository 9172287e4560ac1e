"""A deployment check (`manage.py check --deploy`): the application page cache needs a cache that
every process shares, or a purge reaches only the process that published."""

from django.conf import settings
from django.core.checks import Warning, register

LOCAL_CACHES = ("django.core.cache.backends.locmem.LocMemCache",)


@register(deploy=True)
def page_cache_is_shared_check(app_configs, **kwargs):
    backend = settings.CACHES.get("pages", {}).get("BACKEND", "")
    if not settings.PAGE_APP_CACHE or backend not in LOCAL_CACHES:
        return []
    return [
        Warning(
            "PAGE_APP_CACHE keeps pages in each process's own memory: a publish purges them in "
            "the process that published only, and other gunicorn workers serve the old page "
            "for up to PAGE_CACHE_SECONDS.",
            hint="Set REDIS_URL (a cache every process shares), run one process, or set "
            "PAGE_APP_CACHE=false.",
            id="portal.W001",
        )
    ]
