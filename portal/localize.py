"""Locale set-up and translation through wagtail-localize, for code (the demo loader, tests).

Pages created in code (`add_child`) are not aliased into other locales by wagtail-localize: only
the admin's "after_create_page" hook does that. `sync_page` does it for code.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization, Translation, TranslationSource
from wagtail_localize.synctree import create_aliases_for_new_page


def ensure_locales():
    """Every configured language exists as a Locale, and every locale is synchronised from the
    source language, so each page exists in every locale (as a translation or an alias)."""
    source, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    locales = {source.language_code: source}
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=code)
        locales[code] = locale
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})
    return locales


def sync_page(page):
    """Alias a page created in code into every synchronised locale that lacks it."""
    existing = set(
        Page.objects.filter(translation_key=page.translation_key).values_list(
            "locale_id", flat=True
        )
    )
    targets = LocaleSynchronization.objects.filter(sync_from_id=page.locale_id).exclude(
        locale_id__in=existing
    )
    if targets.exists():
        create_aliases_for_new_page(page)


def translate(instance, language_code, strings, *, publish=True):
    """Translate a page or snippet into a language with wagtail-localize.

    `strings` maps source strings (as wagtail-localize segments them) to their translation;
    segments without an entry keep the source text, as a translator keeps a proper name by
    typing it again: they are stored as translated, so the page counts as a complete
    translation (portal/progress.py). Running it again updates the translation, which stays
    editable in wagtail-localize's editor. Returns the translated instance.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
        elif not entry.msgstr:
            entry.msgstr = entry.msgid
    translation.import_po(po)
    # save_target publishes in transaction.on_commit; run it outside any atomic block so the
    # page is live when this returns (wagtail-localize issue 773: never translate a parent and
    # its child in one transaction).
    with transaction.atomic():
        translation.save_target(publish=publish)
    return translation.get_target_instance()


def translate_once(page, language_code, strings):
    """`translate`, unless the page already has a real translation in that language (an alias
    does not count): what the demo loader needs to be idempotent, with no new revisions."""
    exists = Page.objects.filter(
        translation_key=page.translation_key,
        locale__language_code=language_code,
        alias_of__isnull=True,
    ).exists()
    if not exists:
        return translate(page, language_code, strings)
    return None
