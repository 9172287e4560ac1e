"""Admin: event categories as snippets, and the .ics import (menu item and calendar buttons)."""

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import importable_calendars
from .models import EventCalendarPage, EventCategory
from .views import ImportIcsView


class EventCategoryViewSet(SnippetViewSet):
    model = EventCategory
    icon = "tag"
    menu_label = _("Event categories")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


register_snippet(EventCategoryViewSet)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("events/import/", ImportIcsView.as_view(), name="events_import_ics"),
        path(
            "events/import/<int:calendar_id>/",
            ImportIcsView.as_view(),
            name="events_import_ics_into",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(importable_calendars(request.user))


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import events (.ics)"), reverse("events_import_ics"), icon_name="date", order=320
    )


def _import_button(page, user, priority):
    page = page.specific_deferred
    # Imports go into the source language's calendar; translations follow from it.
    if (
        not isinstance(page, EventCalendarPage)
        or page.locale.language_code != settings.LANGUAGE_CODE
    ):
        return
    if page.permissions_for_user(user).can_add_subpage():
        yield Button(
            _("Import events (.ics)"),
            reverse("events_import_ics_into", args=[page.pk]),
            icon_name="upload",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def calendar_header_buttons(page, user, view_name, next_url=None):
    yield from _import_button(page, user, priority=40)


@hooks.register("register_page_listing_more_buttons")
def calendar_listing_buttons(page, user, next_url=None):
    yield from _import_button(page, user, priority=45)
