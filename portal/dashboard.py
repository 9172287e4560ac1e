"""The translation coverage panel on the Wagtail dashboard.

Every page exists in every locale (wagtail-localize's locale synchronisation): as a real
translation, or as an alias that shows the source content until someone translates it. The panel
tells editors and translators, per language, how far translation has gone and what has gone stale.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Subquery
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .progress import shown_as_source


@dataclass(frozen=True)
class LanguageCoverage:
    """Translation coverage of one language against the source language.

    - `source_pages`: pages of the source locale, the root excepted;
    - `translated`: pages of this locale that readers see as translations (including any page
      written in this locale only, with no source version);
    - `aliases`: pages of this locale showing the source content: aliases, and translations
      still in progress (portal/progress.py);
    - `missing`: source pages with no version at all in this locale (locale synchronisation
      has not run for them yet);
    - `out_of_date`: translated pages whose source version was published after the
      translation was last published. Both must have been published once: a translation
      never published is a draft, not an out-of-date page. Republishing the source without
      changing any text still marks its translations out of date; publishing the translation
      again (wagtail-localize's "Sync translated pages", or the translation editor) clears it;
    - `percent`: the share of source pages that have a real translation, rounded down so that
      100 means every page is translated.
    """

    code: str
    name: str
    source_pages: int
    translated: int
    aliases: int
    missing: int
    out_of_date: int
    percent: int
    home_page_id: int | None


def _locales_with_home_page():
    """{language code: {pk, language_code, home_page_id}}, in one query."""
    return {
        locale["language_code"]: locale
        for locale in Locale.objects.annotate(
            home_page_id=Subquery(
                Page.objects.filter(locale=OuterRef("pk"), depth=2)
                .order_by("path")
                .values("pk")[:1]
            )
        ).values("pk", "language_code", "home_page_id")
    }


def source_version(source_locale_id):
    """The source-locale version of the outer page (same translation key)."""
    return Page.objects.filter(
        locale_id=source_locale_id, translation_key=OuterRef("translation_key")
    )


def state_filters(source_locale_id):
    """{state: filter on a locale's pages}: the one definition of each state, shared by the
    panel's counts and the lists its figures link to (portal/coverage.py)."""
    # Translations still in progress count as aliases: readers see the source (progress.py).
    translated = ~shown_as_source()
    newer_source = source_version(source_locale_id).filter(
        last_published_at__gt=OuterRef("last_published_at")
    )
    return {
        "translated": translated,
        "aliases": shown_as_source(),
        "out_of_date": translated & Exists(newer_source),
    }


def missing_filter(locale_id):
    """On source pages: those with no version at all in the locale."""
    return ~Exists(
        Page.objects.filter(locale_id=locale_id, translation_key=OuterRef("translation_key"))
    )


def _page_counts(source_locale_id):
    """{locale id: counts of its pages}, in one pass over the pages grouped by locale: all of
    them, the real translations, the aliases, those whose source page exists, the translations
    of an existing source (covered), and the translations older than their source."""
    states = state_filters(source_locale_id)
    has_source = Exists(source_version(source_locale_id))
    return {
        row["locale_id"]: row
        for row in Page.objects.filter(depth__gt=1)
        .values("locale_id")
        .annotate(
            pages=Count("pk"),
            with_source=Count("pk", filter=has_source),
            covered=Count("pk", filter=states["translated"] & has_source),
            **{state: Count("pk", filter=condition) for state, condition in states.items()},
        )
        .order_by()
    }


def translation_coverage():
    """One `LanguageCoverage` per configured language but the source, in settings order.

    Two queries, whatever the number of languages and pages: the locales with their home page,
    then one pass over the pages grouped by locale.
    """
    locales = _locales_with_home_page()
    source = locales.get(settings.LANGUAGE_CODE)
    counts = _page_counts(source["pk"]) if source is not None else {}
    source_pages = counts.get(source["pk"], {}).get("pages", 0) if source else 0

    rows = []
    for code, name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale = locales.get(code)
        row = counts.get(locale["pk"], {}) if locale else {}
        covered = row.get("covered", 0)
        rows.append(
            LanguageCoverage(
                code=code,
                name=name,
                source_pages=source_pages,
                translated=row.get("translated", 0),
                aliases=row.get("aliases", 0),
                missing=source_pages - row.get("with_source", 0),
                out_of_date=row.get("out_of_date", 0),
                percent=covered * 100 // source_pages if source_pages else 0,
                home_page_id=locale["home_page_id"] if locale else None,
            )
        )
    return rows


def visible_language_codes(user):
    """Languages whose coverage `user` sees: a translator (who may edit some translated trees
    but not the source tree) sees their own languages; editors, moderators and administrators
    see them all."""
    codes = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    if user.is_superuser:
        return codes
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    writable = set(editable.filter(depth=2).values_list("locale__language_code", flat=True))
    if settings.LANGUAGE_CODE in writable or not writable:
        return codes
    return [code for code in codes if code in writable]


class TranslationCoveragePanel(Component):
    """Dashboard panel: a table of `translation_coverage()`, one row per language."""

    name = "translation_coverage"
    template_name = "portal/admin/translation_coverage_panel.html"
    # After the site summary (100), before the moderation and recent-edits panels (210+).
    order = 150

    def get_context_data(self, parent_context=None):
        visible = set(visible_language_codes(parent_context["request"].user))
        return {
            "rows": [row for row in translation_coverage() if row.code in visible],
            # In the admin user's language, mid-sentence ("compared with the English source").
            "source_language": get_language_info(settings.LANGUAGE_CODE)["name_translated"],
            "heading": _("Translation coverage"),
        }
