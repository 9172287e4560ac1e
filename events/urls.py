"""Lets `<calendar url>calendar.ics` and `<event url>event.ics` reach the pages' routes.

Wagtail's own URL pattern only serves paths of [\\w-] segments ending in a slash, so a final
segment with a dot never reaches a page. This pattern hands such paths to Wagtail's page serving
with the trailing slash it expects, and RoutablePageMixin does the rest (see the `ics` routes of
EventCalendarPage and EventPage). Include it in portal/urls.py's i18n_patterns, before Wagtail's
URLs: path("", include("events.urls")).
"""

from django.urls import re_path
from wagtail import views as wagtail_views


def serve_ics(request, path):
    return wagtail_views.serve(request, path + "/")


urlpatterns = [
    re_path(r"^(?P<path>(?:[\w\-]+/)+(?:calendar|event)\.ics)$", serve_ics, name="events_ics"),
]
