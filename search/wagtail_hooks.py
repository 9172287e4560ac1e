"""Admin: popular search queries per language, under Reports; search synonyms as snippets."""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView, TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SynonymSet
from .promotions import popular_queries

PERIODS = (7, 30, 90, 365)
PROMOTION_PERMISSIONS = (
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
)


def can_see_queries(user):
    return user.is_superuser or any(user.has_perm(perm) for perm in PROMOTION_PERMISSIONS)


class PopularQueriesView(WagtailAdminTemplateMixin, TemplateView):
    """What readers search for, per language, with the searches that found nothing, so that
    editors can promote a page for them or fill the gap."""

    template_name = "search/admin/popular_queries.html"
    page_title = _("Popular searches")
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_queries(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        languages = list(settings.LANGUAGES)
        chosen = self.request.GET.get("language", "")
        if chosen not in dict(languages):
            chosen = ""
        try:
            days = int(self.request.GET.get("days", "30"))
        except ValueError:
            days = 30
        if days not in PERIODS:
            days = 30
        limit = 50 if chosen else 10
        context["sections"] = [
            {"code": code, "name": name, "queries": list(popular_queries(code, days, limit))}
            for code, name in languages
            if not chosen or code == chosen
        ]
        context["languages"] = languages
        context["chosen_language"] = chosen
        context["periods"] = PERIODS
        context["days"] = days
        return context


@hooks.register("register_admin_urls")
def register_popular_queries_url():
    return [
        path(
            "reports/popular-searches/",
            PopularQueriesView.as_view(),
            name="search_popular_queries",
        )
    ]


class PopularQueriesMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_queries(request.user)


@hooks.register("register_reports_menu_item")
def register_popular_queries_menu_item():
    return PopularQueriesMenuItem(
        _("Popular searches"),
        reverse("search_popular_queries"),
        name="popular-searches",
        icon_name="search",
        order=1310,
    )


def synonym_language_choices():
    return [("", _("Every language")), *settings.WAGTAIL_CONTENT_LANGUAGES]


class SynonymSetViewSet(SnippetViewSet):
    """Editors' synonyms (see search.synonyms): applied to every search from the next query on;
    Elasticsearch indexes take them when the index is rebuilt."""

    model = SynonymSet
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 320
    add_to_settings_menu = True
    list_display = ["__str__", "language"]
    search_fields = ["terms"]
    panels = [
        FieldPanel("language", widget=forms.Select(choices=synonym_language_choices())),
        FieldPanel("terms"),
    ]


register_snippet(SynonymSetViewSet)


# One search-terms report. Wagtail's "Search terms" (superusers only) counts Wagtail's own query
# log, which the portal's search does not feed per language, so it disagreed with "Popular
# searches": it leaves the menu, and its address leads to ours.
@hooks.register("construct_reports_menu")
def hide_wagtails_search_terms_report(request, menu_items):
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


@hooks.register("register_admin_urls", order=-1)
def redirect_wagtails_search_terms_report():
    return [
        path(
            "searchpicks/reports/search-terms/",
            RedirectView.as_view(pattern_name="search_popular_queries"),
        )
    ]
