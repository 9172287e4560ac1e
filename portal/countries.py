"""Country lists in the reader's language, rendered once per language and process.

A form's country `<select>` holds about 250 options. Django renders each through its widget
templates, which made the select alone cost as much as the rest of a petition page. The names
only change with the language (the translation catalogues are fixed for a process's life), so
the rendered select is kept, keyed on everything its HTML depends on: language, field name,
chosen value and attributes. The memo is bounded (least recently used go first): keys vary with
the chosen value and the form's id prefix, not with readers.
"""

from collections import OrderedDict
from threading import Lock

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language

from portal.text import collated_countries

MEMO_SIZE = 512


class Memo:
    """A small thread-safe LRU mapping; values are built outside the lock."""

    def __init__(self, size=MEMO_SIZE):
        self.size, self.items, self.lock = size, OrderedDict(), Lock()

    def get_or_build(self, key, build):
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        value = build()
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


_selects = Memo()


class CountrySelect(forms.Select):
    """The country field's select: the same HTML as forms.Select, built once per language and
    value. Choices must depend on nothing but the active language (django-countries' list,
    with a translated blank label first)."""

    def render(self, name, value, attrs=None, renderer=None):
        final = self.build_attrs(self.attrs, attrs)
        key = (
            get_language(),
            name,
            "" if value is None else str(value),
            self.is_required,
            tuple(sorted((k, str(v)) for k, v in final.items())),
        )
        return _selects.get_or_build(
            key, lambda: super(CountrySelect, self).render(name, value, attrs, renderer)
        )


_options = Memo()


def country_options(selected=""):
    """Every country as `<option>` elements, named and sorted in the active language's
    collation (portal/text.py), `selected` (a code) marked."""

    def build():
        return format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (code, format_html(" selected") if code == selected else "", name)
                for code, name in collated_countries
            ),
        )

    return _options.get_or_build((get_language(), selected), build)
