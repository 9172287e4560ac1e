import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from ..numbers import format_count, number_style

register = template.Library()


@register.filter
def count_format(value):
    """A whole number written for the reader's language: 1,234 / 1 234 / ١٬٢٣٤."""
    try:
        return format_count(value)
    except (TypeError, ValueError):
        return value


@register.simple_tag
def count_style():
    """Separator, group size and digits of the reader's language, for the refresh script."""
    return number_style()


@register.simple_tag
def blank_petition_form(petition, from_page=None):
    """A petition's empty form, to embed on another page (the page it was shown on is kept)."""
    return petition.blank_form(from_page=from_page)


CITATION = re.compile(r"\[(\d{1,3})\](?![^<]*>)")


@register.filter
def link_citations(html, count):
    """Turn "[2]" in a brief's rendered text into a link to its second source, when it has one.

    Only numbers of existing sources become links, and never inside a tag's attributes.
    """
    try:
        count = int(count)
    except (TypeError, ValueError):
        return html

    def replace(match):
        number = int(match.group(1))
        if not 1 <= number <= count:
            return match.group(0)
        label = escape(_("Source %(number)s") % {"number": number})
        return f'<a class="citation" href="#source-{number}" aria-label="{label}">[{number}]</a>'

    return mark_safe(CITATION.sub(replace, str(html)))  # noqa: S308 (input is rendered HTML)
