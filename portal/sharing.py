"""Share links: plain links to each service's own share page, no third-party script on our pages."""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import SourceImageIOError

# Mastodon has no central site: a share goes through one server's /share page. The default is
# the largest general server; set CAMPAIGNS_MASTODON_SHARE_URL to your own community's server.


@dataclass(frozen=True)
class ShareLink:
    service: str
    label: str  # what the button shows: the service's name
    url: str
    accessible_name: str = ""  # what a screen reader says: "Share on Mastodon"


def _on(service, url):
    # The visible name stays in the accessible one ("label in name", WCAG 2.5.3).
    name = _("Share on %(service)s") % {"service": service}
    return ShareLink(service.lower(), service, url, name)


def share_links(url, text, subject):
    """Links to share `url` with `text`, in the order shown on the page and after signing."""
    message = f"{text} {url}".strip()
    mastodon = settings.CAMPAIGNS_MASTODON_SHARE_URL
    return [
        ShareLink(
            "email",
            _("Email"),
            "mailto:?" + urlencode({"subject": subject, "body": message}, quote_via=quote),
            _("Share by email"),
        ),
        _on("Mastodon", f"{mastodon}?" + urlencode({"text": message})),
        _on("Bluesky", "https://bsky.app/intent/compose?" + urlencode({"text": message})),
        _on("Facebook", "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})),
        _on("WhatsApp", "https://wa.me/?" + urlencode({"text": message})),
    ]


# --- Open Graph ----------------------------------------------------------------------------------

# og:locale wants language_TERRITORY. These are the codes Facebook's crawler recognises for our
# languages (its list of supported locales: ar_AR is how it names Arabic as a whole); another
# language gets its code with the territory upper-cased ("pt-br" -> "pt_BR"), or OPEN_GRAPH_LOCALES
# in the settings names it.
OPEN_GRAPH_LOCALES = {
    "en": "en_GB",
    "fr": "fr_FR",
    "es": "es_ES",
    "ar": "ar_AR",
    "ru": "ru_RU",
    "zh-hans": "zh_CN",
    "pt": "pt_BR",  # Brazilian Portuguese, under the /pt/ prefix (README)
}
# Large enough for every network's large preview, at the 1.91:1 ratio they crop to.
SHARE_IMAGE_SPEC = "fill-1200x630"


def og_locale(code):
    """The Open Graph locale of a language code: "fr" -> "fr_FR", "zh-hans" -> "zh_CN"."""
    mapping = {**OPEN_GRAPH_LOCALES, **getattr(settings, "OPEN_GRAPH_LOCALES", {})}
    if code in mapping:
        return mapping[code]
    language, _, territory = code.partition("-")
    return f"{language}_{territory.upper()}" if territory else language


def share_image(page):
    """The picture an editor chose for the page (a page type says which by defining
    `get_share_image()`), as a rendition for previews; None when it has none."""
    get_image = getattr(page, "get_share_image", None)
    image = get_image() if callable(get_image) else None
    if image is None:
        return None
    try:
        return image.get_rendition(SHARE_IMAGE_SPEC)
    except SourceImageIOError:
        # The original file is gone from storage: a preview without a picture, not an error page.
        return None
