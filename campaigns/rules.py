"""Shared rules: what every language version of a petition or an action obeys alike.

A petition and its translations share a translation key, and with it their signatures, counts
and letters. The rules under which they are taken (goal, end date, confirmation, country field,
campaign status, sending mode, targets, caps) therefore belong to the key too, and are read from
ONE page: the source version (the page in the locale the translations were made from).

`SynchronizedField(overridable=False)` does not guarantee this on its own: it binds only while a
translation is active, and after "stop translation" in wagtail-localize a translator can edit
every field of their locale's page. So the places that enforce a rule read `page.rules.<field>`,
never `page.<field>`.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import TranslationSource


class CampaignStatus(models.TextChoices):
    """Where a campaign stands; its petitions take signatures only while it is active."""

    ACTIVE = "active", _("Active")
    WON = "won", _("Won")
    LOST = "lost", _("Lost")
    CLOSED = "closed", _("Closed")
    ARCHIVED = "archived", _("Archived")


def source_version(page):
    """The source-locale page with `page`'s translation key (of the same type), or `page`."""
    model = type(page)
    key = page.translation_key
    source_locale = TranslationSource.objects.filter(object_id=key).values("locale_id")[:1]
    source = model.objects.filter(translation_key=key, locale_id=Subquery(source_locale)).first()
    if source is None:
        # Never translated with wagtail-localize (created in code, or only aliased): the page in
        # the default language leads.
        source = model.objects.filter(
            translation_key=key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
    if source is None or source.pk == page.pk:
        return page
    return source


def attach_sources(pages):
    """Resolve `page.rules` for many pages of one type in two queries, whatever their number
    or languages (lists of petitions would otherwise pay `source_version` once per page)."""
    pages = [page for page in pages if "rules" not in page.__dict__]
    if not pages:
        return
    model = type(pages[0])
    keys = {page.translation_key for page in pages}
    source_locales = dict(
        TranslationSource.objects.filter(object_id__in=keys).values_list("object_id", "locale_id")
    )
    candidates = (
        model.objects.filter(translation_key__in=keys)
        .filter(
            Q(locale_id__in=set(source_locales.values()))
            | Q(locale__language_code=settings.LANGUAGE_CODE)
        )
        .select_related("locale")
    )
    by_locale, by_language = {}, {}
    for candidate in candidates:
        by_locale[(candidate.translation_key, candidate.locale_id)] = candidate
        if candidate.locale.language_code == settings.LANGUAGE_CODE:
            by_language[candidate.translation_key] = candidate
    for page in pages:
        key = page.translation_key
        source = by_locale.get((key, source_locales.get(key))) or by_language.get(key)
        page.__dict__["rules"] = page if source is None or source.pk == page.pk else source


class RulesView:
    """`page` as the public forms see it: its own identity and words, the source's rules.

    The public forms (petitions/forms.py, actions/forms.py) are built from a page
    (`petition.country_field`, `action.mode`...): handing them this view instead of the page makes
    the form obey the shared rules without the form knowing about translations.
    """

    def __init__(self, page, fields):
        self._page = page
        self._fields = frozenset(fields)

    def __getattr__(self, name):
        if name in self._fields:
            return getattr(self._page.rules, name)
        return getattr(self._page, name)
