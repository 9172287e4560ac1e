from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns import supporters_admin
from campaigns.documents import views as document_views
from campaigns.petitions import admin_views
from campaigns.petitions.signature_viewset import signature_viewset

from .actions.models import Target
from .briefs.models import Author


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("campaigns/signatures/", admin_views.index, name="campaigns_signatures"),
        path(
            "campaigns/signatures/<uuid:key>/",
            admin_views.detail,
            name="campaigns_signatures_detail",
        ),
        path("campaigns/documents/", document_views.document_report, name="campaigns_documents"),
        path(
            "campaigns/signatures/<uuid:key>/export.csv",
            admin_views.export,
            name="campaigns_signatures_export",
        ),
        path("supporters/export/", supporters_admin.export_view, name="campaigns_supporter_export"),
    ]


class SignaturesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_signatures_menu_item():
    return SignaturesMenuItem(
        _("Signatures"),
        reverse("campaigns_signatures"),
        name="signatures",
        icon_name="form",
        order=320,
    )


@hooks.register("register_admin_viewset")
def register_signature_viewset():
    return signature_viewset


class SupporterExportMenuItem(MenuItem):
    def is_shown(self, request):
        return supporters_admin.can_export(request.user)


@hooks.register("register_settings_menu_item")
def register_supporter_export_menu_item():
    return SupporterExportMenuItem(
        _("Supporter data export"),
        reverse("campaigns_supporter_export"),
        name="supporter-export",
        icon_name="download",
        order=910,
    )


@hooks.register("register_log_actions")
def register_supporter_export_log_action(actions):
    @actions.register_action(supporters_admin.LOG_ACTION)
    class SupporterExportFormatter(LogFormatter):
        label = _("Supporter data export")

        def format_message(self, log_entry):
            return _("Exported the data stored about %(address)s") % {
                "address": log_entry.data.get("supporter", "")
            }


class TargetViewSet(SnippetViewSet):
    model = Target
    icon = "mail"
    menu_label = _("Action targets")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "country", "role", "language", "active"]
    list_filter = ["language", "active"]
    search_fields = ["name", "role", "email"]


register_snippet(TargetViewSet)


class DocumentReportMenuItem(MenuItem):
    def is_shown(self, request):
        return document_views.can_view(request.user)


@hooks.register("register_reports_menu_item")
def register_document_report_menu_item():
    return DocumentReportMenuItem(
        _("Documents: downloads and text"),
        reverse("campaigns_documents"),
        name="document-downloads",
        icon_name="doc-full-inverse",
        order=900,
    )


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Brief authors")
    menu_order = 330
    add_to_admin_menu = True
    list_display = ["name", "role", "locale"]
    search_fields = ["name", "role"]


register_snippet(AuthorViewSet)
