"""A petition for partners' pages: `/<lang>/embed/petition/<id>/`, made to live in an iframe.

The form, the live count and the privacy notice in the URL's language, without the site's
header and footer; signing goes through the petition's own service (signatures.sign()), so a
signature made in a French embed and one made on the English page count once, on one figure.
The id may be any language version's: the embed shows the version in the URL's language.

Framing: only these two responses (the form and its thank-you state) may be framed, by the
origins of settings.EMBED_FRAME_ANCESTORS (CSP `frame-ancestors`), and they carry no
X-Frame-Options; every other response keeps `DENY` and `frame-ancestors 'self'`.

Why no CSRF token: inside a third-party iframe the CSRF cookie is a third-party cookie, which
browsers block or partition (Safari, Firefox, Chrome's tracking protection), and SameSite=None
would still lose it there. The embed uses what the petition page already uses instead: a form
that needs no cookie, with the signed form stamp, the honeypot and the per-address rate limit
(portal/forms.py, campaigns/urls.py), so the view is csrf-exempt on purpose.

Where a signature came from: `source` is "embed", and `partner_domain` the host of the page
that framed the embed, from `?partner=` (validated as a host name) or else the Referer (then
the Origin) the iframe's request carried, never our own host. It rides in a hidden field to the
POST, whose own Referer is the embed itself. Because the page depends on the Referer, it is
never kept by a shared cache (it is light: the count comes from the count cache).
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Locale

from . import signatures
from .models import SignatureSource
from .pages import PetitionPage

TEMPLATE = "campaigns/petition_embed.html"

# RFC 1123 host names (IDNA-encoded), at most 253 characters, labels of 1 to 63.
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
HOST_NAME = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(?:\.{_LABEL})*$")


def clean_host(value):
    """The host name in `value` (a host, or a URL), lower case; "" when it is not one."""
    value = (value or "").strip()
    if "://" in value:
        try:
            value = urlsplit(value).hostname or ""
        except ValueError:
            return ""
    value = value.lower().rstrip(".")
    try:
        value = value.encode("idna").decode("ascii") if value else ""
    except UnicodeError:
        return ""
    return value if HOST_NAME.match(value) else ""


def own_hosts(request):
    return {urlsplit(settings.BASE_URL).hostname, request.get_host().rsplit(":", 1)[0].lower()}


def partner_of(request):
    """The embedding site's host for a GET of the embed: `?partner=`, else Referer/Origin."""
    given = clean_host(request.GET.get("partner"))
    if given:
        return given
    for header in ("Referer", "Origin"):
        host = clean_host(request.headers.get(header))
        if host and host not in own_hosts(request):
            return host
    return ""


def find_petition(page_id):
    """The live, public version in the active language of the petition one of whose language
    versions has id `page_id`; 404 otherwise."""
    page = PetitionPage.objects.live().filter(pk=page_id).first()
    if page is None:
        raise Http404
    locale = Locale.get_active()
    if page.locale_id != locale.pk:
        page = (
            PetitionPage.objects.live()
            .filter(translation_key=page.translation_key, locale=locale)
            .first()
        )
    if page is None or page.get_view_restrictions().exists():
        raise Http404
    return page


def embed_url(petition, name="petition_embed"):
    return reverse(name, kwargs={"page_id": petition.pk})


def framable(response):
    """What only the embed's responses may be: framed by the configured origins."""
    policy = {"frame-ancestors": list(settings.EMBED_FRAME_ANCESTORS)}
    response._csp_replace = policy
    response._csp_replace_ro = policy
    patch_cache_control(response, private=True, no_cache=True)
    return response


def render(request, petition, status=200, **context):
    context = {
        "page": petition,
        "petition": petition,
        "embed_action": embed_url(petition),
        **context,
    }
    return framable(TemplateResponse(request, TEMPLATE, context, status=status))


def sign(request, petition):
    partner = clean_host(request.POST.get("partner"))
    result = signatures.sign(
        petition, request, source=SignatureSource.EMBED, partner_domain=partner
    )
    if result.thanked:
        return framable(
            HttpResponseRedirect(embed_url(petition, "petition_embed_thanks"), status=303)
        )
    if result.outcome is signatures.Outcome.CLOSED:
        return render(request, petition, status=403, closed=True)
    if result.outcome is signatures.Outcome.RATE_LIMITED:
        response = render(
            request,
            petition,
            status=429,
            rate_limited=True,
            retry_minutes=max(1, -(-result.retry_after // 60)),
        )
        response["Retry-After"] = str(result.retry_after)
        return response
    return render(request, petition, status=400, form=result.form, partner=partner)


@csrf_exempt  # see the module's docstring: a form stamp, not a cookie
@xframe_options_exempt
def petition_embed(request, page_id):
    petition = find_petition(page_id)
    if request.method == "POST":
        return sign(request, petition)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    if petition.is_closed:
        return render(request, petition, closed=True)
    return render(request, petition, form=petition.blank_form(), partner=partner_of(request))


@xframe_options_exempt
def petition_embed_thanks(request, page_id):
    petition = find_petition(page_id)
    return render(request, petition, thanked=True)
