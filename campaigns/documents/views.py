"""Admin report: every document with its downloads and whether its text could be read.

Shown to anyone who may add or change documents in some collection (the editors), under Reports,
listing only the documents Wagtail's document permission policy lets them change or choose, as
Wagtail's own document listing does: titles in a collection they cannot open stay hidden. Documents
without a row yet (never downloaded, uploaded before this report existed) are listed with zero
downloads.
"""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import F
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

PER_PAGE = 50
SORTS = {
    "downloads": (F("portal_text__downloads").desc(nulls_last=True), "title"),
    "title": ("title",),
}


def document_permission_policy():
    """Wagtail's document permission policy, looked up when needed (importing
    wagtail.documents.permissions at module level is deprecated and too early)."""
    return policy_registry.get_by_type(get_document_model())


def can_view(user):
    return document_permission_policy().user_has_any_permission(user, ["add", "change"])


def visible_documents(user):
    return document_permission_policy().instances_user_has_any_permission_for(
        user, ["change", "choose"]
    )


def document_report(request):
    if not can_view(request.user):
        raise PermissionDenied
    sort = request.GET.get("sort") if request.GET.get("sort") in SORTS else "downloads"
    documents = visible_documents(request.user).select_related("portal_text").order_by(*SORTS[sort])
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
