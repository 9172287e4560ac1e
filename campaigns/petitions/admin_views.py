"""Staff views of signatures: totals per petition, breakdowns, the list, and the CSV export.

Listing needs `campaigns.view_signature`, the export `campaigns.export_signature`; grant them to
a group in Settings → Groups. Superusers have both.
"""

import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_countries import countries

from portal.csv_export import csv_response

from .models import Signature
from .pages import PetitionPage

VIEW_PERMISSION = "campaigns.view_signature"
EXPORT_PERMISSION = "campaigns.export_signature"


def require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def petitions_by_key():
    """One page per petition (its source-language version when there is one), by key."""
    chosen = {}
    pages = PetitionPage.objects.filter(alias_of__isnull=True).select_related("locale")
    for page in pages.order_by("path"):
        current = chosen.get(page.translation_key)
        if current is None or (
            page.locale.language_code == settings.LANGUAGE_CODE
            and current.locale.language_code != settings.LANGUAGE_CODE
        ):
            chosen[page.translation_key] = page
    return chosen


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
    paginator = Paginator(signatures.order_by("-created_at"), 50)
    listing = paginator.get_page(request.GET.get("p"))
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
            "listing": listing,
            "can_export": request.user.has_perm(EXPORT_PERMISSION),
            "confirmed_total": sum(total for _name, total in by_country),
            "pending_total": signatures.filter(confirmed=False).count(),
        },
    )


EXPORT_COLUMNS = [
    ("first_name", "first name"),
    ("last_name", "last name"),
    ("email", "email"),
    ("country", "country"),
    ("language", "language"),
    ("newsletter", "newsletter"),
    ("confirmed", "confirmed"),
    ("created_at", "signed at"),
    ("page_id", "page id"),
    ("source", "source"),  # "page" or "embed"
    ("partner_domain", "partner domain"),
]


def export_rows(key):
    return (
        Signature.objects.filter(petition_key=key)
        .order_by("created_at")
        .values_list(*[field for field, _heading in EXPORT_COLUMNS])
        .iterator(chunk_size=2000)
    )


def export(request, key):
    require(request, EXPORT_PERMISSION)
    page = petitions_by_key().get(key)
    if page is None:
        raise Http404
    filename = f"signatures-{slugify(page.slug) or uuid.UUID(str(key)).hex[:8]}.csv"
    headings = [heading for _field, heading in EXPORT_COLUMNS]
    response = csv_response(headings, export_rows(key), filename)
    response["Cache-Control"] = "private, no-store"
    return response
