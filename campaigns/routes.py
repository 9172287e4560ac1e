"""What the pages with a public form (petitions, actions) share around their routes.

Their forms post to sub-routes (`sign/`, `write/`, `confirm/<token>/`) that answer one person:
those answers are never cached, a rate-limited visitor gets a 429 saying when to come back, and a
page with a token in its URL keeps the token out of Referer headers. Their csrf-exempt
front door is campaigns/views.py.
"""

from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from wagtail.contrib.routable_page.models import RoutablePageMixin

from portal.sharing import share_links

RATE_LIMITED_TEMPLATE = "campaigns/rate_limited.html"


class PublicFormPageMixin(RoutablePageMixin):
    def subpage_url(self, name, request=None, **kwargs):
        return self.get_url(request) + self.reverse_subpage(name, kwargs=kwargs).lstrip("/")

    def full_subpage_url(self, name, request=None, **kwargs):
        return self.get_full_url(request) + self.reverse_subpage(name, kwargs=kwargs).lstrip("/")

    def share_context(self, request):
        """The share links, before and after the form: the page's share text (an editor's
        `share_text` where the page type has one, else the title), then the link. The link is the
        page's own, without a chosen country or anything else a reader picked."""
        share_url = self.get_full_url(request)
        text = getattr(self, "share_text", "") or self.title
        return {"share_url": share_url, "share_links": share_links(share_url, text, self.title)}

    def respond(self, request, template=None, status=200, **extra):
        """The page (or one of its route templates) with `extra` added to its context."""
        context = self.get_context(request)
        context.update(extra)
        return TemplateResponse(
            request, template or self.get_template(request), context, status=status
        )

    def rate_limited(self, request, retry_after):
        """429, with the wait in minutes for the reader and in seconds for the client."""
        response = self.respond(
            request,
            RATE_LIMITED_TEMPLATE,
            status=429,
            retry_minutes=max(1, -(-retry_after // 60)),
        )
        response["Retry-After"] = str(retry_after)
        return response

    @staticmethod
    def private(response, *, token_in_url=False):
        """An answer to one person's request, with their data in it: never cached."""
        patch_cache_control(response, private=True, no_store=True)
        if token_in_url:
            response["Referrer-Policy"] = "no-referrer"  # keep the token out of Referer headers
        return response
