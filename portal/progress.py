"""Which pages readers see as translations: the one criterion for pages, switcher, hreflang,
sitemaps, feeds, the API and the dashboard.

wagtail-localize turns an alias into a live page holding the source text as soon as a translator
clicks "Translate this page" (it publishes the page with every missing segment falling back to
the source), and again each time the translator publishes a half-done translation. Such a page
has no `alias_of` but is not a translation yet: until a translation of it is published with every
segment translated, readers see exactly what the alias showed them (the source's text, the
alias notice, the source's `lang`, no hreflang to it).

"Every segment translated" is wagtail-localize's own progress (`Translation.get_progress`) less
the slug, which translators may keep (it is an address, not text a reader reads), read when
the page is published and remembered in `CompleteTranslation`, so reading it costs one
`Exists` per query, never a count of segments. A later publish with missing segments (after the
source grew new ones) keeps the page a translation: it is then out of date, which the reader is
told (`LanguageVersion.is_older_than` in portal/i18n.py). Pages translated without
wagtail-localize's editor (no enabled `Translation`: copied and edited by hand, or made in code)
are translations as soon as they stop being aliases.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .models import CompleteTranslation


def _translations():
    """wagtail-localize's enabled translations into the outer page's locale."""
    return Translation.objects.filter(
        enabled=True,
        source__object_id=OuterRef("translation_key"),
        target_locale_id=OuterRef("locale_id"),
    )


def in_progress():
    """A filter for pages under translation in wagtail-localize that have never been published
    complete: shown as their source, like an alias."""
    completed = CompleteTranslation.objects.filter(page_id=OuterRef("pk"))
    return Q(Exists(_translations())) & ~Q(Exists(completed))


def shown_as_source():
    """A filter for pages whose readers see the source: aliases and translations in progress."""
    return Q(alias_of__isnull=False) | in_progress()


def real_translations(queryset):
    """Only the pages that readers see in their own language."""
    return queryset.filter(alias_of__isnull=True).exclude(in_progress())


def is_in_progress(page):
    """Whether this one page is a translation in progress (one query; none for an alias)."""
    if page.alias_of_id is not None:
        return False
    return (
        Page.objects.filter(pk=page.pk)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .filter(in_progress())
        .exists()
    )


def as_source(page):
    """What readers see of a translation in progress: the live source's content under this
    page's address, marked as an alias of the source, exactly as the alias was. In memory only:
    the returned instance is for rendering and serialising, never for saving."""
    source = (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    if source is None:
        return page
    specific = page.specific
    shown = specific.with_content_json(source.specific.serializable_data())
    shown.slug, shown.url_path = specific.slug, specific.url_path
    shown.alias_of_id = source.pk
    return shown


def record_publication(page):
    """Called when a page is published: a translation published with every segment translated
    counts from now on (and is up to date as of now)."""
    if page.alias_of_id is not None:
        return
    translation = (
        Translation.objects.filter(
            enabled=True, source__object_id=page.translation_key, target_locale_id=page.locale_id
        )
        .select_related("source")
        .first()
    )
    if translation is not None and not _missing_segments(translation).exists():
        CompleteTranslation.objects.update_or_create(
            page_id=page.pk, defaults={"completed_at": timezone.now()}
        )


def _missing_segments(translation):
    """The source's text segments with no usable translation into the target locale."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=translation.target_locale_id,
        has_error=False,
    )
    return (
        StringSegment.objects.filter(source_id=translation.source_id)
        .exclude(context__path="slug")
        .exclude(Exists(translated))
    )


def on_page_published(sender, instance, **kwargs):
    record_publication(instance)
