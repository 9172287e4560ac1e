"""The pages behind each figure of the translation coverage panel (portal/dashboard.py).

A translator follows "Missing 3" or "Out of date 2" to the list of those pages in their language,
each with the action that does the work: translate (wagtail-localize's "Translate this page"),
sync (its "Sync translated pages"), or the translation editor, where a translated page's strings
can also be downloaded and uploaded as a PO file. The lists use the panel's own filters, so their
lengths are the panel's figures.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from .dashboard import missing_filter, state_filters, visible_language_codes

STATES = {
    "translated": _("Translated pages"),
    "aliases": _("Aliases, waiting for a translation"),
    "missing": pgettext_lazy("translation coverage", "Missing pages"),
    "out_of_date": _("Out-of-date translations"),
}


def can_sync_source(user):
    """Syncing sends the source's changes onward: for whom may edit the source tree
    (portal/localize_admin.py's `can_sync`, decided once for the list, not per row)."""
    if user.is_superuser:
        return True
    home = Page.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).first()
    return home is not None and home.permissions_for_user(user).can_edit()


def pages_in_state(source_locale, locale, state):
    """The pages one figure counts, in tree order, with what their action links need."""
    if state == "missing":
        pages = Page.objects.filter(locale=source_locale, depth__gt=1).filter(
            missing_filter(locale.pk)
        )
    else:
        pages = Page.objects.filter(locale=locale, depth__gt=1).filter(
            state_filters(source_locale.pk)[state]
        )
    if state == "out_of_date":
        pages = pages.annotate(
            translation_source_id=Subquery(
                TranslationSource.objects.filter(
                    object_id=OuterRef("translation_key"), locale=source_locale
                ).values("pk")[:1]
            )
        )
    return pages.order_by("path")


def coverage_pages(request, language, state):
    """Admin view: one figure of the coverage panel as a list of pages with their actions."""
    if state not in STATES:
        raise Http404
    if language not in visible_language_codes(request.user):
        raise PermissionDenied
    locales = {
        locale.language_code: locale
        for locale in Locale.objects.filter(language_code__in=[language, settings.LANGUAGE_CODE])
    }
    if language not in locales or settings.LANGUAGE_CODE not in locales:
        raise Http404
    pages = list(pages_in_state(locales[settings.LANGUAGE_CODE], locales[language], state))
    return render(
        request,
        "portal/admin/coverage_pages.html",
        {
            "pages": pages,
            "state": state,
            "language": language,
            "language_name": dict(settings.LANGUAGES)[language],
            "header_title": STATES[state],
            "can_sync": state == "out_of_date" and can_sync_source(request.user),
        },
    )
