"""Which pages readers may see: live, below the root, and under no view restriction.

Never stored in the index (publishing or restricting a section would leave stale rows); checked
at query time against the page table, like Wagtail's `PageQuerySet.public()`: one query for the
restricted sections, then `path` prefixes, which use the page table's path index.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction


def restricted_paths():
    return list(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())


def visible_q(prefix="page__", paths=None):
    """A filter for rows whose page (reached through `prefix`) readers may see."""
    condition = Q(**{f"{prefix}live": True, f"{prefix}depth__gt": 1})
    for path in restricted_paths() if paths is None else paths:
        condition &= ~Q(**{f"{prefix}path__startswith": path})
    return condition
