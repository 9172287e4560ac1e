"""Admin report: every document with its downloads and whether its text could be read.

Shown to anyone who may change documents (the editors), under Reports. Documents without a row
yet (never downloaded, uploaded before this report existed) are listed with zero downloads.
"""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import F
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

PER_PAGE = 50
SORTS = {
    "downloads": (F("portal_text__downloads").desc(nulls_last=True), "title"),
    "title": ("title",),
}


def can_view(user):
    return user.has_perm("wagtaildocs.change_document") or user.has_perm("wagtaildocs.add_document")


def document_report(request):
    if not can_view(request.user):
        raise PermissionDenied
    sort = request.GET.get("sort") if request.GET.get("sort") in SORTS else "downloads"
    documents = get_document_model().objects.select_related("portal_text").order_by(*SORTS[sort])
    page = Paginator(documents, PER_PAGE).get_page(request.GET.get("p"))
    return render(
        request,
        "campaigns/admin/document_report.html",
        {
            "page_title": _("Documents: downloads and text"),
            "header_icon": "doc-full-inverse",
            "listing": page,
            "sort": sort,
        },
    )
