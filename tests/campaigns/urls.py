"""The portal's URLconf with campaigns.urls included, for these tests.

portal/urls.py is to include campaigns.urls just before Wagtail's catch-all (see that module's
docstring); until it does, the tests add it here. Once it does, this module changes nothing.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.urls.resolvers import LocalePrefixPattern, URLResolver

from portal import urls as portal_urls


def _includes_campaigns(patterns):
    return any(
        isinstance(p, URLResolver) and getattr(p.urlconf_name, "__name__", "") == "campaigns.urls"
        for p in patterns
    )


def _with_campaigns(patterns):
    result = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            inner = list(pattern.url_patterns)
            if not _includes_campaigns(inner):
                inner.insert(len(inner) - 1, path("", include("campaigns.urls")))
            result += i18n_patterns(
                *inner, prefix_default_language=pattern.pattern.prefix_default_language
            )
        else:
            result.append(pattern)
    return result


urlpatterns = _with_campaigns(portal_urls.urlpatterns)
handler400 = portal_urls.handler400
handler403 = portal_urls.handler403
handler404 = portal_urls.handler404
