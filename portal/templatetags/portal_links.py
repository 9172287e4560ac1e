"""Links printed safely: see portal/links.py."""

from django import template
from django.utils.safestring import mark_safe

from portal.links import is_safe_url
from portal.links import neutralise_links as neutralise

register = template.Library()


@register.filter
def safe_url(value):
    """The link, or an empty string when it is not a safe one (javascript:, data:…)."""
    if value is None:
        return ""
    return value if is_safe_url(value) else ""


@register.filter
def neutralise_links(html):
    """Rendered rich text with unsafe href/src attributes removed (the text stays)."""
    # The input is Wagtail's expanded rich text, already marked safe by its template.
    return mark_safe(neutralise(str(html)))  # noqa: S308
