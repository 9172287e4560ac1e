import wagtail_localize.wagtail_hooks as localize_hooks
from django.urls import path, reverse
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import coverage, editor_guide, explorer, links, twofactor
from .dashboard import TranslationCoveragePanel
from .localize_admin import (
    LocaleScopedSubmitPageTranslationView,
    LocaleScopedUpdateTranslationsView,
    scoped_buttons,
)
from .models import Topic
from .progress import as_source, is_in_progress
from .webhooks.admin import WebhookDeliveryViewSet, WebhookEndpointViewSet


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


register_snippet(TopicViewSet)


@hooks.register("before_serve_page")
def serve_source_while_translating(page, request, serve_args, serve_kwargs):
    """A page wagtail-localize made live for a translator who has not finished is served as the
    alias it was (portal/progress.py)."""
    if is_in_progress(page):
        return as_source(page).serve(request, *serve_args, **serve_kwargs)
    return None


@hooks.register("construct_homepage_panels")
def add_translation_coverage_panel(request, panels):
    panels.append(TranslationCoveragePanel())


@hooks.register("construct_homepage_panels")
def add_editor_guide_panel(request, panels):
    panels.append(editor_guide.EditorGuidePanel())


@hooks.register("register_admin_urls")
def editor_guide_urls():
    return editor_guide.urlpatterns


@hooks.register("register_help_menu_item")
def editor_guide_menu_item():
    return editor_guide.menu_item()


@hooks.register("register_admin_urls", order=-1)
def locale_scoped_translation_views():
    # Same paths as wagtail-localize's views, matched first (order=-1: its hooks module is imported
    # above, so it registered before this one): see portal/localize_admin.py.
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            LocaleScopedSubmitPageTranslationView.as_view(),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            LocaleScopedUpdateTranslationsView.as_view(),
        ),
        # Translators' overrides of links ("synchronised values") are checked: portal/links.py.
        path(
            "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            links.edit_override,
        ),
    ]


@hooks.register("register_admin_urls")
def translation_coverage_urls():
    return [
        path(
            "translation-coverage/<str:language>/<str:state>/",
            coverage.coverage_pages,
            name="portal_translation_coverage",
        )
    ]


hooks.register("construct_explorer_page_queryset", explorer.annotate_out_of_date)
hooks.register("register_page_listing_buttons", explorer.status_buttons)


@hooks.register("register_admin_urls")
def two_factor_urls():
    return twofactor.urlpatterns


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("portal_2fa_setup"),
        "label": gettext("Two-step sign-in"),
        "help_text": gettext("Ask for a code from an authenticator app after your password."),
    }


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [
        WebhookEndpointViewSet("webhook_endpoints", url_prefix="webhooks/endpoints"),
        WebhookDeliveryViewSet("webhook_deliveries", url_prefix="webhooks/deliveries"),
    ]


def scoped_localize_buttons(page, user, view_name=None, next_url=None):
    return scoped_buttons(
        localize_hooks.page_listing_more_buttons(page, user, view_name, next_url), page, user
    )


# wagtail-localize's "Translate this page" and "Sync translated pages" buttons, less those that
# would not serve the user (portal/localize_admin.py). Wagtail has no hook that filters header
# buttons, so its function is swapped for ours in the registry, where it was registered.
for _hook_name in ("register_page_header_buttons", "register_page_listing_more_buttons"):
    hooks._hooks[_hook_name] = [
        (scoped_localize_buttons if fn is localize_hooks.page_listing_more_buttons else fn, order)
        for fn, order in hooks._hooks.get(_hook_name, [])
    ]
