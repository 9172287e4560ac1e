"""Text helpers shared by the apps: sorting names in the reader's collation.

Python's own sort puts "Émirats" after "Zambie", English order before Cyrillic and Arabic, and
Chinese by code point (中国 first). `sort_key` follows the Unicode Collation Algorithm (pyuca's
DUCET table: accents and case are secondary, every script in its alphabetical order) and, for
Chinese, the pinyin of each character first (pypinyin), which is how Chinese readers look a
country up. ICU would tailor each language further, but PyICU has no wheel to install.
"""

import unicodedata
from functools import cache

from django.utils.translation import get_language


@cache
def _collator():
    import pyuca

    return pyuca.Collator()


def _pinyin(text):
    from pypinyin import Style, lazy_pinyin

    return " ".join(lazy_pinyin(text, style=Style.TONE3, errors="default"))


def sort_key(text, language=None):
    """A key that sorts names as a reader of `language` (the active one by default) expects:
    case and accents count only between otherwise equal names ("Émirats" between "Égypte"
    and "Équateur"), Chinese by pinyin; ties are broken by the exact text so the order is
    stable."""
    text = str(text).strip()
    language = (language or get_language() or "en").lower()
    collated = _pinyin(text) if language.startswith("zh") else text
    normalised = unicodedata.normalize("NFC", collated)
    return (_collator().sort_key(normalised), text)


class CollatedCountries:
    """django-countries' countries, named and sorted in the reader's language at each iteration
    (a form's choices stay lazy: the reader's language is known only at render)."""

    def __iter__(self):
        from django_countries import countries

        return iter(sorted(countries, key=lambda country: sort_key(country.name)))


collated_countries = CollatedCountries()
