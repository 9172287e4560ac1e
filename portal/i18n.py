"""Which language versions of a page exist, for the language switcher, hreflang and canonical links.

Digits: Arabic pages write every number with Western digits (0-9): counters, dates, counts in
sentences and the live counter alike. CLDR's Arabic defaults to Arabic-Indic digits, but Django's
date and number formats, the catalogues' counts and readers' own input (phone numbers, postcodes)
are in Western digits, and most Arabic news and campaign sites use them: one choice everywhere
rather than a mix. Portuguese is Brazilian Portuguese (pt-BR), under the stable `/pt/` prefix and
Wagtail locale `pt` (portal/cldr.py).

A page and its translations share a `translation_key`. In a locale where nobody has translated the
page yet, wagtail-localize's synchronisation keeps an alias of the source page: it shows the source
content, so it is offered in the switcher (marked) but never announced as a translation in hreflang.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Subquery
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info, pgettext, pgettext_lazy
from wagtail.models import Page

from .models import CompleteTranslation
from .progress import shown_as_source


@dataclass
class LanguageVersion:
    code: str
    native_name: str
    url: str
    is_current: bool
    # the page exists in this language only as an untranslated copy of the source: an alias, or
    # a translation still in progress (portal/progress.py)
    is_alias: bool
    is_source: bool
    published_at: object = None  # when this version was last published
    completed_at: object = None  # when it was last published as a complete translation

    def is_older_than(self, source):
        """Whether the source version changed after this translation was last published
        complete (wagtail-localize's translations only: see portal/progress.py)."""
        return bool(
            self.completed_at and source.published_at and source.published_at > self.completed_at
        )

    @property
    def bidi(self):
        return get_language_info(self.code)["bidi"]


def language_versions(request, page=None):
    """Every configured language, with the URL of this page (or this view) in that language.

    Costs one query for a page, whatever the number of languages; none for a plain view.
    """
    current = get_language()
    if page is None or not getattr(page, "translation_key", None):
        path = request.get_full_path() if request else "/"
        return [
            LanguageVersion(
                code=code,
                native_name=name,
                url=translate_url(path, code),
                is_current=code == current,
                is_alias=False,
                is_source=code == settings.LANGUAGE_CODE,
            )
            for code, name in settings.LANGUAGES
        ]

    versions = (
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .only(
            "id",
            "url_path",
            "alias_of_id",
            "locale__language_code",
            "translation_key",
            "last_published_at",
        )
        .annotate(
            as_source=ExpressionWrapper(shown_as_source(), output_field=BooleanField()),
            completed_at=Subquery(
                CompleteTranslation.objects.filter(page_id=OuterRef("pk")).values("completed_at")
            ),
        )
    )
    by_code = {version.locale.language_code: version for version in versions}
    result = []
    for code, name in settings.LANGUAGES:
        version = by_code.get(code)
        if version is None:
            continue
        result.append(
            LanguageVersion(
                code=code,
                native_name=name,
                url=version.get_url(request),
                is_current=code == current,
                is_alias=version.as_source and code != settings.LANGUAGE_CODE,
                is_source=code == settings.LANGUAGE_CODE,
                published_at=version.last_published_at,
                completed_at=version.completed_at,
            )
        )
    return result


def absolute(request, url):
    """An absolute link from BASE_URL, never from the request's Host header (which a client
    chooses, and which a cache would then serve to everyone)."""
    if url.startswith("http://") or url.startswith("https://"):
        return url
    return settings.BASE_URL + "/" + url.lstrip("/")


# A language named inside a sentence ("available in Spanish", "updated in English"): each
# catalogue writes the whole phrase with its own case, preposition and capitalisation ("en
# español", "на испанском", "em espanhol", "بالإسبانية", "西班牙文"), which a name dropped into
# "in %s" cannot get right.
IN_LANGUAGE = {
    "en": pgettext_lazy("in a language", "in English"),
    "fr": pgettext_lazy("in a language", "in French"),
    "es": pgettext_lazy("in a language", "in Spanish"),
    "ar": pgettext_lazy("in a language", "in Arabic"),
    "ru": pgettext_lazy("in a language", "in Russian"),
    "zh-hans": pgettext_lazy("in a language", "in Chinese"),
    "pt": pgettext_lazy("in a language", "in Portuguese"),
}


def in_language(code):
    """ "in <language>" for a sentence, in the reader's language."""
    if code in IN_LANGUAGE:
        return str(IN_LANGUAGE[code])
    try:
        name = get_language_info(code)["name_translated"]
    except KeyError:
        name = dict(settings.LANGUAGES).get(code, code)
    return pgettext("in a language", "in %(language)s") % {"language": name}
