import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from campaigns.petitions.numbers import format_count, goal_text, number_style, progress_label

register = template.Library()


@register.filter
def count_format(value):
    """A whole number written for the reader's language: 1,234 / 1 234 (Arabic: Western digits)."""
    try:
        return format_count(value)
    except (TypeError, ValueError):
        return value


@register.filter
def goal_sentence(goal):
    """ "Help us reach N signatures." agreeing with N (ngettext)."""
    return goal_text(goal)


@register.filter
def progress_name(goal):
    """ "Progress towards N signatures" agreeing with N (ngettext)."""
    return progress_label(goal)


@register.simple_tag
def count_style():
    """Separator, group size and digits of the reader's language, for the refresh script."""
    return number_style()


@register.simple_tag
def blank_petition_form(petition, from_page=None):
    """A petition's empty form, to embed on another page (the page it was shown on is kept)."""
    return petition.blank_form(from_page=from_page)


CITATION = re.compile(r"\[(\d{1,3})\]")
# The rendered HTML in pieces: comments, the raw text of <script>/<style>, tags (whose quoted
# attributes may hold ">"), and text between them.
_HTML_PIECES = re.compile(
    r"(<!--.*?-->|<(script|style)\b.*?</\2\s*>|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)",
    re.IGNORECASE | re.DOTALL,
)
_TAG_NAME = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)")
# Text within these is never linked: SVG (its <title> and <desc> tooltips, its <text>), other
# links, and text that is not shown as text.
_NO_CITATIONS_WITHIN = frozenset({"svg", "math", "a", "title", "textarea", "select", "template"})


@register.filter
def link_citations(html, count):
    """Turn "[2]" in a brief's rendered text into a link to its second source, when it has one.

    Only numbers of existing sources become links, and only in text content: never in tags and
    their attributes, comments, scripts or styles, nor within an SVG (the map's tooltips), a
    <title> or another link.
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

    pieces = []
    within = []  # the open elements that forbid links, innermost last
    for index, piece in enumerate(_HTML_PIECES.split(str(html))):
        if index % 3 == 2 or piece is None:  # the group that names <script> or <style>
            continue
        if index % 3 == 0:  # text
            pieces.append(piece if within else CITATION.sub(replace, piece))
            continue
        pieces.append(piece)
        tag = _TAG_NAME.match(piece)
        if tag is None or piece.endswith("/>"):
            continue
        closing, name = tag.group(1), tag.group(2).lower()
        if name not in _NO_CITATIONS_WITHIN:
            continue
        if not closing:
            within.append(name)
        elif name in within:
            del within[len(within) - 1 - within[::-1].index(name) :]
    return mark_safe("".join(pieces))  # noqa: S308 (input is rendered HTML)
