import posixpath

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import Http404
from django.urls import include, path, re_path
from django.views.static import serve as serve_static
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views

from . import seo, share_card, views
from .api import api_router
from .storage import is_document

handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"

# Outside the language prefix: the admin, the API, documents, media, the health check and what
# crawlers and browsers ask for at the root (sitemaps, robots.txt, icons, the manifest).
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("healthz", views.healthz, name="healthz"),
    path("sitemap.xml", seo.sitemap_index, name="sitemap"),
    path("sitemap-<str:language>.xml", seo.sitemap_locale, name="sitemap_locale"),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    path("favicon.ico", seo.favicon, name="favicon"),
    path("manifest.webmanifest", seo.manifest, name="manifest"),
]


def serve_media(request, path):
    """Public files (images, renditions) only: documents are served by Wagtail's view, which
    checks collection privacy and counts downloads."""
    if is_document(path) or is_document(posixpath.normpath("/" + path)):
        raise Http404
    return serve_static(request, path, document_root=settings.MEDIA_ROOT)


if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^{}(?P<path>.*)$".format(settings.MEDIA_URL.lstrip("/")), serve_media),
    ]

# Everything a reader sees lives under /<lang>/, the default language included.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("privacy/", views.privacy, name="privacy"),
    path("newsletter/", include("home.newsletter.urls")),
    # Page sub-URLs that end in a file name (count.json, calendar.ics, event.ics, feed.atom) or
    # that are CSRF-exempt (petition signing): Wagtail's page pattern only matches paths ending
    # in a slash, and CSRF exemption is decided on the view, so these come before its catch-all.
    path("", include("campaigns.urls")),
    re_path(
        r"^(?P<path>(?:[\w-]+/)+(?:calendar\.ics|event\.ics|feed\.atom))$",
        views.serve_page_file,
        name="page_file",
    ),
    # Every page's generated share card (portal/share_card.py), the home page's too.
    re_path(r"^(?P<path>(?:[\w-]+/)*)share-card\.png$", share_card.serve_card, name="share_card"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
