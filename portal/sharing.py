"""Share links: plain links to each service's own share page, no third-party script on our pages."""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.conf import settings
from django.utils.translation import gettext_lazy as _

# Mastodon has no central site: a share goes through one server's /share page. The default is
# the largest general server; set CAMPAIGNS_MASTODON_SHARE_URL to your own community's server.


@dataclass(frozen=True)
class ShareLink:
    service: str
    label: str
    url: str


def share_links(url, text, subject):
    """Links to share `url` with `text`, in the order shown after signing."""
    message = f"{text} {url}".strip()
    mastodon = settings.CAMPAIGNS_MASTODON_SHARE_URL
    return [
        ShareLink(
            "email",
            _("Email"),
            "mailto:?" + urlencode({"subject": subject, "body": message}, quote_via=quote),
        ),
        ShareLink("mastodon", "Mastodon", f"{mastodon}?" + urlencode({"text": message})),
        ShareLink(
            "bluesky", "Bluesky", "https://bsky.app/intent/compose?" + urlencode({"text": message})
        ),
        ShareLink(
            "facebook",
            "Facebook",
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        ),
        ShareLink("whatsapp", "WhatsApp", "https://wa.me/?" + urlencode({"text": message})),
    ]
