from django import template

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
