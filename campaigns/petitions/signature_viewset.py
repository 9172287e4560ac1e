"""The signatures list and its CSV export, as a Wagtail `ModelViewSet`.

Wagtail gives the listing, its filters, search, ordering, pagination and the spreadsheet
export; what is ours is who may do what and how cells are written:

- a signature is what a member of the public gave: staff read it (`campaigns.view_signature`)
  and may download it (`campaigns.export_signature`), nobody adds or edits one here (an
  erasure goes through `manage.py erase_supporter`, which keeps the counters exact);
- CSV cells go through `portal.csv_export` (a byte-order mark for UTF-8 spreadsheets, formula
  characters escaped), the same guard as every other download of the portal; XLSX cells are
  written as text by Wagtail already.

The per-petition overview (totals, breakdowns by country and language) stays in
admin_views.py and links here, filtered by petition.
"""

import uuid

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from portal.csv_export import csv_response
from portal.permissions import ReadOnlyPermissionPolicy

from .models import Signature
from .pages import PetitionPage

VIEW_PERMISSION = "campaigns.view_signature"
EXPORT_PERMISSION = "campaigns.export_signature"

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


class SignaturePermissionPolicy(ReadOnlyPermissionPolicy):
    """Read and export only: the admin never adds, changes or deletes a signature."""

    def user_has_permission(self, user, action):
        if action == "export":
            return user.is_active and user.has_perm(EXPORT_PERMISSION)
        return super().user_has_permission(user, action)


register_permission_policy(Signature, SignaturePermissionPolicy(Signature))


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


def petition_choices():
    return [(str(key), page.title) for key, page in petitions_by_key().items()]


class SignatureFilterSet(WagtailFilterSet):
    petition_key = django_filters.ChoiceFilter(label=_("Petition"), choices=petition_choices)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Signed"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Signature
        fields = ["petition_key", "confirmed", "language", "created_at"]


class SignatureIndexView(IndexView):
    """The list; `?export=csv` (or xlsx) downloads what the filters select."""

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not self.permission_policy.user_has_permission(
            request.user, "export"
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def show_export_buttons(self):
        return self.permission_policy.user_has_permission(self.request.user, "export")

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page")

    def get_filename(self):
        page = petitions_by_key().get(self._petition_filter())
        return f"signatures-{slugify(page.slug)}" if page else "signatures"

    def _petition_filter(self):
        try:
            return uuid.UUID(self.request.GET.get("petition_key", ""))
        except ValueError:
            return None

    def write_csv_response(self, queryset):
        rows = queryset.order_by("created_at").values_list(
            *[field for field, _heading in EXPORT_COLUMNS]
        )
        response = csv_response(
            [heading for _field, heading in EXPORT_COLUMNS],
            rows.iterator(chunk_size=2000),
            f"{self.get_filename()}.csv",
        )
        response["Cache-Control"] = "private, no-store"
        return response

    def write_xlsx_response(self, queryset):
        response = super().write_xlsx_response(queryset)
        response["Cache-Control"] = "private, no-store"
        return response


class SignatureViewSet(ModelViewSet):
    model = Signature
    icon = "form"
    name = "signatures"
    url_prefix = "campaigns/signature-list"
    menu_label = _("Signatures")
    add_to_admin_menu = False
    index_view_class = SignatureIndexView
    filterset_class = SignatureFilterSet
    list_display = ["email", "first_name", "last_name", "country", "language", "page"]
    list_display += ["confirmed", "created_at"]
    search_fields = ["email", "first_name", "last_name"]
    search_backend_name = None
    ordering = ["-created_at"]
    list_per_page = 50
    copy_view_enabled = False
    # Signatures reference nothing an editor would look up usages of; indexing them would cost
    # every signer a reference-index task.
    add_to_reference_index = False
    inspect_view_enabled = True
    inspect_view_fields = [field for field, _heading in EXPORT_COLUMNS if field != "page_id"]
    inspect_view_fields += ["confirmed_at", "page", "source_page"]
    list_export = [field for field, _heading in EXPORT_COLUMNS]
    export_headings = dict(EXPORT_COLUMNS)

    def get_urlpatterns(self):
        # The list, its results and one signature's page: no add, edit, delete or history views
        # (the permission policy refuses them anyway; without URLs no button can offer them).
        keep = {"index", "index_results", "inspect"}
        return [pattern for pattern in super().get_urlpatterns() if pattern.name in keep]

    def get_form_class(self, for_update=False):
        return None

    @property
    def permission_policy(self):
        return SignaturePermissionPolicy(Signature)

    def get_permissions_to_register(self):
        # Shown in Settings → Groups, so that admins can grant them without the Django admin.
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["view_signature", "export_signature"])
        )


signature_viewset = SignatureViewSet()
