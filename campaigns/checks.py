"""A system check: campaigns.urls is wired into the portal's URLconf."""

from django.core.checks import Warning, register
from django.urls import Resolver404, resolve
from django.utils import translation


@register()
def campaigns_urls_check(app_configs, **kwargs):
    with translation.override("en"):
        try:
            match = resolve("/en/any-campaign/any-petition/count.json")
        except Resolver404:
            match = None
    if match is not None and match.url_name == "campaigns_petition_count":
        return []
    return [
        Warning(
            "campaigns.urls is not in the URLconf: petitions' count.json answers 404, and "
            "Django's CSRF check refuses signatures sent from cached pages.",
            hint='Add path("", include("campaigns.urls")) to i18n_patterns in portal/urls.py, '
            "just before Wagtail's catch-all.",
            id="campaigns.W001",
        )
    ]
