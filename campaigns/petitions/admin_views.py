"""Staff views of signatures: totals per petition and each petition's breakdowns.

The list of signatures and its CSV export are a Wagtail ModelViewSet (signature_viewset.py).

Listing needs `campaigns.view_signature`, the export `campaigns.export_signature`; grant them to
a group in Settings → Groups. Superusers have both.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django_countries import countries

from .models import Signature
from .signature_viewset import (
    EXPORT_PERMISSION,
    VIEW_PERMISSION,
    petitions_by_key,
    signature_viewset,
)


def require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def index(request):
    require(request, VIEW_PERMISSION)
    pages = petitions_by_key()
    totals = {
        row["petition_key"]: row
        for row in Signature.objects.values("petition_key").annotate(
            confirmed_total=Count("id", filter=Q(confirmed=True)),
            pending_total=Count("id", filter=Q(confirmed=False)),
        )
    }
    rows = [
        {
            "page": page,
            "confirmed": totals.get(key, {}).get("confirmed_total", 0),
            "pending": totals.get(key, {}).get("pending_total", 0),
        }
        for key, page in pages.items()
    ]
    rows.sort(key=lambda row: -row["confirmed"])
    return render(
        request,
        "campaigns/admin/signature_index.html",
        {"page_title": _("Signatures"), "header_icon": "form", "rows": rows},
    )


def detail(request, key):
    require(request, VIEW_PERMISSION)
    page = petitions_by_key().get(key)
    if page is None:
        raise Http404
    signatures = Signature.objects.filter(petition_key=key)
    country_names = dict(countries)
    by_country = [
        (country_names.get(row["country"], row["country"] or _("Not given")), row["total"])
        for row in signatures.filter(confirmed=True)
        .values("country")
        .annotate(total=Count("id"))
        .order_by("-total")
    ]
    language_names = dict(settings.LANGUAGES)
    by_language = [
        (language_names.get(row["language"], row["language"]), row["total"])
        for row in signatures.filter(confirmed=True)
        .values("language")
        .annotate(total=Count("id"))
        .order_by("-total")
    ]
    return render(
        request,
        "campaigns/admin/signature_detail.html",
        {
            "page_title": _("Signatures"),
            "page_subtitle": page.title,
            "header_icon": "form",
            "petition": page,
            "key": key,
            "by_country": by_country,
            "by_language": by_language,
            "list_url": signature_list_url(key),
            "export_url": signature_list_url(key, export="csv"),
            "can_export": request.user.has_perm(EXPORT_PERMISSION),
            "confirmed_total": sum(total for _name, total in by_country),
            "pending_total": signatures.filter(confirmed=False).count(),
        },
    )


def signature_list_url(key, **params):
    """The signatures list (signature_viewset.py) of one petition; `export="csv"` downloads it."""
    query = urlencode({"petition_key": str(key), **params})
    return f"{reverse(signature_viewset.get_url_name('index'))}?{query}"


def export(request, key):
    """The export's first address, kept for bookmarks: the list's own CSV download."""
    require(request, EXPORT_PERMISSION)
    if key not in petitions_by_key():
        raise Http404
    return redirect(signature_list_url(key, export="csv"))
