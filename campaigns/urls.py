"""Two endpoints of petitions and actions that Wagtail's page routing cannot serve.

The portal's URLconf includes this inside i18n_patterns, just before Wagtail's catch-all:

    path("", include("campaigns.urls")),

* `<petition url>count.json`: Wagtail's catch-all only matches paths made of `[\\w-]+/`
  segments, so a route with a dot never reaches a page. The view here finds the petition and
  answers for it.

* POSTs to `<page>/sign/`, `<page>/write/` and `<page>/confirm/<token>/`, without a CSRF token.
  Petition and action forms sit in pages a CDN may cache, so they cannot carry a per-visitor
  token. Decorating the page routes with csrf_exempt is not enough on its own, because Django's
  CSRF middleware looks at the view the URLconf resolved (wagtail.views.serve), never at the
  page route behind it. The view here serves the page as Wagtail does; only routes marked
  csrf_exempt skip the check, any other page at such a URL is checked as usual.

  What protects these endpoints instead: there are no public accounts, so a forged cross-site
  POST can do nothing its author could not do directly; the honeypot, the signed form stamp and
  the per-IP rate limits stop robots; what needs it is confirmed by email.

* `embed/petition/<id>/`: a petition made to be framed by partners' sites, signed without a
  CSRF cookie for the same reasons (see campaigns/petitions/embed.py).
"""

from django.urls import path, re_path

from .petitions import embed
from .petitions.views import petition_count
from .views import serve_public_form

urlpatterns = [
    # A petition for partners' iframes (campaigns/petitions/embed.py): the only framable pages.
    path("embed/petition/<int:page_id>/", embed.petition_embed, name="petition_embed"),
    path(
        "embed/petition/<int:page_id>/thanks/",
        embed.petition_embed_thanks,
        name="petition_embed_thanks",
    ),
    re_path(
        r"^(?P<path>(?:[\w-]+/)+)count\.json$",
        petition_count,
        name="campaigns_petition_count",
    ),
    re_path(
        r"^(?P<path>(?:[\w-]+/)+(?:sign|write|confirm/[\w-]+)/)$",
        serve_public_form,
        name="campaigns_public_form",
    ),
]
