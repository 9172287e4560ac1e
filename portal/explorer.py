"""Marks aliases and out-of-date translations in the page explorer.

Wagtail's page listing has no hook for its status column, but each row shows the buttons of
`register_page_listing_buttons`: an alias gets an "Alias" button (to translate it) and an
out-of-date translation an "Out of date" button (to its translation editor), so a translator
finds the work in the tree. Whether a translation is out of date is the coverage panel's own
definition (portal/dashboard.py), annotated on the explorer's queryset in the same query.
"""

from django.conf import settings
from django.db.models import BooleanField, ExpressionWrapper, Subquery
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale

from .dashboard import state_filters


def annotate_out_of_date(parent_page, pages, request):
    source_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values("pk")[:1]
    return pages.annotate(
        portal_out_of_date=ExpressionWrapper(
            state_filters(Subquery(source_locale))["out_of_date"], output_field=BooleanField()
        )
    )


def status_buttons(page, user, next_url=None):
    if page.alias_of_id:
        # Who may edit the alias may translate it (portal/localize_admin.py); others are shown
        # the source page, whose translation they do not write.
        if page.permissions_for_user(user).can_edit():
            url = reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id])
        else:
            url = reverse("wagtailadmin_pages:edit", args=[page.alias_of_id])
        yield ListingButton(
            _("Alias"),
            url=url,
            attrs={
                "data-translation-status": "alias",
                "title": _("Shows the source content until it is translated: translate it"),
            },
            priority=5,
        )
    elif getattr(page, "portal_out_of_date", False):
        yield ListingButton(
            _("Out of date"),
            url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            attrs={
                "data-translation-status": "out-of-date",
                "title": _("Its source was published after it: review the translation"),
            },
            priority=5,
        )
