"""The csrf-exempt front door of the public forms (petitions, actions): see campaigns/urls.py."""

from django.http import Http404
from django.middleware.csrf import CsrfViewMiddleware
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page
from wagtail.views import serve


def _no_response(request):  # pragma: no cover - CsrfViewMiddleware needs a get_response
    return None


@csrf_exempt
def serve_public_form(request, path):
    route = Page.route_for_request(request, path)
    if route is None:
        raise Http404
    _page, args, _kwargs = route
    view = args[0] if args and callable(args[0]) else None
    if not getattr(view, "csrf_exempt", False):
        # Not one of ours: a page that merely has such a URL keeps Django's CSRF protection.
        rejection = CsrfViewMiddleware(_no_response).process_view(request, serve, (path,), {})
        if rejection is not None:
            return rejection
    # Wagtail's own view: before_serve_page hooks, privacy restrictions, then the page route
    # (the routing above is cached on the request, so it is not done twice).
    return serve(request, path)
