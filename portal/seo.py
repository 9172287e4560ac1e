"""What crawlers and browsers ask for at the site root: the sitemaps, robots.txt, the favicon
and the web app manifest.

`/sitemap.xml` is an index of one sitemap per language (`/sitemap-<lang>.xml`, in files of at most
SITEMAP_PAGE_SIZE URLs). Each lists the live, public pages of that locale that are real
translations: wagtail-localize keeps every page in every locale, the untranslated ones as aliases
of the source (`alias_of` set), and those show the source text under another URL, so they stay
out, as they stay out of the pages' hreflang links (portal/i18n.py). Every URL carries the same
`hreflang` alternates as the page's <head>: its real translations, and x-default for the source.

Costs a constant number of queries whatever the number of pages: the restricted sections, the
pages of the locale, and all their translations at once.
"""

import json
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, Max
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from wagtail.models import Page, PageViewRestriction

from .i18n import absolute
from .models import SiteSettings
from .progress import real_translations

SITEMAP_PAGE_SIZE = 10_000  # the protocol allows 50,000 URLs and 50 MB per file
XML = "application/xml; charset=utf-8"
ICONS = Path(__file__).resolve().parent / "static" / "icons"  # built by bin/build_icons.py
ICON_CACHE_SECONDS = 24 * 3600
THEME_COLOUR = "#083a66"  # --colour-brand-dark, the header's background


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def sitemap_pages(restricted=None):
    """Live pages below the root, under no view restriction, that are not aliases."""
    if restricted is None:
        restricted = PageViewRestriction.objects.values_list("page__path", flat=True).distinct()
    pages = real_translations(Page.objects.live().filter(depth__gt=1))
    for path in restricted:
        pages = pages.exclude(path__startswith=path)
    return pages


def sitemap_index(request):
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())
    per_locale = {
        row["locale__language_code"]: row
        for row in sitemap_pages(restricted)
        .values("locale__language_code")
        .annotate(count=Count("pk"), lastmod=Max("last_published_at"))
        .order_by()
    }
    sitemaps = []
    for code in language_codes():
        row = per_locale.get(code)
        if row is None:
            continue
        files = max(1, -(-row["count"] // SITEMAP_PAGE_SIZE))
        location = absolute(request, reverse("sitemap_locale", kwargs={"language": code}))
        for number in range(1, files + 1):
            sitemaps.append(
                {
                    "location": location if number == 1 else f"{location}?p={number}",
                    "lastmod": row["lastmod"],
                }
            )
    return render(request, "portal/sitemap_index.xml", {"sitemaps": sitemaps}, content_type=XML)


def sitemap_locale(request, language):
    if language not in language_codes():
        raise Http404
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())
    pages = (
        sitemap_pages(restricted)
        .filter(locale__language_code=language)
        .select_related("locale")
        .only("id", "url_path", "translation_key", "last_published_at", "locale__language_code")
        .order_by("path")
    )
    try:
        chunk = Paginator(pages, SITEMAP_PAGE_SIZE).page(request.GET.get("p", 1))
    except (EmptyPage, PageNotAnInteger):
        raise Http404 from None
    # The translations of this file's pages, by a subquery: thousands of keys as parameters
    # would pass SQLite's limit on query variables.
    offset = (chunk.number - 1) * SITEMAP_PAGE_SIZE
    keys = pages.values("translation_key")[offset : offset + SITEMAP_PAGE_SIZE]
    chunk = list(chunk)
    translations = {}
    for version in (
        sitemap_pages(restricted)
        .filter(translation_key__in=keys)
        .select_related("locale")
        .only("id", "url_path", "translation_key", "locale__language_code")
    ):
        translations.setdefault(version.translation_key, {})[version.locale.language_code] = version
    urls = []
    for page in chunk:
        location = page_location(request, page)
        if location is None:
            continue
        versions = translations.get(page.translation_key, {})
        alternates = []
        for code in language_codes():
            version = versions.get(code)
            href = page_location(request, version) if version is not None else None
            if href:
                alternates.append((code, href))
        source = dict(alternates).get(settings.LANGUAGE_CODE)
        urls.append(
            {
                "location": location,
                "lastmod": page.last_published_at,
                "alternates": alternates,
                "x_default": source,
            }
        )
    return render(request, "portal/sitemap.xml", {"urls": urls}, content_type=XML)


def page_location(request, page):
    url = page.get_url(request)
    return absolute(request, url) if url else None


def robots_txt(request):
    """Crawlers stay out of the admin, the API and the search results (one URL per query:
    endless, and thin), and are told where the sitemap is."""
    disallow = ["/admin/", "/api/"]
    for code in language_codes():
        with translation.override(code):
            disallow.append(reverse("search"))
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallow)]
    lines += ["", f"Sitemap: {absolute(request, reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@cache
def favicon_bytes():
    return (ICONS / "favicon.ico").read_bytes()


def favicon(request):
    """/favicon.ico, which browsers and crawlers ask for whatever the page's <link>s say."""
    response = HttpResponse(favicon_bytes(), content_type="image/x-icon")
    patch_cache_control(response, public=True, max_age=ICON_CACHE_SECONDS)
    return response


def short_name(name, limit=12):
    """What a home screen shows under the icon: the name if it fits, else its initials."""
    if len(name) <= limit:
        return name
    return "".join(word[0] for word in name.split() if word[:1].isalnum()).upper()[:limit]


def manifest(request):
    """The web app manifest. One for every language: its start URL, "/", sends each reader to
    their own language, as the site root does. The name is read in the default language
    whatever the reader's cookie says: a shared cache keeps one copy for everyone."""
    with translation.override(settings.LANGUAGE_CODE):
        name = SiteSettings.load(request_or_site=request).organisation_name
    icons = [
        {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
        {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
        {"src": static("icons/icon.svg"), "sizes": "any", "type": "image/svg+xml"},
    ]
    data = {
        "name": name,
        "short_name": short_name(name),
        "start_url": "/",
        "scope": "/",
        "display": "minimal-ui",
        "theme_color": THEME_COLOUR,
        "background_color": "#ffffff",
        "icons": icons,
    }
    return HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/manifest+json; charset=utf-8",
    )
