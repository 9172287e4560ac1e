"""portal.urls with events.urls in front, so the tests reach `calendar.ics` and `event.ics` whether
or not portal/urls.py includes events.urls yet (including it twice is harmless)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from portal import urls as portal_urls

handler400 = portal_urls.handler400
handler403 = portal_urls.handler403
handler404 = portal_urls.handler404

urlpatterns = [
    *i18n_patterns(path("", include("events.urls")), prefix_default_language=True),
    *portal_urls.urlpatterns,
]
