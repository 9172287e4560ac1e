"""count.json, behind campaigns/urls.py: a petition's count, goal and next goal."""

from django.http import Http404
from wagtail.models import Page

from .pages import PetitionPage


def petition_count(request, path):
    """`<petition url>count.json`: the count, goal and next goal, the same in every language."""
    route = Page.route_for_request(request, path)
    if route is None:
        raise Http404
    page, args, _kwargs = route
    view = args[0] if args and callable(args[0]) else None
    if not isinstance(page, PetitionPage) or getattr(view, "__name__", "") != "index_route":
        raise Http404
    if page.get_view_restrictions().exists():
        raise Http404  # a private petition's count is not public either
    return page.count_json(request)
