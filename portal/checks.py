"""A deployment check (`manage.py check --deploy`): the application page cache needs a cache that
every process shares, or a purge reaches only the process that published. A system check: the
share cards need fonts for every script and right-to-left shaping."""

from django.conf import settings
from django.core.checks import Warning, register
from PIL import features

from portal import card_fonts

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


@register()
def share_card_fonts_check(app_configs, **kwargs):
    """The generated share cards (portal/share_card.py) need fonts for every script."""
    problems = []
    if not (features.check("raqm") and features.check("fribidi")):
        problems.append(
            Warning(
                "Pillow cannot shape right-to-left text (no libraqm or FriBiDi): Arabic share "
                "cards will be drawn letter by letter, left to right.",
                hint="Install Debian's libfribidi0 (Pillow's wheels bundle libraqm and load "
                "FriBiDi from the system): `make system-fonts`.",
                id="portal.W003",
            )
        )
    missing = card_fonts.missing_scripts()
    if not missing:
        return problems
    return problems + [
        Warning(
            f"No font for {', '.join(missing)}: share cards will show empty boxes instead of "
            "that text.",
            hint="Install the Debian packages fonts-noto-core, fonts-noto-cjk and "
            "fonts-dejavu-core (`make system-fonts`, done by `make run` and `make test`).",
            id="portal.W002",
        )
    ]
