"""Wagtail API v2 at /api/v2/: pages (with `locale` and `search` filters), images, documents.

`?search=` goes through the default search backend, which is the portal's language-aware one
(search.backends): with `&locale=fr`, French pages are matched against the query analysed in
French, so `?search=campagnes&locale=fr` finds a page that says "campagne".
"""

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from search.query import OPERATORS


class PortalSearchFilter(SearchFilter):
    """Wagtail's search filter, answering 400 instead of 500 to an unknown `search_operator`."""

    def filter_queryset(self, request, queryset, view):
        operator = request.GET.get("search_operator")
        if "search" in request.GET and operator is not None and operator.lower() not in OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        return super().filter_queryset(request, queryset, view)


class PortalPagesAPIViewSet(PagesAPIViewSet):
    filter_backends = [
        PortalSearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
