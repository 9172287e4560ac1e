"""A system check: `calendar.ics` and `event.ics` URLs reach the pages (see events/urls.py)."""

from django.core.checks import Warning, register
from django.urls import Resolver404, resolve
from django.utils import translation


@register()
def ics_urls_check(app_configs, **kwargs):
    with translation.override("en"):
        try:
            match = resolve("/en/any-calendar/calendar.ics")
        except Resolver404:
            match = None
    if match is not None and match.url_name == "events_ics":
        return []
    return [
        Warning(
            "Calendar and event feeds (<page url>calendar.ics, <page url>event.ics) are not "
            "routed through events.urls, so they answer 404: Wagtail's page URLs cannot end "
            "in a file name.",
            hint='Add path("", include("events.urls")) to i18n_patterns in portal/urls.py, '
            "just before Wagtail's catch-all.",
            id="events.W001",
        )
    ]
