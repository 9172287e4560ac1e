"""Wagtail API v2 at /api/v2/: pages (with `locale` and `search` filters), images, documents.

`?search=` goes through the default search backend, which is the portal's language-aware one
(search.backends): with `&locale=fr`, French pages are matched against the query analysed in
French, so `?search=campagnes&locale=fr` finds a page that says "campagne".
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from search.query import OPERATORS

from .progress import as_source, is_in_progress


class PortalSearchFilter(SearchFilter):
    """Wagtail's search filter, answering 400 instead of 500 to an unknown `search_operator`."""

    def filter_queryset(self, request, queryset, view):
        operator = request.GET.get("search_operator")
        if "search" in request.GET and operator is not None and operator.lower() not in OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        return super().filter_queryset(request, queryset, view)


# Far beyond any listing, well within every database's integer range (SQLite's is 64 bits).
MAX_OFFSET = 1_000_000


class PortalPagination(WagtailPagination):
    """Wagtail's pagination, answering 400 instead of 500 to an offset no database can take."""

    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
        except ValueError:
            offset = 0  # Wagtail's own message follows
        if offset > MAX_OFFSET:
            raise BadRequestError(_("offset cannot be higher than %(max)d") % {"max": MAX_OFFSET})
        return super().paginate_queryset(queryset, request, view)


class PortalAPIMixin:
    """What every endpoint of the portal's API shares: bad parameters are the client's error,
    answered with a 400 and a JSON message, never a 500.

    - parameters holding a NUL character (no database stores one) are refused up front;
    - a filter value the field cannot read (`?start_date=notadate`) is refused with the field's
      own message instead of escaping as a `ValidationError`;
    - offsets are bounded (`PortalPagination`).
    """

    pagination_class = PortalPagination

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadRequestError(
                    _("%(name)s must not contain a NUL character") % {"name": name.strip("\x00")}
                )

    def handle_exception(self, exc):
        if isinstance(exc, ValidationError):
            return Response({"message": " ".join(exc.messages)}, status=status.HTTP_400_BAD_REQUEST)
        return super().handle_exception(exc)


class PortalPagesAPIViewSet(PortalAPIMixin, PagesAPIViewSet):
    filter_backends = [
        PortalSearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def get_object(self):
        """A translation in progress answers as the alias it still is for readers: the
        source's content, `alias_of` the source (portal/progress.py)."""
        page = super().get_object()
        return as_source(page) if is_in_progress(page) else page


class PortalImagesAPIViewSet(PortalAPIMixin, ImagesAPIViewSet):
    pass


class PortalDocumentsAPIViewSet(PortalAPIMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
