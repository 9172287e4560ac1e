"""schema.org JSON-LD that every page shares: the organisation (`NGO`) and breadcrumbs.

Apps build their own page types' data (events/jsonld.py, campaigns/briefs/jsonld.py) with the
helpers here, and put it in a `<script type="application/ld+json">` with `json_ld_script`.
"""

import json

from django.utils.safestring import mark_safe
from wagtail.models import Page

from .i18n import absolute
from .models import SiteSettings

# The characters that could end the <script> element or start markup inside it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data):
    """A <script type="application/ld+json"> element, safe whatever the texts contain."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Safe: with <, > and & escaped, no text can close the element or open markup.
    return mark_safe(
        f'<script type="application/ld+json">{payload.translate(_SCRIPT_ESCAPES)}</script>'
    )


def canonical_url(page, request=None):
    """The page's canonical address: an alias (an untranslated copy) points to its source, as
    its <link rel="canonical"> does."""
    target = page.alias_of if page.alias_of_id else page
    return absolute(request, target.get_url(request) or "/")


def organisation(request=None):
    """The organisation that runs the site, as an `NGO`."""
    return {
        "@type": "NGO",
        "name": SiteSettings.load(request_or_site=request).organisation_name,
        "url": absolute(request, "/"),
    }


def organisation_data(request=None):
    return {"@context": "https://schema.org", **organisation(request)}


def breadcrumb_data(page, request=None):
    """A `BreadcrumbList` from the language's home page down to `page`, or None on the home page
    itself (and above it)."""
    trail = list(Page.objects.ancestor_of(page, inclusive=True).filter(depth__gte=2))
    if len(trail) < 2:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": absolute(request, crumb.get_url(request) or "/"),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }
